// SPDX-License-Identifier: MIT
#include "splitactordialog.h"

#include "store/project.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace factline {

SplitActorDialog::SplitActorDialog(Project &project, qint64 actorId, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Split Off Claims"));
    Result<ActorRecord> actor = project.actor(actorId);
    m_currentName = actor ? actor->name : QString();

    auto *intro = new QLabel(tr("Check the claims of “%1” that belong to another source, and name that source "
                                "(a new name, or one the project already has).")
                                 .arg(m_currentName));
    intro->setWordWrap(true);

    m_name = new QLineEdit;
    m_name->setAccessibleName(tr("New source"));
    m_name->setToolTip(tr("Who the checked claims are really from"));
    m_name->setPlaceholderText(tr("e.g. Israeli officials"));

    m_claims = new QListWidget;
    m_claims->setAccessibleName(tr("Claims of this source"));
    m_claims->setToolTip(tr("Check the claims to move to the new source"));
    m_claims->setWordWrap(true);
    m_claims->setAlternatingRowColors(true);
    ClaimQuery query;
    query.actorId = actorId;
    if (auto claims = project.findClaims(query, 0, 10000)) {
        for (const ClaimRecord &c : std::as_const(*claims)) {
            const QString line = c.sourceText.isEmpty() ? c.text : c.sourceText + QStringLiteral(": ") + c.text;
            auto *item = new QListWidgetItem(line, m_claims);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
            item->setData(Qt::UserRole, c.id);
            item->setToolTip(c.text);
        }
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Split Off"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SplitActorDialog::updateOk);
    connect(m_claims, &QListWidget::itemChanged, this, &SplitActorDialog::updateOk);

    auto *form = new QFormLayout;
    form->addRow(tr("&Move to:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_claims, 1);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(560, 420);
    updateOk();
}

QString SplitActorDialog::newName() const
{
    return m_name->text().simplified();
}

QList<qint64> SplitActorDialog::checkedClaims() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_claims->count(); ++i) {
        if (m_claims->item(i)->checkState() == Qt::Checked)
            ids.append(m_claims->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void SplitActorDialog::updateOk()
{
    // Moving every claim or none is a rename or nothing: the inspector's Name field does that.
    const qsizetype checked = checkedClaims().size();
    const bool ok = !newName().isEmpty() && newName() != m_currentName && checked > 0 && checked < m_claims->count();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace factline
