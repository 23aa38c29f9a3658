// SPDX-License-Identifier: MIT
#include "comparehtml.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace factline {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("factline::CompareView", s);
}

QString marked(const QString &words, const QColor &colour, const QString &title)
{
    return u"<span style=\"background-color:%1; color:#000000;\" title=\"%2\"><b>%3</b></span>"_s.arg(
        colour.name(), title.toHtmlEscaped(), words.toHtmlEscaped());
}

QString versionHtml(const compare::WordDiff &diff)
{
    QStringList parts;
    for (const compare::DiffSegment &s : diff.segments) {
        switch (s.change) {
        case compare::Change::Same:
            parts << s.right.toHtmlEscaped();
            break;
        case compare::Change::Number:
            parts << marked(s.right.isEmpty() ? u"—"_s : s.right, numberMark(), tr("number: was %1").arg(s.left));
            break;
        case compare::Change::Qualifier:
            if (!s.right.isEmpty())
                parts << marked(s.right, qualifierMark(), tr("qualifier: was “%1”").arg(s.left));
            else
                parts << u"<s>%1</s>"_s.arg(s.left.toHtmlEscaped());
            break;
        case compare::Change::Wording:
        case compare::Change::Added:
            parts << marked(s.right, wordingMark(), s.left.isEmpty() ? tr("added") : tr("was “%1”").arg(s.left));
            break;
        case compare::Change::Removed:
            parts << u"<s>%1</s>"_s.arg(s.left.toHtmlEscaped());
            break;
        }
    }
    return parts.join(u' ');
}

} // namespace

QColor numberMark()
{
    return QColor(0xff, 0xc1, 0x4d);
}

QColor qualifierMark()
{
    return QColor(0x9f, 0xd3, 0xff);
}

QColor wordingMark()
{
    return QColor(0xe0, 0xb3, 0xff);
}

QString claimWordsHtml(const QString &text, const QStringList &numbers)
{
    // Marks whole occurrences, longest first, so "32,070" is not marked inside "at least 32,070".
    QList<QPair<qsizetype, qsizetype>> marks;
    QStringList sorted = numbers;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &n : std::as_const(sorted)) {
        if (n.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.size())) {
            const bool free = std::none_of(marks.cbegin(), marks.cend(), [&](const auto &m) {
                return at < m.first + m.second && m.first < at + n.size();
            });
            if (free)
                marks.append({at, n.size()});
        }
    }
    std::sort(marks.begin(), marks.end());
    QString html;
    qsizetype pos = 0;
    for (const auto &[at, length] : std::as_const(marks)) {
        html += text.mid(pos, at - pos).toHtmlEscaped();
        html += marked(text.mid(at, length), numberMark(), tr("a number the other claims do not share"));
        pos = at + length;
    }
    html += text.mid(pos).toHtmlEscaped();
    return html;
}

QString alignmentHtml(const compare::AlignedClaim &a, bool highlighted)
{
    if (a.versions.isEmpty())
        return {};
    const QLocale locale;
    QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"%1\">"_s.arg(
        highlighted ? u"border: 2px solid palette(highlight);"_s : QString());
    html += u"<tr><td colspan=\"3\"><b>%1</b></td></tr>"_s.arg(a.versions.first().actor.toHtmlEscaped());
    for (qsizetype v = 0; v < a.versions.size(); ++v) {
        const compare::ReportedClaim &c = a.versions[v];
        const QString when = c.reported.isValid() ? locale.toString(c.reported, QLocale::ShortFormat) : QString();
        const QString words = v == 0 ? c.text.toHtmlEscaped() : versionHtml(a.diffs[v - 1]);
        html += u"<tr><td valign=\"top\" width=\"18%\"><i>%1</i></td><td valign=\"top\" width=\"12%\">%2</td>"
                u"<td valign=\"top\">%3</td></tr>"_s.arg(c.outlet.toHtmlEscaped(), when.toHtmlEscaped(), words);
        if (v > 0) {
            const QStringList lines = a.diffs[v - 1].summary();
            if (!lines.isEmpty())
                html += u"<tr><td></td><td></td><td><small>%1</small></td></tr>"_s.arg(
                    lines.join(u" · "_s).toHtmlEscaped());
        }
    }
    html += u"</table><br/>"_s;
    return html;
}

} // namespace factline
