// SPDX-License-Identifier: MIT
#pragma once

#include "extract/sentences.h"

#include <QList>
#include <QStringView>

#include <vector>

namespace factline::extract {

namespace attr {
struct Tokens;
}

// Which sentences of a text may hold a temporal expression or a quantity, found in one pass
// over the words of the attribution tokens, before either stage runs. Most sentences hold
// neither; the stages skip them without reading their characters, which each would
// otherwise do on its own. It may say yes where there is nothing, never no where there is
// something (the stages' own tests, timex::mayHoldTimex and mayHoldQuantity, say the same).
struct SentenceScreen {
    enum Flag : quint8 { MayHoldTimex = 1, MayHoldQuantity = 2 };
    std::vector<quint8> flags; // per sentence

    // Whether it has a flag for each of `sentences`; the stages read every sentence otherwise.
    bool covers(const QList<Sentence> &sentences) const { return flags.size() == std::size_t(sentences.size()); }
    bool mayHoldTimex(qsizetype sentence) const { return flags[std::size_t(sentence)] & MayHoldTimex; }
    bool mayHoldQuantity(qsizetype sentence) const { return flags[std::size_t(sentence)] & MayHoldQuantity; }
};

// `tokens` are attr::tokenize(text, sentences). Sentences as splitSentences makes them (in
// order, apart, inside the text) are screened by their words; any other is let through.
SentenceScreen screenSentences(QStringView text, const QList<Sentence> &sentences, const attr::Tokens &tokens);

} // namespace factline::extract
