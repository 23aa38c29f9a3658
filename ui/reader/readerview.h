// SPDX-License-Identifier: MIT
#pragma once

#include "model/records.h"
#include "text/offsets.h"

#include <QTextBrowser>

#include <optional>

namespace factline {

// The article as the user reads it: title and metadata above the text, every claim
// highlighted in its source's colour (sources underlined, cues in bold), dates
// underlined with their resolution on hover. Clicking words selects the item they
// belong to; showClaim() and friends scroll to an item's words and select them.
//
// Offsets: records count code points into the stored text; the QTextDocument counts
// UTF-16 units and starts with the title block. toDocument()/toCodePoint() are the one
// place that converts between the two (through OffsetMap, plus the title's length).
class ReaderView : public QTextBrowser
{
    Q_OBJECT

public:
    enum class ItemKind { None, Claim, Event, Timex };
    struct Item {
        ItemKind kind = ItemKind::None;
        qint64 id = 0;
    };

    explicit ReaderView(QWidget *parent = nullptr);

    void showDocument(const DocumentRecord &document);
    void setItems(const QList<ClaimRecord> &claims, const QList<TimexRecord> &timexes,
                  const QList<EventRecord> &events);
    void clearDocument();
    qint64 documentId() const { return m_documentId; }

    // Scroll to an item's words and select them; false when it is not in this document.
    bool showClaim(qint64 claimId);
    bool showEvent(qint64 eventId);
    bool showTimex(qint64 timexId);
    qint64 currentClaimId() const { return m_currentClaim; }

    int toDocument(qint64 codePoint) const;        // a position in the QTextDocument
    qint64 toCodePoint(int documentPosition) const; // -1 outside the article's text
    // The user's selection within the article's text, in code points (invalid if none).
    CodePointSpan selectedSpan() const;
    QString selectedWords() const;
    // The item whose words are at a document position (the smallest that covers it).
    Item itemAt(int documentPosition) const;
    QString toolTipAt(int documentPosition) const;

signals:
    void itemClicked(factline::ReaderView::ItemKind kind, qint64 id);

protected:
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildHighlights();
    bool selectSpan(const CodePointSpan &span);
    QTextCursor cursorFor(const CodePointSpan &span) const;

    qint64 m_documentId = 0;
    QDate m_published;
    int m_bodyStart = 0;
    std::optional<OffsetMap> m_offsets;
    QList<ClaimRecord> m_claims;
    QList<TimexRecord> m_timexes;
    QList<EventRecord> m_events;
    qint64 m_currentClaim = 0;
};

// "Friday → Fri 22 Mar 2024, from the article's date Sun 24 Mar 2024", then why.
QString timexExplanation(const TimexRecord &timex, const QDate &published);

} // namespace factline
