// SPDX-License-Identifier: MIT
#pragma once

#include "store/project.h"

#include <memory>

namespace factline::test {

// The small project the annotation, report and export tests share: two articles from two
// outlets, five claims from three sources, three events, one dispute, and annotations of
// every kind. Built through the store's own API, so it changes only when this file does.
//
// Article 1 (Wire, 2024-03-22) and article 2 (Daily 😀, 2024-03-24, whose text begins with
// an emoji so that code-point and UTF-16 offsets differ).
struct SmallProject {
    std::unique_ptr<Project> project;
    qint64 wire = 0;
    qint64 daily = 0;
    qint64 tollClaim = 0;      // health officials: 32,070 killed (True, note, evidence, tags)
    qint64 militantsClaim = 0; // Israel: a third are militants (Disputed)
    qint64 talksClaim = 0;     // Israel: talks on Rafah (Mostly true)
    qint64 dailyTollClaim = 0; // health officials in article 2 (False)
    qint64 plainClaim = 0;     // not annotated
    qint64 talksEvent = 0;
    qint64 dispute = 0;
};

// Builds it in a new file at `path`.
SmallProject buildSmallProject(const QString &path);

// A claim on the words `content` of `text` (the first occurrence), said by `source`.
ClaimRecord claimOn(const QString &text, qint64 documentId, const QString &source, const QString &cue,
                    const QString &content);

} // namespace factline::test
