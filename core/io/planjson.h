#pragma once
// JSON interchange of plans (PLAN-FORMAT.md, format version 1): strict reading
// of untrusted input reporting every problem at once with its JSON pointer,
// and deterministic writing (json -> tranche -> json is byte-identical).

#include "io/planlimits.h"
#include "io/validation.h"
#include "model/plan.h"

#include <QByteArray>
#include <QList>

namespace tranche {

struct PlanReadResult
{
    std::optional<Plan> plan; // set only when problems is empty
    QList<Problem> problems;
    bool ok() const { return plan.has_value() && problems.isEmpty(); }
};

// Reads a plan: as a stream (streamPlanJson()) when the document is a valid
// plan, else through readPlanJsonFull(), which reports every problem.
PlanReadResult readPlanJson(const QByteArray &json);
// The reader through a QJsonDocument tree: the same result, slower, with every
// problem of a document that is not a valid plan, each with its pointer. When
// every field was read and only the format's rules between them are broken
// (validatePlan(): references, duplicates, ranges), `invalid` (when given)
// receives the plan as read, for a repair.
PlanReadResult readPlanJsonFull(const QByteArray &json, std::optional<Plan> *invalid = nullptr);
QByteArray writePlanJson(const Plan &plan);

// File helpers: read refuses files over kMaxPlanJsonBytes with a problem at "".
inline constexpr qint64 kMaxPlanJsonBytes = planLimit(PlanLimit::JsonFileBytes);
// `invalid` as for readPlanJsonFull().
PlanReadResult readPlanJsonFile(const QString &path, std::optional<Plan> *invalid = nullptr);

} // namespace tranche
