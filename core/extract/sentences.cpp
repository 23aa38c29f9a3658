// SPDX-License-Identifier: MIT
#include "sentences.h"

#include <QSet>
#include <QString>

#include <algorithm>
#include <memory>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
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
    if (e == 0 || text[e - 1] != u'.')
        return false;
    if (brk >= text.size())
        return false;
    const QChar next = text[brk];
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
    // Creating a break iterator costs far more than using one: keep one per thread.
    thread_local std::unique_ptr<icu::BreakIterator> iterator = makeIterator();

    QList<qsizetype> breaks;
    if (iterator) {
        const icu::UnicodeString alias(false, reinterpret_cast<const UChar *>(text.utf16()),
                                       static_cast<int32_t>(text.size()));
        iterator->setText(alias);
        for (int32_t b = iterator->next(); b != icu::BreakIterator::DONE; b = iterator->next())
            breaks.append(b);
        iterator->setText(icu::UnicodeString()); // drop the alias before `text` can go away
    }
    if (breaks.isEmpty() || breaks.last() != text.size())
        breaks.append(text.size());

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
