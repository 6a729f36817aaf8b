#include "document/commands.h"

#include "document/plandocument.h"

#include <QCoreApplication>

namespace tranche {

namespace {

// The translation context of the undo commands' texts: one for all of them, so that
// lupdate extracts them under the context they are looked up in at run time.
struct Commands
{
    Q_DECLARE_TR_FUNCTIONS(tranche::Commands)
};

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant placementField(const Placement &p, PlacementField f)
{
    switch (f) {
    case PlacementField::Extent:
        return p.extent;
    case PlacementField::Start:
        return p.start;
    case PlacementField::End:
        return optionalInt(p.end);
    case PlacementField::EscrowShare:
        return p.escrowShare;
    case PlacementField::EscrowAgent:
        return p.escrowAgent;
    case PlacementField::PermittedUses:
        return p.permittedUses;
    case PlacementField::Snapback:
        return p.snapback;
    case PlacementField::Note:
        return p.note;
    }
    return {};
}

void setPlacementField(Placement &p, PlacementField f, const QVariant &v)
{
    switch (f) {
    case PlacementField::Extent:
        p.extent = v.toDouble();
        break;
    case PlacementField::Start:
        p.start = v.toInt();
        break;
    case PlacementField::End:
        p.end = v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
        break;
    case PlacementField::EscrowShare:
        p.escrowShare = v.toDouble();
        break;
    case PlacementField::EscrowAgent:
        p.escrowAgent = v.toString();
        break;
    case PlacementField::PermittedUses:
        p.permittedUses = v.toString();
        break;
    case PlacementField::Snapback:
        p.snapback = v.toBool();
        break;
    case PlacementField::Note:
        p.note = v.toString();
        break;
    }
}

QString placementFieldName(PlacementField f)
{
    switch (f) {
    case PlacementField::Extent:
        return Commands::tr("Change Extent");
    case PlacementField::Start:
        return Commands::tr("Change Relief Start");
    case PlacementField::End:
        return Commands::tr("Change Relief End");
    case PlacementField::EscrowShare:
        return Commands::tr("Change Escrow Share");
    case PlacementField::EscrowAgent:
        return Commands::tr("Change Escrow Agent");
    case PlacementField::PermittedUses:
        return Commands::tr("Change Permitted Uses");
    case PlacementField::Snapback:
        return Commands::tr("Change Snapback");
    case PlacementField::Note:
        return Commands::tr("Change Note");
    }
    return {};
}

QVariant phaseField(const Phase &p, PhaseField f)
{
    switch (f) {
    case PhaseField::Id:
        return p.id;
    case PhaseField::Name:
        return p.name;
    case PhaseField::Kind:
        return static_cast<int>(p.kind);
    case PhaseField::Start:
        return p.start;
    case PhaseField::End:
        return p.end;
    }
    return {};
}

QString phaseFieldName(PhaseField f)
{
    switch (f) {
    case PhaseField::Id:
        return Commands::tr("Change Phase Id");
    case PhaseField::Name:
        return Commands::tr("Rename Phase");
    case PhaseField::Kind:
        return Commands::tr("Change Phase Kind");
    case PhaseField::Start:
        return Commands::tr("Change Phase Start");
    case PhaseField::End:
        return Commands::tr("Change Phase End");
    }
    return {};
}

const QLatin1StringView kReferenceBasisKey("referenceValueBasis");

QVariant metaField(const PlanMeta &m, MetaField f)
{
    switch (f) {
    case MetaField::Title:
        return m.title;
    case MetaField::Counterpart:
        return m.counterpart;
    case MetaField::Start:
        return m.start;
    case MetaField::Classification:
        return m.classification;
    case MetaField::Profile:
        return m.profile;
    case MetaField::ReferenceValue:
        return m.referenceValueUsd ? QVariant(*m.referenceValueUsd) : QVariant();
    case MetaField::ReferenceBasis:
        return m.extra.value(kReferenceBasisKey).toString();
    }
    return {};
}

void setMetaField(PlanMeta &m, MetaField f, const QVariant &v)
{
    switch (f) {
    case MetaField::Title:
        m.title = v.toString();
        break;
    case MetaField::Counterpart:
        m.counterpart = v.toString();
        break;
    case MetaField::Start:
        m.start = v.toString();
        break;
    case MetaField::Classification:
        m.classification = v.toString();
        break;
    case MetaField::Profile:
        m.profile = v.toString();
        break;
    case MetaField::ReferenceValue:
        m.referenceValueUsd = v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
        break;
    case MetaField::ReferenceBasis:
        if (v.toString().isEmpty())
            m.extra.remove(kReferenceBasisKey);
        else
            m.extra.insert(kReferenceBasisKey, v.toString());
        break;
    }
}

QString metaFieldName(MetaField f)
{
    switch (f) {
    case MetaField::Title:
        return Commands::tr("Change Plan Title");
    case MetaField::Counterpart:
        return Commands::tr("Change Counterpart");
    case MetaField::Start:
        return Commands::tr("Change Plan Start");
    case MetaField::Classification:
        return Commands::tr("Change Classification");
    case MetaField::Profile:
        return Commands::tr("Change Rule Profile");
    case MetaField::ReferenceValue:
        return Commands::tr("Change Reference Value");
    case MetaField::ReferenceBasis:
        return Commands::tr("Change Reference Value Basis");
    }
    return {};
}

} // namespace

QVariant fieldValue(const Placement &placement, PlacementField field)
{
    return placementField(placement, field);
}

QVariant fieldValue(const Phase &phase, PhaseField field)
{
    return phaseField(phase, field);
}

QVariant fieldValue(const PlanMeta &meta, MetaField field)
{
    return metaField(meta, field);
}

// ---- Phases ----

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

void ResizePhaseCommand::redo()
{
    const Phase &ph = m_doc->plan().phases.at(m_phase);
    m_doc->setPhaseFields(m_phase, ph.id, ph.name, ph.kind, m_newStart, m_newEnd);
}

void ResizePhaseCommand::undo()
{
    const Phase &ph = m_doc->plan().phases.at(m_phase);
    m_doc->setPhaseFields(m_phase, ph.id, ph.name, ph.kind, m_oldStart, m_oldEnd);
}

EditPhaseFieldCommand::EditPhaseFieldCommand(PlanDocument *doc, int phase, PhaseField field,
                                             const QVariant &value, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_phase(phase), m_field(field),
      m_old(phaseField(doc->plan().phases.at(phase), field)), m_new(value)
{
    setText(phaseFieldName(field));
    setObsolete(m_old == m_new);
}

void EditPhaseFieldCommand::apply(const QVariant &value)
{
    Phase ph = m_doc->plan().phases.at(m_phase);
    switch (m_field) {
    case PhaseField::Id:
        ph.id = value.toString();
        break;
    case PhaseField::Name:
        ph.name = value.toString();
        break;
    case PhaseField::Kind:
        ph.kind = static_cast<PhaseKind>(value.toInt());
        break;
    case PhaseField::Start:
        ph.start = value.toInt();
        break;
    case PhaseField::End:
        ph.end = value.toInt();
        break;
    }
    m_doc->setPhaseFields(m_phase, ph.id, ph.name, ph.kind, ph.start, ph.end);
}

void EditPhaseFieldCommand::redo()
{
    apply(m_new);
}
void EditPhaseFieldCommand::undo()
{
    apply(m_old);
}

bool EditPhaseFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditPhaseFieldCommand *>(other);
    if (o->m_doc != m_doc || o->m_phase != m_phase || o->m_field != m_field)
        return false;
    m_new = o->m_new;
    setObsolete(m_old == m_new);
    return true;
}

// ---- Placements ----

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

void MovePlacementCommand::redo()
{
    Placement p = m_doc->takePlacement(m_from);
    p.start += m_shift;
    if (p.end)
        *p.end += m_shift;
    m_doc->insertPlacement(m_to, std::move(p));
}

void MovePlacementCommand::undo()
{
    Placement p = m_doc->takePlacement(m_to);
    p.start -= m_shift;
    if (p.end)
        *p.end -= m_shift;
    m_doc->insertPlacement(m_from, std::move(p));
}

SetPlacementCommand::SetPlacementCommand(PlanDocument *doc, PlacementRef at, Placement placement,
                                         const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_doc(doc), m_at(at),
      m_old(doc->plan().phases.at(at.phase).reliefs.at(at.relief)), m_new(std::move(placement))
{
    setObsolete(m_old == m_new);
}

void SetPlacementCommand::redo()
{
    m_doc->setPlacement(m_at, m_new);
}
void SetPlacementCommand::undo()
{
    m_doc->setPlacement(m_at, m_old);
}

EditPlacementFieldCommand::EditPlacementFieldCommand(PlanDocument *doc, PlacementRef at,
                                                     PlacementField field, const QVariant &value,
                                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_at(at), m_field(field),
      m_old(placementField(doc->plan().phases.at(at.phase).reliefs.at(at.relief), field)),
      m_new(value)
{
    setText(placementFieldName(field));
    setObsolete(m_old == m_new);
}

void EditPlacementFieldCommand::apply(const QVariant &value)
{
    Placement p = m_doc->plan().phases.at(m_at.phase).reliefs.at(m_at.relief);
    setPlacementField(p, m_field, value);
    m_doc->setPlacement(m_at, p);
}

void EditPlacementFieldCommand::redo()
{
    apply(m_new);
}
void EditPlacementFieldCommand::undo()
{
    apply(m_old);
}

bool EditPlacementFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditPlacementFieldCommand *>(other);
    if (o->m_doc != m_doc || o->m_at != m_at || o->m_field != m_field)
        return false;
    m_new = o->m_new;
    setObsolete(m_old == m_new);
    return true;
}

// ---- Required actions ----

AddRequiredActionCommand::AddRequiredActionCommand(PlanDocument *doc, int phase,
                                                   RequiredAction action, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_phase(phase), m_action(std::move(action))
{
    m_index = doc->plan().phases.at(phase).actions.size();
    setText(Commands::tr("Require Action"));
}

void AddRequiredActionCommand::redo()
{
    m_doc->insertRequiredAction(m_phase, m_index, m_action);
}
void AddRequiredActionCommand::undo()
{
    m_action = m_doc->takeRequiredAction(m_phase, m_index);
}

RemoveRequiredActionCommand::RemoveRequiredActionCommand(PlanDocument *doc, int phase, int index,
                                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_phase(phase), m_index(index)
{
    setText(Commands::tr("Remove Required Action"));
}

void RemoveRequiredActionCommand::redo()
{
    m_action = m_doc->takeRequiredAction(m_phase, m_index);
}
void RemoveRequiredActionCommand::undo()
{
    m_doc->insertRequiredAction(m_phase, m_index, m_action);
}

SetVerifiedMonthCommand::SetVerifiedMonthCommand(PlanDocument *doc, int phase, int index, int month,
                                                 QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_phase(phase), m_index(index),
      m_old(doc->plan().phases.at(phase).actions.at(index).verifiedMonth), m_new(month)
{
    setText(Commands::tr("Change Verification Month"));
    setObsolete(m_old == m_new);
}

void SetVerifiedMonthCommand::redo()
{
    RequiredAction a = m_doc->plan().phases.at(m_phase).actions.at(m_index);
    a.verifiedMonth = m_new;
    m_doc->setRequiredAction(m_phase, m_index, a);
}

void SetVerifiedMonthCommand::undo()
{
    RequiredAction a = m_doc->plan().phases.at(m_phase).actions.at(m_index);
    a.verifiedMonth = m_old;
    m_doc->setRequiredAction(m_phase, m_index, a);
}

bool SetVerifiedMonthCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetVerifiedMonthCommand *>(other);
    if (o->m_doc != m_doc || o->m_phase != m_phase || o->m_index != m_index)
        return false;
    m_new = o->m_new;
    setObsolete(m_old == m_new);
    return true;
}

// ---- Plan metadata and waivers ----

EditMetaFieldCommand::EditMetaFieldCommand(PlanDocument *doc, MetaField field,
                                           const QVariant &value, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_field(field), m_old(metaField(doc->plan().meta, field)),
      m_new(value)
{
    setText(metaFieldName(field));
    setObsolete(m_old == m_new);
}

void EditMetaFieldCommand::apply(const QVariant &value)
{
    PlanMeta meta = m_doc->plan().meta;
    setMetaField(meta, m_field, value);
    m_doc->setMeta(meta);
}

void EditMetaFieldCommand::redo()
{
    apply(m_new);
}
void EditMetaFieldCommand::undo()
{
    apply(m_old);
}

bool EditMetaFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditMetaFieldCommand *>(other);
    if (o->m_doc != m_doc || o->m_field != m_field)
        return false;
    m_new = o->m_new;
    setObsolete(m_old == m_new);
    return true;
}

SetWaiversCommand::SetWaiversCommand(PlanDocument *doc, QList<Waiver> waivers, const QString &text,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent), m_doc(doc), m_old(doc->plan().waivers), m_new(std::move(waivers))
{
    setObsolete(m_old == m_new);
}

void SetWaiversCommand::redo()
{
    m_doc->setWaivers(m_new);
}
void SetWaiversCommand::undo()
{
    m_doc->setWaivers(m_old);
}

} // namespace tranche
