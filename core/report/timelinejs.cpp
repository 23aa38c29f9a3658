// SPDX-License-Identifier: MIT
#include "timelinejs.h"

#include "notetext.h"
#include "reporttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace factline::report {
namespace {

using namespace Qt::StringLiterals;

// TimelineJS dates are objects of strings; a coarser granularity leaves out the finer parts.
QJsonObject dateObject(const QDate &d, const QString &granularity)
{
    QJsonObject o{{u"year"_s, QString::number(d.year())}};
    if (granularity != u"year"_s && granularity != u"decade"_s && granularity != u"century"_s)
        o.insert(u"month"_s, QString::number(d.month()));
    if (granularity != u"year"_s && granularity != u"decade"_s && granularity != u"century"_s
        && granularity != u"month"_s && granularity != u"quarter"_s && granularity != u"season"_s)
        o.insert(u"day"_s, QString::number(d.day()));
    return o;
}

} // namespace

QByteArray timelineJsJson(const ReportData &data)
{
    QJsonArray events;
    for (const ReportEvent &e : data.events) {
        QString text;
        if (e.document)
            text += u"<p>"_s + escapeHtml(documentLabel(*e.document)) + u"</p>"_s;
        if (!e.event.anchorText.isEmpty())
            text += u"<blockquote>"_s + escapeHtml(e.event.anchorText) + u"</blockquote>"_s;
        text += noteToHtml(e.note);
        QJsonObject slide{{u"unique_id"_s, u"event-%1"_s.arg(e.event.id)},
                          {u"start_date"_s, dateObject(e.event.dateStart, e.event.granularity)},
                          {u"text"_s, QJsonObject{{u"headline"_s, escapeHtml(e.event.title)}, {u"text"_s, text}}},
                          {u"group"_s, escapeHtml(e.lane)},
                          {u"display_date"_s, displayRange(e.event)}};
        if (e.event.dateEnd.isValid() && e.event.dateEnd > e.event.dateStart)
            slide.insert(u"end_date"_s, dateObject(e.event.dateEnd, e.event.granularity));
        events.append(slide);
    }
    const QJsonObject root{
        {u"title"_s, QJsonObject{{u"text"_s, QJsonObject{{u"headline"_s, escapeHtml(data.title)},
                                                         {u"text"_s, escapeHtml(data.scopeText)}}}}},
        {u"events"_s, events}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace factline::report
