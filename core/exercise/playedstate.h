#pragma once
// The plan as played so far, placement by placement and requirement by
// requirement, for drawing on the timeline: actual starts and ends, late
// starts, holds, snapbacks, re-impositions and extensions, requirements
// verified, delayed or failed, and the clock. Read from a run's events and the
// log's played decisions (a pure function of the plan, the run and the log).

#include "exercise/exerciserun.h"

#include <QList>

#include <optional>

namespace tranche {

struct PlayedPlacement
{
    int plannedStart = 0;
    std::optional<int> plannedEnd; // exclusive; none: open-ended
    int start = -1;                // the month it started; -1: not (yet)
    int ended = -1;                // the month it was ended (its end event); -1: not
    bool late = false;             // started after its planned start, or still waiting past it
    bool held = false;             // a played hold not yet released
    bool snappedBack = false;      // ended early by a breach (it ends by itself)
    bool reimposed = false;        // ended early by a reimpose or the negotiators' walk-away
    int extendedBy = 0;            // months added by played extend decisions
    // The month its run as it stands ends (exclusive): from its actual (else
    // planned) start, its planned length plus extensions; none when open-ended.
    std::optional<int> runEnd() const;
};

enum class PlayedRequirementStatus { Pending, Verified, Delayed, Failed };

struct PlayedRequirement
{
    int phase = 0;
    int action = 0; // index in the phase's actions
    int plannedMonth = 0;
    int month = -1; // verified or failed in; -1: neither
    PlayedRequirementStatus status = PlayedRequirementStatus::Pending;
};

struct PlayedState
{
    int clock = 0;                            // the next month to play
    QList<QList<PlayedPlacement>> placements; // [phase][relief]
    QList<PlayedRequirement> requirements;    // in phase, then action order

    const PlayedPlacement *placement(PlacementRef ref) const;

    // Decisions count once their turn was played (the open turn's have not applied yet).
    static PlayedState build(const Plan &plan, const ExerciseRun &run, const ExerciseLog &log);
};

} // namespace tranche
