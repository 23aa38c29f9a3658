// SPDX-License-Identifier: MIT
#include "pipeline.h"

#include "extract/attribution_tokens.h"
#include "extract/sentencescreen.h"
#include "text/offsets.h"

#include <algorithm>
#include <limits>


namespace factline::extract {

using namespace Qt::StringLiterals;

namespace {

QString actorKindRecord(ActorKind kind)
{
    return actorKindName(kind);
}

CodePointSpan toCodePoints(const OffsetMap &map, TextSpan s)
{
    if (!s.isValid())
        return {};
    return {map.toCodePoint(s.start), map.toCodePoint(s.end)};
}

QString words(QStringView text, TextSpan s)
{
    return s.isValid() ? text.mid(s.start, s.length()).toString() : QString();
}

// When each attribution was said: the date of its own cue ("said Friday"), else unknown.
QList<QString> saidValues(const Extraction &x)
{
    QList<QString> said(x.attributions.size());
    for (const Event &e : x.events) {
        if (e.attribution >= 0)
            said[e.attribution] = e.dateValue;
    }
    return said;
}

// A suggestion in stored form: one position per source, in the order of the text.
DisputeRecord disputeRecord(const Dispute &d)
{
    DisputeRecord r;
    r.title = d.title;
    r.state = DisputeSuggested;
    r.reasons = d.reasons;
    for (const DisputePosition &p : d.positions) {
        auto same = std::find_if(r.positions.begin(), r.positions.end(),
                                 [&](const PositionRecord &q) { return q.side == p.side; });
        if (same == r.positions.end())
            r.positions.append(PositionRecord{0, p.side, {p.attribution}});
        else
            same->claimIds.append(p.attribution);
    }
    return r;
}

} // namespace

// Each stage runs over the whole batch before the next one starts. The stages are a lot of
// code, and one article's worth of work is too little to keep a stage's code and branch
// history warm. On 100 distinct PolNeAR articles: 11.9 MB/s one by one, 13.7 in batches of
// 16, 14.3 in one batch of 100 (factline-bench BM_Extract with FACTLINE_BENCH_TEXT). On 100
// copies of one article the gain looks far larger (13.2 to 23.9 MB/s), because the branch
// predictor learns the copies: do not judge this by a corpus of copies.
std::vector<Extraction> extractMany(std::span<const ExtractionInput> inputs)
{
    const size_t n = inputs.size();
    std::vector<Extraction> xs(n);
    std::vector<attr::Tokens> tokens(n);
    std::vector<SentenceScreen> screens(n);
    for (size_t i = 0; i < n; ++i) {
        xs[i].documentDate = inputs[i].documentDate;
        xs[i].sentences = splitSentences(inputs[i].text);
    }
    // Attributions and actors share one tokenization (offsets are 32-bit, so a text too
    // long for them gets none, and neither finds anything in it). Its words tell timexes
    // and quantities which sentences they need not read.
    for (size_t i = 0; i < n; ++i) {
        const QStringView text = inputs[i].text;
        if (text.size() < std::numeric_limits<qint32>::max()) {
            tokens[i] = attr::tokenize(text, xs[i].sentences);
            screens[i] = screenSentences(text, xs[i].sentences, tokens[i]);
        }
    }
    for (size_t i = 0; i < n; ++i)
        xs[i].timexes = findTimexes(inputs[i].text, xs[i].sentences, xs[i].documentDate, screens[i]);
    for (size_t i = 0; i < n; ++i)
        xs[i].attributions = findAttributions(inputs[i].text, tokens[i]);
    for (size_t i = 0; i < n; ++i)
        xs[i].actors = resolveActors(inputs[i].text, tokens[i], xs[i].attributions);
    for (size_t i = 0; i < n; ++i) {
        Extraction &x = xs[i];
        x.events = findEvents(inputs[i].text, x.sentences, x.timexes, x.attributions, x.actors);
    }
    for (size_t i = 0; i < n; ++i)
        xs[i].quantities = findQuantities(inputs[i].text, xs[i].sentences, xs[i].timexes, screens[i]);
    for (size_t i = 0; i < n; ++i) {
        Extraction &x = xs[i];
        x.disputes = findDisputes(inputs[i].text, x.sentences, x.attributions, x.quantities);
    }
    return xs;
}

Extraction extract(QStringView text, QDate documentDate)
{
    const ExtractionInput one{text, documentDate};
    return std::move(extractMany(std::span(&one, 1)).front());
}

ExtractionRecords toRecords(QStringView text, const Extraction &x)
{
    const OffsetMap map(text);
    ExtractionRecords out;
    for (const Actor &a : x.actors)
        out.actors.append(ActorRecord{0, a.name, actorKindRecord(a.kind), QString(), a.aliases, 0});
    const QList<QString> said = saidValues(x);
    for (qsizetype i = 0; i < x.attributions.size(); ++i) {
        const Attribution &a = x.attributions[i];
        ClaimRecord c;
        c.actorName = a.actor;
        c.source = toCodePoints(map, a.source);
        c.cue = toCodePoints(map, a.cue);
        c.sourceText = words(text, a.source);
        c.cueText = words(text, a.cue);
        QStringList parts;
        for (const TextSpan &s : a.content) {
            c.content.append(toCodePoints(map, s));
            parts.append(words(text, s));
        }
        c.text = parts.join(u" … "_s);
        c.kind = quoteKindName(a.kind);
        const DateRange when = calendarRange(said[i]);
        c.saidDate = when.isValid() && when.granularity == u"day"_s ? when.start : x.documentDate;
        c.confidence = a.confidence;
        out.claims.append(c);
    }
    for (const Timex &t : x.timexes) {
        TimexRecord r;
        r.span = toCodePoints(map, t.span);
        r.text = words(text, t.span);
        r.type = timexTypeName(t.type);
        r.value = t.value;
        r.relative = t.relative;
        r.resolved = t.resolved;
        r.explanation = t.explanation;
        out.timexes.append(r);
    }
    for (const Event &e : x.events) {
        EventRecord r;
        r.title = e.title;
        r.dateValue = e.dateValue;
        r.dateStart = e.range.start;
        r.dateEnd = e.range.end;
        r.granularity = e.range.granularity;
        r.anchor = toCodePoints(map, e.anchor);
        r.anchorText = words(text, e.anchor);
        r.actors = e.actors;
        r.confidence = e.confidence;
        out.events.append(r);
    }
    for (const Quantity &q : x.quantities) {
        QuantityRecord r;
        r.span = toCodePoints(map, q.span);
        r.text = words(text, q.span);
        r.value = q.value;
        r.unit = q.unit;
        r.qualifier = q.qualifier;
        r.claimId = -1;
        for (qsizetype i = 0; i < x.attributions.size() && r.claimId < 0; ++i) {
            for (const TextSpan &s : x.attributions[i].content) {
                if (s.overlaps(q.span))
                    r.claimId = i;
            }
        }
        out.quantities.append(r);
    }
    for (const Dispute &d : x.disputes)
        out.disputes.append(disputeRecord(d));
    return out;
}

ExtractionRecords extractRecords(QStringView text, QDate documentDate)
{
    return toRecords(text, extract(text, documentDate));
}

} // namespace factline::extract
