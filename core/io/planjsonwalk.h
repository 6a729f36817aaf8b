#pragma once
// The first half of reading a JSON plan: checks the JSON types of every field
// (required fields, strings, numbers, booleans, enums, whole months, dates)
// and fills a Plan; the structural checks then run in validatePlan().

#include "io/validation.h"
#include "model/plan.h"

#include <QJsonObject>
#include <QList>

namespace tranche {

inline constexpr int kPlanJsonFormatVersion = 1;

// What walkPlanJson() found besides the plan.
struct PlanJsonWalk
{
    QList<Problem> problems;
    bool readable = true;      // format and version allow reading the rest
    bool itemsUsable = true;   // catalog.items was read (references can be checked)
    bool actionsUsable = true; // catalog.actions was read
    qsizetype unlisted = 0;    // problems found beyond the planLimit(Problems) in the list
};

// Reads root into plan, leaving the default of every field whose JSON is
// wrong, and reports each such field. Keeps unknown fields in the extras.
// A list longer than its limit (planlimits.h) is refused before anything is read.
PlanJsonWalk walkPlanJson(const QJsonObject &root, Plan &plan);

} // namespace tranche
