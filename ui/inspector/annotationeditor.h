// SPDX-License-Identifier: MIT
#pragma once

#include "store/annotations.h"

#include <QWidget>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QToolButton;
class QStringListModel;
class QUndoStack;

namespace factline {

class NoteEdit;
class Project;

// The fact-check of one claim: its verdict, a note, evidence links, tags, who checked it
// and when. Every change is an undoable edit (edit/annotationcommands.h) on the window's
// stack; the fields follow Project::annotationsChanged, so Undo shows here at once.
class AnnotationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationEditor(QWidget *parent = nullptr);

    void setProject(Project *project, QUndoStack *stack);
    // Shows a claim's annotation (0: none). A note typed for the claim shown before is
    // saved to that claim first.
    void setClaim(qint64 claimId);
    qint64 claimId() const { return m_claimId; }
    void refresh();

    // The name recorded with verdicts and notes: QSettings "annotations/author", else the
    // login name.
    static QString author();
    static void setAuthor(const QString &name);

    // What the controls do, for shortcuts and tests.
    void setVerdict(Verdict verdict);
    void commitNote();
    void addTag(const QString &tag);
    void removeTag(const QString &tag);
    void addEvidence(const QString &url, const QString &title);
    void removeEvidence(int row);
    void moveEvidence(int row, int delta);

    QComboBox *verdictPicker() const { return m_verdict; }
    NoteEdit *noteEdit() const { return m_note; }
    QLineEdit *tagInput() const { return m_tagInput; }
    QListWidget *tagList() const { return m_tags; }
    QListWidget *evidenceList() const { return m_evidence; }
    QLineEdit *evidenceUrl() const { return m_evidenceUrl; }
    QLineEdit *evidenceTitle() const { return m_evidenceTitle; }
    QLineEdit *authorEdit() const { return m_author; }

signals:
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildEvidence();
    QWidget *buildTags();
    void report(const Status &status);
    void onAnnotationsChanged(const QList<qint64> &claimIds);
    void fillTagCompletion();
    void updateButtons();
    QList<EvidenceLink> shownEvidence() const;

    Project *m_project = nullptr;
    QUndoStack *m_stack = nullptr;
    qint64 m_claimId = 0;
    bool m_filling = false;

    QComboBox *m_verdict = nullptr;
    NoteEdit *m_note = nullptr;
    QListWidget *m_evidence = nullptr;
    QLineEdit *m_evidenceUrl = nullptr;
    QLineEdit *m_evidenceTitle = nullptr;
    QToolButton *m_addEvidence = nullptr;
    QToolButton *m_removeEvidence = nullptr;
    QToolButton *m_evidenceUp = nullptr;
    QToolButton *m_evidenceDown = nullptr;
    QListWidget *m_tags = nullptr;
    QLineEdit *m_tagInput = nullptr;
    QStringListModel *m_tagNames = nullptr;
    QCompleter *m_tagCompleter = nullptr;
    QToolButton *m_addTag = nullptr;
    QToolButton *m_removeTag = nullptr;
    QLineEdit *m_author = nullptr;
    QLabel *m_stamp = nullptr;
};

} // namespace factline
