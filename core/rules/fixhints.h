#pragma once
// What would fix a finding: one sentence per rule id (PRINCIPLES.md), in one
// table, for the findings pane's detail and anything else that explains a finding.

#include <QString>

namespace tranche {

// The translated "how to fix" sentence of the rule; empty for an unknown id.
QString fixHint(const QString &ruleId);

} // namespace tranche
