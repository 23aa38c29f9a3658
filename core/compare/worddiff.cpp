// SPDX-License-Identifier: MIT
#include "worddiff.h"

#include <QSet>

#include <algorithm>

namespace factline::compare {

using namespace Qt::StringLiterals;

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'\'' || c == QChar(0x2019) || c == u'-';
}

// Above this many tokens a side, the quadratic table is not worth it: the versions are
// compared as one changed stretch.
constexpr qsizetype MaxTokens = 600;

QString joined(const QList<Token> &tokens, qsizetype from, qsizetype to)
{
    QStringList words;
    for (qsizetype i = from; i < to; ++i)
        words << tokens[i].text;
    return words.join(u' ');
}

Change classify(const QList<Token> &l, qsizetype l0, qsizetype l1, const QList<Token> &r, qsizetype r0, qsizetype r1)
{
    bool number = false;
    bool onlyQualifiers = true;
    for (qsizetype i = l0; i < l1; ++i) {
        number = number || l[i].number;
        onlyQualifiers = onlyQualifiers && isQualifierWord(l[i].norm);
    }
    for (qsizetype i = r0; i < r1; ++i) {
        number = number || r[i].number;
        onlyQualifiers = onlyQualifiers && isQualifierWord(r[i].norm);
    }
    if (number)
        return Change::Number;
    if (onlyQualifiers)
        return Change::Qualifier;
    if (l0 == l1)
        return Change::Added;
    if (r0 == r1)
        return Change::Removed;
    return Change::Wording;
}

} // namespace

bool isQualifierWord(const QString &w)
{
    static const QSet<QString> set = {u"about"_s,  u"some"_s,   u"nearly"_s, u"roughly"_s, u"around"_s,
                                      u"approximately"_s, u"almost"_s, u"more"_s, u"than"_s, u"at"_s,
                                      u"least"_s,  u"most"_s,   u"over"_s,   u"under"_s,   u"fewer"_s,
                                      u"less"_s,   u"up"_s,     u"to"_s,     u"just"_s,    u"estimated"_s,
                                      u"an"_s,     u"as"_s,     u"many"_s,   u"reportedly"_s};
    return set.contains(w);
}

QList<Token> tokenize(QStringView text)
{
    QList<Token> out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text[i]) || text[i] == u'-' || text[i] == u'\'') {
            ++i;
            continue;
        }
        qsizetype j = i;
        if (text[i].isDigit()) {
            // 32,070 · 2.3 · 60% : separators count only between digits.
            while (j < text.size()
                   && (text[j].isDigit()
                       || ((text[j] == u',' || text[j] == u'.') && j + 1 < text.size() && text[j + 1].isDigit())))
                ++j;
            if (j < text.size() && text[j] == u'%')
                ++j;
            Token t;
            t.text = text.mid(i, j - i).toString();
            QString digits = t.text;
            digits.remove(u',');
            digits.remove(u'%');
            t.value = digits.toDouble(&t.number);
            t.norm = t.number ? QString::number(t.value, 'g', 15) + (t.text.endsWith(u'%') ? u"%"_s : QString())
                              : t.text;
            out.append(t);
        } else {
            while (j < text.size() && isWordChar(text[j]))
                ++j;
            Token t;
            t.text = text.mid(i, j - i).toString();
            t.norm = t.text.toLower();
            t.norm.replace(QChar(0x2019), u'\'');
            out.append(t);
        }
        i = j;
    }
    return out;
}

WordDiff diffWords(QStringView leftText, QStringView rightText)
{
    const QList<Token> l = tokenize(leftText);
    const QList<Token> r = tokenize(rightText);
    const qsizetype n = std::min(l.size(), MaxTokens);
    const qsizetype m = std::min(r.size(), MaxTokens);
    // lcs[i][j]: the longest common subsequence of l[i..] and r[j..].
    QList<int> lcs((n + 1) * (m + 1), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[i * (m + 1) + j]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = l[i].norm == r[j].norm ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    WordDiff diff;
    qsizetype i = 0;
    qsizetype j = 0;
    auto emitChange = [&](qsizetype l0, qsizetype r0) {
        if (l0 == i && r0 == j)
            return;
        const Change c = classify(l, l0, i, r, r0, j);
        diff.segments.append({c, joined(l, l0, i), joined(r, r0, j)});
        diff.numbersDiffer = diff.numbersDiffer || c == Change::Number;
        diff.qualifiersDiffer = diff.qualifiersDiffer || c == Change::Qualifier;
        diff.wordingDiffers = diff.wordingDiffers || c == Change::Wording || c == Change::Added || c == Change::Removed;
        if (c == Change::Number) {
            for (qsizetype k = l0; k < i; ++k)
                diff.qualifiersDiffer = diff.qualifiersDiffer || isQualifierWord(l[k].norm);
            for (qsizetype k = r0; k < j; ++k)
                diff.qualifiersDiffer = diff.qualifiersDiffer || isQualifierWord(r[k].norm);
        }
    };
    while (i < n || j < m) {
        const qsizetype l0 = i;
        const qsizetype r0 = j;
        while ((i < n || j < m) && !(i < n && j < m && l[i].norm == r[j].norm)) {
            if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1)))
                ++i;
            else
                ++j;
        }
        emitChange(l0, r0);
        const qsizetype s0 = i;
        while (i < n && j < m && l[i].norm == r[j].norm) {
            ++i;
            ++j;
        }
        if (i > s0)
            diff.segments.append({Change::Same, joined(l, s0, i), joined(r, j - (i - s0), j)});
    }
    if (l.size() > n || r.size() > m) { // the rest of an over-long claim: one stretch
        const QString restL = joined(l, n, l.size());
        const QString restR = joined(r, m, r.size());
        if (restL != restR)
            diff.segments.append({Change::Wording, restL, restR});
    }
    return diff;
}

QStringList WordDiff::summary() const
{
    QStringList lines;
    for (const DiffSegment &s : segments) {
        switch (s.change) {
        case Change::Same:
            break;
        case Change::Number:
            lines << u"number: %1 → %2"_s.arg(s.left, s.right);
            break;
        case Change::Qualifier:
            lines << u"qualifier: “%1” → “%2”"_s.arg(s.left, s.right);
            break;
        case Change::Wording:
            lines << u"wording: “%1” → “%2”"_s.arg(s.left, s.right);
            break;
        case Change::Added:
            lines << u"added: “%1”"_s.arg(s.right);
            break;
        case Change::Removed:
            lines << u"left out: “%1”"_s.arg(s.left);
            break;
        }
    }
    return lines;
}

} // namespace factline::compare
