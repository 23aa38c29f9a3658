// SPDX-License-Identifier: MIT
#include "sentences.h"

#include "extract/charscan.h"

#include <QSet>
#include <QString>

#include <algorithm>
#include <array>
#include <limits>
#include <memory>
#include <vector>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace factline::extract {
namespace {

using namespace Qt::StringLiterals;

// Abbreviations after which a capitalised word does not start a new sentence.
// Titles and months nearly always run on; country-style initialisms ("U.S.") may
// also end a sentence, so for those the next word decides (see continuesAfter).
const QSet<QString> &titleAbbreviations()
{
    static const QSet<QString> set = {
        u"Mr"_s,   u"Mrs"_s,  u"Ms"_s,   u"Dr"_s,   u"Prof"_s, u"Gov"_s,  u"Sen"_s,
        u"Rep"_s,  u"Gen"_s,  u"Lt"_s,   u"Col"_s,  u"Sgt"_s,  u"Capt"_s, u"Adm"_s,
        u"Maj"_s,  u"Cmdr"_s, u"Gens"_s, u"Sens"_s, u"Reps"_s, u"Rev"_s,  u"St"_s,
        u"Jan"_s,  u"Feb"_s,  u"Mar"_s,  u"Apr"_s,  u"Aug"_s,  u"Sept"_s, u"Sep"_s,
        u"Oct"_s,  u"Nov"_s,  u"Dec"_s,  u"No"_s,   u"Nos"_s,  u"Vol"_s,  u"Ft"_s,
        u"Mt"_s,   u"Jr"_s,   u"Sr"_s,   u"Pres"_s, u"Supt"_s, u"Atty"_s, u"Insp"_s,
        u"vs"_s,   u"Ariz"_s, u"Calif"_s, u"Colo"_s, u"Conn"_s, u"Fla"_s, u"Ga"_s,
        u"Ill"_s,  u"Ind"_s,  u"Kan"_s,  u"Ky"_s,   u"La"_s,   u"Md"_s,   u"Mass"_s,
        u"Mich"_s, u"Minn"_s, u"Miss"_s, u"Mo"_s,   u"Mont"_s, u"Neb"_s,  u"Nev"_s,
        u"Okla"_s, u"Ore"_s,  u"Pa"_s,   u"Tenn"_s, u"Tex"_s,  u"Va"_s,   u"Vt"_s,
        u"Wash"_s, u"Wis"_s,  u"Wyo"_s,  u"Corp"_s, u"Inc"_s,  u"Co"_s,   u"Ltd"_s,
    };
    return set;
}

// Words that commonly open a sentence; after "U.S." they mean the sentence did end.
const QSet<QString> &sentenceOpeners()
{
    static const QSet<QString> set = {
        u"The"_s, u"But"_s, u"And"_s, u"He"_s,   u"She"_s,  u"It"_s,   u"They"_s,
        u"We"_s,  u"I"_s,   u"A"_s,   u"An"_s,   u"In"_s,   u"This"_s, u"That"_s,
        u"There"_s, u"Its"_s, u"His"_s, u"Her"_s, u"Their"_s, u"Our"_s, u"Yet"_s,
        u"So"_s,  u"On"_s,  u"At"_s,  u"As"_s,   u"If"_s,   u"When"_s, u"While"_s,
        u"After"_s, u"Before"_s, u"Since"_s, u"Still"_s, u"However"_s, u"Meanwhile"_s,
    };
    return set;
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0);
}

// The word (letters and inner dots) that ends just before `pos`, which is a '.'.
QStringView wordBefore(QStringView text, qsizetype dot)
{
    qsizetype s = dot;
    while (s > 0 && (text[s - 1].isLetter() || text[s - 1] == u'.'))
        --s;
    return text.mid(s, dot - s);
}

QStringView wordAt(QStringView text, qsizetype pos)
{
    qsizetype e = pos;
    while (e < text.size() && text[e].isLetterOrNumber())
        ++e;
    return text.mid(pos, e - pos);
}

// Decides whether the break ICU put at `brk` (the start of the next sentence) is
// really inside a sentence, after an abbreviation.
bool continuesAfter(QStringView text, qsizetype brk)
{
    qsizetype e = brk;
    while (e > 0 && isSpace(text[e - 1])) {
        if (text[e - 1] == u'\n')
            return false; // a line break always ends a sentence
        --e;
    }
    if (brk >= text.size())
        return false;
    const QChar next = text[brk];
    // ICU ends a sentence after "!" or "?" inside a closing quotation mark even when a
    // lower-case word follows; that word goes on with the same sentence ("Stop!" she said).
    if (e >= 2 && (text[e - 2] == u'!' || text[e - 2] == u'?')
        && (text[e - 1] == u'\u201D' || text[e - 1] == u'"' || text[e - 1] == u'\u2019'))
        return next.isLower();
    if (e == 0 || text[e - 1] != u'.')
        return false;
    const QStringView word = wordBefore(text, e - 1);
    if (word.isEmpty())
        return false;
    const bool initialism = word.contains(u'.') || (word.size() == 1 && word[0].isUpper());
    if (titleAbbreviations().contains(word.toString()))
        return next.isUpper() || next.isDigit();
    if (initialism) {
        if (!next.isUpper())
            return next.isLower() || next.isDigit();
        return !sentenceOpeners().contains(wordAt(text, brk).toString());
    }
    return false;
}

std::unique_ptr<icu::BreakIterator> makeIterator()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    }
    return U_SUCCESS(status) ? std::move(it) : nullptr;
}

// The breaks ICU finds in `text`, in order, without the end of the text.
void icuBreaks(icu::BreakIterator &iterator, QStringView text, std::vector<qsizetype> &out)
{
    const icu::UnicodeString alias(false, reinterpret_cast<const UChar *>(text.utf16()),
                                   static_cast<int32_t>(text.size()));
    iterator.setText(alias);
    for (int32_t b = iterator.next(); b != icu::BreakIterator::DONE; b = iterator.next()) {
        if (b < text.size())
            out.push_back(b);
    }
    iterator.setText(icu::UnicodeString()); // drop the alias before `text` can go away
}

// What ICU's sentence rules (UAX #29) look at, per UTF-16 unit of the Basic Multilingual Plane.
// Plain: anything but a terminator or a paragraph separator (Sep, CR, LF). The rules only
// break after a terminator (with its closing marks and spaces) or a separator; elsewhere
// commas, quotes, brackets and symbols (SContinue, Close, Other), marks and format controls
// (Extend, Format) are Any × Any like letters, digits and spaces. So runs of plain units
// never hold a break, and ICU's decision after a run depends only on its last units.
// Letter: the letters among them, which end the rules' look-ahead after a terminator.
// Space: Sp, which ends the word before a terminator. Terminator: ATerm or STerm ('.', '?',
// '!', '。' …), after which a break can come.
enum BreakClass : quint8 { Plain = 1, Letter = 2, Space = 4, Terminator = 8 };

quint8 breakClassOf(int32_t sentenceBreak)
{
    switch (sentenceBreak) {
    case U_SB_LOWER: case U_SB_UPPER: case U_SB_OLETTER:
        return Plain | Letter;
    case U_SB_NUMERIC: case U_SB_CLOSE: case U_SB_SCONTINUE: case U_SB_EXTEND: case U_SB_FORMAT:
    case U_SB_OTHER:
        return Plain;
    case U_SB_SP:
        return Plain | Space;
    case U_SB_ATERM: case U_SB_STERM:
        return Terminator;
    default:
        return 0;
    }
}

const std::array<quint8, 0x10000> &breakClasses()
{
    static const std::array<quint8, 0x10000> table = [] {
        std::array<quint8, 0x10000> t{};
        for (UChar32 c = 0; c < 0x10000; ++c)
            t[std::size_t(c)] = breakClassOf(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
        for (UChar32 c = 0xD800; c <= 0xDFFF; ++c)
            t[std::size_t(c)] = 0; // surrogates: never plain, so a pair is never cut
        return t;
    }();
    return table;
}

// ICU's sentence iterator costs some 60 instructions a unit, and most of a news text is
// runs of plain units where no break can be. So ICU reads a shortened copy: of each run of
// plain units only the first and last Keep stay. Near a terminator everything stays: the
// word it ends with Keep units before it (ICU's list of abbreviations, "Mr.", "U.S.", is
// read backwards from there, and forwards again over a few units past the break), and
// everything after it up to the first letter and Ahead units more (the rules look that far
// ahead: "etc. 5 times", "said. ‘no’"). Breaks fall only after a terminator (with its
// closing marks and spaces) or a paragraph separator, which are all kept, so each maps back
// to one offset of the text. tests/core/test_sentences.cpp compares the breaks with those of
// ICU over the whole text, on texts made at random from news pieces.
constexpr qsizetype Keep = 2;
constexpr qsizetype WordBefore = 32; // a word longer than any abbreviation ICU knows ("Hon.B.A.")
constexpr qsizetype Ahead = 8;

struct Shortened {
    std::vector<char16_t> units;
    // Each stretch copied as it is: where it starts in `units` and in the text, in order.
    std::vector<std::pair<qsizetype, qsizetype>> pieces;
    // The offset in the text of unit `u` of the copy.
    qsizetype origin(qsizetype u) const
    {
        auto piece = std::upper_bound(pieces.cbegin(), pieces.cend(), u,
                                      [](qsizetype x, const std::pair<qsizetype, qsizetype> &p) { return x < p.first; });
        --piece; // the first piece starts at 0
        return piece->second + (u - piece->first);
    }
};

#if defined(__SSE2__)
// The lanes of `v` that hold an ASCII unit of class Plain: anything below 0x80 but the
// terminators and separators that asciiPlainAsExpected checks against ICU's data.
__m128i asciiPlainLanes(__m128i v)
{
    const __m128i ascii = _mm_cmpeq_epi16(_mm_and_si128(v, _mm_set1_epi16(short(0xFF80))), _mm_setzero_si128());
    __m128i stops = _mm_cmpeq_epi16(v, _mm_set1_epi16('.'));
    for (const char16_t c : {u'!', u'?', u'\n', u'\r'})
        stops = _mm_or_si128(stops, _mm_cmpeq_epi16(v, _mm_set1_epi16(short(c))));
    return _mm_andnot_si128(stops, ascii);
}

// Whether the ASCII units that are not Plain are exactly the ones asciiPlainLanes leaves out.
bool asciiPlainAsExpected(const std::array<quint8, 0x10000> &cls)
{
    for (char16_t c = 0; c < 0x80; ++c) {
        const bool stop = c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u'\r';
        if (bool(cls[c] & Plain) == stop)
            return false;
    }
    return true;
}
#endif

// The end of the run of Plain units from p[i]: most of a text, so the ASCII part of a run
// is skipped eight units at a time where the machine can.
qsizetype endOfPlainRun(const std::array<quint8, 0x10000> &cls, const char16_t *p, qsizetype i, qsizetype n)
{
#if defined(__SSE2__)
    static const bool eights = asciiPlainAsExpected(cls);
#endif
    for (;;) {
#if defined(__SSE2__)
        if (eights)
            i = chars::detail::skipEights(p, i, n, n, asciiPlainLanes);
#endif
        if (i == n || !(cls[p[i]] & Plain))
            return i;
        ++i;
    }
}

// False when no run is long enough to shorten.
bool shorten(QStringView text, Shortened &out)
{
    const std::array<quint8, 0x10000> &cls = breakClasses();
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    out.units.clear();
    out.pieces.clear();
    qsizetype copied = 0;       // the text before it is in the copy or left out
    qsizetype protectUntil = 0; // the look-ahead after the last terminator
    qsizetype i = 0;
    while (i < n) {
        const quint8 c = cls[p[i]];
        if (!(c & Plain)) {
            if (c & Terminator) {
                qsizetype e = i + 1;
                while (e < n && !(cls[p[e]] & Letter))
                    ++e;
                protectUntil = std::max(protectUntil, std::min(n, e + Ahead));
            }
            ++i;
            continue;
        }
        qsizetype e = endOfPlainRun(cls, p, i + 1, n);
        const qsizetype from = std::max(i, protectUntil) + Keep;
        qsizetype to = e - Keep;
        if (e < n && (cls[p[e]] & Terminator)) {
            qsizetype word = e; // the word the terminator ends, and Keep units before it
            while (word > i && e - word < WordBefore && !(cls[p[word - 1]] & Space))
                --word;
            to = word - Keep;
        }
        if (to > from) {
            out.pieces.push_back({qsizetype(out.units.size()), copied});
            out.units.insert(out.units.end(), p + copied, p + from);
            copied = to;
        }
        i = e;
    }
    if (out.pieces.empty())
        return false;
    out.pieces.push_back({qsizetype(out.units.size()), copied});
    out.units.insert(out.units.end(), p + copied, p + n);
    return true;
}

} // namespace

namespace detail {

std::vector<qsizetype> icuSentenceBreaks(QStringView text, bool shortcut)
{
    std::vector<qsizetype> breaks;
    // Creating a break iterator costs far more than using one: keep one per thread.
    thread_local std::unique_ptr<icu::BreakIterator> iterator = makeIterator();
    if (!iterator || text.isEmpty())
        return breaks;
    thread_local Shortened shortened; // kept from one text to the next: no allocation a text
    if (!shortcut || text.size() >= std::numeric_limits<qint32>::max() || !shorten(text, shortened)) {
        icuBreaks(*iterator, text, breaks);
        return breaks;
    }
    icuBreaks(*iterator, QStringView(shortened.units.data(), qsizetype(shortened.units.size())), breaks);
    for (qsizetype &b : breaks) {
        // A break is between two units the copy kept side by side (else ICU reads it all:
        // never seen, but the copy must not decide anything).
        const qsizetype before = shortened.origin(b - 1);
        if (shortened.origin(b) != before + 1) {
            breaks.clear();
            icuBreaks(*iterator, text, breaks);
            return breaks;
        }
        b = before + 1;
    }
    return breaks;
}

} // namespace detail

namespace {

// No news sentence comes near this length; text with no sentence ends at all (a
// dump, a list, a 5 MB line) is cut into pieces of at most this many units, at a space
// where there is one, so that nothing downstream works on an unbounded "sentence".
constexpr qsizetype MaxSentenceLength = 2000;

void appendBounded(QStringView text, qsizetype s, qsizetype e, QList<Sentence> &out)
{
    while (e - s > MaxSentenceLength) {
        qsizetype cut = s + MaxSentenceLength;
        qsizetype space = cut;
        while (space > s + MaxSentenceLength / 2 && !isSpace(text[space]))
            --space;
        if (isSpace(text[space]))
            cut = space;
        else if (text[cut].isLowSurrogate())
            --cut; // never split a surrogate pair
        qsizetype pieceEnd = cut;
        while (pieceEnd > s && isSpace(text[pieceEnd - 1]))
            --pieceEnd;
        if (pieceEnd > s)
            out.append({s, pieceEnd});
        s = cut;
        while (s < e && isSpace(text[s]))
            ++s;
    }
    if (e > s)
        out.append({s, e});
}

} // namespace

QList<Sentence> splitSentences(QStringView text)
{
    QList<Sentence> out;
    if (text.isEmpty())
        return out;
    std::vector<qsizetype> breaks = detail::icuSentenceBreaks(text, true);
    breaks.push_back(text.size());

    qsizetype start = 0;
    for (const qsizetype brk : std::as_const(breaks)) {
        if (brk < text.size() && continuesAfter(text, brk))
            continue;
        qsizetype s = start;
        qsizetype e = brk;
        while (s < e && isSpace(text[s]))
            ++s;
        while (e > s && isSpace(text[e - 1]))
            --e;
        appendBounded(text, s, e, out);
        start = brk;
    }
    return out;
}

int sentenceAt(const QList<Sentence> &sentences, qsizetype pos)
{
    auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), pos,
                               [](qsizetype p, const Sentence &s) { return p < s.start; });
    if (it == sentences.cbegin())
        return -1;
    --it;
    return pos < it->end ? static_cast<int>(it - sentences.cbegin()) : -1;
}

} // namespace factline::extract
