#include "rules/rule.h"

#include "model/money.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace tranche {

namespace {

const QString kId = QStringLiteral("FIN-1");

bool isEligible(const SanctionsItem &it)
{
    const bool authority = it.authority == Authority::UN || it.authority == Authority::USStatute ||
                           it.authority == Authority::USEO;
    // A graded variant (variantOf) is left out: its parent counts the value.
    return authority && !isRetainedClass(it.targeted) && !it.fatf && it.variantOf.isEmpty();
}

} // namespace

// FIN-1 "Broad relief at the end": final phases relieve most eligible value, including US primary
// trade.
void checkFin1(const RuleContext &ctx, const QList<const PhaseSummary *> &phases, FindingSink &sink)
{
    const QList<SanctionsItem> &items = ctx.plan.catalog.items;
    int firstFinal = -1;
    QList<double> relieved(items.size(), 0.0); // largest extent in a final phase, per item
    for (int p = 0; p < phases.size(); ++p) {
        if (phases.at(p)->kind != PhaseKind::Final)
            continue;
        if (firstFinal < 0)
            firstFinal = p;
        for (const auto &[item, extent] : phases.at(p)->finalExtents)
            relieved[item] = std::max(relieved.at(item), extent);
    }

    double eligible = 0;
    double covered = 0;
    bool primaryTrade = false;
    bool primaryTradeRelieved = false;
    for (int i = 0; i < items.size(); ++i) {
        const SanctionsItem &it = items.at(i);
        if (!isEligible(it))
            continue;
        eligible += it.annualValueUsd;
        covered += it.annualValueUsd * relieved.at(i);
        if (it.primaryTrade) {
            primaryTrade = true;
            primaryTradeRelieved |= relieved.at(i) > 0;
        }
    }

    const double coverage = ctx.threshold(kId, QStringLiteral("coverage"));
    QStringList reasons;
    if (firstFinal < 0)
        reasons << QCoreApplication::translate("tranche", "no final phase");
    if (eligible > 0 && tolerance::below(covered, coverage * eligible)) {
        reasons << QCoreApplication::translate("tranche",
                                               "final phases cover %1 of %2 eligible value, "
                                               "below %3")
                       .arg(formatShare(covered / eligible), formatMoney(eligible),
                            formatShare(coverage));
    }
    if (primaryTrade && !primaryTradeRelieved) {
        reasons << QCoreApplication::translate(
            "tranche", "no US primary trade restriction is lifted in a final phase");
    }
    if (reasons.isEmpty())
        return;
    sink.add(Severity::Warning, firstFinal, -1, QString(),
             QCoreApplication::translate("tranche", "broad relief at the end falls short: %1")
                 .arg(reasons.join(QStringLiteral("; "))));
}

} // namespace tranche
