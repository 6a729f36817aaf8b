#include "rules/rule.h"

#include "rules/ruleprofile.h"

#include <QCoreApplication>
#include <QSet>

namespace tranche {

namespace {

const QString kId = QStringLiteral("AFA-2");

} // namespace

// AFA-2 "Significant first steps": the first relief comes only after counterpart steps of enough
// total weight are verified.
void checkAfa2(const RuleContext &ctx, const QList<const PhaseSummary *> &phases, FindingSink &sink)
{
    // The earliest placement in document order.
    int phase = -1;
    int f = 0;
    for (int p = 0; p < phases.size(); ++p) {
        const PhaseSummary *s = phases.at(p);
        if (s->minStartRelief >= 0 && (phase < 0 || s->minStart < f)) {
            phase = p;
            f = s->minStart;
        }
    }
    if (phase < 0)
        return; // no placements: AFA-2 says nothing
    const double minWeight = ctx.threshold(kId, QStringLiteral("minWeight"));

    // Weights of the distinct actions verified by month f (an action required by
    // several phases counts once), summed in document order.
    double sum = 0;
    QSet<QString> counted;
    for (const Phase &ph : ctx.plan.phases) {
        for (const RequiredAction &ra : ph.actions) {
            if (ra.verifiedMonth > f || counted.contains(ra.action))
                continue;
            counted.insert(ra.action);
            if (const CounterpartAction *a = ctx.action(ra.action))
                sum += a->weight;
        }
    }
    if (tolerance::atLeast(sum, minWeight))
        return;
    const Placement &first = ctx.plan.phases.at(phase).reliefs.at(phases.at(phase)->minStartRelief);
    sink.add(Severity::Violation, phase, phases.at(phase)->minStartRelief, first.item,
             QCoreApplication::translate("tranche",
                                         "the first relief (%1, month %2) follows verified "
                                         "actions of total weight %3; at least %4 needed")
                 .arg(ctx.itemLabel(first.item))
                 .arg(f)
                 .arg(QString::number(sum), QString::number(minWeight)));
}

} // namespace tranche
