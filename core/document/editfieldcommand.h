#pragma once
// One generic undo command edits one field of one object of a plan (a
// placement, a phase, a required action, the plan's metadata), in the spirit
// of Tiled's ChangeValue: the field ids come from one enum per object, the
// reading and writing of each field is one line of a table
// (editfieldcommand.cpp), repeated edits of the same field of the same object
// merge into one undo step, and an edit that changes nothing becomes obsolete.

#include "model/plan.h"

#include <QUndoCommand>
#include <QVariant>

namespace tranche {

class PlanDocument;

// Ids of the mergeable commands (QUndoCommand::id()), one per edited object.
enum CommandId {
    EditPlacementFieldId = 1,
    EditPhaseFieldId,
    EditMetaFieldId,
    EditActionFieldId,
    EditSourceFieldId,
    EditItemFieldId,
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
enum class ActionField { VerifiedMonth };
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
    ReferenceBasis,
    DecisionAsked,
    Sources // the bibliography as a whole (QList<Source>); its entries: SourceField
};
// One entry of the plan's bibliography (plan.sources), by index.
enum class SourceField { Id, Title, Publisher, Year, Url };
// A catalog item, by index in the catalog: only its "value not quantified" flag.
enum class ItemField { ValueQuantified };

// The value a field edit command reads and writes, as a QVariant (an invalid
// QVariant for an open end or an unset reference value; PhaseField::Kind as int).
QVariant fieldValue(const Placement &placement, PlacementField field);
QVariant fieldValue(const Phase &phase, PhaseField field);
QVariant fieldValue(const RequiredAction &action, ActionField field);
QVariant fieldValue(const PlanMeta &meta, MetaField field);
QVariant fieldValue(const Source &source, SourceField field);
QVariant fieldValue(const SanctionsItem &item, ItemField field);

// The fields (ChangeEvent::fieldBit of PlacementField) in which two placements differ.
quint32 changedFields(const Placement &a, const Placement &b);

// Addresses a required action inside a plan.
struct ActionRef
{
    int phase = -1;
    int action = -1;
    bool operator==(const ActionRef &) const = default;
};
// The plan's metadata: one per plan, so no index.
struct MetaRef
{
    bool operator==(const MetaRef &) const = default;
};

// Edit field `field` of the object at `at` (Ref: PlacementRef, phase index,
// ActionRef, MetaRef, source index or item index) to `value`. Instantiated for
// these six objects only.
template <typename Field, typename Ref> class EditFieldCommand : public QUndoCommand
{
public:
    EditFieldCommand(PlanDocument *doc, Ref at, Field field, const QVariant &value,
                     QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QVariant &value);
    PlanDocument *m_doc;
    Ref m_at;
    Field m_field;
    QVariant m_old, m_new;
};

// value: double for Extent/EscrowShare, int for Start, int or invalid QVariant (open-ended) for
// End, bool for Snapback, QString otherwise.
using EditPlacementFieldCommand = EditFieldCommand<PlacementField, PlacementRef>;
// value: QString for Id and Name, int for Kind (PhaseKind), Start and End.
using EditPhaseFieldCommand = EditFieldCommand<PhaseField, int>;

// The verification month of required action `index` of phase `phase`.
class SetVerifiedMonthCommand : public EditFieldCommand<ActionField, ActionRef>
{
public:
    SetVerifiedMonthCommand(PlanDocument *doc, int phase, int index, int month,
                            QUndoCommand *parent = nullptr)
        : EditFieldCommand(doc, {phase, index}, ActionField::VerifiedMonth, month, parent)
    {}
};

// value: QString, or double / invalid QVariant (unset) for ReferenceValue.
class EditMetaFieldCommand : public EditFieldCommand<MetaField, MetaRef>
{
public:
    EditMetaFieldCommand(PlanDocument *doc, MetaField field, const QVariant &value,
                         QUndoCommand *parent = nullptr)
        : EditFieldCommand(doc, {}, field, value, parent)
    {}
};

} // namespace tranche
