// SPDX-License-Identifier: MIT
#pragma once

#include "model/records.h"

#include <QTextBrowser>

namespace factline {

// The article as the user reads it: its text, with the title and metadata above.
class ReaderView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget *parent = nullptr);

    void showDocument(const DocumentRecord &document);
    void clearDocument();
    qint64 documentId() const { return m_documentId; }

private:
    qint64 m_documentId = 0;
};

} // namespace factline
