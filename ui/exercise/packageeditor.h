#pragma once
// The exercise package editor: the MSEL (injects in order) and the
// objectives of the open plan's `exercise` member, as two tables edited in
// place. Each cell is checked as typed (red with the reason while the text
// would be refused), every accepted edit is one undo step of the plan, and
// the package's remaining problems are listed below. Read-only once the
// exercise has been played (its log beside the plan has a turn).

#include <QDialog>

class QLabel;
class QTableView;

namespace tranche {

class PackageTableModel;
class PlanDocument;

class PackageEditor : public QDialog
{
    Q_OBJECT
public:
    // readOnly: the exercise has been played (a new run starts from a copy).
    PackageEditor(PlanDocument *doc, bool readOnly, QWidget *parent = nullptr);

    PackageTableModel *injects() const { return m_injects; }
    PackageTableModel *objectives() const { return m_objectives; }
    QTableView *injectView() const { return m_injectView; }
    QTableView *objectiveView() const { return m_objectiveView; }
    // The package's problems as listed ("" when it is valid).
    QString problemsText() const;

    // Whether the log beside the plan file has played a turn.
    static bool isPlayed(const QString &planFile);

private:
    QWidget *buildPage(PackageTableModel *model, QTableView *&view);
    void refreshProblems();

    PackageTableModel *m_injects = nullptr;
    PackageTableModel *m_objectives = nullptr;
    QTableView *m_injectView = nullptr;
    QTableView *m_objectiveView = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace tranche
