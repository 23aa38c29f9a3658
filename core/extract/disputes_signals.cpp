// SPDX-License-Identifier: MIT
#include "disputes_signals.h"

#include <QSet>

namespace factline::extract::disputes {

using namespace Qt::StringLiterals;

namespace {

QSet<QString> wordSet(const char *list)
{
    QSet<QString> words;
    for (const QString &w : QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts))
        words.insert(w);
    return words;
}

// Words that say nothing about what a claim is about: function words, modals, common
// verbs and adverbs, and the qualifiers of numbers.
const QSet<QString> &stopWords()
{
    static const QSet<QString> set = wordSet(
        "the and for are but not you all any can had her was one our out day get has him his how man new now "
        "old see two way ways who boy did its let put say she too use that this with from have been were will "
        "would could should their there they them what which about into than also more most some such only "
        "other after before said says when where while because very over under being does these those your "
        "ours just even still much must long least along hard need needs work working world year years time "
        "times many like make made take took come came know known good well back first last next around "
        "through during against between each every another same own both either neither whether then once "
        "here again further few less little lot lots part place point thing things think told tell going "
        "want wants get got give given keep kept seem seems show shown call called ago yet may might shall "
        "able also him himself herself itself themselves we us our i me my he she it his her they");
    return set;
}

const QSet<QString> &pronouns()
{
    static const QSet<QString> set = wordSet("it this they these those he she we i there");
    return set;
}

// Verbs and nouns that turn a stance around: "Netanyahu rejects …", "Israel denies …".
bool isRejection(const QString &w)
{
    static const QSet<QString> set = wordSet(
        "reject rejects rejected rejecting deny denies denied denying oppose opposes opposed opposing "
        "refuse refuses refused refusing dismiss dismisses dismissed dispute disputes disputed "
        "vetoed veto vetoes contradict contradicts contradicted");
    return set.contains(w);
}

// Nouns that name a means or a proposal: claims about "the way to" do something compete
// when one says there is one and another that there is none.
bool isMeans(const QString &w)
{
    static const QSet<QString> set =
        wordSet("way ways option options plan plans alternative alternatives solution solutions path approach");
    return set.contains(w);
}

bool isNegation(QStringView w)
{
    return w == u"no" || w == u"not" || w == u"never" || w == u"without" || w == u"nothing" || w == u"none"
        || w.endsWith(u"n't") || w.endsWith(u"n’t");
}

// A crude stem, enough to meet "allows"/"allowed", "operation"/"operations", "ways"/"way".
QString stem(QString w)
{
    for (const auto *suffix : {u"ations", u"ation", u"ings", u"ing", u"ies", u"ed", u"es", u"s"}) {
        const QStringView s(suffix);
        const qsizetype keep = s.size() == 1 ? 3 : 4; // a plural "s" may leave a short word
        if (w.size() >= s.size() + keep && w.endsWith(s)) {
            w.chop(s.size());
            break;
        }
    }
    return w;
}

struct Word {
    QString lower;
    QString surface;
};

QList<Word> wordsIn(QStringView text, qsizetype start, qsizetype end)
{
    QList<Word> out;
    qsizetype i = start;
    while (i < end) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < end && (text[j].isLetter() || text[j] == u'\'' || text[j] == QChar(0x2019) || text[j] == u'-'))
            ++j;
        const QString surface = text.mid(i, j - i).toString();
        out.append({surface.toLower(), surface});
        i = j;
    }
    return out;
}

void addTerms(const QList<Word> &words, QHash<QString, QString> &into)
{
    for (const Word &w : words) {
        if (w.lower.size() >= 3 && !stopWords().contains(w.lower) && !isRejection(w.lower))
            into.insert(stem(w.lower), w.surface);
    }
}

// "… no credible way to do that": the claim points back at the sentence before.
bool pointsBack(const QList<Word> &content)
{
    for (qsizetype i = 0; i + 1 < content.size(); ++i) {
        if (content[i].lower == u"do"_s
            && (content[i + 1].lower == u"that"_s || content[i + 1].lower == u"this"_s
                || content[i + 1].lower == u"so"_s || content[i + 1].lower == u"it"_s))
            return true;
    }
    return !content.isEmpty() && pronouns().contains(content.first().lower) && content.size() <= 8;
}

bool inside(const Attribution &a, qsizetype pos)
{
    for (const TextSpan &c : a.content) {
        if (pos >= c.start && pos < c.end)
            return true;
    }
    return (a.source.isValid() && pos >= a.source.start && pos < a.source.end)
        || (a.cue.isValid() && pos >= a.cue.start && pos < a.cue.end);
}

} // namespace

bool opensWithContrast(QStringView text, const Sentence &s)
{
    static const QSet<QString> openers = wordSet("but however yet still meanwhile instead nevertheless");
    const QList<Word> words = wordsIn(text, s.start, std::min(s.end, s.start + 40));
    return !words.isEmpty() && openers.contains(words.first().lower);
}

ClaimSignals readClaim(QStringView text, const QList<Sentence> &sentences, const Attribution &a,
                       const QList<Quantity> &quantities)
{
    ClaimSignals out;
    if (a.content.isEmpty())
        return out;
    out.sentence = sentenceAt(sentences, a.content.first().start);
    QList<Word> content;
    for (const TextSpan &c : a.content)
        content += wordsIn(text, c.start, c.end);
    addTerms(content, out.terms);
    for (qsizetype i = 0; i < content.size(); ++i) {
        const QString &w = content[i].lower;
        out.negated = out.negated || isNegation(w) || isRejection(w);
        // "a way to", "the only option": a means someone proposes, not "post-war plans".
        const bool proposal = i + 1 < content.size() && content[i + 1].lower == u"to"_s;
        out.speaksOfMeans = out.speaksOfMeans || (isMeans(w) && (proposal || (i > 0 && content[i - 1].lower == u"only"_s)));
        if (out.subject.isEmpty() && i < 4 && w.size() >= 3 && !stopWords().contains(w) && !pronouns().contains(w))
            out.subject = stem(w);
    }
    if (out.sentence >= 0) {
        // The words of the claim's sentence that are neither the claim nor its source and
        // cue: "Netanyahu rejects … a role for the Palestinian Authority, and says …".
        const Sentence &s = sentences[out.sentence];
        QList<Word> rest;
        qsizetype i = s.start;
        while (i < s.end) {
            qsizetype j = i;
            while (j < s.end && !inside(a, j))
                ++j;
            rest += wordsIn(text, i, j);
            i = j + 1;
        }
        addTerms(rest, out.context);
        for (const Word &w : rest)
            out.negated = out.negated || isRejection(w.lower);
        if (pointsBack(content) && out.sentence > 0) {
            const Sentence &before = sentences[out.sentence - 1];
            addTerms(wordsIn(text, before.start, before.end), out.context);
        }
    }
    for (auto it = out.terms.cbegin(); it != out.terms.cend(); ++it)
        out.context.remove(it.key());
    for (const Quantity &q : quantities) {
        for (const TextSpan &c : a.content) {
            if (c.overlaps(q.span)) {
                out.numbers.append({q.kind, text.mid(q.span.start, q.span.length()).toString(), q.value});
                break;
            }
        }
    }
    return out;
}

} // namespace factline::extract::disputes
