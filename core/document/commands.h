#pragma once
// Every user-visible edit of a plan is one of these QUndoCommands. Text is
// translated in the constructor; data changes only through PlanDocument's
// mutators. Consecutive edits of the same field of the same object merge
// (CommandId), and an edit that changes nothing becomes obsolete.

#include "model/plan.h"

#include <QUndoCommand>

#include <functional>

namespace tranche {

class PlanDocument;

// Ids for mergeable commands (QUndoCommand::id()).
enum CommandId {
    EditPlacementFieldId = 1,
    EditPhaseFieldId,
    EditMetaFieldId,
    SetVerifiedMonthId,
};

enum class PlacementField {
    Extent,
    Start,
    End,
    EscrowShare,
    EscrowAgent,
    PermittedUses,
    Snapback,
    Note
};
enum class PhaseField { Id, Name, Kind, Start, End };
// ReferenceBasis: where the reference value comes from, kept in the plan
// object's "referenceValueBasis" (a Tranche extension of PLAN-FORMAT.md,
// held in PlanMeta::extra; an empty text removes the key).
enum class MetaField {
    Title,
    Counterpart,
    Start,
    Classification,
    Profile,
    ReferenceValue,
    ReferenceBasis
};

// The value a field edit command reads and writes, as a QVariant (an invalid
// QVariant for an open end or an unset reference value; PhaseField::Kind as int).
QVariant fieldValue(const Placement &placement, PlacementField field);
QVariant fieldValue(const Phase &phase, PhaseField field);
QVariant fieldValue(const PlanMeta &meta, MetaField field);

class AddPhaseCommand : public QUndoCommand
{
public:
    AddPhaseCommand(PlanDocument *doc, int index, Phase phase, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    PlanDocument *m_doc;
    int m_index;
    Phase m_phase;
};

class RemovePhaseCommand : public QUndoCommand
{
public:
    RemovePhaseCommand(PlanDocument *doc, int index, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    PlanDocument *m_doc;
    int m_index;
    Phase m_phase; // held while removed
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
    PlanDocument *m_doc;
    int m_phase;
    int m_oldStart, m_oldEnd, m_newStart, m_newEnd;
};

class EditPhaseFieldCommand : public QUndoCommand
{
public:
    EditPhaseFieldCommand(PlanDocument *doc, int phase, PhaseField field, const QVariant &value,
                          QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override { return EditPhaseFieldId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QVariant &value);
    PlanDocument *m_doc;
    int m_phase;
    PhaseField m_field;
    QVariant m_old, m_new;
};

class AddPlacementCommand : public QUndoCommand
{
public:
    AddPlacementCommand(PlanDocument *doc, PlacementRef at, Placement placement,
                        QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    PlanDocument *m_doc;
    PlacementRef m_at;
    Placement m_placement;
};

class RemovePlacementCommand : public QUndoCommand
{
public:
    RemovePlacementCommand(PlanDocument *doc, PlacementRef at, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    PlanDocument *m_doc;
    PlacementRef m_at;
    Placement m_placement;
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
};

class EditPlacementFieldCommand : public QUndoCommand
{
public:
    // value: double for Extent/EscrowShare, int for Start, int or invalid QVariant (open-ended) for
    // End, bool for Snapback, QString otherwise.
    EditPlacementFieldCommand(PlanDocument *doc, PlacementRef at, PlacementField field,
                              const QVariant &value, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override { return EditPlacementFieldId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QVariant &value);
    PlanDocument *m_doc;
    PlacementRef m_at;
    PlacementField m_field;
    QVariant m_old, m_new;
};

class AddRequiredActionCommand : public QUndoCommand
{
public:
    AddRequiredActionCommand(PlanDocument *doc, int phase, RequiredAction action,
                             QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    PlanDocument *m_doc;
    int m_phase;
    int m_index = -1;
    RequiredAction m_action;
};

class RemoveRequiredActionCommand : public QUndoCommand
{
public:
    RemoveRequiredActionCommand(PlanDocument *doc, int phase, int index,
                                QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    PlanDocument *m_doc;
    int m_phase;
    int m_index;
    RequiredAction m_action;
};

class SetVerifiedMonthCommand : public QUndoCommand
{
public:
    SetVerifiedMonthCommand(PlanDocument *doc, int phase, int index, int month,
                            QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override { return SetVerifiedMonthId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PlanDocument *m_doc;
    int m_phase, m_index, m_old, m_new;
};

class EditMetaFieldCommand : public QUndoCommand
{
public:
    // value: QString, or double / invalid QVariant (unset) for ReferenceValue.
    EditMetaFieldCommand(PlanDocument *doc, MetaField field, const QVariant &value,
                         QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override { return EditMetaFieldId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QVariant &value);
    PlanDocument *m_doc;
    MetaField m_field;
    QVariant m_old, m_new;
};

class SetWaiversCommand : public QUndoCommand
{
public:
    SetWaiversCommand(PlanDocument *doc, QList<Waiver> waivers, const QString &text,
                      QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    PlanDocument *m_doc;
    QList<Waiver> m_old, m_new;
};

} // namespace tranche
