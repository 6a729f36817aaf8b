#pragma once
// The fast way of reading a JSON plan: a pull reader over the text straight
// into a Plan, with no QJsonDocument tree and no copy of the text. It accepts
// only a plan the full reader would accept as it is; at the first thing it
// does not (any syntax error, a value of the wrong type, a missing field, a
// limit, an escaped key...) it gives up, and readPlanJson() reads the
// document the full way, which reports every problem with its pointer.

#include "model/plan.h"

#include <QByteArray>

#include <optional>

namespace tranche {

// The plan json holds, or nothing when the full reader has to look at it.
// The plan is not yet checked by validatePlan().
std::optional<Plan> streamPlanJson(const QByteArray &json);

} // namespace tranche
