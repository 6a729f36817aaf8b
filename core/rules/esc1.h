#pragma once
#include "rules/rule.h"

namespace tranche {

// ESC-1 "Escrow the interim value": interim relief of escrowable items is escrowed, and every
// escrow names its agent and permitted uses.
class Esc1 final : public Rule
{
public:
    QString id() const override { return QStringLiteral("ESC-1"); }
    QString principle() const override;
    QList<ThresholdSpec> thresholds() const override;
    void checkPhase(const RuleContext &ctx, const PhaseInput &in, FindingSink &sink) const override;
};

} // namespace tranche
