#pragma once
// The part of an exercise engine's state that never changes in play, shared
// by all copies of the engine (private to the engine's sources).

#include "exercise/exerciseengine.h"

#include <QHash>

namespace tranche {

// What never changes in play: the plan's requirements and placements resolved.
struct ExerciseEngine::Static
{
    struct Req
    {
        int phase = 0;
        QString action;
        int planned = 0;
    };
    struct Place
    {
        int phase = 0;
        int relief = 0;
        double monthly = 0;
        double escrowShare = 0;
        bool snapback = false; // snapback and item not hard
        Authority authority = Authority::Other;
        int plannedStart = 0;
        QList<int> gate; // requirements of its phase planned by its start
    };
    std::vector<Req> reqs;
    std::vector<Place> places;
    QHash<QString, QList<int>> reqsByAction;
    QList<int> finalReqs;
    QList<int> firstPlace; // by phase: the index of its first placement
};

} // namespace tranche
