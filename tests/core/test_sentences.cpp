// SPDX-License-Identifier: MIT
#include "extract/sentences.h"

#include <catch2/catch.hpp>

#include <QStringList>

using namespace factline::extract;
using namespace Qt::StringLiterals;

namespace {

QStringList sentencesOf(const QString &text)
{
    QStringList out;
    for (const Sentence &s : splitSentences(text))
        out << text.mid(s.start, s.length());
    return out;
}

} // namespace

TEST_CASE("sentences: news abbreviations before a capitalised word do not end a sentence", "[sentences]")
{
    const QStringList s = sentencesOf(QStringLiteral(
        "The U.S. Secretary of State flew to Cairo. The U.N. Security Council met on Oct. 7 in New York. "
        "Gov. Smith spoke last."));
    REQUIRE(s.size() == 3);
    CHECK(s[0] == QStringLiteral("The U.S. Secretary of State flew to Cairo."));
    CHECK(s[1].startsWith(QStringLiteral("The U.N. Security Council")));
    CHECK(s[2] == QStringLiteral("Gov. Smith spoke last."));
}

TEST_CASE("sentences: an initialism at the end of a sentence still ends it", "[sentences]")
{
    const QStringList s = sentencesOf(QStringLiteral("The envoy returned to the U.S. The talks resume Monday."));
    REQUIRE(s.size() == 2);
    CHECK(s[1] == QStringLiteral("The talks resume Monday."));
}

TEST_CASE("sentences: a closing quotation mark stays with its sentence — lines always break", "[sentences]")
{
    const QStringList s = sentencesOf(QStringLiteral("“We will go,” she said. “Soon.”\nHEADLINE\n\nNext one."));
    REQUIRE(s.size() == 4);
    CHECK(s[0] == QStringLiteral("“We will go,” she said."));
    CHECK(s[1] == QStringLiteral("“Soon.”"));
    CHECK(s[2] == QStringLiteral("HEADLINE"));
}

TEST_CASE("sentences: empty and punctuation-free text", "[sentences][bad-input]")
{
    CHECK(splitSentences(QString()).isEmpty());
    CHECK(sentencesOf(QStringLiteral("no punctuation at all here")).size() == 1);
    CHECK(splitSentences(QStringLiteral("   \n\n  ")).isEmpty());
}

// splitSentences lets ICU read a copy of the text without the middles of long runs of
// letters and spaces (detail::icuSentenceBreaks). Whatever the text, the breaks must be
// the ones ICU finds over the whole of it: texts made at random from the pieces news
// sentences are made of, and the corners of the rules (abbreviations, closing quotes,
// numbers after a full stop, lower case after it, other scripts' full stops).
TEST_CASE("sentences: the shortened text ICU reads gives the breaks of the whole text", "[sentences]")
{
    const QStringList pieces = {
        u"the"_s, u"international"_s, u"Washington"_s, u"Secretary"_s, u"said"_s, u"a"_s, u"I"_s,
        u"Mr"_s, u"Mrs"_s, u"U.S"_s, u"U.S."_s, u"U.N."_s, u"e.g."_s, u"i.e."_s, u"etc."_s, u"Calif."_s,
        u"Inc."_s, u"p.m."_s, u"Hon.B.A."_s, u"No."_s, u"Ph.D."_s, u"."_s, u". "_s, u"? "_s, u"! "_s,
        u"?!"_s, u"..."_s, u"…"_s, u" "_s, u"  "_s, u"   "_s, u"\u00a0"_s, u"\t"_s, u"\n"_s,
        u"\r\n"_s, u"\n\n"_s, u"\r"_s, u"\u2029"_s, u"\u0085"_s, u"\""_s, u"“"_s, u"”"_s, u"‘"_s,
        u"’"_s, u"'"_s, u"("_s, u")"_s, u"["_s, u"]"_s, u","_s, u";"_s, u":"_s, u"-"_s, u"—"_s,
        u"1"_s, u"32,070"_s, u"2.5"_s, u"2024"_s, u"é"_s, u"Ñandú"_s, u"\u0301"_s, u"\u200b"_s,
        u"\u00ad"_s, u"日本語"_s, u"。"_s, u"！"_s, u"।"_s, u"😀"_s, u"ДА"_s, u"نعم"_s, u"%"_s,
        u"$"_s, u"Smith"_s, u"quickly"_s, u"x"_s, u"Z"_s, u"(D-Ore.)"_s, u"Lt.Cdr."_s, u"Washingtonian."_s,
        u"extraordinarily-long-word."_s, u"Mr.Smith"_s, u"3.5"_s, u"a.m."_s,
    };
    quint32 seed = 12345;
    auto random = [&seed](quint32 bound) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % bound;
    };
    int compared = 0;
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const quint32 count = 1 + random(round % 10 == 0 ? 600 : 120);
        for (quint32 k = 0; k < count; ++k) {
            const quint32 kind = random(10);
            if (kind < 4) {
                text += pieces[qsizetype(random(quint32(pieces.size())))];
            } else if (kind < 8) {
                text += pieces[qsizetype(random(30))] + u' '; // a word and a space: long plain runs
            } else {
                text += pieces[qsizetype(random(quint32(pieces.size())))] + pieces[qsizetype(random(30))];
            }
        }
        const std::vector<qsizetype> whole = detail::icuSentenceBreaks(text, false);
        const std::vector<qsizetype> fast = detail::icuSentenceBreaks(text, true);
        INFO(text.toStdString());
        REQUIRE(fast == whole);
        compared += int(whole.size());
    }
    CHECK(compared > 10000); // the texts did have breaks to compare
    for (const QString &text : {u"It was 5 p.m. Then the U.S. Army came. Mr. Smith said etc. 5 times."_s,
                                u"He left. “it is over,” she said. (Quoted.) [Then.] ‘no.’ 3. 4.5 cases."_s,
                                u"Prices rose.and fell. The deal (signed Oct. 7) held. WHO SAID IT? Nobody."_s,
                                // long stretches of commas, quotes, brackets and symbols between the ends
                                u"He said, “the (very, very) long-winded, much-revised $5,000 plan” — 40% of it — "
                                u"failed.” Mr. “Smith” (D-Ore.) left; “U.S.” officials, e.g. aides, stayed. Then."_s,
                                u"[a], [b], [c]; (d) & (e) / f * g # h @ i … “no.” ‘Yes.’ (Mr.) “Dr.” Smith."_s}) {
        QString longer;
        for (int k = 0; k < 40; ++k)
            longer += text + u' ' + QString(k, u'w') + u' ';
        CHECK(detail::icuSentenceBreaks(longer, true) == detail::icuSentenceBreaks(longer, false));
    }
}
