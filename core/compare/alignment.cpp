// SPDX-License-Identifier: MIT
#include "alignment.h"

#include <QHash>
#include <QSet>

#include <algorithm>

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

// The words of a source's name that tell it apart, and whether one of them is a name
// (capitalised after the first word, or any capitalised word but "The").
struct NameWords {
    QSet<QString> words;
    bool named = false;
};

NameWords nameWords(const QString &name)
{
    static const QSet<QString> skip = {u"the"_s, u"s"_s, u"of"_s, u"and"_s, u"a"_s, u"an"_s};
    NameWords out;
    for (const Token &t : tokenize(name)) {
        if (t.number || skip.contains(t.norm))
            continue;
        out.words.insert(t.norm);
        if (!t.text.isEmpty() && t.text.front().isUpper())
            out.named = true;
    }
    return out;
}

} // namespace

bool sameSource(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a.compare(b, Qt::CaseInsensitive) == 0)
        return true;
    NameWords x = nameWords(a);
    NameWords y = nameWords(b);
    if (x.words.size() > y.words.size())
        std::swap(x, y);
    return x.named && !x.words.isEmpty() && y.words.contains(x.words);
}

bool AlignedClaim::differs() const
{
    return std::any_of(diffs.cbegin(), diffs.cend(), [](const WordDiff &d) {
        return d.numbersDiffer || d.qualifiersDiffer || d.wordingDiffers;
    });
}

double contentOverlap(QStringView a, QStringView b)
{
    const QSet<QString> x = contentWords(a);
    const QSet<QString> y = contentWords(b);
    if (x.isEmpty() || y.isEmpty())
        return 0;
    const qsizetype common = QSet<QString>(x).intersect(y).size();
    return 2.0 * double(common) / double(x.size() + y.size());
}

QList<AlignedClaim> alignClaims(const QList<ReportedClaim> &claims, double minOverlap)
{
    struct Pair {
        qsizetype a = 0;
        qsizetype b = 0;
        double overlap = 0;
    };
    QList<Pair> pairs;
    for (qsizetype i = 0; i < claims.size(); ++i) {
        for (qsizetype k = i + 1; k < claims.size(); ++k) {
            const ReportedClaim &x = claims[i];
            const ReportedClaim &y = claims[k];
            if (x.documentId == y.documentId || !sameSource(x.actor, y.actor))
                continue;
            const double o = contentOverlap(x.text, y.text);
            if (o >= minOverlap)
                pairs.append({i, k, o});
        }
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
        if (hasDocument(g, claims[joining].documentId))
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
