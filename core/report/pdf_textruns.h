// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QGlyphRun>
#include <QList>
#include <QRawFont>

#include <limits>
#include <vector>

class QPainter;
class QTextLine;

namespace factline::report::pdf {

// Text on its way to a page, in the order it reads. Runs of one font and colour go to
// the PDF engine as one glyph run, not one per word or format as QTextLine::draw sends
// them, and without their spaces: the engine writes every glyph with its own position,
// so a space costs as much as a letter, and readers (and pdftotext) see the word breaks
// in the gaps. The runs are drawn on a grid kFine times finer than the layout's, in
// whole steps of it: see kFine.
class TextRuns
{
public:
    // 1/10 of a CSS pixel (1/960 inch) is far below what ink or a screen shows, and a
    // whole number is what the PDF engine writes shortest ("52 0 Td" rather than
    // "5.21875000 0 Td" for every glyph; that text is most of the file before it is
    // compressed, and compressing it most of the time spent writing).
    static constexpr double kFine = 10;

    // Draws with `painter` from now until it goes; nothing else may draw with it meanwhile.
    explicit TextRuns(QPainter &painter);
    ~TextRuns();
    TextRuns(const TextRuns &) = delete;
    TextRuns &operator=(const TextRuns &) = delete;

    // A run as a QTextLayout gives it (QTextLine::glyphRuns), drawn at `offset`.
    void add(const QGlyphRun &run, QPointF offset, const QColor &colour);
    // A line as QTextLine draws it, with its formats: a link becomes a PDF link.
    void draw(const QTextLine &line, QPointF at, const QColor &colour);
    // Draws what was added.
    void flush();

private:
    static constexpr quint32 kNoGlyph = std::numeric_limits<quint32>::max();
    struct Font {
        QRawFont layout;      // as the layout shaped with it
        QRawFont fine;        // kFine times the size, for the finer grid
        quint32 space = kNoGlyph;
    };

    void fine();
    const Font &fontFor(const QRawFont &font);

    QPainter &m_painter;
    QRawFont m_font;
    QColor m_colour;
    QList<quint32> m_glyphs;
    QList<QPointF> m_positions;
    std::vector<Font> m_fonts;
};

} // namespace factline::report::pdf
