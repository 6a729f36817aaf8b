#pragma once
// Undo commands that add, remove, move and re-time phases. (Single fields of
// a phase: EditPhaseFieldCommand in document/editfieldcommand.h.)

#include "document/entrycommand.h"
#include "model/plan.h"

#include <QUndoCommand>

namespace tranche {

class PlanDocument;

class AddPhaseCommand : public EntryCommand<PhaseList>
{
public:
    AddPhaseCommand(PlanDocument *doc, int index, Phase phase, QUndoCommand *parent = nullptr);
};

class RemovePhaseCommand : public EntryCommand<PhaseList>
{
public:
    RemovePhaseCommand(PlanDocument *doc, int index, QUndoCommand *parent = nullptr);
};

class MovePhaseCommand : public QUndoCommand
{
public:
    MovePhaseCommand(PlanDocument *doc, int from, int to, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    PlanDocument *m_doc;
    int m_from;
    int m_to;
};

// Change a phase's start and end together (one drag of an edge, or a move).
class ResizePhaseCommand : public QUndoCommand
{
public:
    ResizePhaseCommand(PlanDocument *doc, int phase, int start, int end,
                       QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    void apply(int start, int end);
    PlanDocument *m_doc;
    int m_phase;
    int m_oldStart, m_oldEnd, m_newStart, m_newEnd;
};

} // namespace tranche
