#pragma once
// Repair of a plan file that is refused only for problems a user can let go of:
// a dangling reference (a placement of an item, or a required action, or an
// item's variantOf, that the catalog does not have), an action a phase requires
// twice, and waivers that name no rule, have no justification or name a phase or
// item the plan does not have. Each problem is listed with the phase or item it
// is in (names and ids) and what the repair does; nothing is dropped that is not
// listed. The file itself is never written here.

#include "io/problem.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tranche {

// One problem and the drop that puts it right.
struct RepairStep
{
    enum class Kind { DropPlacement, DropRequiredAction, DropVariantOf, DropWaiver };
    Kind kind = Kind::DropPlacement;
    int phase = -1; // DropPlacement, DropRequiredAction: the phase's index
    int index = -1; // the placement's, required action's, item's or waiver's index
    Problem problem;
    QString where;  // translated: the phase, item or waiver by name and id
    QString action; // translated: what the repair does

    // "POINTER: WHERE: REASON. ACTION." on one line.
    QString text() const;
};

// What a repair of one plan would do.
struct RepairOffer
{
    std::optional<Plan> plan;    // the plan as read, with its problems; unset when unreadable
    QList<RepairStep> steps;     // one per repairable problem, in document order
    QList<Problem> unrepairable; // problems no drop puts right, or why the file was not read
    // A repair is offered when the plan was read, has something to repair and
    // nothing else wrong.
    bool repairable() const { return plan && !steps.isEmpty() && unrepairable.isEmpty(); }
};

class PlanRepair
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepair)
public:
    // The repairs of `plan` (its validatePlan() problems and dangling waivers).
    static RepairOffer find(const Plan &plan);
    // Reads the file at `path` (.json or .tranche) keeping a plan that breaks only
    // the format's rules, and finds its repairs. Never writes the file.
    static RepairOffer read(const QString &path);
    // `plan` with every drop of `steps` done.
    static Plan apply(const Plan &plan, const QList<RepairStep> &steps);
};

} // namespace tranche
