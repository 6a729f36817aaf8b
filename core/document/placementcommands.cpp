#include "document/placementcommands.h"

#include "document/commandtext.h"
#include "document/editfieldcommand.h"
#include "document/plandocument.h"

namespace tranche {

AddPlacementCommand::AddPlacementCommand(PlanDocument *doc, PlacementRef at, Placement placement,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_at(at), m_placement(std::move(placement))
{
    if (m_at.relief < 0)
        m_at.relief = doc->plan().phases.at(m_at.phase).reliefs.size();
    setText(Commands::tr("Place Relief"));
}

void AddPlacementCommand::redo()
{
    m_doc->insertPlacement(m_at, m_placement);
}
void AddPlacementCommand::undo()
{
    m_placement = m_doc->takePlacement(m_at);
}

RemovePlacementCommand::RemovePlacementCommand(PlanDocument *doc, PlacementRef at,
                                               QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_at(at)
{
    setText(Commands::tr("Remove Relief"));
}

void RemovePlacementCommand::redo()
{
    m_placement = m_doc->takePlacement(m_at);
}
void RemovePlacementCommand::undo()
{
    m_doc->insertPlacement(m_at, m_placement);
}

MovePlacementCommand::MovePlacementCommand(PlanDocument *doc, PlacementRef from, int toPhase,
                                           int monthShift, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_from(from), m_shift(monthShift)
{
    const int count = doc->plan().phases.at(toPhase).reliefs.size();
    // Appended at the end of the target phase; within the same phase the removal shifts the end.
    m_to = PlacementRef{toPhase, toPhase == from.phase ? count - 1 : count};
    setText(Commands::tr("Move Relief"));
    setObsolete(toPhase == from.phase && monthShift == 0 && m_to == m_from);
}

void MovePlacementCommand::move(PlacementRef from, PlacementRef to, int shift)
{
    Placement p = m_doc->takePlacement(from);
    p.start += shift;
    if (p.end)
        *p.end += shift;
    m_doc->insertPlacement(to, std::move(p));
}

void MovePlacementCommand::redo()
{
    move(m_from, m_to, m_shift);
}

void MovePlacementCommand::undo()
{
    move(m_to, m_from, -m_shift);
}

SetPlacementCommand::SetPlacementCommand(PlanDocument *doc, PlacementRef at, Placement placement,
                                         const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_doc(doc), m_at(at),
      m_old(doc->plan().phases.at(at.phase).reliefs.at(at.relief)), m_new(std::move(placement)),
      m_fields(changedFields(m_old, m_new))
{
    setObsolete(m_old == m_new);
}

void SetPlacementCommand::redo()
{
    m_doc->setPlacement(m_at, m_new, m_fields);
}
void SetPlacementCommand::undo()
{
    m_doc->setPlacement(m_at, m_old, m_fields);
}

} // namespace tranche
