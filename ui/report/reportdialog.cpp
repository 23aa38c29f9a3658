// SPDX-License-Identifier: MIT
#include "reportdialog.h"

#include "models/sourcecolours.h"
#include "models/verdictstyle.h"
#include "reportrun.h"
#include "store/annotations.h"
#include "store/disputes.h"
#include "store/project.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QPainter>
#include <QStyle>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace factline {
namespace {

using namespace Qt::StringLiterals;

constexpr int IdRole = Qt::UserRole + 1;

// The preview shows the report's own HTML only: nothing is fetched, neither from the
// network nor from disk (article text is hostile data, and a report may link anywhere).
// Links open in the browser only when clicked, and only web links. Lines break between
// words only, as in the written reports: a narrow window scrolls sideways rather than
// cutting "Unprov|en" in a table's header.
class ReportPreview : public QTextBrowser
{
public:
    ReportPreview()
    {
        setWordWrapMode(QTextOption::WordWrap);
        setOpenLinks(false);
        setOpenExternalLinks(false);
        connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
            if (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
                QDesktopServices::openUrl(url);
        });
    }
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (name.scheme() == u"data"_s)
            return QTextBrowser::loadResource(type, name);
        return {};
    }
};

// The checked items' ids; none when every item is checked ("all", which also takes in
// what is added to the project later).
template<typename Id>
QList<Id> checkedIds(const QListWidget *list, bool *all = nullptr)
{
    QList<Id> ids;
    bool every = true;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(IdRole).value<Id>());
        else
            every = false;
    }
    if (all)
        *all = every;
    return every ? QList<Id>() : ids;
}

QListWidgetItem *checkItem(QListWidget *list, const QString &text, const QVariant &id)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Checked);
    item->setData(IdRole, id);
    item->setToolTip(text);
    return item;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

} // namespace

QList<ReportDialog::Format> ReportDialog::allFormats()
{
    QList<Format> out;
    for (const report::FormatInfo &f : report::formats())
        out.append(f.format);
    return out;
}

QString ReportDialog::formatName(Format format)
{
    switch (format) {
    case Format::Html: return tr("HTML report (one file, printable)");
    case Format::Pdf: return tr("PDF report");
    case Format::Markdown: return tr("Markdown report");
    case Format::ProjectJson: return tr("Project JSON (everything, re-importable)");
    case Format::Csv: return tr("CSV of claims, events, sources (spreadsheets)");
    case Format::ClaimReview: return tr("schema.org ClaimReview (JSON-LD)");
    case Format::TimelineJs: return tr("TimelineJS (JSON)");
    case Format::WebAnnotation: return tr("W3C Web Annotation (JSON-LD)");
    }
    return {};
}

QStringList ReportDialog::fileNamesFor(Format format, const QString &baseName)
{
    const QString ext = u'.' + report::formatInfo(format).extension;
    switch (format) {
    case Format::Csv:
        return {baseName + u"-claims.csv"_s, baseName + u"-events.csv"_s, baseName + u"-sources.csv"_s};
    // Names of their own where two formats share an extension.
    case Format::ClaimReview: return {baseName + u"-claimreview"_s + ext};
    case Format::TimelineJs: return {baseName + u"-timeline"_s + ext};
    case Format::WebAnnotation: return {baseName + u"-annotations"_s + ext};
    default: return {baseName + ext};
    }
}

ReportDialog::ReportDialog(Project &project, QWidget *parent)
    : QDialog(parent), m_project(project)
{
    setObjectName(u"reportDialog"_s);
    setWindowTitle(tr("Export Report"));
    setAccessibleName(tr("Export Report"));
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(350);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportDialog::updatePreview);

    auto *choices = new QTabWidget;
    choices->setAccessibleName(tr("What the report holds"));
    choices->addTab(buildScope(), tr("&Scope"));
    choices->addTab(buildContents(), tr("Sections && &formats"));

    m_preview = new ReportPreview;
    m_preview->setObjectName(u"reportPreview"_s);
    m_preview->setAccessibleName(tr("Report preview"));
    m_preview->setToolTip(tr("The report as it will be written, in the scope and sections chosen"));
    // A report is a page to print or publish: it is previewed as paper, in dark mode too.
    QPalette paper = m_preview->palette();
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    paper.setColor(QPalette::Link, QColor(0x0b, 0x5c, 0xad));
    m_preview->setPalette(paper);
    m_previewNote = new QLabel;
    m_previewNote->setWordWrap(true);
    m_previewNote->setForegroundRole(QPalette::PlaceholderText);
    auto *previewBox = new QWidget;
    auto *pv = new QVBoxLayout(previewBox);
    pv->setContentsMargins(0, 0, 0, 0);
    auto *previewTitle = new QLabel(tr("Preview"));
    previewTitle->setBuddy(m_preview);
    pv->addWidget(previewTitle);
    pv->addWidget(m_preview, 1);
    pv->addWidget(m_previewNote);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(choices);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    split->setSizes({440, 640});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buildOutput());

    fillScope();
    resize(1100, 760);
    schedulePreview();
}

ReportDialog::~ReportDialog() = default;

QListWidget *ReportDialog::checkList(const QString &accessibleName, const QString &tip)
{
    auto *list = new QListWidget;
    list->setAccessibleName(accessibleName);
    list->setToolTip(tip);
    list->setUniformItemSizes(true);
    // Long titles are elided; the tooltip has each in full.
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setTextElideMode(Qt::ElideRight);
    connect(list, &QListWidget::itemChanged, this, &ReportDialog::schedulePreview);
    return list;
}

QWidget *ReportDialog::buildScope()
{
    m_documents = checkList(tr("Documents in the report"), tr("The articles whose claims and events the report "
                                                              "covers"));
    m_sources = checkList(tr("Sources in the report"), tr("Only the claims of the ticked sources"));
    m_disputes = checkList(tr("Disputes in the report"), tr("The competing-claims groups the report shows side by "
                                                            "side"));
    m_verdicts = checkList(tr("Verdicts in the report"), tr("Only the claims with a ticked verdict; “Not checked” "
                                                            "is every claim no one has judged"));
    m_tags = checkList(tr("Tags in the report"), tr("Only the claims with a ticked tag; with every tag ticked, "
                                                    "untagged claims are in too"));
    auto dateEdit = [this](const QString &any, const QString &name) {
        auto *d = new QDateEdit;
        d->setAccessibleName(name);
        d->setToolTip(tr("Only the claims said and the events that happened in this range"));
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"d MMM yyyy"_s);
        d->setMinimumDate(QDate(1900, 1, 1));
        d->setSpecialValueText(any);
        d->setDate(d->minimumDate());
        connect(d, &QDateEdit::dateChanged, this, &ReportDialog::schedulePreview);
        return d;
    };
    m_from = dateEdit(tr("from any day"), tr("Report from"));
    m_to = dateEdit(tr("to any day"), tr("Report to"));

    auto group = [](const QString &title, QWidget *w) {
        auto *box = new QGroupBox(title);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(4, 4, 4, 4);
        v->addWidget(w);
        return box;
    };
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->addWidget(group(tr("Documents"), m_documents), 0, 0);
    grid->addWidget(group(tr("Sources"), m_sources), 0, 1);
    grid->addWidget(group(tr("Verdicts"), m_verdicts), 1, 0);
    grid->addWidget(group(tr("Tags"), m_tags), 1, 1);
    grid->addWidget(group(tr("Disputes"), m_disputes), 2, 0, 1, 2);
    auto *dates = new QHBoxLayout;
    auto *datesLabel = new QLabel(tr("&Dates:"));
    datesLabel->setBuddy(m_from);
    dates->addWidget(datesLabel);
    dates->addWidget(m_from);
    dates->addWidget(m_to);
    dates->addStretch();
    grid->addLayout(dates, 3, 0, 1, 2);
    auto *hint = new QLabel(tr("Untick what to leave out. Everything ticked means the whole project."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(hint, 4, 0, 1, 2);
    return page;
}

QWidget *ReportDialog::buildContents()
{
    auto *sections = new QGroupBox(tr("Sections of the readable report"));
    auto *sv = new QVBoxLayout(sections);
    for (const QString &id : reportrun::sectionIds()) {
        auto *box = new QCheckBox(reportrun::sectionName(id));
        box->setObjectName(u"section-"_s + id);
        box->setProperty("sectionId", id);
        box->setChecked(true);
        box->setAccessibleName(tr("Section %1").arg(reportrun::sectionName(id)));
        box->setToolTip(tr("Include the section “%1” in the HTML, PDF and Markdown reports")
                            .arg(reportrun::sectionName(id)));
        connect(box, &QCheckBox::toggled, this, &ReportDialog::schedulePreview);
        sv->addWidget(box);
        m_sections.append(box);
    }
    sv->addStretch();

    auto *formats = new QGroupBox(tr("Formats to write"));
    auto *fv = new QVBoxLayout(formats);
    const QStringList remembered = QSettings().value(u"report/formats"_s, QStringList{u"0"_s, u"2"_s}).toStringList();
    for (Format f : allFormats()) {
        auto *box = new QCheckBox(formatName(f));
        const int n = static_cast<int>(f);
        box->setProperty("format", n);
        box->setChecked(remembered.contains(QString::number(n)));
        box->setAccessibleName(formatName(f));
        box->setToolTip(tr("Write %1").arg(fileNamesFor(f, tr("NAME")).join(u", "_s)));
        connect(box, &QCheckBox::toggled, this, &ReportDialog::updateWriteButton);
        fv->addWidget(box);
        m_formats.append(box);
    }
    fv->addStretch();

    // One above the other: the preview beside them wants the width.
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->addWidget(sections);
    v->addWidget(formats);
    return page;
}

QWidget *ReportDialog::buildOutput()
{
    QSettings settings;
    m_folder = new QLineEdit(settings.value(u"report/folder"_s,
                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                 .toString());
    m_folder->setObjectName(u"reportFolder"_s);
    m_folder->setAccessibleName(tr("Folder"));
    m_folder->setToolTip(tr("The folder the files are written into (made if missing)"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose folder"));
    browse->setToolTip(tr("Choose the folder to write the report into"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &ReportDialog::chooseFolder);
    m_baseName = new QLineEdit(QFileInfo(m_project.path()).completeBaseName() + u"-report"_s);
    m_baseName->setObjectName(u"reportBaseName"_s);
    m_baseName->setAccessibleName(tr("File name"));
    m_baseName->setToolTip(tr("The name of the files, without extension: NAME.html, NAME.md, NAME-claims.csv, …"));
    for (QLineEdit *e : {m_folder, m_baseName})
        connect(e, &QLineEdit::textChanged, this, &ReportDialog::updateWriteButton);

    m_results = new QListWidget;
    m_results->setObjectName(u"reportResults"_s);
    m_results->setAccessibleName(tr("Files written"));
    m_results->setToolTip(tr("What the last Write did with each file; double-click a written file to open it"));
    m_results->setMaximumHeight(m_results->fontMetrics().height() * 4 + 12);
    connect(m_results, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        const QString path = item->data(IdRole).toString();
        if (!path.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });

    auto *buttons = new QDialogButtonBox;
    m_write = buttons->addButton(tr("&Write"), QDialogButtonBox::AcceptRole);
    m_write->setAccessibleName(tr("Write"));
    m_write->setToolTip(tr("Write every chosen format into the folder"));
    m_write->setDefault(true);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setToolTip(tr("Close without writing anything more"));
    close->setAccessibleName(tr("Close"));
    // Write does not close the dialog: the results stay to be read, and another Write
    // with other choices is one click away.
    connect(m_write, &QPushButton::clicked, this, [this] { write(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *w = new QWidget;
    auto *form = new QFormLayout(w);
    form->setContentsMargins(0, 0, 0, 0);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("F&older:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("File &name:"), m_baseName);
    form->addRow(tr("Written:"), m_results);
    form->addRow(buttons);
    updateWriteButton();
    return w;
}

void ReportDialog::fillScope()
{
    if (auto docs = m_project.documents()) {
        for (const DocumentRecord &d : std::as_const(*docs)) {
            const QString title = d.meta.title.isEmpty() ? tr("(untitled)") : d.meta.title;
            checkItem(m_documents, d.meta.published.isValid()
                                       ? tr("%1 (%2)").arg(title, QLocale().toString(d.meta.published, QLocale::ShortFormat))
                                       : title,
                      d.id);
        }
    }
    if (auto actors = m_project.actors()) {
        for (const ActorRecord &a : std::as_const(*actors)) {
            if (a.claimCount > 0)
                checkItem(m_sources, tr("%1 (%2)").arg(a.name).arg(a.claimCount), a.id)->setIcon(sourceSwatch(a.id));
        }
    }
    if (auto disputes = DisputeStore(m_project).disputes()) {
        for (const DisputeRecord &d : std::as_const(*disputes)) {
            // A rejected suggestion is not a dispute the checker stands by.
            if (d.state == DisputeRejected)
                continue;
            QListWidgetItem *item = checkItem(m_disputes, d.title.isEmpty() ? tr("(no question)") : d.title, d.id);
            if (d.state == DisputeSuggested)
                item->setText(tr("%1 (suggested)").arg(item->text()));
        }
    }
    for (Verdict v : allVerdicts())
        checkItem(m_verdicts, verdictName(v), verdictId(v))->setIcon(verdictMarker(v));
    if (auto tags = store::tags(m_project)) {
        for (const TagCount &t : std::as_const(*tags))
            checkItem(m_tags, tr("%1 (%2)").arg(t.name).arg(t.claims), t.name);
    }
}

void ReportDialog::schedulePreview()
{
    m_previewTimer->start();
}

namespace {

reportrun::Choice choiceOf(const QListWidget *documents, const QListWidget *sources, const QListWidget *disputes,
                           const QListWidget *verdicts, const QListWidget *tags, const QDateEdit *from,
                           const QDateEdit *to, const QList<QCheckBox *> &sections)
{
    reportrun::Choice c;
    const QList<qint64> docs = checkedIds<qint64>(documents);
    c.documentIds = QSet<qint64>(docs.begin(), docs.end());
    const QList<qint64> actors = checkedIds<qint64>(sources);
    c.actorIds = QSet<qint64>(actors.begin(), actors.end());
    const QList<qint64> ds = checkedIds<qint64>(disputes);
    c.disputeIds = QSet<qint64>(ds.begin(), ds.end());
    c.verdicts = checkedIds<QString>(verdicts);
    c.tags = checkedIds<QString>(tags);
    if (from->date() != from->minimumDate())
        c.from = from->date();
    if (to->date() != to->minimumDate())
        c.to = to->date();
    for (const QCheckBox *box : sections) {
        if (box->isChecked())
            c.sections.append(box->property("sectionId").toString());
    }
    return c;
}

} // namespace

void ReportDialog::updatePreview()
{
    const reportrun::Choice c = choiceOf(m_documents, m_sources, m_disputes, m_verdicts, m_tags, m_from, m_to,
                                         m_sections);
    Result<reportrun::Preview> p = reportrun::preview(m_project, c);
    if (!p) {
        m_preview->setPlainText(p.errorMessage());
        m_previewNote->clear();
        return;
    }
    const int scroll = m_preview->verticalScrollBar()->value();
    // A new document each time, the picture added before the text that shows it; its
    // parent is the preview, whose loadResource refuses everything else.
    auto *doc = new QTextDocument(m_preview);
    if (!p->timelineSvg.isEmpty()) {
        // The timeline as the HTML report draws it, made a picture here: Qt's rich text
        // has no inline SVG. Drawn at twice the size so that it stays sharp.
        QSvgRenderer svg(p->timelineSvg);
        const QSize size = svg.defaultSize();
        QImage picture(size * 2, QImage::Format_ARGB32_Premultiplied);
        picture.fill(Qt::white);
        QPainter painter(&picture);
        svg.render(&painter);
        painter.end();
        picture.setDevicePixelRatio(2);
        doc->addResource(QTextDocument::ImageResource, QUrl(p->timelineImage), picture);
    }
    doc->setHtml(p->html);
    // The first document belongs to the browser's text control, which deletes it itself;
    // ours (parented to the preview) are deleted here.
    QTextDocument *old = m_preview->document();
    const bool ours = old && old->parent() == m_preview;
    m_preview->setDocument(doc);
    if (ours)
        delete old;
    m_preview->verticalScrollBar()->setValue(scroll);
    QString note = tr("%n claim(s)", nullptr, p->claims) + tr(", %n event(s)", nullptr, p->events);
    if (p->shownClaims < p->claims)
        note += tr(" — the preview shows the first %n claim(s); the files hold them all", nullptr, p->shownClaims);
    else
        note += tr(" — the HTML file has the same content, laid out for a browser");
    m_previewNote->setText(note);
}

void ReportDialog::setFormats(const QList<Format> &formats)
{
    for (QCheckBox *box : std::as_const(m_formats))
        box->setChecked(formats.contains(static_cast<Format>(box->property("format").toInt())));
}

QList<ReportDialog::Format> ReportDialog::formats() const
{
    QList<Format> out;
    for (const QCheckBox *box : m_formats) {
        if (box->isChecked())
            out.append(static_cast<Format>(box->property("format").toInt()));
    }
    return out;
}

void ReportDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void ReportDialog::setBaseName(const QString &name)
{
    m_baseName->setText(name);
}

void ReportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Write the Report Into"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ReportDialog::updateWriteButton()
{
    const QString base = m_baseName->text().trimmed();
    const bool nameOk = !base.isEmpty() && !base.contains(u'/') && !base.contains(u'\\');
    m_write->setEnabled(nameOk && !m_folder->text().trimmed().isEmpty() && !formats().isEmpty());
}

QList<ReportDialog::Written> ReportDialog::write()
{
    QList<Written> out;
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QString base = m_baseName->text().trimmed();
    if (folder.isEmpty() || base.isEmpty() || formats().isEmpty())
        return out;
    QStringList existing;
    for (Format f : formats()) {
        for (const QString &name : fileNamesFor(f, base)) {
            if (QFileInfo::exists(QDir(folder).filePath(name)))
                existing << name;
        }
    }
    if (!existing.isEmpty() && !qEnvironmentVariableIsSet("FACTLINE_NO_DIALOGS")
        && QMessageBox::question(this, tr("Replace Files?"),
                                 tr("These files are already in the folder and will be replaced:\n%1")
                                     .arg(existing.join(u"\n"_s)))
               != QMessageBox::Yes)
        return out;

    QSettings settings;
    settings.setValue(u"report/folder"_s, m_folder->text().trimmed());
    QStringList remembered;
    for (Format f : formats())
        remembered << QString::number(static_cast<int>(f));
    settings.setValue(u"report/formats"_s, remembered);

    m_results->clear();
    if (!QDir().mkpath(folder)) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxCritical),
                                         tr("The folder %1 cannot be made. Choose another one.")
                                             .arg(QDir::toNativeSeparators(folder)),
                                         m_results);
        item->setToolTip(item->text());
        return out;
    }
    const reportrun::Choice c = choiceOf(m_documents, m_sources, m_disputes, m_verdicts, m_tags, m_from, m_to,
                                         m_sections);
    QList<reportrun::Target> targets;
    for (Format f : formats()) {
        const QStringList names = fileNamesFor(f, base);
        for (qsizetype i = 0; i < names.size(); ++i)
            targets.append({f, QDir(folder).filePath(names[i]), static_cast<int>(i)});
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    out = reportrun::write(m_project, c, targets);
    QApplication::restoreOverrideCursor();
    for (const Written &w : std::as_const(out)) {
        const QString name = QDir::toNativeSeparators(w.path);
        auto *item = new QListWidgetItem(m_results);
        if (w.ok) {
            item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
            item->setText(tr("%1 — written, %2").arg(name, sizeText(QFileInfo(w.path).size())));
            item->setData(IdRole, w.path);
        } else {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setText(tr("%1 — not written: %2").arg(name, w.message));
        }
        item->setToolTip(item->text());
    }
    return out;
}

Status ReportDialog::importJsonFile(const QString &jsonPath, const QString &projectPath)
{
    return reportrun::importJson(jsonPath, projectPath);
}

bool ReportDialog::canImportJson()
{
    return reportrun::canImportJson();
}

QString ReportDialog::importJson(QWidget *parent)
{
    const QString json = QFileDialog::getOpenFileName(parent, tr("Import Project JSON"), QDir::homePath(),
                                                      tr("Factline project JSON (*.json);;All files (*)"));
    if (json.isEmpty())
        return {};
    QString project = QFileDialog::getSaveFileName(parent, tr("New Project from JSON"),
                                                   QFileInfo(json).absolutePath() + u'/'
                                                       + QFileInfo(json).completeBaseName() + u".factline"_s,
                                                   tr("Factline projects (*.factline)"));
    if (project.isEmpty())
        return {};
    if (!project.endsWith(u".factline"_s))
        project += u".factline"_s;
    if (Status s = reportrun::importJson(json, project); !s) {
        QMessageBox::warning(parent, tr("Cannot import the project"), s.errorMessage());
        return {};
    }
    return project;
}

} // namespace factline
