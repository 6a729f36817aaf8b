#include "document/plandocument.h"

#include "document/editfieldcommand.h"

namespace tranche {

PlanDocument::PlanDocument(QObject *parent) : PlanDocument(Plan{}, parent) {}

PlanDocument::PlanDocument(Plan plan, QObject *parent) : QObject(parent), m_plan(std::move(plan))
{
    qRegisterMetaType<tranche::ChangeEvent>();
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

PlanDocument::~PlanDocument() = default;

void PlanDocument::setFileName(const QString &fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    Q_EMIT fileNameChanged(fileName);
}

void PlanDocument::resetPlan(Plan plan)
{
    m_plan = std::move(plan);
    m_undo.clear();
    emitChange({.kind = ChangeEvent::Reset});
}

void PlanDocument::setMeta(const PlanMeta &meta, ChangeEvent::Fields fields)
{
    m_plan.meta = meta;
    emitChange({.kind = ChangeEvent::MetaChanged, .fields = fields});
}

void PlanDocument::setCatalog(const Catalog &catalog)
{
    m_plan.catalog = catalog;
    emitChange({.kind = ChangeEvent::CatalogChanged});
}

void PlanDocument::insertPhase(int index, Phase phase)
{
    Q_ASSERT(index >= 0 && index <= m_plan.phases.size());
    m_plan.phases.insert(index, std::move(phase));
    emitChange({.kind = ChangeEvent::PhaseInserted, .phase = index});
}

Phase PlanDocument::takePhase(int index)
{
    Q_ASSERT(index >= 0 && index < m_plan.phases.size());
    Phase phase = m_plan.phases.takeAt(index);
    emitChange({.kind = ChangeEvent::PhaseRemoved, .phase = index});
    return phase;
}

void PlanDocument::movePhase(int from, int to)
{
    Q_ASSERT(from >= 0 && from < m_plan.phases.size() && to >= 0 && to < m_plan.phases.size());
    m_plan.phases.move(from, to);
    emitChange({.kind = ChangeEvent::PhaseMoved, .phase = from, .toPhase = to});
}

void PlanDocument::setPhaseFields(int index, const QString &id, const QString &name, PhaseKind kind,
                                  int start, int end, ChangeEvent::Fields fields)
{
    Phase &ph = m_plan.phases[index];
    ph.id = id;
    ph.name = name;
    ph.kind = kind;
    ph.start = start;
    ph.end = end;
    emitChange({.kind = ChangeEvent::PhaseChanged, .phase = index, .fields = fields});
}

void PlanDocument::insertRequiredAction(int phase, int index, RequiredAction action)
{
    m_plan.phases[phase].actions.insert(index, std::move(action));
    emitChange({.kind = ChangeEvent::ActionsChanged, .phase = phase, .action = index});
}

RequiredAction PlanDocument::takeRequiredAction(int phase, int index)
{
    RequiredAction a = m_plan.phases[phase].actions.takeAt(index);
    emitChange({.kind = ChangeEvent::ActionsChanged, .phase = phase, .action = index});
    return a;
}

void PlanDocument::setRequiredAction(int phase, int index, const RequiredAction &action,
                                     ChangeEvent::Fields fields)
{
    m_plan.phases[phase].actions[index] = action;
    emitChange(
        {.kind = ChangeEvent::ActionsChanged, .phase = phase, .action = index, .fields = fields});
}

void PlanDocument::insertPlacement(PlacementRef ref, Placement placement)
{
    m_plan.phases[ref.phase].reliefs.insert(ref.relief, std::move(placement));
    emitChange({.kind = ChangeEvent::PlacementInserted, .phase = ref.phase, .relief = ref.relief});
}

Placement PlanDocument::takePlacement(PlacementRef ref)
{
    Placement p = m_plan.phases[ref.phase].reliefs.takeAt(ref.relief);
    emitChange({.kind = ChangeEvent::PlacementRemoved, .phase = ref.phase, .relief = ref.relief});
    return p;
}

void PlanDocument::setPlacement(PlacementRef ref, const Placement &placement,
                                ChangeEvent::Fields fields)
{
    m_plan.phases[ref.phase].reliefs[ref.relief] = placement;
    emitChange({.kind = ChangeEvent::PlacementChanged,
                .phase = ref.phase,
                .relief = ref.relief,
                .fields = fields});
}

void PlanDocument::setWaivers(const QList<Waiver> &waivers)
{
    m_plan.waivers = waivers;
    emitChange({.kind = ChangeEvent::WaiversChanged});
}

void PlanDocument::insertSource(int index, Source source)
{
    Q_ASSERT(index >= 0 && index <= m_plan.meta.sources.size());
    m_plan.meta.sources.insert(index, std::move(source));
    emitChange(
        {.kind = ChangeEvent::MetaChanged, .fields = ChangeEvent::fieldBit(MetaField::Sources)});
}

Source PlanDocument::takeSource(int index)
{
    Q_ASSERT(index >= 0 && index < m_plan.meta.sources.size());
    Source source = m_plan.meta.sources.takeAt(index);
    emitChange(
        {.kind = ChangeEvent::MetaChanged, .fields = ChangeEvent::fieldBit(MetaField::Sources)});
    return source;
}

void PlanDocument::setSource(int index, const Source &source)
{
    m_plan.meta.sources[index] = source;
    emitChange(
        {.kind = ChangeEvent::MetaChanged, .fields = ChangeEvent::fieldBit(MetaField::Sources)});
}

void PlanDocument::setCatalogItem(int index, const SanctionsItem &item)
{
    m_plan.catalog.items[index] = item;
    emitChange({.kind = ChangeEvent::CatalogChanged});
}

void PlanDocument::setExtra(const QJsonObject &extra)
{
    m_plan.extra = extra;
    Q_EMIT extraChanged();
}

void PlanDocument::emitChange(const ChangeEvent &event)
{
    Q_EMIT changed(event);
}

} // namespace tranche
