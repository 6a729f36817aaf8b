#pragma once
#include "rules/rule.h"

namespace tranche {

// FAT-1 "Financial access needs reform": FATF and financial-access relief only after a verified
// financial-sector reform.
class Fat1 final : public Rule
{
public:
    QString id() const override { return QStringLiteral("FAT-1"); }
    QString principle() const override;
    void checkPhase(const RuleContext &ctx, const PhaseInput &in, FindingSink &sink) const override;
};

} // namespace tranche
