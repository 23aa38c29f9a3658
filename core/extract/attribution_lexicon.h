// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

namespace factline::extract::attr {

// What a cue word is, for the patterns in attribution.cpp. Lookups take a
// lower-cased word (see lowerInto) and never allocate.
enum class CueClass : quint8 {
    None,
    Speech,  // said, claims, warned: the complement is the content
    Tell,    // told, asked, assured: an object comes before the content
    Belief,  // thinks, fears, wants: inner states, which PolNeAR counts as well
    Finding, // polls show, the report found
    Seem,    // "the field appeared poised to narrow": no source, the subject is content
};

enum class CueForm : quint8 { Base, ThirdPerson, Past, Participle };

struct CueInfo {
    CueClass cls = CueClass::None;
    CueForm form = CueForm::Base;
    bool nounLike = false;   // "claim", "report", "call": also a noun, so a determiner before it rules it out
    bool particleRequired = false; // "talks" alone is a noun, "talks about" a cue
    char16_t particle[6] = {}; // a particle that joins the cue ("called for", "pointed out")
    bool isCue() const { return cls != CueClass::None; }
};

CueInfo lookupCue(QStringView lower);

// Small closed word classes the patterns need.
bool isAuxiliary(QStringView lower);     // has, had, will, would, is, did, ...
bool isCueAdverb(QStringView lower);     // also, later, previously, repeatedly, ...
bool isClauseWord(QStringView lower);    // that, and, but, because, when, where, ...
bool isDeterminer(QStringView lower);    // the, a, his, their, this, ...
bool isPreposition(QStringView lower);   // in, on, at, to, during, ...
bool isTimeWord(QStringView lower);      // Thursday, today, earlier, last, week, ...
bool isObjectWord(QStringView lower);    // reporters, me, him, them, supporters, ...
bool isRelativePronoun(QStringView lower); // who, which, that

} // namespace factline::extract::attr
