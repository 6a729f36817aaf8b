#include "document/timelineedits.h"

#include "document/commands.h"
#include "document/plandocument.h"
#include "io/validation.h"
#include "rules/ruleprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// Runs `pushAll` as one undo step: a macro when it pushes more than one command.
template <typename F>
void oneStep(PlanDocument *doc, const QString &text, qsizetype count, F pushAll)
{
    QUndoStack *stack = doc->undoStack();
    if (count > 1)
        stack->beginMacro(text);
    pushAll(stack);
    if (count > 1)
        stack->endMacro();
}

// Descending (phase, relief): removing or moving in this order keeps the others' indices.
void sortDescending(QList<PlacementRef> &refs)
{
    std::sort(refs.begin(), refs.end(), [](PlacementRef a, PlacementRef b) {
        return a.phase != b.phase ? a.phase > b.phase : a.relief > b.relief;
    });
    refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
}

// Placement `ref` of the document with its end moved by `endDelta` and its start by
// `startDelta`, pushed as one SetPlacementCommand titled `text`.
void pushMonths(QUndoStack *stack, PlanDocument *doc, PlacementRef ref, int startDelta,
                int endDelta, const QString &text)
{
    Placement pl = *placementAt(doc->plan(), ref);
    pl.start += startDelta;
    if (pl.end)
        *pl.end += endDelta;
    stack->push(new SetPlacementCommand(doc, ref, pl, text));
}

} // namespace

int TimelineEdits::interimMonthLimit(const Plan &plan)
{
    const ProfileResult found = findRuleProfile(plan.meta.profile);
    const RuleProfile profile = found.ok() ? *found.profile : RuleProfile();
    return int(profile.threshold(u"INT-3"_s, u"maxMonths"_s));
}

const Placement *TimelineEdits::lastEscrowedPlacement(const Plan &plan)
{
    for (auto ph = plan.phases.crbegin(); ph != plan.phases.crend(); ++ph) {
        for (auto pl = ph->reliefs.crbegin(); pl != ph->reliefs.crend(); ++pl) {
            if (pl->escrowShare > 0)
                return &*pl;
        }
    }
    return nullptr;
}

Placement TimelineEdits::defaultPlacement(const Plan &plan, int phase, const QString &itemId)
{
    return defaultPlacement(plan, phase, itemId, interimMonthLimit(plan));
}

Placement TimelineEdits::defaultPlacement(const Plan &plan, int phase, const QString &itemId,
                                          int interimLimit)
{
    const Phase &ph = plan.phases.at(phase);
    Placement pl;
    pl.item = itemId;
    pl.extent = 1.0;
    pl.start = ph.start;
    if (!ph.actions.isEmpty()) {
        int earliest = ph.actions.constFirst().verifiedMonth;
        for (const RequiredAction &ra : ph.actions)
            earliest = std::min(earliest, ra.verifiedMonth);
        pl.start = std::max(ph.start, earliest);
    }
    pl.end = std::max(ph.end, pl.start);
    if (ph.kind != PhaseKind::Interim)
        return pl;
    // Interim relief ends by itself (INT-4) within INT-3's limit, and the escrowable
    // part is escrowed whole (ESC-1) on the terms of the plan's last escrow.
    pl.snapback = true;
    pl.end = std::min(*pl.end, std::min(pl.start + std::max(interimLimit, 0), kMaxPlanMonth));
    const SanctionsItem *item = plan.catalog.item(itemId);
    if (item && item->escrowable) {
        pl.escrowShare = 1.0;
        if (const Placement *terms = lastEscrowedPlacement(plan)) {
            pl.escrowAgent = terms->escrowAgent;
            pl.permittedUses = terms->permittedUses;
        }
    }
    return pl;
}

// --- Checks ---------------------------------------------------------------------

QString TimelineEdits::checkPlacementMonths(int start, std::optional<int> end)
{
    if (start < 0)
        return tr("Relief cannot start before month 0.");
    if (end && *end < start)
        return tr("Relief cannot end before it starts.");
    if (end.value_or(start) > kMaxPlanMonth)
        return tr("Relief cannot go past month %1.").arg(kMaxPlanMonth);
    return {};
}

QString TimelineEdits::checkPhaseMonths(int start, int end)
{
    if (start < 0)
        return tr("A phase cannot start before month 0.");
    if (end < start)
        return tr("A phase cannot end before it starts.");
    if (end > kMaxPlanMonth)
        return tr("A phase cannot go past month %1.").arg(kMaxPlanMonth);
    return {};
}

QString TimelineEdits::checkVerifiedMonth(int month)
{
    if (month < 0)
        return tr("A verification month cannot be before month 0.");
    if (month > kMaxPlanMonth)
        return tr("A verification month cannot be after month %1.").arg(kMaxPlanMonth);
    return {};
}

QString TimelineEdits::checkPlaceItems(const Plan &plan, int phase, const QStringList &itemIds)
{
    if (phase < 0 || phase >= plan.phases.size())
        return tr("Drop sanctions items on a phase's relief lane.");
    if (itemIds.isEmpty())
        return tr("The drag carries no sanctions item.");
    for (const QString &id : itemIds) {
        if (!plan.catalog.item(id))
            return tr("Unknown sanctions item \u201c%1\u201d: it is not in this plan's catalog.")
                .arg(id);
    }
    return {};
}

QString TimelineEdits::checkRequireActions(const Plan &plan, int phase,
                                           const QStringList &actionIds, int verifiedMonth)
{
    if (phase < 0 || phase >= plan.phases.size())
        return tr("Drop counterpart actions on a phase's action lane.");
    if (actionIds.isEmpty())
        return tr("The drag carries no counterpart action.");
    const Phase &ph = plan.phases.at(phase);
    QSet<QString> seen;
    for (const QString &id : actionIds) {
        const CounterpartAction *a = plan.catalog.action(id);
        if (!a)
            return tr("Unknown counterpart action \u201c%1\u201d: it is not in this plan's "
                      "catalog.")
                .arg(id);
        if (ph.actionIndex(id) >= 0 || seen.contains(id))
            return tr("Phase \u201c%1\u201d already requires \u201c%2\u201d.")
                .arg(nameOrId(ph), nameOrId(*a));
        seen.insert(id);
    }
    return checkVerifiedMonth(verifiedMonth);
}

QString TimelineEdits::checkShiftPlacements(const Plan &plan, const QList<PlacementRef> &refs,
                                            int delta)
{
    if (refs.isEmpty())
        return tr("Select a relief placement first.");
    for (PlacementRef ref : refs) {
        const Placement *pl = placementAt(plan, ref);
        if (!pl)
            return tr("The relief placement no longer exists.");
        const QString refusal =
            checkPlacementMonths(pl->start + delta, pl->end ? *pl->end + delta : pl->end);
        if (!refusal.isEmpty())
            return refusal;
    }
    return {};
}

EditCheck TimelineEdits::checkMovePlacements(const Plan &plan, const QList<PlacementRef> &refs,
                                             int toPhase, int monthShift)
{
    if (toPhase < 0 || toPhase >= plan.phases.size())
        return {tr("There is no phase to move the relief to.")};
    const QString refusal = checkShiftPlacements(plan, refs, monthShift);
    if (!refusal.isEmpty())
        return {refusal};
    const bool changes = monthShift != 0 || std::any_of(refs.cbegin(), refs.cend(),
                                                        [&](auto r) { return r.phase != toPhase; });
    if (!changes)
        return {tr("The relief is already there."), true};
    return {};
}

// --- Edits ----------------------------------------------------------------------

QString TimelineEdits::placeItems(PlanDocument *doc, int phase, const QStringList &itemIds,
                                  QList<PlacementRef> *placed)
{
    const QString refusal = checkPlaceItems(doc->plan(), phase, itemIds);
    if (!refusal.isEmpty())
        return refusal;
    QList<PlacementRef> result;
    const int limit = interimMonthLimit(doc->plan());
    oneStep(doc, tr("Place %n Relief(s)", nullptr, int(itemIds.size())), itemIds.size(),
            [&](QUndoStack *stack) {
                for (const QString &id : itemIds) {
                    auto *cmd = new AddPlacementCommand(
                        doc, {phase, -1}, defaultPlacement(doc->plan(), phase, id, limit));
                    result.append(cmd->destination());
                    stack->push(cmd);
                }
            });
    if (placed)
        *placed = result;
    return {};
}

QString TimelineEdits::requireActions(PlanDocument *doc, int phase, const QStringList &actionIds,
                                      int verifiedMonth)
{
    const QString refusal = checkRequireActions(doc->plan(), phase, actionIds, verifiedMonth);
    if (!refusal.isEmpty())
        return refusal;
    oneStep(doc, tr("Require %n Action(s)", nullptr, int(actionIds.size())), actionIds.size(),
            [&](QUndoStack *stack) {
                for (const QString &id : actionIds)
                    stack->push(new AddRequiredActionCommand(doc, phase, {id, verifiedMonth, {}}));
            });
    return {};
}

QString TimelineEdits::movePlacements(PlanDocument *doc, QList<PlacementRef> refs, int toPhase,
                                      int monthShift, QList<PlacementRef> *moved)
{
    sortDescending(refs);
    const EditCheck check = checkMovePlacements(doc->plan(), refs, toPhase, monthShift);
    if (!check.allowed())
        return check.reason;

    QList<PlacementRef> result;
    oneStep(doc, tr("Move %n Relief(s)", nullptr, int(refs.size())), refs.size(),
            [&](QUndoStack *stack) {
                // Those already in the target phase are only shifted; no index changes.
                for (PlacementRef ref : std::as_const(refs)) {
                    if (ref.phase == toPhase && monthShift != 0)
                        pushMonths(stack, doc, ref, monthShift, monthShift, tr("Shift Relief"));
                }
                for (PlacementRef ref : std::as_const(refs)) {
                    if (ref.phase == toPhase)
                        continue;
                    auto *cmd = new MovePlacementCommand(doc, ref, toPhase, monthShift);
                    result.append(cmd->destination());
                    stack->push(cmd);
                }
            });
    // Placements of the target phase that were removed before them do not exist:
    // only moves out of other phases happen, so those indices are unchanged.
    for (PlacementRef ref : std::as_const(refs)) {
        if (ref.phase == toPhase)
            result.prepend(ref);
    }
    if (moved)
        *moved = result;
    return {};
}

QString TimelineEdits::shiftPlacements(PlanDocument *doc, const QList<PlacementRef> &refs,
                                       int delta)
{
    const QString refusal = checkShiftPlacements(doc->plan(), refs, delta);
    if (!refusal.isEmpty())
        return refusal;
    oneStep(doc, tr("Shift %n Relief(s)", nullptr, int(refs.size())), refs.size(),
            [&](QUndoStack *stack) {
                for (PlacementRef ref : refs)
                    pushMonths(stack, doc, ref, delta, delta, tr("Shift Relief"));
            });
    return {};
}

QString TimelineEdits::resizePlacements(PlanDocument *doc, const QList<PlacementRef> &refs,
                                        int delta)
{
    if (refs.isEmpty())
        return tr("Select a relief placement first.");
    for (PlacementRef ref : refs) {
        const Placement *pl = placementAt(doc->plan(), ref);
        if (!pl)
            return tr("The relief placement no longer exists.");
        if (!pl->end)
            return tr("Open-ended relief has no end to move; set one in the inspector.");
        const QString refusal = checkPlacementMonths(pl->start, *pl->end + delta);
        if (!refusal.isEmpty())
            return refusal;
    }
    const QString text = delta > 0 ? tr("Lengthen Relief") : tr("Shorten Relief");
    oneStep(doc, text, refs.size(), [&](QUndoStack *stack) {
        for (PlacementRef ref : refs)
            pushMonths(stack, doc, ref, 0, delta, text);
    });
    return {};
}

QString TimelineEdits::setPlacementMonths(PlanDocument *doc, PlacementRef ref, int start,
                                          std::optional<int> end)
{
    const Placement *current = placementAt(doc->plan(), ref);
    if (!current)
        return tr("The relief placement no longer exists.");
    const QString refusal = checkPlacementMonths(start, end);
    if (!refusal.isEmpty())
        return refusal;
    if (current->start == start && current->end == end)
        return tr("The relief months did not change.");
    Placement pl = *current;
    pl.start = start;
    pl.end = end;
    doc->undoStack()->push(new SetPlacementCommand(doc, ref, pl, tr("Change Relief Months")));
    return {};
}

QString TimelineEdits::resizePhase(PlanDocument *doc, int phase, int start, int end)
{
    const Plan &plan = doc->plan();
    if (phase < 0 || phase >= plan.phases.size())
        return tr("The phase no longer exists.");
    const QString refusal = checkPhaseMonths(start, end);
    if (!refusal.isEmpty())
        return refusal;
    const Phase &ph = plan.phases.at(phase);
    if (ph.start == start && ph.end == end)
        return tr("The phase months did not change.");
    doc->undoStack()->push(new ResizePhaseCommand(doc, phase, start, end));
    return {};
}

QString TimelineEdits::setVerifiedMonth(PlanDocument *doc, int phase, int action, int month)
{
    const Plan &plan = doc->plan();
    if (phase < 0 || phase >= plan.phases.size() || action < 0 ||
        action >= plan.phases.at(phase).actions.size())
        return tr("The required action no longer exists.");
    const QString refusal = checkVerifiedMonth(month);
    if (!refusal.isEmpty())
        return refusal;
    if (plan.phases.at(phase).actions.at(action).verifiedMonth == month)
        return tr("The verification month did not change.");
    doc->undoStack()->push(new SetVerifiedMonthCommand(doc, phase, action, month));
    return {};
}

QString TimelineEdits::renamePhase(PlanDocument *doc, int phase, const QString &name)
{
    if (phase < 0 || phase >= doc->plan().phases.size())
        return tr("Select a phase first.");
    if (doc->plan().phases.at(phase).name == name)
        return tr("The name did not change.");
    doc->undoStack()->push(new EditPhaseFieldCommand(doc, phase, PhaseField::Name, name));
    return {};
}

QString TimelineEdits::addPhase(PlanDocument *doc, int after, int *inserted)
{
    const Plan &plan = doc->plan();
    const int index =
        after < 0 || after >= plan.phases.size() ? int(plan.phases.size()) : after + 1;
    Phase ph;
    int n = int(plan.phases.size()) + 1;
    while (plan.phaseIndex(u"p%1"_s.arg(n)) >= 0)
        ++n;
    ph.id = u"p%1"_s.arg(n);
    ph.name = tr("Phase %1").arg(n);
    ph.kind = PhaseKind::Interim;
    // Six months after the phase before, within the format's months.
    ph.start = index > 0 ? plan.phases.at(index - 1).end : 0;
    ph.end = std::min(ph.start + 6, kMaxPlanMonth);
    doc->undoStack()->push(new AddPhaseCommand(doc, index, ph));
    if (inserted)
        *inserted = index;
    return {};
}

QString TimelineEdits::removeSelection(PlanDocument *doc, QList<PlacementRef> refs, int phase,
                                       int action)
{
    const Plan &plan = doc->plan();
    sortDescending(refs);
    if (!refs.isEmpty()) {
        for (PlacementRef ref : std::as_const(refs)) {
            if (!hasPlacement(plan, ref))
                return tr("The relief placement no longer exists.");
        }
        oneStep(doc, tr("Remove %n Relief(s)", nullptr, int(refs.size())), refs.size(),
                [&](QUndoStack *stack) {
                    for (PlacementRef ref : std::as_const(refs))
                        stack->push(new RemovePlacementCommand(doc, ref));
                });
        return {};
    }
    if (phase < 0 || phase >= plan.phases.size())
        return tr("Nothing is selected.");
    if (action >= 0) {
        if (action >= plan.phases.at(phase).actions.size())
            return tr("The required action no longer exists.");
        doc->undoStack()->push(new RemoveRequiredActionCommand(doc, phase, action));
        return {};
    }
    doc->undoStack()->push(new RemovePhaseCommand(doc, phase));
    return {};
}

QByteArray TimelineEdits::placementsPayload(const Plan &plan, const QList<PlacementRef> &refs)
{
    QJsonArray list;
    for (PlacementRef ref : refs) {
        if (!hasPlacement(plan, ref))
            continue;
        list.append(
            QJsonObject{{u"phase"_s, plan.phases.at(ref.phase).id}, {u"relief"_s, ref.relief}});
    }
    return QJsonDocument(QJsonObject{{u"placements"_s, list}}).toJson(QJsonDocument::Compact);
}

QList<PlacementRef> TimelineEdits::placementsFromPayload(const Plan &plan,
                                                         const QByteArray &payload)
{
    QList<PlacementRef> out;
    const QJsonValue list = QJsonDocument::fromJson(payload).object().value(u"placements"_s);
    const QJsonArray array = list.toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const PlacementRef ref{plan.phaseIndex(o.value(u"phase"_s).toString()),
                               o.value(u"relief"_s).toInt(-1)};
        if (!hasPlacement(plan, ref))
            return {};
        out.append(ref);
    }
    return out;
}

} // namespace tranche
