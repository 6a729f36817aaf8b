#include "document/entrycommand.h"

#include "document/plandocument.h"

namespace tranche {

void PhaseList::insert(PlanDocument *doc, int at, const Phase &phase)
{
    doc->insertPhase(at, phase);
}

Phase PhaseList::take(PlanDocument *doc, int at)
{
    return doc->takePhase(at);
}

void PlacementList::insert(PlanDocument *doc, PlacementRef at, const Placement &placement)
{
    doc->insertPlacement(at, placement);
}

Placement PlacementList::take(PlanDocument *doc, PlacementRef at)
{
    return doc->takePlacement(at);
}

void RequiredActionList::insert(PlanDocument *doc, Place at, const RequiredAction &action)
{
    doc->insertRequiredAction(at.phase, at.index, action);
}

RequiredAction RequiredActionList::take(PlanDocument *doc, Place at)
{
    return doc->takeRequiredAction(at.phase, at.index);
}

} // namespace tranche
