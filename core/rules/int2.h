#pragma once
#include "rules/rule.h"

namespace tranche {

// INT-2 "Interim relief is quickly reversible": no interim relief of an item that is hard to
// reverse.
class Int2 final : public Rule
{
public:
    QString id() const override { return QStringLiteral("INT-2"); }
    QString principle() const override;
    void checkPhase(const RuleContext &ctx, const PhaseInput &in, FindingSink &sink) const override;
};

} // namespace tranche
