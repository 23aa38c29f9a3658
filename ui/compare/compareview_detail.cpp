// SPDX-License-Identifier: MIT
// The selected dispute's side-by-side columns, its claims across outlets, and drift.
#include "compareview.h"

#include "alignmentpane.h"
#include "claimcard.h"
#include "comparehtml.h"
#include "disputelistmodel.h"
#include "driftchart.h"
#include "models/sourcecolours.h"
#include "positioncolumn.h"
#include "store/annotations.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTableWidget>

namespace factline {

using namespace Qt::StringLiterals;

namespace {

// What a card shows besides the claim itself.
struct CardContext {
    QHash<qint64, DocumentRecord> documents;
    QHash<qint64, ClaimVerdict> verdicts;
    QStringList disagreeing;  // the words of numbers that differ between the claims
};

QString cardHtml(const ClaimRecord &c, const CardContext &ctx, const QPalette &pal)
{
    const QLocale locale;
    const QString dim = pal.color(QPalette::PlaceholderText).name();
    const DocumentRecord doc = ctx.documents.value(c.documentId);
    QString source = c.actorName.isEmpty() ? CompareView::tr("No source") : c.actorName;
    QString html = u"<span style=\"color:%1;\"><b>%2</b></span>"_s.arg(sourceColour(c.actorId).name(),
                                                                      source.toHtmlEscaped());
    QStringList said;
    if (!c.cueText.isEmpty())
        said << c.cueText.toHtmlEscaped();
    if (c.saidDate.isValid())
        said << locale.toString(c.saidDate, u"ddd d MMM yyyy"_s).toHtmlEscaped();
    if (!said.isEmpty())
        html += u" <span style=\"color:%1;\">%2</span>"_s.arg(dim, said.join(u" · "_s));
    // A direct quotation brings its own quotation marks.
    const QString words = claimWordsHtml(c.text, ctx.disagreeing);
    const bool quoted = c.text.startsWith(u'“') || c.text.startsWith(u'"');
    html += u"<p style=\"margin-top:4px; margin-bottom:4px;\">%1</p>"_s.arg(quoted ? words : u"“"_s + words + u"”"_s);
    QStringList where;
    if (!doc.meta.title.isEmpty()) // a headline can run long: the card names it, the reader shows it
        where << (doc.meta.title.size() > 60 ? doc.meta.title.left(58) + u"…"_s : doc.meta.title).toHtmlEscaped();
    if (!doc.meta.outlet.isEmpty())
        where << doc.meta.outlet.toHtmlEscaped();
    if (!where.isEmpty())
        html += u"<span style=\"color:%1;\"><small>%2</small></span><br/>"_s.arg(dim, where.join(u" · "_s));
    const ClaimVerdict v = ctx.verdicts.value(c.id);
    const std::optional<Verdict> verdict = verdictFromId(v.verdict.isEmpty() ? u"not-checked"_s : v.verdict);
    html += u"<small>%1 <b>%2</b></small>"_s.arg(CompareView::tr("Verdict:"),
                                                  verdictName(verdict.value_or(Verdict::NotChecked)).toHtmlEscaped());
    if (!v.note.isEmpty())
        html += u"<br/><small><i>%1</i></small>"_s.arg(v.note.left(280).toHtmlEscaped());
    return html;
}

// The numbers of a dispute's claims that not every claim with numbers agrees on.
QStringList disagreeingNumbers(Project &project, const QList<ClaimRecord> &claims)
{
    QHash<qint64, QList<QuantityRecord>> byClaim;
    QSet<qint64> documents;
    for (const ClaimRecord &c : claims)
        documents.insert(c.documentId);
    QSet<qint64> wanted;
    for (const ClaimRecord &c : claims)
        wanted.insert(c.id);
    for (const qint64 d : std::as_const(documents)) {
        if (Result<QList<QuantityRecord>> qs = project.quantities(d)) {
            for (const QuantityRecord &q : *qs) {
                if (wanted.contains(q.claimId))
                    byClaim[q.claimId].append(q);
            }
        }
    }
    QSet<double> values;
    for (const auto &list : std::as_const(byClaim))
        for (const QuantityRecord &q : list)
            values.insert(q.value);
    QStringList out;
    if (values.size() < 2 || byClaim.size() < 2)
        return out;
    for (const auto &list : std::as_const(byClaim))
        for (const QuantityRecord &q : list)
            out << q.text;
    return out;
}

} // namespace

void CompareView::clearColumns()
{
    for (PositionColumn *c : std::as_const(m_columns))
        c->deleteLater();
    m_columns.clear();
    while (QLayoutItem *item = m_columnsLayout->takeAt(0))
        delete item;
}

void CompareView::showDispute()
{
    const bool hadFocus = m_columnsHost->isAncestorOf(focusWidget());
    clearColumns();
    updateButtons();
    const DisputeRecord *d = m_project ? m_model->disputeAt(m_model->rowOf(m_current)) : nullptr;
    if (!d) {
        m_title->setText(m_project && m_model->rowCount() == 0
                             ? tr("No disputes yet. Select claims and choose Edit ▸ Compare Claims to make one.")
                             : tr("Select a dispute."));
        m_state->clear();
        m_reasons->clear();
        m_alignment->showFor({}); // claims across articles do not need a dispute
        return;
    }
    m_title->setText(d->title);
    const QString origin = d->origin == Origin::Extractor ? QString()
        : d->reasons.isEmpty()                              ? tr(" · made by hand")
                                                            : tr(" · edited");
    m_state->setText(disputeStateName(d->state) + origin);
    m_reasons->setText(d->reasons.isEmpty() ? tr("Made by hand.")
                                            : tr("Suggested because: %1.").arg(d->reasons.join(u"; "_s)));
    fillColumns(*d);
    m_alignment->showFor(d->claimIds());
    if (hadFocus)
        focusCard(0, 0);
}

void CompareView::fillColumns(const DisputeRecord &d)
{
    CardContext ctx;
    if (Result<QList<DocumentRecord>> docs = m_project->documents()) {
        for (const DocumentRecord &doc : *docs)
            ctx.documents.insert(doc.id, doc);
    }
    if (Result<QHash<qint64, ClaimVerdict>> v = DisputeStore(*m_project).verdicts(d.claimIds()))
        ctx.verdicts = *v;
    QList<ClaimRecord> claims;
    for (const qint64 id : d.claimIds()) {
        if (Result<ClaimRecord> c = m_project->claim(id))
            claims.append(*c);
    }
    ctx.disagreeing = disagreeingNumbers(*m_project, claims);
    for (int i = 0; i < d.positions.size(); ++i) {
        auto *column = new PositionColumn(i, d.positions[i].side);
        connect(column, &PositionColumn::claimDropped, this, [this](qint64 id, int to) { moveClaim(id, to); });
        for (const qint64 id : d.positions[i].claimIds) {
            const auto c = std::find_if(claims.cbegin(), claims.cend(), [id](const ClaimRecord &r) { return r.id == id; });
            if (c == claims.cend())
                continue;
            auto *card = new ClaimCard(id, c->actorId, cardHtml(*c, ctx, palette()));
            connect(card, &ClaimCard::activated, this, &CompareView::claimActivated);
            connect(card, &ClaimCard::navigate, this, &CompareView::onNavigate);
            connect(card, &ClaimCard::menuRequested, this, &CompareView::showClaimMenu);
            // Ctrl+Shift+→ past the last side makes a new one; ← stops at the first.
            connect(card, &ClaimCard::moveRequested, this, [this, i](qint64 claim, int step) {
                if (i + step >= 0)
                    moveClaim(claim, i + step);
            });
            column->addCard(card);
        }
        m_columnsLayout->addWidget(column, 1);
        m_columns.append(column);
    }
}

void CompareView::fillDrift()
{
    m_series.clear();
    if (m_project) {
        if (Result<QList<compare::DriftSeries>> s = compare::loadDrift(*m_project))
            m_series = *s;
    }
    const QSignalBlocker block(m_driftKind);
    m_driftKind->clear();
    for (const compare::DriftSeries &s : std::as_const(m_series))
        m_driftKind->addItem(tr("%1 (%2 reports)").arg(s.label).arg(s.points.size()));
    showDriftSeries(m_series.isEmpty() ? -1 : 0);
}

void CompareView::showDriftSeries(int index)
{
    m_driftTable->setRowCount(0);
    if (index < 0 || index >= m_series.size()) {
        m_drift->setSeries({});
        return;
    }
    const compare::DriftSeries &s = m_series[index];
    m_drift->setSeries(s);
    const QLocale locale;
    m_driftTable->setRowCount(int(s.points.size()));
    for (int r = 0; r < s.points.size(); ++r) {
        const compare::DriftPoint &p = s.points[r];
        auto *value = new QTableWidgetItem(locale.toString(p.value, 'f', 0));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setData(Qt::UserRole, p.claimId);
        m_driftTable->setItem(r, 0, new QTableWidgetItem(p.reported.isValid() ? locale.toString(p.reported, QLocale::ShortFormat)
                                                                              : tr("undated")));
        m_driftTable->setItem(r, 1, value);
        auto *words = new QTableWidgetItem(p.text);
        words->setToolTip(p.context);
        m_driftTable->setItem(r, 2, words);
        m_driftTable->setItem(r, 3, new QTableWidgetItem(p.outlet));
    }
    m_driftTable->resizeColumnToContents(0);
    m_driftTable->resizeColumnToContents(1);
}

} // namespace factline
