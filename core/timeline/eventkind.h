// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

namespace factline::timeline {

// What kind of happening an event is, read from its title's words, for the timeline's
// "by kind" lanes: the extractor stores no kind, and a title such as "Israel vowed to
// destroy Hamas" or "talks in Washington" says enough to sort events into a few lanes.
// Statements (dated claims) are a kind of their own.
enum class EventKind : quint8 { Violence, Diplomacy, Humanitarian, Politics, Other, Statement };
inline constexpr int EventKindCount = int(EventKind::Statement) + 1;

EventKind eventKindOf(QStringView title);
QString eventKindName(EventKind kind);  // "Fighting and attacks", translatable

} // namespace factline::timeline
