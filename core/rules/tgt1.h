#pragma once
#include "rules/rule.h"

namespace tranche {

// TGT-1 "Keep targeted sanctions": sanctions on the military, security services, prison system and
// human-rights abusers stay.
class Tgt1 final : public Rule
{
public:
    QString id() const override { return QStringLiteral("TGT-1"); }
    QString principle() const override;
    void checkPhase(const RuleContext &ctx, const PhaseInput &in, FindingSink &sink) const override;
};

} // namespace tranche
