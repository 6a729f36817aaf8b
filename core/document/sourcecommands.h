#pragma once
// Undo commands on the plan's bibliography (plan.sources) and on a catalog
// item's "value not quantified" flag, built from the generic pieces
// (EntryCommand for adding and removing a source, EditFieldCommand for one
// field), and the checks the window runs before pushing them: a source id as
// the reader checks it, and the flag as the plan format allows it.

#include "document/editfieldcommand.h"
#include "document/entrycommand.h"
#include "io/problem.h"

#include <optional>

namespace tranche {

// The plan's sources as a list of entries (PlanDocument's mutators).
struct SourceList
{
    using Entry = Source;
    using Place = int; // index in plan.meta.sources
    static void insert(PlanDocument *doc, int at, const Source &source);
    static Source take(PlanDocument *doc, int at);
};

// Inserts `source` at `at` (-1: at the end) of the plan's sources.
class AddSourceCommand : public EntryCommand<SourceList>
{
public:
    AddSourceCommand(PlanDocument *doc, Source source, int at = -1, QUndoCommand *parent = nullptr);
};

class RemoveSourceCommand : public EntryCommand<SourceList>
{
public:
    RemoveSourceCommand(PlanDocument *doc, int index, QUndoCommand *parent = nullptr);
};

// value: QString for every field (a year is text).
using EditSourceFieldCommand = EditFieldCommand<SourceField, int>;

// The valueQuantified flag of catalog item `item` (index in the catalog).
class SetValueQuantifiedCommand : public EditFieldCommand<ItemField, int>
{
public:
    SetValueQuantifiedCommand(PlanDocument *doc, int item, bool quantified,
                              QUndoCommand *parent = nullptr)
        : EditFieldCommand(doc, item, ItemField::ValueQuantified, quantified, parent)
    {}
};

// What the plan reader would report against `sources` once the source at
// `index` (sources.size(): a new one at the end) has the id `id`, and not
// before: the first such problem (its pointer and exact reason), or none
// when the id is accepted. The reader's own check (validatePlan) decides.
std::optional<Problem> sourceIdRefusal(const QList<Source> &sources, int index, const QString &id);

// A new source with an id no source of `sources` has ("S1", "S2", ...).
Source newSource(const QList<Source> &sources);

// Why `item` may not take valueQuantified = `quantified`, or an empty text:
// an item without an estimate is valued 0 (the plan format), so one with a
// value cannot be marked "not quantified".
QString valueQuantifiedRefusal(const SanctionsItem &item, bool quantified);

} // namespace tranche
