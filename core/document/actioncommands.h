#pragma once
// Undo commands that add and remove a phase's required actions. (The
// verification month: SetVerifiedMonthCommand in document/editfieldcommand.h.)

#include "document/entrycommand.h"

namespace tranche {

// Appends `action` to the required actions of phase `phase`.
class AddRequiredActionCommand : public EntryCommand<RequiredActionList>
{
public:
    AddRequiredActionCommand(PlanDocument *doc, int phase, RequiredAction action,
                             QUndoCommand *parent = nullptr);
};

class RemoveRequiredActionCommand : public EntryCommand<RequiredActionList>
{
public:
    RemoveRequiredActionCommand(PlanDocument *doc, int phase, int index,
                                QUndoCommand *parent = nullptr);
};

} // namespace tranche
