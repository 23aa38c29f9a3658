// SPDX-License-Identifier: MIT
#include "contractjson.h"

#include "text/offsets.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace factline::extract {

namespace {

// The ASCII characters a JSON string carries as they are: all but the quote, the backslash
// and the control characters. One table load a character instead of three comparisons.
constexpr std::array<bool, 128> plainAscii = [] {
    std::array<bool, 128> t{};
    for (int c = 0x20; c < 128; ++c)
        t[std::size_t(c)] = c != '"' && c != '\\';
    return t;
}();

// Appends JSON by hand: strings escaped per RFC 8259 (quote, backslash, control
// characters); everything else goes out as UTF-8, encoded here as QString::toUtf8 does
// (a lone surrogate becomes '?').
class JsonOut
{
public:
    explicit JsonOut(QStringView text) : m_text(text), m_map(text) { m_out.resize(4096 + 2 * text.size()); }

    // Literals only: their length is known here, so each becomes a few stores.
    template <std::size_t N>
    void raw(const char (&s)[N])
    {
        put(s, N - 1);
    }
    // "{" for the first object of a list, ",{" for the others.
    void openObject(bool afterAnother) { afterAnother ? raw(",{") : raw("{"); }
    void number(qint64 n)
    {
        char digits[24];
        char *end = digits + sizeof digits;
        char *p = end;
        quint64 u = n < 0 ? 0 - quint64(n) : quint64(n);
        do {
            *--p = char('0' + u % 10);
            u /= 10;
        } while (u);
        if (n < 0)
            *--p = '-';
        put(p, std::size_t(end - p));
    }
    void string(QStringView s)
    {
        // At most six bytes a unit ("\\u001f"), plus the quotes: one reservation, then plain stores.
        char *d = room(6 * s.size() + 2);
        *d++ = '"';
        const char16_t *p = s.utf16();
        const char16_t *const end = p + s.size();
        while (p < end) {
#if defined(__SSE2__)
            // Most of what is written is text of plain ASCII: eight units at a time, narrowed
            // to bytes, up to the first that needs escaping or encoding.
            while (end - p >= 8) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
                const int mask = _mm_movemask_epi8(notPlain(v));
                // All eight are stored (the room holds six bytes a unit); only the plain ones count.
                _mm_storel_epi64(reinterpret_cast<__m128i *>(d), _mm_packus_epi16(v, v));
                const int plain = mask ? std::countr_zero(unsigned(mask)) / 2 : 8;
                d += plain;
                p += plain;
                if (mask)
                    break;
            }
            if (p >= end)
                break;
#endif
            p = unit(p, end, d);
        }
        *d++ = '"';
        m_size = d - m_out.data();
    }
    // A date as Qt::ISODate writes it ("2024-03-22"); empty when invalid.
    void date(QDate d)
    {
        int y = 0, m = 0, day = 0;
        if (d.isValid())
            d.getDate(&y, &m, &day);
        if (!d.isValid() || y < 0 || y > 9999) {
            string(d.toString(Qt::ISODate)); // what Qt writes there, whatever that is
            return;
        }
        const char out[] = {'"', char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10),
                            char('0' + y % 10), '-', char('0' + m / 10), char('0' + m % 10), '-',
                            char('0' + day / 10), char('0' + day % 10), '"'};
        put(out, sizeof out);
    }
    template <std::size_t N>
    void key(const char (&k)[N])
    {
        put("\"", 1);
        put(k, N - 1);
        put("\":", 2);
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
    QByteArray take()
    {
        m_out.truncate(m_size);
        return std::move(m_out);
    }

private:
#if defined(__SSE2__)
    // Per unit of v, all ones where it is not a plainAscii character.
    static __m128i notPlain(__m128i v)
    {
        const __m128i x = _mm_sub_epi16(v, _mm_set1_epi16(0x20)); // plain: 0 <= x <= 0x5f
        return _mm_or_si128(
            _mm_or_si128(_mm_cmpgt_epi16(x, _mm_set1_epi16(0x5f)), _mm_cmplt_epi16(x, _mm_setzero_si128())),
            _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('"')), _mm_cmpeq_epi16(v, _mm_set1_epi16('\\'))));
    }
#endif
    // Writes the unit at p (and its low surrogate) escaped or as UTF-8; returns what follows.
    static const char16_t *unit(const char16_t *p, const char16_t *end, char *&d)
    {
        const char16_t c = *p++;
        if (c < 0x80) {
            if (plainAscii[c]) {
                *d++ = char(c);
            } else if (c == u'"' || c == u'\\') {
                *d++ = '\\';
                *d++ = char(c);
            } else {
                static const char hex[] = "0123456789abcdef";
                *d++ = '\\';
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = hex[c >> 4];
                *d++ = hex[c & 15];
            }
        } else if (c < 0x800) {
            *d++ = char(0xC0 | (c >> 6));
            *d++ = char(0x80 | (c & 0x3F));
        } else if (!QChar::isSurrogate(c)) {
            *d++ = char(0xE0 | (c >> 12));
            *d++ = char(0x80 | ((c >> 6) & 0x3F));
            *d++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t u = QChar::surrogateToUcs4(c, *p++);
            *d++ = char(0xF0 | (u >> 18));
            *d++ = char(0x80 | ((u >> 12) & 0x3F));
            *d++ = char(0x80 | ((u >> 6) & 0x3F));
            *d++ = char(0x80 | (u & 0x3F));
        } else {
            *d++ = '?'; // a lone surrogate, as QString::toUtf8 writes it
        }
        return p;
    }

    QStringView m_text;
    OffsetMap m_map;
    Q_ALWAYS_INLINE void put(const char *s, std::size_t n)
    {
        std::memcpy(room(qsizetype(n)), s, n);
        m_size += qsizetype(n);
    }
    // Where the next `n` bytes go. The buffer is kept larger than what is written (m_size):
    // resizing a QByteArray for every piece cost more than the JSON (and append() more still).
    Q_ALWAYS_INLINE char *room(qsizetype n)
    {
        if (m_out.size() - m_size < n)
            m_out.resize(std::max(2 * m_out.size(), m_size + n));
        return m_out.data() + m_size;
    }

    QByteArray m_out;   // bytes [0, m_size) are the JSON so far; the rest is room to write
    qsizetype m_size = 0;
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
        j.date(x.documentDate);
    else
        j.raw("null");
    j.raw(",\"length\":");
    j.number(j.length());
    j.raw("},\"attributions\":[");
    for (qsizetype i = 0; i < x.attributions.size(); ++i) {
        const Attribution &a = x.attributions[i];
        j.openObject(i);
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
        j.openObject(i);
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
        j.openObject(i);
        j.spanFields(e.anchor);
        j.raw(",\"title\":");
        j.string(e.title);
        j.raw(",\"date\":");
        j.string(e.dateValue);
        j.raw(",\"date_start\":");
        j.date(e.range.start);
        j.raw(",\"date_end\":");
        j.date(e.range.end);
        j.raw("}");
    }
    j.raw("],\"disputes\":[");
    for (qsizetype i = 0; i < x.disputes.size(); ++i) {
        const Dispute &d = x.disputes[i];
        j.openObject(i);
        j.raw("\"title\":");
        j.string(d.title);
        j.raw(",\"reasons\":[");
        for (qsizetype r = 0; r < d.reasons.size(); ++r) {
            if (r)
                j.raw(",");
            j.string(d.reasons[r]);
        }
        j.raw("],\"positions\":[");
        for (qsizetype p = 0; p < d.positions.size(); ++p) {
            j.openObject(p);
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
