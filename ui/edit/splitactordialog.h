// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace factline {

class Project;

// "Split off": the claims of one source, each with a check box, and the name of the source
// the checked ones move to (new or existing). The opposite of a merge, for a source that
// turned out to be two ("officials" that were Israeli officials in one place and aid
// officials in another).
class SplitActorDialog : public QDialog
{
    Q_OBJECT

public:
    SplitActorDialog(Project &project, qint64 actorId, QWidget *parent = nullptr);

    QString newName() const;
    QList<qint64> checkedClaims() const;

    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *claimList() const { return m_claims; }

private:
    void updateOk();

    QLineEdit *m_name = nullptr;
    QListWidget *m_claims = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_currentName;
};

} // namespace factline
