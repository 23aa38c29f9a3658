// SPDX-License-Identifier: MIT
#include "disputes.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace factline::extract {

using namespace Qt::StringLiterals;

namespace {

// Words that say nothing about what a claim is about: function words, modals, common
// verbs and adverbs, and the qualifiers of numbers.
const QSet<QString> &stopWords()
{
    static const QSet<QString> set = [] {
        QSet<QString> words;
        const char *list =
            "the and for are but not you all any can had her was one our out day get has him his how man new now "
            "old see two way who boy did its let put say she too use that this with from have been were will would "
            "could should their there they them what which about into than also more most some such only other "
            "after before said says when where while because very over under being does these those your ours "
            "just even still much must long least along hard need needs work working world year years time times "
            "many like make made take took come came know known good well back first last next around through "
            "during against between each every another same own both either neither whether then once here "
            "again further few less little lot lots part place point thing things think told tell going want "
            "wants get got give given keep kept seem seems show shown call called ago yet may might shall";
        for (const QString &w : QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts))
            words.insert(w);
        return words;
    }();
    return set;
}

const QSet<QString> &contrastOpeners()
{
    static const QSet<QString> set = {u"but"_s, u"however"_s, u"yet"_s, u"still"_s, u"meanwhile"_s,
                                      u"instead"_s, u"nevertheless"_s};
    return set;
}

bool isNegation(QStringView w)
{
    return w == u"no" || w == u"not" || w == u"never" || w == u"without" || w == u"nothing" || w == u"none"
        || w.endsWith(u"n't") || w.endsWith(u"n’t");
}

// A crude stem, enough to meet "allows"/"allowed", "operation"/"operations".
QString stem(QString w)
{
    for (const auto *suffix : {u"ations", u"ation", u"ings", u"ing", u"ies", u"ed", u"es", u"s"}) {
        const QStringView s(suffix);
        if (w.size() > s.size() + 3 && w.endsWith(s)) {
            w.chop(s.size());
            break;
        }
    }
    return w;
}

struct ClaimTerms {
    QHash<QString, QString> terms;  // stem -> a surface form
    bool negated = false;
    bool hasNumber = false;
    QString numberKind;
    QString numberText;
    int sentence = -1;
};

void addTerms(QStringView text, TextSpan span, ClaimTerms &out, bool polarity)
{
    qsizetype i = span.start;
    while (i < span.end) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < span.end && (text[j].isLetter() || text[j] == u'\'' || text[j] == QChar(0x2019)))
            ++j;
        const QStringView word = text.mid(i, j - i);
        const QString lower = word.toString().toLower();
        if (polarity && isNegation(lower))
            out.negated = true;
        if (lower.size() >= 3 && !stopWords().contains(lower))
            out.terms.insert(stem(lower), word.toString());
        i = j;
    }
}

bool opensWithContrast(QStringView text, const Sentence &s)
{
    qsizetype i = s.start;
    while (i < s.end && !text[i].isLetter())
        ++i;
    qsizetype j = i;
    while (j < s.end && text[j].isLetter())
        ++j;
    return contrastOpeners().contains(text.mid(i, j - i).toString().toLower());
}

struct Link {
    int a = 0;
    int b = 0;
    double score = 0;
    QStringList reasons;
};

} // namespace

QList<Dispute> findDisputes(QStringView text, const QList<Sentence> &sentences,
                            const QList<Attribution> &attributions, const QList<Quantity> &quantities)
{
    const int n = static_cast<int>(attributions.size());
    QList<ClaimTerms> claims(n);
    for (int i = 0; i < n; ++i) {
        const Attribution &a = attributions[i];
        if (a.content.isEmpty())
            continue;
        claims[i].sentence = sentenceAt(sentences, a.content.first().start);
        for (const TextSpan &c : a.content)
            addTerms(text, c, claims[i], true);
        for (const Quantity &q : quantities) {
            for (const TextSpan &c : a.content) {
                if (c.overlaps(q.span) && !claims[i].hasNumber) {
                    claims[i].hasNumber = true;
                    claims[i].numberKind = q.kind;
                    claims[i].numberText = text.mid(q.span.start, q.span.length()).toString();
                }
            }
        }
    }
    // How rare a term is among the claims: shared rare terms say more than shared common ones.
    QHash<QString, int> frequency;
    for (const ClaimTerms &c : claims)
        for (auto it = c.terms.cbegin(); it != c.terms.cend(); ++it)
            ++frequency[it.key()];
    auto idf = [&](const QString &term) { return std::log(1.0 + double(n) / frequency.value(term, 1)); };

    constexpr double Threshold = 2.2;
    constexpr double NearestContrast = 1.5;
    QList<Link> links;
    for (int i = 0; i < n; ++i) {
        for (int k = i + 1; k < n; ++k) {
            const Attribution &a = attributions[i];
            const Attribution &b = attributions[k];
            if (a.actor.isEmpty() || b.actor.isEmpty() || a.actor == b.actor)
                continue;
            Link link{i, k, 0, {}};
            QStringList shared;
            bool sharesRareTerm = false; // a word only these two claims use
            for (auto it = claims[i].terms.cbegin(); it != claims[i].terms.cend(); ++it) {
                if (claims[k].terms.contains(it.key())) {
                    link.score += idf(it.key());
                    shared << u"“%1”"_s.arg(it.value());
                    sharesRareTerm = sharesRareTerm || frequency.value(it.key()) <= 2;
                }
            }
            int evidence = 0;
            if (!shared.isEmpty())
                link.reasons << u"both speak of %1"_s.arg(shared.mid(0, 4).join(u", "_s));
            const int si = claims[i].sentence;
            const int sk = claims[k].sentence;
            if (sk >= 0 && si >= 0 && sk - si <= 1 && sk != si && opensWithContrast(text, sentences[sk])) {
                link.score += NearestContrast;
                ++evidence;
                link.reasons << u"a contrast marker opens the second claim's sentence"_s;
            }
            if (claims[i].hasNumber && claims[k].hasNumber && claims[i].numberText != claims[k].numberText
                && (claims[i].numberKind == claims[k].numberKind || qAbs(sk - si) <= 1)) {
                link.score += 1.5;
                ++evidence;
                link.reasons << u"different numbers: %1 and %2"_s.arg(claims[i].numberText, claims[k].numberText);
            }
            if (!shared.isEmpty() && claims[i].negated != claims[k].negated) {
                link.score += 0.8;
                ++evidence;
                link.reasons << u"one claim is negated and the other is not"_s;
            }
            // One common shared word alone is a coincidence; it takes a second word, a word no
            // other claim uses, or another signal.
            const bool enough = shared.size() >= 2 || (shared.size() == 1 && (evidence > 0 || sharesRareTerm))
                || evidence >= 2;
            if (enough && link.score >= Threshold)
                links.append(link);
        }
    }
    std::sort(links.begin(), links.end(), [](const Link &x, const Link &y) { return x.score > y.score; });

    // Groups grow from the strongest links; a claim belongs to one group; a group stays
    // small enough to be read side by side.
    constexpr int MaxClaims = 5;
    QList<Dispute> out;
    QList<QList<int>> members;
    QHash<int, int> groupOf;
    for (const Link &l : std::as_const(links)) {
        const int ga = groupOf.value(l.a, -1);
        const int gb = groupOf.value(l.b, -1);
        if (ga >= 0 && gb >= 0)
            continue;
        if (ga < 0 && gb < 0) {
            groupOf[l.a] = groupOf[l.b] = static_cast<int>(out.size());
            members.append({l.a, l.b});
            out.append(Dispute{QString(), {}, l.reasons, l.score});
            continue;
        }
        const int g = ga >= 0 ? ga : gb;
        const int joining = ga >= 0 ? l.b : l.a;
        if (members[g].size() >= MaxClaims)
            continue;
        groupOf[joining] = g;
        members[g].append(joining);
        out[g].score += l.score / 2;
        for (const QString &r : l.reasons) {
            if (!out[g].reasons.contains(r))
                out[g].reasons.append(r);
        }
    }
    for (int g = 0; g < out.size(); ++g) {
        std::sort(members[g].begin(), members[g].end());
        QHash<QString, double> termWeight;
        QHash<QString, QString> surface;
        for (const int m : members[g]) {
            out[g].positions.append({m, attributions[m].actor});
            for (auto it = claims[m].terms.cbegin(); it != claims[m].terms.cend(); ++it) {
                termWeight[it.key()] += idf(it.key());
                surface.insert(it.key(), it.value());
            }
        }
        // Title: the terms the group's claims share most, as a question for the user to edit.
        QList<QPair<double, QString>> ranked;
        for (auto it = termWeight.cbegin(); it != termWeight.cend(); ++it) {
            if (it.value() > idf(it.key()) + 1e-9) // in more than one claim
                ranked.append({it.value(), surface.value(it.key())});
        }
        std::sort(ranked.begin(), ranked.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
        QStringList top;
        for (qsizetype r = 0; r < ranked.size() && top.size() < 3; ++r)
            top << ranked[r].second;
        out[g].title = top.isEmpty() ? u"Competing claims"_s : u"What is true about %1?"_s.arg(top.join(u", "_s));
    }
    std::sort(out.begin(), out.end(), [](const Dispute &x, const Dispute &y) { return x.score > y.score; });
    // No more suggestions than a reader would review: about one for every four claims.
    const qsizetype cap = std::max<qsizetype>(2, n / 4);
    if (out.size() > cap)
        out.resize(cap);
    return out;
}

} // namespace factline::extract
