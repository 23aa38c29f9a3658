// SPDX-License-Identifier: MIT
#pragma once

// What the attribution tests read back: the attributions found in a text, with their
// source, cue and content as the words of the text.

#include "extract/actors.h"
#include "extract/attribution.h"
#include "extract/sentences.h"

#include <QString>
#include <QStringList>

namespace factline::testing {

struct Found {
    QString text;
    QList<extract::Attribution> all;

    QString of(extract::TextSpan s) const { return s.isValid() ? text.mid(s.start, s.length()) : QString(); }
    // The content's pieces joined with " | ".
    QString content(qsizetype i) const
    {
        QStringList parts;
        for (const extract::TextSpan &s : all.at(i).content)
            parts << of(s);
        return parts.join(u" | ");
    }
    QString source(qsizetype i) const { return of(all.at(i).source); }
    QString cue(qsizetype i) const { return of(all.at(i).cue); }
    // The index of the attribution whose cue is `cue`, or -1.
    qsizetype withCue(const QString &cue) const
    {
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (of(all[i].cue) == cue)
                return i;
        }
        return -1;
    }
};

// The attributions of a text with their actors resolved, as the pipeline gives them.
inline QList<extract::Attribution> withActors(const QString &text)
{
    const QList<extract::Sentence> sentences = extract::splitSentences(text);
    QList<extract::Attribution> attributions = extract::findAttributions(text, sentences);
    extract::resolveActors(text, sentences, attributions);
    return attributions;
}

inline Found run(const QString &text, extract::AttributionOptions options = {})
{
    Found f;
    f.text = text;
    f.all = extract::findAttributions(text, extract::splitSentences(text), options);
    return f;
}

} // namespace factline::testing
