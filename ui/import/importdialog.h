// SPDX-License-Identifier: MIT
#pragma once

#include "import/articlereader.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace factline {

// What was read from the articles about to be imported (title, outlet, author, date,
// URL), for the user to fix before extraction runs. The date matters most: relative
// dates ("Friday") are resolved against it, so an article without one is flagged and
// its date asked for. Non-blocking: open() it and read articles() once accepted.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QList<import::ReadArticle> articles, QStringList problems = {}, QWidget *parent = nullptr);

    QList<import::ReadArticle> articles();  // with the user's corrections
    int currentArticle() const;
    void setCurrentArticle(int index);

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *outletEdit() const { return m_outlet; }
    QLineEdit *authorEdit() const { return m_author; }
    QLineEdit *urlEdit() const { return m_url; }
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *hasDate() const { return m_hasDate; }
    // How many articles still have no date.
    int undatedCount();

private:
    void store();
    void load(int index);
    void updateList();

    QList<import::ReadArticle> m_articles;
    int m_current = -1;
    QListWidget *m_list = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_outlet = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_url = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_hasDate = nullptr;
    QLabel *m_dateWarning = nullptr;
    QLabel *m_preview = nullptr;
};

} // namespace factline
