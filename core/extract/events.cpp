// SPDX-License-Identifier: MIT
#include "events.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace factline::extract {

using namespace Qt::StringLiterals;

namespace {

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0);
}

// Whether `w` is the lower-case ASCII word `o` in any case, as QStringView::compare with
// Qt::CaseInsensitive says: ASCII folded here, a word with other characters left to Qt
// (some fold to ASCII letters).
bool sameWordFolded(QStringView o, QStringView w)
{
    for (qsizetype i = 0; i < w.size(); ++i) {
        const char16_t c = w[i].unicode();
        if (c >= 0x80)
            return o.compare(w, Qt::CaseInsensitive) == 0;
        if (char16_t(c >= u'A' && c <= u'Z' ? c + 32 : c) != o[i].unicode())
            return false;
    }
    return true;
}

// Words that open a new clause: the anchor of an event stops before them.
bool isClauseOpener(QStringView w)
{
    static const QStringView openers[] = {u"as", u"which", u"while", u"but", u"and", u"who", u"where", u"when",
                                          u"after", u"before", u"because", u"although", u"though", u"despite",
                                          u"since", u"that"};
    if (w.size() < 2 || w.size() > 8)
        return false;
    for (const QStringView o : openers) {
        if (o.size() == w.size() && sameWordFolded(o, w))
            return true;
    }
    return false;
}

bool isClausePunctuation(QChar c)
{
    return c == u',' || c == u';' || c == u':' || c == QChar(0x2014) || c == QChar(0x2013) || c == u'(' || c == u')'
        || c == u'“' || c == u'”' || c == u'"';
}

QStringView wordAt(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype e = start;
    while (e < end && text[e].isLetter())
        ++e;
    return text.mid(start, e - start);
}

// The clause around [from, to) inside the sentence: out to the nearest clause punctuation
// or clause-opening word on each side.
TextSpan clauseAround(QStringView text, const Sentence &s, qsizetype from, qsizetype to)
{
    qsizetype start = from;
    while (start > s.start) {
        const QChar c = text[start - 1];
        if (isClausePunctuation(c))
            break;
        if (isSpace(c) && start < from && isClauseOpener(wordAt(text, start, s.end)) && start != s.start)
            break;
        --start;
    }
    qsizetype end = to;
    while (end < s.end) {
        const QChar c = text[end];
        if (isClausePunctuation(c) || (c == u'.' && end + 1 >= s.end))
            break;
        if (isSpace(c) && isClauseOpener(wordAt(text, end + 1, s.end)))
            break;
        ++end;
    }
    while (start < end && isSpace(text[start]))
        ++start;
    while (end > start && isSpace(text[end - 1]))
        --end;
    return {start, end};
}

// Cuts `words` (simplified: one space between words, none at either end) after its first
// `max` words, marking the cut with an ellipsis.
void cutWords(QString &words, int max)
{
    qsizetype spaces = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words[i] == u' ' && ++spaces == max) {
            words.truncate(i);
            words.append(QChar(0x2026));
            return;
        }
    }
}

// The anchor's words without the date and without a dangling preposition, cut short.
QString titleFrom(QStringView text, TextSpan anchor, TextSpan date)
{
    QString before = text.mid(anchor.start, date.start - anchor.start).toString().simplified();
    QString after = text.mid(date.end, anchor.end - date.end).toString().simplified();
    static const QStringList dangling = {u" on"_s, u" in"_s, u" during"_s, u" since"_s, u" by"_s, u" at"_s,
                                         u" from"_s, u" until"_s, u" of"_s, u" the"_s, u" this"_s};
    for (const QString &d : dangling) {
        if (before.endsWith(d, Qt::CaseInsensitive))
            before.chop(d.size());
    }
    // Both halves are simplified (a chopped " on" leaves none of its space), so joining
    // them with one space, or taking the one that is not empty, is their simplified join.
    QString title = before.isEmpty() ? after : after.isEmpty() ? before : before + u' ' + after;
    // "which Hamas ousted from Gaza" → "Hamas ousted from Gaza": the opener belongs to the sentence.
    const qsizetype firstSpace = title.indexOf(u' ');
    if (firstSpace > 0 && isClauseOpener(QStringView(title).left(firstSpace)))
        title.remove(0, firstSpace + 1);
    if (title.isEmpty())
        title = text.mid(anchor.start, anchor.length()).toString().simplified();
    constexpr int MaxWords = 12;
    cutWords(title, MaxWords);
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

QSet<QString> significantWords(QStringView text, TextSpan span, TextSpan date)
{
    QSet<QString> out;
    qsizetype i = span.start;
    while (i < span.end) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < span.end && text[j].isLetter())
            ++j;
        if (j - i >= 5 && !date.contains(i))
            out.insert(text.mid(i, j - i).toString().toLower());
        i = j;
    }
    return out;
}

// The attribution whose cue the date belongs to ("said Friday", "on Thursday told"), if any;
// `candidates` are the attributions whose cue is in the date's sentence.
int statementOf(const QList<Attribution> &attributions, const QList<int> &candidates, TextSpan date)
{
    for (const int i : candidates) {
        const Attribution &a = attributions[i];
        if (!a.cue.isValid())
            continue;
        bool inContent = false;
        for (const TextSpan &c : a.content)
            inContent = inContent || c.overlaps(date);
        if (inContent)
            continue;
        const qsizetype gap = date.start >= a.cue.end ? date.start - a.cue.end : a.cue.start - date.end;
        if (gap >= 0 && gap <= 4)
            return i;
    }
    return -1;
}

// The first paragraph of an article with several is its headline (and standfirst).
qsizetype headlineEnd(QStringView text)
{
    const qsizetype blank = text.indexOf(u"\n\n");
    return blank > 0 && blank < 400 && text.size() > 3 * blank ? blank : 0;
}

} // namespace

QList<Event> findEvents(QStringView text, const QList<Sentence> &sentences, const QList<Timex> &timexes,
                        const QList<Attribution> &attributions, const QList<Actor> &actors)
{
    QList<Event> events;
    QHash<int, QList<int>> cuesBySentence;
    for (int i = 0; i < attributions.size(); ++i) {
        if (attributions[i].cue.isValid())
            cuesBySentence[sentenceAt(sentences, attributions[i].cue.start)].append(i);
    }
    QHash<QString, QList<qsizetype>> eventsByValue;
    // Each named actor under every capitalised word of its names ("Blinken", "Antony"),
    // the words viewed in the actors' own names, which outlive this function.
    QHash<QStringView, QList<int>> actorsByWord;
    auto index = [&](int ai, QStringView name) {
        for (qsizetype i = 0; i < name.size();) {
            qsizetype j = name.indexOf(u' ', i);
            if (j < 0)
                j = name.size();
            const QStringView w = name.mid(i, j - i);
            if (w.size() > 2 && w.front().isUpper()) {
                QList<int> &named = actorsByWord[w]; // one lookup; an actor's words repeat
                if (!named.contains(ai))
                    named.append(ai);
            }
            i = j + 1;
        }
    };
    for (int ai = 0; ai < actors.size(); ++ai) {
        if (actors[ai].kind == ActorKind::Anonymous)
            continue;
        for (const QString &alias : actors[ai].aliases)
            index(ai, alias);
        index(ai, actors[ai].name);
    }
    // The significant words of each event's anchor, found when a comparison first needs them.
    QList<std::optional<QSet<QString>>> words;
    auto wordsOf = [&](qsizetype k) -> const QSet<QString> & {
        if (!words[k])
            words[k] = significantWords(text, events[k].anchor, timexes[events[k].timex].span);
        return *words[k];
    };
    QList<bool> inHeadline;
    const qsizetype headline = headlineEnd(text);
    for (int ti = 0; ti < timexes.size(); ++ti) {
        const Timex &t = timexes[ti];
        if ((t.type != TimexType::Date && t.type != TimexType::Time) || !t.resolved)
            continue;
        const DateRange range = calendarRange(t.value);
        if (!range.isValid())
            continue;
        const int si = sentenceAt(sentences, t.span.start);
        if (si < 0)
            continue;
        Event e;
        e.dateValue = t.value;
        e.range = range;
        e.timex = ti;
        e.attribution = statementOf(attributions, cuesBySentence.value(si), t.span);
        if (e.attribution >= 0) {
            const Attribution &a = attributions[e.attribution];
            const qsizetype start = a.source.isValid() ? std::min(a.source.start, a.cue.start) : a.cue.start;
            e.anchor = {std::min(start, t.span.start), std::max(a.cue.end, t.span.end)};
            const QString who = a.actor.isEmpty() ? text.mid(a.source.start, a.source.length()).toString() : a.actor;
            const TextSpan said = a.content.isEmpty() ? TextSpan{} : a.content.first();
            QString what = said.isValid() ? text.mid(said.start, said.length()).toString().simplified() : QString();
            if (what.startsWith(u"that "_s))
                what.remove(0, 5); // the complementizer is the cue's, not the claim's
            cutWords(what, 10);
            e.title = what.isEmpty() ? who + u" makes a statement"_s : who + u": "_s + what;
            if (!a.actor.isEmpty())
                e.actors.append(a.actor);
            e.confidence = 0.7;
        } else {
            e.anchor = clauseAround(text, sentences[si], t.span.start, t.span.end);
            e.title = titleFrom(text, e.anchor, t.span);
            e.confidence = 0.5;
        }
        const QStringView anchorText = text.mid(e.anchor.start, e.anchor.length());
        // Actors named in the anchor: look up its capitalised words in the index of names,
        // then check the whole name; linear in the anchor, whatever the number of actors.
        for (qsizetype i = 0; i < anchorText.size();) {
            if (!anchorText[i].isLetter()) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < anchorText.size() && anchorText[j].isLetter())
                ++j;
            if (anchorText[i].isUpper()) {
                const auto found = actorsByWord.constFind(anchorText.mid(i, j - i));
                for (const int ai : found == actorsByWord.cend() ? QList<int>() : *found) {
                    const Actor &actor = actors[ai];
                    if (e.actors.contains(actor.name))
                        continue;
                    bool named = anchorText.contains(actor.name);
                    for (const QString &alias : actor.aliases)
                        named = named || (alias.size() > 3 && anchorText.contains(alias));
                    if (named)
                        e.actors.append(actor.name);
                }
            }
            i = j;
        }
        // One happening mentioned twice becomes one event: the same value, and either a
        // coarse date (a week, a month) or a shared word ("the Oct. 7 attack").
        std::optional<QSet<QString>> mine;
        auto myWords = [&]() -> const QSet<QString> & {
            if (!mine)
                mine = significantWords(text, e.anchor, t.span);
            return *mine;
        };
        const bool headlineMention = e.anchor.start < headline;
        bool merged = false;
        const auto sameFound = eventsByValue.constFind(e.dateValue); // not changed in the loop
        const QList<qsizetype> sameValue = sameFound == eventsByValue.cend() ? QList<qsizetype>() : *sameFound;
        for (const qsizetype k : sameValue) {
            if (merged || (events[k].attribution >= 0) != (e.attribution >= 0))
                continue;
            if (range.granularity != u"day"_s || wordsOf(k).intersects(myWords())) {
                merged = true;
                if (inHeadline[k] && !headlineMention) { // the body tells it better than the headline
                    events[k] = e;
                    words[k] = mine;
                    inHeadline[k] = false;
                }
            }
        }
        if (!merged) {
            eventsByValue[e.dateValue].append(events.size());
            events.append(e);
            words.append(mine);
            inHeadline.append(headlineMention);
        }
    }
    return events;
}

} // namespace factline::extract
