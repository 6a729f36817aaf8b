#pragma once
// Checks a plan against the principles (PRINCIPLES.md) under a rule profile.
// Keeps per-phase results (the per-phase rules' findings and the summaries
// the plan-wide rules AFA-2, INT-1 and FIN-1 combine), so that after an edit
// only the phases that changed are rechecked; the result is always the same
// as a full check.
//
// Canonical order of findings:
//   1. findings that name no phase (FIN-1 without a final phase);
//   2. then phases in document order; within a phase, rules in the table
//      order of PRINCIPLES.md (AFA-1, AFA-2, INT-1, INT-2, INT-3, INT-4, INT-5,
//      ESC-1, FIN-1, FIN-2, TGT-1, FAT-1, LAW-1); within a rule the
//      phase-level finding first, then placements in document order; two
//      findings of one rule on one placement (ESC-1: share, then escrow terms)
//      in that order.
// Waived findings keep their place and carry waived = true.

#include "document/changeevent.h"
#include "model/finding.h"
#include "model/plan.h"
#include "rules/ruleprofile.h"

#include <QList>

#include <memory>

namespace tranche {

// Counts per severity of the findings that are not waived, and the waived ones.
struct FindingCounts
{
    int violations = 0;
    int warnings = 0;
    int infos = 0;
    int waived = 0;
    bool operator==(const FindingCounts &) const = default;
};
FindingCounts countFindings(const QList<Finding> &findings);

// Marks the findings a waiver matches (same rule, phase and item) as waived.
void applyWaivers(const QList<Waiver> &waivers, QList<Finding> &findings);
// The waivers that match no finding.
QList<Waiver> staleWaivers(const QList<Waiver> &waivers, const QList<Finding> &findings);
// The waiver matching a finding, or nullptr.
const Waiver *waiverFor(const QList<Waiver> &waivers, const Finding &finding);

class RuleEngine
{
public:
    explicit RuleEngine(RuleProfile profile = RuleProfile());
    ~RuleEngine();
    RuleEngine(const RuleEngine &) = delete;
    RuleEngine &operator=(const RuleEngine &) = delete;

    // A full check from nothing: findings in canonical order, waivers applied.
    static QList<Finding> check(const Plan &plan, const RuleProfile &profile = RuleProfile());

    const RuleProfile &profile() const;
    // Everything is rechecked on the next update().
    void setProfile(const RuleProfile &profile);
    void invalidate();

    // A hint that keeps cached phase results aligned with the plan's phases
    // after a structural edit (a phase inserted, removed or moved; other events
    // change nothing). Without it the result stays right: a phase that differs
    // from its cached copy is rechecked.
    void remapPhases(const ChangeEvent &event);

    // Rechecks the phases that differ from the cached ones, then the plan-wide
    // rules; returns every finding in canonical order, waivers applied.
    QList<Finding> update(const Plan &plan);
    // How many phases the last update() rechecked.
    int recheckedPhases() const;

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace tranche
