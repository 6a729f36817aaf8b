#pragma once
// Undo commands that add and remove a phase's required actions. (The
// verification month: SetVerifiedMonthCommand in document/editfieldcommand.h.)

#include "model/plan.h"

#include <QUndoCommand>

namespace tranche {

class PlanDocument;

// A required action at one place of one phase's list, present on one side of
// the command and absent on the other: the shared part of adding and removing.
class RequiredActionCommand : public QUndoCommand
{
protected:
    RequiredActionCommand(PlanDocument *doc, int phase, int index, RequiredAction action,
                          QUndoCommand *parent);
    void insert();
    void take();

private:
    PlanDocument *m_doc;
    int m_phase;
    int m_index;
    RequiredAction m_action; // held while absent
};

// Appends `action` to the required actions of phase `phase`.
class AddRequiredActionCommand : public RequiredActionCommand
{
public:
    AddRequiredActionCommand(PlanDocument *doc, int phase, RequiredAction action,
                             QUndoCommand *parent = nullptr);
    void undo() override { take(); }
    void redo() override { insert(); }
};

class RemoveRequiredActionCommand : public RequiredActionCommand
{
public:
    RemoveRequiredActionCommand(PlanDocument *doc, int phase, int index,
                                QUndoCommand *parent = nullptr);
    void undo() override { insert(); }
    void redo() override { take(); }
};

} // namespace tranche
