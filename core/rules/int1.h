#pragma once
#include "rules/rule.h"

namespace tranche {

// INT-1 "Interim relief is small": the interim relief in force in any month stays under a share of
// the reference value.
class Int1 final : public Rule
{
public:
    QString id() const override { return QStringLiteral("INT-1"); }
    QString principle() const override;
    QList<ThresholdSpec> thresholds() const override;
    void checkPlan(const RuleContext &ctx, const QList<const PhaseSummary *> &phases,
                   FindingSink &sink) const override;
    bool isPlanWide() const override { return true; }
};

} // namespace tranche
