// SPDX-License-Identifier: MIT
#pragma once

#include "model/records.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace factline {

class AnnotationEditor;
class NoteEdit;
class Project;

// Every field of the selected claim, source, event or date, where it came from (the
// document, the offsets, the exact words with their context, extractor and confidence
// or a person), and the controls to correct it. Edits go through edit/commands.h; a
// claim's fact-check (verdict, note, evidence, tags) is the AnnotationEditor on its page.
class Inspector : public QWidget
{
    Q_OBJECT

public:
    // What the reader has selected: the span in code points and the words.
    using SelectionSource = std::function<std::pair<CodePointSpan, QString>()>;

    explicit Inspector(QWidget *parent = nullptr);

    void setProject(Project *project, QUndoStack *stack);
    void setSelectionSource(SelectionSource source) { m_selection = std::move(source); }
    // Runs a dialog the inspector opens (Split Off…); tests fill it in and accept instead.
    using DialogRunner = std::function<bool(QDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    void showClaim(qint64 id);
    void showActor(qint64 id);
    void showEvent(qint64 id);
    void showTimex(qint64 id);
    void clear();
    void refresh();

    qint64 claimId() const { return m_kind == Kind::Claim ? m_id : 0; }
    qint64 actorId() const { return m_kind == Kind::Actor ? m_id : 0; }

    // The controls, named for tests and for accessibility.
    QComboBox *claimSource() const { return m_claimSource; }
    QComboBox *claimKind() const { return m_claimKind; }
    QComboBox *claimReview() const { return m_claimReview; }
    QLineEdit *actorName() const { return m_actorName; }
    QComboBox *actorKind() const { return m_actorKind; }
    QLineEdit *actorAliases() const { return m_actorAliases; }
    QComboBox *mergeTarget() const { return m_mergeTarget; }
    QLineEdit *eventTitle() const { return m_eventTitle; }
    QLineEdit *eventDate() const { return m_eventDate; }
    QLineEdit *timexValue() const { return m_timexValue; }
    AnnotationEditor *annotations() const { return m_annotations; }
    NoteEdit *eventNote() const { return m_eventNote; }

    // The actions the buttons run, for menus and shortcuts.
    void applyClaimSource();
    void acceptClaim();
    void deleteClaim();
    void useSelectionAsCue();
    void useSelectionAsWords();
    void applyActor();
    void mergeActor();
    void splitActor();
    bool runDialog(QDialog &dialog);
    void applyEvent();
    void deleteEvent();
    void applyTimex();

signals:
    // A value typed into a field was saved (F2, a name, Enter): the window gives the keyboard
    // back to the list, so that Ctrl+Z undoes the edit rather than the field's typing.
    void editCommitted();
    void failed(const QString &message);
    void actorActivated(qint64 actorId);

private:
    enum class Kind { None, Claim, Actor, Event, Timex };
    QWidget *buildClaimPage();
    QWidget *buildActorPage();
    QWidget *buildEventPage();
    QWidget *buildTimexPage();
    void report(const QString &error);
    QString contextHtml(qint64 documentId, const CodePointSpan &span);
    QString documentTitle(qint64 documentId);
    void fillActorCombo(QComboBox *combo, qint64 except);
    void showEventNote(qint64 eventId);

    Project *m_project = nullptr;
    QUndoStack *m_stack = nullptr;
    SelectionSource m_selection;
    DialogRunner m_runDialog;
    Kind m_kind = Kind::None;
    qint64 m_id = 0;
    qint64 m_cachedDocument = 0;
    QString m_cachedText;
    QString m_cachedTitle;
    bool m_filling = false;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_claimWords = nullptr;
    QComboBox *m_claimSource = nullptr;
    QLabel *m_claimSourceWords = nullptr;
    QLabel *m_claimCue = nullptr;
    QComboBox *m_claimKind = nullptr;
    QComboBox *m_claimReview = nullptr;
    QLabel *m_claimSaid = nullptr;
    QLabel *m_claimProvenance = nullptr;
    QLabel *m_claimContext = nullptr;
    AnnotationEditor *m_annotations = nullptr;
    QLineEdit *m_actorName = nullptr;
    QComboBox *m_actorKind = nullptr;
    QLineEdit *m_actorAffiliation = nullptr;
    QLineEdit *m_actorAliases = nullptr;
    QLabel *m_actorClaims = nullptr;
    QComboBox *m_mergeTarget = nullptr;
    QLineEdit *m_eventTitle = nullptr;
    QLineEdit *m_eventDate = nullptr;
    QLabel *m_eventDateText = nullptr;
    QLabel *m_eventActors = nullptr;
    QLabel *m_eventProvenance = nullptr;
    QLabel *m_eventContext = nullptr;
    NoteEdit *m_eventNote = nullptr;
    qint64 m_eventNoteId = 0;  // the event the note field was filled for
    QLabel *m_timexWords = nullptr;
    QLineEdit *m_timexValue = nullptr;
    QLabel *m_timexResolution = nullptr;
    QLabel *m_timexProvenance = nullptr;
    QLabel *m_timexContext = nullptr;
};

} // namespace factline
