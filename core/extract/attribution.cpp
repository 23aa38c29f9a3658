// SPDX-License-Identifier: MIT
#include "extract/attribution.h"

#include "extract/attribution_lexicon.h"
#include "extract/attribution_scanner.h"
#include "extract/attribution_tokens.h"

#include <algorithm>
#include <limits>

namespace factline::extract {

using namespace Qt::StringLiterals;

QList<Attribution> findAttributions(QStringView text, const QList<Sentence> &sentences,
                                    const AttributionOptions &options)
{
    if (text.isEmpty() || text.size() >= std::numeric_limits<qint32>::max())
        return {}; // tokens keep 32-bit offsets
    const std::shared_ptr<const attr::Tokens> tokens = attr::sharedTokens(text, sentences);
    attr::Scanner scanner(text, *tokens, options);
    return scanner.run();
}

QList<Attribution> findAttributions(QStringView text, const attr::Tokens &tokens, const AttributionOptions &options)
{
    if (text.isEmpty() || text.size() >= std::numeric_limits<qint32>::max())
        return {};
    attr::Scanner scanner(text, tokens, options);
    return scanner.run();
}

QString quoteKindName(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Direct: return u"direct"_s;
    case QuoteKind::Indirect: return u"indirect"_s;
    case QuoteKind::Mixed: return u"mixed"_s;
    }
    return u"indirect"_s;
}

} // namespace factline::extract
