// SPDX-License-Identifier: MIT
#include "reportdata.h"

#include "project.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace factline::store {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline", s);
}

} // namespace

Result<QHash<qint64, QString>> eventNotes(Project &project)
{
    QSqlQuery q(project.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, note FROM events WHERE note <> ''"_s))
        return sqlFailure(q.lastError(), tr("reading the event notes"));
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

Result<QHash<qint64, QList<qint64>>> eventClaims(Project &project)
{
    QSqlQuery q(project.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT event_id, claim_id FROM event_claims ORDER BY event_id, claim_id"_s))
        return sqlFailure(q.lastError(), tr("reading which claims are about which event"));
    QHash<qint64, QList<qint64>> out;
    while (q.next())
        out[q.value(0).toLongLong()].append(q.value(1).toLongLong());
    return out;
}

} // namespace factline::store
