#pragma once
// Checks every invariant of a plan (ids, ranges, months, references) and
// returns all problems at once, each addressed by a JSON pointer.

#include "io/problem.h"
#include "model/plan.h"

#include <QList>
#include <QString>

#include <functional>

namespace tranche {

// The largest month (start, end, verifiedMonth) a plan may use: 100 years.
// PLAN-FORMAT.md sets no bound; this one keeps the value-flow horizon finite.
inline constexpr int kMaxPlanMonth = 1200;

// True when id matches [a-z0-9._-]+ (item, action and phase ids).
bool isValidId(const QString &id);

// True when id matches [A-Za-z0-9._-]+ (the ids of plan.sources).
bool isValidSourceId(const QString &id);

// One reference token of a JSON pointer (RFC 6901): "~" -> "~0", "/" -> "~1".
QString jsonPointerToken(const QString &key);

// Every invariant of PLAN-FORMAT.md that a parsed Plan can still break.
QList<Problem> validatePlan(const Plan &plan);

// The same, keeping only the problems keep() accepts: the first max of them
// are listed, the others counted in *unlisted (a plan of a million broken
// placements costs no more than the list shown).
QList<Problem> validatePlan(const Plan &plan, const std::function<bool(const Problem &)> &keep,
                            qsizetype max, qsizetype *unlisted);

} // namespace tranche
