// SPDX-License-Identifier: MIT
// Quotations marked with two straight apostrophes, as some newspapers print them: a
// quotation inside one ends with three marks, or with a single one and a space first.
#include "extract/attribution.h"
#include "extract/sentences.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace factline::extract;
using namespace Qt::StringLiterals;

namespace {

QString of(const QString &text, TextSpan s)
{
    return s.isValid() ? text.mid(s.start, s.length()) : QString();
}

QList<Attribution> run(const QString &text)
{
    return findAttributions(text, splitSentences(text), {});
}

} // namespace

TEST_CASE("a quotation closed by three straight marks keeps its speaker", "[attribution][quotes]")
{
    const QString text = u"''The clerks keep telling us, 'The forms are late,''' Ms. Okafor said."_s;
    const QList<Attribution> found = run(text);
    REQUIRE(found.size() == 1);
    CHECK(of(text, found[0].source) == u"Ms. Okafor"_s);
    CHECK(of(text, found[0].cue) == u"said"_s);
    REQUIRE(found[0].content.size() == 1);
    CHECK(of(text, found[0].content[0]).startsWith(u"''The clerks"_s));
    CHECK(of(text, found[0].content[0]).endsWith(u"late,'''"_s));
}

TEST_CASE("a double straight mark after a space closes an open quotation when no word follows", "[attribution][quotes]")
{
    const QString text = u"''I never liked the phrase 'small town,' '' the mayor said on Monday."_s;
    const QList<Attribution> found = run(text);
    REQUIRE(found.size() == 1);
    CHECK(of(text, found[0].source) == u"the mayor"_s);
    REQUIRE(found[0].content.size() == 1);
    CHECK(of(text, found[0].content[0]).endsWith(u"'small town,' ''"_s));
    CHECK(found[0].kind == QuoteKind::Direct);
}

TEST_CASE("a double straight mark after a space still opens a quotation before a word", "[attribution][quotes]")
{
    // Nothing is open, so the mark after "said" opens the quotation that follows.
    const QString text = u"The governor said ''we will rebuild the bridge.''"_s;
    const QList<Attribution> found = run(text);
    REQUIRE(found.size() == 1);
    CHECK(of(text, found[0].source) == u"The governor"_s);
    REQUIRE(found[0].content.size() == 1);
    CHECK(of(text, found[0].content[0]) == u"''we will rebuild the bridge.''"_s);
}
