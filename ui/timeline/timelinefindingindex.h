#pragma once
// The non-waived findings of a plan indexed for painting the timeline: counts
// per phase and the worst severity per (phase, item). Kept up to date by the
// rows of the findings that changed (update()), so that an edit costs the
// findings of the phases it touched, not every finding of the plan.

#include "model/finding.h"
#include "model/plan.h"
#include "models/findingsdiff.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace tranche {

class TimelineFindingIndex
{
public:
    struct Counts
    {
        int violations = 0;
        int warnings = 0;
        int infos = 0;
        bool operator==(const Counts &) const = default;
    };
    // What one phase shows: the counts in its header and each relief bar's badge.
    struct PhaseBadges
    {
        Counts counts;
        QList<int> worst; // worstSeverity() of each of the first `reliefs` placements
        bool operator==(const PhaseBadges &) const = default;
    };

    void build(const Plan &plan, const QList<Finding> &findings);
    // True when the plan's phases are those the index was built for (same ids
    // in the same order): update() can then follow a change of the findings.
    bool builtFor(const Plan &plan) const;
    // The phases (indexes, ascending, no repeats) that the changed rows name.
    QList<int> phasesChanged(const QList<Finding> &before, const QList<Finding> &after,
                             const FindingsDiff &diff) const;
    // From the index of `before` to the index of `after`: only the changed rows.
    void update(const QList<Finding> &before, const QList<Finding> &after,
                const FindingsDiff &diff);

    Counts phaseCounts(int phase) const { return m_counts.value(phase); }
    // -1 when the placement of `item` in `phase` has no finding, else int(Severity).
    int worstSeverity(int phase, const QString &item) const;
    int phaseCount() const { return int(m_phaseIds.size()); }
    PhaseBadges badges(const Plan &plan, int phase, int reliefs) const;

private:
    using SeverityCounts = std::array<int, 3>; // by int(Severity)
    // Adds (sign 1) or removes (sign -1) a finding.
    void count(const Finding &f, int sign);

    QList<QString> m_phaseIds;        // the plan's phases when built
    QHash<QString, int> m_phaseIndex; // phase id -> index
    QHash<int, Counts> m_counts;
    QHash<int, QHash<QString, SeverityCounts>> m_items; // phase -> item -> findings per severity
};

} // namespace tranche
