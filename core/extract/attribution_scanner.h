// SPDX-License-Identifier: MIT
#pragma once

#include "extract/attribution.h"
#include "extract/attribution_lexicon.h"
#include "extract/attribution_tokens.h"

namespace factline::extract::attr {

// A token range [first, last); empty when first >= last.
struct Range {
    qsizetype first = -1;
    qsizetype last = -1;
    bool empty() const { return first < 0 || last <= first; }
};

// An attribution while it is being built, in token indices.
struct Draft {
    Range source;
    Range cue;
    QList<Range> content;
    qsizetype unit = -1;
    double confidence = 0.5;
    CueClass cls = CueClass::None;
    bool dropped = false;
    bool noun = false; // the cue is a noun ("his claim that")
    bool coordinated = false; // shares the subject of the cue before it ("criticized A, called B")
    // "Ruiz was asked whether …": the subject stays for the flattening and for a verb
    // coordinated after it, but the attribution has no source.
    bool passiveAsked = false;
    CueForm form = CueForm::Base;
};

struct CueHit {
    Range cue;          // including auxiliaries, adverbs and a particle ("has also called for")
    qsizetype head = 0; // the cue verb itself
    CueInfo info;
};

// Finds attributions unit by unit, then flattens nested ones so that each token has
// one role. Every scan is bounded by the unit it starts in, and the left and right
// look-arounds by a few dozen tokens, so the whole pass stays linear.
class Scanner {
public:
    Scanner(QStringView text, const Tokens &tokens, const AttributionOptions &options);
    QList<Attribution> run();

private:
    // tokens
    QStringView word(qsizetype i) const;
    bool percentSign(qsizetype i) const;
    QStringView lower(qsizetype i) const; // a view into Tokens::lower, empty past 24 units
    bool lowerIs(qsizetype i, QStringView w) const;
    bool isWordAt(qsizetype i) const;
    bool isPronoun(qsizetype i) const;
    bool isStopPunct(qsizetype i) const;
    bool commaInsideQuote(qsizetype i) const;
    bool numberComma(qsizetype i) const;

    // cues (attribution_cues.cpp)
    bool findCue(qsizetype i, const Unit &u, CueHit &hit) const;
    bool cueContextOk(qsizetype head, const CueInfo &info, const Unit &u) const;
    Range extendCueLeft(qsizetype head, const Unit &u) const;
    bool pluralHeadWithModifier(qsizetype p, const Unit &u) const;
    qsizetype catenativeBefore(qsizetype to) const;
    bool lightVerbCue(qsizetype i, const Unit &u, CueHit &hit) const;
    bool putItCue(qsizetype i, const Unit &u, CueHit &hit) const;
    bool namesAThing(qsizetype i, const Unit &u) const;

    // patterns (attribution_patterns.cpp)
    void scanUnit(qsizetype ui);
    bool tryContentBefore(const CueHit &hit, const Unit &u, Draft &d);
    bool frontedAdverbial(qsizetype first, qsizetype last) const;
    qsizetype separatorBefore(const CueHit &hit, const Unit &u, qsizetype &contentFirst) const;
    qsizetype sourceAroundCue(const CueHit &hit, const Unit &u, qsizetype &sep, Draft &d) const;
    bool closesQuotation(qsizetype sep) const;
    qsizetype tailAfterQuotation(qsizetype from, const Unit &u) const;
    void continueAfterTail(qsizetype tail, const Unit &u, Draft &d);
    bool tryContentAfter(const CueHit &hit, const Unit &u, Draft &d);
    bool continuesSeries(const CueHit &hit, const Unit &u) const;
    bool hasPassiveAuxiliary(const CueHit &hit) const;
    bool startsWithAdverbial(Range r) const;
    bool opensWithCitation(qsizetype start, qsizetype end) const;
    bool tryParticiple(const CueHit &hit, const Unit &u, Draft &d);
    bool tryReducedRelative(const CueHit &hit, const Unit &u, Draft &d);
    qsizetype parentheticalEnd(qsizetype start, qsizetype end) const;
    Range parentheticalSubject(qsizetype comma, const Unit &u) const;
    bool tryPassiveBy(const CueHit &hit, const Unit &u, Draft &d);
    bool tryAccordingTo(qsizetype i, const Unit &u, Draft &d);
    bool tryAskedClause(qsizetype i, const Unit &u, Draft &d);
    bool tryDashSignature(qsizetype dash, const Unit &u, Draft &d);
    bool tryNounCue(qsizetype i, const Unit &u, Draft &d);
    bool tryStanceAdjective(qsizetype i, const Unit &u, Draft &d);
    bool tryReception(qsizetype i, const Unit &u, Draft &d);
    bool tryInPoll(qsizetype i, const Unit &u, Draft &d);
    bool tryFeelingCause(qsizetype i, const Unit &u, Draft &d);
    bool tryKnownAs(qsizetype i, const Unit &u, Draft &d);
    bool tryReportedly(qsizetype i, const Unit &u, Draft &d);
    bool tryColonHeadline(const Unit &u, Draft &d);
    bool tryInvertedCue(const Unit &u, Draft &d);
    qsizetype clauseStart(qsizetype before, const Unit &u, int maxTokens) const;
    Range leftSource(qsizetype cueFirst, const Unit &u) const;
    qsizetype participleQuoteComma(qsizetype close, const Unit &u) const;
    Range appositiveSource(qsizetype comma, const Unit &u) const;
    bool prepositionalSource(Range source) const;
    qsizetype parenOpenBefore(qsizetype k, qsizetype lo) const;
    Range unitSubject(const Unit &u) const;
    qsizetype tailEnd(qsizetype from, const Unit &u, CueClass cls, bool strict = false) const;
    qsizetype skipObject(qsizetype from, const Unit &u) const;
    qsizetype contentStartAfter(qsizetype from, const Unit &u, CueClass cls) const;
    qsizetype dashAsideEnd(qsizetype from, const Unit &u) const;
    qsizetype objectEnd(qsizetype start, qsizetype end) const;
    bool seemsToCite(qsizetype end, Draft &d) const;
    bool subjectWithRelative(qsizetype first, qsizetype last) const;
    bool passiveHeld(const CueHit &hit) const;
    bool thatTimePhrase(qsizetype i) const;
    qsizetype contentEnd(const Unit &u) const;
    qsizetype clauseEnd(qsizetype start, qsizetype end) const;
    bool thenCue(qsizetype k) const;
    bool singularNounSubject(qsizetype p, const Unit &u) const;
    bool namingCalled(qsizetype head, const Unit &u) const;
    bool sayingIdiom(qsizetype head, const Unit &u) const;
    bool backParticle(qsizetype head, const Unit &u) const;
    bool castWithoutAs(qsizetype head, const Unit &u) const;
    bool isIndefiniteArticle(qsizetype i) const;
    bool opensReportedClause(qsizetype i, const Unit &u) const;
    bool timePhraseAfterCoordinator(Range source, const CueHit &hit, const Unit &u) const;
    bool opensCitingClause(qsizetype s, qsizetype end) const;
    qsizetype sourceAfterEnd(qsizetype from, const Unit &u, bool quotedBefore) const;
    bool citesNothing(const CueHit &hit, const Draft &d) const;
    const Draft *lastDraftInUnit(qsizetype ui) const;
    const Draft *outerDraftInUnit(qsizetype ui) const;
    qsizetype afterEarlierClaim(qsizetype ui, qsizetype before) const;
    bool cueSays(Range cue) const;
    bool endEarlierClaimAtTail(qsizetype ui, qsizetype sep, qsizetype contentLast, qsizetype quoteOpen);

    // post-processing (attribution_flatten.cpp)
    void addContinuations();
    bool continuesInterruptedQuote(const Draft &before) const;
    qsizetype interruptedQuoteBefore(const QList<Draft> &drafts) const;
    void flatten();
    bool pollShare(const Draft &inner) const;
    QuoteKind kindOf(const QList<Range> &content) const;
    Range trimRange(Range r) const;
    QList<Attribution> output() const;

    QStringView m_text;
    const Tokens &m_t;
    AttributionOptions m_options;
    QList<Draft> m_drafts;
    QList<qsizetype> m_unitDrafts; // unit index -> index of its first draft, or -1
    qsizetype m_unitCursor = 0;    // where content before a cue may start: after the last "Y, X said"
};

} // namespace factline::extract::attr
