// SPDX-License-Identifier: MIT
#pragma once

#include "extract/actors.h"
#include "extract/attribution_lexicon.h"
#include "extract/attribution_tokens.h"

#include <QHash>

namespace factline::extract::attr {

struct Resolved {
    QString name;
    ActorKind kind = ActorKind::Unknown;
    QStringList aliases; // fuller forms seen elsewhere ("U.S. Secretary of State Antony Blinken")
};

// The names a document mentions, in text order, and what a source span refers to.
// Built in one pass over the tokens: capitalised runs become person names (with
// their titles split off), "A and B" pairs, and a title -> name map; a source is
// then resolved against the mentions before it.
class MentionIndex {
public:
    MentionIndex(QStringView text, const Tokens &tokens);
    Resolved resolve(TextSpan source) const;
    // Records a resolved source so that a later "he" or "they" can point back to it.
    void noteActor(qsizetype pos, const QString &name, ActorKind kind);

private:
    struct Mention {
        qsizetype pos = 0;
        QString name;
        ActorKind kind = ActorKind::Unknown;
    };
    struct Run {
        qsizetype first = 0; // token indices [first, last)
        qsizetype last = 0;
    };

    void scan();
    void addRun(Run run);
    void addPair(qsizetype pos, const QString &pair);
    QString tokenText(qsizetype first, qsizetype last) const;
    QStringView tokenView(qsizetype i) const;
    Run stripTitles(Run run, QString *title) const;
    Resolved resolveRun(Run run, qsizetype pos) const;
    Resolved resolveWords(qsizetype first, qsizetype last, qsizetype pos) const;
    Resolved resolvePronoun(QStringView lower, qsizetype pos) const;
    Resolved resolveRelative(qsizetype tok) const;
    Resolved resolveDescription(qsizetype first, qsizetype last) const;
    Resolved resolveNamed(qsizetype first, qsizetype last, qsizetype pos) const;
    const Mention *lastBefore(const QList<Mention> &list, qsizetype pos) const;
    const Mention *lastBefore(const QList<Mention> &a, const QList<Mention> &b, qsizetype pos) const;
    qsizetype tokenAt(qsizetype pos) const;

    QStringView m_text;
    const Tokens &m_t;
    QList<Mention> m_persons; // sorted by position
    QList<Mention> m_notedPersons; // resolved sources, appended in text order (kept apart so that noting stays O(1))
    QList<Mention> m_notedPlurals;
    QList<Mention> m_plurals; // groups, governments, organisations, anonymous sources
    QList<Mention> m_pairs;   // "Russia and China"
    ViewTable<QString> m_bySurname;           // "Netanyahu" -> "Benjamin Netanyahu" (keys view the text)
    QHash<QStringView, QString> m_byTitle;    // "prime minister" -> "Benjamin Netanyahu" (keys view m_titles)
    QList<QString> m_titles;                  // owns the titles m_byTitle's keys view
    qsizetype m_longestTitle = 0;
    QHash<QString, QStringList> m_titledForms; // "Antony Blinken" -> {"U.S. Secretary of State Antony Blinken"}
};

ActorKind kindOfName(QStringView name);
QString withoutPossessive(QString s); // "Netanyahu’s" -> "Netanyahu"
QStringView canonicalCountry(QStringView name); // "U.S." -> "United States"; empty when not a country

} // namespace factline::extract::attr
