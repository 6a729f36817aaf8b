#pragma once
#include "rules/rule.h"

namespace tranche {

// INT-5 "No lasting benefits early": no interim relief of an item with a lasting benefit.
class Int5 final : public Rule
{
public:
    QString id() const override { return QStringLiteral("INT-5"); }
    QString principle() const override;
    void checkPhase(const RuleContext &ctx, const PhaseInput &in, FindingSink &sink) const override;
};

} // namespace tranche
