// SPDX-License-Identifier: MIT
#include "reporttext.h"

#include <QCoreApplication>
#include <QLocale>

namespace factline::report {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline::report", s);
}

// Reports read the same on every machine: English month names, whatever the locale.
const QLocale &locale()
{
    static const QLocale l(QLocale::English, QLocale::UnitedKingdom);
    return l;
}

} // namespace

QString displayDate(const QDate &date)
{
    return date.isValid() ? locale().toString(date, u"d MMM yyyy"_s) : tr("no date");
}

QString displayRange(const EventRecord &e)
{
    if (!e.dateStart.isValid())
        return tr("no date");
    if (!e.dateEnd.isValid() || e.dateEnd == e.dateStart)
        return displayDate(e.dateStart);
    return tr("%1 to %2 (%3)").arg(displayDate(e.dateStart), displayDate(e.dateEnd), e.granularity);
}

QString sourceName(const ClaimRecord &c)
{
    return c.actorName.isEmpty() ? tr("Unattributed") : c.actorName;
}

QString documentLabel(const DocumentRecord &d)
{
    QString label = d.meta.title.isEmpty() ? tr("Untitled document %1").arg(d.id) : d.meta.title;
    QStringList where;
    if (!d.meta.outlet.isEmpty())
        where << d.meta.outlet;
    if (d.meta.published.isValid())
        where << displayDate(d.meta.published);
    if (!where.isEmpty())
        label += u" — "_s + where.join(u", "_s);
    return label;
}

QString shortDocumentLabel(const DocumentRecord &d)
{
    QStringList where;
    where << (d.meta.outlet.isEmpty() ? (d.meta.title.isEmpty() ? tr("Untitled document %1").arg(d.id) : d.meta.title)
                                      : d.meta.outlet);
    if (d.meta.published.isValid())
        where << displayDate(d.meta.published);
    return where.join(u", "_s);
}

QString dateBasis(const DocumentRecord &d)
{
    if (d.meta.published.isValid())
        return tr("relative dates resolved against its publication date, %1").arg(displayDate(d.meta.published));
    return tr("no publication date: relative dates (“Friday”) were left unresolved");
}

QString verdictColour(Verdict v)
{
    switch (v) {
    case Verdict::True: return u"#1a7f37"_s;
    case Verdict::MostlyTrue: return u"#4c9a2a"_s;
    case Verdict::HalfTrue: return u"#b08800"_s;
    case Verdict::MostlyFalse: return u"#d4661c"_s;
    case Verdict::False: return u"#cf222e"_s;
    case Verdict::Unproven: return u"#6e7781"_s;
    case Verdict::Disputed: return u"#8250df"_s;
    case Verdict::NotChecked: break;
    }
    return u"#8c959f"_s;
}

QString generatedLine(const ReportData &data)
{
    return tr("Made on %1 at %2 UTC with Factline %3")
        .arg(displayDate(data.generatedAt.date()), data.generatedAt.toUTC().toString(u"HH:mm"_s), data.programVersion);
}

} // namespace factline::report

namespace factline::report {

QString checkedLine(const ReportClaim &c)
{
    QStringList bits;
    if (!c.tags.isEmpty())
        bits << tr("Tags: %1").arg(c.tags.join(u", "_s));
    if (c.annotation.updatedAt.isValid())
        bits << tr("checked by %1 on %2")
                    .arg(c.annotation.author.isEmpty() ? tr("unknown") : c.annotation.author,
                         displayDate(c.annotation.updatedAt.date()));
    return bits.join(u" · "_s);
}

QString summaryLine(const ReportData &d)
{
    const auto count = [](qsizetype n, const char *one, const char *many) {
        return (n == 1 ? tr(one) : tr(many)).arg(n);
    };
    return tr("%1 from %2 in %3; %4; %5.")
        .arg(count(d.claims.size(), "%1 claim", "%1 claims"), count(d.sources.size(), "%1 source", "%1 sources"),
             count(d.documents.size(), "%1 document", "%1 documents"), count(d.events.size(), "%1 event", "%1 events"),
             count(d.disputes.size(), "%1 dispute", "%1 disputes"));
}

QString quoted(const QString &words)
{
    const QString w = words.trimmed();
    if (w.startsWith(u'“') || w.startsWith(u'"'))
        return w;
    return u"“"_s + w + u"”"_s;
}

} // namespace factline::report
