#pragma once
// The value flow of PRINCIPLES.md: per month released, released cumulative,
// escrow balance, payout and exposure; the inducement ratio; per-phase totals;
// and the walk-away what-if.

#include "model/plan.h"

#include <QList>

#include <optional>

namespace tranche {

struct FlowMonth
{
    int month = 0;
    double released = 0; // released parts + payout
    double releasedCumulative = 0;
    double escrowed = 0;      // escrowed parts of this month (before payout)
    double escrowBalance = 0; // at the end of the month
    double payout = 0;        // escrow paid out this month (only at P)
    double exposure = 0;
};

struct PhaseFlow
{
    QString phase;
    double annualRelief = 0; // sum of annual relief of the phase's placements
    double released = 0;     // total released parts over the horizon (before payout)
    double escrowed = 0;     // total escrowed parts over the horizon
};

struct ValueFlow
{
    int horizon = 0;
    std::optional<int> payoutMonth;
    QList<FlowMonth> months;
    QList<PhaseFlow> phases;
    std::optional<double> inducementRatio;
};

ValueFlow computeValueFlow(const Plan &plan);

// The counterpart walks away at the end of month m.
struct WalkAway
{
    int month = 0;
    double kept = 0;          // exposure(m): what it keeps
    double escrowFrozen = 0;  // escrowBalance(m)
    double keepsFlowing = 0;  // the future relief of non-self-ending placements counted in exposure
    double releasedSoFar = 0; // releasedCumulative(m)
};
WalkAway walkAwayAt(const Plan &plan, const ValueFlow &flow, int month);

} // namespace tranche
