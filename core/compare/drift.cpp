// SPDX-License-Identifier: MIT
#include "drift.h"

#include "compare/worddiff.h"
#include "text/offsets.h"

#include <QHash>

#include <algorithm>

namespace factline::compare {

using namespace Qt::StringLiterals;

namespace {

constexpr int Window = 8; // words either side that may say what a number counts

// How many words from the number the nearest word of a kind is, or Window + 1.
int distanceTo(const QList<Token> &words, bool forward, bool (*isKind)(const QString &))
{
    for (int d = 0; d < std::min<int>(Window, int(words.size())); ++d) {
        const Token &t = forward ? words[d] : words[words.size() - 1 - d];
        if (isKind(t.norm))
            return d;
    }
    return Window + 1;
}

bool isDeathWord(const QString &w)
{
    return w == u"killed"_s || w == u"dead"_s || w == u"died"_s || w == u"deaths"_s || w == u"death"_s
        || w == u"killing"_s || w == u"fatalities"_s;
}

bool isHostageWord(const QString &w)
{
    return w.startsWith(u"hostage"_s) || w == u"captives"_s || w == u"abducted"_s;
}

QString labelOf(const QString &kind)
{
    return kind == u"hostages"_s ? QStringLiteral("Hostages") : QStringLiteral("Death toll");
}

} // namespace

double DriftSeries::minimum() const
{
    double v = points.isEmpty() ? 0 : points.first().value;
    for (const DriftPoint &p : points)
        v = std::min(v, p.value);
    return v;
}

double DriftSeries::maximum() const
{
    double v = points.isEmpty() ? 0 : points.first().value;
    for (const DriftPoint &p : points)
        v = std::max(v, p.value);
    return v;
}

QString recurringKind(QStringView before, QStringView number, QStringView after)
{
    if (number.contains(u'%'))
        return {};
    const QList<Token> left = tokenize(before);
    const QList<Token> right = tokenize(after);
    const int death = std::min(distanceTo(left, false, isDeathWord), distanceTo(right, true, isDeathWord));
    const int hostage = std::min(distanceTo(left, false, isHostageWord), distanceTo(right, true, isHostageWord));
    if (death > Window && hostage > Window)
        return {};
    return hostage < death ? u"hostages"_s : u"killed"_s;
}

QList<DriftSeries> driftSeries(QList<QPair<QString, DriftPoint>> kindsAndPoints)
{
    QHash<QString, QList<DriftPoint>> byKind;
    QStringList order;
    for (auto &[kind, point] : kindsAndPoints) {
        if (kind.isEmpty() || point.value <= 0)
            continue;
        if (!byKind.contains(kind))
            order.append(kind);
        byKind[kind].append(point);
    }
    QList<DriftSeries> out;
    for (const QString &kind : std::as_const(order)) {
        QList<DriftPoint> points = byKind.value(kind);
        QList<double> values;
        for (const DriftPoint &p : points)
            values.append(p.value);
        std::sort(values.begin(), values.end());
        const double median = values[values.size() / 2];
        points.removeIf([median](const DriftPoint &p) { return p.value * 10 < median || p.value > median * 10; });
        if (points.size() < 2)
            continue;
        std::stable_sort(points.begin(), points.end(), [](const DriftPoint &a, const DriftPoint &b) {
            if (a.reported != b.reported)
                return a.reported < b.reported;
            return a.value < b.value;
        });
        out.append({kind, labelOf(kind), points});
    }
    return out;
}

Result<QList<DriftSeries>> loadDrift(Project &project)
{
    Result<QList<DocumentRecord>> documents = project.documents();
    if (!documents)
        return documents.error();
    QList<QPair<QString, DriftPoint>> points;
    for (const DocumentRecord &listed : *documents) {
        Result<DocumentRecord> d = project.document(listed.id);
        Result<QList<QuantityRecord>> quantities = project.quantities(listed.id);
        Result<QList<ClaimRecord>> claims = project.claims(listed.id);
        if (!d || !quantities || !claims)
            return Error{QStringLiteral("Cannot read the numbers of “%1”.").arg(listed.meta.title)};
        QHash<qint64, QDate> said;
        for (const ClaimRecord &c : *claims)
            said.insert(c.id, c.saidDate);
        const OffsetMap map(d->text);
        const QStringView text(d->text);
        for (const QuantityRecord &q : *quantities) {
            if (q.value < 1)
                continue; // a share ("two thirds of them") is not a count
            const qsizetype start = map.toUtf16(q.span.start);
            const qsizetype end = map.toUtf16(q.span.end);
            const qsizetype from = std::max<qsizetype>(0, start - 80);
            const qsizetype to = std::min<qsizetype>(text.size(), end + 80);
            const QString kind = recurringKind(text.mid(from, start - from), text.mid(start, end - start),
                                               text.mid(end, to - end));
            DriftPoint p;
            p.value = q.value;
            p.text = q.text;
            p.qualifier = q.qualifier;
            p.context = text.mid(from, to - from).toString().simplified();
            p.documentId = listed.id;
            p.claimId = q.claimId;
            p.outlet = listed.meta.outlet.isEmpty() ? listed.meta.title : listed.meta.outlet;
            const QDate claimDate = said.value(q.claimId);
            p.reported = claimDate.isValid() ? claimDate : listed.meta.published;
            points.append({kind, p});
        }
    }
    return driftSeries(points);
}

} // namespace factline::compare
