// SPDX-License-Identifier: MIT
#include "extract/sentencescreen.h"

#include "extract/attribution_tokens.h"
#include "extract/charscan.h"
#include "extract/quantities.h"
#include "extract/timex_lexicon.h"

#include <algorithm>
#include <array>

namespace factline::extract {
namespace {

// For each length (up to 16) and first and last letter of a word of ASCII letters, the
// flags some word of that shape may set: most words have neither shape, and one look here
// turns them away.
class Shapes
{
public:
    Shapes()
    {
        for (qsizetype len = 1; len <= MaxLength; ++len) {
            for (char16_t first = u'a'; first <= u'z'; ++first) {
                for (char16_t last = u'a'; last <= u'z'; ++last) {
                    quint8 &f = m_flags[index(len, first, last)];
                    f = (timex::isHeadShape(len, first, last) ? SentenceScreen::MayHoldTimex : 0)
                        | (detail::isNumberShape(len, first, last) ? SentenceScreen::MayHoldQuantity : 0);
                }
            }
        }
    }

    // The flags a word of `len` ASCII letters at `p` may set.
    quint8 of(const char16_t *p, qsizetype len) const
    {
        return len <= MaxLength ? m_flags[index(len, p[0] | 0x20, p[len - 1] | 0x20)] : 0;
    }

private:
    static constexpr qsizetype MaxLength = 16; // no head or number word is longer
    static std::size_t index(qsizetype len, char16_t first, char16_t last)
    {
        return std::size_t(len) * 676 + std::size_t(first - u'a') * 26 + std::size_t(last - u'a');
    }
    std::array<quint8, (MaxLength + 1) * 676> m_flags{};
};

// The flags of [start, end) from its words. A word of ASCII letters is one word of the timex
// tokenizer and of the quantity finder (or, there, part of one with an apostrophe next to
// it, which names no number); a word with digits, joiners ("twenty-five") or other letters
// is read by the stages' own character scans.
quint8 screenRange(QStringView text, attr::WordCursor &words, qsizetype start, qsizetype end)
{
    static const Shapes shapes;
    constexpr quint8 both = SentenceScreen::MayHoldTimex | SentenceScreen::MayHoldQuantity;
    const char16_t *p = text.utf16();
    quint8 found = 0;
    words.anyWordIn(start, end, [&](qsizetype from, qsizetype to) {
        const qsizetype len = to - from;
        if (chars::allLetters(p, from, to, text.size())) {
            const quint8 may = shapes.of(p + from, len) & ~found;
            if ((may & SentenceScreen::MayHoldTimex) && timex::isHeadWord(p + from, len))
                found |= SentenceScreen::MayHoldTimex;
            if ((may & SentenceScreen::MayHoldQuantity) && detail::namesNumber(p + from, len))
                found |= SentenceScreen::MayHoldQuantity;
        } else {
            if (!(found & SentenceScreen::MayHoldTimex) && timex::mayHoldTimex(text, from, to))
                found |= SentenceScreen::MayHoldTimex;
            if (!(found & SentenceScreen::MayHoldQuantity) && detail::mayHoldQuantity(text, from, to))
                found |= SentenceScreen::MayHoldQuantity;
        }
        return found == both;
    });
    return found;
}

} // namespace

SentenceScreen screenSentences(QStringView text, const QList<Sentence> &sentences, const attr::Tokens &tokens)
{
    constexpr quint8 both = SentenceScreen::MayHoldTimex | SentenceScreen::MayHoldQuantity;
    SentenceScreen screen;
    screen.flags.resize(std::size_t(sentences.size()), both);
    attr::WordCursor words(tokens);
    qsizetype covered = 0; // as findTimexes clamps sentences
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        const Sentence &s = sentences[i];
        const qsizetype start = std::max(s.start, covered);
        const qsizetype end = std::min(s.end, text.size());
        if (end <= start)
            continue;
        // A sentence clamped (not as splitSentences makes them) is let through: each stage
        // reads it as it would without a screen.
        if (start == s.start && end == s.end)
            screen.flags[std::size_t(i)] = screenRange(text, words, start, end);
        covered = end;
    }
    return screen;
}

} // namespace factline::extract
