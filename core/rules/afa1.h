#pragma once
#include "rules/rule.h"

namespace tranche {

// AFA-1 "Relief follows action": relief only in a phase that requires an action, and never before
// its first verified action.
class Afa1 final : public Rule
{
public:
    QString id() const override { return QStringLiteral("AFA-1"); }
    QString principle() const override;
    void checkPhase(const RuleContext &ctx, const PhaseInput &in, FindingSink &sink) const override;
};

} // namespace tranche
