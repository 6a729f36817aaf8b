#include "document/phasecommands.h"

#include "document/commandtext.h"
#include "document/editfieldcommand.h"
#include "document/plandocument.h"

namespace tranche {

AddPhaseCommand::AddPhaseCommand(PlanDocument *doc, int index, Phase phase, QUndoCommand *parent)
    : EntryCommand(doc, index, std::move(phase), true, Commands::tr("Add Phase"), parent)
{}

RemovePhaseCommand::RemovePhaseCommand(PlanDocument *doc, int index, QUndoCommand *parent)
    : EntryCommand(doc, index, {}, false, Commands::tr("Remove Phase"), parent)
{}

MovePhaseCommand::MovePhaseCommand(PlanDocument *doc, int from, int to, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_from(from), m_to(to)
{
    setText(Commands::tr("Move Phase"));
    setObsolete(from == to);
}

void MovePhaseCommand::redo()
{
    m_doc->movePhase(m_from, m_to);
}
void MovePhaseCommand::undo()
{
    m_doc->movePhase(m_to, m_from);
}

ResizePhaseCommand::ResizePhaseCommand(PlanDocument *doc, int phase, int start, int end,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_phase(phase), m_newStart(start), m_newEnd(end)
{
    const Phase &ph = doc->plan().phases.at(phase);
    m_oldStart = ph.start;
    m_oldEnd = ph.end;
    setText(Commands::tr("Change Phase Months"));
    setObsolete(m_oldStart == m_newStart && m_oldEnd == m_newEnd);
}

void ResizePhaseCommand::apply(int start, int end)
{
    const Phase &ph = m_doc->plan().phases.at(m_phase);
    m_doc->setPhaseFields(m_phase, ph.id, ph.name, ph.kind, start, end,
                          ChangeEvent::fieldBit(PhaseField::Start) |
                              ChangeEvent::fieldBit(PhaseField::End));
}

void ResizePhaseCommand::redo()
{
    apply(m_newStart, m_newEnd);
}

void ResizePhaseCommand::undo()
{
    apply(m_oldStart, m_oldEnd);
}

} // namespace tranche
