#pragma once
#include "rules/rule.h"

namespace tranche {

// FIN-2 "Big relief only after full implementation": big or lasting relief only in a phase gated on
// complete dismantlement, after its verification.
class Fin2 final : public Rule
{
public:
    QString id() const override { return QStringLiteral("FIN-2"); }
    QString principle() const override;
    void checkPhase(const RuleContext &ctx, const PhaseInput &in, FindingSink &sink) const override;
};

} // namespace tranche
