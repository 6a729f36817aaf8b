#pragma once
#include "rules/rule.h"

namespace tranche {

// LAW-1 "Know whose act it takes": each phase's relief names the legal acts it needs.
class Law1 final : public Rule
{
public:
    QString id() const override { return QStringLiteral("LAW-1"); }
    QString principle() const override;
    void checkPhase(const RuleContext &ctx, const PhaseInput &in, FindingSink &sink) const override;
};

} // namespace tranche
