// SPDX-License-Identifier: MIT
#include "extract/attribution.h"

#include "extract/attribution_lexicon.h"
#include "extract/attribution_scanner.h"
#include "extract/attribution_tokens.h"

#include <algorithm>

namespace factline::extract {

using namespace Qt::StringLiterals;

QList<Attribution> findAttributions(QStringView text, const QList<Sentence> &sentences)
{
    if (text.isEmpty())
        return {};
    const attr::Tokens tokens = attr::tokenize(text, sentences);
    attr::Scanner scanner(text, tokens);
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
