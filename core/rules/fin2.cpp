#include "rules/rule.h"

#include "model/money.h"

#include <QCoreApplication>

#include <optional>

namespace tranche {

// FIN-2 "Big relief only after full implementation": big or lasting relief only in a phase gated on
// complete dismantlement, after its verification.
void checkFin2(const RuleContext &ctx, const PhaseInput &in, FindingSink &sink)
{
    const Phase &ph = *in.phase;
    if (ph.reliefs.isEmpty())
        return;

    // What makes the relief big: the first hard or long-term item, else the value.
    int bigItem = -1;
    for (int i = 0; i < in.items.size() && bigItem < 0; ++i) {
        const SanctionsItem *it = in.items.at(i);
        if (it && (it->reversibility == Reversibility::Hard || it->longTermBenefit))
            bigItem = i;
    }
    std::optional<StepPoint> overCap; // the first month at the phase's peak, when above the cap
    if (bigItem < 0) {
        for (const StepPoint &p : in.relief) {
            if (tolerance::above(p.value, ctx.cap) &&
                (!overCap || tolerance::above(p.value, overCap->value)))
                overCap = p;
        }
        if (!overCap)
            return;
    }

    const Programs gated = in.gatedPrograms();
    if ((gated & allPrograms()) != allPrograms()) {
        if (bigItem >= 0) {
            const QString item = ph.reliefs.at(bigItem).item;
            sink.add(Severity::Violation, in.index, -1, item,
                     QCoreApplication::translate(
                         "tranche", "the phase relieves %1, which is hard to reverse or lasting, "
                                    "but is not gated on nuclear, ICBM and WMD dismantlement "
                                    "(its required actions complete: %2)")
                         .arg(in.label(bigItem), programsText(gated)));
        } else {
            sink.add(Severity::Violation, in.index, -1, QString(),
                     QCoreApplication::translate(
                         "tranche", "the phase's relief peaks at %1/yr in month %2, above the %3 "
                                    "cap, but is not gated on nuclear, ICBM and WMD dismantlement "
                                    "(its required actions complete: %4)")
                         .arg(formatMoney(overCap->value))
                         .arg(overCap->month)
                         .arg(formatMoney(ctx.cap), programsText(gated)));
        }
        return;
    }

    // Fully gated: the full verification month.
    int full = 0;
    bool any = false;
    for (int a = 0; a < in.actions.size(); ++a) {
        const CounterpartAction *act = in.actions.at(a);
        if (!act || !act->completes)
            continue;
        const int month = ph.actions.at(a).verifiedMonth;
        if (!any || month > full)
            full = month;
        any = true;
    }
    flagEarlyStarts(
        in, sink, full, nullptr,
        QT_TRANSLATE_NOOP("tranche",
                          "relief of %1 starts in month %2, before full verification in month %3"));
}

} // namespace tranche
