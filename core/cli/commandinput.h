#pragma once
// What a headless command reads: the plan file, and the rule profile for the
// commands that apply one, with every problem written on the error stream as
// the command-line contract says ("FILE: /json/pointer: reason").

#include "model/plan.h"
#include "rules/ruleprofile.h"

#include <QString>
#include <QTextStream>

#include <optional>

namespace tranche {

// The rule profile a command that applies one (check, export) uses: the one
// named by the option (when not empty), else plan.profile. An unknown name
// is bad input: the reason goes on err as "FILE: /plan/profile: reason", or
// "tranche COMMAND: --profile: reason" for the option, and nothing is returned.
// (flow and convert do not apply a profile and keep plan.profile as it is.)
std::optional<RuleProfile> profileForCommand(const QString &command, const QString &file,
                                             const Plan &plan, const QString &option,
                                             QTextStream &err);

// openPlan(file) for a command: the plan, or nothing after writing every
// problem on err as "FILE: /pointer: reason" lines (made terminal-safe).
std::optional<Plan> openPlanReporting(const QString &file, QTextStream &err);

} // namespace tranche
