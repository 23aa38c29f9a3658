// SPDX-License-Identifier: MIT
#include "disputes.h"

#include "disputes_signals.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <span>

namespace factline::extract {

using namespace Qt::StringLiterals;
using disputes::ClaimSignals;

namespace {

// The weights of the signals, in units of "one shared word used by a few claims"
// (a shared term scores its inverse frequency, about 2–3 for a rare word).
constexpr double ContextWeight = 0.5;  // a word from the claim's sentence, not its own words
constexpr double SameSubject = 1.0;
constexpr double Contrast = 3.0;
constexpr double DifferentNumbers = 1.5;
constexpr double OppositePolarity = 0.8;
constexpr double CompetingMeans = 1.2;
constexpr double Nearby = 1.0;  // within two sentences: news puts the answers to one question together
constexpr double Threshold = 2.2;

// A link between claims a < b, with what its reasons will say (Linker::addReasons); most
// links are never shown, so their reasons are only spelled out when a group takes them.
struct Link {
    int a = 0;
    int b = 0;
    double score = 0;
    std::array<int, 4> sharedTerms{}; // the first shared term ids, the words the reasons name
    int sharedCount = 0;
    int numberA = -1;                 // the numbers of one kind that differ: indices into
    int numberB = -1;                 // claim a's and b's numbers
    bool sameSubject = false;
    bool contrast = false;
    bool polarity = false;
    bool means = false;
    int reasonCount() const
    {
        return (sharedCount > 0) + sameSubject + contrast + (numberA >= 0) + polarity + means;
    }
};

// A group's reasons as its links add them: each line once, in the order first given,
// except that the words two claims share are gathered into one "both speak of" line (at
// most six words), kept as words and spelled out once, when the group is done.
class GroupReasons
{
public:
    void add(const QString &line);
    // Views into the text or the vocabulary: valid until lines() is called, as no word is
    // read while claims are grouped.
    void addSharedWords(std::span<const QStringView> words);
    QStringList lines() const;

private:
    QStringList m_lines;
    qsizetype m_sharedLine = -1; // where the shared words' line goes in m_lines
    std::vector<QStringView> m_shared;
};

class Linker
{
public:
    // Terms become small numbers once, sorted per claim, so that comparing two claims is a
    // look-up per term rather than hashing strings: an article has n² pairs.
    Linker(disputes::TextWords &words, const QList<Sentence> &sentences, const QList<ClaimSignals> &claims)
        : m_words(words), m_sentences(sentences), m_claims(claims)
    {
        auto addIds = [this](const QList<disputes::ClaimTerm> &terms) {
            const std::size_t first = m_ids.size();
            for (const disputes::ClaimTerm &t : terms) {
                int &id = m_words.scratch(disputes::TextWords::LinkScratch, t.stem);
                if (id < 0) {
                    id = int(m_stems.size());
                    m_stems.push_back(t.stem);
                }
                m_ids.push_back(id);
            }
            std::sort(m_ids.begin() + std::ptrdiff_t(first), m_ids.end());
            m_idsEnd.push_back(m_ids.size());
        };
        std::size_t allTerms = 0;
        for (const ClaimSignals &c : claims)
            allTerms += std::size_t(c.terms.size() + c.context.size());
        m_ids.reserve(allTerms);
        m_idsEnd.reserve(2 * std::size_t(claims.size()) + 1);
        m_idsEnd.push_back(0);
        for (const ClaimSignals &c : claims) {
            addIds(c.terms);
            addIds(c.context);
        }
        // How rare a term is among the claims: shared rare terms say more than common ones.
        m_frequency.assign(m_stems.size(), 0);
        forEachUse([this](int t, int) { ++m_frequency[size_t(t)]; });
        // Which claims use each term, in order: term t's are m_users[m_usersStart[t] …].
        m_usersStart.assign(m_stems.size() + 1, 0);
        for (size_t t = 0; t < m_stems.size(); ++t)
            m_usersStart[t + 1] = m_usersStart[t] + m_frequency[t];
        m_users.resize(size_t(m_usersStart.back()));
        std::vector<int> filled(m_usersStart.cbegin(), m_usersStart.cend() - 1);
        forEachUse([&](int t, int c) { m_users[size_t(filled[size_t(t)]++)] = c; });
        // A term most claims use ("Gaza" in an article about Gaza) says little about which
        // claims belong together: beyond one claim in eight it counts half. A short text is
        // weighed as if it had a dozen claims, so that two claims sharing a word in a
        // two-claim text are not "common" by arithmetic alone.
        const double n = std::max<double>(12, claims.size());
        std::vector<double> idfOfCount(claims.size() + 1, -1); // a term's weight depends only on its count
        m_idf.resize(m_stems.size());
        for (size_t t = 0; t < m_stems.size(); ++t) {
            const int df = std::max(1, m_frequency[t]);
            double &idf = idfOfCount[size_t(df)];
            if (idf < 0) {
                const double w = std::log(1.0 + n / df);
                idf = df >= 3 && 8 * df > n ? w / 2 : w;
            }
            m_idf[t] = idf;
        }
        m_ownMark.assign(m_stems.size(), -1);
        m_contextMark.assign(m_stems.size(), -1);
        m_sharesWith.assign(size_t(claims.size()), -1);
        m_contrast.assign(size_t(sentences.size()), -1);
    }
    ~Linker()
    {
        for (const int stem : m_stems)
            m_words.scratch(disputes::TextWords::LinkScratch, stem) = -1;
    }
    Linker(const Linker &) = delete;
    Linker &operator=(const Linker &) = delete;

    // The links between claims i < k worth keeping, ordered by (i, k); only pairs whose
    // sources differ, and in a long text only those at most `reach` claims apart.
    QList<Link> linkAll(const QList<Attribution> &attributions, int reach);
    // A link's reasons, in words, added to a group's.
    void addReasons(const Link &l, GroupReasons &into) const;
    // The weight of a stem that some claim names.
    double idf(int stem) const { return m_idf[size_t(m_words.scratch(disputes::TextWords::LinkScratch, stem))]; }

private:
    // Calls f(term id, claim) once for each term a claim uses (its own words or its
    // context's), claim by claim.
    template <typename F>
    void forEachUse(F &&f) const
    {
        std::vector<int> usedBy(m_stems.size(), -1); // term id → the last claim it was met in
        for (size_t c = 0; c < size_t(m_claims.size()); ++c) {
            for (const std::span<const int> ids : {ownIds(int(c)), contextIds(int(c))}) {
                for (const int t : ids) {
                    if (usedBy[size_t(t)] != int(c)) {
                        usedBy[size_t(t)] = int(c);
                        f(t, int(c));
                    }
                }
            }
        }
    }
    // Notes in m_sharesWith the claims in [first, k) that use a term of claim k's.
    void markSharing(int first, int k);
    std::optional<Link> link(int i, int k);
    bool opensWithContrast(int sentence)
    {
        qint8 &known = m_contrast[size_t(sentence)];
        if (known < 0)
            known = m_words.opensWithContrast(m_sentences[sentence]) ? 1 : 0;
        return known == 1;
    }
    // The surface form a claim used for a term, for the reasons shown to the user: a view
    // into the text (or, for a term the claim does not use, into the vocabulary).
    QStringView surface(const ClaimSignals &c, int term) const
    {
        const int stem = m_stems[size_t(term)];
        const QStringView text = m_words.text();
        for (const disputes::ClaimTerm &t : c.terms) {
            if (t.stem == stem)
                return text.mid(t.start, t.end - t.start);
        }
        for (const disputes::ClaimTerm &t : c.context) {
            if (t.stem == stem)
                return text.mid(t.start, t.end - t.start);
        }
        return m_words.stem(stem);
    }

    disputes::TextWords &m_words;
    const QList<Sentence> &m_sentences;
    const QList<ClaimSignals> &m_claims;
    // TextWords::scratch(LinkScratch, stem): the stem's term id, -1 for stems no claim names
    std::vector<int> m_stems;                 // term id → TextWords stem
    // Per claim the sorted term ids of its own words, then those of the rest of its sentence:
    // claim c's are m_ids[m_idsEnd[2c] … m_idsEnd[2c + 1]) and [m_idsEnd[2c + 1] … m_idsEnd[2c + 2]).
    std::vector<int> m_ids;
    std::vector<std::size_t> m_idsEnd;
    std::span<const int> ownIds(int c) const { return idsBetween(m_idsEnd[2 * size_t(c)], m_idsEnd[2 * size_t(c) + 1]); }
    std::span<const int> contextIds(int c) const
    {
        return idsBetween(m_idsEnd[2 * size_t(c) + 1], m_idsEnd[2 * size_t(c) + 2]);
    }
    std::span<const int> idsBetween(std::size_t from, std::size_t to) const { return {m_ids.data() + from, to - from}; }
    std::vector<int> m_frequency;             // term id → claims that use it
    std::vector<int> m_usersStart;            // term id → where its claims start in m_users
    std::vector<int> m_users;
    std::vector<int> m_sharesWith;            // claim i → the claim k it shares a term with, while pairs (·, k) are read
    std::vector<double> m_idf;
    // Term id → the claim k whose own (context) words hold it, while pairs (·, k) are read.
    std::vector<int> m_ownMark;
    std::vector<int> m_contextMark;
    std::vector<qint8> m_contrast;            // sentence → opens with a contrast (1, 0), -1 not known yet
    std::vector<int> m_shared;
};

QList<Link> Linker::linkAll(const QList<Attribution> &attributions, int reach)
{
    const int n = int(m_claims.size());
    QList<Link> links;
    // Pairs are read claim k by claim k, with k's words marked, so that each term of the
    // other claim is one look-up; the links are then put back in the order (i, k).
    for (int k = 1; k < n; ++k) {
        const int first = n <= 2 * reach ? 0 : std::max(0, k - reach);
        const QString &q = attributions[k].actor;
        if (q.isEmpty() || m_claims[k].sentence < 0)
            continue;
        for (const int t : ownIds(k))
            m_ownMark[size_t(t)] = k;
        for (const int t : contextIds(k))
            m_contextMark[size_t(t)] = k;
        markSharing(first, k);
        for (int i = first; i < k; ++i) {
            // Without a shared word only a contrast with the sentence before can link them
            // (link: with different numbers), so most pairs are passed over here.
            if (m_sharesWith[size_t(i)] != k && m_claims[i].sentence != m_claims[k].sentence - 1)
                continue;
            const QString &p = attributions[i].actor;
            if (p.isEmpty() || p == q || m_claims[i].sentence < 0)
                continue;
            if (std::optional<Link> l = link(i, k))
                links.append(std::move(*l));
        }
    }
    std::sort(links.begin(), links.end(), [](const Link &x, const Link &y) {
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return links;
}

void Linker::markSharing(int first, int k)
{
    for (const std::span<const int> ids : {ownIds(k), contextIds(k)}) {
        for (const int t : ids) {
            const auto users = m_users.cbegin() + m_usersStart[size_t(t)];
            const auto end = m_users.cbegin() + m_usersStart[size_t(t) + 1];
            for (auto i = std::lower_bound(users, end, first); i != end && *i < k; ++i)
                m_sharesWith[size_t(*i)] = k;
        }
    }
}

// Claim k's words are marked (linkAll).
std::optional<Link> Linker::link(int i, int k)
{
    const ClaimSignals &x = m_claims[i];
    const ClaimSignals &y = m_claims[k];
    const std::span<const int> xt = ownIds(i);
    const std::span<const int> xc = contextIds(i);
    auto ownOfY = [&](int t) { return m_ownMark[size_t(t)] == k; };
    auto contextOfY = [&](int t) { return m_contextMark[size_t(t)] == k; };
    Link l;
    l.a = i;
    l.b = k;
    std::vector<int> &shared = m_shared;  // term ids, in the order the reasons name them
    shared.clear();
    int strong = 0;  // shared words of the claims' own
    bool rare = false; // a word only these two claims use
    // Claims in one sentence share its context by construction: only their own words count.
    const bool sameSentence = x.sentence == y.sentence;
    for (const int t : xt) {
        const bool own = ownOfY(t);
        if (!own && (sameSentence || !contextOfY(t)))
            continue;
        l.score += own ? m_idf[size_t(t)] : ContextWeight * m_idf[size_t(t)];
        shared.push_back(t);
        strong += own ? 1 : 0;
        rare = rare || (own && m_frequency[size_t(t)] <= 2);
    }
    if (!sameSentence) {
        for (const int t : xc) {
            if (ownOfY(t) || contextOfY(t)) {
                l.score += ContextWeight * m_idf[size_t(t)];
                shared.push_back(t);
            }
        }
    }
    const bool sharesWords = !shared.empty();
    int evidence = 0;
    if (sharesWords && qAbs(y.sentence - x.sentence) <= 2)
        l.score += Nearby; // not evidence of its own: it only ranks links that have some
    const bool sameSubject = x.subject >= 0 && x.subject == y.subject && sharesWords;
    if (sameSubject) {
        l.score += SameSubject;
        ++evidence;
    }
    const bool contrast = y.sentence - x.sentence == 1 && opensWithContrast(y.sentence);
    if (contrast) {
        l.score += Contrast;
        ++evidence;
    }
    for (qsizetype n = 0; n < x.numbers.size(); ++n) {
        const disputes::ClaimNumber &p = x.numbers[n];
        const auto differs = std::find_if(y.numbers.cbegin(), y.numbers.cend(), [&](const auto &q) {
            return q.kind == p.kind && q.value != p.value;
        });
        if (differs != y.numbers.cend()) {
            l.score += DifferentNumbers;
            ++evidence;
            l.numberA = int(n);
            l.numberB = int(differs - y.numbers.cbegin());
            break;
        }
    }
    const bool polarity = sharesWords && x.negated != y.negated;
    if (polarity) {
        l.score += OppositePolarity;
        ++evidence;
    }
    const bool means = x.speaksOfMeans && y.speaksOfMeans && sharesWords;
    if (means) {
        l.score += CompetingMeans;
        ++evidence;
    }
    // One common shared word alone is a coincidence; it takes a second word of the
    // claims' own, a word no other claim uses, or another signal.
    const bool enough = strong >= 2 || (sharesWords && (evidence > 0 || rare)) || evidence >= 2;
    if (!enough || l.score < Threshold)
        return std::nullopt;
    l.sharedCount = int(std::min<size_t>(shared.size(), l.sharedTerms.size()));
    std::copy_n(shared.begin(), l.sharedCount, l.sharedTerms.begin());
    l.sameSubject = sameSubject;
    l.contrast = contrast;
    l.polarity = polarity;
    l.means = means;
    return l;
}

void Linker::addReasons(const Link &l, GroupReasons &into) const
{
    const ClaimSignals &x = m_claims[l.a];
    const ClaimSignals &y = m_claims[l.b];
    if (l.sharedCount > 0) {
        std::array<QStringView, 4> words;
        static_assert(words.size() == decltype(l.sharedTerms)().size());
        for (int w = 0; w < l.sharedCount; ++w)
            words[size_t(w)] = surface(x, l.sharedTerms[size_t(w)]);
        into.addSharedWords({words.data(), size_t(l.sharedCount)});
    }
    if (l.sameSubject) {
        QString subject = m_words.stem(x.subject).toString();
        for (const disputes::ClaimTerm &t : x.terms) {
            if (t.stem == x.subject) {
                subject = t.surface(m_words.text());
                break;
            }
        }
        into.add(u"both are about “"_s + subject + u"”"_s);
    }
    if (l.contrast)
        into.add(u"a contrast marker opens the second claim's sentence"_s);
    if (l.numberA >= 0)
        into.add(u"different numbers of one kind: "_s + x.numbers[l.numberA].text + u" and "_s + y.numbers[l.numberB].text);
    if (l.polarity)
        into.add(u"one claim is negated or rejects, the other is not"_s);
    if (l.means)
        into.add(u"both weigh a way or plan to do it"_s);
}

void GroupReasons::add(const QString &line)
{
    if (!m_lines.contains(line))
        m_lines.append(line);
}

void GroupReasons::addSharedWords(std::span<const QStringView> words)
{
    if (m_sharedLine < 0) {
        m_sharedLine = m_lines.size();
        m_lines.append(QString()); // spelled out by lines()
        m_shared.assign(words.begin(), words.end());
        return;
    }
    for (const QStringView w : words) {
        if (m_shared.size() < 6 && std::find(m_shared.cbegin(), m_shared.cend(), w) == m_shared.cend())
            m_shared.push_back(w);
    }
}

QStringList GroupReasons::lines() const
{
    QStringList out = m_lines;
    if (m_sharedLine >= 0) {
        QString line = u"both speak of "_s;
        qsizetype size = line.size();
        for (const QStringView w : m_shared)
            size += w.size() + 4; // “w”, and a comma and a space before all but the first
        line.reserve(size);
        for (std::size_t w = 0; w < m_shared.size(); ++w) {
            line.append(w > 0 ? u", “" : u"“");
            line.append(m_shared[w]);
            line.append(u"”");
        }
        out[m_sharedLine] = line;
    }
    return out;
}

// Claims grouped by what they dispute, and per group its score and its reasons.
struct Groups {
    QList<QList<int>> members;
    QList<double> scores;
    std::vector<GroupReasons> reasons;
};

// Groups grow from the strongest links. A claim joins a group only when it is linked to
// at least half of the members it could be linked to (those of other sources), so that
// a chain of weak links (A–B, B–C, C–D) does not make one group of things that have
// nothing in common; a group stays small enough to be read side by side. A claim is in
// one group, or in two when a second link carries more than shared words: one statement
// can answer two questions ("ways to evacuate civilians and to address their needs").
Groups groupLinks(const QList<Link> &links, const Linker &linker, const QList<Attribution> &attributions)
{
    constexpr int MaxClaims = 5;
    std::vector<std::pair<int, int>> linked; // (a, b) of every link, sorted
    linked.reserve(size_t(links.size()));
    for (const Link &l : links)
        linked.emplace_back(l.a, l.b);
    std::sort(linked.begin(), linked.end());
    auto isLinked = [&](int a, int b) {
        return std::binary_search(linked.cbegin(), linked.cend(), std::pair(std::min(a, b), std::max(a, b)));
    };
    Groups out;
    std::vector<QList<int>> groupsOf(size_t(attributions.size())); // claim → the groups it is in
    auto startGroup = [&](const Link &l) {
        groupsOf[size_t(l.a)].append(static_cast<int>(out.members.size()));
        groupsOf[size_t(l.b)].append(static_cast<int>(out.members.size()));
        out.members.append({l.a, l.b});
        out.scores.append(l.score);
        linker.addReasons(l, out.reasons.emplace_back());
    };
    auto canJoin = [&](int g, int claim) {
        qsizetype others = 0;
        qsizetype ties = 0;
        for (const int m : std::as_const(out.members[g])) {
            if (attributions[m].actor == attributions[claim].actor)
                continue;
            ++others;
            ties += isLinked(m, claim) ? 1 : 0;
        }
        return out.members[g].size() < MaxClaims && 2 * ties >= others;
    };
    for (const Link &l : links) {
        const QList<int> &ga = groupsOf[size_t(l.a)];
        const QList<int> &gb = groupsOf[size_t(l.b)];
        if (ga.isEmpty() && gb.isEmpty()) {
            startGroup(l);
            continue;
        }
        if (!ga.isEmpty() && !gb.isEmpty())
            continue;
        const int joining = ga.isEmpty() ? l.a : l.b;
        const QList<int> &groups = ga.isEmpty() ? gb : ga;
        const auto into = std::find_if(groups.cbegin(), groups.cend(), [&](int g) { return canJoin(g, joining); });
        if (into == groups.cend()) {
            if (groups.size() < 2 && l.reasonCount() >= 3)
                startGroup(l);
            continue;
        }
        const int g = *into;
        groupsOf[size_t(joining)].append(g);
        out.members[g].append(joining);
        out.scores[g] += l.score / 2;
        linker.addReasons(l, out.reasons[size_t(g)]);
    }
    return out;
}

// The three items of the greatest weight offered, heaviest first; of equal weights the one
// offered first comes first (what a stable sort by weight would put on top).
struct TopThree {
    std::array<std::pair<double, const disputes::ClaimTerm *>, 3> items{};
    int size = 0;
    void offer(double weight, const disputes::ClaimTerm *term)
    {
        int at = size;
        while (at > 0 && items[size_t(at - 1)].first < weight)
            --at;
        if (at >= 3)
            return;
        for (int k = std::min(size, 2); k > at; --k)
            items[size_t(k)] = items[size_t(k - 1)];
        items[size_t(at)] = {weight, term};
        size = std::min(size + 1, 3);
    }
};

// A title for the user to edit: the terms the group's claims share most, as a question.
QString titleFor(const QList<int> &members, const QList<ClaimSignals> &claims, const disputes::TextWords &words,
                 const Linker &linker)
{
    // The stems in the order they are first met (ties in weight keep it), indexed through
    // the vocabulary's scratch, which is free once the claims are read.
    struct Tally {
        int stem = -1;
        double weight = 0;
        int count = 0;
        const disputes::ClaimTerm *surface = nullptr;
    };
    std::vector<Tally> tally;
    std::size_t mostTerms = 0;
    for (const int m : members)
        mostTerms += std::size_t(claims[m].terms.size() + claims[m].context.size());
    tally.reserve(mostTerms);
    auto tallyOf = [&](int stem, bool &added) -> Tally & {
        int &at = words.scratch(disputes::TextWords::OrderScratch, stem);
        added = at < 0;
        if (!added)
            return tally[size_t(at)];
        at = int(tally.size());
        tally.push_back({stem});
        return tally.back();
    };
    // members[0] and members[1] are the strongest link's: their words weigh double.
    for (qsizetype i = 0; i < members.size(); ++i) {
        const int m = members[i];
        bool added = false;
        for (const disputes::ClaimTerm &t : claims[m].terms) {
            Tally &w = tallyOf(t.stem, added);
            w.weight += linker.idf(t.stem) * (i < 2 ? 2 : 1);
            ++w.count;
            w.surface = &t;
        }
        for (const disputes::ClaimTerm &t : claims[m].context) {
            Tally &w = tallyOf(t.stem, added);
            w.weight += ContextWeight * linker.idf(t.stem) * (i < 2 ? 2 : 1);
            ++w.count;
            if (added)
                w.surface = &t;
        }
    }
    // The three heaviest of the stems more than one claim uses, ties in the order met; only
    // they are spelled out.
    TopThree best;
    for (const Tally &t : tally) {
        words.scratch(disputes::TextWords::OrderScratch, t.stem) = -1;
        if (t.count > 1)
            best.offer(t.weight, t.surface);
    }
    if (best.size == 0)
        return u"Competing claims"_s;
    QString title = u"What is true about "_s;
    qsizetype size = title.size() + 1;
    for (int r = 0; r < best.size; ++r)
        size += best.items[size_t(r)].second->end - best.items[size_t(r)].second->start + 2;
    title.reserve(size);
    for (int r = 0; r < best.size; ++r) {
        if (r > 0)
            title.append(u", ");
        const disputes::ClaimTerm &t = *best.items[size_t(r)].second;
        title.append(words.text().mid(t.start, t.end - t.start));
    }
    title.append(u'?');
    return title;
}

} // namespace

QList<Dispute> findDisputes(QStringView text, const QList<Sentence> &sentences,
                            const QList<Attribution> &attributions, const QList<Quantity> &quantities)
{
    const int n = static_cast<int>(attributions.size());
    if (n == 0 || text.size() >= std::numeric_limits<qint32>::max())
        return {}; // word offsets are 32-bit, as the attribution tokens' are

    disputes::ClaimReader reader(text, sentences, quantities);
    QList<ClaimSignals> claims;
    claims.reserve(n);
    for (const Attribution &a : attributions)
        claims.append(reader.read(a));
    Linker linker(reader.words(), sentences, claims);

    // Every pair in an article; in a text far longer than one (a book, a feed pasted as one
    // file) only claims near each other, so that the work grows with the text, not its square.
    constexpr int kReach = 200;
    QList<Link> links = linker.linkAll(attributions, kReach);
    std::stable_sort(links.begin(), links.end(), [](const Link &x, const Link &y) { return x.score > y.score; });

    Groups groups = groupLinks(links, linker, attributions);
    // The strongest first (ties in the order the groups were made), and no more suggestions
    // than a reader would review: about one for every four claims. Only those are spelled out.
    std::vector<int> order(size_t(groups.members.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return groups.scores[x] > groups.scores[y]; });
    const std::size_t cap = std::size_t(std::max(2, n / 4));
    if (order.size() > cap)
        order.resize(cap);
    QList<Dispute> out;
    out.reserve(qsizetype(order.size()));
    for (const int g : order) {
        QList<int> &members = groups.members[g];
        Dispute d{titleFor(members, claims, reader.words(), linker), {}, groups.reasons[size_t(g)].lines(), groups.scores[g]};
        std::sort(members.begin(), members.end());
        d.positions.reserve(members.size());
        for (const int m : std::as_const(members))
            d.positions.append({m, attributions[m].actor});
        out.append(std::move(d));
    }
    return out;
}

} // namespace factline::extract
