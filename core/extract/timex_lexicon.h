// SPDX-License-Identifier: MIT
#pragma once

// Internal to the TIMEX3 extractor: the word list it recognises and the tokenizer that
// tags each word with its entry. Words are looked up without allocating (ASCII folded into
// two machine words), because the extractor must stay far above 100 MB/s on news text.

#include <QStringView>

#include <cstdint>
#include <vector>

namespace factline::extract::timex {

enum class Cat : std::uint8_t {
    None,
    Month,     // value 1..12
    Weekday,   // value 1..7 (ISO, Monday = 1); flag Plural for "Mondays"
    NumWord,   // value: one = 1 ... ninety = 90, hundred = 100, thousand = 1000
    Ordinal,   // value: first = 1 ...
    Unit,      // value: Unit; flag Plural
    DayPart,   // value: DayPart
    Season,    // value: Season
    Decade,    // "nineties": value 9
    Tense,     // value: Tense (a verb form that tells the tense of its clause)
    Word,      // a word the rules name by its id
};

enum Unit : std::uint8_t { USecond = 1, UMinute, UHour, UDay, UWeek, UWeekend, UMonth, UQuarter, UYear, UDecade, UCentury };
enum DayPart : std::uint8_t { PMorning = 1, PAfternoon, PEvening, PNight };
enum Season : std::uint8_t { SSpring = 1, SSummer, SFall, SWinter };
enum Tense : std::uint8_t { TNone = 0, TPast, TPresent, TFuture };

// Words the rules refer to one by one.
enum Id : std::uint16_t {
    WNone = 0,
    WThe, WA, WAn, WThis, WNext, WLast, WPast, WComing, WPrevious, WCurrent, WFollowing, WLatest,
    WRecent, WRecently, WEarly, WLate, WMid, WEarlier, WLater, WEnd, WBeginning, WStart, WMiddle,
    WOf, WIn, WThat, WEach, WEvery, WOther, WPer, WAgo, WBefore, WAfter, WFrom, WNow, WToday,
    WTonight, WYesterday, WTomorrow, WCurrently, WSoon, WFuture, WPreviously, WNowadays,
    WPresently, WThese, WAt, WLeast, WMost, WUp, WTo, WNo, WMore, WLess, WFewer, WThan,
    WAbout, WAround, WNearly, WAlmost, WRoughly, WApproximately, WSome, WOver, WWithin, WUnder,
    WSeveral, WFew, WMany, WCouple, WDozen, WHalf, WOr, WSo, WAnd, WFiscal,
    WNoon, WMidnight, WMidday, WAm, WPm, WTimeZone, WDaily, WWeekly, WMonthly, WAnnually,
    WYearly, WHourly, WQuarterly, WIts, WTheir, WFor, WNear, WShort, WTerm, WLong, WMoment,
    WPresent, WSame, WEnded, WEnding, WOld, WHoliday, WDay, WRight, WPeriod,
    WAdditional, WFinal, WBy, WSince, WUntil, WOnce, WTwice, WTimes,
    WThen,
    // verb forms that also carry a tense
    WWould, WOn, WBe, WBeen, WHas, WHave, WHad, WWas, WWere, WWill, WGoing, WFutureAux,
};

struct Lex {
    Cat cat = Cat::None;
    std::uint8_t value = 0;
    std::uint16_t id = WNone;
    bool plural = false;
    bool notPast = false; // ends in -ed but is no past-tense verb ("need", "united")
};

enum class TokKind : std::uint8_t { Word, Number, Punct };

struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    TokKind kind = TokKind::Punct;
    bool spaceBefore = false;
    bool capital = false;   // first letter upper case
    std::uint8_t digits = 0; // Number: count of digits when it is one plain digit run, else 0
    char16_t ch = 0;        // Punct: the character
    Lex lex;
    int number = -1;        // Number: value of a plain digit run of up to 9 digits
    Tense tense = TNone;
    bool head = false;      // can be the core of a temporal expression (a month, "week", a number...)
    bool starter = false;   // some rule can begin at this token
};

// Looks a word up (case-insensitive, ASCII letters only).
Lex lookup(QStringView word);

// Cuts [start, end) of `text` into words, numbers and single punctuation marks; whitespace
// only sets spaceBefore. Appends to `out` (cleared first).
void tokenize(QStringView text, qsizetype start, qsizetype end, std::vector<Token> &out);

// Whether tokenize would find a head in [start, end) of `text` (a plain digit run or a
// word such as a month, "week" or "today"). It may say yes where there is none, never no
// where there is one: a sentence without a head holds no temporal expression, and most
// sentences have none, so the scanner skips them without tokenizing.
bool mayHoldTimex(QStringView text, qsizetype start, qsizetype end);
// Whether the word of `len` ASCII letters at `p` is a head (the test mayHoldTimex makes of
// each word).
bool isHeadWord(const char16_t *p, qsizetype len);
// Whether some head has `len` letters and these first and last ones (lower-case 'a'..'z'):
// isHeadWord is false for every other word.
bool isHeadShape(qsizetype len, char16_t first, char16_t last);

// Holiday with a fixed or computed date: returns month/day for `year`, or false.
bool holidayDate(int holiday, int year, int &month, int &day);
// Recognises a holiday name starting at token i ("Christmas", "Thanksgiving Day",
// "Election Day", "New Year's Day"): returns the token after it or -1, and the holiday id.
int matchHoliday(QStringView text, const std::vector<Token> &toks, int i, int &holiday);

} // namespace factline::extract::timex
