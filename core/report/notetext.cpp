// SPDX-License-Identifier: MIT
#include "notetext.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace factline::report {
namespace {

using namespace Qt::StringLiterals;

// [text](url), **strong**, *emphasis* and bare http(s) addresses: the inline markup a
// note may use. Tried in this order at each position.
const QRegularExpression &inlineMarkup()
{
    static const QRegularExpression re(
        uR"re(\[([^\]\n]+)\]\(([^)\s]+)\)|\*\*([^*\n]+)\*\*|\*([^*\n]+)\*|(https?://[^\s<>()"']+[^\s<>()"'.,;:!?]))re"_s);
    return re;
}

QString inlineHtml(const QString &line)
{
    QString out;
    qsizetype at = 0;
    auto it = inlineMarkup().globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += escapeHtml(line.mid(at, m.capturedStart() - at));
        if (m.hasCaptured(1)) {
            const QString href = safeUrl(m.captured(2));
            out += href.isEmpty() ? escapeHtml(m.captured(1)) + u" ("_s + escapeHtml(m.captured(2)) + u')'
                                  : u"<a href=\""_s + escapeHtml(href) + u"\">"_s + escapeHtml(m.captured(1))
                                        + u"</a>"_s;
        } else if (m.hasCaptured(3)) {
            out += u"<strong>"_s + escapeHtml(m.captured(3)) + u"</strong>"_s;
        } else if (m.hasCaptured(4)) {
            out += u"<em>"_s + escapeHtml(m.captured(4)) + u"</em>"_s;
        } else {
            const QString href = safeUrl(m.captured(5));
            out += u"<a href=\""_s + escapeHtml(href) + u"\">"_s + escapeHtml(m.captured(5)) + u"</a>"_s;
        }
        at = m.capturedEnd();
    }
    out += escapeHtml(line.mid(at));
    return out;
}

QStringList paragraphs(const QString &note)
{
    QString text = note;
    text.replace(u"\r\n"_s, u"\n"_s);
    static const QRegularExpression blank(u"\\n[ \\t]*\\n"_s);
    QStringList out;
    for (const QString &p : text.split(blank, Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            out.append(p.trimmed());
    }
    return out;
}

} // namespace

QString escapeHtml(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += u"&amp;"_s; break;
        case '<': out += u"&lt;"_s; break;
        case '>': out += u"&gt;"_s; break;
        case '"': out += u"&quot;"_s; break;
        case '\'': out += u"&#39;"_s; break;
        case 0: break; // never valid in HTML
        default: out += c;
        }
    }
    return out;
}

QString safeUrl(const QString &url)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || (scheme != u"http"_s && scheme != u"https"_s && scheme != u"mailto"_s))
        return {};
    if (scheme != u"mailto"_s && u.host().isEmpty())
        return {};
    return u.toString(QUrl::FullyEncoded);
}

QString noteToHtml(const QString &note)
{
    QString out;
    for (const QString &p : paragraphs(note)) {
        QStringList lines;
        for (const QString &line : p.split(u'\n'))
            lines.append(inlineHtml(line.trimmed()));
        out += u"<p>"_s + lines.join(u"<br>"_s) + u"</p>"_s;
    }
    return out;
}

QString noteToPlain(const QString &note)
{
    QStringList out;
    for (const QString &p : paragraphs(note)) {
        QString text = p;
        static const QRegularExpression link(uR"(\[([^\]\n]+)\]\(([^)\s]+)\))"_s);
        text.replace(link, u"\\1 (\\2)"_s);
        static const QRegularExpression emphasis(uR"(\*\*([^*\n]+)\*\*|\*([^*\n]+)\*)"_s);
        text.replace(emphasis, u"\\1\\2"_s);
        out.append(text);
    }
    return out.join(u"\n\n"_s);
}

QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            out += u' ';
            continue;
        }
        if (QStringView(u"\\`*_{}[]<>#+!|~&").contains(c)) // without [ ] a ( ) is no link
            out += u'\\';
        out += c;
    }
    return out;
}

QString noteToMarkdown(const QString &note)
{
    QStringList out;
    for (const QString &p : paragraphs(note)) {
        QString text = p;
        // Raw HTML is not part of a note's markup: < and & are shown, not read.
        text.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s);
        static const QRegularExpression link(uR"(\[([^\]\n]+)\]\(([^)\s]+)\))"_s);
        QString kept;
        qsizetype at = 0;
        auto it = link.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            kept += text.mid(at, m.capturedStart() - at);
            const QString href = safeUrl(m.captured(2));
            kept += href.isEmpty() ? m.captured(1) : u"["_s + m.captured(1) + u"]("_s + href + u")"_s;
            at = m.capturedEnd();
        }
        kept += text.mid(at);
        out.append(kept);
    }
    return out.join(u"\n\n"_s);
}

} // namespace factline::report
