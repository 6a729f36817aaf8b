#include "document/actioncommands.h"

#include "document/commandtext.h"
#include "document/plandocument.h"

namespace tranche {

AddRequiredActionCommand::AddRequiredActionCommand(PlanDocument *doc, int phase,
                                                   RequiredAction action, QUndoCommand *parent)
    : EntryCommand(doc, {phase, int(doc->plan().phases.at(phase).actions.size())},
                   std::move(action), true, Commands::tr("Require Action"), parent)
{}

RemoveRequiredActionCommand::RemoveRequiredActionCommand(PlanDocument *doc, int phase, int index,
                                                         QUndoCommand *parent)
    : EntryCommand(doc, {phase, index}, {}, false, Commands::tr("Remove Required Action"), parent)
{}

} // namespace tranche
