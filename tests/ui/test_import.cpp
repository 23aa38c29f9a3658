// SPDX-License-Identifier: MIT
#include "import/importdialog.h"
#include "import/importjob.h"
#include "models/documentmodel.h"

#include "uisupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

using namespace factline;
using factline::test::SampleWindow;
using factline::test::Scratch;

namespace {

const QByteArray Article =
    "Aid trucks reach northern Gaza\n\n"
    "Aid officials said on Monday that twelve trucks had reached northern Gaza. "
    "The army said the crossing would stay open this week.\n";

void clickImport(ImportDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    buttons->button(QDialogButtonBox::Ok)->click();
}

} // namespace

TEST_CASE("import: a file goes through the dialog, where its missing date is asked for", "[ui][import]")
{
    SampleWindow s;
    const QString file = s.dir.write(QStringLiteral("trucks.txt"), Article);
    QSignalSpy finished(&s.window, &MainWindow::importFinished);
    s.window.importFiles({file});
    ImportDialog *dialog = s.window.importDialog();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->hasDate()->isChecked()); // no date in a plain text file
    CHECK(dialog->undatedCount() == 1);
    dialog->outletEdit()->setText(QStringLiteral("Reuters"));
    dialog->dateEdit()->setDate(QDate(2024, 3, 26));
    CHECK(dialog->hasDate()->isChecked());
    clickImport(dialog);

    REQUIRE((finished.count() == 1 || finished.wait(30000)));
    CHECK(finished.first().at(0).toInt() == 1);
    QAbstractItemModel *docs = s.window.documentsView()->model();
    REQUIRE(docs->rowCount() == 2);
    auto all = s.window.project()->documents();
    const DocumentRecord &added = all->last();
    CHECK(added.meta.outlet == QStringLiteral("Reuters"));
    CHECK(added.meta.published == QDate(2024, 3, 26));
    // Extraction ran with that date: "Monday" is resolved against it.
    bool monday = false;
    const auto timexes = s.window.project()->timexes(added.id);
    REQUIRE(timexes.ok());
    for (const TimexRecord &t : *timexes)
        monday = monday || (t.text == QStringLiteral("Monday") && t.value == QStringLiteral("2024-03-25"));
    CHECK(monday);
    CHECK(s.window.statusBar()->currentMessage().contains(QStringLiteral("Imported 1 article")));

    // Searching now finds claims in both articles.
    s.window.searchBox()->setText(QStringLiteral("Gaza"));
    emit s.window.searchBox()->returnPressed();
    QSet<qint64> documents;
    for (int row = 0; row < s.window.claimsView()->model()->rowCount(); ++row)
        documents.insert(s.window.claimsView()->model()->index(row, 0).data(Qt::UserRole + 3).toLongLong());
    CHECK(documents.size() == 2);
}

TEST_CASE("import: a file that cannot be read is named, and the others go on", "[ui][import]")
{
    SampleWindow s;
    const QString good = s.dir.write(QStringLiteral("good.txt"), Article);
    const QString bad = s.dir.write(QStringLiteral("bad.txt"), QByteArray());
    s.window.importFiles({good, bad});
    CHECK(s.window.statusBar()->currentMessage().contains(QStringLiteral("bad.txt")));
    ImportDialog *dialog = s.window.importDialog();
    REQUIRE(dialog);
    CHECK(dialog->articles().size() == 1);
    QSignalSpy finished(&s.window, &MainWindow::importFinished);
    clickImport(dialog);
    REQUIRE((finished.count() == 1 || finished.wait(30000)));
    CHECK(s.window.documentsView()->model()->rowCount() == 2);
}

TEST_CASE("import: a file dropped on the window opens the import dialog", "[ui][import]")
{
    SampleWindow s;
    const QString file = s.dir.write(QStringLiteral("dropped.txt"), Article);
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&s.window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&s.window, &drop);
    INFO(s.window.statusBar()->currentMessage().toStdString());
    REQUIRE(s.window.importDialog());
    CHECK(s.window.importDialog()->titleEdit()->text() == QStringLiteral("Aid trucks reach northern Gaza"));
    s.window.importDialog()->reject();
    delete mime;
}

TEST_CASE("import: text pasted from the clipboard becomes an article", "[ui][import]")
{
    SampleWindow s;
    QApplication::clipboard()->setText(QString::fromUtf8(Article));
    s.window.pasteArticle();
    ImportDialog *dialog = s.window.importDialog();
    REQUIRE(dialog);
    CHECK(dialog->titleEdit()->text() == QStringLiteral("Aid trucks reach northern Gaza"));
    dialog->dateEdit()->setDate(QDate(2024, 3, 26));
    QSignalSpy finished(&s.window, &MainWindow::importFinished);
    clickImport(dialog);
    REQUIRE((finished.count() == 1 || finished.wait(30000)));
    CHECK(s.window.documentsView()->model()->rowCount() == 2);
    CHECK(s.window.project()->documents()->last().format == QStringLiteral("pasted"));
}

TEST_CASE("import: several files import in the background and Cancel stops them", "[ui][import]")
{
    SampleWindow s;
    QList<import::ReadArticle> articles;
    for (int i = 0; i < 40; ++i) {
        QByteArray text = "Story " + QByteArray::number(i) + "\n\n";
        for (int j = 0; j < 200; ++j)
            text += "Officials said on Friday that talks in story " + QByteArray::number(i) + " went on. ";
        auto read = import::readArticleText(QString::fromUtf8(text), QStringLiteral("text"));
        REQUIRE(read.ok());
        read->document.meta.published = QDate(2024, 3, 24);
        articles << *read;
    }
    QSignalSpy finished(&s.window, &MainWindow::importFinished);
    s.window.importArticles(articles);
    QProgressDialog *progress = s.window.importProgress();
    REQUIRE(progress);
    CHECK(s.window.importJob()->isRunning());
    auto *cancel = progress->findChild<QPushButton *>();
    REQUIRE(cancel);
    cancel->click();
    REQUIRE((finished.count() == 1 || finished.wait(30000)));
    CHECK(finished.first().at(2).toBool()); // cancelled
    const int imported = finished.first().at(0).toInt();
    CHECK(imported < 40);
    CHECK(s.window.documentsView()->model()->rowCount() == 1 + imported);
    CHECK(s.window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    CHECK(s.window.importJob() == nullptr);
    CHECK_FALSE((s.window.importProgress() && s.window.importProgress()->isVisible()));
}

TEST_CASE("import: the background job uses its own connection and recognises a duplicate", "[ui][import]")
{
    Scratch dir;
    const QString path = dir.path(QStringLiteral("p.factline"));
    REQUIRE(Project::open(path).ok());
    auto good = import::readArticleText(QString::fromUtf8(Article), QStringLiteral("text"));
    REQUIRE(good.ok());
    ImportJob job(path, {*good, *good});
    QSignalSpy imported(&job, &ImportJob::imported);
    job.start();
    REQUIRE(job.wait(30000));
    REQUIRE(imported.count() == 2);
    CHECK_FALSE(imported.at(0).at(1).toBool());
    CHECK(imported.at(1).at(1).toBool()); // the same text again is a duplicate, not a second document
}

TEST_CASE("import: an article already in the project is named in the summary, not counted as imported", "[ui][import]")
{
    SampleWindow s;
    const QString file = s.dir.write(QStringLiteral("again.txt"), factline::test::sampleText().toUtf8());
    QSignalSpy finished(&s.window, &MainWindow::importFinished);
    s.window.importFiles({file});
    ImportDialog *dialog = s.window.importDialog();
    REQUIRE(dialog);
    dialog->dateEdit()->setDate(QDate(2024, 3, 24));
    clickImport(dialog);
    REQUIRE((finished.count() == 1 || finished.wait(30000)));
    CHECK(finished.first().at(0).toInt() == 0);
    CHECK(s.window.documentsView()->model()->rowCount() == 1);
    const QString message = s.window.statusBar()->currentMessage();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("already in the project")));
    CHECK(message.contains(QStringLiteral("again.txt")));
}
