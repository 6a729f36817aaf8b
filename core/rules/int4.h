#pragma once
#include "rules/rule.h"

namespace tranche {

// INT-4 "Interim relief ends by itself": every interim placement has snapback.
class Int4 final : public Rule
{
public:
    QString id() const override { return QStringLiteral("INT-4"); }
    QString principle() const override;
    void checkPhase(const RuleContext &ctx, const PhaseInput &in, FindingSink &sink) const override;
};

} // namespace tranche
