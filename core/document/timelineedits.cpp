#include "document/timelineedits.h"

#include "document/commands.h"
#include "document/plandocument.h"

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

QString phaseName(const Phase &ph)
{
    return ph.name.isEmpty() ? ph.id : ph.name;
}

} // namespace

bool TimelineEdits::validRef(const Plan &plan, PlacementRef ref)
{
    return ref.phase >= 0 && ref.phase < plan.phases.size() && ref.relief >= 0 &&
           ref.relief < plan.phases.at(ref.phase).reliefs.size();
}

Placement TimelineEdits::defaultPlacement(const Plan &plan, int phase, const QString &itemId)
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
    const SanctionsItem *item = plan.catalog.item(itemId);
    const bool escrow = ph.kind == PhaseKind::Interim && item && item->escrowable;
    pl.escrowShare = escrow ? 1.0 : 0.0;
    pl.snapback = escrow;
    return pl;
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

QString TimelineEdits::placeItems(PlanDocument *doc, int phase, const QStringList &itemIds)
{
    const QString refusal = checkPlaceItems(doc->plan(), phase, itemIds);
    if (!refusal.isEmpty())
        return refusal;
    oneStep(doc, tr("Place %n Relief(s)", nullptr, int(itemIds.size())), itemIds.size(),
            [&](QUndoStack *stack) {
                for (const QString &id : itemIds) {
                    stack->push(new AddPlacementCommand(doc, {phase, -1},
                                                        defaultPlacement(doc->plan(), phase, id)));
                }
            });
    return {};
}

QString TimelineEdits::checkRequireActions(const Plan &plan, int phase,
                                           const QStringList &actionIds)
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
        if (ph.actionIndex(id) >= 0 || seen.contains(id)) {
            return tr("Phase \u201c%1\u201d already requires \u201c%2\u201d.")
                .arg(phaseName(ph), a->name.isEmpty() ? id : a->name);
        }
        seen.insert(id);
    }
    return {};
}

QString TimelineEdits::requireActions(PlanDocument *doc, int phase, const QStringList &actionIds,
                                      int verifiedMonth)
{
    const QString refusal = checkRequireActions(doc->plan(), phase, actionIds);
    if (!refusal.isEmpty())
        return refusal;
    if (verifiedMonth < 0)
        return tr("A verification month cannot be before month 0.");
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
    const Plan &plan = doc->plan();
    if (toPhase < 0 || toPhase >= plan.phases.size())
        return tr("There is no phase to move the relief to.");
    sortDescending(refs);
    if (refs.isEmpty())
        return tr("Select a relief placement first.");
    for (PlacementRef ref : refs) {
        if (!validRef(plan, ref))
            return tr("The relief placement no longer exists.");
        if (plan.phases.at(ref.phase).reliefs.at(ref.relief).start + monthShift < 0)
            return tr("Relief cannot start before month 0.");
    }
    const bool changes = monthShift != 0 || std::any_of(refs.cbegin(), refs.cend(),
                                                        [&](auto r) { return r.phase != toPhase; });
    if (!changes)
        return tr("The relief is already there.");

    QList<PlacementRef> result;
    oneStep(doc, tr("Move %n Relief(s)", nullptr, int(refs.size())), refs.size(),
            [&](QUndoStack *stack) {
                // Those already in the target phase are only shifted; no index changes.
                for (PlacementRef ref : std::as_const(refs)) {
                    if (ref.phase != toPhase || monthShift == 0)
                        continue;
                    Placement pl = doc->plan().phases.at(ref.phase).reliefs.at(ref.relief);
                    pl.start += monthShift;
                    if (pl.end)
                        *pl.end += monthShift;
                    stack->push(new SetPlacementCommand(doc, ref, pl, tr("Shift Relief")));
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
    const Plan &plan = doc->plan();
    if (refs.isEmpty())
        return tr("Select a relief placement first.");
    for (PlacementRef ref : refs) {
        if (!validRef(plan, ref))
            return tr("The relief placement no longer exists.");
        if (plan.phases.at(ref.phase).reliefs.at(ref.relief).start + delta < 0)
            return tr("Relief cannot start before month 0.");
    }
    oneStep(doc, tr("Shift %n Relief(s)", nullptr, int(refs.size())), refs.size(),
            [&](QUndoStack *stack) {
                for (PlacementRef ref : refs) {
                    Placement pl = doc->plan().phases.at(ref.phase).reliefs.at(ref.relief);
                    pl.start += delta;
                    if (pl.end)
                        *pl.end += delta;
                    stack->push(new SetPlacementCommand(doc, ref, pl, tr("Shift Relief")));
                }
            });
    return {};
}

QString TimelineEdits::resizePlacements(PlanDocument *doc, const QList<PlacementRef> &refs,
                                        int delta)
{
    const Plan &plan = doc->plan();
    if (refs.isEmpty())
        return tr("Select a relief placement first.");
    for (PlacementRef ref : refs) {
        if (!validRef(plan, ref))
            return tr("The relief placement no longer exists.");
        const Placement &pl = plan.phases.at(ref.phase).reliefs.at(ref.relief);
        if (!pl.end)
            return tr("Open-ended relief has no end to move; set one in the inspector.");
        if (*pl.end + delta < pl.start)
            return tr("Relief cannot end before it starts.");
    }
    const QString text = delta > 0 ? tr("Lengthen Relief") : tr("Shorten Relief");
    oneStep(doc, text, refs.size(), [&](QUndoStack *stack) {
        for (PlacementRef ref : refs) {
            Placement pl = doc->plan().phases.at(ref.phase).reliefs.at(ref.relief);
            *pl.end += delta;
            stack->push(new SetPlacementCommand(doc, ref, pl, text));
        }
    });
    return {};
}

QString TimelineEdits::setPlacementMonths(PlanDocument *doc, PlacementRef ref, int start,
                                          std::optional<int> end)
{
    if (!validRef(doc->plan(), ref))
        return tr("The relief placement no longer exists.");
    if (start < 0)
        return tr("Relief cannot start before month 0.");
    if (end && *end < start)
        return tr("Relief cannot end before it starts.");
    Placement pl = doc->plan().phases.at(ref.phase).reliefs.at(ref.relief);
    if (pl.start == start && pl.end == end)
        return tr("The relief months did not change.");
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
    if (start < 0)
        return tr("A phase cannot start before month 0.");
    if (end < start)
        return tr("A phase cannot end before it starts.");
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
    if (month < 0)
        return tr("A verification month cannot be before month 0.");
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
    ph.start = index > 0 ? plan.phases.at(index - 1).end : 0;
    ph.end = ph.start + 6;
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
            if (!validRef(plan, ref))
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
        if (!validRef(plan, ref))
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
        if (!validRef(plan, ref))
            return {};
        out.append(ref);
    }
    return out;
}

} // namespace tranche
