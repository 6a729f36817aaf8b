#include "document/placementcommands.h"

#include "document/commandtext.h"
#include "document/editfieldcommand.h"
#include "document/plandocument.h"

namespace tranche {

namespace {
// Where a placement added at `at` goes: relief < 0 appends it to the phase.
PlacementRef addedAt(const PlanDocument *doc, PlacementRef at)
{
    if (at.relief < 0)
        at.relief = doc->plan().phases.at(at.phase).reliefs.size();
    return at;
}
} // namespace

AddPlacementCommand::AddPlacementCommand(PlanDocument *doc, PlacementRef at, Placement placement,
                                         QUndoCommand *parent)
    : EntryCommand(doc, addedAt(doc, at), std::move(placement), true, Commands::tr("Place Relief"),
                   parent)
{}

RemovePlacementCommand::RemovePlacementCommand(PlanDocument *doc, PlacementRef at,
                                               QUndoCommand *parent)
    : EntryCommand(doc, at, {}, false, Commands::tr("Remove Relief"), parent)
{}

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
