#include "document/editfieldcommand.h"

#include "document/commandtext.h"
#include "document/plandocument.h"

#include <iterator>
#include <type_traits>
#include <utility>

namespace tranche {

namespace {

// --- One field: how to read it as a QVariant, write it from one, and its undo text ---

template <typename T> QVariant toVariant(const T &v)
{
    return QVariant::fromValue(v);
}
template <typename T> QVariant toVariant(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}
QVariant toVariant(PhaseKind kind)
{
    return static_cast<int>(kind);
}

template <typename T> struct FromVariant
{
    static T get(const QVariant &v) { return v.value<T>(); }
};
template <typename T> struct FromVariant<std::optional<T>>
{
    static std::optional<T> get(const QVariant &v)
    {
        return v.isValid() ? std::optional<T>(v.value<T>()) : std::nullopt;
    }
};
template <> struct FromVariant<PhaseKind>
{
    static PhaseKind get(const QVariant &v) { return static_cast<PhaseKind>(v.toInt()); }
};

template <typename Object> struct FieldSpec
{
    QVariant (*get)(const Object &);
    void (*set)(Object &, const QVariant &);
    const char *text; // the undo text, translated in the tranche::Commands context
};

// The spec of a field that is a plain data member.
template <typename Object, auto Member> constexpr FieldSpec<Object> member(const char *text)
{
    using T = std::remove_cvref_t<decltype(std::declval<Object>().*Member)>;
    return {[](const Object &o) { return toVariant(o.*Member); },
            [](Object &o, const QVariant &v) { o.*Member = FromVariant<T>::get(v); }, text};
}

const QLatin1StringView kReferenceBasisKey("referenceValueBasis");

// --- The tables: one line per editable field, in the order of its enum ---

const FieldSpec<Placement> kPlacementFields[] = {
    member<Placement, &Placement::extent>(QT_TRANSLATE_NOOP("tranche::Commands", "Change Extent")),
    member<Placement, &Placement::start>(
        QT_TRANSLATE_NOOP("tranche::Commands", "Change Relief Start")),
    member<Placement, &Placement::end>(QT_TRANSLATE_NOOP("tranche::Commands", "Change Relief End")),
    member<Placement, &Placement::escrowShare>(
        QT_TRANSLATE_NOOP("tranche::Commands", "Change Escrow Share")),
    member<Placement, &Placement::escrowAgent>(
        QT_TRANSLATE_NOOP("tranche::Commands", "Change Escrow Agent")),
    member<Placement, &Placement::permittedUses>(
        QT_TRANSLATE_NOOP("tranche::Commands", "Change Permitted Uses")),
    member<Placement, &Placement::snapback>(
        QT_TRANSLATE_NOOP("tranche::Commands", "Change Snapback")),
    member<Placement, &Placement::note>(QT_TRANSLATE_NOOP("tranche::Commands", "Change Note")),
};
static_assert(std::size(kPlacementFields) == int(PlacementField::Note) + 1);

const FieldSpec<Phase> kPhaseFields[] = {
    member<Phase, &Phase::id>(QT_TRANSLATE_NOOP("tranche::Commands", "Change Phase Id")),
    member<Phase, &Phase::name>(QT_TRANSLATE_NOOP("tranche::Commands", "Rename Phase")),
    member<Phase, &Phase::kind>(QT_TRANSLATE_NOOP("tranche::Commands", "Change Phase Kind")),
    member<Phase, &Phase::start>(QT_TRANSLATE_NOOP("tranche::Commands", "Change Phase Start")),
    member<Phase, &Phase::end>(QT_TRANSLATE_NOOP("tranche::Commands", "Change Phase End")),
};
static_assert(std::size(kPhaseFields) == int(PhaseField::End) + 1);

const FieldSpec<RequiredAction> kActionFields[] = {
    member<RequiredAction, &RequiredAction::verifiedMonth>(
        QT_TRANSLATE_NOOP("tranche::Commands", "Change Verification Month")),
};
static_assert(std::size(kActionFields) == int(ActionField::VerifiedMonth) + 1);

const FieldSpec<PlanMeta> kMetaFields[] = {
    member<PlanMeta, &PlanMeta::title>(QT_TRANSLATE_NOOP("tranche::Commands", "Change Plan Title")),
    member<PlanMeta, &PlanMeta::counterpart>(
        QT_TRANSLATE_NOOP("tranche::Commands", "Change Counterpart")),
    member<PlanMeta, &PlanMeta::start>(QT_TRANSLATE_NOOP("tranche::Commands", "Change Plan Start")),
    member<PlanMeta, &PlanMeta::classification>(
        QT_TRANSLATE_NOOP("tranche::Commands", "Change Classification")),
    member<PlanMeta, &PlanMeta::profile>(
        QT_TRANSLATE_NOOP("tranche::Commands", "Change Rule Profile")),
    member<PlanMeta, &PlanMeta::referenceValueUsd>(
        QT_TRANSLATE_NOOP("tranche::Commands", "Change Reference Value")),
    {[](const PlanMeta &m) { return QVariant(m.extra.value(kReferenceBasisKey).toString()); },
     [](PlanMeta &m, const QVariant &v) {
         if (v.toString().isEmpty())
             m.extra.remove(kReferenceBasisKey);
         else
             m.extra.insert(kReferenceBasisKey, v.toString());
     },
     QT_TRANSLATE_NOOP("tranche::Commands", "Change Reference Value Basis")},
    member<PlanMeta, &PlanMeta::decisionAsked>(
        QT_TRANSLATE_NOOP("tranche::Commands", "Change Decision Asked")),
    member<PlanMeta, &PlanMeta::sources>(QT_TRANSLATE_NOOP("tranche::Commands", "Change Sources")),
};
static_assert(std::size(kMetaFields) == int(MetaField::Sources) + 1);

const FieldSpec<Source> kSourceFields[] = {
    member<Source, &Source::id>(QT_TRANSLATE_NOOP("tranche::Commands", "Change Source Id")),
    member<Source, &Source::title>(QT_TRANSLATE_NOOP("tranche::Commands", "Change Source Title")),
    member<Source, &Source::publisher>(
        QT_TRANSLATE_NOOP("tranche::Commands", "Change Source Publisher")),
    member<Source, &Source::year>(QT_TRANSLATE_NOOP("tranche::Commands", "Change Source Year")),
    member<Source, &Source::url>(QT_TRANSLATE_NOOP("tranche::Commands", "Change Source URL")),
};
static_assert(std::size(kSourceFields) == int(SourceField::Url) + 1);

const FieldSpec<SanctionsItem> kItemFields[] = {
    member<SanctionsItem, &SanctionsItem::valueQuantified>(
        QT_TRANSLATE_NOOP("tranche::Commands", "Change Value Quantified")),
};
static_assert(std::size(kItemFields) == int(ItemField::ValueQuantified) + 1);

// --- The six edited objects: where each lives and which mutator writes it ---

template <typename Field> struct Subject;

template <> struct Subject<PlacementField>
{
    static constexpr const auto &table = kPlacementFields;
    static constexpr int id = EditPlacementFieldId;
    static const Placement &read(const Plan &plan, PlacementRef at)
    {
        return plan.phases.at(at.phase).reliefs.at(at.relief);
    }
    static void write(PlanDocument *doc, PlacementRef at, const Placement &p, quint32 fields)
    {
        doc->setPlacement(at, p, fields);
    }
};

template <> struct Subject<PhaseField>
{
    static constexpr const auto &table = kPhaseFields;
    static constexpr int id = EditPhaseFieldId;
    static const Phase &read(const Plan &plan, int at) { return plan.phases.at(at); }
    static void write(PlanDocument *doc, int at, const Phase &ph, quint32 fields)
    {
        doc->setPhaseFields(at, ph.id, ph.name, ph.kind, ph.start, ph.end, fields);
    }
};

template <> struct Subject<ActionField>
{
    static constexpr const auto &table = kActionFields;
    static constexpr int id = EditActionFieldId;
    static const RequiredAction &read(const Plan &plan, ActionRef at)
    {
        return plan.phases.at(at.phase).actions.at(at.action);
    }
    static void write(PlanDocument *doc, ActionRef at, const RequiredAction &a, quint32 fields)
    {
        doc->setRequiredAction(at.phase, at.action, a, fields);
    }
};

template <> struct Subject<MetaField>
{
    static constexpr const auto &table = kMetaFields;
    static constexpr int id = EditMetaFieldId;
    static const PlanMeta &read(const Plan &plan, MetaRef) { return plan.meta; }
    static void write(PlanDocument *doc, MetaRef, const PlanMeta &meta, quint32 fields)
    {
        doc->setMeta(meta, fields);
    }
};

template <> struct Subject<SourceField>
{
    static constexpr const auto &table = kSourceFields;
    static constexpr int id = EditSourceFieldId;
    static const Source &read(const Plan &plan, int at) { return plan.meta.sources.at(at); }
    static void write(PlanDocument *doc, int at, const Source &source, quint32)
    {
        doc->setSource(at, source);
    }
};

template <> struct Subject<ItemField>
{
    static constexpr const auto &table = kItemFields;
    static constexpr int id = EditItemFieldId;
    static const SanctionsItem &read(const Plan &plan, int at) { return plan.catalog.items.at(at); }
    static void write(PlanDocument *doc, int at, const SanctionsItem &item, quint32)
    {
        doc->setCatalogItem(at, item);
    }
};

template <typename Field> const auto &specOf(Field field)
{
    return Subject<Field>::table[static_cast<int>(field)];
}

} // namespace

QVariant fieldValue(const Placement &placement, PlacementField field)
{
    return specOf(field).get(placement);
}

QVariant fieldValue(const Phase &phase, PhaseField field)
{
    return specOf(field).get(phase);
}

QVariant fieldValue(const RequiredAction &action, ActionField field)
{
    return specOf(field).get(action);
}

QVariant fieldValue(const PlanMeta &meta, MetaField field)
{
    return specOf(field).get(meta);
}

QVariant fieldValue(const Source &source, SourceField field)
{
    return specOf(field).get(source);
}

QVariant fieldValue(const SanctionsItem &item, ItemField field)
{
    return specOf(field).get(item);
}

quint32 changedFields(const Placement &a, const Placement &b)
{
    if (a.item != b.item || a.extra != b.extra)
        return ChangeEvent::AllFields;
    quint32 fields = 0;
    for (int i = 0; i < int(std::size(kPlacementFields)); ++i) {
        if (kPlacementFields[i].get(a) != kPlacementFields[i].get(b))
            fields |= ChangeEvent::fieldBit(i);
    }
    return fields;
}

template <typename Field, typename Ref>
EditFieldCommand<Field, Ref>::EditFieldCommand(PlanDocument *doc, Ref at, Field field,
                                               const QVariant &value, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_at(at), m_field(field),
      m_old(specOf(field).get(Subject<Field>::read(doc->plan(), at))), m_new(value)
{
    setText(Commands::tr(specOf(field).text));
    setObsolete(m_old == m_new);
}

template <typename Field, typename Ref>
void EditFieldCommand<Field, Ref>::apply(const QVariant &value)
{
    auto object = Subject<Field>::read(m_doc->plan(), m_at);
    specOf(m_field).set(object, value);
    Subject<Field>::write(m_doc, m_at, object, ChangeEvent::fieldBit(m_field));
}

template <typename Field, typename Ref> void EditFieldCommand<Field, Ref>::redo()
{
    apply(m_new);
}

template <typename Field, typename Ref> void EditFieldCommand<Field, Ref>::undo()
{
    apply(m_old);
}

template <typename Field, typename Ref> int EditFieldCommand<Field, Ref>::id() const
{
    return Subject<Field>::id;
}

template <typename Field, typename Ref>
bool EditFieldCommand<Field, Ref>::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditFieldCommand *>(other);
    if (o->m_doc != m_doc || !(o->m_at == m_at) || o->m_field != m_field)
        return false;
    m_new = o->m_new;
    setObsolete(m_old == m_new);
    return true;
}

template class EditFieldCommand<PlacementField, PlacementRef>;
template class EditFieldCommand<PhaseField, int>;
template class EditFieldCommand<ActionField, ActionRef>;
template class EditFieldCommand<MetaField, MetaRef>;
template class EditFieldCommand<SourceField, int>;
template class EditFieldCommand<ItemField, int>;

} // namespace tranche
