#include "stressplan.h"

#include "io/planio.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// The plan's random draws, in the order the plan is built.
struct Dice
{
    QRandomGenerator rng;
    int pick(int n) { return n <= 0 ? 0 : int(rng.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }
};

// Item indexes by what a plan may do with them.
struct ItemPools
{
    QList<int> interimItems, finalItems, badItems;
};

ItemPools addStressItems(Plan &plan, const StressPlanSize &size, Dice &dice)
{
    const Authority authorities[] = {
        Authority::UN,   Authority::UN,   Authority::UN,   Authority::UN,    Authority::USStatute,
        Authority::USEO, Authority::USEO, Authority::FATF, Authority::Other, Authority::Other};
    ItemPools pools;
    for (int i = 0; i < size.items; ++i) {
        SanctionsItem it;
        it.id = u"item-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        it.name = u"Stress item %1"_s.arg(i);
        it.authority = authorities[dice.pick(10)];
        it.instrument = u"Instrument %1"_s.arg(i);
        it.category = u"sectoral-export"_s;
        it.annualValueUsd = double(dice.pick(2000)) * 1e6;
        it.reversibility = dice.chance(60)
                               ? Reversibility::Easy
                               : (dice.chance(75) ? Reversibility::Moderate : Reversibility::Hard);
        it.longTermBenefit = dice.chance(10);
        it.escrowable = dice.chance(50);
        it.targeted = dice.chance(95) ? Targeted::None : Targeted(1 + dice.pick(6));
        it.fatf = it.authority == Authority::FATF;
        it.primaryTrade = dice.chance(2);
        plan.catalog.items.append(it);
        if (isRetainedClass(it.targeted))
            pools.badItems.append(i);
        else if (it.reversibility == Reversibility::Hard || it.longTermBenefit || it.fatf)
            pools.finalItems.append(i);
        else
            pools.interimItems.append(i), pools.finalItems.append(i);
    }
    return pools;
}

void addStressActions(Plan &plan, const StressPlanSize &size, Dice &dice)
{
    for (int i = 0; i < size.actions; ++i) {
        CounterpartAction a;
        a.id = u"action-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        a.name = u"Stress action %1"_s.arg(i);
        a.category = u"dismantlement"_s;
        a.weight = 1 + dice.pick(10);
        plan.catalog.actions.append(a);
    }
}

// The next perPhaseActions catalog actions as the phase's gate.
void gateStressPhase(Plan &plan, Phase &ph, int perPhaseActions, int &nextAction,
                     const StressPlanSize &size, Dice &dice)
{
    for (int a = 0; a < perPhaseActions && nextAction < size.actions; ++a) {
        CounterpartAction &act = plan.catalog.actions[nextAction++];
        RequiredAction ra;
        ra.action = act.id;
        ra.verifiedMonth = ph.start + dice.pick(3); // all verified by start + 2
        if (ph.kind == PhaseKind::Final && a == 0)
            act.completes = allPrograms(); // final phases are fully gated
        if (ph.kind == PhaseKind::Final && a == 1)
            act.financialReform = true;
        ph.actions.append(ra);
    }
}

// A placement in the phase, correct for its kind.
Placement stressPlacement(const Plan &plan, const Phase &ph, const ItemPools &pools, Dice &dice)
{
    const bool interim = ph.kind == PhaseKind::Interim;
    Placement pl;
    const QList<int> &items = interim ? pools.interimItems : pools.finalItems;
    pl.item = plan.catalog.items.at(items.at(dice.pick(int(items.size())))).id;
    pl.start = ph.start + 2 + dice.pick(3);
    if (interim) {
        pl.extent = double(1 + dice.pick(4)) / 100.0;
        pl.end = pl.start + 3 + dice.pick(4);
        pl.escrowShare = 1.0;
        pl.escrowAgent = u"Escrow agent %1"_s.arg(dice.pick(5));
        pl.permittedUses = u"food, medicine"_s;
        pl.snapback = true;
    } else {
        pl.extent = double(10 + dice.pick(11)) / 20.0;
    }
    return pl;
}

// One of seven ways to break a placement.
void breakStressPlacement(const Plan &plan, const Phase &ph, Placement &pl, const ItemPools &pools,
                          Dice &dice)
{
    switch (dice.pick(7)) {
    case 0:
        pl.end.reset();
        break;
    case 1:
        pl.end = pl.start + 7 + dice.pick(6);
        break;
    case 2:
        pl.snapback = false;
        break;
    case 3:
        pl.escrowShare = 0.5, pl.escrowAgent.clear();
        break;
    case 4:
        pl.start = ph.start;
        pl.end = pl.start + 6;
        break;
    case 5:
        pl.item =
            plan.catalog.items.at(pools.badItems.value(dice.pick(int(pools.badItems.size())))).id;
        break;
    default:
        pl.item =
            plan.catalog.items.at(pools.finalItems.at(dice.pick(int(pools.finalItems.size())))).id;
        break;
    }
}

} // namespace

Plan makeStressPlan(const StressPlanSize &size, quint32 seed)
{
    Dice dice{QRandomGenerator(seed)};

    Plan plan;
    plan.meta.title = u"Stress plan"_s;
    plan.meta.counterpart = u"Stress"_s;
    plan.meta.start = u"2026-01"_s;
    plan.meta.referenceValueUsd = 500e9;

    const ItemPools pools = addStressItems(plan, size, dice);
    addStressActions(plan, size, dice);

    const int perPhaseActions = size.phases > 0 ? size.actions / size.phases : 0;
    int nextAction = 0;
    for (int p = 0; p < size.phases; ++p) {
        Phase ph;
        ph.id = u"phase-%1"_s.arg(p, 2, 10, QLatin1Char('0'));
        ph.name = u"Stress phase %1"_s.arg(p);
        ph.kind = p < size.phases * 3 / 4 ? PhaseKind::Interim : PhaseKind::Final;
        ph.start = 3 * p;
        ph.end = ph.start + 6;
        gateStressPhase(plan, ph, perPhaseActions, nextAction, size, dice);
        const int count =
            size.placements / size.phases + (p < size.placements % size.phases ? 1 : 0);
        for (int r = 0; r < count; ++r) {
            Placement pl = stressPlacement(plan, ph, pools, dice);
            if (dice.pick(100) < size.brokenPercent)
                breakStressPlacement(plan, ph, pl, pools, dice);
            ph.reliefs.append(pl);
        }
        plan.phases.append(ph);
    }
    return plan;
}

QString writeStressPlan(const QString &path, const StressPlanSize &size, quint32 seed)
{
    return savePlan(makeStressPlan(size, seed), path);
}

} // namespace tranche
