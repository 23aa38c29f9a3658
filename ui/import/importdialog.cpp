// SPDX-License-Identifier: MIT
#include "importdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace factline {

ImportDialog::ImportDialog(QList<import::ReadArticle> articles, QStringList problems, QWidget *parent)
    : QDialog(parent), m_articles(std::move(articles))
{
    setWindowTitle(tr("Import Articles"));
    setObjectName(QStringLiteral("importDialog"));
    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Articles to import"));
    m_list->setMaximumWidth(240);
    m_title = new QLineEdit;
    m_title->setAccessibleName(tr("Title"));
    m_outlet = new QLineEdit;
    m_outlet->setAccessibleName(tr("Outlet"));
    m_author = new QLineEdit;
    m_author->setAccessibleName(tr("Author"));
    m_url = new QLineEdit;
    m_url->setAccessibleName(tr("Web address"));
    m_date = new QDateEdit;
    m_date->setAccessibleName(tr("Publication date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setDate(QDate::currentDate());
    m_hasDate = new QCheckBox(tr("The article has this date"));
    m_hasDate->setToolTip(tr("Relative dates such as “Friday” are worked out from the article's date"));
    m_dateWarning = new QLabel(tr("<b>No date was found.</b> Enter the date the article was published, so that "
                                  "“Friday” or “last week” can be resolved."));
    m_dateWarning->setWordWrap(true);
    m_preview = new QLabel;
    m_preview->setWordWrap(true);
    m_preview->setForegroundRole(QPalette::PlaceholderText);
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_hasDate, &QCheckBox::toggled, this, [this](bool on) { m_dateWarning->setVisible(!on); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { m_hasDate->setChecked(true); });

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_hasDate);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&Author:"), m_author);
    auto *dateLabel = new QLabel(tr("&Date:"));
    dateLabel->setBuddy(m_date);  // a row of two widgets gets no buddy by itself: "&" would show
    form->addRow(dateLabel, dateRow);
    form->addRow(QString(), m_dateWarning);
    form->addRow(tr("&Web address:"), m_url);
    form->addRow(tr("Begins:"), m_preview);

    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addLayout(form, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        store();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (!problems.isEmpty()) {
        auto *p = new QLabel(tr("Not imported:") + u'\n' + problems.join(u'\n'));
        p->setWordWrap(true);
        layout->addWidget(p);
    }
    layout->addLayout(body);
    layout->addWidget(buttons);
    m_list->setVisible(m_articles.size() > 1);
    updateList();
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        store();
        load(row);
    });
    if (!m_articles.isEmpty())
        m_list->setCurrentRow(0);
    resize(m_articles.size() > 1 ? 760 : 520, 340);
}

void ImportDialog::updateList()
{
    const QSignalBlocker block(m_list);
    const int row = m_list->currentRow();
    m_list->clear();
    for (const import::ReadArticle &a : m_articles) {
        const QString name = a.document.meta.title.isEmpty() ? QFileInfo(a.document.sourcePath).fileName()
                                                             : a.document.meta.title;
        auto *item = new QListWidgetItem(a.document.meta.published.isValid() ? name : tr("%1 (no date)").arg(name));
        item->setToolTip(a.document.sourcePath);
        m_list->addItem(item);
    }
    m_list->setCurrentRow(row);
}

void ImportDialog::store()
{
    if (m_current < 0 || m_current >= m_articles.size())
        return;
    DocumentMeta &m = m_articles[m_current].document.meta;
    m.title = m_title->text().trimmed();
    m.outlet = m_outlet->text().trimmed();
    m.author = m_author->text().trimmed();
    m.url = m_url->text().trimmed();
    m.published = m_hasDate->isChecked() ? m_date->date() : QDate();
    updateList();
}

void ImportDialog::load(int index)
{
    m_current = index;
    if (index < 0 || index >= m_articles.size())
        return;
    const import::ReadArticle &a = m_articles[index];
    const DocumentMeta &m = a.document.meta;
    m_title->setText(m.title);
    m_outlet->setText(m.outlet);
    m_author->setText(m.author);
    m_url->setText(m.url);
    {
        const QSignalBlocker block(m_date);
        if (m.published.isValid())
            m_date->setDate(m.published);
    }
    m_hasDate->setChecked(m.published.isValid());
    m_date->setEnabled(m.published.isValid());
    m_dateWarning->setVisible(!m.published.isValid());
    m_preview->setText(a.document.text.left(240).simplified() + QStringLiteral("…"));
}

QList<import::ReadArticle> ImportDialog::articles()
{
    store();
    return m_articles;
}

int ImportDialog::currentArticle() const
{
    return m_current;
}

void ImportDialog::setCurrentArticle(int index)
{
    if (m_list->isVisible() || m_list->count() > 1)
        m_list->setCurrentRow(index);
    else {
        store();
        load(index);
    }
}

int ImportDialog::undatedCount()
{
    store();
    int n = 0;
    for (const import::ReadArticle &a : m_articles)
        n += a.document.meta.published.isValid() ? 0 : 1;
    return n;
}

} // namespace factline
