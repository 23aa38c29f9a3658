// SPDX-License-Identifier: MIT
#pragma once

#include "report/formats.h"
#include "util/result.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QSet>
#include <QStringList>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace factline {

class Project;

// File → Export Report…: what goes in (documents, sources, disputes, verdicts, tags, a
// date range), which sections and which formats, a preview of the HTML report, and one
// Write that writes every chosen format into a folder, saying for each file whether it
// was written. The writing itself is the report library's (core/report).
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    using Format = report::Format;
    static QList<Format> allFormats();
    static QString formatName(Format format);
    // The files a format is written to, from the base name ("report" → "report.html"; CSV
    // is three tables: report-claims.csv, report-events.csv, report-sources.csv).
    static QStringList fileNamesFor(Format format, const QString &baseName);

    explicit ReportDialog(Project &project, QWidget *parent = nullptr);
    ~ReportDialog() override;

    // What one Write did with one file.
    struct Written {
        QString path;
        bool ok = false;
        QString message;  // why it failed, in a sentence
    };
    // Writes every chosen format; the results are also listed in the dialog.
    QList<Written> write();

    // The report library's importer of project JSON, when it has one.
    static bool canImportJson();
    // Asks for a project JSON file and a new project file, imports, and returns the new
    // project's path (empty when cancelled or failed; a failure is shown).
    static QString importJson(QWidget *parent);
    // The import itself: `jsonPath` into a new (or empty) project file.
    static Status importJsonFile(const QString &jsonPath, const QString &projectPath);

    // For tests and for the user's own choices.
    void setFormats(const QList<Format> &formats);
    QList<Format> formats() const;
    void setFolder(const QString &folder);
    void setBaseName(const QString &name);
    QTextBrowser *preview() const { return m_preview; }
    QListWidget *results() const { return m_results; }
    QListWidget *documents() const { return m_documents; }
    QListWidget *verdicts() const { return m_verdicts; }
    QListWidget *tags() const { return m_tags; }
    QPushButton *writeButton() const { return m_write; }
    void updatePreview();

private:
    QWidget *buildScope();
    QWidget *buildContents();
    QWidget *buildOutput();
    QListWidget *checkList(const QString &accessibleName, const QString &tip);
    void fillScope();
    void schedulePreview();
    void chooseFolder();
    void updateWriteButton();

    Project &m_project;
    QListWidget *m_documents = nullptr;
    QListWidget *m_sources = nullptr;
    QListWidget *m_disputes = nullptr;
    QListWidget *m_verdicts = nullptr;
    QListWidget *m_tags = nullptr;
    QDateEdit *m_from = nullptr;  // the minimum date stands for "any"
    QDateEdit *m_to = nullptr;
    QList<QCheckBox *> m_sections;
    QList<QCheckBox *> m_formats;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_baseName = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_previewNote = nullptr;
    QListWidget *m_results = nullptr;
    QPushButton *m_write = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace factline
