#pragma once
#include "rules/rule.h"

namespace tranche {

// AFA-2 "Significant first steps": the first relief comes only after counterpart steps of enough
// total weight are verified.
class Afa2 final : public Rule
{
public:
    QString id() const override { return QStringLiteral("AFA-2"); }
    QString principle() const override;
    QList<ThresholdSpec> thresholds() const override;
    void checkPlan(const RuleContext &ctx, const QList<const PhaseSummary *> &phases,
                   FindingSink &sink) const override;
    bool isPlanWide() const override { return true; }
};

} // namespace tranche
