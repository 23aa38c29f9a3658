// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QTextLayout>

#include <memory>
#include <variant>
#include <vector>

class QPainter;
class QPaintDevice;

namespace factline::report::pdf {

class DrawingFonts;
class FontTable;

// A paragraph before layout: its text, the spans that differ from its font (bold, a
// colour, a highlight, a link) and how it sits among the others.
struct Paragraph {
    QString text;                            // U+2028 breaks a line
    QFont font;
    QColor colour;
    QList<QTextLayout::FormatRange> spans;
    double spaceBefore = 0;                  // the gap to what comes before: the larger of
    double spaceAfter = 0;                   // this and its spaceAfter, none at a page top
    double indent = 0;
    QColor background;                       // a tinted box behind it (notes)
    Qt::Alignment align = Qt::AlignLeft;
    bool keepWithNext = false;               // headings: never the last thing on a page
};

struct Cell {
    QList<Paragraph> paragraphs;
};

// Rows of cells. Columns are as wide as their longest word needs at least, so that words
// wrap only between them, and share what is left by how long their text is.
struct Table {
    QList<QList<Cell>> rows;
    int headerRows = 1;                      // repeated on every page the table goes on to
    bool fullWidth = false;                  // stretched to the whole width
    bool equalColumns = false;               // side by side positions: each the same width
    QColor headerBackground;
    QColor gridColour;                       // none: no lines
    double padding = 3;
    double spaceBefore = 6;
    double spaceAfter = 6;
};

// The report laid out on pages of one size. Every paragraph is shaped once, and what its
// lines put on the page is kept as glyphs (pdf_ink.h) for any thread to draw;
// QTextDocument shapes twice, for layout and again for painting, and walks its whole
// frame tree for each page it draws.
// Pages break between lines and between table rows, never after a heading, never leave
// one line of a paragraph alone, and repeat a table's header row on the next page.
class Flow
{
public:
    Flow(QSizeF page, const QPaintDevice *device);
    ~Flow();
    Flow(const Flow &) = delete;
    Flow &operator=(const Flow &) = delete;

    void add(const Paragraph &paragraph);
    void add(const Table &table);
    void add(const QImage &image, QSizeF size, double spaceBefore, double spaceAfter);

    // Lays out what was added (a long report on two threads, which share it out a few
    // blocks at a time: the paragraphs do not depend on each other until they are put
    // on pages) and breaks it into pages.
    void finish();
    int pageCount() const;
    // How much drawing the page takes, to share pages between threads.
    qint64 pageWeight(int page) const;
    // The page's content with its top left at `origin`, with one thread's fonts. Pages
    // may be drawn on several threads at once, each with its own painter and fonts.
    void drawPage(QPainter &painter, int page, QPointF origin, DrawingFonts &fonts) const;
    // The fonts the text is in.
    const FontTable &fonts() const { return *m_fonts; }

    struct Block;
    struct Done;
    struct Piece;
    struct Row;

private:
    class Repeats;
    Done layOut(const Block &block, Repeats &repeats) const;
    void place(size_t block);
    void place(Piece piece);
    void newPage();

    QSizeF m_page;
    const QPaintDevice *m_device;
    std::unique_ptr<FontTable> m_fonts;      // of the glyphs the layout threads found
    std::vector<Block> m_blocks;
    std::vector<Done> m_done;
    double m_pendingSpace = 0;
    struct Placed;
    std::vector<std::vector<Placed>> m_pages;
    double m_y = 0;                          // used height of the last page
    std::vector<qint64> m_weights;           // by page
};

} // namespace factline::report::pdf
