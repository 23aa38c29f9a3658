// SPDX-License-Identifier: MIT
#include "quantities.h"

#include "extract/charscan.h"

#include <QSet>

#include <array>
#include <bit>
#include <charconv>
#include <vector>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace factline::extract {

using namespace Qt::StringLiterals;

namespace {

// ASCII word characters: letters, digits and the apostrophe (chars::asciiClasses).
bool isWordChar(QChar c)
{
    if (c.unicode() < 0x80)
        return chars::isAscii(c.unicode(), chars::Letter | chars::Digit | chars::Apostrophe);
    return c.isLetterOrNumber() || c == QChar(0x2019);
}

// The value of a number word, looked up without allocating: most words of a text are
// not numbers, and this runs on every one of them.
struct NamedValue {
    QStringView name;
    double value;
};

// Names are lower-case ASCII; a word matches when it spells one, in any case.
bool spells(QStringView name, QStringView w)
{
    for (qsizetype i = 0; i < w.size(); ++i) {
        const char16_t c = w[i].unicode();
        if (c >= 0x80 || char16_t(c | 0x20) != name[i].unicode())
            return false;
    }
    return true;
}

// A table of names, with the first letters its names of each length start with: most
// words are turned away by one bit test.
struct NamedTable {
    NamedTable(std::initializer_list<NamedValue> values) : entries(values)
    {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const NamedValue &n = entries[i];
            const std::size_t letter = n.name.front().unicode() - u'a';
            firstLetters[std::size_t(n.name.size())] |= 1u << letter;
            byLengthAndLetter[std::size_t(n.name.size())][letter].append(int(i));
        }
    }
    QList<NamedValue> entries;
    std::array<quint32, 13> firstLetters{}; // by name length: bit c - 'a' for each first letter c
    // by name length and first letter: the entries, in table order
    std::array<std::array<QList<int>, 26>, 13> byLengthAndLetter;
};

const NamedValue *findNamed(const NamedTable &table, QStringView w)
{
    if (w.size() < 3 || w.size() > 12)
        return nullptr;
    const char16_t first = w.front().unicode() | 0x20; // ASCII lower case; others match nothing
    if (first < u'a' || first > u'z' || !(table.firstLetters[std::size_t(w.size())] & (1u << (first - u'a'))))
        return nullptr;
    for (const int i : table.byLengthAndLetter[std::size_t(w.size())][std::size_t(first - u'a')]) {
        const NamedValue &n = table.entries[i];
        if (spells(n.name, w))
            return &n;
    }
    return nullptr;
}

const NamedTable &numberWords()
{
    static const NamedTable words = {
        {u"one", 1},      {u"two", 2},       {u"three", 3},     {u"four", 4},     {u"five", 5},
        {u"six", 6},      {u"seven", 7},     {u"eight", 8},     {u"nine", 9},     {u"ten", 10},
        {u"eleven", 11},  {u"twelve", 12},   {u"thirteen", 13}, {u"fourteen", 14}, {u"fifteen", 15},
        {u"sixteen", 16}, {u"seventeen", 17}, {u"eighteen", 18}, {u"nineteen", 19}, {u"twenty", 20},
        {u"thirty", 30},  {u"forty", 40},    {u"fifty", 50},    {u"sixty", 60},   {u"seventy", 70},
        {u"eighty", 80},  {u"ninety", 90},   {u"hundred", 100}, {u"dozen", 12},   {u"dozens", 24},
        {u"hundreds", 200}, {u"thousands", 2000}, {u"millions", 2e6},
    };
    return words;
}

const NamedTable &scales()
{
    static const NamedTable s = {{u"hundred", 1e2}, {u"thousand", 1e3}, {u"million", 1e6},
                                 {u"billion", 1e9}, {u"trillion", 1e12}};
    return s;
}

const NamedTable &fractions()
{
    static const NamedTable f = {{u"half", 1.0 / 2},     {u"third", 1.0 / 3},    {u"thirds", 1.0 / 3},
                                 {u"quarter", 1.0 / 4}, {u"quarters", 1.0 / 4}, {u"fifth", 1.0 / 5},
                                 {u"fifths", 1.0 / 5}};
    return f;
}

// Qualifiers, as word sequences that end just before the number.
const QList<QStringList> &qualifiers()
{
    static const QList<QStringList> q = {
        {u"at"_s, u"least"_s}, {u"more"_s, u"than"_s}, {u"less"_s, u"than"_s}, {u"fewer"_s, u"than"_s},
        {u"up"_s, u"to"_s},    {u"as"_s, u"many"_s, u"as"_s}, {u"at"_s, u"most"_s}, {u"nearly"_s},
        {u"almost"_s},         {u"about"_s},          {u"around"_s},        {u"roughly"_s},
        {u"some"_s},           {u"over"_s},           {u"approximately"_s}, {u"an"_s, u"estimated"_s},
        {u"just"_s, u"over"_s}, {u"just"_s, u"under"_s}, {u"under"_s},       {u"close"_s, u"to"_s},
    };
    return q;
}

// Words after a number that are not what is counted.
bool isFunctionWord(const QString &w)
{
    static const QSet<QString> stop = {u"of"_s,  u"and"_s, u"or"_s,   u"to"_s,  u"in"_s,  u"on"_s, u"at"_s,
                                       u"the"_s, u"a"_s,   u"an"_s,   u"were"_s, u"was"_s, u"are"_s, u"is"_s,
                                       u"have"_s, u"has"_s, u"had"_s, u"for"_s, u"by"_s,  u"from"_s, u"who"_s,
                                       u"that"_s, u"with"_s, u"as"_s, u"more"_s, u"than"_s};
    return stop.contains(w);
}

struct Word {
    qsizetype start = 0;
    qsizetype end = 0;
    QStringView view;
    // Case-insensitive equality with a lower-case ASCII `w`; folding keeps lengths, so
    // words of another length differ. ASCII is folded here, anything else by Qt.
    bool is(QStringView w) const
    {
        if (view.size() != w.size())
            return false;
        for (qsizetype i = 0; i < w.size(); ++i) {
            const char16_t c = view[i].unicode();
            if (c >= 0x80)
                return view.compare(w, Qt::CaseInsensitive) == 0;
            if ((c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c) != w[i].unicode())
                return false;
        }
        return true;
    }
    QString lower() const { return view.toString().toLower(); }
};

// The words of a sentence, into `out` (cleared first; kept from one sentence to the next
// so that a text costs no allocation per sentence).
void wordsOf(QStringView text, const Sentence &s, std::vector<Word> &out)
{
    out.clear();
    qsizetype i = s.start;
    while (i < s.end) {
        if (!isWordChar(text[i]) && text[i] != u'%' && text[i] != u'$') {
            ++i;
            continue;
        }
        qsizetype j = i;
        if (text[j] == u'%' || text[j] == u'$') {
            ++j;
        } else {
            // Digits keep their thousands separators and decimal points: "32,070", "2.3".
            for (;;) {
                j = chars::endOfRun<chars::Letter | chars::Digit | chars::Apostrophe>(text.utf16(), j, s.end, text.size());
                if (j < s.end && (isWordChar(text[j]) || ((text[j] == u',' || text[j] == u'.') && j + 1 < s.end
                                                          && text[j + 1].isDigit() && j > i && text[j - 1].isDigit())))
                    ++j;
                else
                    break;
            }
        }
        // A "word" longer than any number or unit is kept only as a gap.
        out.push_back({i, j, text.mid(i, j - i)});
        i = j;
    }
}

// (length, first letter, last letter) of the number words and fractions: a word that
// matches none of them names no number.
using Signatures = std::array<std::array<std::array<bool, 26>, 26>, 13>;

Signatures numberSignatures()
{
    Signatures sig{};
    for (const NamedTable *table : {&numberWords(), &fractions()}) {
        for (const NamedValue &n : table->entries)
            sig[std::size_t(n.name.size())][n.name.front().unicode() - u'a'][n.name.back().unicode() - u'a'] = true;
    }
    return sig;
}

} // namespace

bool detail::isNumberShape(qsizetype n, char16_t first, char16_t last)
{
    static const Signatures signatures = numberSignatures();
    return n >= 3 && n <= 12 && first >= u'a' && first <= u'z' && last >= u'a' && last <= u'z'
           && signatures[std::size_t(n)][first - u'a'][last - u'a'];
}

bool detail::namesNumber(const char16_t *p, qsizetype n)
{
    if (n < 3 || !isNumberShape(n, p[0] | 0x20, p[n - 1] | 0x20))
        return false;
    const QStringView w(p, n);
    return findNamed(numberWords(), w) || findNamed(fractions(), w);
}

// Most sentences have neither a digit nor a number word and are not cut into words; the
// words here are the ones wordsOf would cut (without digits, runs of word characters).
bool detail::mayHoldQuantity(QStringView text, qsizetype start, qsizetype end)
{
    const char16_t *p = text.utf16();
    qsizetype i = start;
    while (i < end) {
        const char16_t c = p[i];
        if (!isWordChar(QChar(c))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        bool ascii = true;
        for (;;) {
            j = chars::endOfRun<chars::Letter | chars::Apostrophe>(p, j, end, text.size()); // the common case
            if (j == end)
                break;
            const char16_t d = p[j];
            if (d < 0x80) {
                if (chars::isAscii(d, chars::Digit))
                    return true;
                break;
            }
            if (!isWordChar(QChar(d)))
                break;
            if (QChar(d).isDigit())
                return true;
            ascii = false; // then no number word: they are ASCII
            ++j;
        }
        if (ascii && detail::namesNumber(p + i, j - i))
            return true;
        i = j;
    }
    return false;
}

namespace {

bool parseDigits(QStringView w, double &value)
{
    if (w.isEmpty() || !w.front().isDigit() || w.size() > 40)
        return false;
    // ASCII digits with thousands separators ("32,070"), few enough to be exact in a double:
    // the value is the integer, which is what the conversion below rounds it to.
    if (w.back().unicode() != u',') {
        quint64 v = 0;
        int digits = 0;
        qsizetype i = 0;
        for (; i < w.size() && digits <= 15; ++i) {
            const char16_t c = w[i].unicode();
            if (c >= u'0' && c <= u'9') {
                v = v * 10 + (c - u'0');
                ++digits;
            } else if (c != u',') {
                break;
            }
        }
        if (i == w.size() && digits <= 15) {
            value = double(v);
            return true;
        }
    }
    // Decimals ("2.3") without the commas, read as QString::toDouble would: both round
    // correctly, and a word with anything else in it ("3rd", "1.2.3") is no number to either.
    char ascii[48];
    std::size_t n = 0;
    bool plain = true;
    for (const QChar c : w) {
        if (c.unicode() >= 0x80) {
            plain = false;
            break;
        }
        if (c != u',')
            ascii[n++] = char(c.unicode());
    }
    if (plain) {
        double v = 0;
        const auto [end, error] = std::from_chars(ascii, ascii + n, v);
        const bool ok = error == std::errc() && end == ascii + n;
        value = ok ? v : 0;
        return ok && w.back().isDigit();
    }
    QString digits = w.toString();
    digits.remove(u',');
    bool ok = false;
    value = digits.toDouble(&ok);
    return ok && w.front().isDigit() && w.back().isDigit();
}

// Whether the sentence speaks of deaths or hostages: looked up once per sentence.
struct SentenceTopic {
    bool deaths = false;
    bool hostages = false;
};

// Whether "hostage" and any of "killed", "dead", "died", "death", "casualties" occur in
// the sentence (case-sensitive, inside words too): one pass over it.
SentenceTopic topicOf(QStringView sentence)
{
    SentenceTopic t;
    const qsizetype n = sentence.size();
    auto at = [&](qsizetype i, QStringView w) { return n - i >= w.size() && sentence.mid(i, w.size()) == w; };
    auto lookAt = [&](qsizetype i) {
        switch (sentence[i].unicode()) {
        case u'h':
            t.hostages = t.hostages || at(i, u"hostage");
            break;
        case u'k':
            t.deaths = t.deaths || at(i, u"killed");
            break;
        case u'd':
            t.deaths = t.deaths || at(i, u"dead") || at(i, u"died") || at(i, u"death");
            break;
        case u'c':
            t.deaths = t.deaths || at(i, u"casualties");
            break;
        default:
            break;
        }
    };
    qsizetype i = 0;
#if defined(__SSE2__)
    // Eight units at a time, looking only where one of the four first letters is.
    const char16_t *p = sentence.utf16();
    for (; n - i >= 8 && !(t.deaths && t.hostages); i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const __m128i firsts = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('h')), _mm_cmpeq_epi16(v, _mm_set1_epi16('k'))),
            _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('d')), _mm_cmpeq_epi16(v, _mm_set1_epi16('c'))));
        for (unsigned m = unsigned(_mm_movemask_epi8(firsts)); m; m &= m - 1) {
            const int bit = std::countr_zero(m);
            if (bit % 2 == 0) // two bits a unit: look once
                lookAt(i + bit / 2);
        }
    }
#endif
    for (; i < n && !(t.deaths && t.hostages); ++i)
        lookAt(i);
    return t;
}

QString kindFor(const SentenceTopic &topic, const QString &unit, bool percent, bool fraction, bool money)
{
    if (percent)
        return u"percent"_s;
    if (money)
        return u"money"_s;
    if (fraction)
        return u"fraction"_s;
    if (unit.startsWith(u"hostage"_s) || topic.hostages)
        return u"hostages"_s;
    return topic.deaths ? u"killed"_s : u"count"_s;
}

} // namespace

namespace {

QList<Quantity> quantitiesOf(QStringView text, const QList<Sentence> &sentences, const QList<Timex> &timexes,
                             const SentenceScreen *screen)
{
    QList<Quantity> out;
    qsizetype timexIndex = 0;
    auto inTimex = [&](qsizetype pos) {
        while (timexIndex < timexes.size() && timexes[timexIndex].span.end <= pos)
            ++timexIndex;
        return timexIndex < timexes.size() && timexes[timexIndex].span.contains(pos);
    };
    std::vector<Word> words;
    const NamedTable &numbers = numberWords(); // looked up for every word
    for (int si = 0; si < sentences.size(); ++si) {
        const Sentence &s = sentences[si];
        if (!(screen ? screen->mayHoldQuantity(si) : detail::mayHoldQuantity(text, s.start, s.end)))
            continue;
        wordsOf(text, s, words);
        if (words.size() == 1 && words[0].view.front().isDigit())
            continue; // a line that is only a number is page furniture
        std::optional<SentenceTopic> topic;
        const qsizetype wordCount = qsizetype(words.size());
        for (qsizetype wi = 0; wi < wordCount; ++wi) {
            const Word &w = words[wi];
            double value = 0;
            bool isNumber = parseDigits(w.view, value);
            bool fraction = false;
            bool money = wi > 0 && words[wi - 1].is(u"$") && words[wi - 1].end == w.start;
            qsizetype last = wi;
            if (const NamedValue *n = isNumber ? nullptr : findNamed(numbers, w.view);
                n && !w.is(u"one")) { // "one" alone is mostly a pronoun ("one of them")
                value = n->value;
                isNumber = true;
            }
            if (!isNumber && (w.is(u"a") || w.is(u"one")) && wi + 1 < wordCount
                && findNamed(fractions(), words[wi + 1].view)) {
                value = findNamed(fractions(), words[wi + 1].view)->value;
                isNumber = fraction = true;
                last = wi + 1;
            }
            if (!isNumber || inTimex(w.start))
                continue;
            // "two thirds", "three quarters"
            if (!fraction && last + 1 < wordCount && findNamed(fractions(), words[last + 1].view) && value < 10
                && !w.view.front().isDigit()) {
                value *= findNamed(fractions(), words[last + 1].view)->value;
                fraction = true;
                ++last;
            }
            // "1 million", "2.3 billion", "twenty thousand"
            if (const NamedValue *scale = last + 1 < wordCount ? findNamed(scales(), words[last + 1].view) : nullptr) {
                value *= scale->value;
                ++last;
            }
            bool percent = false;
            if (last + 1 < wordCount && (words[last + 1].is(u"%") || words[last + 1].is(u"percent"))) {
                percent = true;
                ++last;
            }
            Quantity q;
            q.value = value;
            q.sentence = si;
            qsizetype first = wi - (money ? 1 : 0);
            for (const QStringList &qual : qualifiers()) {
                const qsizetype n = qual.size();
                if (first - n < 0)
                    continue;
                bool match = true;
                for (qsizetype k = 0; k < n && match; ++k)
                    match = words[first - n + k].is(qual[k]);
                if (match) {
                    q.qualifier = qual.join(u' ');
                    first -= n;
                    break;
                }
            }
            q.span = {words[first].start, words[last].end};
            if (percent) {
                q.unit = u"percent"_s;
            } else if (last + 1 < wordCount && !isFunctionWord(words[last + 1].lower())
                       && !words[last + 1].view.front().isDigit() && words[last + 1].start - words[last].end <= 1) {
                q.unit = words[last + 1].lower();
            }
            if (!topic)
                topic = topicOf(text.mid(s.start, s.length()));
            q.kind = kindFor(*topic, q.unit, percent, fraction, money);
            out.append(q);
            wi = last;
        }
    }
    return out;
}

} // namespace

QList<Quantity> findQuantities(QStringView text, const QList<Sentence> &sentences, const QList<Timex> &timexes)
{
    return quantitiesOf(text, sentences, timexes, nullptr);
}

QList<Quantity> findQuantities(QStringView text, const QList<Sentence> &sentences, const QList<Timex> &timexes,
                               const SentenceScreen &screen)
{
    return quantitiesOf(text, sentences, timexes, screen.covers(sentences) ? &screen : nullptr);
}

} // namespace factline::extract
