// SPDX-License-Identifier: MIT
#pragma once

#include "extract/attribution.h"

namespace factline::extract {

enum class ActorKind { Person, Organisation, Government, Group, Anonymous, Unknown };

// A source as one entity across the document: "Prime Minister Benjamin Netanyahu",
// "Netanyahu" and "Israel's prime minister" are one Actor.
struct Actor {
    QString name;
    ActorKind kind = ActorKind::Unknown;
    QStringList aliases; // other surface forms seen, without the canonical name
};

// Resolves every attribution's source to an actor (pronouns to the earlier speaker,
// "the two countries" to "Russia and China", surnames and titled names to the full
// name, "officials" kept as an anonymous source), fills Attribution::actor and returns
// the actors in order of first appearance. A sourceless attribution (a quotation
// continued with no cue) takes the actor of the attribution before it.
QList<Actor> resolveActors(QStringView text, const QList<Sentence> &sentences, QList<Attribution> &attributions);
// The same on the tokens findAttributions was given (attr::tokenize of this text).
QList<Actor> resolveActors(QStringView text, const attr::Tokens &tokens, QList<Attribution> &attributions);

QString actorKindName(ActorKind kind);

} // namespace factline::extract
