#include "document/changeevent.h"

namespace tranche {

int ChangeEvent::phaseAfter(int p) const
{
    if (p < 0)
        return -1;
    switch (kind) {
    case Reset:
        return -1;
    case PhaseInserted:
        return p >= phase ? p + 1 : p;
    case PhaseRemoved:
        return p == phase ? -1 : (p > phase ? p - 1 : p);
    case PhaseMoved:
        if (p == phase)
            return toPhase;
        if (phase < toPhase && p > phase && p <= toPhase)
            return p - 1;
        if (phase > toPhase && p >= toPhase && p < phase)
            return p + 1;
        return p;
    default:
        return p;
    }
}

PlacementRef ChangeEvent::placementAfter(PlacementRef ref) const
{
    if (!ref.isValid())
        return {};
    switch (kind) {
    case Reset:
        return {};
    case PhaseInserted:
    case PhaseRemoved:
    case PhaseMoved: {
        const int p = phaseAfter(ref.phase);
        return p < 0 ? PlacementRef{} : PlacementRef{p, ref.relief};
    }
    case PlacementInserted:
        if (ref.phase == phase && ref.relief >= relief)
            ++ref.relief;
        return ref;
    case PlacementRemoved:
        if (ref.phase == phase && ref.relief == relief)
            return {};
        if (ref.phase == phase && ref.relief > relief)
            --ref.relief;
        return ref;
    default:
        return ref;
    }
}

void ChangeEvent::remap(QList<PlacementRef> &refs) const
{
    for (PlacementRef &r : refs)
        r = placementAfter(r);
    refs.removeIf([](PlacementRef r) { return !r.isValid(); });
}

int ChangeEvent::phaseCountDelta() const
{
    return kind == PhaseInserted ? 1 : (kind == PhaseRemoved ? -1 : 0);
}

} // namespace tranche
