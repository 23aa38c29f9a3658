// SPDX-License-Identifier: MIT
#pragma once

#include "extract/sentences.h"
#include "extract/spans.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace factline::extract {

namespace attr {
struct Tokens;
}

// Who says what. All offsets are UTF-16 (see spans.h); they become code points only
// where results leave the extractor.
enum class QuoteKind { Direct, Indirect, Mixed };

// One attributed claim, flattened the way PolNeAR annotates: every character belongs
// to at most one attribution, so "X said Y, where officials say Z" gives two, and the
// first one's content stops before "officials".
struct Attribution {
    TextSpan source;         // invalid when there is none ("it was reported that", a quotation continued)
    TextSpan cue;            // invalid for a quotation continued from an earlier sentence
    QList<TextSpan> content; // one or more fragments, in text order
    QuoteKind kind = QuoteKind::Indirect;
    QString actor;           // canonical name the source resolves to; filled by resolveActors
    double confidence = 0.5;
};

struct AttributionOptions {
    // A quotation that goes on in the next sentence with no cue is appended to the
    // attribution before it as another content fragment when that one is a quotation
    // its cue interrupted (“…,” Blinken said. “…”), as PolNeAR annotates it; after a
    // paraphrase (Blinken said … . “…”) it is an attribution of its own with no source
    // and no cue, as both PolNeAR and the seed gold keep it. Set this to append it in
    // every case.
    bool mergeContinuedQuotes = false;
};

// Finds attributions in `text`, cut into `sentences` by splitSentences. Pure and
// thread-safe; linear in the length of the text. Attribution::actor stays empty
// until resolveActors (actors.h) fills it.
QList<Attribution> findAttributions(QStringView text, const QList<Sentence> &sentences,
                                    const AttributionOptions &options = {});
// The same on `tokens`, which attr::tokenize made of this text and its sentences: a
// pipeline tokenizes once for this and resolveActors.
QList<Attribution> findAttributions(QStringView text, const attr::Tokens &tokens,
                                    const AttributionOptions &options = {});

QString quoteKindName(QuoteKind kind);

} // namespace factline::extract
