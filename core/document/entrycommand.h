#pragma once
// What the commands that add and remove one entry of the plan's lists (a
// phase, a relief placement, a phase's required action) share.

#include "model/plan.h"

#include <QUndoCommand>

#include <utility>

namespace tranche {

class PlanDocument;

// An entry at one place of one of the plan's lists, present on one side of the
// command and absent on the other: adding redoes what removing undoes. List
// names the Entry, its Place, and how the document inserts and takes one.
template <typename List> class EntryCommand : public QUndoCommand
{
public:
    using Entry = typename List::Entry;
    using Place = typename List::Place;
    void redo() override { m_adds ? insert() : take(); }
    void undo() override { m_adds ? take() : insert(); }

protected:
    EntryCommand(PlanDocument *doc, Place at, Entry entry, bool adds, const QString &text,
                 QUndoCommand *parent)
        : QUndoCommand(text, parent), m_at(at), m_doc(doc), m_entry(std::move(entry)), m_adds(adds)
    {}
    Place m_at;

private:
    void insert() { List::insert(m_doc, m_at, m_entry); }
    void take() { m_entry = List::take(m_doc, m_at); }
    PlanDocument *m_doc;
    Entry m_entry; // held while absent
    bool m_adds;
};

// The lists (PlanDocument's mutators, in document/entrycommand.cpp).
struct PhaseList
{
    using Entry = Phase;
    using Place = int; // index in the plan's phases
    static void insert(PlanDocument *doc, int at, const Phase &phase);
    static Phase take(PlanDocument *doc, int at);
};
struct PlacementList
{
    using Entry = Placement;
    using Place = PlacementRef;
    static void insert(PlanDocument *doc, PlacementRef at, const Placement &placement);
    static Placement take(PlanDocument *doc, PlacementRef at);
};
struct RequiredActionList
{
    using Entry = RequiredAction;
    struct Place
    {
        int phase = 0;
        int index = 0; // in the phase's required actions
    };
    static void insert(PlanDocument *doc, Place at, const RequiredAction &action);
    static RequiredAction take(PlanDocument *doc, Place at);
};

} // namespace tranche
