// SPDX-License-Identifier: MIT
#include "timex_lexicon.h"

#include "extract/charscan.h"

#include <QDate>

#include <array>

namespace factline::extract::timex {
namespace {

struct Entry {
    const char *word;
    Lex lex;
};

constexpr Lex month(int m) { return {Cat::Month, std::uint8_t(m)}; }
constexpr Lex weekday(int d, bool plural = false) { return {Cat::Weekday, std::uint8_t(d), WNone, plural}; }
constexpr Lex num(int v) { return {Cat::NumWord, std::uint8_t(v)}; }
constexpr Lex ord(int v) { return {Cat::Ordinal, std::uint8_t(v)}; }
constexpr Lex unit(Unit u, bool plural = false) { return {Cat::Unit, u, WNone, plural}; }
constexpr Lex part(DayPart p) { return {Cat::DayPart, p}; }
constexpr Lex season(Season s) { return {Cat::Season, s}; }
constexpr Lex tense(Tense t, Id id = WNone) { return {Cat::Tense, t, id}; }
constexpr Lex word(Id id) { return {Cat::Word, 0, id}; }
constexpr Lex plain() { return {Cat::None, 0, WNone, false, true}; }

// A NumWord value is one byte: "thousand" is stored as 200, which no other word uses.
const Entry entries[] = {
    {"january", month(1)}, {"february", month(2)}, {"march", month(3)}, {"april", month(4)},
    {"may", month(5)}, {"june", month(6)}, {"july", month(7)}, {"august", month(8)},
    {"september", month(9)}, {"october", month(10)}, {"november", month(11)}, {"december", month(12)},
    {"jan", month(1)}, {"feb", month(2)}, {"mar", month(3)}, {"apr", month(4)}, {"jun", month(6)},
    {"jul", month(7)}, {"aug", month(8)}, {"sep", month(9)}, {"sept", month(9)}, {"oct", month(10)},
    {"nov", month(11)}, {"dec", month(12)},
    {"monday", weekday(1)}, {"tuesday", weekday(2)}, {"wednesday", weekday(3)}, {"thursday", weekday(4)},
    {"friday", weekday(5)}, {"saturday", weekday(6)}, {"sunday", weekday(7)},
    {"mondays", weekday(1, true)}, {"tuesdays", weekday(2, true)}, {"wednesdays", weekday(3, true)},
    {"thursdays", weekday(4, true)}, {"fridays", weekday(5, true)}, {"saturdays", weekday(6, true)},
    {"sundays", weekday(7, true)},
    {"one", num(1)}, {"two", num(2)}, {"three", num(3)}, {"four", num(4)}, {"five", num(5)},
    {"six", num(6)}, {"seven", num(7)}, {"eight", num(8)}, {"nine", num(9)}, {"ten", num(10)},
    {"eleven", num(11)}, {"twelve", num(12)}, {"thirteen", num(13)}, {"fourteen", num(14)},
    {"fifteen", num(15)}, {"sixteen", num(16)}, {"seventeen", num(17)}, {"eighteen", num(18)},
    {"nineteen", num(19)}, {"twenty", num(20)}, {"thirty", num(30)}, {"forty", num(40)},
    {"fifty", num(50)}, {"sixty", num(60)}, {"seventy", num(70)}, {"eighty", num(80)},
    {"ninety", num(90)}, {"hundred", num(100)}, {"thousand", num(200)},
    {"first", ord(1)}, {"second", ord(2)}, {"third", ord(3)}, {"fourth", ord(4)}, {"fifth", ord(5)},
    {"sixth", ord(6)}, {"seventh", ord(7)}, {"eighth", ord(8)}, {"ninth", ord(9)}, {"tenth", ord(10)},
    {"eleventh", ord(11)}, {"twelfth", ord(12)}, {"thirteenth", ord(13)}, {"fourteenth", ord(14)},
    {"fifteenth", ord(15)}, {"sixteenth", ord(16)}, {"seventeenth", ord(17)}, {"eighteenth", ord(18)},
    {"nineteenth", ord(19)}, {"twentieth", ord(20)}, {"thirtieth", ord(30)},
    {"seconds", unit(USecond, true)}, {"minute", unit(UMinute)}, {"minutes", unit(UMinute, true)},
    {"hour", unit(UHour)}, {"hours", unit(UHour, true)}, {"day", unit(UDay)}, {"days", unit(UDay, true)},
    {"week", unit(UWeek)}, {"weeks", unit(UWeek, true)}, {"weekend", unit(UWeekend)},
    {"weekends", unit(UWeekend, true)}, {"month", unit(UMonth)}, {"months", unit(UMonth, true)},
    {"quarter", unit(UQuarter)}, {"quarters", unit(UQuarter, true)}, {"year", unit(UYear)},
    {"years", unit(UYear, true)}, {"decade", unit(UDecade)}, {"decades", unit(UDecade, true)},
    {"century", unit(UCentury)}, {"centuries", unit(UCentury, true)},
    {"morning", part(PMorning)}, {"afternoon", part(PAfternoon)}, {"evening", part(PEvening)},
    {"night", part(PNight)}, {"nights", {Cat::DayPart, PNight, WNone, true}},
    {"spring", season(SSpring)}, {"summer", season(SSummer)}, {"fall", season(SFall)},
    {"autumn", season(SFall)}, {"winter", season(SWinter)},
    {"twenties", {Cat::Decade, 2}}, {"thirties", {Cat::Decade, 3}}, {"forties", {Cat::Decade, 4}},
    {"fifties", {Cat::Decade, 5}}, {"sixties", {Cat::Decade, 6}}, {"seventies", {Cat::Decade, 7}},
    {"eighties", {Cat::Decade, 8}}, {"nineties", {Cat::Decade, 9}},
    {"the", word(WThe)}, {"a", word(WA)}, {"an", word(WAn)}, {"this", word(WThis)}, {"next", word(WNext)},
    {"last", word(WLast)}, {"past", word(WPast)}, {"coming", word(WComing)}, {"previous", word(WPrevious)},
    {"current", word(WCurrent)}, {"following", word(WFollowing)}, {"latest", word(WLatest)},
    {"recent", word(WRecent)}, {"recently", word(WRecently)}, {"early", word(WEarly)}, {"late", word(WLate)},
    {"mid", word(WMid)}, {"earlier", word(WEarlier)}, {"later", word(WLater)}, {"end", word(WEnd)},
    {"beginning", word(WBeginning)}, {"start", word(WStart)}, {"middle", word(WMiddle)}, {"of", word(WOf)},
    {"in", word(WIn)}, {"that", word(WThat)}, {"each", word(WEach)}, {"every", word(WEvery)},
    {"other", word(WOther)}, {"per", word(WPer)}, {"ago", word(WAgo)}, {"before", word(WBefore)},
    {"after", word(WAfter)}, {"from", word(WFrom)}, {"now", word(WNow)}, {"today", word(WToday)},
    {"tonight", word(WTonight)}, {"yesterday", word(WYesterday)}, {"tomorrow", word(WTomorrow)},
    {"currently", word(WCurrently)}, {"soon", word(WSoon)}, {"future", word(WFuture)},
    {"previously", word(WPreviously)}, {"nowadays", word(WNowadays)}, {"presently", word(WPresently)},
    {"these", word(WThese)}, {"at", word(WAt)}, {"least", word(WLeast)}, {"most", word(WMost)},
    {"up", word(WUp)}, {"to", word(WTo)}, {"no", word(WNo)}, {"more", word(WMore)}, {"less", word(WLess)},
    {"fewer", word(WFewer)}, {"than", word(WThan)}, {"about", word(WAbout)}, {"around", word(WAround)},
    {"nearly", word(WNearly)}, {"almost", word(WAlmost)}, {"roughly", word(WRoughly)},
    {"approximately", word(WApproximately)}, {"some", word(WSome)}, {"over", word(WOver)},
    {"within", word(WWithin)}, {"under", word(WUnder)}, {"several", word(WSeveral)}, {"few", word(WFew)},
    {"many", word(WMany)}, {"couple", word(WCouple)}, {"dozen", word(WDozen)}, {"half", word(WHalf)},
    {"or", word(WOr)}, {"so", word(WSo)}, {"and", word(WAnd)}, {"fiscal", word(WFiscal)},
    {"noon", word(WNoon)}, {"midnight", word(WMidnight)}, {"midday", word(WMidday)},
    {"am", word(WAm)}, {"pm", word(WPm)},
    {"est", word(WTimeZone)}, {"edt", word(WTimeZone)}, {"cst", word(WTimeZone)}, {"cdt", word(WTimeZone)},
    {"pst", word(WTimeZone)}, {"pdt", word(WTimeZone)}, {"mst", word(WTimeZone)}, {"gmt", word(WTimeZone)},
    {"utc", word(WTimeZone)}, {"et", word(WTimeZone)}, {"pt", word(WTimeZone)},
    {"daily", word(WDaily)}, {"weekly", word(WWeekly)}, {"monthly", word(WMonthly)},
    {"annually", word(WAnnually)}, {"yearly", word(WYearly)}, {"hourly", word(WHourly)},
    {"quarterly", word(WQuarterly)}, {"its", word(WIts)}, {"their", word(WTheir)}, {"for", word(WFor)},
    {"near", word(WNear)}, {"short", word(WShort)}, {"term", word(WTerm)}, {"long", word(WLong)},
    {"moment", word(WMoment)}, {"present", word(WPresent)}, {"same", word(WSame)},
    {"ended", word(WEnded)}, {"ending", word(WEnding)}, {"old", word(WOld)},
    {"christmas", word(WHoliday)}, {"thanksgiving", word(WHoliday)}, {"election", word(WHoliday)},
    {"new", word(WHoliday)}, {"independence", word(WHoliday)}, {"halloween", word(WHoliday)},
    {"right", word(WRight)}, {"period", word(WPeriod)}, {"additional", word(WAdditional)},
    {"final", word(WFinal)}, {"by", word(WBy)}, {"since", word(WSince)}, {"until", word(WUntil)}, {"till", word(WUntil)},
    {"once", word(WOnce)}, {"twice", word(WTwice)}, {"times", word(WTimes)}, {"then", word(WThen)}, {"on", word(WOn)}, {"would", word(WWould)}, {"be", word(WBe)}, {"been", word(WBeen)},
    // Verb forms that set the tense of their clause.
    {"was", tense(TPast, WWas)}, {"were", tense(TPast, WWere)}, {"had", tense(TPast, WHad)}, {"did", tense(TPast)},
    {"said", tense(TPast)}, {"told", tense(TPast)}, {"went", tense(TPast)}, {"came", tense(TPast)},
    {"made", tense(TPast)}, {"took", tense(TPast)}, {"gave", tense(TPast)}, {"got", tense(TPast)},
    {"met", tense(TPast)}, {"left", tense(TPast)}, {"held", tense(TPast)}, {"began", tense(TPast)},
    {"saw", tense(TPast)}, {"found", tense(TPast)}, {"fell", tense(TPast)}, {"rose", tense(TPast)},
    {"sold", tense(TPast)}, {"bought", tense(TPast)}, {"won", tense(TPast)}, {"lost", tense(TPast)},
    {"paid", tense(TPast)}, {"sent", tense(TPast)}, {"spent", tense(TPast)}, {"brought", tense(TPast)},
    {"thought", tense(TPast)}, {"became", tense(TPast)}, {"ran", tense(TPast)}, {"struck", tense(TPast)},
    {"knew", tense(TPast)}, {"wrote", tense(TPast)}, {"spoke", tense(TPast)}, {"led", tense(TPast)},
    {"kept", tense(TPast)}, {"felt", tense(TPast)}, {"built", tense(TPast)}, {"broke", tense(TPast)},
    {"chose", tense(TPast)}, {"drew", tense(TPast)}, {"drove", tense(TPast)}, {"flew", tense(TPast)},
    {"grew", tense(TPast)}, {"meant", tense(TPast)}, {"sat", tense(TPast)}, {"stood", tense(TPast)},
    {"threw", tense(TPast)}, {"fought", tense(TPast)}, {"caught", tense(TPast)}, {"sought", tense(TPast)},
    {"arose", tense(TPast)}, {"shot", tense(TPast)}, {"hit", tense(TPast)}, {"won", tense(TPast)},
    {"ago", word(WAgo)},
    {"will", tense(TFuture, WWill)}, {"ll", tense(TFuture, WFutureAux)}, {"shall", tense(TFuture, WFutureAux)}, {"wo", tense(TFuture, WFutureAux)},
    {"expected", tense(TFuture)}, {"scheduled", tense(TFuture)}, {"plans", tense(TFuture)},
{"planned", tense(TFuture)}, {"due", tense(TFuture)}, {"upcoming", tense(TFuture)},
    {"going", tense(TFuture, WGoing)}, {"intends", tense(TFuture)}, {"expects", tense(TFuture)},
    {"is", tense(TPresent)}, {"are", tense(TPresent)}, {"am", word(WAm)}, {"has", tense(TPresent, WHas)},
    {"have", tense(TPresent, WHave)}, {"says", tense(TPresent)}, {"does", tense(TPresent)},
    // Words ending in -ed that are no past-tense verb.
    {"need", plain()}, {"indeed", plain()}, {"proceed", plain()}, {"exceed", plain()},
    {"succeed", plain()}, {"speed", plain()}, {"seed", plain()}, {"feed", plain()}, {"breed", plain()},
    {"bleed", plain()}, {"greed", plain()}, {"united", plain()}, {"based", plain()}, {"red", plain()},
    {"bed", plain()}, {"shed", plain()}, {"limited", plain()}, {"supposed", plain()}, {"proposed", plain()},
    {"armed", plain()}, {"detailed", plain()}, {"related", plain()}, {"concerned", plain()},
    {"advanced", plain()}, {"embed", plain()}, {"hundred", num(100)}, {"seasoned", plain()},
    {"biased", plain()}, {"alleged", plain()}, {"reed", plain()}, {"weed", plain()}, {"ted", plain()},
    {"fred", plain()}, {"ed", plain()}, {"ahmed", plain()}, {"mohammed", plain()}, {"muhammed", plain()},
    {"naked", plain()}, {"wicked", plain()}, {"sacred", plain()}, {"kindred", plain()},
};

struct Key {
    std::uint64_t a = 0, b = 0;
    bool operator==(const Key &) const = default;
};

// Folds up to 16 ASCII letters into a key; false for anything longer or not ASCII.
template<typename CharAt>
bool makeKey(qsizetype n, CharAt at, Key &key)
{
    if (n <= 0 || n > 16)
        return false;
    key = {};
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = at(i);
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
        else if (c < u'a' || c > u'z')
            return false;
        const std::uint64_t v = std::uint64_t(c) << ((i & 7) * 8);
        if (i < 8)
            key.a |= v;
        else
            key.b |= v;
    }
    return true;
}

std::size_t hashKey(const Key &k)
{
    const std::uint64_t h = (k.a ^ (k.b * 0xC2B2AE3D27D4EB4Full)) * 0x9E3779B97F4A7C15ull;
    return std::size_t(h >> 40);
}

constexpr std::size_t tableSize = 2048; // power of two, well above the entry count

struct Slot {
    Key key;
    Lex lex;
    bool used = false;
};

// (length, first letter, last letter) of every entry: most words of a text fail this
// test, which costs far less than hashing them.
std::size_t signature(qsizetype n, char16_t first, char16_t last)
{
    return std::size_t(n) * 676 + std::size_t(first - u'a') * 26 + std::size_t(last - u'a');
}

bool isHead(const Lex &l);

struct Table {
    std::array<Slot, tableSize> cells{};
    std::array<bool, 17 * 676> signatures{};
    std::array<bool, 17 * 676> headSignatures{}; // the same, of the entries that are heads

    Table()
    {
        for (const Entry &e : entries) {
            Key k;
            const char *w = e.word;
            qsizetype n = 0;
            while (w[n])
                ++n;
            if (!makeKey(n, [w](qsizetype i) { return char16_t(w[i]); }, k))
                continue;
            std::size_t h = hashKey(k) & (tableSize - 1);
            while (cells[h].used && !(cells[h].key == k))
                h = (h + 1) & (tableSize - 1);
            if (cells[h].used)
                continue; // first entry wins
            cells[h] = {k, e.lex, true};
            signatures[signature(n, char16_t(w[0]), char16_t(w[n - 1]))] = true;
            if (isHead(e.lex))
                headSignatures[signature(n, char16_t(w[0]), char16_t(w[n - 1]))] = true;
        }
    }
};

const Table &table()
{
    static const Table t;
    return t;
}


// Words every temporal expression contains at least one of; the scanner tries no rule
// where none is near, which is what keeps it fast on ordinary text.
inline bool isHead(const Lex &l)
{
    switch (l.cat) {
    case Cat::Month: case Cat::Weekday: case Cat::Unit: case Cat::DayPart: case Cat::Season:
    case Cat::Decade: case Cat::NumWord:
        return true;
    case Cat::Word:
        switch (l.id) {
        case WNow: case WToday: case WTonight: case WYesterday: case WTomorrow: case WCurrently:
        case WFuture: case WRecently: case WNowadays: case WPresently: case WDaily: case WWeekly:
        case WMonthly: case WAnnually: case WYearly: case WHourly: case WNoon: case WMidnight:
        case WMidday: case WHoliday: case WPresent: case WMoment: case WTerm: case WPeriod:
        case WCurrent: case WPast: case WHalf: case WLater:
            return true;
        default:
            return false;
        }
    default:
        return false;
    }
}

// Words no rule begins with ("of", "and", "ended"...): skipping them early is what lets
// the scanner pass over ordinary prose quickly.
bool isStarter(const Lex &l)
{
    switch (l.cat) {
    case Cat::None: case Cat::Tense: case Cat::DayPart:
        return false;
    case Cat::Word:
        switch (l.id) {
        case WOf: case WIn: case WTo: case WOr: case WSo: case WAnd: case WFor: case WBy: case WSince:
        case WUntil: case WThen: case WThan: case WLeast: case WMost: case WEnded: case WEnding:
        case WOld: case WTerm: case WLong: case WShort: case WNear: case WMoment: case WSame:
        case WPeriod: case WTimes: case WTwice: case WOnce: case WFrom: case WAgo: case WBefore:
        case WAfter: case WOther: case WFew: case WOn: case WWould: case WBe: case WBeen:
        case WAm: case WPm: case WTimeZone: case WLatest: case WFollowing: case WPrevious:
        case WPresent: case WFuture: case WHalf:
            return false;
        default:
            return true;
        }
    default:
        return true;
    }
}

Lex lookupKey(const Key &k)
{
    const Table &t = table();
    std::size_t h = hashKey(k) & (tableSize - 1);
    while (t.cells[h].used) {
        if (t.cells[h].key == k)
            return t.cells[h].lex;
        h = (h + 1) & (tableSize - 1);
    }
    return {};
}

} // namespace

Lex lookup(QStringView word)
{
    Key k;
    if (!makeKey(word.size(), [word](qsizetype i) { return word[i].unicode(); }, k))
        return {};
    return lookupKey(k);
}

namespace {
enum CharClass : std::uint8_t { COther, CSpace, CLetter, CDigit };

// The shared ASCII classes (chars::asciiClasses, with \f and \v as spaces) as this
// tokenizer's, by table: its inner loops then take one predictable branch a character.
constexpr std::array<std::uint8_t, 128> asciiClasses = [] {
    std::array<std::uint8_t, 128> t{};
    for (std::size_t c = 0; c < 128; ++c) {
        const std::uint8_t cls = chars::asciiClasses[c];
        t[c] = cls & chars::Letter ? CLetter
               : cls & chars::Digit ? CDigit
               : cls & (chars::Blank | chars::OtherSpace) ? CSpace
                                                            : COther;
    }
    return t;
}();

CharClass classOf(char16_t c)
{
    if (c < 128)
        return CharClass(asciiClasses[c]);
    if (c == 0x00A0 || QChar(c).isSpace())
        return CSpace;
    return QChar(c).isLetter() ? CLetter : COther;
}

// The entry of the word of `len` (1..16) ASCII letters at `p`, folded into a key as
// makeKey does, without its checks (tokenize has made them).
Lex lookupLetters(const char16_t *p, qsizetype len)
{
    std::uint64_t a = 0, b = 0;
    for (qsizetype n = 0; n < len; ++n) {
        const std::uint64_t v = std::uint64_t(p[n] | 0x20) << ((n & 7) * 8);
        (n < 8 ? a : b) |= v;
    }
    return lookupKey(Key{a, b});
}

// The end of the word that starts at letter p[i], and whether it is all ASCII: the
// ASCII letters first (the tight loop), then any other letter continues it.
Q_ALWAYS_INLINE qsizetype wordEnd(QStringView text, qsizetype i, qsizetype end, bool &ascii)
{
    const char16_t *p = text.utf16();
    qsizetype j = i;
    ascii = true;
    for (;;) {
        j = chars::endOfRun<chars::Letter>(p, j, end, text.size());
        if (j < end && p[j] >= 128 && QChar(p[j]).isLetter()) {
            ascii = false;
            ++j;
            continue;
        }
        return j;
    }
}
} // namespace

bool isHeadShape(qsizetype len, char16_t first, char16_t last)
{
    return len > 0 && len <= 16 && table().headSignatures[signature(len, first, last)];
}

bool isHeadWord(const char16_t *p, qsizetype len)
{
    return len > 0 && len <= 16
           && table().headSignatures[signature(len, char16_t(p[0] | 0x20), char16_t(p[len - 1] | 0x20))]
           && isHead(lookupLetters(p, len));
}

bool mayHoldTimex(QStringView text, qsizetype start, qsizetype end)
{
    const char16_t *p = text.utf16();
    qsizetype i = start;
    while (i < end) {
        const CharClass cls = classOf(p[i]);
        if (cls == CDigit)
            return true; // a number, which tokenize makes a head when it is a plain digit run
        if (cls != CLetter) {
            ++i;
            continue;
        }
        // The words tokenize looks up, with the signature of the heads among its entries.
        bool ascii = true;
        const qsizetype j = wordEnd(text, i, end, ascii);
        const qsizetype len = j - i;
        if (ascii && isHeadWord(p + i, len))
            return true;
        i = j;
    }
    return false;
}

void tokenize(QStringView text, qsizetype start, qsizetype end, std::vector<Token> &out)
{
    out.clear();
    const Table &tab = table();
    const char16_t *p = text.utf16();
    bool space = true;
    qsizetype i = start;
    while (i < end) {
        const char16_t c = p[i];
        const CharClass cls = classOf(c);
        if (cls == CSpace) {
            space = true;
            ++i;
            continue;
        }
        // Filled in place: building a Token on the stack and copying it in stalls the
        // store buffer (the fields are written bytewise and read back wide).
        Token &t = out.emplace_back();
        t.start = i;
        t.spaceBefore = space;
        space = false;
        if (cls == CDigit) {
            qsizetype j = i;
            bool plain = true;
            while (j < end) {
                const char16_t d = p[j];
                if (d >= u'0' && d <= u'9') {
                    ++j;
                } else if ((d == u',' || d == u'.') && j + 1 < end && p[j + 1] >= u'0' && p[j + 1] <= u'9') {
                    plain = false;
                    j += 2;
                } else {
                    break;
                }
            }
            t.kind = TokKind::Number;
            t.end = j;
            if (plain && j - i <= 9) {
                // "1.5" and "1,200" are amounts; only plain digit runs can be days, years or counts.
                t.head = true;
                t.starter = true;
                int v = 0;
                for (qsizetype k = i; k < j; ++k)
                    v = v * 10 + (p[k] - u'0');
                t.number = v;
                t.digits = std::uint8_t(j - i);
            }
        } else if (cls == CLetter) {
            // The word's end first, then its lexicon key, and that only for words whose
            // length and first and last letters some entry shares.
            bool ascii = true;
            const qsizetype j = wordEnd(text, i, end, ascii);
            const qsizetype len = j - i;
            t.kind = TokKind::Word;
            t.end = j;
            t.capital = c < 0x80 ? (c >= u'A' && c <= u'Z') : QChar(c).isUpper();
            if (ascii && len <= 16
                && tab.signatures[signature(len, char16_t(p[i] | 0x20), char16_t(p[j - 1] | 0x20))]) {
                t.lex = lookupLetters(p + i, len);
                t.head = isHead(t.lex);
                t.starter = isStarter(t.lex);
            }
            if (t.lex.cat == Cat::Tense) {
                t.tense = Tense(t.lex.value);
            } else if (t.lex.cat == Cat::None && !t.lex.notPast && len >= 5 && !t.capital && p[j - 1] == u'd'
                       && p[j - 2] == u'e') {
                t.tense = TPast;
            }
        } else {
            t.kind = TokKind::Punct;
            t.ch = c;
            t.starter = c == u'\'' || c == u'\u2019'; // "the '80s"
            // Keep a surrogate pair (emoji) in one token so no span ever splits it.
            t.end = (QChar::isHighSurrogate(c) && i + 1 < end && QChar::isLowSurrogate(p[i + 1])) ? i + 2 : i + 1;
        }
        i = t.end;
    }
}

namespace {
enum Holiday { HChristmas = 1, HThanksgiving, HElection, HNewYear, HIndependence, HHalloween };

QDate nthWeekday(int year, int month, int weekday, int n)
{
    QDate d(year, month, 1);
    d = d.addDays((weekday - d.dayOfWeek() + 7) % 7);
    return d.addDays(7 * (n - 1));
}

bool isWord(QStringView text, const Token &t, QStringView w)
{
    return t.kind == TokKind::Word && text.sliced(t.start, t.end - t.start).compare(w, Qt::CaseInsensitive) == 0;
}
} // namespace

bool holidayDate(int holiday, int year, int &month, int &day)
{
    QDate d;
    switch (holiday) {
    case HChristmas: d = QDate(year, 12, 25); break;
    case HThanksgiving: d = nthWeekday(year, 11, 4, 4); break;
    case HElection: d = nthWeekday(year, 11, 1, 1).addDays(1); break;
    case HNewYear: d = QDate(year, 1, 1); break;
    case HIndependence: d = QDate(year, 7, 4); break;
    case HHalloween: d = QDate(year, 10, 31); break;
    default: return false;
    }
    month = d.month();
    day = d.day();
    return true;
}

int matchHoliday(QStringView text, const std::vector<Token> &toks, int i, int &holiday)
{
    const int n = int(toks.size());
    const Token &t = toks[i];
    if (!t.capital)
        return -1;
    auto dayAfter = [&](int j) { return j < n && toks[j].capital && isWord(text, toks[j], u"Day") ? j + 1 : -1; };
    if (isWord(text, t, u"Christmas")) {
        holiday = HChristmas;
        int j = i + 1;
        if (j < n && isWord(text, toks[j], u"Day"))
            ++j;
        else if (j < n && isWord(text, toks[j], u"Eve"))
            return -1;
        return j;
    }
    if (isWord(text, t, u"Thanksgiving")) {
        holiday = HThanksgiving;
        const int j = dayAfter(i + 1);
        return j > 0 ? j : i + 1;
    }
    if (isWord(text, t, u"Halloween")) {
        holiday = HHalloween;
        return i + 1;
    }
    if (isWord(text, t, u"Election")) {
        holiday = HElection;
        return dayAfter(i + 1);
    }
    if (isWord(text, t, u"Independence")) {
        holiday = HIndependence;
        return dayAfter(i + 1);
    }
    if (isWord(text, t, u"New") && i + 3 < n && isWord(text, toks[i + 1], u"Year") && toks[i + 2].kind == TokKind::Punct
        && isWord(text, toks[i + 3], u"s")) {
        holiday = HNewYear;
        int j = i + 4;
        if (j < n && isWord(text, toks[j], u"Day"))
            return j + 1;
        if (j < n && isWord(text, toks[j], u"Eve"))
            return -1;
        return j;
    }
    return -1;
}

} // namespace factline::extract::timex
