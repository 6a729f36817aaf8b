#include "document/actioncommands.h"

#include "document/commandtext.h"
#include "document/plandocument.h"

namespace tranche {

RequiredActionCommand::RequiredActionCommand(PlanDocument *doc, int phase, int index,
                                             RequiredAction action, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_phase(phase), m_index(index), m_action(std::move(action))
{}

void RequiredActionCommand::insert()
{
    m_doc->insertRequiredAction(m_phase, m_index, m_action);
}

void RequiredActionCommand::take()
{
    m_action = m_doc->takeRequiredAction(m_phase, m_index);
}

AddRequiredActionCommand::AddRequiredActionCommand(PlanDocument *doc, int phase,
                                                   RequiredAction action, QUndoCommand *parent)
    : RequiredActionCommand(doc, phase, int(doc->plan().phases.at(phase).actions.size()),
                            std::move(action), parent)
{
    setText(Commands::tr("Require Action"));
}

RemoveRequiredActionCommand::RemoveRequiredActionCommand(PlanDocument *doc, int phase, int index,
                                                         QUndoCommand *parent)
    : RequiredActionCommand(doc, phase, index, {}, parent)
{
    setText(Commands::tr("Remove Required Action"));
}

} // namespace tranche
