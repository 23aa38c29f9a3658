// SPDX-License-Identifier: MIT
#include "inspector.h"

#include "edit/splitactordialog.h"

#include "annotationeditor.h"
#include "edit/annotationcommands.h"
#include "edit/commands.h"
#include "extract/timexvalue.h"
#include "models/actormodel.h"
#include "models/claimmodel.h"
#include "models/eventmodel.h"
#include "noteedit.h"
#include "reader/readerview.h"
#include "store/project.h"
#include "text/offsets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace factline {
namespace {

QLabel *wrapLabel(const QString &accessibleName)
{
    auto *l = new QLabel;
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAccessibleName(accessibleName);
    return l;
}

QPushButton *button(const QString &text, const QString &tip)
{
    auto *b = new QPushButton(text);
    b->setToolTip(tip);
    b->setAccessibleName(text.simplified().remove(u'&'));
    return b;
}

QWidget *page(QFormLayout *form)
{
    auto *inner = new QWidget;
    auto *column = new QVBoxLayout(inner);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(form);
    column->addStretch(1);  // spare height goes below the fields, not between them
    auto *scroll = new QScrollArea;
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

QWidget *row(std::initializer_list<QWidget *> widgets)
{
    auto *w = new QWidget;
    auto *h = new QHBoxLayout(w);
    h->setContentsMargins(0, 0, 0, 0);
    for (QWidget *x : widgets)
        h->addWidget(x);
    h->addStretch();
    return w;
}

QString originText(Origin origin, double confidence)
{
    if (origin == Origin::Person)
        return Inspector::tr("made or corrected by a person");
    return Inspector::tr("found by the extractor, confidence %1").arg(QLocale().toString(confidence, 'f', 2));
}

} // namespace

Inspector::Inspector(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Inspector"));
    m_pages = new QStackedWidget;
    setMinimumWidth(240);
    auto *empty = new QLabel(tr("Select a claim, source, event or date to see where it came from and to "
                                "correct it."));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setMargin(8);
    m_pages->addWidget(empty);
    m_pages->addWidget(buildClaimPage());
    m_pages->addWidget(buildActorPage());
    m_pages->addWidget(buildEventPage());
    m_pages->addWidget(buildTimexPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

QWidget *Inspector::buildClaimPage()
{
    auto *form = new QFormLayout;
    m_claimWords = wrapLabel(tr("Claim words"));
    m_claimSource = new QComboBox;
    m_claimSource->setEditable(true);
    m_claimSource->setInsertPolicy(QComboBox::NoInsert);
    m_claimSource->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_claimSource->setMinimumContentsLength(12);
    m_claimSource->setObjectName(QStringLiteral("claimSource"));
    m_claimSource->setAccessibleName(tr("Source"));
    m_claimSource->setToolTip(tr("Pick the source who says this, or type a new name and press Enter"));
    connect(m_claimSource, &QComboBox::activated, this, [this] { applyClaimSource(); });
    connect(m_claimSource->lineEdit(), &QLineEdit::returnPressed, this, [this] { applyClaimSource(); });
    m_claimSourceWords = wrapLabel(tr("Source words"));
    m_claimCue = wrapLabel(tr("Cue"));
    m_claimKind = new QComboBox;
    m_claimKind->setAccessibleName(tr("Kind"));
    m_claimKind->setToolTip(tr("Direct (quoted), indirect (reported) or mixed"));
    for (const char *k : {"direct", "indirect", "mixed"})
        m_claimKind->addItem(claimKindName(QLatin1String(k)), QLatin1String(k));
    connect(m_claimKind, &QComboBox::activated, this, [this] {
        if (!m_filling && m_project)
            report(edit::setClaimKind(*m_stack, *m_project, m_id, m_claimKind->currentData().toString()).errorMessage());
    });
    m_claimReview = new QComboBox;
    m_claimReview->setAccessibleName(tr("Review state"));
    for (const char *k : {"unreviewed", "accepted", "corrected"})
        m_claimReview->addItem(reviewStateName(QLatin1String(k)), QLatin1String(k));
    connect(m_claimReview, &QComboBox::activated, this, [this] {
        if (!m_filling && m_project)
            report(edit::setClaimReviewState(*m_stack, *m_project, m_id, m_claimReview->currentData().toString())
                       .errorMessage());
    });
    auto *accept = button(tr("&Accept"), tr("Mark the claim as checked and right (A)"));
    connect(accept, &QPushButton::clicked, this, &Inspector::acceptClaim);
    auto *cue = button(tr("Set cue"), tr("Use the words selected in the article as the cue"));
    connect(cue, &QPushButton::clicked, this, &Inspector::useSelectionAsCue);
    auto *words = button(tr("Set words"), tr("Use the words selected in the article as the claim's words"));
    connect(words, &QPushButton::clicked, this, &Inspector::useSelectionAsWords);
    auto *del = button(tr("Delete"), tr("Delete this claim (Delete)"));
    connect(del, &QPushButton::clicked, this, &Inspector::deleteClaim);
    m_claimSaid = wrapLabel(tr("Said"));
    m_claimProvenance = wrapLabel(tr("Provenance"));
    m_claimContext = wrapLabel(tr("Context"));
    m_claimContext->setTextFormat(Qt::RichText);
    m_annotations = new AnnotationEditor;
    connect(m_annotations, &AnnotationEditor::failed, this, &Inspector::report);
    // A frame of its own: the fact-check is the checker's, the rows above are the extractor's.
    auto *check = new QGroupBox(tr("Fact-check"));
    check->setAccessibleName(tr("Fact-check"));
    auto *checkLayout = new QVBoxLayout(check);
    checkLayout->setContentsMargins(6, 6, 6, 6);
    checkLayout->addWidget(m_annotations);

    form->addRow(tr("Claim:"), m_claimWords);
    form->addRow(tr("&Source:"), m_claimSource);
    form->addRow(tr("In the text:"), m_claimSourceWords);
    form->addRow(tr("Cue:"), m_claimCue);
    form->addRow(tr("&Kind:"), m_claimKind);
    form->addRow(tr("&Review:"), row({m_claimReview, accept}));
    form->addRow(tr("Said:"), m_claimSaid);
    form->addRow(QString(), row({cue, words}));
    form->addRow(QString(), row({del}));
    form->addRow(check);
    form->addRow(tr("From:"), m_claimProvenance);
    form->addRow(tr("Context:"), m_claimContext);
    return page(form);
}

QWidget *Inspector::buildActorPage()
{
    auto *form = new QFormLayout;
    m_actorName = new QLineEdit;
    m_actorName->setAccessibleName(tr("Source name"));
    m_actorKind = new QComboBox;
    m_actorKind->setAccessibleName(tr("Source kind"));
    for (const char *k : {"person", "organisation", "government", "group", "anonymous", "unknown"})
        m_actorKind->addItem(actorKindName(QLatin1String(k)), QLatin1String(k));
    m_actorAffiliation = new QLineEdit;
    m_actorAffiliation->setAccessibleName(tr("Affiliation"));
    m_actorAliases = new QLineEdit;
    m_actorAliases->setAccessibleName(tr("Other names"));
    m_actorAliases->setToolTip(tr("Other names for this source, separated by commas"));
    auto *apply = button(tr("Save"), tr("Save the name, kind, affiliation and other names"));
    connect(apply, &QPushButton::clicked, this, &Inspector::applyActor);
    connect(m_actorName, &QLineEdit::returnPressed, this, &Inspector::applyActor);
    connect(m_actorAliases, &QLineEdit::returnPressed, this, &Inspector::applyActor);
    m_actorClaims = wrapLabel(tr("Claims"));
    m_mergeTarget = new QComboBox;
    m_mergeTarget->setAccessibleName(tr("Merge into"));
    m_mergeTarget->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mergeTarget->setMinimumContentsLength(12);
    m_mergeTarget->setToolTip(tr("The source this one is another name for"));
    auto *merge = button(tr("&Merge"), tr("Make this source and the chosen one a single source (undo separates them)"));
    connect(merge, &QPushButton::clicked, this, &Inspector::mergeActor);
    auto *split = button(tr("Split &Off…"), tr("Move some of this source's claims to another source (undoable)"));
    connect(split, &QPushButton::clicked, this, &Inspector::splitActor);
    form->addRow(tr("&Name:"), m_actorName);
    form->addRow(tr("Kind:"), m_actorKind);
    form->addRow(tr("Affiliation:"), m_actorAffiliation);
    form->addRow(tr("Other names:"), m_actorAliases);
    form->addRow(QString(), row({apply}));
    form->addRow(tr("Claims:"), m_actorClaims);
    form->addRow(tr("Merge into:"), m_mergeTarget);
    form->addRow(QString(), row({merge, split}));
    return page(form);
}

QWidget *Inspector::buildEventPage()
{
    auto *form = new QFormLayout;
    m_eventTitle = new QLineEdit;
    m_eventTitle->setAccessibleName(tr("Event title"));
    m_eventDate = new QLineEdit;
    m_eventDate->setAccessibleName(tr("Event date"));
    m_eventDate->setToolTip(tr("A TIMEX3 date: 2024-03-22, 2024-W13 (a week), 2024-03, 2024"));
    m_eventDateText = wrapLabel(tr("Date as read"));
    connect(m_eventDate, &QLineEdit::textChanged, this, [this](const QString &v) {
        const extract::DateRange r = extract::calendarRange(v.trimmed());
        m_eventDateText->setText(r.isValid() ? extract::describeRange(r) : tr("not a date Factline understands"));
    });
    auto *apply = button(tr("Save"), tr("Save the title and date"));
    connect(apply, &QPushButton::clicked, this, &Inspector::applyEvent);
    connect(m_eventTitle, &QLineEdit::returnPressed, this, &Inspector::applyEvent);
    connect(m_eventDate, &QLineEdit::returnPressed, this, &Inspector::applyEvent);
    auto *del = button(tr("Delete"), tr("Delete this event"));
    connect(del, &QPushButton::clicked, this, &Inspector::deleteEvent);
    m_eventActors = wrapLabel(tr("Who"));
    m_eventProvenance = wrapLabel(tr("Provenance"));
    m_eventContext = wrapLabel(tr("Context"));
    m_eventContext->setTextFormat(Qt::RichText);
    m_eventNote = new NoteEdit;
    m_eventNote->setObjectName(QStringLiteral("eventNote"));
    m_eventNote->setAccessibleName(tr("Event note"));
    m_eventNote->setPlaceholderText(tr("A note on this event (Markdown)"));
    m_eventNote->setToolTip(tr("Your note on this event. Saved when you pause or leave the field; Edit → Undo "
                               "takes it back."));
    m_eventNote->setMinimumHeight(m_eventNote->fontMetrics().height() * 4);
    m_eventNote->setMaximumHeight(m_eventNote->fontMetrics().height() * 9);
    connect(m_eventNote, &NoteEdit::committed, this, [this](const QString &text) {
        // The event the note was typed for, even if another is being shown by now.
        if (m_project && m_eventNoteId)
            report(edit::setEventNote(*m_stack, *m_project, m_eventNoteId, text.trimmed()).errorMessage());
    });
    form->addRow(tr("&Title:"), m_eventTitle);
    form->addRow(tr("&Date:"), m_eventDate);
    form->addRow(QString(), m_eventDateText);
    form->addRow(QString(), row({apply, del}));
    form->addRow(tr("N&ote:"), m_eventNote);
    form->addRow(tr("Who:"), m_eventActors);
    form->addRow(tr("From:"), m_eventProvenance);
    form->addRow(tr("Context:"), m_eventContext);
    return page(form);
}

QWidget *Inspector::buildTimexPage()
{
    auto *form = new QFormLayout;
    m_timexWords = wrapLabel(tr("Date words"));
    m_timexValue = new QLineEdit;
    m_timexValue->setAccessibleName(tr("Date value"));
    m_timexValue->setToolTip(tr("The TIMEX3 value: 2024-03-22, 2024-W13, 2024-03, PRESENT_REF, P3D …"));
    connect(m_timexValue, &QLineEdit::returnPressed, this, &Inspector::applyTimex);
    auto *apply = button(tr("Save"), tr("Save the date's value"));
    connect(apply, &QPushButton::clicked, this, &Inspector::applyTimex);
    m_timexResolution = wrapLabel(tr("Resolution"));
    m_timexProvenance = wrapLabel(tr("Provenance"));
    m_timexContext = wrapLabel(tr("Context"));
    m_timexContext->setTextFormat(Qt::RichText);
    form->addRow(tr("Words:"), m_timexWords);
    form->addRow(tr("&Value:"), m_timexValue);
    form->addRow(QString(), row({apply}));
    form->addRow(tr("Resolved:"), m_timexResolution);
    form->addRow(tr("From:"), m_timexProvenance);
    form->addRow(tr("Context:"), m_timexContext);
    return page(form);
}

void Inspector::setProject(Project *project, QUndoStack *stack)
{
    clear(); // saves a note being typed into the project it belongs to
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_stack = stack;
    m_cachedDocument = 0;
    m_annotations->setProject(project, stack);
    if (!m_project)
        return;
    connect(m_project, &Project::eventNoteChanged, this, [this](qint64 eventId) {
        if (m_kind == Kind::Event && eventId == m_id)
            showEventNote(eventId);
    });
    for (auto signal : {&Project::claimsReset, &Project::actorsChanged, &Project::eventsChanged})
        connect(m_project, signal, this, &Inspector::refresh);
    connect(m_project, &Project::claimsChanged, this, &Inspector::refresh);
    connect(m_project, &Project::timexesChanged, this, &Inspector::refresh);
}

void Inspector::clear()
{
    m_kind = Kind::None;
    m_id = 0;
    m_pages->setCurrentIndex(0);
    m_annotations->setClaim(0);
    showEventNote(0);
}

void Inspector::showEventNote(qint64 eventId)
{
    if (eventId != m_eventNoteId) {
        m_eventNote->flush();
        m_eventNote->discard();
        m_eventNoteId = eventId;
    }
    QString note;
    if (m_project && eventId) {
        if (Result<QString> n = store::eventNote(*m_project, eventId))
            note = *n;
    }
    m_eventNote->setNote(note);
}

void Inspector::refresh()
{
    switch (m_kind) {
    case Kind::Claim: showClaim(m_id); break;
    case Kind::Actor: showActor(m_id); break;
    case Kind::Event: showEvent(m_id); break;
    case Kind::Timex: showTimex(m_id); break;
    case Kind::None: break;
    }
}

void Inspector::report(const QString &error)
{
    if (!error.isEmpty())
        emit failed(error);
}

QString Inspector::documentTitle(qint64 documentId)
{
    contextHtml(documentId, {});
    return m_cachedTitle;
}

QString Inspector::contextHtml(qint64 documentId, const CodePointSpan &span)
{
    if (m_cachedDocument != documentId && m_project) {
        Result<DocumentRecord> d = m_project->document(documentId);
        m_cachedDocument = documentId;
        m_cachedText = d ? d->text : QString();
        m_cachedTitle = d ? (d->meta.title.isEmpty() ? tr("(untitled)") : d->meta.title) : QString();
    }
    if (!span.isValid() || m_cachedText.isEmpty())
        return {};
    const OffsetMap map(m_cachedText);
    const qsizetype start = map.toUtf16(span.start);
    const qsizetype end = map.toUtf16(span.end);
    constexpr qsizetype Around = 80;
    const qsizetype from = std::max<qsizetype>(0, start - Around);
    const qsizetype to = std::min<qsizetype>(m_cachedText.size(), end + Around);
    return QStringLiteral("…").left(from > 0 ? 1 : 0) + m_cachedText.mid(from, start - from).toHtmlEscaped() + QStringLiteral("<b>")
        + m_cachedText.mid(start, end - start).toHtmlEscaped() + QStringLiteral("</b>")
        + m_cachedText.mid(end, to - end).toHtmlEscaped() + QStringLiteral("…").left(to < m_cachedText.size() ? 1 : 0);
}

void Inspector::fillActorCombo(QComboBox *combo, qint64 except)
{
    combo->clear();
    if (!m_project)
        return;
    if (auto actors = m_project->actors()) {
        for (const ActorRecord &a : *actors) {
            if (a.id != except)
                combo->addItem(a.name, a.id);
        }
    }
}

void Inspector::showClaim(qint64 id)
{
    Result<ClaimRecord> c = m_project ? m_project->claim(id) : Result<ClaimRecord>(Error{});
    if (!c) {
        clear();
        return;
    }
    m_filling = true;
    m_kind = Kind::Claim;
    m_id = id;
    m_claimWords->setText(c->text);
    fillActorCombo(m_claimSource, 0);
    m_claimSource->setCurrentIndex(m_claimSource->findData(c->actorId));
    if (c->actorId == 0)
        m_claimSource->setEditText(QString());
    m_claimSourceWords->setText(c->sourceText.isEmpty() ? tr("(not in the text)") : tr("“%1”").arg(c->sourceText));
    m_claimCue->setText(c->cueText.isEmpty() ? tr("(none)") : c->cueText);
    m_claimKind->setCurrentIndex(std::max(0, m_claimKind->findData(c->kind)));
    m_claimReview->setCurrentIndex(std::max(0, m_claimReview->findData(c->reviewState)));
    m_claimSaid->setText(c->saidDate.isValid() ? QLocale().toString(c->saidDate, QLocale::LongFormat) : tr("not known"));
    CodePointSpan all = c->content.isEmpty() ? c->source : c->content.first();
    if (!c->content.isEmpty())
        all.end = c->content.last().end;
    const QString title = documentTitle(c->documentId);
    m_claimProvenance->setText(tr("%1\ncharacters %2–%3\n%4")
                                   .arg(title)
                                   .arg(all.start)
                                   .arg(all.end)
                                   .arg(originText(c->origin, c->confidence)));
    m_claimContext->setText(contextHtml(c->documentId, all));
    m_annotations->setClaim(id);
    m_pages->setCurrentIndex(1);
    m_filling = false;
}

void Inspector::showActor(qint64 id)
{
    Result<ActorRecord> a = m_project ? m_project->actor(id) : Result<ActorRecord>(Error{});
    if (!a) {
        clear();
        return;
    }
    m_kind = Kind::Actor;
    m_id = id;
    m_actorName->setText(a->name);
    m_actorKind->setCurrentIndex(std::max(0, m_actorKind->findData(a->kind)));
    m_actorAffiliation->setText(a->affiliation);
    m_actorAliases->setText(a->aliases.join(QStringLiteral(", ")));
    m_actorClaims->setText(tr("%n claim(s)", nullptr, a->claimCount));
    fillActorCombo(m_mergeTarget, id);
    m_pages->setCurrentIndex(2);
}

void Inspector::showEvent(qint64 id)
{
    Result<EventRecord> e = m_project ? m_project->event(id) : Result<EventRecord>(Error{});
    if (!e) {
        clear();
        return;
    }
    m_kind = Kind::Event;
    m_id = id;
    m_eventTitle->setText(e->title);
    m_eventDate->setText(e->dateValue);
    m_eventDateText->setText(eventDateText(*e));
    m_eventActors->setText(e->actors.isEmpty() ? tr("(no one named)") : e->actors.join(QStringLiteral(", ")));
    m_eventProvenance->setText(tr("%1\ncharacters %2–%3: “%4”\n%5")
                                   .arg(documentTitle(e->documentId))
                                   .arg(e->anchor.start)
                                   .arg(e->anchor.end)
                                   .arg(e->anchorText, originText(e->origin, e->confidence)));
    m_eventContext->setText(contextHtml(e->documentId, e->anchor));
    showEventNote(id);
    m_pages->setCurrentIndex(3);
}

void Inspector::showTimex(qint64 id)
{
    Result<TimexRecord> t = m_project ? m_project->timex(id) : Result<TimexRecord>(Error{});
    if (!t) {
        clear();
        return;
    }
    m_kind = Kind::Timex;
    m_id = id;
    m_timexWords->setText(tr("“%1” (%2)").arg(t->text, t->type));
    m_timexValue->setText(t->value);
    QDate published;
    if (m_project) {
        if (auto d = m_project->document(t->documentId))
            published = d->meta.published;
    }
    m_timexResolution->setText(timexExplanation(*t, published));
    m_timexProvenance->setText(tr("%1\ncharacters %2–%3\n%4")
                                   .arg(documentTitle(t->documentId))
                                   .arg(t->span.start)
                                   .arg(t->span.end)
                                   .arg(originText(t->origin, 1)));
    m_timexContext->setText(contextHtml(t->documentId, t->span));
    m_pages->setCurrentIndex(4);
}

void Inspector::applyClaimSource()
{
    if (m_filling || !m_project || m_kind != Kind::Claim)
        return;
    const Status s = edit::setClaimSource(*m_stack, *m_project, m_id, m_claimSource->currentText());
    report(s.errorMessage());
    if (s && m_claimSource->hasFocus())
        emit editCommitted();
}

void Inspector::acceptClaim()
{
    if (m_project && m_kind == Kind::Claim)
        report(edit::setClaimReviewState(*m_stack, *m_project, m_id, QStringLiteral("accepted")).errorMessage());
}

void Inspector::deleteClaim()
{
    if (m_project && m_kind == Kind::Claim)
        report(edit::deleteClaim(*m_stack, *m_project, m_id).errorMessage());
}

void Inspector::useSelectionAsCue()
{
    if (!m_project || m_kind != Kind::Claim || !m_selection)
        return;
    const auto [span, words] = m_selection();
    report(edit::setClaimCue(*m_stack, *m_project, m_id, span, words).errorMessage());
}

void Inspector::useSelectionAsWords()
{
    if (!m_project || m_kind != Kind::Claim || !m_selection)
        return;
    const auto [span, words] = m_selection();
    report(edit::setClaimWords(*m_stack, *m_project, m_id, span, words).errorMessage());
}

void Inspector::applyActor()
{
    if (!m_project || m_kind != Kind::Actor)
        return;
    Result<ActorRecord> a = m_project->actor(m_id);
    if (!a)
        return report(a.errorMessage());
    ActorRecord changed = *a;
    changed.name = m_actorName->text();
    changed.kind = m_actorKind->currentData().toString();
    changed.affiliation = m_actorAffiliation->text().trimmed();
    changed.aliases.clear();
    for (const QString &alias : m_actorAliases->text().split(u',', Qt::SkipEmptyParts)) {
        if (!alias.trimmed().isEmpty())
            changed.aliases << alias.trimmed();
    }
    report(edit::editActor(*m_stack, *m_project, changed).errorMessage());
}

void Inspector::mergeActor()
{
    if (!m_project || m_kind != Kind::Actor || m_mergeTarget->currentIndex() < 0)
        return;
    const qint64 into = m_mergeTarget->currentData().toLongLong();
    const Status s = edit::mergeActors(*m_stack, *m_project, m_id, into);
    report(s.errorMessage());
    if (s) {
        showActor(into);
        emit actorActivated(into);
    }
}

bool Inspector::runDialog(QDialog &dialog)
{
    return m_runDialog ? m_runDialog(dialog) : dialog.exec() == QDialog::Accepted;
}

void Inspector::splitActor()
{
    if (!m_project || m_kind != Kind::Actor)
        return;
    SplitActorDialog dialog(*m_project, m_id, this);
    if (!runDialog(dialog))
        return;
    const Status s = edit::splitActor(*m_stack, *m_project, dialog.checkedClaims(), dialog.newName());
    report(s.errorMessage());
    if (s) {
        if (auto id = m_project->findActor(dialog.newName()); id && *id) {
            showActor(*id);
            emit actorActivated(*id);
        }
    }
}

void Inspector::applyEvent()
{
    if (!m_project || m_kind != Kind::Event)
        return;
    Result<EventRecord> e = m_project->event(m_id);
    if (!e)
        return report(e.errorMessage());
    EventRecord changed = *e;
    changed.title = m_eventTitle->text().trimmed();
    changed.dateValue = m_eventDate->text().trimmed();
    report(edit::editEvent(*m_stack, *m_project, changed).errorMessage());
}

void Inspector::deleteEvent()
{
    if (m_project && m_kind == Kind::Event)
        report(edit::deleteEvent(*m_stack, *m_project, m_id).errorMessage());
}

void Inspector::applyTimex()
{
    if (m_project && m_kind == Kind::Timex)
        report(edit::setTimexValue(*m_stack, *m_project, m_id, m_timexValue->text()).errorMessage());
}

} // namespace factline
