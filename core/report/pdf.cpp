// SPDX-License-Identifier: MIT
#include "pdf.h"

#include "pdf_content.h"
#include "pdf_flow.h"
#include "pdf_join.h"
#include "pdf_textruns.h"
#include "pdf_thread.h"
#include "reporttext.h"
#include "svgtimeline.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <optional>

namespace factline::report {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline::report", s);
}

constexpr int kDpi = 96;          // layout in CSS pixels: the report's sizes mean what they mean in HTML
constexpr double kHeader = 34;    // room above and below the text for the header and footer
constexpr double kImageScale = 3; // the timeline image at print resolution
// From two pages on, the second half is drawn on a thread of its own: for a short report
// that costs a few milliseconds, and every PDF then goes the same way.
constexpr int kPagesForTwoThreads = 2;

QImage timelineImage(const TimelineFigure &f)
{
    QImage image(QSize(int(f.width * kImageScale), int(f.height * kImageScale)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(kImageScale, kImageScale);
    QFont font(u"sans-serif"_s);
    font.setPixelSize(11);
    p.setFont(font);
    for (qsizetype i = 0; i < f.lanes.size(); ++i) {
        const TimelineFigure::Lane &l = f.lanes[i];
        if (i % 2 == 0)
            p.fillRect(QRectF(0, l.y, f.width, kLaneHeight), QColor(0xf3, 0xf5, 0xf8));
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QRectF(6, l.y, f.plotLeft - 10, kLaneHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(l.name, Qt::ElideRight, int(f.plotLeft - 12)));
    }
    for (const TimelineFigure::Tick &t : f.ticks) {
        p.setPen(t.major ? QColor(0xbb, 0xbb, 0xbb) : QColor(0xe1, 0xe4, 0xe8));
        p.drawLine(QPointF(t.x, t.major ? 2 : 20), QPointF(t.x, f.height - 12));
        QFont tickFont = font;
        tickFont.setBold(t.major);
        p.setFont(tickFont);
        p.setPen(t.major ? QColor(0x22, 0x22, 0x22) : QColor(0x66, 0x66, 0x66));
        p.drawText(QPointF(t.x + 3, t.major ? 14 : 30), t.label);
    }
    p.setFont(font);
    p.setPen(QColor(0x99, 0x99, 0x99));
    p.drawLine(QPointF(f.plotLeft, f.axisY), QPointF(f.width, f.axisY));
    QFont small = font;
    small.setPixelSize(10);
    for (const TimelineFigure::Break &b : f.breaks) { // as timelineSvg draws them
        p.fillRect(QRectF(b.x - kBreakWidth / 2 + 4, 0, kBreakWidth - 8, f.height), Qt::white);
        p.setPen(QColor(0x77, 0x77, 0x77));
        for (double dx : {-3.0, 3.0})
            p.drawLine(QPointF(b.x + dx - 3, f.axisY + 6), QPointF(b.x + dx + 3, f.axisY - 6));
        if (breakLabelFits(f, b)) {
            QFont label = font;
            label.setPixelSize(9);
            p.setFont(label);
            p.save();
            p.translate(b.x + 3, breakLabelY(f));
            p.rotate(-90);
            const double w = p.fontMetrics().horizontalAdvance(b.label);
            p.drawText(QPointF(-w / 2, 0), b.label);
            p.restore();
            p.setFont(font);
        }
    }
    for (const TimelineFigure::Mark &m : f.marks) {
        p.setPen(Qt::NoPen);
        if (m.width > 0) {
            p.setBrush(QColor(0x7a, 0xa6, 0xd6));
            p.drawRoundedRect(QRectF(m.x, m.y - 5, std::max(m.width, 4.0), 10), 3, 3);
        } else {
            p.setBrush(QColor(0x2a, 0x6d, 0xb5));
            p.drawEllipse(QPointF(m.x, m.y), 5, 5);
        }
        p.setPen(QColor(0x11, 0x11, 0x11));
        p.setFont(small);
        p.drawText(QPointF(m.labelX, m.y - 7), QString::number(m.number));
    }
    return image;
}

// Lays `layout` out on one line and says where to draw it for the line to end at
// `bottom`, starting at x = 0 or, for `right` > 0, ending at `right`.
QPointF headerLine(QTextLayout &layout, double right, double bottom)
{
    layout.setCacheEnabled(true);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    return QPointF(right > 0 ? right - line.naturalTextWidth() : 0, bottom - line.height());
}

void setUp(QPdfWriter &writer, const ReportData &data)
{
    writer.setResolution(kDpi);
    writer.setTitle(data.title);
    writer.setCreator(u"Factline "_s + data.programVersion);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 14),
                                     QPageLayout::Millimeter));
}

// Pages [from, to) of `flow` with their header and footer, into `writer`.
bool drawPages(QPdfWriter &writer, const ReportData &data, const pdf::Flow &flow, int from, int to)
{
    const QRectF paper = writer.pageLayout().paintRectPixels(kDpi);
    const double width = paper.width();
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont small(u"sans-serif"_s);
    small.setPointSizeF(8);
    painter.setFont(small);
    // The header is the same on every page: its words are shaped once.
    QTextLayout title(painter.fontMetrics().elidedText(data.title, Qt::ElideRight, int(width * 0.7)), small,
                      &writer);
    QTextLayout date(displayDate(data.generatedAt.date()), small, &writer);
    const QPointF titleAt = headerLine(title, 0, kHeader - 10);
    const QPointF dateAt = headerLine(date, width, kHeader - 10);
    pdf::DrawingFonts fonts(flow.fonts(), &writer);
    const int pages = flow.pageCount();
    for (int page = from; page < to; ++page) {
        if (page > from)
            writer.newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x59, 0x63, 0x6e));
        title.draw(&painter, titleAt);
        date.draw(&painter, dateAt);
        painter.drawLine(QPointF(0, kHeader - 6), QPointF(width, kHeader - 6));
        painter.drawText(QRectF(0, paper.height() - kHeader + 10, width, kHeader - 10),
                         Qt::AlignHCenter | Qt::AlignTop, tr("Page %1 of %2").arg(page + 1).arg(pages));
        flow.drawPage(painter, page, QPointF(0, kHeader), fonts);
    }
    return painter.end();
}

// Where to part the pages between two threads: about half the drawing on each side (the
// second thread starts a little later and sets up fonts of its own).
int middle(const pdf::Flow &flow)
{
    constexpr double kFirstShare = 0.52;
    qint64 total = 0;
    for (int page = 0; page < flow.pageCount(); ++page)
        total += flow.pageWeight(page);
    qint64 sum = 0;
    int page = 0;
    while (page < flow.pageCount() - 1 && double(sum + flow.pageWeight(page)) <= kFirstShare * double(total))
        sum += flow.pageWeight(page++);
    return std::max(page, 1);
}

} // namespace

Result<QByteArray> pdfReport(const ReportData &data)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{tr("Writing a PDF needs the graphical part of Qt, which was not started. Use the desktop "
                        "program or factline-cli report, which start it.")};
    QByteArray first;
    QBuffer buffer(&first);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUp(writer, data);
    const QRectF paper = writer.pageLayout().paintRectPixels(kDpi);
    const QSizeF body(paper.width(), paper.height() - 2 * kHeader);

    const TimelineFigure figure = layoutTimeline(data, std::min(900.0, body.width()));
    QImage picture;
    if (!figure.isEmpty()) {
        picture = timelineImage(figure);
        picture.setDevicePixelRatio(kImageScale); // drawn at the figure's size, sharp on paper
    }
    // Every page laid out first, so that the footer can say how many there are.
    pdf::Flow flow(body, &writer);
    pdf::buildReport(data, picture, QSizeF(figure.width, figure.height), flow);
    flow.finish();

    // Qt's PDF writer draws on one thread; drawing is most of the time a long report
    // takes, so its second half goes into a PDF of its own on a second thread, and the
    // two are joined.
    const int pages = flow.pageCount();
    const int split = pages >= kPagesForTwoThreads ? middle(flow) : pages;
    QByteArray second;
    bool secondDrawn = false;
    std::optional<pdf::SecondThread> helper;
    if (split < pages) {
        helper.emplace([&] {
            QBuffer out(&second);
            out.open(QIODevice::WriteOnly);
            QPdfWriter other(&out);
            setUp(other, data);
            secondDrawn = drawPages(other, data, flow, split, pages);
        });
    }
    const bool firstDrawn = drawPages(writer, data, flow, 0, split);
    if (helper)
        helper->wait();
    buffer.close();
    if (!firstDrawn || (helper && !secondDrawn))
        return Error{tr("The PDF could not be written: Qt's PDF writer did not take the pages.")};
    if (!helper)
        return first;
    return pdf::join({first, second});
}

} // namespace factline::report
