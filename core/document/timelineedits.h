#pragma once
// The timeline's edit gestures (drops, drags, keyboard commands) as undo
// commands on a PlanDocument: each checks first and then pushes exactly one
// undo step (a macro when a gesture has several parts), or changes nothing and
// returns the reason it was refused. The checks are public so that a view's
// feedback while dragging asks the very function the edit itself asks. No
// widgets: testable on its own. Every month an edit produces stays within the
// format's 0..kMaxPlanMonth.

#include "model/plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tranche {

class PlanDocument;

// A gesture's check: allowed (no reason), or refused with the translated reason.
struct EditCheck
{
    QString reason;
    bool unchanged = false; // refused only because it would change nothing
    bool allowed() const { return reason.isEmpty(); }
};

class TimelineEdits
{
    Q_DECLARE_TR_FUNCTIONS(TimelineEdits)
public:
    // The placement a drop of `item` on phase `phase` creates: start = the later of
    // the phase start and the earliest verifiedMonth of the phase's actions; end =
    // the phase end (or the start, when that is later); extent 1. In a final phase
    // that is all (no escrow, no snapback). In an interim phase it sets no term that
    // breaks a rule the item does not force: snapback on (INT-4), end no later than
    // start + `interimLimit` months (INT-3's maxMonths), and an escrowable item is
    // escrowed whole (ESC-1) with the escrow agent and permitted uses of the plan's
    // last escrowed placement (left empty when there is none, so that ESC-1 names them).
    static Placement defaultPlacement(const Plan &plan, int phase, const QString &itemId,
                                      int interimLimit);
    // The same with the limit of the plan's own profile.
    static Placement defaultPlacement(const Plan &plan, int phase, const QString &itemId);
    // INT-3's maxMonths in the profile the plan names ("strict" when it is unknown).
    static int interimMonthLimit(const Plan &plan);
    // The last placement in document order with an escrowShare above 0, or nullptr.
    static const Placement *lastEscrowedPlacement(const Plan &plan);

    // --- Checks: an empty string (or allowed()) when the edit may be done, else why not. ---
    static QString checkPlaceItems(const Plan &plan, int phase, const QStringList &itemIds);
    static QString checkRequireActions(const Plan &plan, int phase, const QStringList &actionIds,
                                       int verifiedMonth);
    // Placements `refs` moved to phase `toPhase`, shifted by `monthShift` months (a drag
    // of bars: its feedback, its drop, Alt+Left/Right). Moving nothing anywhere is
    // refused as `unchanged`.
    static EditCheck checkMovePlacements(const Plan &plan, const QList<PlacementRef> &refs,
                                         int toPhase, int monthShift);
    // Each of `refs` exists and, shifted by `delta` months, stays within the months.
    static QString checkShiftPlacements(const Plan &plan, const QList<PlacementRef> &refs,
                                        int delta);
    static QString checkPlacementMonths(int start, std::optional<int> end);
    static QString checkPhaseMonths(int start, int end);
    static QString checkVerifiedMonth(int month);

    // --- Edits: each returns an empty string when it pushed its one undo step, else the
    // translated reason it was refused (and the plan is unchanged). ---
    // `placed` receives where the new placements are.
    static QString placeItems(PlanDocument *doc, int phase, const QStringList &itemIds,
                              QList<PlacementRef> *placed = nullptr);
    static QString requireActions(PlanDocument *doc, int phase, const QStringList &actionIds,
                                  int verifiedMonth);
    // Moves placements to phase `toPhase`, shifting their months by `monthShift`;
    // placements already in `toPhase` are only shifted. `moved` receives where they are now.
    static QString movePlacements(PlanDocument *doc, QList<PlacementRef> refs, int toPhase,
                                  int monthShift, QList<PlacementRef> *moved = nullptr);
    // Shift start and end by `delta` months.
    static QString shiftPlacements(PlanDocument *doc, const QList<PlacementRef> &refs, int delta);
    // Move the end by `delta` months (lengthen > 0, shorten < 0).
    static QString resizePlacements(PlanDocument *doc, const QList<PlacementRef> &refs, int delta);
    static QString setPlacementMonths(PlanDocument *doc, PlacementRef ref, int start,
                                      std::optional<int> end);
    static QString resizePhase(PlanDocument *doc, int phase, int start, int end);
    static QString setVerifiedMonth(PlanDocument *doc, int phase, int action, int month);
    static QString renamePhase(PlanDocument *doc, int phase, const QString &name);
    // Adds an interim phase after `after` (-1: at the end); `inserted` gets its index.
    static QString addPhase(PlanDocument *doc, int after, int *inserted = nullptr);
    // Removes the placements; with none, the action `action` of `phase`; else the phase.
    static QString removeSelection(PlanDocument *doc, QList<PlacementRef> refs, int phase,
                                   int action);

    // The kPlacements drag payload: {"placements":[{"phase":"p2","relief":0}, ...]}.
    static QByteArray placementsPayload(const Plan &plan, const QList<PlacementRef> &refs);
    static QList<PlacementRef> placementsFromPayload(const Plan &plan, const QByteArray &payload);
};

} // namespace tranche
