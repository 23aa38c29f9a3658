// SPDX-License-Identifier: MIT
#include "pdf_textruns.h"

#include "pdf_ink.h"

#include <QGlyphRun>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace factline::report::pdf {

TextRuns::TextRuns(QPainter &painter, DrawingFonts &fonts) : m_painter(painter), m_fonts(fonts)
{
    fine();
}

TextRuns::~TextRuns()
{
    flush();
    m_painter.restore();
}

void TextRuns::add(const LineInk &ink, QPointF at)
{
    const QPointF origin(std::round(at.x() * kFine), std::round(at.y() * kFine));
    for (const LineInk::Run &run : ink.runs) {
        const DrawingFonts::Font &f = m_fonts.font(run.font);
        if (!f.fine.isValid()) { // a font that cannot be sized: drawn as it is
            flush();
            m_painter.restore();
            QList<QPointF> positions;
            positions.reserve(qsizetype(run.at.size()));
            for (const QPoint &p : run.at)
                positions.append((QPointF(p) + origin) / kFine);
            QGlyphRun glyphs;
            glyphs.setRawFont(f.raw);
            glyphs.setGlyphIndexes(QList<quint32>(run.glyphs.cbegin(), run.glyphs.cend()));
            glyphs.setPositions(positions);
            m_painter.setPen(run.colour);
            m_painter.drawGlyphRun(QPointF(0, 0), glyphs);
            fine();
            continue;
        }
        if (!(f.fine == m_font) || run.colour != m_colour) {
            flush();
            m_font = f.fine;
            m_colour = run.colour;
        }
        for (size_t i = 0; i < run.glyphs.size(); ++i) {
            m_glyphs.append(run.glyphs[i]);
            m_positions.append(QPointF(run.at[i]) + origin);
        }
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

const DrawingFonts::Font &DrawingFonts::font(int id)
{
    if (size_t(id) >= m_fonts.size())
        m_fonts.resize(size_t(m_table.size()));
    Font &f = m_fonts.at(size_t(id));
    if (!f.raw.isValid()) {
        // This thread's own engine for the font (Qt's font database serves each thread
        // its own), which must be the face the layout shaped the glyphs with.
        const FontTable::Entry e = m_table.entry(id);
        f.raw = QRawFont::fromFont(QFont(e.font, m_device));
        if (f.raw.familyName() != e.family || !qFuzzyCompare(f.raw.pixelSize(), e.pixelSize))
            qWarning("factline: the PDF's font %s %g px came out as %s %g px on a drawing thread",
                     qPrintable(e.family), e.pixelSize, qPrintable(f.raw.familyName()), f.raw.pixelSize());
        f.fine = f.raw;
        f.fine.setPixelSize(f.raw.pixelSize() * TextRuns::kFine);
    }
    return f;
}

} // namespace factline::report::pdf
