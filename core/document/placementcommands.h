#pragma once
// Undo commands that add, remove, move and replace relief placements. (Single
// fields of a placement: EditPlacementFieldCommand in document/editfieldcommand.h.)

#include "document/entrycommand.h"
#include "model/plan.h"

#include <QUndoCommand>

namespace tranche {

class PlanDocument;

class AddPlacementCommand : public EntryCommand<PlacementList>
{
public:
    // at.relief < 0: appended to phase at.phase.
    AddPlacementCommand(PlanDocument *doc, PlacementRef at, Placement placement,
                        QUndoCommand *parent = nullptr);
    // Where the placement is once done.
    PlacementRef destination() const { return m_at; }
};

class RemovePlacementCommand : public EntryCommand<PlacementList>
{
public:
    RemovePlacementCommand(PlanDocument *doc, PlacementRef at, QUndoCommand *parent = nullptr);
};

// Move a placement to another phase (appended there), optionally shifting its months.
class MovePlacementCommand : public QUndoCommand
{
public:
    MovePlacementCommand(PlanDocument *doc, PlacementRef from, int toPhase, int monthShift = 0,
                         QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    PlacementRef destination() const { return m_to; }

private:
    void move(PlacementRef from, PlacementRef to, int shift);
    PlanDocument *m_doc;
    PlacementRef m_from;
    PlacementRef m_to;
    int m_shift;
};

// Replace a placement whole (a drag of its bar or edges: start and end together).
class SetPlacementCommand : public QUndoCommand
{
public:
    SetPlacementCommand(PlanDocument *doc, PlacementRef at, Placement placement,
                        const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    PlanDocument *m_doc;
    PlacementRef m_at;
    Placement m_old, m_new;
    quint32 m_fields; // ChangeEvent::Fields of PlacementField
};

} // namespace tranche
