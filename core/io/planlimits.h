#pragma once
// The limits on what a plan may hold, one table for every reader (JSON and
// .tranche): far above any real plan, so that a broken or hostile file is
// refused at once, with a message naming the limit, instead of stalling the
// program. docs/plan-format.md lists them under "Limits".

#include "io/problem.h"

#include <QList>
#include <QString>

#include <optional>

namespace tranche {

struct Plan;

// What a limit bounds.
enum class PlanLimit {
    JsonFileBytes,   // size of a JSON plan file
    Phases,          // phases of a plan
    Items,           // catalog items
    Actions,         // catalog actions
    Placements,      // relief placements, all phases together
    RequiredActions, // required actions, all phases together
    Waivers,         // waivers
    Sources,         // entries of plan.sources
    StringLength,    // characters of any one string (title, id, note, ...)
    Depth,           // nesting of arrays and objects in a JSON plan
    Problems,        // problems reported for one file (then "and N more")
};

// The largest value allowed: the one table of limits (docs/plan-format.md,
// "Limits"). The stress plan of the benchmarks (60 phases, 500 items, 5,000
// placements, 300 actions) and its 8x version stay far below every one.
constexpr qint64 planLimit(PlanLimit limit)
{
    switch (limit) {
    case PlanLimit::JsonFileBytes:
        return 64 * 1024 * 1024;
    case PlanLimit::Phases:
        return 10'000;
    case PlanLimit::Items:
    case PlanLimit::Actions:
    case PlanLimit::Waivers:
    case PlanLimit::Sources:
        return 100'000;
    case PlanLimit::Placements:
    case PlanLimit::RequiredActions:
        return 1'000'000;
    case PlanLimit::StringLength:
        return 65'536;
    case PlanLimit::Depth:
    case PlanLimit::Problems:
        return 1'000;
    }
    return 0;
}

// The problem to report at pointer when count goes over limit; the reason
// names the limit, e.g. "more than 1000000 placements (the limit)".
Problem limitProblem(PlanLimit limit, const QString &pointer);

// limitProblem() when count is over the limit, else nothing.
std::optional<Problem> checkLimit(PlanLimit limit, qint64 count, const QString &pointer);

// Every count and string length of a plan already read (the .tranche reader
// checks a plan this way; the JSON reader checks as it reads).
QList<Problem> checkPlanLimits(const Plan &plan);

// Keeps the first planLimit(Problems) problems and adds one "and N more"
// problem (pointer "") for the rest and the unlisted ones found besides.
void capProblems(QList<Problem> &problems, qsizetype unlisted = 0);

} // namespace tranche
