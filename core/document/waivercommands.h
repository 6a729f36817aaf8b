#pragma once
// Undo commands on the plan's waivers. (Plan metadata: EditMetaFieldCommand in
// document/editfieldcommand.h.)

#include "model/plan.h"

#include <QUndoCommand>

namespace tranche {

class PlanDocument;

// Replaces the plan's waivers (waive, unwaive, remove a stale waiver).
class SetWaiversCommand : public QUndoCommand
{
public:
    SetWaiversCommand(PlanDocument *doc, QList<Waiver> waivers, const QString &text,
                      QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    PlanDocument *m_doc;
    QList<Waiver> m_old, m_new;
};

} // namespace tranche
