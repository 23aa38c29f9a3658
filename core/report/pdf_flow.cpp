// SPDX-License-Identifier: MIT
#include "pdf_flow.h"

#include "pdf_ink.h"
#include "pdf_textruns.h"
#include "pdf_thread.h"

#include <QPainter>
#include <QTextOption>

#include <algorithm>
#include <atomic>
#include <optional>
#include <unordered_map>

namespace factline::report::pdf {
namespace {

constexpr double kBoxPadding = 4;    // around a paragraph with a background
constexpr double kUnbounded = 1e6;   // a width nothing wraps in, to measure text
constexpr double kMinSlice = 48;     // a table row is split only where this much of it fits

} // namespace

// A paragraph shaped: what each of its lines puts on the page, and what it takes to lay
// it out again. The layout itself is let go once its lines' ink is found: its font
// engines are the laying out thread's, and the glyphs are most of the memory.
struct Shaped {
    Paragraph paragraph;
    double lineWidth = 0;
    std::vector<LineInk> ink;                // by line

    // The paragraph laid out as it was, for the lines drawn whole.
    std::unique_ptr<QTextLayout> layOutAgain(const QPaintDevice *device) const;
};

// One line of a laid-out paragraph, where it sits in its column.
struct Line {
    const Shaped *shaped = nullptr;
    int index = 0;
    double x = 0;
    double top = 0;                  // of its box, in the row (table) or piece (flow)
    double height = 0;               // of its box: the line and any padding of its paragraph
    double textOffset = 0;           // the line's top in its box
    QColor colour;
    QColor background;
    double boxLeft = 0;
    double boxWidth = 0;
    bool keepWithNext = false;       // no page break right after it

    const LineInk &ink() const { return shaped->ink[size_t(index)]; }
};

// A paragraph laid out: its lines with tops from 0.
struct Laid {
    std::vector<Line> lines;
    double height = 0;
};

using Shapes = std::vector<std::shared_ptr<Shaped>>; // shared: see Repeats

// A table row, laid out: each cell's lines with tops from the row's top.
struct Flow::Row {
    std::vector<double> columnX;
    std::vector<double> columnWidth;
    std::vector<std::vector<Line>> cells;
    double height = 0;
    QColor background;
    QColor grid;
    bool isHeader = false;
    std::vector<const Row *> header;  // for a body row: the header rows to repeat

    // Where the last line of any cell ends: below it is only padding, which may run into
    // the page's margin rather than start a page of its own.
    double contentBottom() const
    {
        double bottom = 0;
        for (const auto &cell : cells) {
            if (!cell.empty())
                bottom = std::max(bottom, cell.back().top + cell.back().height);
        }
        return bottom;
    }

    // The largest y up to `limit` that cuts through no line of any cell and, when `keep`,
    // does not part a line from the one it must stay with.
    double cut(double limit, bool keep) const
    {
        double at = limit;
        for (bool moved = true; moved;) {
            moved = false;
            for (const auto &cell : cells) {
                for (size_t i = 0; i < cell.size(); ++i) {
                    const Line &l = cell[i];
                    const bool across = l.top < at && l.top + l.height > at;
                    const bool parted = keep && l.keepWithNext && l.top + l.height <= at && i + 1 < cell.size()
                                        && cell[i + 1].top >= at;
                    if (across || parted) {
                        at = l.top;
                        moved = true;
                    }
                }
            }
        }
        return at;
    }
};

struct Flow::Piece {
    size_t block = 0;                // what it is part of
    double space = 0;                // dropped at the top of a page
    double height = 0;
    bool keepWithNext = false;
    Line line;                       // a line of text, unless one of these is set:
    const Row *row = nullptr;
    double from = 0;                 // the part of the row still to place
    const QImage *image = nullptr;
};

struct Flow::Placed {
    Piece piece;
    double y = 0;
    double to = 0;                   // a row: where this page's part of it ends
};

struct Picture {
    QImage image;
    QSizeF size;
    double spaceBefore = 0;
    double spaceAfter = 0;
};

struct Flow::Block {
    std::variant<Paragraph, Table, Picture> content;
};

// A block laid out; it owns the shaped paragraphs its lines draw from.
struct Flow::Done {
    Laid paragraph;
    std::vector<std::unique_ptr<Row>> rows;
    Shapes shapes;
};

namespace {

std::unique_ptr<QTextLayout> layOut(const Paragraph &p, double lineWidth, const QPaintDevice *device)
{
    auto layout = std::make_unique<QTextLayout>(p.text, p.font, device);
    QTextOption option(p.align);
    // Words break only when one is wider than the whole column (a long address).
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setFormats(p.spans);
    layout->setCacheEnabled(true); // its glyphs are read for the ink, or drawn
    layout->beginLayout();
    double y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(lineWidth);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

} // namespace

std::unique_ptr<QTextLayout> Shaped::layOutAgain(const QPaintDevice *device) const
{
    return layOut(paragraph, lineWidth, device);
}

namespace {

Laid shape(const Paragraph &p, double width, const QPaintDevice *device, InkFinder &inks, Shapes &shapes)
{
    const double pad = p.background.isValid() ? kBoxPadding : 0;
    auto shaped = std::make_shared<Shaped>();
    shaped->lineWidth = std::max(1.0, width - p.indent - 2 * pad);
    const std::unique_ptr<QTextLayout> layout = layOut(p, shaped->lineWidth, device);
    Laid laid;
    const int n = layout->lineCount();
    shaped->ink.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        const QTextLine line = layout->lineAt(i);
        shaped->ink.push_back(inks.find(*layout, line, p.colour));
        Line l;
        l.shaped = shaped.get();
        l.index = i;
        l.x = p.indent + pad;
        l.height = line.height();
        l.colour = p.colour;
        l.background = p.background;
        l.boxLeft = p.indent;
        l.boxWidth = width - p.indent;
        laid.lines.push_back(l);
    }
    if (std::any_of(shaped->ink.cbegin(), shaped->ink.cend(), [](const LineInk &k) { return k.whole; }))
        shaped->paragraph = p; // to lay it out again where it is drawn
    if (!laid.lines.empty() && pad > 0) {
        laid.lines.front().height += pad;
        laid.lines.front().textOffset = pad;
        laid.lines.back().height += pad;
    }
    double top = 0;
    for (size_t i = 0; i < size_t(n); ++i) {
        laid.lines[i].top = top;
        top += laid.lines[i].height;
        // No line of a paragraph alone at the foot or the head of a page.
        laid.lines[i].keepWithNext = p.keepWithNext || (n > 1 && (i == 0 || i + 2 == size_t(n)));
    }
    laid.height = top;
    shapes.push_back(std::move(shaped));
    return laid;
}

bool sameLayout(const Paragraph &a, const Paragraph &b)
{
    return a.text == b.text && a.font == b.font && a.colour == b.colour && a.spans == b.spans
           && a.indent == b.indent && a.background == b.background && a.align == b.align
           && a.keepWithNext == b.keepWithNext;
}

} // namespace

// Short paragraphs that come again and again (a source with its verdict, "Evidence", an
// article's line under each of its claims, the numbers and dates in tables) are shaped
// once by each thread and drawn from the same layout wherever they appear. Long ones
// (quotes, notes) are rarely the same twice and are not kept.
class Flow::Repeats
{
public:
    static constexpr qsizetype kLongest = 160;

    explicit Repeats(FontTable &fonts) : m_inks(fonts) {}

    Laid layOut(const Paragraph &p, double width, const QPaintDevice *device, Shapes &shapes)
    {
        if (p.text.size() > kLongest)
            return shape(p, width, device, m_inks, shapes);
        std::vector<Entry> &same = m_entries[p.text];
        for (const Entry &e : same) {
            if (e.width == width && sameLayout(e.paragraph, p)) {
                shapes.push_back(e.shaped);
                return e.laid;
            }
        }
        const Laid laid = shape(p, width, device, m_inks, shapes);
        same.push_back({p, width, shapes.back(), laid});
        return laid;
    }

private:
    struct Entry {
        Paragraph paragraph;
        double width = 0;
        std::shared_ptr<Shaped> shaped;
        Laid laid;
    };
    InkFinder m_inks;                        // this thread's
    QHash<QString, std::vector<Entry>> m_entries;
};

namespace {

// The column widths of a table `width` wide: each at least as wide as its longest word,
// what is left shared by how long the text is (the automatic table layout of HTML).
std::vector<double> columnWidths(const Table &t, size_t columns, double width, const QPaintDevice *device)
{
    if (t.equalColumns)
        return std::vector<double>(columns, width / double(columns));
    std::vector<double> least(columns, 0), most(columns, 0);
    for (const auto &row : t.rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            for (const Paragraph &p : row[c].paragraphs) {
                QTextLayout probe(p.text, p.font, device);
                probe.setFormats(p.spans);
                probe.beginLayout();
                double natural = 0;
                for (QTextLine line = probe.createLine(); line.isValid(); line = probe.createLine()) {
                    line.setLineWidth(kUnbounded);
                    natural = std::max(natural, line.naturalTextWidth());
                }
                probe.endLayout();
                const double pad = 2 * t.padding + p.indent + 1;
                least[size_t(c)] = std::max(least[size_t(c)], probe.minimumWidth() + pad);
                most[size_t(c)] = std::max(most[size_t(c)], natural + pad);
            }
        }
    }
    double sumLeast = 0, sumMost = 0;
    for (size_t c = 0; c < columns; ++c) {
        sumLeast += least[c];
        sumMost += most[c];
    }
    std::vector<double> widths(columns);
    for (size_t c = 0; c < columns; ++c) {
        if (sumMost <= width)
            widths[c] = t.fullWidth ? most[c] * width / sumMost : most[c];
        else if (sumLeast < width)
            widths[c] = least[c] + (width - sumLeast) * (most[c] - least[c]) / (sumMost - sumLeast);
        else
            widths[c] = least[c] * width / sumLeast; // nothing else fits: words must break
    }
    return widths;
}

// How much laying a block out costs, to share the work between two threads.
qsizetype weight(const Flow::Block &b)
{
    if (const auto *p = std::get_if<Paragraph>(&b.content))
        return p->text.size() + 20;
    qsizetype n = 20;
    if (const auto *t = std::get_if<Table>(&b.content)) {
        for (const auto &row : t->rows) {
            for (const Cell &c : row) {
                for (const Paragraph &p : c.paragraphs)
                    n += 2 * (p.text.size() + 20); // measured, then laid out
            }
        }
    }
    return n;
}

} // namespace

Flow::Flow(QSizeF page, const QPaintDevice *device)
    : m_page(page), m_device(device), m_fonts(std::make_unique<FontTable>())
{
    m_pages.emplace_back();
}

Flow::~Flow() = default;

void Flow::add(const Paragraph &p)
{
    m_blocks.push_back({p});
}

void Flow::add(const Table &t)
{
    m_blocks.push_back({t});
}

void Flow::add(const QImage &image, QSizeF size, double spaceBefore, double spaceAfter)
{
    m_blocks.push_back({Picture{image, size, spaceBefore, spaceAfter}});
}

Flow::Done Flow::layOut(const Block &block, Repeats &repeats) const
{
    Done done;
    if (const auto *p = std::get_if<Paragraph>(&block.content)) {
        done.paragraph = repeats.layOut(*p, m_page.width(), m_device, done.shapes);
        return done;
    }
    const auto *t = std::get_if<Table>(&block.content);
    if (!t)
        return done;
    qsizetype columns = 0;
    for (const auto &row : t->rows)
        columns = std::max(columns, row.size());
    if (columns == 0)
        return done;
    const std::vector<double> widths = columnWidths(*t, size_t(columns), m_page.width(), m_device);
    std::vector<double> xs(size_t(columns), 0);
    for (size_t c = 1; c < size_t(columns); ++c)
        xs[c] = xs[c - 1] + widths[c - 1];
    std::vector<const Row *> header;
    for (qsizetype r = 0; r < t->rows.size(); ++r) {
        auto row = std::make_unique<Row>();
        row->columnX = xs;
        row->columnWidth = widths;
        row->grid = t->gridColour;
        if (r < t->headerRows) {
            row->background = t->headerBackground;
            row->isHeader = true;
            header.push_back(row.get());
        } else {
            row->header = header;
        }
        for (qsizetype c = 0; c < columns; ++c) {
            std::vector<Line> lines;
            double y = t->padding;
            double pending = 0;
            bool first = true;
            for (const Paragraph &p : c < t->rows[r].size() ? t->rows[r][c].paragraphs : QList<Paragraph>()) {
                const Laid laid = repeats.layOut(p, widths[size_t(c)] - 2 * t->padding, m_device, done.shapes);
                if (!first)
                    y += std::max(pending, p.spaceBefore);
                first = false;
                for (Line l : laid.lines) {
                    l.x += xs[size_t(c)] + t->padding;
                    l.boxLeft += xs[size_t(c)] + t->padding;
                    l.top += y;
                    lines.push_back(l);
                }
                y += laid.height;
                pending = p.spaceAfter;
            }
            row->height = std::max(row->height, y + t->padding);
            row->cells.push_back(std::move(lines));
        }
        done.rows.push_back(std::move(row));
    }
    return done;
}

void Flow::finish()
{
    m_done.resize(m_blocks.size());
    qsizetype total = 0;
    for (const Block &b : m_blocks)
        total += weight(b);
    // Two threads take the blocks a few at a time, as they get through them (how long a
    // block takes is hard to foretell), when there are enough of them to pay.
    constexpr size_t kChunk = 32;
    std::atomic<size_t> next = 0;
    const auto work = [&] {
        Repeats repeats(*m_fonts);
        for (size_t from = next.fetch_add(kChunk); from < m_blocks.size(); from = next.fetch_add(kChunk)) {
            const size_t to = std::min(m_blocks.size(), from + kChunk);
            for (size_t i = from; i < to; ++i)
                m_done[i] = layOut(m_blocks[i], repeats);
        }
    };
    std::optional<SecondThread> helper;
    if (total > 200000)
        helper.emplace(work);
    work();
    if (helper)
        helper->wait();
    for (size_t i = 0; i < m_blocks.size(); ++i)
        place(i);
    // What a page costs to draw: Qt's PDF engine writes (and then compresses) each glyph
    // on its own, and a little more for each run of them.
    m_weights.assign(m_pages.size(), 0);
    for (size_t page = 0; page < m_pages.size(); ++page) {
        const auto count = [&](const Line &l) {
            if (l.ink().whole) // laid out again, and drawn by QTextLine::draw
                m_weights[page] += 100;
            for (const LineInk::Run &run : l.ink().runs)
                m_weights[page] += 4 + qint64(run.glyphs.size());
        };
        for (const Placed &p : m_pages[page]) {
            if (p.piece.row) {
                for (const auto &cell : p.piece.row->cells)
                    std::for_each(cell.cbegin(), cell.cend(), count);
            } else if (!p.piece.image) {
                count(p.piece.line);
            }
        }
    }
}

void Flow::place(size_t index)
{
    const Block &block = m_blocks[index];
    const Done &done = m_done[index];
    if (const auto *p = std::get_if<Paragraph>(&block.content)) {
        const size_t n = done.paragraph.lines.size();
        for (size_t i = 0; i < n; ++i) {
            Piece piece;
            piece.block = index;
            piece.line = done.paragraph.lines[i];
            piece.height = piece.line.height;
            piece.space = i == 0 ? std::max(m_pendingSpace, p->spaceBefore) : 0;
            piece.keepWithNext = piece.line.keepWithNext;
            piece.line.top = 0;
            place(piece);
        }
        m_pendingSpace = p->spaceAfter;
    } else if (const auto *t = std::get_if<Table>(&block.content)) {
        for (size_t r = 0; r < done.rows.size(); ++r) {
            Piece piece;
            piece.block = index;
            piece.row = done.rows[r].get();
            piece.height = piece.row->height;
            piece.space = r == 0 ? std::max(m_pendingSpace, t->spaceBefore) : 0;
            piece.keepWithNext = piece.row->isHeader;
            place(piece);
        }
        m_pendingSpace = t->spaceAfter;
    } else if (const auto *picture = std::get_if<Picture>(&block.content)) {
        Piece piece;
        piece.block = index;
        piece.image = &picture->image;
        piece.height = picture->size.height();
        piece.line.boxWidth = picture->size.width();
        piece.space = std::max(m_pendingSpace, picture->spaceBefore);
        place(piece);
        m_pendingSpace = picture->spaceAfter;
    }
}

void Flow::newPage()
{
    m_pages.emplace_back();
    m_y = 0;
}

void Flow::place(Piece piece)
{
    bool mayCarry = true;
    for (;;) {
        std::vector<Placed> &page = m_pages.back();
        const bool fresh = page.empty(); // nothing on the page but, for a row, its header again
        if (fresh && piece.row && !piece.row->header.empty()) {
            for (const Row *h : piece.row->header) {
                Piece again;
                again.block = piece.block;
                again.row = h;
                again.height = h->height;
                page.push_back({again, m_y, h->height});
                m_y += h->height;
            }
        }
        const double space = page.empty() ? 0 : piece.space;
        const double room = m_page.height() - m_y - space;
        const double needed = piece.row ? piece.row->contentBottom() - piece.from : piece.height;
        if (needed <= room || (fresh && !piece.row)) {
            page.push_back({piece, m_y + space, piece.row ? piece.row->height : 0});
            m_y += space + piece.height;
            return;
        }
        if (piece.row && (room >= kMinSlice || fresh)) {
            double cut = piece.row->cut(piece.from + room, true);
            if (cut <= piece.from && fresh) // what must stay together is longer than a page
                cut = piece.row->cut(piece.from + room, false);
            if (cut > piece.from) {
                page.push_back({piece, m_y + space, cut});
                piece.from = cut;
                piece.height = piece.row->height - cut;
                piece.space = 0;
                newPage();
                continue;
            }
            if (fresh) { // one line taller than the page: it goes whole
                page.push_back({piece, m_y + space, piece.row->height});
                m_y += space + piece.height;
                return;
            }
        }
        // To the next page, with the headings (and first lines) that must go along.
        std::vector<Piece> carried;
        if (mayCarry) {
            const auto whole = [](const Placed &p) {
                return !p.piece.row || (p.piece.from == 0 && p.to == p.piece.row->height);
            };
            size_t keep = 0;
            while (keep < page.size() && page[page.size() - 1 - keep].piece.keepWithNext
                   && whole(page[page.size() - 1 - keep]))
                ++keep;
            // Unless all the page is one thing that must stay together: that is split.
            if (keep < page.size()) {
                for (size_t i = page.size() - keep; i < page.size(); ++i)
                    carried.push_back(page[i].piece);
                page.resize(page.size() - keep);
            }
        }
        mayCarry = false;
        newPage();
        for (const Piece &c : carried)
            place(c);
    }
}

int Flow::pageCount() const
{
    return int(m_pages.size());
}

namespace {

// What lies under a page's text, gathered by colour and painted a colour at a time: every
// change of brush or pen costs the PDF engine a new graphics state, and one call draws
// many rectangles. The figure and table backgrounds go first, then the grid lines, then
// the tinted boxes (notes), then the highlights in them.
class Under
{
public:
    enum Layer { Backgrounds, Grid, Boxes, Highlights, kLayers };

    void add(Layer layer, const QColor &colour, const QRectF &rect)
    {
        std::vector<Fill> &fills = m_layers[layer];
        auto it = std::find_if(fills.begin(), fills.end(), [&](const Fill &f) { return f.colour == colour; });
        if (it == fills.end())
            it = fills.insert(fills.end(), Fill{colour, {}});
        it->rects.push_back(rect);
    }

    void paint(QPainter &painter) const
    {
        for (int layer = 0; layer < kLayers; ++layer) {
            for (const Fill &f : m_layers[layer]) {
                if (layer == Grid) {
                    painter.setPen(QPen(f.colour, 0.75));
                    painter.setBrush(Qt::NoBrush);
                } else {
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(f.colour);
                }
                painter.drawRects(f.rects.data(), int(f.rects.size()));
            }
        }
    }

private:
    struct Fill {
        QColor colour;
        std::vector<QRectF> rects;
    };
    std::vector<Fill> m_layers[kLayers];
};

// The paragraphs of a page's lines drawn whole, laid out again on the thread that draws.
class Relaid
{
public:
    explicit Relaid(const QPaintDevice *device) : m_device(device) {}
    const QTextLayout &of(const Shaped &shaped)
    {
        std::unique_ptr<QTextLayout> &layout = m_layouts[&shaped];
        if (!layout)
            layout = shaped.layOutAgain(m_device);
        return *layout;
    }

private:
    const QPaintDevice *m_device;
    std::unordered_map<const Shaped *, std::unique_ptr<QTextLayout>> m_layouts;
};

// A line's boxes and highlights go to `under`; its text, when `text` is given, to it.
void drawLine(Under &under, Relaid &relaid, TextRuns *text, const Line &l, double top, QPointF origin)
{
    const QPointF at(origin.x() + l.x, origin.y() + top + l.textOffset);
    const LineInk &ink = l.ink();
    if (!text) {
        if (l.background.isValid())
            under.add(Under::Boxes, l.background, QRectF(origin.x() + l.boxLeft, origin.y() + top, l.boxWidth, l.height));
        if (!ink.whole) {
            for (const auto &[box, colour] : ink.highlights)
                under.add(Under::Highlights, colour, box.translated(at));
        }
        return;
    }
    if (ink.whole) { // with its highlights
        const QTextLine line = relaid.of(*l.shaped).lineAt(l.index);
        Q_ASSERT(line.isValid()); // laid out again as it was, it breaks into the same lines
        if (!line.isValid())
            return;
        text->draw(line, at - QPointF(0, line.y()), l.colour);
        return;
    }
    text->add(ink, at);
}

} // namespace

qint64 Flow::pageWeight(int page) const
{
    return m_weights.at(size_t(page));
}

void Flow::drawPage(QPainter &painter, int page, QPointF origin, DrawingFonts &fonts) const
{
    if (page < 0 || page >= pageCount())
        return;
    const std::vector<Placed> &placed = m_pages[size_t(page)];
    Under under;
    Relaid relaid(painter.device());
    const auto lines = [&](TextRuns *text) {
        for (const Placed &p : placed) {
            if (const Row *row = p.piece.row) {
                for (const auto &cell : row->cells) {
                    for (const Line &l : cell) {
                        if (l.top >= p.piece.from && l.top < p.to)
                            drawLine(under, relaid, text, l, p.y + l.top - p.piece.from, origin);
                    }
                }
            } else if (!p.piece.image) {
                drawLine(under, relaid, text, p.piece.line, p.y, origin);
            }
        }
    };
    for (const Placed &p : placed) {
        if (p.piece.image) {
            painter.drawImage(QRectF(origin.x(), origin.y() + p.y, p.piece.line.boxWidth, p.piece.height),
                              *p.piece.image);
        } else if (const Row *row = p.piece.row) {
            const QRectF band(origin.x(), origin.y() + p.y, 0, p.to - p.piece.from);
            for (size_t c = 0; c < row->cells.size(); ++c) {
                const QRectF box = band.adjusted(row->columnX[c], 0, row->columnX[c] + row->columnWidth[c], 0);
                if (row->background.isValid())
                    under.add(Under::Backgrounds, row->background, box);
                if (row->grid.isValid())
                    under.add(Under::Grid, row->grid, box);
            }
        }
    }
    lines(nullptr);
    under.paint(painter);
    TextRuns text(painter, fonts);
    lines(&text);
}

} // namespace factline::report::pdf
