// SPDX-License-Identifier: MIT
#include "events.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <utility>
#include <vector>

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
    // Most words are turned away by their length and first letter. A word that opens with
    // a letter beyond ASCII is compared in full: Qt folds some of those to ASCII ones.
    static const std::array<quint32, 9> firstLetters = [] {
        std::array<quint32, 9> t{};
        for (const QStringView o : openers)
            t[std::size_t(o.size())] |= 1u << (o.front().unicode() - u'a');
        return t;
    }();
    const char16_t first = w.front().unicode();
    if (first < 0x80) {
        const char16_t lower = char16_t(first | 0x20);
        if (lower < u'a' || lower > u'z' || !(firstLetters[std::size_t(w.size())] & (1u << (lower - u'a'))))
            return false;
    }
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

// Writes `words` at `out` as QString::simplified() gives them (no white space at either
// end, one space for each run of it inside); returns the end of what it wrote.
QChar *writeSimplified(QChar *out, QStringView words)
{
    bool gap = false;
    bool any = false;
    for (const QChar c : words) {
        if (c.isSpace()) {
            gap = any;
            continue;
        }
        if (gap)
            *out++ = u' ';
        *out++ = c;
        gap = false;
        any = true;
    }
    return out;
}

// The anchor's words without the date and without a dangling preposition, cut short.
QString titleFrom(QStringView text, TextSpan anchor, TextSpan date)
{
    // The words before the date, then those after it, written into one string.
    const QStringView beforeDate = text.mid(anchor.start, date.start - anchor.start);
    const QStringView afterDate = text.mid(date.end, anchor.end - date.end);
    QString title(beforeDate.size() + 1 + afterDate.size(), Qt::Uninitialized);
    QChar *const first = title.data();
    qsizetype beforeSize = writeSimplified(first, beforeDate) - first;
    static const QStringView dangling[] = {u" on", u" in", u" during", u" since", u" by", u" at",
                                           u" from", u" until", u" of", u" the", u" this"};
    for (const QStringView d : dangling) {
        if (beforeSize >= d.size() && sameWordFolded(d, QStringView(first + beforeSize - d.size(), d.size())))
            beforeSize -= d.size();
    }
    // Both halves are simplified (a chopped " on" leaves none of its space), so joining
    // them with one space, or taking the one that is not empty, is their simplified join.
    QChar *const afterStart = first + beforeSize + (beforeSize > 0 ? 1 : 0);
    QChar *const end = writeSimplified(afterStart, afterDate);
    if (end == afterStart) {
        title.truncate(beforeSize); // nothing after the date
    } else {
        if (beforeSize > 0)
            first[beforeSize] = u' ';
        title.truncate(end - first);
    }
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
int statementOf(const QList<Attribution> &attributions, std::span<const int> candidates, TextSpan date)
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

// The attributions whose cue is in each sentence, in the order of the attributions.
class CuesBySentence
{
public:
    CuesBySentence(const QList<Sentence> &sentences, const QList<Attribution> &attributions)
    {
        std::vector<std::pair<int, int>> cues; // (sentence, attribution)
        for (int i = 0; i < attributions.size(); ++i) {
            if (attributions[i].cue.isValid())
                cues.emplace_back(sentenceAt(sentences, attributions[i].cue.start), i);
        }
        std::sort(cues.begin(), cues.end());
        m_sentence.reserve(cues.size());
        m_attribution.reserve(cues.size());
        for (const auto &[sentence, attribution] : cues) {
            m_sentence.push_back(sentence);
            m_attribution.push_back(attribution);
        }
    }
    std::span<const int> in(int sentence) const
    {
        const auto [first, last] = std::equal_range(m_sentence.cbegin(), m_sentence.cend(), sentence);
        return {m_attribution.data() + (first - m_sentence.cbegin()), std::size_t(last - first)};
    }

private:
    std::vector<int> m_sentence;    // sorted
    std::vector<int> m_attribution; // … and the attribution of each
};

// Each named actor under every capitalised word of its names ("Blinken", "Antony"), the
// words viewed in the actors' own names, which outlive it: sorted pairs (word, actor),
// so that a word's actors are found in one search, in the order of the actors.
class ActorsByWord
{
public:
    explicit ActorsByWord(const QList<Actor> &actors)
    {
        for (int ai = 0; ai < actors.size(); ++ai) {
            if (actors[ai].kind == ActorKind::Anonymous)
                continue;
            for (const QString &alias : actors[ai].aliases)
                index(ai, alias);
            index(ai, actors[ai].name);
        }
        std::sort(m_entries.begin(), m_entries.end(), [](const Entry &x, const Entry &y) {
            const int byWord = order(x.first, y.first);
            return byWord != 0 ? byWord < 0 : x.second < y.second;
        });
        m_entries.erase(std::unique(m_entries.begin(), m_entries.end()), m_entries.end());
    }
    template <typename F>
    void forEachNamedBy(QStringView word, F &&f) const
    {
        auto first = std::lower_bound(m_entries.cbegin(), m_entries.cend(), word,
                                      [](const Entry &e, QStringView w) { return order(e.first, w) < 0; });
        for (; first != m_entries.cend() && order(first->first, word) == 0; ++first)
            f(first->second);
    }

private:
    using Entry = std::pair<QStringView, int>;
    // Any order that puts equal words together will do: by length, then unit by unit.
    static int order(QStringView x, QStringView y)
    {
        if (x.size() != y.size())
            return x.size() < y.size() ? -1 : 1;
        return std::char_traits<char16_t>::compare(x.utf16(), y.utf16(), std::size_t(x.size()));
    }
    void index(int ai, QStringView name)
    {
        for (qsizetype i = 0; i < name.size();) {
            qsizetype j = name.indexOf(u' ', i);
            if (j < 0)
                j = name.size();
            const QStringView w = name.mid(i, j - i);
            if (w.size() > 2 && w.front().isUpper())
                m_entries.emplace_back(w, ai);
            i = j + 1;
        }
    }
    std::vector<Entry> m_entries;
};

} // namespace

QList<Event> findEvents(QStringView text, const QList<Sentence> &sentences, const QList<Timex> &timexes,
                        const QList<Attribution> &attributions, const QList<Actor> &actors)
{
    QList<Event> events;
    const CuesBySentence cuesBySentence(sentences, attributions);
    QHash<QString, QList<qsizetype>> eventsByValue;
    const ActorsByWord actorsByWord(actors);
    // The timex whose event last asked whether an actor is named in its anchor: an actor
    // under several words of an anchor ("Antony", "Blinken") is looked for once.
    std::vector<int> triedFor(std::size_t(actors.size()), -1);
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
        e.attribution = statementOf(attributions, cuesBySentence.in(si), t.span);
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
                actorsByWord.forEachNamedBy(anchorText.mid(i, j - i), [&](int ai) {
                    const Actor &actor = actors[ai];
                    if (std::exchange(triedFor[std::size_t(ai)], ti) == ti || e.actors.contains(actor.name))
                        return;
                    bool named = anchorText.contains(actor.name);
                    for (const QString &alias : actor.aliases)
                        named = named || (alias.size() > 3 && anchorText.contains(alias));
                    if (named)
                        e.actors.append(actor.name);
                });
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
