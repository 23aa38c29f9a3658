// SPDX-License-Identifier: MIT
// File → Export Report…: the dialog previews the report of the chosen scope and writes
// every chosen format into a folder in one step, saying for each file what happened.
#include "edit/annotationcommands.h"
#include "report/reportdialog.h"

#include "uisupport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QUndoStack>

using namespace factline;
using namespace Qt::StringLiterals;
using factline::test::Scratch;
using factline::test::SampleWindow;

namespace {

const QString Thirds = u"at least a third of the dead are Hamas militants"_s;

ReportDialog *openDialog(SampleWindow &s)
{
    s.window.exportReport();
    auto *dialog = qobject_cast<ReportDialog *>(s.window.reportDialog());
    REQUIRE(dialog);
    return dialog;
}

qint64 claimWith(Project &p, const QString &words)
{
    const Result<QList<ClaimRecord>> claims = p.claims();
    REQUIRE(claims.ok());
    for (const ClaimRecord &c : *claims) {
        if (c.text.contains(words))
            return c.id;
    }
    FAIL("no claim with these words");
    return 0;
}

QString readText(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

void untickAllBut(QListWidget *list, const QString &id)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(list->item(i)->data(Qt::UserRole + 1).toString() == id ? Qt::Checked
                                                                                           : Qt::Unchecked);
}

} // namespace

TEST_CASE("report dialog: writes the HTML and Markdown reports into a folder in one step", "[ui][report]")
{
    SampleWindow s;
    Project &p = *s.window.project();
    const qint64 claim = claimWith(p, Thirds);
    REQUIRE(edit::setVerdict(*s.window.undoStack(), p, claim, Verdict::MostlyFalse, u"Ana"_s).ok());
    REQUIRE(edit::setNote(*s.window.undoStack(), p, claim, u"The ministry does not count fighters."_s).ok());

    ReportDialog *dialog = openDialog(s);
    dialog->updatePreview();
    const QString shown = dialog->preview()->toPlainText();
    CHECK(shown.contains(u"The ministry does not count fighters."_s));
    CHECK(shown.contains(u"Mostly false"_s));

    Scratch dir;
    const QString folder = dir.path(u"out/reports"_s); // made when missing
    dialog->setFolder(folder);
    dialog->setBaseName(u"rafah"_s);
    dialog->setFormats({ReportDialog::Format::Html, ReportDialog::Format::Markdown});
    REQUIRE(dialog->writeButton()->isEnabled());
    dialog->writeButton()->click();
    REQUIRE(dialog->results()->count() == 2);
    CHECK(dialog->results()->item(0)->text().contains(u"written"_s));

    const QString html = readText(folder + u"/rafah.html"_s);
    CHECK(html.contains(u"<html"_s));
    CHECK(html.contains(u"The ministry does not count fighters."_s));
    const QString md = readText(folder + u"/rafah.md"_s);
    CHECK(md.contains(u"The ministry does not count fighters."_s));
    CHECK(md.contains(u"Mostly false"_s));
}

TEST_CASE("report dialog: the scope narrows the report, and every data format is written and parses",
          "[ui][report]")
{
    SampleWindow s;
    Project &p = *s.window.project();
    const qint64 claim = claimWith(p, Thirds);
    REQUIRE(edit::setVerdict(*s.window.undoStack(), p, claim, Verdict::False, u"Ana"_s).ok());
    ReportDialog *dialog = openDialog(s);
    untickAllBut(dialog->verdicts(), u"false"_s);
    dialog->updatePreview();
    const QString shown = dialog->preview()->toPlainText();
    CHECK(shown.contains(u"a third of the dead"_s));
    CHECK_FALSE(shown.contains(u"there is no credible way"_s));

    Scratch dir;
    dialog->setFolder(dir.path(u"all"_s));
    dialog->setBaseName(u"r"_s);
    dialog->setFormats(ReportDialog::allFormats());
    const QList<ReportDialog::Written> written = dialog->write();
    qsizetype files = 0;
    for (ReportDialog::Format f : ReportDialog::allFormats())
        files += ReportDialog::fileNamesFor(f, u"r"_s).size();
    REQUIRE(written.size() == files);
    CHECK(files == ReportDialog::allFormats().size() + 2); // CSV is three tables
    for (const ReportDialog::Written &w : written) {
        INFO(w.path.toStdString() << ": " << w.message.toStdString());
        CHECK(w.ok);
        CHECK(QFileInfo(w.path).size() > 0);
        if (w.path.endsWith(u"json"_s) || w.path.endsWith(u"jsonld"_s)) {
            QFile f(w.path);
            REQUIRE(f.open(QIODevice::ReadOnly));
            QJsonParseError error;
            QJsonDocument::fromJson(f.readAll(), &error);
            CHECK(error.error == QJsonParseError::NoError);
        }
    }
    CHECK(readText(dir.path(u"all/r-claims.csv"_s)).contains(u"a third of the dead"_s));
    CHECK(readText(dir.path(u"all/r-sources.csv"_s)).contains(u"Israel"_s));
    CHECK(readText(dir.path(u"all/r.pdf"_s)).startsWith(u"%PDF"_s));
}

TEST_CASE("report dialog: the preview fetches nothing from the network or the disk", "[ui][report]")
{
    SampleWindow s;
    ReportDialog *dialog = openDialog(s);
    QTextBrowser *preview = dialog->preview();
    CHECK_FALSE(preview->loadResource(QTextDocument::ImageResource, QUrl(u"https://example.org/x.png"_s)).isValid());
    CHECK_FALSE(preview->loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(u"/etc/hostname"_s)).isValid());
    CHECK_FALSE(preview->loadResource(QTextDocument::StyleSheetResource, QUrl(u"style.css"_s)).isValid());
}

TEST_CASE("report dialog: a failure to write is reported for the file, not as a crash", "[ui][report]")
{
    SampleWindow s;
    ReportDialog *dialog = openDialog(s);
    Scratch dir;
    const QString blocker = dir.write(u"file"_s, "not a folder");
    dialog->setFolder(blocker + u"/sub"_s);
    dialog->setBaseName(u"r"_s);
    dialog->setFormats({ReportDialog::Format::Html});
    CHECK(dialog->write().isEmpty());
    REQUIRE(dialog->results()->count() == 1);
    CHECK(dialog->results()->item(0)->text().contains(u"cannot be made"_s));
}

TEST_CASE("report dialog: a project written as JSON is imported into a new project", "[ui][report]")
{
    if (!ReportDialog::canImportJson()) {
        WARN("no project JSON importer in this build");
        return;
    }
    SampleWindow s;
    ReportDialog *dialog = openDialog(s);
    Scratch dir;
    dialog->setFolder(dir.path(u"json"_s));
    dialog->setBaseName(u"p"_s);
    dialog->setFormats({ReportDialog::Format::ProjectJson});
    REQUIRE(dialog->write().value(0).ok);
    const QString copy = dir.path(u"copy.factline"_s);
    const Status imported = ReportDialog::importJsonFile(dir.path(u"json/p.json"_s), copy);
    REQUIRE(imported.ok());
    auto opened = Project::open(copy);
    REQUIRE(opened.ok());
    CHECK((*opened)->claims()->size() == s.window.project()->claims()->size());
    // Not into a project that has documents already.
    CHECK_FALSE(ReportDialog::importJsonFile(dir.path(u"json/p.json"_s), s.path).ok());
}

TEST_CASE("report dialog: verdict names in the preview wrap between words only, however narrow the window",
          "[ui][report]")
{
    SampleWindow s;
    Project &p = *s.window.project();
    // Every verdict in use, so the track-record table has a column for each: the widest table.
    const Result<QList<ClaimRecord>> claims = p.claims();
    REQUIRE(claims.ok());
    const QList<Verdict> verdicts = allVerdicts();
    REQUIRE(claims->size() >= verdicts.size());
    for (qsizetype i = 0; i < verdicts.size(); ++i)
        REQUIRE(edit::setVerdict(*s.window.undoStack(), p, (*claims)[i].id, verdicts[i], u"Ana"_s).ok());

    ReportDialog *dialog = openDialog(s);
    dialog->updatePreview();
    QTextDocument *doc = dialog->preview()->document();
    QStringList names;
    for (Verdict v : verdicts)
        names.append(verdictName(v));
    for (const qreal width : {600.0, 360.0, 240.0}) {
        doc->setTextWidth(width);
        int seen = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (!names.contains(b.text().trimmed()))
                continue;
            doc->documentLayout()->blockBoundingRect(b); // lays the block out
            const QTextLayout *layout = b.layout();
            ++seen;
            for (int i = 1; i < layout->lineCount(); ++i) {
                const int start = layout->lineAt(i).textStart();
                INFO(b.text().toStdString() << " at width " << width);
                CHECK(b.text().at(start - 1).isSpace());
            }
        }
        CHECK(seen >= verdicts.size()); // the summary's rows and the track record's columns
    }
}
