// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QRawFont>

#include <vector>

class QPainter;
class QPaintDevice;
class QTextLine;

namespace factline::report::pdf {

class FontTable;
struct LineInk;

// The fonts of a FontTable as one drawing thread's font engines have them, each at its
// size and kFine times it (see TextRuns). A thread keeps one for all its pages: sizing
// a font makes a new engine.
class DrawingFonts
{
public:
    struct Font {
        QRawFont raw;
        QRawFont fine;
    };
    DrawingFonts(const FontTable &table, const QPaintDevice *device) : m_table(table), m_device(device) {}
    const Font &font(int id);

private:
    const FontTable &m_table;
    const QPaintDevice *m_device;
    std::vector<Font> m_fonts;               // by id, found when first drawn
};

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
    TextRuns(QPainter &painter, DrawingFonts &fonts);
    ~TextRuns();
    TextRuns(const TextRuns &) = delete;
    TextRuns &operator=(const TextRuns &) = delete;

    // A line's ink (see LineInk) with its text starting at `at`.
    void add(const LineInk &ink, QPointF at);
    // A line as QTextLine draws it, with its formats: a link becomes a PDF link.
    void draw(const QTextLine &line, QPointF at, const QColor &colour);
    // Draws what was added.
    void flush();

private:
    void fine();

    QPainter &m_painter;
    DrawingFonts &m_fonts;
    QRawFont m_font;
    QColor m_colour;
    QList<quint32> m_glyphs;
    QList<QPointF> m_positions;
};

} // namespace factline::report::pdf
