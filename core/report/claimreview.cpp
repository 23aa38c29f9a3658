// SPDX-License-Identifier: MIT
#include "claimreview.h"

#include "notetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace factline::report {
namespace {

using namespace Qt::StringLiterals;

QJsonObject author(const ReportClaim &c)
{
    // An organisation or government speaks as an Organization; people and unknowns as a Person.
    QJsonObject a{{u"@type"_s, u"Person"_s}};
    if (c.claim.actorName.isEmpty())
        return QJsonObject{{u"@type"_s, u"Person"_s}, {u"name"_s, u"Unattributed"_s}};
    a.insert(u"name"_s, c.claim.actorName);
    return a;
}

QJsonObject rating(Verdict v)
{
    QJsonObject r{{u"@type"_s, u"Rating"_s},
                  {u"alternateName"_s, verdictName(v)},
                  {u"bestRating"_s, BestRating},
                  {u"worstRating"_s, WorstRating}};
    if (verdictRating(v) > 0)
        r.insert(u"ratingValue"_s, verdictRating(v));
    return r;
}

} // namespace

QByteArray claimReviewJson(const ReportData &data)
{
    QJsonArray reviews;
    for (const ReportClaim &c : data.claims) {
        if (c.annotation.verdict == Verdict::NotChecked)
            continue;
        QJsonObject appearance{{u"@type"_s, u"CreativeWork"_s}};
        if (c.document) {
            appearance.insert(u"headline"_s, c.document->meta.title);
            if (!c.document->meta.url.isEmpty())
                appearance.insert(u"url"_s, c.document->meta.url);
            if (c.document->meta.published.isValid())
                appearance.insert(u"datePublished"_s, c.document->meta.published.toString(Qt::ISODate));
            if (!c.document->meta.outlet.isEmpty())
                appearance.insert(u"publisher"_s,
                                  QJsonObject{{u"@type"_s, u"Organization"_s}, {u"name"_s, c.document->meta.outlet}});
        }
        QJsonObject item{{u"@type"_s, u"Claim"_s}, {u"author"_s, author(c)}, {u"appearance"_s, appearance}};
        if (c.date().isValid())
            item.insert(u"datePublished"_s, c.date().toString(Qt::ISODate));
        QJsonObject review{{u"@context"_s, u"https://schema.org"_s},
                           {u"@type"_s, u"ClaimReview"_s},
                           {u"identifier"_s, u"factline:claim/%1"_s.arg(c.claim.id)},
                           {u"claimReviewed"_s, c.quote.exact.isEmpty() ? c.claim.text : c.quote.exact},
                           {u"itemReviewed"_s, item},
                           {u"reviewRating"_s, rating(c.annotation.verdict)}};
        if (c.annotation.updatedAt.isValid())
            review.insert(u"datePublished"_s, c.annotation.updatedAt.date().toString(Qt::ISODate));
        if (!c.annotation.author.isEmpty())
            review.insert(u"author"_s, QJsonObject{{u"@type"_s, u"Person"_s}, {u"name"_s, c.annotation.author}});
        if (!c.annotation.note.isEmpty())
            review.insert(u"reviewBody"_s, noteToPlain(c.annotation.note));
        if (!c.evidence.isEmpty()) {
            QJsonArray citations;
            for (const EvidenceLink &e : c.evidence)
                citations.append(QJsonObject{{u"@type"_s, u"CreativeWork"_s}, {u"url"_s, e.url}, {u"name"_s, e.title}});
            review.insert(u"citation"_s, citations);
        }
        reviews.append(review);
    }
    return QJsonDocument(reviews).toJson(QJsonDocument::Indented);
}

} // namespace factline::report
