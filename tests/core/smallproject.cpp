// SPDX-License-Identifier: MIT
#include "smallproject.h"

#include "store/annotations.h"
#include "store/disputes.h"
#include "text/offsets.h"

#include <catch2/catch.hpp>


namespace factline::test {

using namespace Qt::StringLiterals;

namespace {

CodePointSpan spanOf(const QString &text, const QString &words)
{
    const qsizetype at = text.indexOf(words);
    REQUIRE(at >= 0);
    const OffsetMap map(text);
    return {map.toCodePoint(at), map.toCodePoint(at + words.size())};
}

qint64 addDocument(Project &p, const QString &text, const QString &title, const QString &outlet, QDate date,
                   const QString &url)
{
    DocumentRecord d;
    d.text = text;
    d.meta.title = title;
    d.meta.outlet = outlet;
    d.meta.author = u"A. Reporter"_s;
    d.meta.url = url;
    d.meta.published = date;
    d.meta.language = u"en"_s;
    d.importedAt = QDateTime(QDate(2024, 4, 1), QTime(9, 0), Qt::UTC);
    auto added = p.addDocument(d);
    REQUIRE(added.ok());
    return added->id;
}

qint64 addClaim(Project &p, ClaimRecord c)
{
    auto id = p.insertClaim(c);
    REQUIRE(id.ok());
    return *id;
}

} // namespace

ClaimRecord claimOn(const QString &text, qint64 documentId, const QString &source, const QString &cue,
                    const QString &content)
{
    ClaimRecord c;
    c.documentId = documentId;
    c.actorName = source;
    c.sourceText = source;
    c.source = spanOf(text, source);
    c.cueText = cue;
    c.cue = spanOf(text, cue);
    c.content = {spanOf(text, content)};
    c.text = content;
    c.kind = u"indirect"_s;
    c.confidence = 0.9;
    return c;
}

SmallProject buildSmallProject(const QString &path)
{
    SmallProject s;
    auto opened = Project::open(path);
    REQUIRE(opened.ok());
    s.project = std::move(*opened);
    Project &p = *s.project;

    const QString wireText = u"Talks on Rafah\n\nHealth officials say 32,070 people have been killed in Gaza. "
                             u"Israel says a third of the dead are militants. "
                             u"Israel said on Friday that talks on Rafah would be held in Washington next week."_s;
    const QString dailyText = u"😀 Toll rises\n\nHealth officials said on Sunday that 32,226 people had died."_s;
    s.wire = addDocument(p, wireText, u"Talks on Rafah"_s, u"Wire"_s, QDate(2024, 3, 22), u"https://wire.example/rafah"_s);
    s.daily = addDocument(p, dailyText, u"Toll rises"_s, u"Daily"_s, QDate(2024, 3, 24), u"https://daily.example/toll"_s);

    auto health = p.ensureActor(u"Health officials"_s, u"government"_s);
    auto israel = p.ensureActor(u"Israel"_s, u"government"_s);
    REQUIRE(health.ok());
    REQUIRE(israel.ok());
    ClaimRecord toll = claimOn(wireText, s.wire, u"Health officials"_s, u"say"_s,
                               u"32,070 people have been killed in Gaza"_s);
    toll.actorId = *health;
    toll.saidDate = QDate(2024, 3, 22);
    s.tollClaim = addClaim(p, toll);
    ClaimRecord militants = claimOn(wireText, s.wire, u"Israel"_s, u"says"_s, u"a third of the dead are militants"_s);
    militants.actorId = *israel;
    militants.saidDate = QDate(2024, 3, 22);
    s.militantsClaim = addClaim(p, militants);
    ClaimRecord talks = claimOn(wireText, s.wire, u"Israel"_s, u"said"_s,
                                u"talks on Rafah would be held in Washington next week"_s);
    talks.source = {wireText.indexOf(u"Israel said"_s), wireText.indexOf(u"Israel said"_s) + 6}; // ASCII: units are code points
    talks.cue = {talks.source.end + 1, talks.source.end + 5};
    talks.actorId = *israel;
    talks.saidDate = QDate(2024, 3, 22);
    s.talksClaim = addClaim(p, talks);
    ClaimRecord daily = claimOn(dailyText, s.daily, u"Health officials"_s, u"said"_s, u"32,226 people had died"_s);
    daily.actorId = *health;
    daily.saidDate = QDate(2024, 3, 24);
    s.dailyTollClaim = addClaim(p, daily);
    ClaimRecord plain = claimOn(wireText, s.wire, u"Health officials"_s, u"say"_s, u"people have been killed"_s);
    plain.actorId = 0; // an unattributed claim
    plain.actorName.clear();
    plain.sourceText.clear();
    plain.source = {};
    s.plainClaim = addClaim(p, plain);

    EventRecord talksEvent;
    talksEvent.documentId = s.wire;
    talksEvent.title = u"Talks on Rafah in Washington"_s;
    talksEvent.dateValue = u"2024-W13"_s;
    talksEvent.dateStart = QDate(2024, 3, 25);
    talksEvent.dateEnd = QDate(2024, 3, 31);
    talksEvent.granularity = u"week"_s;
    const qsizetype at = wireText.indexOf(u"talks on Rafah would"_s);
    talksEvent.anchor = {at, at + 14};
    talksEvent.anchorText = u"talks on Rafah"_s;
    talksEvent.actors = {u"Israel"_s};
    auto e1 = p.insertEvent(talksEvent);
    REQUIRE(e1.ok());
    s.talksEvent = *e1;
    EventRecord announced;
    announced.documentId = s.wire;
    announced.title = u"Israel announces talks"_s;
    announced.dateValue = u"2024-03-22"_s;
    announced.dateStart = announced.dateEnd = QDate(2024, 3, 22);
    announced.granularity = u"day"_s;
    REQUIRE(p.insertEvent(announced).ok());
    EventRecord toll2;
    toll2.documentId = s.daily;
    toll2.title = u"Toll reported"_s;
    toll2.dateValue = u"2024-03-24"_s;
    toll2.dateStart = toll2.dateEnd = QDate(2024, 3, 24);
    toll2.granularity = u"day"_s;
    REQUIRE(p.insertEvent(toll2).ok());

    DisputeRecord dispute;
    dispute.title = u"Who are the dead in Gaza?"_s;
    dispute.state = DisputeAccepted;
    dispute.reasons = {u"differing numbers"_s};
    dispute.origin = Origin::Person;
    dispute.note = u"Both figures come from officials."_s;
    dispute.positions = {{0, u"Health officials"_s, {s.tollClaim, s.dailyTollClaim}}, {0, u"Israel"_s, {s.militantsClaim}}};
    auto disputeId = DisputeStore(p).insert(dispute);
    REQUIRE(disputeId.ok());
    s.dispute = *disputeId;

    const QDateTime t0(QDate(2024, 3, 25), QTime(10, 0), Qt::UTC);
    auto annotate = [&](qint64 claim, Verdict v, const QString &note) {
        Annotation a;
        a.claimId = claim;
        a.verdict = v;
        a.note = note;
        REQUIRE(store::writeAnnotation(p, store::stamped(a, u"Checker"_s, t0)).ok());
    };
    annotate(s.tollClaim, Verdict::True,
             u"Matches the ministry's figure.\n\nSee [the ministry](https://moh.example/report) for the table."_s);
    annotate(s.militantsClaim, Verdict::Disputed, u"No breakdown was published."_s);
    annotate(s.talksClaim, Verdict::MostlyTrue, QString());
    annotate(s.dailyTollClaim, Verdict::False, u"The figure was 32,070 on that day."_s);
    REQUIRE(store::setEvidence(p, s.tollClaim,
                               {{u"https://moh.example/report"_s, u"Ministry daily report"_s},
                                {u"https://un.example/ocha"_s, u"OCHA snapshot"_s}})
                .ok());
    REQUIRE(store::addTag(p, s.tollClaim, u"casualties"_s).ok());
    REQUIRE(store::addTag(p, s.dailyTollClaim, u"casualties"_s).ok());
    REQUIRE(store::addTag(p, s.talksClaim, u"diplomacy"_s).ok());
    REQUIRE(store::setEventNote(p, s.talksEvent, u"Date is the week after the article."_s).ok());
    return s;
}

} // namespace factline::test
