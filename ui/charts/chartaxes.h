#pragma once
// The axes of the value-flow charts: money axes with round steps and month
// axes with a label every few months, both as category axes whose labels end
// at their values. Each setter changes the axis only when its labels or range
// differ, since new labels make Qt Charts measure every axis text again.

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
QT_END_NAMESPACE

namespace tranche {

struct Plan;

// Money axis: range 0..a round top above `maxValue`, labels "$0", "$200M", ...
// True when the axis changed.
bool setMoneyAxis(QCategoryAxis *axis, double maxValue);
// Month axis: range -0.5..horizon-0.5, a label every few months (at most
// about maxLabels), with the calendar month when the plan has a start. True
// when the axis changed.
bool setMonthAxis(QCategoryAxis *axis, const Plan &plan, int horizon, int maxLabels = 12);

} // namespace tranche
