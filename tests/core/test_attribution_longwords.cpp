// SPDX-License-Identifier: MIT
// Words longer than the scanner keeps in lower case (24 units) are read as empty words:
// every rule that looks at a neighbouring word must cope with that.
#include "extract/attribution.h"
#include "extract/pipeline.h"
#include "extract/sentences.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace factline::extract;
using namespace Qt::StringLiterals;

TEST_CASE("a very long word before a speech gerund is read without a crash", "[attribution][longwords]")
{
    // The gerund rule asked for the first letter of the word before "saying"; a word of
    // 45 letters has no lower-case form kept, and reading its first letter crashed.
    const QString text = u"The crowd waved pneumonoultramicroscopicsilicovolcanoconiosis saying that it was over. "
                         u"Officials said the square would reopen on Monday."_s;
    const QList<Attribution> found = findAttributions(text, splitSentences(text), {});
    bool officials = false;
    for (const Attribution &a : found)
        officials = officials || text.mid(a.source.start, a.source.length()) == u"Officials"_s;
    CHECK(officials);
}

TEST_CASE("long words around every kind of cue leave the rest of the article found", "[attribution][longwords]")
{
    const QString longWord = QString(40, u'x');
    const QStringList cues = {u"saying"_s, u"said"_s, u"says"_s, u"told"_s, u"claims"_s, u"according to"_s};
    for (const QString &cue : cues) {
        const QString text = longWord + u' ' + cue + u' ' + longWord + u". Ms. Reyes said the vote was close."_s;
        const Extraction x = extract(text, QDate(2024, 3, 24));
        bool reyes = false;
        for (const Attribution &a : x.attributions)
            reyes = reyes || text.mid(a.source.start, a.source.length()) == u"Ms. Reyes"_s;
        CHECK(reyes);
    }
}
