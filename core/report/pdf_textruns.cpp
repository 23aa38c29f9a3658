// SPDX-License-Identifier: MIT
#include "pdf_textruns.h"

#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace factline::report::pdf {

using namespace Qt::StringLiterals;

TextRuns::TextRuns(QPainter &painter) : m_painter(painter)
{
    fine();
}

TextRuns::~TextRuns()
{
    flush();
    m_painter.restore();
}

void TextRuns::add(const QGlyphRun &run, QPointF offset, const QColor &colour)
{
    const Font &font = fontFor(run.rawFont());
    if (!font.fine.isValid()) { // a font that cannot be sized: drawn as it is
        flush();
        m_painter.restore();
        m_painter.setPen(colour);
        m_painter.drawGlyphRun(offset, run);
        fine();
        return;
    }
    if (!(font.fine == m_font) || colour != m_colour) {
        flush();
        m_font = font.fine;
        m_colour = colour;
    }
    const QList<quint32> glyphs = run.glyphIndexes();
    const QList<QPointF> positions = run.positions();
    for (qsizetype i = 0; i < glyphs.size() && i < positions.size(); ++i) {
        if (glyphs[i] == font.space)
            continue;
        const QPointF at = (positions[i] + offset) * kFine;
        m_glyphs.append(glyphs[i]);
        m_positions.append(QPointF(std::round(at.x()), std::round(at.y())));
    }
}

void TextRuns::draw(const QTextLine &line, QPointF at, const QColor &colour)
{
    flush();
    m_painter.restore();
    m_painter.setPen(colour);
    line.draw(&m_painter, at);
    fine();
}

void TextRuns::flush()
{
    if (m_glyphs.isEmpty())
        return;
    QGlyphRun run;
    run.setRawFont(m_font);
    run.setGlyphIndexes(m_glyphs);
    run.setPositions(m_positions);
    m_painter.setPen(m_colour);
    m_painter.drawGlyphRun(QPointF(0, 0), run);
    m_glyphs.clear();
    m_positions.clear();
}

void TextRuns::fine()
{
    m_painter.save();
    m_painter.scale(1 / kFine, 1 / kFine);
}

const TextRuns::Font &TextRuns::fontFor(const QRawFont &font)
{
    for (const Font &f : m_fonts) {
        if (f.layout == font)
            return f;
    }
    Font f{font, font, kNoGlyph};
    f.fine.setPixelSize(font.pixelSize() * kFine);
    // No space glyph is 0, which is also the font's box for a letter it lacks.
    const QList<quint32> space = font.glyphIndexesForString(u" "_s);
    if (!space.isEmpty() && space.front() != 0)
        f.space = space.front();
    m_fonts.push_back(f);
    return m_fonts.back();
}

} // namespace factline::report::pdf
