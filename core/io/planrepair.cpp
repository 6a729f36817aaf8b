#include "io/planrepair.h"

#include "io/planjson.h"
#include "io/planstore.h"
#include "io/validation.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

using Kind = RepairStep::Kind;

QString phaseText(const Phase &ph)
{
    return namedText(NamedKind::Phase, ph.name, ph.id);
}

// The name of an entry looked up by id, or none when it is unknown.
template <typename Named> QString nameOf(const Named *named)
{
    return named ? named->name : QString();
}

// An action or item by name and id, or by the id alone when it is unknown.
template <typename Named> QString entryText(const Named *named, const QString &id)
{
    return namedText(nameOf(named), id);
}

QString waiverText(const Plan &plan, const Waiver &w)
{
    QString text = PlanRepair::tr("waiver of %1").arg(w.rule.isEmpty() ? u"?"_s : w.rule);
    if (!w.phase.isEmpty()) {
        const Phase *ph = plan.phase(w.phase);
        text += u", "_s + namedText(NamedKind::Phase, ph ? ph->name : QString(), w.phase);
    }
    if (!w.item.isEmpty()) { // a waiver's item may be an action
        const SanctionsItem *it = plan.catalog.item(w.item);
        const QString name = it ? it->name : nameOf(plan.catalog.action(w.item));
        text += u", "_s + namedText(NamedKind::Item, name, w.item);
    }
    return text;
}

// The step a problem at `pointer` calls for, or nullopt when no drop repairs it.
std::optional<RepairStep> stepFor(const Plan &plan, const Problem &problem)
{
    const QStringList parts = problem.pointer.split(u'/');
    bool ok1 = false, ok2 = false;
    RepairStep step;
    step.problem = problem;
    if (parts.size() == 6 && parts.at(1) == u"phases"_s) {
        step.phase = parts.at(2).toInt(&ok1);
        step.index = parts.at(4).toInt(&ok2);
        if (!ok1 || !ok2 || step.phase < 0 || step.phase >= plan.phases.size())
            return std::nullopt;
        const Phase &ph = plan.phases.at(step.phase);
        if (parts.at(3) == u"reliefs"_s && parts.at(5) == u"item"_s &&
            step.index < ph.reliefs.size()) {
            step.kind = Kind::DropPlacement;
            const Placement &pl = ph.reliefs.at(step.index);
            step.where = PlanRepair::tr("%1, relief of %2 from month %3")
                             .arg(phaseText(ph), entryText(plan.catalog.item(pl.item), pl.item))
                             .arg(pl.start);
            step.action = PlanRepair::tr("The repair drops this relief placement.");
            return step;
        }
        if (parts.at(3) == u"actions"_s && parts.at(5) == u"action"_s &&
            step.index < ph.actions.size()) {
            step.kind = Kind::DropRequiredAction;
            const QString &id = ph.actions.at(step.index).action;
            step.where = PlanRepair::tr("%1, required action %2")
                             .arg(phaseText(ph), entryText(plan.catalog.action(id), id));
            step.action = PlanRepair::tr("The repair drops this required action.");
            return step;
        }
        return std::nullopt;
    }
    if (parts.size() == 5 && parts.at(1) == u"catalog"_s && parts.at(2) == u"items"_s &&
        parts.at(4) == u"variantOf"_s) {
        step.kind = Kind::DropVariantOf;
        step.index = parts.at(3).toInt(&ok1);
        if (!ok1 || step.index < 0 || step.index >= plan.catalog.items.size())
            return std::nullopt;
        const SanctionsItem &it = plan.catalog.items.at(step.index);
        step.where = namedText(NamedKind::Item, it.name, it.id);
        step.action = PlanRepair::tr(
            "The repair drops the variantOf reference; the item stays, as an item of its own.");
        return step;
    }
    static const QSet<QString> waiverFields = {u"rule"_s, u"justification"_s, u"phase"_s,
                                               u"item"_s};
    if (parts.size() == 4 && parts.at(1) == u"waivers"_s && waiverFields.contains(parts.at(3))) {
        step.kind = Kind::DropWaiver;
        step.index = parts.at(2).toInt(&ok1);
        if (!ok1 || step.index < 0 || step.index >= plan.waivers.size())
            return std::nullopt;
        step.where = waiverText(plan, plan.waivers.at(step.index));
        step.action = PlanRepair::tr("The repair drops this waiver.");
        return step;
    }
    return std::nullopt;
}

// Waivers naming a phase or an item the plan does not have: never matched again.
QList<Problem> danglingWaivers(const Plan &plan)
{
    QList<Problem> out;
    for (int w = 0; w < plan.waivers.size(); ++w) {
        const Waiver &wv = plan.waivers.at(w);
        const QString base = u"/waivers/"_s + QString::number(w);
        if (!wv.phase.isEmpty() && plan.phaseIndex(wv.phase) < 0) {
            out.append({base + u"/phase"_s,
                        PlanRepair::tr("unknown phase \"%1\" (not in the plan)").arg(wv.phase),
                        wv.phase, wv.item});
        }
        if (!wv.item.isEmpty() && !plan.catalog.item(wv.item) && !plan.catalog.action(wv.item)) {
            out.append({base + u"/item"_s,
                        PlanRepair::tr("unknown item \"%1\" (not in the catalog)").arg(wv.item),
                        wv.phase, wv.item});
        }
    }
    nameProblems(out, plan);
    return out;
}

bool sameTarget(const RepairStep &a, const RepairStep &b)
{
    return a.kind == b.kind && a.phase == b.phase && a.index == b.index;
}

template <typename T> void removeIndices(QList<T> &list, QList<int> indices)
{
    std::sort(indices.begin(), indices.end(), std::greater<>());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    for (int i : std::as_const(indices)) {
        if (i >= 0 && i < list.size())
            list.removeAt(i);
    }
}

} // namespace

QString RepairStep::text() const
{
    return problem.pointer + u": "_s + where + u": "_s + problem.reason + u". "_s + action;
}

RepairOffer PlanRepair::find(const Plan &plan)
{
    RepairOffer offer;
    offer.plan = plan;
    const QList<Problem> problems = validatePlan(plan) + danglingWaivers(plan);
    for (const Problem &problem : problems) {
        std::optional<RepairStep> step = stepFor(plan, problem);
        if (!step) {
            offer.unrepairable.append(problem);
            continue;
        }
        const auto same = std::find_if(offer.steps.begin(), offer.steps.end(),
                                       [&](const RepairStep &s) { return sameTarget(s, *step); });
        if (same == offer.steps.end())
            offer.steps.append(*step);
        else // one drop for several problems of the same thing: every reason listed
            same->problem.reason += u"; "_s + problem.pointer + u": "_s + problem.reason;
    }
    return offer;
}

RepairOffer PlanRepair::read(const QString &path)
{
    std::optional<Plan> plan;
    QList<Problem> problems;
    if (QFileInfo(path).suffix().compare(u"json"_s, Qt::CaseInsensitive) == 0) {
        PlanReadResult read = readPlanJsonFile(path, &plan);
        if (read.ok())
            plan = std::move(read.plan);
        problems = std::move(read.problems);
    } else {
        PlanLoadResult load = loadPlanFile(path, InvalidPlans::Keep);
        plan = std::move(load.plan);
        problems = load.problems;
        if (!plan && problems.isEmpty())
            problems.append(Problem::message(load.error));
    }
    if (!plan) {
        RepairOffer offer;
        offer.unrepairable = problems;
        return offer;
    }
    return find(*plan);
}

Plan PlanRepair::apply(const Plan &plan, const QList<RepairStep> &steps)
{
    Plan out = plan;
    QHash<int, QList<int>> reliefs, actions;
    QList<int> waivers;
    for (const RepairStep &s : steps) {
        switch (s.kind) {
        case Kind::DropPlacement:
            reliefs[s.phase].append(s.index);
            break;
        case Kind::DropRequiredAction:
            actions[s.phase].append(s.index);
            break;
        case Kind::DropVariantOf:
            if (s.index >= 0 && s.index < out.catalog.items.size())
                out.catalog.items[s.index].variantOf.clear();
            break;
        case Kind::DropWaiver:
            waivers.append(s.index);
            break;
        }
    }
    for (auto it = reliefs.cbegin(); it != reliefs.cend(); ++it) {
        if (it.key() >= 0 && it.key() < out.phases.size())
            removeIndices(out.phases[it.key()].reliefs, it.value());
    }
    for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
        if (it.key() >= 0 && it.key() < out.phases.size())
            removeIndices(out.phases[it.key()].actions, it.value());
    }
    removeIndices(out.waivers, waivers);
    return out;
}

} // namespace tranche
