#pragma once
// Typed change events: what a PlanDocument edit changed, so that the rules
// engine, timeline, findings and charts refresh only what changed.

#include <QMetaType>

namespace tranche {

struct ChangeEvent
{
    enum Kind {
        Reset,             // the whole plan was replaced (load, new)
        MetaChanged,       // plan metadata (title, profile, referenceValueUsd, ...)
        CatalogChanged,    // catalog items or actions
        PhaseInserted,     // phase at `phase` inserted
        PhaseRemoved,      // phase at `phase` removed
        PhaseMoved,        // phase moved from `phase` to `toPhase`
        PhaseChanged,      // a field of phase `phase` (name, kind, start, end)
        ActionsChanged,    // required actions of phase `phase`
        PlacementInserted, // placement `relief` of phase `phase` inserted
        PlacementRemoved,  // placement `relief` of phase `phase` removed
        PlacementChanged,  // a field of placement (`phase`, `relief`)
        WaiversChanged,
    };
    Kind kind = Reset;
    int phase = -1;
    int relief = -1;
    int toPhase = -1;
};

} // namespace tranche

Q_DECLARE_METATYPE(tranche::ChangeEvent)
