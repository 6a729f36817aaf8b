#include "exercise/playedstate.h"

namespace tranche {

namespace {

// The played decisions' effect on the placements they name (hold, release, reimpose, extend).
void applyDecisions(const ExerciseLog &log, int openTurn, PlayedState &state)
{
    for (const Decision &d : log.decisions) {
        if (d.turn >= openTurn || !d.placement.isValid())
            continue;
        PlayedPlacement &p = state.placements[d.placement.phase][d.placement.relief];
        switch (d.type) {
        case DecisionType::Hold:
            p.held = true;
            break;
        case DecisionType::Release:
            p.held = false;
            break;
        case DecisionType::Reimpose:
            p.reimposed = true;
            break;
        case DecisionType::Extend:
            p.extendedBy += d.months;
            break;
        default:
            break;
        }
    }
}

// Starts, ends and the requirements' verified and failed months, from the events.
void applyEvents(const Plan &plan, const ExerciseRun &run, PlayedState &state)
{
    for (const ExerciseMonth &m : run.months) {
        for (const ExerciseEvent &e : m.events) {
            if (e.type == ExerciseEventType::Start || e.type == ExerciseEventType::End) {
                PlayedPlacement &p = state.placements[e.placement.phase][e.placement.relief];
                (e.type == ExerciseEventType::Start ? p.start : p.ended) = m.month;
            } else if (e.type == ExerciseEventType::Verified ||
                       e.type == ExerciseEventType::Failed) {
                const int action = plan.phases.at(e.phase).actionIndex(e.action);
                for (PlayedRequirement &r : state.requirements)
                    if (r.phase == e.phase && r.action == action) {
                        r.month = m.month;
                        r.status = e.type == ExerciseEventType::Verified
                                       ? PlayedRequirementStatus::Verified
                                       : PlayedRequirementStatus::Failed;
                    }
            }
        }
    }
}

bool endsByItself(const Plan &plan, const Placement &placement)
{
    const SanctionsItem *item = plan.catalog.item(placement.item);
    return placement.snapback && item && item->reversibility != Reversibility::Hard;
}

} // namespace

std::optional<int> PlayedPlacement::runEnd() const
{
    if (!plannedEnd)
        return std::nullopt;
    return (start >= 0 ? start : plannedStart) + (*plannedEnd - plannedStart) + extendedBy;
}

const PlayedPlacement *PlayedState::placement(PlacementRef ref) const
{
    if (ref.phase < 0 || ref.phase >= placements.size() || ref.relief < 0 ||
        ref.relief >= placements.at(ref.phase).size())
        return nullptr;
    return &placements.at(ref.phase).at(ref.relief);
}

PlayedState PlayedState::build(const Plan &plan, const ExerciseRun &run, const ExerciseLog &log)
{
    PlayedState state;
    state.clock = run.clock;
    for (int ph = 0; ph < plan.phases.size(); ++ph) {
        const Phase &phase = plan.phases.at(ph);
        QList<PlayedPlacement> row;
        for (const Placement &pl : phase.reliefs)
            row.append(PlayedPlacement{pl.start, pl.end});
        state.placements.append(row);
        for (int a = 0; a < phase.actions.size(); ++a)
            state.requirements.append(PlayedRequirement{ph, a, phase.actions.at(a).verifiedMonth});
    }
    applyDecisions(log, run.turn, state);
    applyEvents(plan, run, state);
    for (int ph = 0; ph < plan.phases.size(); ++ph) {
        for (int r = 0; r < plan.phases.at(ph).reliefs.size(); ++r) {
            PlayedPlacement &p = state.placements[ph][r];
            p.late = p.start >= 0 ? p.start > p.plannedStart : state.clock > p.plannedStart;
            const std::optional<int> end = p.runEnd();
            const bool early = p.ended >= 0 && end && p.ended < *end;
            if (early && !p.reimposed)
                (endsByItself(plan, plan.phases.at(ph).reliefs.at(r)) ? p.snappedBack
                                                                      : p.reimposed) = true;
        }
    }
    for (PlayedRequirement &r : state.requirements)
        if (r.status == PlayedRequirementStatus::Pending && r.plannedMonth < state.clock)
            r.status = PlayedRequirementStatus::Delayed;
    return state;
}

} // namespace tranche
