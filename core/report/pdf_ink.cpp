// SPDX-License-Identifier: MIT
#include "pdf_ink.h"

#include "pdf_textruns.h"

#include <QGlyphRun>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace factline::report::pdf {

using namespace Qt::StringLiterals;

int FontTable::idOf(const QFont &font, const QRawFont &raw)
{
    std::lock_guard lock(m_mutex);
    const auto it = std::find_if(m_fonts.cbegin(), m_fonts.cend(), [&](const Entry &e) { return e.font == font; });
    if (it != m_fonts.cend())
        return int(it - m_fonts.cbegin());
    m_fonts.push_back({font, raw.familyName(), raw.pixelSize()});
    return int(m_fonts.size()) - 1;
}

int FontTable::size() const
{
    std::lock_guard lock(m_mutex);
    return int(m_fonts.size());
}

FontTable::Entry FontTable::entry(int id) const
{
    std::lock_guard lock(m_mutex);
    return m_fonts.at(size_t(id));
}

// The QFont a glyph run's font engine was looked up for: the layout's, or one its
// formats make of it (bold, italic). A run in none of them is in a fallback font; that
// is not kept, as the same face may be another paragraph's own font.
InkFinder::Known InkFinder::known(const QRawFont &raw, const QTextLayout &layout)
{
    for (const Known &k : m_known) {
        if (k.raw == raw)
            return k;
    }
    Known k;
    k.raw = raw;
    QList<QFont> candidates{layout.font()};
    for (const QTextLayout::FormatRange &r : layout.formats())
        candidates.append(r.format.font().resolve(layout.font()));
    for (const QFont &f : std::as_const(candidates)) {
        if (QRawFont::fromFont(f) == raw) {
            k.id = m_fonts.idOf(f, raw);
            break;
        }
    }
    if (k.id < 0)
        return k;
    // No space glyph is 0, which is also the font's box for a letter it lacks.
    const QList<quint32> space = raw.glyphIndexesForString(u" "_s);
    if (!space.isEmpty() && space.front() != 0) {
        k.space = space.front();
        k.hasSpace = true;
    }
    m_known.push_back(k);
    return k;
}

LineInk InkFinder::find(const QTextLayout &layout, const QTextLine &line, const QColor &colour)
{
    LineInk ink;
    const int start = line.textStart();
    const int end = start + line.textLength();
    const QList<QTextLayout::FormatRange> spans = layout.formats();
    const auto within = [&](const QTextLayout::FormatRange &r) { return r.start < end && r.start + r.length > start; };
    if (std::any_of(spans.cbegin(), spans.cend(), [&](const auto &r) { return within(r) && r.format.isAnchor(); })) {
        ink.whole = true;
        return ink;
    }
    const double top = line.y();
    std::vector<int> cuts{start, end}; // where a span changes the colour
    for (const QTextLayout::FormatRange &r : spans) {
        if (!within(r))
            continue;
        const int from = std::max(start, r.start);
        const int to = std::min(end, r.start + r.length);
        if (r.format.hasProperty(QTextFormat::BackgroundBrush)) {
            // Under each run of the span's glyphs: in right-to-left text the span's logical
            // ends are not its left and right. Not under the space a line ends with, as
            // QTextLine::draw paints it.
            const QRectF inked = line.naturalTextRect();
            for (const QGlyphRun &run : line.glyphRuns(from, to - from)) {
                const QRectF box = run.boundingRect();
                const double x0 = std::max(inked.left(), box.left());
                const double x1 = std::min(inked.right(), box.right());
                if (x1 > x0)
                    ink.highlights.push_back({QRectF(x0, 0, x1 - x0, line.height()), r.format.background().color()});
            }
        }
        if (r.format.hasProperty(QTextFormat::ForegroundBrush)) {
            cuts.push_back(from);
            cuts.push_back(to);
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    for (size_t i = 0; i + 1 < cuts.size(); ++i) {
        const int from = cuts[i];
        const int length = cuts[i + 1] - from;
        QColor in = colour;
        for (const QTextLayout::FormatRange &r : spans) {
            if (r.start <= from && r.start + r.length >= from + length
                && r.format.hasProperty(QTextFormat::ForegroundBrush))
                in = r.format.foreground().color();
        }
        for (const QGlyphRun &run : line.glyphRuns(from, length)) {
            const Known font = known(run.rawFont(), layout);
            if (font.id < 0) {
                ink.runs.clear();
                ink.whole = true;
                return ink;
            }
            if (ink.runs.empty() || ink.runs.back().font != font.id || ink.runs.back().colour != in)
                ink.runs.push_back({font.id, in, {}, {}});
            LineInk::Run &to = ink.runs.back();
            const QList<quint32> glyphs = run.glyphIndexes();
            const QList<QPointF> positions = run.positions();
            for (qsizetype g = 0; g < glyphs.size() && g < positions.size(); ++g) {
                if (font.hasSpace && glyphs[g] == font.space)
                    continue;
                to.glyphs.push_back(glyphs[g]);
                to.at.emplace_back(int(std::lround(positions[g].x() * TextRuns::kFine)),
                                   int(std::lround((positions[g].y() - top) * TextRuns::kFine)));
            }
        }
    }
    return ink;
}

} // namespace factline::report::pdf
