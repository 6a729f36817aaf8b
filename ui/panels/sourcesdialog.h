#pragma once
// Edits the plan's bibliography (plan.sources), the numbered list the
// briefing report ends with and that catalog items cite by id: a table of the
// sources with editable cells, Add and Remove (Insert, Delete; F2 edits a
// cell). Every edit is one undo step on the document's stack; an id the plan
// reader would refuse is refused with its reason, and removing a source that
// items cite says which first.

#include "panels/retranslating.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;
class QDialogButtonBox;

namespace tranche {

class PlanDocument;
class SourceTableModel;

class SourcesDialog : public Retranslating<QDialog>
{
    Q_OBJECT
public:
    explicit SourcesDialog(PlanDocument *document, QWidget *parent = nullptr);

    // Read-only (a played exercise's plan): nothing is editable; `reason` says why.
    void setReadOnly(bool readOnly, const QString &reason = {});

    QTableView *table() const { return m_table; }
    SourceTableModel *model() const { return m_model; }

    // Appends a new source (a fresh id) and makes its id cell current.
    void addSource();
    // Removes the current row's source; when catalog entries cite it, asks
    // first in a message box listing them (open(): the dialog stays responsive).
    void removeSource();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void retranslateUi() override;

private:
    void removeSourceNow(const QString &id);
    void showProblem(const QString &pointer, const QString &reason);
    void updateCurrent();

    QPointer<PlanDocument> m_doc;
    SourceTableModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_citers = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_readOnly = false;
    QString m_readOnlyReason;
};

} // namespace tranche
