// SPDX-License-Identifier: MIT
#pragma once

// Internal to the TIMEX3 extractor: the scanner that walks the tokens of one sentence at a
// time and tries the rules at each token, keeping the longest match. The driver, tense and
// the shared prefixes ("about", "early") live in timex_scanner.cpp; the rules in
// timex_dates.cpp (dates, weekdays, deictic words), timex_periods.cpp (years, quarters,
// holidays) and timex_durations.cpp (durations, sets, clock times).

#include "extract/timex.h"
#include "timex_calendar.h"
#include "timex_lexicon.h"

#include <vector>

namespace factline::extract::timex {

// What a rule found: tokens [first, last) and the value, plus the calendar point it names
// (if any), which later anaphoric expressions ("the quarter", "a year earlier") refer to.
struct Cand {
    void reset()
    {
        first = last = -1;
        type = TimexType::Date;
        value.clear();
        relative = false;
        resolved = true;
        explanation.clear();
        point = Point();
    }

    int first = -1;
    int last = -1;
    TimexType type = TimexType::Date;
    QString value;
    bool relative = false;
    bool resolved = true;
    QString explanation;
    Point point;
};

class Scanner
{
public:
    Scanner(QStringView text, QDate dct) : m_text(text), m_dct(dct), m_dctText(describe(dct)) {}

    void scanSentence(qsizetype start, qsizetype end, QList<Timex> &out);
    // The same, when whether [start, end) may hold a timex is known (a SentenceScreen's answer).
    void scanSentence(qsizetype start, qsizetype end, bool mayHold, QList<Timex> &out);

private:
    // Token access; every accessor is safe past the end of the sentence.
    const Token &tok(int j) const { return m_toks[std::size_t(j)]; }
    bool has(int j) const { return j >= 0 && j < int(m_toks.size()); }
    bool isId(int j, Id id) const { return has(j) && tok(j).lex.id == id; } // ids are unique words
    bool isCat(int j, Cat c) const { return has(j) && tok(j).lex.cat == c; }
    bool isPunct(int j, char16_t c) const { return has(j) && tok(j).kind == TokKind::Punct && tok(j).ch == c; }
    bool isApostrophe(int j) const { return isPunct(j, u'\'') || isPunct(j, u'\u2019'); }
    bool isHyphen(int j) const { return isPunct(j, u'-') || isPunct(j, u'\u2010') || isPunct(j, u'\u2011'); }
    // A hyphen joining the words either side of it ("third-quarter").
    bool isJoin(int j) const { return isHyphen(j) && !tok(j).spaceBefore && has(j + 1) && !tok(j + 1).spaceBefore; }
    bool isWordText(int j, QStringView w) const;
    bool isUnit(int j, Unit u) const { return isCat(j, Cat::Unit) && tok(j).lex.value == u; }
    bool isNumber(int j) const { return has(j) && tok(j).kind == TokKind::Number; }
    int afterPossessive(int j) const; // j at "'s" → index after it, else -1

    Tense tenseAround(int first, int last) const;
    bool hasDct() const { return m_dct.isValid(); }

    // Rules; each returns true and fills `c` when it matches at token i.
    bool matchAt(int i, Cand &c);
    bool matchCore(int i, Cand &c);
    bool ruleApprox(int i, Cand &c);
    bool rulePosition(int i, Cand &c);
    bool ruleDuration(int i, Cand &c);
    bool ruleSet(int i, Cand &c);
    bool ruleClockTime(int i, Cand &c);
    bool ruleRelativeWord(int i, Cand &c);
    bool ruleDeictic(int i, Cand &c);
    bool ruleMonth(int i, Cand &c);
    bool ruleWeekday(int i, Cand &c);
    bool ruleYear(int i, Cand &c);
    bool ruleQuarter(int i, Cand &c);
    bool ruleYearAgoAdjective(int i, Cand &c);
    bool ruleHoliday(int i, Cand &c);

    // Pieces the rules share.
    int parseCount(int j, int &value, bool &vague) const; // index after the count, or -1
    int parseDayNumber(int j, int &day) const;            // "22", "22nd", index after or -1
    int parseYearNumber(int j, int &year) const;          // "2024", "nineteen ninety-six"
    int parseClock(int j, int &hour, int &minute) const;  // "3 p.m.", "10:35 a.m."
    int skipTimeZone(int j) const;
    Point anchoredPoint(Gran gran) const;                   // DCT at granularity
    void setDayValue(Cand &c, QDate d, const QString &why, bool relative = true);
    void setPoint(Cand &c, const Point &p, const QString &why, bool relative);
    void setUnresolved(Cand &c, const QString &placeholder, const QString &why);
    QString durationValue(Unit u, int n, bool vague) const;

    QStringView m_text;
    QDate m_dct;
    QString m_dctText; // describe(m_dct), which nearly every explanation quotes
    std::vector<Token> m_toks;
    std::vector<int> m_nextHead;
    Point m_ref;    // the last calendar point the text named
    Point m_period; // the last quarter or half-year it named: what financial news compares
    int m_sentence = 0;        // index of the sentence being scanned
    int m_periodSentence = -100; // where m_period was named
    // m_period, if it was named in this sentence or the two before: further back, a digest
    // of company results has usually moved on to another company and another period.
    Point recentPeriod() const { return m_sentence - m_periodSentence <= 2 ? m_period : Point(); }
};

} // namespace factline::extract::timex
