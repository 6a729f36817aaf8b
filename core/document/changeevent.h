#pragma once
// Typed change events: what a PlanDocument edit changed (which object, which
// fields, which indices moved), so that the rules engine, timeline, findings
// and charts refresh only what changed. The index remapping after a
// structural edit (where a stored phase index or placement reference points
// afterwards) lives here, once, for every listener.

#include "model/plan.h"

#include <QList>
#include <QMetaType>

namespace tranche {

struct ChangeEvent
{
    enum Kind {
        Reset,             // the whole plan was replaced (load, new)
        MetaChanged,       // plan metadata (title, profile, referenceValueUsd, ...): `fields`
        CatalogChanged,    // catalog items or actions
        PhaseInserted,     // phase at `phase` inserted
        PhaseRemoved,      // phase at `phase` removed
        PhaseMoved,        // phase moved from `phase` to `toPhase`
        PhaseChanged,      // `fields` of phase `phase` (name, kind, start, end)
        ActionsChanged,    // required action `action` of phase `phase` inserted, removed or
                           // changed (`fields`)
        PlacementInserted, // placement `relief` of phase `phase` inserted
        PlacementRemoved,  // placement `relief` of phase `phase` removed
        PlacementChanged,  // `fields` of placement (`phase`, `relief`)
        WaiversChanged,
    };
    // Bit i set: field i of the edited object's field enum (MetaField, PhaseField,
    // ActionField, PlacementField in document/editfieldcommand.h) changed.
    using Fields = quint32;
    static constexpr Fields AllFields = ~Fields(0);
    template <typename FieldEnum> static constexpr Fields fieldBit(FieldEnum field)
    {
        return Fields(1) << unsigned(field);
    }

    Kind kind = Reset;
    int phase = -1;
    int relief = -1;
    int toPhase = -1;
    int action = -1;
    Fields fields = AllFields;

    // Whether `field` may have changed (always true for kinds without fields).
    template <typename FieldEnum> bool touches(FieldEnum field) const
    {
        return (fields & fieldBit(field)) != 0;
    }

    // Where phase `p` is after this event: -1 when it was removed (or the plan reset).
    int phaseAfter(int p) const;
    // Where placement `ref` is after this event: an invalid ref when it was removed.
    PlacementRef placementAfter(PlacementRef ref) const;
    // Remaps every ref; refs to what was removed are dropped.
    void remap(QList<PlacementRef> &refs) const;
    // How many phases this event adds (+1), removes (-1) or neither (0).
    int phaseCountDelta() const;
    // A list kept per phase (one entry per phase, in order), rearranged like the
    // phases: an inserted phase gets a default-constructed entry. Other kinds leave it.
    template <typename T> void remapPerPhase(QList<T> &perPhase) const
    {
        if (kind != PhaseInserted && kind != PhaseRemoved && kind != PhaseMoved)
            return;
        QList<T> out(perPhase.size() + phaseCountDelta());
        for (int i = 0; i < perPhase.size(); ++i) {
            const int to = phaseAfter(i);
            if (to >= 0 && to < out.size())
                out[to] = std::move(perPhase[i]);
        }
        perPhase = std::move(out);
    }
};

} // namespace tranche

Q_DECLARE_METATYPE(tranche::ChangeEvent)
