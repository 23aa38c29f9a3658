// SPDX-License-Identifier: MIT
#include "contractjson.h"

#include "text/offsets.h"

namespace factline::extract {

namespace {

// Appends JSON by hand: strings escaped per RFC 8259 (quote, backslash, control
// characters); everything else goes out as UTF-8.
class JsonOut
{
public:
    explicit JsonOut(QStringView text) : m_text(text), m_map(text) { m_out.reserve(4096 + text.size() / 2); }

    void raw(const char *s) { m_out.append(s); }
    void number(qint64 n) { m_out.append(QByteArray::number(n)); }
    void string(QStringView s)
    {
        m_out.append('"');
        const QByteArray utf8 = s.toUtf8();
        // Copy runs that need no escaping in one go.
        qsizetype run = 0;
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            const auto u = static_cast<unsigned char>(utf8[i]);
            if (u >= 0x20 && u != '"' && u != '\\')
                continue;
            m_out.append(utf8.constData() + run, i - run);
            run = i + 1;
            if (u == '"' || u == '\\') {
                m_out.append('\\');
                m_out.append(char(u));
            } else {
                static const char hex[] = "0123456789abcdef";
                const char esc[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 15]};
                m_out.append(esc, 6);
            }
        }
        m_out.append(utf8.constData() + run, utf8.size() - run);
        m_out.append('"');
    }
    void key(const char *k)
    {
        m_out.append('"');
        m_out.append(k);
        m_out.append("\":");
    }
    // "start": …, "end": …, "text": … in code points.
    void spanFields(TextSpan s)
    {
        raw("\"start\":");
        number(m_map.toCodePoint(s.start));
        raw(",\"end\":");
        number(m_map.toCodePoint(s.end));
        raw(",\"text\":");
        string(m_text.mid(s.start, s.length()));
    }
    // The same as an object, or null.
    void span(TextSpan s)
    {
        if (!s.isValid()) {
            raw("null");
            return;
        }
        raw("{");
        spanFields(s);
        raw("}");
    }
    qint64 length() const { return m_map.codePointLength(); }
    QByteArray take() { return std::move(m_out); }

private:
    QStringView m_text;
    OffsetMap m_map;
    QByteArray m_out;
};

} // namespace

QByteArray contractJson(QStringView text, const Extraction &x, const QString &file)
{
    JsonOut j(text);
    j.raw("{\"schema\":\"factline.extract/1\",");
    if (!file.isEmpty()) {
        j.key("file");
        j.string(file);
        j.raw(",");
    }
    j.raw("\"document\":{\"date\":");
    if (x.documentDate.isValid())
        j.string(x.documentDate.toString(Qt::ISODate));
    else
        j.raw("null");
    j.raw(",\"length\":");
    j.number(j.length());
    j.raw("},\"attributions\":[");
    for (qsizetype i = 0; i < x.attributions.size(); ++i) {
        const Attribution &a = x.attributions[i];
        j.raw(i ? ",{" : "{");
        j.key("source");
        j.span(a.source);
        j.raw(",");
        j.key("actor");
        if (a.actor.isEmpty())
            j.raw("null");
        else
            j.string(a.actor);
        j.raw(",");
        j.key("cue");
        j.span(a.cue);
        j.raw(",\"content\":[");
        for (qsizetype k = 0; k < a.content.size(); ++k) {
            if (k)
                j.raw(",");
            j.span(a.content[k]);
        }
        j.raw("],");
        j.key("kind");
        j.string(quoteKindName(a.kind));
        j.raw("}");
    }
    j.raw("],\"timexes\":[");
    for (qsizetype i = 0; i < x.timexes.size(); ++i) {
        const Timex &t = x.timexes[i];
        j.raw(i ? ",{" : "{");
        j.spanFields(t.span);
        j.raw(",\"type\":");
        j.string(timexTypeName(t.type));
        j.raw(",\"value\":");
        j.string(t.value);
        j.raw("}");
    }
    j.raw("],\"events\":[");
    for (qsizetype i = 0; i < x.events.size(); ++i) {
        const Event &e = x.events[i];
        j.raw(i ? ",{" : "{");
        j.spanFields(e.anchor);
        j.raw(",\"title\":");
        j.string(e.title);
        j.raw(",\"date\":");
        j.string(e.dateValue);
        j.raw(",\"date_start\":");
        j.string(e.range.start.toString(Qt::ISODate));
        j.raw(",\"date_end\":");
        j.string(e.range.end.toString(Qt::ISODate));
        j.raw("}");
    }
    j.raw("],\"disputes\":[");
    for (qsizetype i = 0; i < x.disputes.size(); ++i) {
        const Dispute &d = x.disputes[i];
        j.raw(i ? ",{" : "{");
        j.raw("\"title\":");
        j.string(d.title);
        j.raw(",\"reasons\":[");
        for (qsizetype r = 0; r < d.reasons.size(); ++r) {
            j.raw(r ? "," : "");
            j.string(d.reasons[r]);
        }
        j.raw("],\"positions\":[");
        for (qsizetype p = 0; p < d.positions.size(); ++p) {
            j.raw(p ? ",{" : "{");
            j.raw("\"attribution\":");
            j.number(d.positions[p].attribution);
            j.raw(",\"side\":");
            j.string(d.positions[p].side);
            j.raw("}");
        }
        j.raw("]}");
    }
    j.raw("]}");
    return j.take();
}

} // namespace factline::extract
