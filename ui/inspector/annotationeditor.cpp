// SPDX-License-Identifier: MIT
#include "annotationeditor.h"

#include "edit/annotationcommands.h"
#include "models/verdictstyle.h"
#include "noteedit.h"
#include "store/project.h"

#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QToolButton>
#include <QSettings>
#include <QStringListModel>
#include <QUrl>
#include <QVBoxLayout>

namespace factline {
namespace {

using namespace Qt::StringLiterals;

constexpr int UrlRole = Qt::UserRole + 1;
constexpr int TitleRole = Qt::UserRole + 2;

// Tool buttons: push buttons have a wide minimum in most styles, and the inspector is a
// narrow column.
QToolButton *smallButton(const QString &text, const QString &accessibleName, const QString &tip)
{
    auto *b = new QToolButton;
    b->setText(text);
    b->setAccessibleName(accessibleName);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

QHBoxLayout *hbox()
{
    auto *h = new QHBoxLayout;
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(4);
    return h;
}

// A list a few rows high that grows no further: the inspector is a narrow column.
void fewRows(QListWidget *list, int rows)
{
    list->setMaximumHeight(list->fontMetrics().height() * rows + 2 * list->frameWidth() + 8);
}

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), u"d MMM yyyy, HH:mm"_s);
}

} // namespace

AnnotationEditor::AnnotationEditor(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Fact-check"));
    m_verdict = new QComboBox;
    m_verdict->setObjectName(u"verdict"_s);
    m_verdict->setAccessibleName(tr("Verdict"));
    m_verdict->setToolTip(tr("How true the claim is, on a ClaimReview-style scale (Alt+1 … Alt+7, Alt+0 for "
                             "not checked)"));
    for (Verdict v : allVerdicts())
        m_verdict->addItem(verdictMarker(v), verdictName(v), verdictId(v));
    connect(m_verdict, &QComboBox::activated, this, [this] {
        if (const auto v = verdictFromId(m_verdict->currentData().toString()))
            setVerdict(*v);
    });

    m_note = new NoteEdit;
    m_note->setObjectName(u"claimNote"_s);
    m_note->setAccessibleName(tr("Note"));
    m_note->setToolTip(tr("Your note on this claim, in Markdown. Saved when you pause or leave the field; "
                          "Edit → Undo takes it back."));
    m_note->setMinimumHeight(m_note->fontMetrics().height() * 4);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 9);
    connect(m_note, &NoteEdit::committed, this, [this](const QString &) { commitNote(); });

    m_author = new QLineEdit(author());
    m_author->setObjectName(u"annotationAuthor"_s);
    m_author->setAccessibleName(tr("Your name"));
    m_author->setToolTip(tr("The name recorded with the verdicts and notes you set (remembered)"));
    connect(m_author, &QLineEdit::editingFinished, this, [this] { setAuthor(m_author->text()); });
    m_stamp = new QLabel;
    m_stamp->setAccessibleName(tr("Checked by and when"));
    m_stamp->setWordWrap(true);
    m_stamp->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    // Labels above their fields: the column is narrow and the fields want its width.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("&Verdict:"), m_verdict);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(tr("E&vidence:"), buildEvidence());
    form->addRow(tr("Ta&gs:"), buildTags());
    form->addRow(tr("Checked:"), m_stamp);
    form->addRow(tr("Your &name:"), m_author);
    updateButtons();
}

QWidget *AnnotationEditor::buildEvidence()
{
    m_evidence = new QListWidget;
    m_evidence->setObjectName(u"evidence"_s);
    m_evidence->setAccessibleName(tr("Evidence links"));
    m_evidence->setToolTip(tr("Sources that support the verdict, in the order reports list them. Double-click "
                              "to open one in the browser; Delete removes the selected link."));
    m_evidence->setWordWrap(true);
    m_evidence->setTextElideMode(Qt::ElideMiddle);
    fewRows(m_evidence, 4);
    m_evidence->installEventFilter(this);
    connect(m_evidence, &QListWidget::currentRowChanged, this, &AnnotationEditor::updateButtons);
    connect(m_evidence, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        const QUrl url(item->data(UrlRole).toString());
        // Only web addresses: an evidence link is data from the project file.
        if (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
            QDesktopServices::openUrl(url);
    });
    m_evidenceUrl = new QLineEdit;
    m_evidenceUrl->setObjectName(u"evidenceUrl"_s);
    m_evidenceUrl->setPlaceholderText(tr("https://… (address)"));
    m_evidenceUrl->setAccessibleName(tr("Evidence address"));
    m_evidenceUrl->setToolTip(tr("The address (URL) of a new evidence link; press Enter to add it"));
    m_evidenceTitle = new QLineEdit;
    m_evidenceTitle->setObjectName(u"evidenceTitle"_s);
    m_evidenceTitle->setPlaceholderText(tr("Title (optional)"));
    m_evidenceTitle->setAccessibleName(tr("Evidence title"));
    m_evidenceTitle->setToolTip(tr("What the link is, as the report should name it"));
    m_addEvidence = smallButton(tr("Add"), tr("Add evidence link"), tr("Add the address and title as an evidence link"));
    m_removeEvidence = smallButton(tr("Remove"), tr("Remove evidence link"), tr("Remove the selected evidence link"));
    m_evidenceUp = smallButton(tr("Up"), tr("Move evidence link up"), tr("Move the selected link up"));
    m_evidenceDown = smallButton(tr("Down"), tr("Move evidence link down"), tr("Move the selected link down"));
    auto add = [this] {
        addEvidence(m_evidenceUrl->text(), m_evidenceTitle->text());
    };
    connect(m_addEvidence, &QToolButton::clicked, this, add);
    connect(m_evidenceUrl, &QLineEdit::returnPressed, this, add);
    connect(m_evidenceTitle, &QLineEdit::returnPressed, this, add);
    connect(m_evidenceUrl, &QLineEdit::textChanged, this, &AnnotationEditor::updateButtons);
    connect(m_removeEvidence, &QToolButton::clicked, this, [this] { removeEvidence(m_evidence->currentRow()); });
    connect(m_evidenceUp, &QToolButton::clicked, this, [this] { moveEvidence(m_evidence->currentRow(), -1); });
    connect(m_evidenceDown, &QToolButton::clicked, this, [this] { moveEvidence(m_evidence->currentRow(), +1); });

    auto *w = new QWidget;
    auto *v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(3);
    v->addWidget(m_evidence);
    v->addWidget(m_evidenceUrl);
    v->addWidget(m_evidenceTitle);
    auto *buttons = hbox();
    buttons->addWidget(m_addEvidence);
    buttons->addWidget(m_removeEvidence);
    buttons->addStretch();
    buttons->addWidget(m_evidenceUp);
    buttons->addWidget(m_evidenceDown);
    v->addLayout(buttons);
    return w;
}

QWidget *AnnotationEditor::buildTags()
{
    m_tags = new QListWidget;
    m_tags->setObjectName(u"tags"_s);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setToolTip(tr("The claim's tags. Delete removes the selected tag."));
    m_tags->setFlow(QListView::LeftToRight);
    m_tags->setWrapping(true);
    m_tags->setResizeMode(QListView::Adjust);
    m_tags->setSpacing(2);
    fewRows(m_tags, 2);
    m_tags->installEventFilter(this);
    connect(m_tags, &QListWidget::currentRowChanged, this, &AnnotationEditor::updateButtons);
    m_tagInput = new QLineEdit;
    m_tagInput->setObjectName(u"tagInput"_s);
    m_tagInput->setPlaceholderText(tr("Add a tag…"));
    m_tagInput->setAccessibleName(tr("New tag"));
    m_tagInput->setToolTip(tr("Type a tag and press Enter; the tags already in the project are offered"));
    m_tagNames = new QStringListModel(this);
    m_tagCompleter = new QCompleter(m_tagNames, this);
    m_tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tagCompleter->setFilterMode(Qt::MatchContains);
    m_tagInput->setCompleter(m_tagCompleter);
    // Picking a completion adds the tag at once (after the line edit took the name).
    connect(m_tagCompleter, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &tag) { addTag(tag); });
    m_addTag = smallButton(tr("Add"), tr("Add tag"), tr("Add the typed tag to the claim"));
    m_removeTag = smallButton(tr("Remove"), tr("Remove tag"), tr("Remove the selected tag from the claim"));
    auto add = [this] {
        addTag(m_tagInput->text());
    };
    connect(m_addTag, &QToolButton::clicked, this, add);
    // Enter picks from the completion popup first; the line edit then has the full name.
    connect(m_tagInput, &QLineEdit::returnPressed, this, add);
    connect(m_tagInput, &QLineEdit::textChanged, this, &AnnotationEditor::updateButtons);
    connect(m_removeTag, &QToolButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_tags->currentItem())
            removeTag(item->text());
    });

    auto *w = new QWidget;
    auto *v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(3);
    v->addWidget(m_tags);
    auto *h = hbox();
    h->addWidget(m_tagInput, 1);
    h->addWidget(m_addTag);
    h->addWidget(m_removeTag);
    v->addLayout(h);
    return w;
}

void AnnotationEditor::setProject(Project *project, QUndoStack *stack)
{
    m_note->flush(); // into the project it was typed for
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_stack = stack;
    m_claimId = 0;
    if (m_project)
        connect(m_project, &Project::annotationsChanged, this, &AnnotationEditor::onAnnotationsChanged);
    fillTagCompletion();
    refresh();
}

void AnnotationEditor::setClaim(qint64 claimId)
{
    if (claimId != m_claimId) {
        m_note->flush();
        m_note->discard();
        m_claimId = claimId;
        m_evidenceUrl->clear();
        m_evidenceTitle->clear();
        m_tagInput->clear();
    }
    refresh();
}

void AnnotationEditor::refresh()
{
    m_filling = true;
    Annotation a;
    QList<EvidenceLink> links;
    QStringList tags;
    if (m_project && m_claimId) {
        if (auto r = store::annotation(*m_project, m_claimId))
            a = *r;
        if (auto r = store::evidence(*m_project, m_claimId))
            links = *r;
        if (auto r = store::claimTags(*m_project, m_claimId))
            tags = *r;
    }
    m_verdict->setCurrentIndex(std::max(0, m_verdict->findData(verdictId(a.verdict))));
    m_note->setNote(a.note);
    const int current = m_evidence->currentRow();
    m_evidence->clear();
    for (const EvidenceLink &l : std::as_const(links)) {
        auto *item = new QListWidgetItem(l.title.isEmpty() ? l.url : l.title, m_evidence);
        item->setData(UrlRole, l.url);
        item->setData(TitleRole, l.title);
        item->setToolTip(l.url);
    }
    m_evidence->setCurrentRow(std::min(current, m_evidence->count() - 1));
    m_tags->clear();
    m_tags->addItems(tags);
    if (!a.createdAt.isValid()) {
        m_stamp->setText(tr("not yet"));
    } else {
        const QString by = a.author.isEmpty() ? tr("someone") : a.author;
        m_stamp->setText(a.updatedAt.isValid() && when(a.updatedAt) != when(a.createdAt)
                             ? tr("by %1, %2; changed %3").arg(by, when(a.createdAt), when(a.updatedAt))
                             : tr("by %1, %2").arg(by, when(a.createdAt)));
    }
    setEnabled(m_project && m_claimId && !m_project->isReadOnly());
    m_filling = false;
    updateButtons();
}

QString AnnotationEditor::author()
{
    const QString stored = QSettings().value(u"annotations/author"_s).toString().trimmed();
    if (!stored.isEmpty())
        return stored;
    for (const char *var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(var).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName();
}

void AnnotationEditor::setAuthor(const QString &name)
{
    QSettings().setValue(u"annotations/author"_s, name.trimmed());
}

void AnnotationEditor::report(const Status &status)
{
    if (!status)
        emit failed(status.errorMessage());
}

void AnnotationEditor::setVerdict(Verdict verdict)
{
    if (m_filling || !m_project || !m_claimId)
        return;
    report(edit::setVerdict(*m_stack, *m_project, m_claimId, verdict, author()));
    refresh(); // a refused edit puts the picker back
}

void AnnotationEditor::commitNote()
{
    if (!m_project || !m_claimId)
        return;
    // A note ends without trailing blank lines, whatever the editor holds.
    QString note = m_note->note();
    while (!note.isEmpty() && note.back().isSpace())
        note.chop(1);
    report(edit::setNote(*m_stack, *m_project, m_claimId, note, author()));
}

void AnnotationEditor::addTag(const QString &tag)
{
    if (!m_project || !m_claimId || store::normalTagName(tag).isEmpty())
        return;
    const Status s = edit::addTag(*m_stack, *m_project, m_claimId, tag);
    report(s);
    if (s)
        m_tagInput->clear();
}

void AnnotationEditor::removeTag(const QString &tag)
{
    if (m_project && m_claimId)
        report(edit::removeTag(*m_stack, *m_project, m_claimId, tag));
}

QList<EvidenceLink> AnnotationEditor::shownEvidence() const
{
    QList<EvidenceLink> links;
    for (int i = 0; i < m_evidence->count(); ++i) {
        const QListWidgetItem *item = m_evidence->item(i);
        links.append({item->data(UrlRole).toString(), item->data(TitleRole).toString()});
    }
    return links;
}

void AnnotationEditor::addEvidence(const QString &url, const QString &title)
{
    if (!m_project || !m_claimId || url.trimmed().isEmpty())
        return;
    QString address = url.trimmed();
    // "example.org/page" is what people paste from a browser's address bar.
    if (!address.contains(u"://"_s))
        address.prepend(u"https://"_s);
    QList<EvidenceLink> links = shownEvidence();
    links.append({address, title.trimmed()});
    const Status s = edit::setEvidence(*m_stack, *m_project, m_claimId, links);
    report(s);
    if (s) {
        m_evidenceUrl->clear();
        m_evidenceTitle->clear();
        m_evidence->setCurrentRow(m_evidence->count() - 1);
    }
}

void AnnotationEditor::removeEvidence(int row)
{
    QList<EvidenceLink> links = shownEvidence();
    if (!m_project || !m_claimId || row < 0 || row >= links.size())
        return;
    links.removeAt(row);
    report(edit::setEvidence(*m_stack, *m_project, m_claimId, links));
}

void AnnotationEditor::moveEvidence(int row, int delta)
{
    QList<EvidenceLink> links = shownEvidence();
    const int to = row + delta;
    if (!m_project || !m_claimId || row < 0 || row >= links.size() || to < 0 || to >= links.size())
        return;
    links.move(row, to);
    if (edit::setEvidence(*m_stack, *m_project, m_claimId, links))
        m_evidence->setCurrentRow(to);
}

void AnnotationEditor::onAnnotationsChanged(const QList<qint64> &claimIds)
{
    fillTagCompletion();
    if (claimIds.contains(m_claimId))
        refresh();
}

void AnnotationEditor::fillTagCompletion()
{
    QStringList names;
    if (m_project) {
        if (auto tags = store::tags(*m_project)) {
            for (const TagCount &t : std::as_const(*tags))
                names.append(t.name);
        }
    }
    m_tagNames->setStringList(names);
}

void AnnotationEditor::updateButtons()
{
    const int row = m_evidence->currentRow();
    m_addEvidence->setEnabled(!m_evidenceUrl->text().trimmed().isEmpty());
    m_removeEvidence->setEnabled(row >= 0);
    m_evidenceUp->setEnabled(row > 0);
    m_evidenceDown->setEnabled(row >= 0 && row < m_evidence->count() - 1);
    m_addTag->setEnabled(!store::normalTagName(m_tagInput->text()).isEmpty());
    m_removeTag->setEnabled(m_tags->currentItem() != nullptr);
}

// Delete and Backspace in the two lists remove the selected link or tag. They are taken
// before the window's Delete shortcut sees them, which would delete the whole claim.
bool AnnotationEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tags && watched != m_evidence)
        return QWidget::eventFilter(watched, event);
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Delete && key->key() != Qt::Key_Backspace)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (watched == m_tags) {
        if (QListWidgetItem *item = m_tags->currentItem())
            removeTag(item->text());
    } else {
        removeEvidence(m_evidence->currentRow());
    }
    return true;
}

} // namespace factline
