// SPDX-License-Identifier: MIT
#include "disputes_signals.h"

#include "extract/attribution_lexicon.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace factline::extract::disputes {

using namespace Qt::StringLiterals;

namespace {

// Words that say nothing about what a claim is about: function words, modals, common
// verbs and adverbs, and the qualifiers of numbers.
constexpr const char *StopWords =
    "the and for are but not you all any can had her was one our out day get has him his how man new now "
    "old see two way ways who boy did its let put say she too use that this with from have been were will "
    "would could should their there they them what which about into than also more most some such only "
    "other after before said says when where while because very over under being does these those your "
    "ours just even still much must long least along hard need needs work working world year years time "
    "times many like make made take took come came know known good well back first last next around "
    "through during against between each every another same own both either neither whether then once "
    "here again further few less little lot lots part place point thing things think told tell going "
    "want wants get got give given keep kept seem seems show shown call called ago yet may might shall "
    "able also him himself herself itself themselves we us our i me my he she it his her they";

constexpr const char *Pronouns = "it this they these those he she we i there";

// Verbs and nouns that turn a stance around: "Netanyahu rejects …", "Israel denies …".
constexpr const char *Rejections =
    "reject rejects rejected rejecting deny denies denied denying oppose opposes opposed opposing "
    "refuse refuses refused refusing dismiss dismisses dismissed dispute disputes disputed "
    "vetoed veto vetoes contradict contradicts contradicted";

// Nouns that name a means or a proposal: claims about "the way to" do something compete
// when one says there is one and another that there is none.
constexpr const char *MeansWords =
    "way ways option options plan plans alternative alternatives solution solutions path approach";

constexpr const char *ContrastOpeners = "but however yet still meanwhile instead nevertheless";

template <qsizetype N>
bool endsWith(QStringView w, const char16_t (&suffix)[N])
{
    return w.size() >= N - 1 && std::char_traits<char16_t>::compare(w.utf16() + w.size() - (N - 1), suffix, N - 1) == 0;
}

bool isNegation(QStringView w)
{
    return attr::is(w, u"no") || attr::is(w, u"not") || attr::is(w, u"never") || attr::is(w, u"without")
        || attr::is(w, u"nothing") || attr::is(w, u"none") || endsWith(w, u"n't") || endsWith(w, u"n’t");
}

// The word lists as one table of flags, so that a new word costs one look-up.
quint16 listFlags(QStringView lower)
{
    struct Table {
        QStringList words; // the table's keys are views into these
        attr::ViewTable<quint16> flags;
    };
    static const Table table = [] {
        Table t;
        const std::pair<const char *, quint16> lists[] = {
            {StopWords, TextWords::Stop},
            {Pronouns, TextWords::Pronoun},
            {Rejections, TextWords::Rejection},
            {MeansWords, TextWords::Means},
            {ContrastOpeners, TextWords::Opener},
            {"do", TextWords::Do},
            {"that this so it", TextWords::DoObject},
            {"to", TextWords::To},
            {"only", TextWords::Only},
        };
        for (const auto &[list, flag] : lists) {
            for (const QString &w : QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts)) {
                t.words.append(w);
                t.flags.insert(t.words.constLast()) |= flag;
            }
        }
        return t;
    }();
    const quint16 *flags = table.flags.find(lower);
    return flags ? *flags : 0;
}

// A crude stem, enough to meet "allows"/"allowed", "operation"/"operations", "ways"/"way".
QStringView stemOf(QStringView w)
{
    for (const QStringView s : {u"ations", u"ation", u"ings", u"ing", u"ies", u"ed", u"es", u"s"}) {
        const qsizetype keep = s.size() == 1 ? 3 : 4; // a plural "s" may leave a short word
        if (w.size() >= s.size() + keep
            && std::char_traits<char16_t>::compare(w.utf16() + w.size() - s.size(), s.utf16(), std::size_t(s.size())) == 0)
            return w.chopped(s.size());
    }
    return w;
}

bool isLetter(char16_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
    return QChar(c).isLetter();
}

// Per UTF-16 unit, whether it is a letter and whether it may be inside a word (a letter,
// an apostrophe or a hyphen), so that cutting a text tests one bit a unit.
enum WordClass : quint8 { LetterUnit = 1, WordUnit = 2 };

const std::array<quint8, 0x10000> &wordClasses()
{
    static const std::array<quint8, 0x10000> table = [] {
        std::array<quint8, 0x10000> t{};
        for (int c = 0; c < 0x10000; ++c) {
            if (isLetter(char16_t(c)))
                t[std::size_t(c)] = LetterUnit | WordUnit;
            else if (c == u'\'' || c == 0x2019 || c == u'-')
                t[std::size_t(c)] = WordUnit;
        }
        return t;
    }();
    return table;
}

constexpr size_t HashStart = 14695981039346656037ull;
inline size_t hashStep(size_t h, char16_t c) { return (h ^ c) * 1099511628211ull; }
inline size_t hashEnd(size_t h) { return h ^ (h >> 29); }

// Up to 8 ASCII units lower-cased, one byte each, the first in the lowest byte; false
// (and `key` untouched) if a unit is not ASCII.
inline bool packAscii(const char16_t *p, qsizetype n, quint64 &key)
{
    static constexpr std::array<quint8, 0x80> lower = [] {
        std::array<quint8, 0x80> t{};
        for (int c = 0; c < 0x80; ++c)
            t[std::size_t(c)] = quint8(c >= 'A' && c <= 'Z' ? c + 32 : c);
        return t;
    }();
    quint64 packed = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] >= 0x80)
            return false;
        packed |= quint64(lower[p[i]]) << (8 * i);
    }
    key = packed;
    return true;
}

inline std::size_t packedHash(quint64 low, quint64 high)
{
    const quint64 h = (low ^ (high * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
    return std::size_t(h ^ (h >> 31));
}

size_t hashUnits(const char16_t *p, qsizetype n)
{
    size_t h = HashStart;
    for (qsizetype i = 0; i < n; ++i)
        h = hashStep(h, p[i]);
    return hashEnd(h);
}

// Finds `key` (`p`, `n`, whose hashUnits is `hash`) in an open-addressing table of indices
// (-1 free) into `items`, whose entries `keyOf` maps to their text; grows the table when
// it is half full.
template <typename Items, typename KeyOf>
int *findSlot(std::vector<int> &table, const Items &items, const char16_t *p, qsizetype n, size_t hash, KeyOf keyOf)
{
    if (table.size() < 2 * items.size() + 2) {
        std::vector<int> bigger(std::max<std::size_t>(64, 4 * table.size()), -1);
        for (std::size_t i = 0; i < items.size(); ++i) {
            const QStringView k = keyOf(items[i]);
            std::size_t b = hashUnits(k.utf16(), k.size()) & (bigger.size() - 1);
            while (bigger[b] >= 0)
                b = (b + 1) & (bigger.size() - 1);
            bigger[b] = int(i);
        }
        table.swap(bigger);
    }
    std::size_t b = hash & (table.size() - 1);
    while (table[b] >= 0) {
        const QStringView k = keyOf(items[std::size_t(table[b])]);
        if (k.size() == n && std::memcmp(k.utf16(), p, std::size_t(n) * sizeof(char16_t)) == 0)
            return &table[b];
        b = (b + 1) & (table.size() - 1);
    }
    return &table[b];
}

} // namespace

TermOrder::TermOrder(const TextWords &words) : m_words(words) {}

inline void TermOrder::add(int stem, qsizetype start, qsizetype end)
{
    int &at = m_words.scratch(TextWords::OrderScratch, stem);
    if (at < 0) {
        at = int(m_items.size());
        m_items.push_back({stem, qint32(start), qint32(end)});
    } else {
        m_items[std::size_t(at)].start = qint32(start);
        m_items[std::size_t(at)].end = qint32(end);
    }
}

QList<ClaimTerm> TermOrder::take(const QList<ClaimTerm> &without)
{
    for (const ClaimTerm &t : without) {
        const int at = m_words.scratch(TextWords::OrderScratch, t.stem);
        if (at >= 0)
            m_items[std::size_t(at)].stem = -1;
    }
    // The terms kept move to the front, so that the list is made in one copy.
    std::size_t kept = 0;
    for (const ClaimTerm &item : m_items) {
        if (item.stem < 0)
            continue;
        m_words.scratch(TextWords::OrderScratch, item.stem) = -1;
        m_items[kept++] = item;
    }
    for (const ClaimTerm &t : without)
        m_words.scratch(TextWords::OrderScratch, t.stem) = -1;
    QList<ClaimTerm> out(m_items.cbegin(), m_items.cbegin() + std::ptrdiff_t(kept));
    m_items.clear();
    return out;
}

namespace {

void addTerms(const TextWords &words, const std::vector<TextWords::Piece> &pieces, TermOrder &into)
{
    for (const TextWords::Piece &p : pieces) {
        if (words.is(p, TextWords::Term))
            into.add(words.lex(p.lex).stem, p.start, p.end);
    }
}

// "… no credible way to do that": the claim points back at the sentence before.
bool pointsBack(const TextWords &words, const std::vector<TextWords::Piece> &content)
{
    for (std::size_t i = 0; i + 1 < content.size(); ++i) {
        if (words.is(content[i], TextWords::Do) && words.is(content[i + 1], TextWords::DoObject))
            return true;
    }
    return !content.empty() && words.is(content.front(), TextWords::Pronoun) && content.size() <= 8;
}

// The parts of sentence `s` outside the attribution's source, cue and content, in order;
// `taken` is room to sort those in.
void restOfSentence(const Attribution &a, const Sentence &s, std::vector<TextSpan> &taken, std::vector<TextSpan> &gaps)
{
    taken.clear();
    gaps.clear();
    for (const TextSpan &c : a.content) {
        if (c.end > c.start)
            taken.push_back(c);
    }
    if (a.source.isValid())
        taken.push_back(a.source);
    if (a.cue.isValid())
        taken.push_back(a.cue);
    std::sort(taken.begin(), taken.end(), [](const TextSpan &x, const TextSpan &y) { return x.start < y.start; });
    qsizetype cursor = s.start;
    for (const TextSpan &t : taken) {
        if (cursor >= s.end)
            break;
        if (t.start > cursor)
            gaps.push_back({cursor, std::min(t.start, s.end)});
        cursor = std::max(cursor, t.end);
    }
    if (cursor < s.end)
        gaps.push_back({cursor, s.end});
}

} // namespace

TextWords::Vocabulary &TextWords::vocabulary()
{
    thread_local Vocabulary vocabulary;
    return vocabulary;
}

TextWords::TextWords(QStringView text) : m_text(text), m_vocab(vocabulary())
{
    constexpr std::size_t MaxWords = 200000;
    if (m_vocab.lexes.size() > MaxWords)
        m_vocab = Vocabulary();
}

// Every word a claim reads comes here: a word met before costs packing it and one probe,
// inline; a new one goes on to lexOfNew.
inline int TextWords::lexOf(qsizetype start, qsizetype end)
{
    const qsizetype n = end - start;
    if (n > 16)
        return lexOfText(start, end);
    const char16_t *p = m_text.utf16() + start;
    // Words hold no NUL, so the key needs no length.
    quint64 low = 0;
    quint64 high = 0;
    if (!packAscii(p, std::min<qsizetype>(n, 8), low) || (n > 8 && !packAscii(p + 8, n - 8, high)))
        return lexOfText(start, end);
    const Vocabulary::Packed *table = m_vocab.packed.data();
    const std::size_t mask = m_vocab.packedMask;
    for (std::size_t b = packedHash(low, high) & mask; table[b].lex >= 0; b = (b + 1) & mask) {
        if (table[b].low == low && table[b].high == high)
            return table[b].lex;
    }
    return lexOfNew(low, high, start, end);
}

int TextWords::lexOfNew(quint64 low, quint64 high, qsizetype start, qsizetype end)
{
    std::vector<Vocabulary::Packed> &table = m_vocab.packed;
    if (table.size() < 2 * m_vocab.packedCount + 2) {
        std::vector<Vocabulary::Packed> bigger(std::max<std::size_t>(1024, 4 * table.size()));
        for (const Vocabulary::Packed &e : table) {
            if (e.lex < 0)
                continue;
            std::size_t b = packedHash(e.low, e.high) & (bigger.size() - 1);
            while (bigger[b].lex >= 0)
                b = (b + 1) & (bigger.size() - 1);
            bigger[b] = e;
        }
        table.swap(bigger);
        m_vocab.packedMask = table.size() - 1;
    }
    std::size_t b = packedHash(low, high) & (table.size() - 1);
    while (table[b].lex >= 0)
        b = (b + 1) & (table.size() - 1);
    const int lex = lexOfText(start, end);
    table[b] = {low, high, lex};
    ++m_vocab.packedCount;
    return lex;
}

void TextWords::wordsIn(qsizetype start, qsizetype end, std::vector<Piece> &out, std::size_t most)
{
    // Only the ranges the claims need are cut, each on its own: a word is looked up where
    // it is met, which costs less than cutting the whole text once and keeping its words.
    const char16_t *p = m_text.utf16();
    const std::array<quint8, 0x10000> &cls = wordClasses();
    qsizetype i = start;
    for (std::size_t taken = 0; taken < most; ++taken) {
        while (i < end && !(cls[p[i]] & LetterUnit))
            ++i;
        if (i >= end)
            break;
        Met &met = m_met[std::size_t(i) % MetSlots];
        if (met.start == i && met.end <= end) {
            out.push_back({i, met.end, met.lex});
            i = met.end;
            continue;
        }
        qsizetype j = i + 1;
        while (j < end && (cls[p[j]] & WordUnit))
            ++j;
        const int lex = lexOf(i, j);
        out.push_back({i, j, lex});
        if (j < end) // ended by a unit that is not a word's, not by the range
            met = {qint32(i), qint32(j), lex};
        i = j;
    }
}

bool TextWords::opensWithContrast(const Sentence &s)
{
    m_first.clear();
    wordsIn(s.start, std::min(s.end, s.start + 40), m_first, 1);
    return !m_first.empty() && is(m_first.front(), Opener);
}

int TextWords::lexOfText(qsizetype start, qsizetype end)
{
    const qsizetype n = end - start;
    const char16_t *p = m_text.utf16() + start;
    char16_t buf[32];
    if (n <= qsizetype(std::size(buf))) {
        // ASCII and the curly apostrophe are case-folded here; anything else by Qt below.
        size_t h = HashStart;
        qsizetype i = 0;
        for (; i < n; ++i) {
            const char16_t c = p[i];
            if (c >= 0x80 && c != 0x2019)
                break;
            const char16_t lower = char16_t(c + (char16_t(c - u'A') < 26 ? 32 : 0));
            buf[i] = lower;
            h = hashStep(h, lower);
        }
        if (i == n)
            return intern(buf, n, hashEnd(h));
    }
    const QString lower = m_text.mid(start, n).toString().toLower();
    return intern(QStringView(lower).utf16(), lower.size(), hashUnits(QStringView(lower).utf16(), lower.size()));
}

int TextWords::intern(const char16_t *lower, qsizetype size, size_t hash)
{
    Vocabulary &v = m_vocab;
    int *slot = findSlot(v.lexSlots, v.lexes, lower, size, hash, [&v](const Lex &l) { return v.textOf(l); });
    if (*slot < 0)
        *slot = addLex(QStringView(lower, size));
    return *slot;
}

void TextWords::growScratch(std::vector<int> &s) const
{
    s.resize(std::max<std::size_t>(m_vocab.stems.size(), 2 * s.size()), -1);
}

qint32 TextWords::Vocabulary::keep(QStringView s)
{
    const qint32 start = qint32(text.size());
    text.insert(text.end(), s.utf16(), s.utf16() + s.size());
    return start;
}

int TextWords::internStem(QStringView s)
{
    Vocabulary &v = m_vocab;
    int *slot = findSlot(v.stemSlots, v.stems, s.utf16(), s.size(), hashUnits(s.utf16(), s.size()),
                         [&v](const Vocabulary::Stem &k) { return v.textOf(k); });
    if (*slot < 0) {
        *slot = int(v.stems.size());
        const qint32 start = v.keep(s);
        v.stems.push_back({start, qint32(s.size())});
    }
    return *slot;
}

int TextWords::addLex(QStringView lower)
{
    Lex l;
    l.flags = listFlags(lower) | (isNegation(lower) ? Negation : 0);
    const bool stop = l.flags & Stop;
    if (lower.size() >= 3 && !stop && !(l.flags & Rejection))
        l.flags |= Term;
    if (lower.size() >= 3 && !stop)
        l.stem = internStem(stemOf(lower));
    l.size = qint32(lower.size());
    l.start = m_vocab.keep(lower);
    m_vocab.lexes.push_back(l);
    return int(m_vocab.lexes.size()) - 1;
}

ClaimReader::ClaimReader(QStringView text, const QList<Sentence> &sentences, const QList<Quantity> &quantities)
    : m_words(text), m_order(m_words), m_sentences(sentences), m_quantities(quantities)
{
    m_quantitiesInOrder = std::all_of(quantities.cbegin(), quantities.cend(), [](const Quantity &q) {
        return q.span.isValid();
    });
    for (qsizetype i = 1; i < quantities.size() && m_quantitiesInOrder; ++i)
        m_quantitiesInOrder = quantities[i].span.start >= quantities[i - 1].span.end;
}

ClaimSignals ClaimReader::read(const Attribution &a)
{
    ClaimSignals out;
    if (a.content.isEmpty())
        return out;
    out.sentence = sentenceAt(m_sentences, a.content.first().start);
    std::vector<TextWords::Piece> &content = m_content;
    content.clear();
    for (const TextSpan &c : a.content)
        m_words.wordsIn(c.start, c.end, content);
    TermOrder &terms = m_order;
    addTerms(m_words, content, terms);
    for (std::size_t i = 0; i < content.size(); ++i) {
        const TextWords::Lex &w = m_words.lex(content[i].lex);
        out.negated = out.negated || (w.flags & (TextWords::Negation | TextWords::Rejection));
        // "a way to", "the only option": a means someone proposes, not "post-war plans".
        const bool proposal = i + 1 < content.size() && m_words.is(content[i + 1], TextWords::To);
        out.speaksOfMeans = out.speaksOfMeans
            || ((w.flags & TextWords::Means) && (proposal || (i > 0 && m_words.is(content[i - 1], TextWords::Only))));
        if (out.subject < 0 && i < 4 && w.size >= 3 && !(w.flags & (TextWords::Stop | TextWords::Pronoun)))
            out.subject = w.stem;
    }
    out.terms = terms.take();
    TermOrder &context = m_order;
    if (out.sentence >= 0) {
        // The words of the claim's sentence that are neither the claim nor its source and
        // cue: "Netanyahu rejects … a role for the Palestinian Authority, and says …".
        const Sentence &s = m_sentences[out.sentence];
        std::vector<TextSpan> &gaps = m_gaps;
        restOfSentence(a, s, m_taken, gaps);
        std::vector<TextWords::Piece> &rest = m_rest;
        rest.clear();
        for (const TextSpan &g : gaps)
            m_words.wordsIn(g.start, g.end, rest);
        addTerms(m_words, rest, context);
        for (const TextWords::Piece &w : rest)
            out.negated = out.negated || m_words.is(w, TextWords::Rejection);
        if (pointsBack(m_words, content) && out.sentence > 0) {
            const Sentence &before = m_sentences[out.sentence - 1];
            rest.clear();
            m_words.wordsIn(before.start, before.end, rest);
            addTerms(m_words, rest, context);
        }
    }
    out.context = context.take(out.terms);
    readNumbers(a, out.numbers);
    return out;
}

// The quantities inside the claim's content, in the order of the list.
void ClaimReader::readNumbers(const Attribution &a, QList<ClaimNumber> &out) const
{
    const QStringView text = m_words.text();
    auto add = [&](const Quantity &q) {
        for (const TextSpan &c : a.content) {
            if (c.overlaps(q.span)) {
                out.append({q.kind, text.mid(q.span.start, q.span.length()).toString(), q.value});
                return;
            }
        }
    };
    if (!m_quantitiesInOrder) {
        for (const Quantity &q : m_quantities)
            add(q);
        return;
    }
    // In text order and apart, only those between the content's first and last units can overlap it.
    qsizetype lo = -1;
    qsizetype hi = -1;
    for (const TextSpan &c : a.content) {
        if (!c.isValid())
            continue;
        lo = lo < 0 ? c.start : std::min(lo, c.start);
        hi = std::max(hi, c.end);
    }
    if (lo < 0)
        return;
    auto q = std::partition_point(m_quantities.cbegin(), m_quantities.cend(),
                                  [&](const Quantity &x) { return x.span.end <= lo; });
    for (; q != m_quantities.cend() && q->span.start < hi; ++q)
        add(*q);
}

} // namespace factline::extract::disputes
