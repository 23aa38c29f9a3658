// SPDX-License-Identifier: MIT
#include "extract/attribution_tokens.h"

#include "extract/attribution_lexicon.h"
#include "extract/charscan.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <vector>

namespace factline::extract::attr {
namespace {

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return chars::isAscii(u, chars::Letter | chars::Digit);
    if (c.isHighSurrogate() || c.isLowSurrogate())
        return false; // emoji and other astral symbols stay punctuation
    return c.isLetterOrNumber() || c.isMark();
}

// The ASCII spaces the tokenizer skips are chars::Blank (not \f or \v).
inline bool isSpaceChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return chars::isAscii(u, chars::Blank);
    return u == 0x00A0 || c.isSpace();
}

// Abbreviations whose final period belongs to the word ("Mr. Trump", "Sen. Cruz").
bool keepsPeriod(QStringView w)
{
    if (w.size() == 1)
        return w[0].isUpper();
    static const WordSet list{u"Mr", u"Mrs", u"Ms", u"Dr", u"Sen", u"Rep", u"Gov", u"Gen", u"Lt", u"Col", u"St",
                              u"Jr", u"Sr", u"Sgt", u"Capt", u"Prof", u"Rev", u"Sens", u"Reps", u"Gens", u"Adm",
                              u"Maj", u"Atty", u"Pres", u"vs", u"Jan", u"Feb", u"Mar", u"Apr", u"Jun", u"Jul",
                              u"Aug", u"Sep", u"Sept", u"Oct", u"Nov", u"Dec", u"No", u"Ft", u"Mt", u"Calif",
                              u"Fla", u"Ariz", u"Mass",
                              // The AP's state abbreviations ("Ashton, Md., said"), capitalised as written.
                              u"Ala", u"Ark", u"Colo", u"Conn", u"Del", u"Ga", u"Ill", u"Ind", u"Kan", u"Ky",
                              u"La", u"Md", u"Mich", u"Minn", u"Miss", u"Mo", u"Mont", u"Neb", u"Nev", u"Okla",
                              u"Ore", u"Pa", u"Tenn", u"Vt", u"Va", u"Wash", u"Wis", u"Wyo"};
    if (w.size() <= 5 && list.contains(w))
        return true;
    if (w.size() >= 3 && w[1] == u'-' && w[0].isUpper() && w[2].isUpper())
        return true; // "R-Ky.", "D-Mass."
    return w.contains(u'.'); // "U.S", "D.C" -> "U.S.", "D.C."
}

// Where a pronoun and a contracted auxiliary meet ("He’s", "they're", "That’s"): the
// scanner reads them as two words, so that "he’s saying" is a subject and a progressive
// and "they’re worried that" a subject and a copula; -1 for any other word.
qsizetype contractionSplit(QStringView w)
{
    qsizetype a = 1;
    while (a < w.size() && w[a] != u'\'' && w[a] != u'’')
        ++a;
    if (a >= w.size() - 1 || a > 4)
        return -1;
    const QStringView suffix = w.sliced(a + 1);
    const QStringView pronoun = w.first(a);
    static const char16_t *const suffixes[] = {u"s", u"re", u"m", u"ve", u"d", u"ll"};
    static const char16_t *const pronouns[] = {u"he", u"she", u"it", u"they", u"we", u"you", u"i", u"who", u"that"};
    const auto among = [](QStringView x, const auto &list) {
        return std::any_of(std::begin(list), std::end(list),
                           [x](const char16_t *y) { return x.compare(QStringView(y), Qt::CaseInsensitive) == 0; });
    };
    return among(suffix, suffixes) && among(pronoun, pronouns) ? a : -1;
}

struct Builder {
    QStringView text;
    Tokens out;
    std::vector<Token> toks; // built here, where appending is cheaper, then copied to out.toks
    qsizetype paragraph = 0;
    bool paraStart = true;
    qsizetype openQuote = -1;        // token index of an unclosed opening mark
    qsizetype paragraphFirstTok = 0;

    void push(qsizetype s, qsizetype e, TokKind k)
    {
        Token t;
        t.start = qint32(s);
        t.end = qint32(e);
        t.kind = k;
        if (paraStart)
            t.flags |= ParagraphStart;
        paraStart = false;
        if (k == TokKind::Word) {
            const QChar c = text[s];
            if (c.isUpper())
                t.flags |= Capitalised;
            bool caps = e - s > 1;
            for (qsizetype i = s; i < e && caps; ++i)
                caps = !text[i].isLower();
            if (caps)
                t.flags |= AllCaps;
        }
        toks.push_back(t);
    }

    void closeQuote(qsizetype closeTok, qsizetype lastInside)
    {
        Quote q;
        q.open = openQuote;
        q.close = closeTok;
        const qsizetype endTok = closeTok >= 0 ? closeTok : lastInside;
        q.span = {toks[openQuote].start, toks[endTok].end};
        const qint32 qi = qint32(out.quotes.size());
        out.quotes.append(q);
        toks[openQuote].quote = qi;
        if (closeTok >= 0)
            toks[closeTok].quote = qi;
        for (qsizetype i = openQuote + 1; i <= lastInside; ++i) {
            toks[i].flags |= InQuote;
            toks[i].quote = qi;
        }
        openQuote = -1;
    }

    void endParagraph()
    {
        if (openQuote >= 0) // a quotation running on into the next paragraph ends here for us
            closeQuote(-1, qsizetype(toks.size()) - 1);
        ++paragraph;
        paraStart = true;
    }

    void quoteMark(qsizetype s, qsizetype e, bool opening)
    {
        if (opening) {
            if (openQuote >= 0) // unbalanced: “a “b — the first one stops here
                closeQuote(-1, qsizetype(toks.size()) - 1);
            push(s, e, TokKind::OpenQuote);
            openQuote = qsizetype(toks.size()) - 1;
        } else if (openQuote >= 0) {
            push(s, e, TokKind::CloseQuote);
            closeQuote(qsizetype(toks.size()) - 1, qsizetype(toks.size()) - 2);
        } else {
            push(s, e, TokKind::Other); // a stray closing mark
        }
    }

    // Whether the straight mark at [i, end) opens a quotation: after a space, a bracket
    // or a dash it does, unless a quotation is open and no word follows the mark — then
    // it closes it ("''I hate the term 'Manhattan poor,' '' she said").
    bool straightOpens(qsizetype i, qsizetype end) const
    {
        if (i == 0)
            return true;
        const QChar p = text[i - 1];
        const bool afterSpace = isSpaceChar(p);
        if (!(afterSpace || p == u'(' || p == u'[' || p == u'—' || p == u'–' || p == u'“' || p == u'/'))
            return false;
        return !(afterSpace && openQuote >= 0 && (end >= text.size() || !isWordChar(text[end])));
    }

    void run()
    {
        const qsizetype n = text.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = text[i];
            const char16_t u = c.unicode();
            if (u == u'\n') {
                endParagraph();
                ++i;
                while (i < n && isSpaceChar(text[i]))
                    ++i;
                continue;
            }
            if (isSpaceChar(c)) {
                ++i;
                continue;
            }
            if (isWordChar(c)) {
                qsizetype j = i + 1;
                const char16_t *raw = text.utf16();
                j = chars::endOfRun<chars::Letter | chars::Digit>(raw, j, n, n); // the common case, plain ASCII letters
                bool apostrophe = false; // inside the word: it may be a contraction
                while (j < n) {
                    const QChar d = text[j];
                    if (isWordChar(d)) {
                        ++j;
                    } else if ((d == u'\'' || d == u'’' || d == u'-' || d == u'.' || d == u'&') && j + 1 < n
                               && isWordChar(text[j + 1])) {
                        apostrophe = apostrophe || d == u'\'' || d == u'’';
                        j += 2;
                    } else {
                        break;
                    }
                }
                if (j < n && text[j] == u'.' && keepsPeriod(text.mid(i, j - i)))
                    ++j;
                else if (j + 1 < n && (text[j] == u'\'' || text[j] == u'’') && (text[j - 1] == u's' || text[j - 1] == u'S')
                         && !isWordChar(text[j + 1]) && text[j + 1] != u'\'')
                    ++j; // "Sanders' campaign": a plural possessive, not a quotation mark
                if (const qsizetype a = apostrophe && j - i <= 7 ? contractionSplit(text.mid(i, j - i)) : -1; a > 0) {
                    push(i, i + a, TokKind::Word);
                    push(i + a, j, TokKind::Word);
                    i = j;
                    continue;
                }
                push(i, j, TokKind::Word);
                i = j;
                continue;
            }
            switch (u) {
            case u',': push(i, i + 1, TokKind::Comma); break;
            case u'.': case u'!': case u'?': case u'…': push(i, i + 1, TokKind::Stop); break;
            case u':': push(i, i + 1, TokKind::Colon); break;
            case u';': push(i, i + 1, TokKind::Semicolon); break;
            case u'—': case u'–': case u'―': push(i, i + 1, TokKind::Dash); break;
            case u'(': case u')': case u'[': case u']': push(i, i + 1, TokKind::Paren); break;
            case u'“': case u'„': case u'«': quoteMark(i, i + 1, true); break;
            case u'”': case u'»': quoteMark(i, i + 1, false); break;
            case u'"': quoteMark(i, i + 1, straightOpens(i, i + 1)); break;
            case u'\'':
                // ''' closing a quotation inside a quotation ("''We are told, 'Kosovo is
                // a special case,''' he said"): the single mark, then the double that closes.
                if (i + 2 < n && text[i + 1] == u'\'' && text[i + 2] == u'\'' && openQuote >= 0) {
                    push(i, i + 1, TokKind::Other);
                    ++i;
                }
                if (i + 1 < n && text[i + 1] == u'\'') { // '' as a double quote (NYT style)
                    quoteMark(i, i + 2, straightOpens(i, i + 2));
                    i += 2;
                    continue;
                }
                push(i, i + 1, TokKind::Other);
                break;
            case u'-':
                if (i + 1 < n && text[i + 1] == u'-') {
                    push(i, i + 2, TokKind::Dash);
                    i += 2;
                    continue;
                }
                push(i, i + 1, (i > 0 && isSpaceChar(text[i - 1])) ? TokKind::Dash : TokKind::Other);
                break;
            case u'&':
                // "Cushman & Wakefield", "Procter & Gamble": an ampersand between names is
                // part of the name, as "and" between them is.
                push(i, i + 1, i + 2 < n && isSpaceChar(text[i + 1]) && text[i + 2].isUpper() ? TokKind::Word
                                                                                               : TokKind::Other);
                break;
            default:
                if (c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
                    push(i, i + 2, TokKind::Other);
                    i += 2;
                    continue;
                }
                push(i, i + 1, TokKind::Other);
            }
            ++i;
        }
        endParagraph();
    }
};

// A headline in title case capitalises every word of four letters or more; a
// sentence, however full of names, has some longer word in lower case.
bool isTitleCase(const Tokens &t, const Unit &u)
{
    // An acronym ("ISIS", "NATO") may stand among the capitalised words; a headline
    // all in capitals is not title case.
    int longer = 0;
    for (qsizetype i = u.first; i < u.last; ++i) {
        const Token &tok = t.toks[i];
        if (!tok.isWord() || tok.end - tok.start < 4)
            continue;
        if (!tok.has(Capitalised))
            return false;
        longer += tok.has(AllCaps) ? 0 : 1;
    }
    return longer >= 3;
}

void buildUnits(Tokens &t, const QList<Sentence> &sentences)
{
    const QList<Token> &toks = t.toks; // const: no detach check on every read
    const qsizetype n = toks.size();
    t.unitOf.resize(n);
    qint32 *unitOf = t.unitOf.data();
    qsizetype si = 0;
    qsizetype para = 0;
    Unit cur;
    cur.first = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const Token &tok = toks[i];
        bool sentenceBreak = false;
        while (si < sentences.size() && sentences[si].end <= tok.start) {
            ++si;
            sentenceBreak = true;
        }
        const bool newPara = i > 0 && tok.has(ParagraphStart);
        // Inside a quotation a sentence break does not end the unit.
        const bool insideQuote = tok.has(InQuote) || (tok.kind == TokKind::CloseQuote && tok.quote >= 0);
        if (i > 0 && (newPara || (sentenceBreak && !insideQuote))) {
            cur.last = i;
            cur.titleCase = isTitleCase(t, cur);
            t.units.append(cur);
            cur = Unit();
            cur.first = i;
        }
        if (newPara)
            ++para;
        cur.paragraph = para;
        unitOf[i] = qint32(t.units.size());
    }
    if (n > 0) {
        cur.last = n;
        cur.titleCase = isTitleCase(t, cur);
        t.units.append(cur);
    }
}

// The whole text through lowerUnit, eight units at a time while they are ASCII (nearly
// always), one at a time for a block that holds any other unit.
QString lowerText(QStringView text)
{
    const qsizetype n = text.size();
    QString out(n, Qt::Uninitialized);
    const char16_t *raw = text.utf16();
    char16_t *low = reinterpret_cast<char16_t *>(out.data());
    qsizetype i = 0;
    for (; n - i >= 8; i += 8) {
        if (!chars::lowerAsciiEight(raw + i, low + i)) {
            for (qsizetype k = i; k < i + 8; ++k)
                low[k] = lowerUnit(raw[k]);
        }
    }
    for (; i < n; ++i)
        low[i] = lowerUnit(raw[i]);
    return out;
}

// Sets each token's LexFlag bits, on the tokens a cue may sit on: words of 3 to
// 14 units (no flagged word is shorter or longer) outside quotations, in lower case or in a title-case headline.
void markLexicon(Tokens &t)
{
    const QStringView lower(t.lower);
    const qsizetype n = t.toks.size();
    Token *toks = t.toks.data();
    const Unit *units = t.units.constData();
    const qint32 *unitOf = t.unitOf.constData();
    for (qsizetype i = 0; i < n; ++i) {
        Token &tok = toks[i];
        if (!tok.isWord() || tok.end - tok.start > 14 || tok.end - tok.start < 3 || tok.has(InQuote)
            || (tok.has(Capitalised) && !units[unitOf[i]].titleCase))
            continue;
        tok.lex = lexFlagsOf(lower.sliced(tok.start, tok.end - tok.start));
    }
}

} // namespace

Tokens tokenize(QStringView text, const QList<Sentence> &sentences)
{
    Builder b;
    b.text = text;
    b.toks.reserve(size_t(text.size() / 5 + 8));
    b.run();
    b.out.toks = QList<Token>(b.toks.begin(), b.toks.end());
    b.out.lower = lowerText(text);
    buildUnits(b.out, sentences);
    markLexicon(b.out);
    return std::move(b.out);
}

std::shared_ptr<const Tokens> sharedTokens(QStringView text, const QList<Sentence> &sentences)
{
    struct Entry {
        const QChar *data = nullptr;
        qsizetype size = -1;
        size_t hash = 0;
        qsizetype sentenceCount = -1;
        qsizetype lastSentenceEnd = -1;
        std::shared_ptr<const Tokens> tokens;
    };
    thread_local Entry cache;
    const size_t h = qHash(text);
    const qsizetype lastEnd = sentences.isEmpty() ? -1 : sentences.last().end;
    if (cache.tokens && cache.data == text.data() && cache.size == text.size() && cache.hash == h
        && cache.sentenceCount == sentences.size() && cache.lastSentenceEnd == lastEnd)
        return cache.tokens;
    cache = Entry{text.data(), text.size(), h, sentences.size(), lastEnd,
                  std::make_shared<const Tokens>(tokenize(text, sentences))};
    return cache.tokens;
}

} // namespace factline::extract::attr
