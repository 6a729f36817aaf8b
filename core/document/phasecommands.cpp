#include "document/phasecommands.h"

#include "document/commandtext.h"
#include "document/editfieldcommand.h"
#include "document/plandocument.h"

namespace tranche {

AddPhaseCommand::AddPhaseCommand(PlanDocument *doc, int index, Phase phase, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_index(index), m_phase(std::move(phase))
{
    setText(Commands::tr("Add Phase"));
}

void AddPhaseCommand::redo()
{
    m_doc->insertPhase(m_index, m_phase);
}
void AddPhaseCommand::undo()
{
    m_phase = m_doc->takePhase(m_index);
}

RemovePhaseCommand::RemovePhaseCommand(PlanDocument *doc, int index, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_index(index)
{
    setText(Commands::tr("Remove Phase"));
}

void RemovePhaseCommand::redo()
{
    m_phase = m_doc->takePhase(m_index);
}
void RemovePhaseCommand::undo()
{
    m_doc->insertPhase(m_index, m_phase);
}

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
