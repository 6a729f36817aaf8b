#include "stressplan.h"

#include "io/planio.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace tranche {

Plan makeStressPlan(const StressPlanSize &size, quint32 seed)
{
    QRandomGenerator rng(seed);
    auto pick = [&](int n) { return n <= 0 ? 0 : int(rng.bounded(n)); };
    auto chance = [&](int percent) { return pick(100) < percent; };

    Plan plan;
    plan.meta.title = u"Stress plan"_s;
    plan.meta.counterpart = u"Stress"_s;
    plan.meta.start = u"2026-01"_s;
    plan.meta.referenceValueUsd = 500e9;

    const Authority authorities[] = {
        Authority::UN,   Authority::UN,   Authority::UN,   Authority::UN,    Authority::USStatute,
        Authority::USEO, Authority::USEO, Authority::FATF, Authority::Other, Authority::Other};
    QList<int> interimItems, finalItems, badItems; // by what a plan may do with them
    for (int i = 0; i < size.items; ++i) {
        SanctionsItem it;
        it.id = u"item-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        it.name = u"Stress item %1"_s.arg(i);
        it.authority = authorities[pick(10)];
        it.instrument = u"Instrument %1"_s.arg(i);
        it.category = u"sectoral-export"_s;
        it.annualValueUsd = double(pick(2000)) * 1e6;
        it.reversibility = chance(60)
                               ? Reversibility::Easy
                               : (chance(75) ? Reversibility::Moderate : Reversibility::Hard);
        it.longTermBenefit = chance(10);
        it.escrowable = chance(50);
        it.targeted = chance(95) ? Targeted::None : Targeted(1 + pick(6));
        it.fatf = it.authority == Authority::FATF;
        it.primaryTrade = chance(2);
        plan.catalog.items.append(it);
        if (isRetainedClass(it.targeted))
            badItems.append(i);
        else if (it.reversibility == Reversibility::Hard || it.longTermBenefit || it.fatf)
            finalItems.append(i);
        else
            interimItems.append(i), finalItems.append(i);
    }
    for (int i = 0; i < size.actions; ++i) {
        CounterpartAction a;
        a.id = u"action-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        a.name = u"Stress action %1"_s.arg(i);
        a.category = u"dismantlement"_s;
        a.weight = 1 + pick(10);
        plan.catalog.actions.append(a);
    }

    const int perPhaseActions = size.phases > 0 ? size.actions / size.phases : 0;
    int nextAction = 0;
    for (int p = 0; p < size.phases; ++p) {
        Phase ph;
        ph.id = u"phase-%1"_s.arg(p, 2, 10, QLatin1Char('0'));
        ph.name = u"Stress phase %1"_s.arg(p);
        ph.kind = p < size.phases * 3 / 4 ? PhaseKind::Interim : PhaseKind::Final;
        ph.start = 3 * p;
        ph.end = ph.start + 6;
        for (int a = 0; a < perPhaseActions && nextAction < size.actions; ++a) {
            CounterpartAction &act = plan.catalog.actions[nextAction++];
            RequiredAction ra;
            ra.action = act.id;
            ra.verifiedMonth = ph.start + pick(3); // all verified by start + 2
            if (ph.kind == PhaseKind::Final && a == 0)
                act.completes = allPrograms(); // final phases are fully gated
            if (ph.kind == PhaseKind::Final && a == 1)
                act.financialReform = true;
            ph.actions.append(ra);
        }
        const bool interim = ph.kind == PhaseKind::Interim;
        const int count =
            size.placements / size.phases + (p < size.placements % size.phases ? 1 : 0);
        for (int r = 0; r < count; ++r) {
            Placement pl;
            const QList<int> &items = interim ? interimItems : finalItems;
            pl.item = plan.catalog.items.at(items.at(pick(int(items.size())))).id;
            pl.start = ph.start + 2 + pick(3);
            if (interim) {
                pl.extent = double(1 + pick(4)) / 100.0;
                pl.end = pl.start + 3 + pick(4);
                pl.escrowShare = 1.0;
                pl.escrowAgent = u"Escrow agent %1"_s.arg(pick(5));
                pl.permittedUses = u"food, medicine"_s;
                pl.snapback = true;
            } else {
                pl.extent = double(10 + pick(11)) / 20.0;
            }
            if (pick(100) < size.brokenPercent) {
                switch (pick(7)) {
                case 0:
                    pl.end.reset();
                    break;
                case 1:
                    pl.end = pl.start + 7 + pick(6);
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
                    pl.item = plan.catalog.items.at(badItems.value(pick(int(badItems.size())))).id;
                    break;
                default:
                    pl.item = plan.catalog.items.at(finalItems.at(pick(int(finalItems.size())))).id;
                    break;
                }
            }
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
