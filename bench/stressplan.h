#pragma once
// The deterministic stress plan of the benchmarks: 60 phases, 500 items,
// 5,000 placements, 300 actions, from a seeded generator (the same plan on
// every machine and every run).

#include "model/plan.h"

#include <QString>

namespace tranche {

struct StressPlanSize
{
    int phases = 60;
    int items = 500;
    int placements = 5000; // spread evenly over the phases
    int actions = 300;     // catalog actions; each phase requires actions/phases of them
    int brokenPercent = 5; // share of placements given one defect a rule finds
};

inline constexpr quint32 kStressSeed = 20261127;

// Shaped like the bundled DPRK plan, scaled up: phases follow each other
// (every 3 months, 6 months long; the first 3/4 interim, the rest final and
// fully gated); interim placements are small, escrowed, snapback relief of
// reversible items of at most six months starting after the phase's first
// verification; final placements start after full verification. Then
// brokenPercent of the placements get one defect (too long, open-ended, no
// snapback, under-escrowed, too early, a hard or lasting or retained item).
// Item flags, values and authorities vary like a real catalog's.
Plan makeStressPlan(const StressPlanSize &size = {}, quint32 seed = kStressSeed);

// Writes the stress plan as a JSON plan file (PLAN-FORMAT.md); empty on success.
QString writeStressPlan(const QString &path, const StressPlanSize &size = {},
                        quint32 seed = kStressSeed);

} // namespace tranche
