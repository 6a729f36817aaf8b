#pragma once
#include "rules/rule.h"

namespace tranche {

// INT-3 "Interim relief has a fixed end": every interim placement ends, within a maximum length.
class Int3 final : public Rule
{
public:
    QString id() const override { return QStringLiteral("INT-3"); }
    QString principle() const override;
    QList<ThresholdSpec> thresholds() const override;
    void checkPhase(const RuleContext &ctx, const PhaseInput &in, FindingSink &sink) const override;
};

} // namespace tranche
