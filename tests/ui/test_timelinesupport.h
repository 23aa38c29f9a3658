// SPDX-License-Identifier: MIT
#pragma once
// Builds big projects for the timeline's tests and benchmarks (factline-bench includes
// this file too): documents, sources, events with dates of every precision, dated claims.

#include "store/project.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <random>

namespace factline::test {

struct GeneratedTimeline {
    int events = 0;
    int documents = 200;
    int actors = 50;
    int claims = 0;
    QDate first = QDate(1990, 1, 1);
    QDate last = QDate(2025, 12, 31);
};

// Inserts in one transaction with prepared statements. Events cluster around news days as
// real projects do; 80% are dated to the day, the rest to a week, month, year or wider.
inline Status generateTimeline(Project &project, const GeneratedTimeline &g)
{
    using namespace Qt::StringLiterals;
    QSqlDatabase &db = project.database();
    if (!db.transaction())
        return Error{db.lastError().text()};
    auto fail = [&db](const QSqlQuery &q) -> Status {
        const QString message = q.lastError().text();
        db.rollback();
        return Error{message};
    };
    std::mt19937 random(20240324);
    const qint64 span = g.first.daysTo(g.last);
    QSqlQuery doc(db), actor(db), event(db), eventActor(db), claim(db);
    doc.prepare(uR"(INSERT INTO documents (title, outlet, published, text, length, checksum, imported_at)
                    VALUES (?, ?, ?, ?, ?, ?, '2024-03-24T00:00:00'))"_s);
    for (int d = 1; d <= g.documents; ++d) {
        const QString text = u"Generated article %1."_s.arg(d);
        doc.addBindValue(u"Generated article %1"_s.arg(d));
        doc.addBindValue(u"Outlet %1"_s.arg(d % 7));
        doc.addBindValue(g.first.addDays(qint64(random() % quint64(span + 1))).toString(Qt::ISODate));
        doc.addBindValue(text);
        doc.addBindValue(text.size());
        doc.addBindValue(u"generated-%1"_s.arg(d));
        if (!doc.exec())
            return fail(doc);
    }
    actor.prepare(u"INSERT INTO actors (name, kind) VALUES (?, 'organisation')"_s);
    for (int a = 1; a <= g.actors; ++a) {
        actor.addBindValue(u"Source %1"_s.arg(a));
        if (!actor.exec())
            return fail(actor);
    }
    event.prepare(uR"(INSERT INTO events (document_id, title, date_value, date_start, date_end, granularity)
                      VALUES (?, ?, '', ?, ?, ?))"_s);
    eventActor.prepare(u"INSERT INTO event_actors (event_id, actor_id) VALUES (?, ?)"_s);
    std::normal_distribution<double> nearNewsDay(0, 20);
    std::vector<qint64> newsDays(400);
    for (qint64 &day : newsDays)
        day = qint64(random() % quint64(span + 1));
    for (int e = 1; e <= g.events; ++e) {
        const qint64 day = std::clamp<qint64>(newsDays[random() % newsDays.size()] + qint64(nearNewsDay(random)), 0, span);
        QDate start = g.first.addDays(day), end = start;
        QString granularity = u"day"_s;
        const unsigned kind = random() % 1000;
        if (kind >= 980) {
            start = QDate(start.year() / 10 * 10, 1, 1);
            end = QDate(start.year() + 9, 12, 31);
            granularity = kind >= 995 ? u"century"_s : u"decade"_s;
            if (kind >= 995) {
                start = QDate(start.year() / 100 * 100, 1, 1);
                end = QDate(start.year() + 99, 12, 31);
            }
        } else if (kind >= 940) {
            start = QDate(start.year(), 1, 1);
            end = QDate(start.year(), 12, 31);
            granularity = u"year"_s;
        } else if (kind >= 880) {
            start = QDate(start.year(), start.month(), 1);
            end = start.addMonths(1).addDays(-1);
            granularity = u"month"_s;
        } else if (kind >= 800) {
            start = start.addDays(1 - start.dayOfWeek());
            end = start.addDays(6);
            granularity = u"week"_s;
        } else if (kind >= 780) {
            end = start.addDays(1);  // "21–22 March"
        }
        event.addBindValue(qint64(1 + random() % quint64(g.documents)));
        event.addBindValue(u"Event %1: talks on the ceasefire, round %2"_s.arg(e).arg(kind));
        event.addBindValue(start.toString(Qt::ISODate));
        event.addBindValue(end.toString(Qt::ISODate));
        event.addBindValue(granularity);
        if (!event.exec())
            return fail(event);
        if (e % 5 == 0) {
            eventActor.addBindValue(e);
            eventActor.addBindValue(qint64(1 + random() % quint64(g.actors)));
            if (!eventActor.exec())
                return fail(eventActor);
        }
    }
    claim.prepare(uR"(INSERT INTO claims (document_id, actor_id, text, said_date) VALUES (?, ?, ?, ?))"_s);
    for (int c = 1; c <= g.claims; ++c) {
        claim.addBindValue(qint64(1 + random() % quint64(g.documents)));
        claim.addBindValue(qint64(1 + random() % quint64(g.actors)));
        claim.addBindValue(u"Statement %1 about the talks"_s.arg(c));
        claim.addBindValue(g.first.addDays(qint64(random() % quint64(span + 1))).toString(Qt::ISODate));
        if (!claim.exec())
            return fail(claim);
    }
    if (!db.commit())
        return Error{db.lastError().text()};
    return Ok{};
}

} // namespace factline::test
