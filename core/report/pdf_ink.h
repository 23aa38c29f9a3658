// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QPoint>
#include <QRawFont>
#include <QRectF>

#include <mutex>
#include <utility>
#include <vector>

class QTextLayout;
class QTextLine;

namespace factline::report::pdf {

// Fonts by number, shared by the threads that lay text out and the one that draws it. A
// font engine (and a QRawFont made from it) belongs to the thread that looked it up, so
// what crosses between threads is the QFont, and the drawing thread finds its own engine.
class FontTable
{
public:
    struct Entry {
        QFont font;
        QString family;                      // of the face the layout found for it,
        double pixelSize = 0;                // for the drawing threads to check theirs
    };
    // `raw` is the face the calling thread's layout shaped with for `font`. Any thread.
    int idOf(const QFont &font, const QRawFont &raw);
    int size() const;
    Entry entry(int id) const;

private:
    mutable std::mutex m_mutex;
    std::vector<Entry> m_fonts;
};

// What a line puts on the page, worked out on the thread that laid it out, so that the
// threads that draw (Qt's PDF writer is slow at it) only copy glyphs: runs of one font and
// colour without their space glyphs (see TextRuns), and the highlights to fill under
// them. Both are relative to where the line's text starts: its left, and the top of its
// box less any padding above it.
struct LineInk {
    struct Run {
        int font = -1;                       // in the FontTable
        QColor colour;
        std::vector<quint32> glyphs;
        std::vector<QPoint> at;              // in steps of 1/TextRuns::kFine of a pixel
    };
    std::vector<Run> runs;
    std::vector<std::pair<QRectF, QColor>> highlights;
    // Drawn by QTextLine::draw from the layout instead, laid out again on the thread
    // that draws it: a line with a link (only that makes a PDF link), or with glyphs from
    // a font the paragraph's font falls back to for a script it lacks, which no QFont names.
    bool whole = false;
};

// Works out lines' ink on one thread; each layout thread has its own.
class InkFinder
{
public:
    explicit InkFinder(FontTable &fonts) : m_fonts(fonts) {}
    LineInk find(const QTextLayout &layout, const QTextLine &line, const QColor &colour);

private:
    struct Known {
        QRawFont raw;                        // as this thread's layouts shape with it
        int id = -1;                         // -1: a fallback font
        quint32 space = 0;
        bool hasSpace = false;
    };
    Known known(const QRawFont &raw, const QTextLayout &layout);

    FontTable &m_fonts;
    std::vector<Known> m_known;
};

} // namespace factline::report::pdf
