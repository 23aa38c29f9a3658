// SPDX-License-Identifier: MIT
#include "alignment.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace factline::compare {

using namespace Qt::StringLiterals;

namespace {

QSet<QString> contentWords(QStringView text)
{
    static const QSet<QString> stop = {u"the"_s, u"a"_s,    u"an"_s,  u"of"_s,   u"in"_s,   u"on"_s,  u"and"_s,
                                       u"or"_s,  u"to"_s,   u"that"_s, u"is"_s,  u"are"_s,  u"was"_s, u"were"_s,
                                       u"be"_s,  u"been"_s, u"it"_s,  u"its"_s,  u"for"_s,  u"with"_s, u"by"_s,
                                       u"from"_s, u"has"_s, u"have"_s, u"had"_s, u"will"_s, u"would"_s, u"this"_s};
    QSet<QString> out;
    for (const Token &t : tokenize(text)) {
        if (!t.number && !stop.contains(t.norm) && !isQualifierWord(t.norm))
            out.insert(t.norm);
    }
    return out;
}

// The words of a source's name that tell it apart, lower case ("U.S." is "us", "Israel's"
// is "israel"), and whether they hold a name: a capitalised word that is not one of the
// nouns any side's sources go by ("Officials", "Police").
struct NameWords {
    QSet<QString> words;
    bool named = false;
};

NameWords nameWords(const QString &name)
{
    static const QSet<QString> skip = {u"the"_s, u"of"_s, u"and"_s, u"a"_s, u"an"_s, u"for"_s};
    static const QSet<QString> generic = {
        u"officials"_s,   u"official"_s,  u"sources"_s,   u"source"_s,      u"authorities"_s, u"experts"_s,
        u"police"_s,      u"witnesses"_s, u"residents"_s, u"analysts"_s,    u"spokesman"_s,   u"spokeswoman"_s,
        u"spokesperson"_s, u"people"_s,   u"ministry"_s,  u"government"_s,  u"military"_s,    u"army"_s};
    NameWords out;
    for (QString word : name.split(u' ', Qt::SkipEmptyParts)) {
        word.replace(QChar(0x2019), u'\'');
        if (word.endsWith(u"'s"_s, Qt::CaseInsensitive))
            word.chop(2);
        word.remove(u'.');
        while (!word.isEmpty() && !word.front().isLetterOrNumber())
            word.remove(0, 1);
        while (!word.isEmpty() && !word.back().isLetterOrNumber())
            word.chop(1);
        const QString lower = word.toLower();
        if (lower.size() < 2 || skip.contains(lower))
            continue;
        out.words.insert(lower);
        if (word.front().isUpper() && !generic.contains(lower))
            out.named = true;
    }
    return out;
}

bool sameNames(const NameWords &x, const NameWords &y)
{
    if (x.words.isEmpty() || y.words.isEmpty())
        return false;
    if (x.words == y.words) // "Department of State" and "State Department"
        return x.named || y.named;
    const NameWords &fewer = x.words.size() <= y.words.size() ? x : y;
    const NameWords &more = &fewer == &x ? y : x;
    return fewer.named && more.words.contains(fewer.words);
}

} // namespace

bool sameSource(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    return a.compare(b, Qt::CaseInsensitive) == 0 || sameNames(nameWords(a), nameWords(b));
}

bool AlignedClaim::differs() const
{
    return std::any_of(diffs.cbegin(), diffs.cend(), [](const WordDiff &d) {
        return d.numbersDiffer || d.qualifiersDiffer || d.wordingDiffers;
    });
}

namespace {

double overlapOf(const QSet<QString> &x, const QSet<QString> &y)
{
    if (x.isEmpty() || y.isEmpty())
        return 0;
    const qsizetype common = x.size() <= y.size() ? QSet<QString>(x).intersect(y).size()
                                                   : QSet<QString>(y).intersect(x).size();
    return 2.0 * double(common) / double(x.size() + y.size());
}

struct Pair {
    qsizetype a = 0;
    qsizetype b = 0;
    double overlap = 0;
};

// The pairs of claims (a < b, in that order) of the same source, from different documents,
// whose content words overlap at least `minOverlap` (> 0, so they share a word). A loop
// over every two claims of a project is n²: 30,000 claims are 450 million pairs, minutes
// in the window. Here each claim meets only the earlier claims that share a word with it
// and whose source can be its own: those of the same name, and of the names sameNames
// matches with it (found through the names' rarest word).
template <typename Same>
QList<Pair> sharedWordPairs(const QList<ReportedClaim> &claims, const QList<NameWords> &names,
                            const QList<int> &nameOf, const QList<QSet<QString>> &words, Same &&same,
                            double minOverlap)
{
    // Names that may stand for one source, each name with itself.
    QHash<QString, QList<int>> namesWith;
    QList<QList<int>> compatible(names.size());
    for (int n = 0; n < names.size(); ++n) {
        for (const QString &w : names[n].words)
            namesWith[w].append(n);
        compatible[n].append(n);
    }
    for (int n = 0; n < names.size(); ++n) {
        const QList<int> *rarest = nullptr;
        for (const QString &w : names[n].words) {
            const QList<int> &with = namesWith[w];
            if (!rarest || with.size() < rarest->size())
                rarest = &with;
        }
        // sameNames needs the fewer words within the more: a name it matches holds all of
        // this one's words, or this one holds all of its (then it is found from there).
        if (!rarest || !names[n].named)
            continue;
        for (const int m : *rarest) {
            if (m != n && sameNames(names[n], names[m])) {
                compatible[n].append(m);
                compatible[m].append(n);
            }
        }
    }
    for (QList<int> &c : compatible) {
        std::sort(c.begin(), c.end());
        c.erase(std::unique(c.begin(), c.end()), c.end());
    }
    // Earlier claims by (name, word); a claim's shared words with each, counted.
    QHash<QString, int> wordId;
    QHash<quint64, QList<qsizetype>> earlier;
    std::vector<int> shared(size_t(claims.size()), 0);
    std::vector<qsizetype> touched;
    QList<Pair> pairs;
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const int name = nameOf[i];
        if (name < 0 || words[i].isEmpty())
            continue;
        QList<int> ids;
        for (const QString &w : words[i])
            ids.append(wordId.insert(w, wordId.value(w, int(wordId.size()))).value());
        for (const int n : std::as_const(compatible[name])) {
            for (const int w : std::as_const(ids)) {
                const auto it = earlier.constFind((quint64(quint32(n)) << 32) | quint32(w));
                if (it == earlier.cend())
                    continue;
                for (const qsizetype k : *it) {
                    if (shared[size_t(k)]++ == 0)
                        touched.push_back(k);
                }
            }
        }
        for (const qsizetype k : touched) {
            const double o = 2.0 * double(shared[size_t(k)]) / double(words[k].size() + words[i].size());
            shared[size_t(k)] = 0;
            if (o >= minOverlap && claims[k].documentId != claims[i].documentId && same(k, i))
                pairs.append({k, i, o});
        }
        touched.clear();
        for (const int w : std::as_const(ids))
            earlier[(quint64(quint32(name)) << 32) | quint32(w)].append(i);
    }
    // In the order a loop over every two claims would find them.
    std::sort(pairs.begin(), pairs.end(), [](const Pair &x, const Pair &y) { return x.a < y.a || (x.a == y.a && x.b < y.b); });
    return pairs;
}

} // namespace

double contentOverlap(QStringView a, QStringView b)
{
    return overlapOf(contentWords(a), contentWords(b));
}

QList<AlignedClaim> alignClaims(const QList<ReportedClaim> &claims, double minOverlap)
{
    // Names and words are read once: an n² loop over claims must not re-read them.
    QHash<QString, int> nameId;
    QList<NameWords> names;
    QList<int> nameOf;
    QList<QSet<QString>> words;
    for (const ReportedClaim &c : claims) {
        const QString key = c.actor.toCaseFolded();
        auto it = nameId.constFind(key);
        if (it == nameId.cend()) {
            it = nameId.insert(key, int(names.size()));
            names.append(nameWords(c.actor));
        }
        nameOf.append(c.actor.isEmpty() ? -1 : *it);
        words.append(contentWords(c.text));
    }
    QHash<quint64, bool> sameCache;
    auto same = [&](qsizetype i, qsizetype k) {
        const int a = nameOf[i];
        const int b = nameOf[k];
        if (a < 0 || b < 0)
            return false;
        if (a == b)
            return true;
        const quint64 key = (quint64(std::min(a, b)) << 32) | quint64(std::max(a, b));
        auto it = sameCache.constFind(key);
        if (it == sameCache.cend())
            it = sameCache.insert(key, sameNames(names[a], names[b]));
        return *it;
    };
    QList<Pair> pairs;
    if (minOverlap <= 0) {
        // Every two claims of one source are a pair, shared words or not.
        for (qsizetype i = 0; i < claims.size(); ++i) {
            for (qsizetype k = i + 1; k < claims.size(); ++k) {
                if (claims[i].documentId != claims[k].documentId && same(i, k))
                    pairs.append({i, k, overlapOf(words[i], words[k])});
            }
        }
    } else {
        pairs = sharedWordPairs(claims, names, nameOf, words, same, minOverlap);
    }
    // The closest versions are lined up first; a group takes one version per document.
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair &x, const Pair &y) { return x.overlap > y.overlap; });
    QHash<qsizetype, int> groupOf;
    QList<QList<qsizetype>> groups;
    auto hasDocument = [&](int g, qint64 doc) {
        return std::any_of(groups[g].cbegin(), groups[g].cend(), [&](qsizetype m) { return claims[m].documentId == doc; });
    };
    for (const Pair &p : pairs) {
        const int ga = groupOf.value(p.a, -1);
        const int gb = groupOf.value(p.b, -1);
        if (ga >= 0 && gb >= 0)
            continue;
        if (ga < 0 && gb < 0) {
            groupOf[p.a] = groupOf[p.b] = int(groups.size());
            groups.append({p.a, p.b});
            continue;
        }
        const int g = ga >= 0 ? ga : gb;
        const qsizetype joining = ga >= 0 ? p.b : p.a;
        // One source across the group: "Biden" may not bring "Hunter Biden" to "Joe Biden".
        if (hasDocument(g, claims[joining].documentId)
            || !std::all_of(groups[g].cbegin(), groups[g].cend(), [&](qsizetype m) { return same(m, joining); }))
            continue;
        groupOf[joining] = g;
        groups[g].append(joining);
    }
    QList<AlignedClaim> out;
    for (QList<qsizetype> &g : groups) {
        std::stable_sort(g.begin(), g.end(), [&](qsizetype x, qsizetype y) {
            return claims[x].reported < claims[y].reported
                || (claims[x].reported == claims[y].reported && claims[x].documentId < claims[y].documentId);
        });
        AlignedClaim a;
        for (const qsizetype m : std::as_const(g))
            a.versions.append(claims[m]);
        for (qsizetype v = 1; v < a.versions.size(); ++v)
            a.diffs.append(diffWords(a.versions[0].text, a.versions[v].text));
        out.append(a);
    }
    return out;
}

Result<QList<ReportedClaim>> reportedClaims(Project &project)
{
    Result<QList<DocumentRecord>> documents = project.documents();
    if (!documents)
        return documents.error();
    QHash<qint64, DocumentRecord> byId;
    for (const DocumentRecord &d : *documents)
        byId.insert(d.id, d);
    Result<QList<ClaimRecord>> claims = project.claims();
    if (!claims)
        return claims.error();
    QList<ReportedClaim> out;
    for (const ClaimRecord &c : *claims) {
        const DocumentRecord d = byId.value(c.documentId);
        const QString outlet = !d.meta.outlet.isEmpty() ? d.meta.outlet : d.meta.title;
        const QDate when = c.saidDate.isValid() ? c.saidDate : d.meta.published;
        out.append({c.id, c.documentId, c.actorName, c.text, outlet, when});
    }
    return out;
}

} // namespace factline::compare
