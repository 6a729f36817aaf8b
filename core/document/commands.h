#pragma once
// Every user-visible edit of a plan is one QUndoCommand through PlanDocument;
// this header gathers them all, split by what they edit:
//   editfieldcommand.h  one field of a placement, phase, required action or the
//                       plan's metadata (merging, obsolete when nothing changes)
//   phasecommands.h     phases added, removed, moved, re-timed
//   placementcommands.h relief placements added, removed, moved, replaced
//   actioncommands.h    required actions added, removed
//   waivercommands.h    the plan's waivers
//   sourcecommands.h    the plan's sources; an item's "value not quantified" flag
// Text is translated in each constructor (context tranche::Commands); data
// changes only through PlanDocument's mutators.

#include "document/actioncommands.h"
#include "document/editfieldcommand.h"
#include "document/phasecommands.h"
#include "document/placementcommands.h"
#include "document/sourcecommands.h"
#include "document/waivercommands.h"
