#pragma once
#include "rules/rule.h"

namespace tranche {

// FIN-1 "Broad relief at the end": final phases relieve most eligible value, including US primary
// trade.
class Fin1 final : public Rule
{
public:
    QString id() const override { return QStringLiteral("FIN-1"); }
    QString principle() const override;
    QList<ThresholdSpec> thresholds() const override;
    void checkPlan(const RuleContext &ctx, const QList<const PhaseSummary *> &phases,
                   FindingSink &sink) const override;
    bool isPlanWide() const override { return true; }
};

} // namespace tranche
