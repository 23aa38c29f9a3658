// SPDX-License-Identifier: MIT
#include "quantities.h"

#include <QHash>
#include <QSet>

namespace factline::extract {

using namespace Qt::StringLiterals;

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'\'' || c == QChar(0x2019);
}

const QHash<QString, double> &numberWords()
{
    static const QHash<QString, double> words = {
        {u"one"_s, 1},      {u"two"_s, 2},       {u"three"_s, 3},     {u"four"_s, 4},     {u"five"_s, 5},
        {u"six"_s, 6},      {u"seven"_s, 7},     {u"eight"_s, 8},     {u"nine"_s, 9},     {u"ten"_s, 10},
        {u"eleven"_s, 11},  {u"twelve"_s, 12},   {u"thirteen"_s, 13}, {u"fourteen"_s, 14}, {u"fifteen"_s, 15},
        {u"sixteen"_s, 16}, {u"seventeen"_s, 17}, {u"eighteen"_s, 18}, {u"nineteen"_s, 19}, {u"twenty"_s, 20},
        {u"thirty"_s, 30},  {u"forty"_s, 40},    {u"fifty"_s, 50},    {u"sixty"_s, 60},   {u"seventy"_s, 70},
        {u"eighty"_s, 80},  {u"ninety"_s, 90},   {u"hundred"_s, 100}, {u"dozen"_s, 12},   {u"dozens"_s, 24},
        {u"hundreds"_s, 200}, {u"thousands"_s, 2000}, {u"millions"_s, 2e6},
    };
    return words;
}

const QHash<QString, double> &scales()
{
    static const QHash<QString, double> s = {{u"hundred"_s, 1e2}, {u"thousand"_s, 1e3}, {u"million"_s, 1e6},
                                            {u"billion"_s, 1e9}, {u"trillion"_s, 1e12}};
    return s;
}

const QHash<QString, double> &fractions()
{
    static const QHash<QString, double> f = {{u"half"_s, 1.0 / 2}, {u"third"_s, 1.0 / 3},  {u"thirds"_s, 1.0 / 3},
                                            {u"quarter"_s, 1.0 / 4}, {u"quarters"_s, 1.0 / 4}, {u"fifth"_s, 1.0 / 5},
                                            {u"fifths"_s, 1.0 / 5}};
    return f;
}

// Qualifiers, as word sequences that end just before the number.
const QList<QStringList> &qualifiers()
{
    static const QList<QStringList> q = {
        {u"at"_s, u"least"_s}, {u"more"_s, u"than"_s}, {u"less"_s, u"than"_s}, {u"fewer"_s, u"than"_s},
        {u"up"_s, u"to"_s},    {u"as"_s, u"many"_s, u"as"_s}, {u"at"_s, u"most"_s}, {u"nearly"_s},
        {u"almost"_s},         {u"about"_s},          {u"around"_s},        {u"roughly"_s},
        {u"some"_s},           {u"over"_s},           {u"approximately"_s}, {u"an"_s, u"estimated"_s},
        {u"just"_s, u"over"_s}, {u"just"_s, u"under"_s}, {u"under"_s},       {u"close"_s, u"to"_s},
    };
    return q;
}

// Words after a number that are not what is counted.
bool isFunctionWord(const QString &w)
{
    static const QSet<QString> stop = {u"of"_s,  u"and"_s, u"or"_s,   u"to"_s,  u"in"_s,  u"on"_s, u"at"_s,
                                       u"the"_s, u"a"_s,   u"an"_s,   u"were"_s, u"was"_s, u"are"_s, u"is"_s,
                                       u"have"_s, u"has"_s, u"had"_s, u"for"_s, u"by"_s,  u"from"_s, u"who"_s,
                                       u"that"_s, u"with"_s, u"as"_s, u"more"_s, u"than"_s};
    return stop.contains(w);
}

struct Word {
    qsizetype start = 0;
    qsizetype end = 0;
    QString lower;
};

QList<Word> wordsOf(QStringView text, const Sentence &s)
{
    QList<Word> out;
    qsizetype i = s.start;
    while (i < s.end) {
        if (!isWordChar(text[i]) && text[i] != u'%' && text[i] != u'$') {
            ++i;
            continue;
        }
        qsizetype j = i;
        if (text[j] == u'%' || text[j] == u'$') {
            ++j;
        } else {
            // Digits keep their thousands separators and decimal points: "32,070", "2.3".
            while (j < s.end && (isWordChar(text[j]) || ((text[j] == u',' || text[j] == u'.') && j + 1 < s.end
                                                         && text[j + 1].isDigit() && j > i && text[j - 1].isDigit())))
                ++j;
        }
        out.append({i, j, text.mid(i, j - i).toString().toLower()});
        i = j;
    }
    return out;
}

bool parseDigits(const QString &w, double &value)
{
    QString digits = w;
    digits.remove(u',');
    bool ok = false;
    value = digits.toDouble(&ok);
    return ok && w.front().isDigit() && w.back().isDigit();
}

QString kindFor(QStringView sentence, const QString &unit, bool percent, bool fraction, bool money)
{
    if (percent)
        return u"percent"_s;
    if (money)
        return u"money"_s;
    if (fraction)
        return u"fraction"_s;
    if (unit.startsWith(u"hostage"_s) || sentence.contains(u"hostage"_s, Qt::CaseInsensitive))
        return u"hostages"_s;
    for (const auto *w : {u"killed", u"dead", u"died", u"death", u"deaths", u"casualties"}) {
        if (sentence.contains(QStringView(w), Qt::CaseInsensitive))
            return u"killed"_s;
    }
    return u"count"_s;
}

} // namespace

QList<Quantity> findQuantities(QStringView text, const QList<Sentence> &sentences, const QList<Timex> &timexes)
{
    QList<Quantity> out;
    qsizetype timexIndex = 0;
    auto inTimex = [&](qsizetype pos) {
        while (timexIndex < timexes.size() && timexes[timexIndex].span.end <= pos)
            ++timexIndex;
        return timexIndex < timexes.size() && timexes[timexIndex].span.contains(pos);
    };
    for (int si = 0; si < sentences.size(); ++si) {
        const Sentence &s = sentences[si];
        const QList<Word> words = wordsOf(text, s);
        if (words.size() == 1 && words[0].lower.front().isDigit())
            continue; // a line that is only a number is page furniture
        for (qsizetype wi = 0; wi < words.size(); ++wi) {
            const Word &w = words[wi];
            double value = 0;
            bool isNumber = parseDigits(w.lower, value);
            bool fraction = false;
            bool money = wi > 0 && words[wi - 1].lower == u"$"_s && words[wi - 1].end == w.start;
            qsizetype last = wi;
            if (!isNumber && numberWords().contains(w.lower)) {
                value = numberWords().value(w.lower);
                isNumber = true;
            }
            if (!isNumber && (w.lower == u"a"_s || w.lower == u"one"_s) && wi + 1 < words.size()
                && fractions().contains(words[wi + 1].lower)) {
                value = fractions().value(words[wi + 1].lower);
                isNumber = fraction = true;
                last = wi + 1;
            }
            if (!isNumber || inTimex(w.start))
                continue;
            // "two thirds", "three quarters"
            if (!fraction && last + 1 < words.size() && fractions().contains(words[last + 1].lower) && value < 10
                && !w.lower.front().isDigit()) {
                value *= fractions().value(words[last + 1].lower);
                fraction = true;
                ++last;
            }
            // "1 million", "2.3 billion", "twenty thousand"
            if (last + 1 < words.size() && scales().contains(words[last + 1].lower)) {
                value *= scales().value(words[last + 1].lower);
                ++last;
            }
            bool percent = false;
            if (last + 1 < words.size() && (words[last + 1].lower == u"%"_s || words[last + 1].lower == u"percent"_s)) {
                percent = true;
                ++last;
            }
            Quantity q;
            q.value = value;
            q.sentence = si;
            qsizetype first = wi - (money ? 1 : 0);
            for (const QStringList &qual : qualifiers()) {
                const qsizetype n = qual.size();
                if (first - n < 0)
                    continue;
                bool match = true;
                for (qsizetype k = 0; k < n && match; ++k)
                    match = words[first - n + k].lower == qual[k];
                if (match) {
                    q.qualifier = qual.join(u' ');
                    first -= n;
                    break;
                }
            }
            q.span = {words[first].start, words[last].end};
            if (percent) {
                q.unit = u"percent"_s;
            } else if (last + 1 < words.size() && !isFunctionWord(words[last + 1].lower)
                       && !words[last + 1].lower.front().isDigit() && words[last + 1].start - words[last].end <= 1) {
                q.unit = words[last + 1].lower;
            }
            q.kind = kindFor(text.mid(s.start, s.length()), q.unit, percent, fraction, money);
            out.append(q);
            wi = last;
        }
    }
    return out;
}

} // namespace factline::extract
