#pragma once
// Random plans and random edits of them through the undo commands, on a seeded
// generator (tst_incremental, tst_randomedits). Every edit keeps the plan
// within PLAN-FORMAT.md, so that it can be written and read back.

#include "document/commands.h"
#include "document/plandocument.h"
#include "model/finding.h"
#include "rules/ruleprofile.h"

#include <QRandomGenerator>

#include <algorithm>

namespace tranche::testing {

using namespace Qt::StringLiterals;

// Makes random plans and random edits of them.
class RandomEditor
{
public:
    RandomEditor(quint32 seed, PlanDocument *doc) : m_rng(seed), m_doc(doc) {}

    int pick(int n) { return n <= 0 ? 0 : int(m_rng.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    template <typename T> T oneOf(std::initializer_list<T> list)
    {
        return *(list.begin() + pick(int(list.size())));
    }

    Catalog makeCatalog()
    {
        Catalog c;
        for (int i = 0; i < 8; ++i) {
            SanctionsItem it;
            it.id = u"item%1"_s.arg(i);
            it.name = u"Item %1"_s.arg(i);
            randomizeItem(it);
            c.items.append(it);
        }
        for (int i = 0; i < 6; ++i) {
            CounterpartAction a;
            a.id = u"act%1"_s.arg(i);
            a.weight = oneOf({1.0, 4.1, 5.3, 5.6, 7.0, 8.0, 10.0});
            if (chance(40)) {
                a.completes = Programs(oneOf({int(Program::Nuclear), int(Program::Icbm),
                                              int(Program::Wmd), int(allPrograms())}));
            }
            a.financialReform = chance(20);
            c.actions.append(a);
        }
        return c;
    }

    void randomizeItem(SanctionsItem &it)
    {
        it.authority = oneOf({Authority::UN, Authority::USStatute, Authority::USEO, Authority::FATF,
                              Authority::Other});
        it.annualValueUsd = oneOf({0.0, 5e7, 1e8, 1.2e8, 3e8, 8e8});
        it.reversibility =
            oneOf({Reversibility::Easy, Reversibility::Moderate, Reversibility::Hard});
        it.longTermBenefit = chance(15);
        it.escrowable = chance(50);
        it.targeted = chance(80)
                          ? Targeted::None
                          : oneOf({Targeted::Military, Targeted::Wmd, Targeted::HumanRights});
        it.fatf = chance(15);
        it.primaryTrade = chance(15);
    }

    Placement makePlacement()
    {
        Placement p;
        p.item = u"item%1"_s.arg(pick(8));
        p.extent = oneOf({0.0, 0.05, 0.28, 0.5, 0.67, 0.8, 1.0});
        p.start = pick(24);
        if (chance(80))
            p.end = p.start + pick(10);
        p.escrowShare = oneOf({0.0, 0.0, 0.5, 0.79, 0.8, 1.0});
        p.escrowAgent = chance(70) ? u"Bank"_s : QString();
        p.permittedUses = chance(70) ? u"food"_s : u" "_s;
        p.snapback = chance(60);
        return p;
    }

    RequiredAction makeRequiredAction(const Phase &phase)
    {
        RequiredAction ra;
        for (int tries = 0; tries < 10; ++tries) {
            ra.action = u"act%1"_s.arg(pick(6));
            if (phase.actionIndex(ra.action) < 0)
                break;
        }
        ra.verifiedMonth = pick(30);
        return ra;
    }

    Phase makePhase()
    {
        Phase ph;
        ph.id = u"p%1"_s.arg(m_nextPhase++);
        ph.kind = chance(60) ? PhaseKind::Interim : PhaseKind::Final;
        ph.start = pick(20);
        ph.end = ph.start + pick(12);
        for (int i = pick(3); i > 0; --i) {
            RequiredAction ra = makeRequiredAction(ph);
            if (ph.actionIndex(ra.action) < 0)
                ph.actions.append(ra);
        }
        for (int i = pick(5); i > 0; --i)
            ph.reliefs.append(makePlacement());
        return ph;
    }

    Plan makePlan()
    {
        Plan plan;
        plan.catalog = makeCatalog();
        if (chance(70))
            plan.meta.referenceValueUsd = oneOf({1e9, 2e9, 5e8});
        for (int i = 1 + pick(4); i > 0; --i)
            plan.phases.append(makePhase());
        return plan;
    }

    PlacementRef randomPlacement()
    {
        const Plan &plan = m_doc->plan();
        QList<PlacementRef> refs;
        for (int p = 0; p < plan.phases.size(); ++p) {
            for (int r = 0; r < plan.phases.at(p).reliefs.size(); ++r)
                refs.append({p, r});
        }
        return refs.isEmpty() ? PlacementRef{} : refs.at(pick(int(refs.size())));
    }

    // One random step; returns a short description of it. commandsOnly: every step
    // pushes an undo command (no undo, redo, catalog edit or reset) and the field
    // edits cover every field of phases and the plan's metadata.
    QString step(const QList<Finding> &current, bool commandsOnly = false)
    {
        QUndoStack *undo = m_doc->undoStack();
        const Plan &plan = m_doc->plan();
        const int phases = int(plan.phases.size());
        const int kind = pick(100);
        if (!commandsOnly && kind < 10 && undo->canUndo()) {
            undo->undo();
            return u"undo"_s;
        }
        if (!commandsOnly && kind < 16 && undo->canRedo()) {
            undo->redo();
            return u"redo"_s;
        }
        if (kind < 24 && phases > 0) {
            const int p = pick(phases);
            PlacementRef at{p, pick(int(plan.phases.at(p).reliefs.size()) + 1)};
            undo->push(new AddPlacementCommand(m_doc, at, makePlacement()));
            return u"add placement"_s;
        }
        const PlacementRef ref = randomPlacement();
        if (kind < 30 && ref.isValid()) {
            undo->push(new RemovePlacementCommand(m_doc, ref));
            return u"remove placement"_s;
        }
        if (kind < 38 && ref.isValid()) {
            const Placement &pl = plan.phases.at(ref.phase).reliefs.at(ref.relief);
            const int shift = std::max(-pl.start, pick(7) - 3);
            undo->push(new MovePlacementCommand(m_doc, ref, pick(phases), shift));
            return u"move placement"_s;
        }
        if (kind < 55 && ref.isValid()) {
            const PlacementField field = oneOf(
                {PlacementField::Extent, PlacementField::Start, PlacementField::End,
                 PlacementField::EscrowShare, PlacementField::EscrowAgent,
                 PlacementField::PermittedUses, PlacementField::Snapback, PlacementField::Note});
            const Placement &pl = plan.phases.at(ref.phase).reliefs.at(ref.relief);
            const QVariant value = placementFieldValue(field, pl);
            undo->push(new EditPlacementFieldCommand(m_doc, ref, field, value));
            return u"edit placement field"_s;
        }
        if (kind < 60 && ref.isValid()) {
            Placement p = makePlacement();
            undo->push(new SetPlacementCommand(m_doc, ref, p, u"set"_s));
            return u"set placement"_s;
        }
        if (kind < 64 && phases < 7) {
            undo->push(new AddPhaseCommand(m_doc, pick(phases + 1), makePhase()));
            return u"add phase"_s;
        }
        if (kind < 67 && phases > 1) {
            undo->push(new RemovePhaseCommand(m_doc, pick(phases)));
            return u"remove phase"_s;
        }
        if (kind < 71 && phases > 1) {
            undo->push(new MovePhaseCommand(m_doc, pick(phases), pick(phases)));
            return u"move phase"_s;
        }
        if (kind < 75 && phases > 0) {
            const int p = pick(phases);
            return editPhase(p, commandsOnly);
        }
        if (kind < 84 && phases > 0) {
            const int p = pick(phases);
            return editRequiredActions(p);
        }
        if (kind < 87 && commandsOnly)
            return editMetaField();
        if (kind < 87)
            return editReferenceValue();
        if (kind < 92) {
            return editWaivers(current);
        }
        if (!commandsOnly && kind < 96)
            return editCatalog();
        if (!commandsOnly && kind < 97) {
            m_doc->resetPlan(makePlan());
            return u"reset"_s;
        }
        return u"nothing"_s;
    }

    // A new value for a placement's field: random, or derived from pl.
    QVariant placementFieldValue(PlacementField field, const Placement &pl)
    {
        const Placement r = makePlacement();
        QVariant value;
        switch (field) {
        case PlacementField::Extent:
            value = r.extent;
            break;
        case PlacementField::Start:
            value = std::min(r.start, pl.end.value_or(r.start));
            break;
        case PlacementField::End:
            value = chance(20) ? QVariant() : QVariant(pl.start + pick(10));
            break;
        case PlacementField::EscrowShare:
            value = r.escrowShare;
            break;
        case PlacementField::EscrowAgent:
            value = r.escrowAgent;
            break;
        case PlacementField::PermittedUses:
            value = r.permittedUses;
            break;
        case PlacementField::Snapback:
            value = !pl.snapback;
            break;
        case PlacementField::Note:
            value = u"note %1"_s.arg(pick(3));
            break;
        }
        return value;
    }

    // Phase p's months, kind or id (or, commandsOnly, any of its fields).
    QString editPhase(int p, bool commandsOnly)
    {
        QUndoStack *undo = m_doc->undoStack();
        const Plan &plan = m_doc->plan();
        if (commandsOnly && chance(50))
            return editPhaseField(p);
        if (chance(50)) {
            const int start = pick(20);
            undo->push(new ResizePhaseCommand(m_doc, p, start, start + pick(12)));
            return u"resize phase"_s;
        }
        if (chance(70)) {
            const int kindValue =
                int(plan.phases.at(p).kind == PhaseKind::Interim ? PhaseKind::Final
                                                                 : PhaseKind::Interim);
            undo->push(new EditPhaseFieldCommand(m_doc, p, PhaseField::Kind, kindValue));
            return u"phase kind"_s;
        }
        undo->push(
            new EditPhaseFieldCommand(m_doc, p, PhaseField::Id, u"p%1"_s.arg(m_nextPhase++)));
        return u"phase id"_s;
    }

    // Sets the verified month of one of phase p's actions, removes one or adds one.
    QString editRequiredActions(int p)
    {
        QUndoStack *undo = m_doc->undoStack();
        const Plan &plan = m_doc->plan();
        const Phase &ph = plan.phases.at(p);
        const int action = ph.actions.isEmpty() ? 0 : pick(int(ph.actions.size()) + 1);
        if (action < ph.actions.size() && chance(60)) {
            undo->push(new SetVerifiedMonthCommand(m_doc, p, action, pick(30)));
            return u"verified month"_s;
        }
        if (action < ph.actions.size()) {
            undo->push(new RemoveRequiredActionCommand(m_doc, p, action));
            return u"remove action"_s;
        }
        const RequiredAction ra = makeRequiredAction(ph);
        if (ph.actionIndex(ra.action) >= 0)
            return u"nothing"_s;
        undo->push(new AddRequiredActionCommand(m_doc, p, ra));
        return u"add action"_s;
    }

    // Waives one of the current findings or drops a waiver.
    QString editWaivers(const QList<Finding> &current)
    {
        QUndoStack *undo = m_doc->undoStack();
        const Plan &plan = m_doc->plan();
        QList<Waiver> waivers = plan.waivers;
        if (!current.isEmpty() && chance(70)) {
            const Finding &f = current.at(pick(int(current.size())));
            waivers.append({f.rule, f.phase, f.item, u"because"_s, u"t"_s, {}});
        } else if (!waivers.isEmpty()) {
            waivers.removeAt(pick(int(waivers.size())));
        }
        undo->push(new SetWaiversCommand(m_doc, waivers, u"waive"_s));
        return u"waivers"_s;
    }

    // Sets or clears the plan's reference value.
    QString editReferenceValue()
    {
        const QVariant value = chance(25) ? QVariant() : QVariant(oneOf({1e9, 2e9, 5e8, 0.0}));
        m_doc->undoStack()->push(new EditMetaFieldCommand(m_doc, MetaField::ReferenceValue, value));
        return u"reference value"_s;
    }

    // Catalog edits bypass the undo stack (no command for them yet): flags and values only.
    QString editCatalog()
    {
        Catalog c = m_doc->plan().catalog;
        randomizeItem(c.items[pick(int(c.items.size()))]);
        CounterpartAction &a = c.actions[pick(int(c.actions.size()))];
        a.weight = oneOf({1.0, 5.0, 8.0});
        a.financialReform = chance(30);
        m_doc->setCatalog(c);
        return u"catalog"_s;
    }

    QString editPhaseField(int p)
    {
        const Phase &ph = m_doc->plan().phases.at(p);
        const PhaseField field = oneOf({PhaseField::Name, PhaseField::Start, PhaseField::End});
        QVariant value;
        switch (field) {
        case PhaseField::Name:
            value = chance(20) ? QString() : u"Phase %1"_s.arg(pick(5));
            break;
        case PhaseField::Start:
            value = std::min(pick(20), ph.end);
            break;
        default:
            value = ph.start + pick(12);
            break;
        }
        m_doc->undoStack()->push(new EditPhaseFieldCommand(m_doc, p, field, value));
        return u"phase field"_s;
    }

    QString editMetaField()
    {
        const MetaField field = oneOf({MetaField::Title, MetaField::Counterpart, MetaField::Start,
                                       MetaField::Classification, MetaField::Profile,
                                       MetaField::ReferenceValue, MetaField::ReferenceBasis});
        QVariant value;
        switch (field) {
        case MetaField::Start:
            value = oneOf({QString(), u"2026-07"_s, u"2031-01"_s});
            break;
        case MetaField::Classification:
            value = oneOf({u"UNCLASSIFIED"_s, u"SECRET"_s});
            break;
        case MetaField::Profile:
            value = oneOf({u"strict"_s, u"flexible"_s});
            break;
        case MetaField::ReferenceValue:
            value = chance(25) ? QVariant() : QVariant(oneOf({1e9, 2e9, 5e8, 0.0}));
            break;
        default:
            value = oneOf({QString(), u"text %1"_s.arg(pick(4))});
            break;
        }
        m_doc->undoStack()->push(new EditMetaFieldCommand(m_doc, field, value));
        return u"meta field"_s;
    }

    RuleProfile randomProfile()
    {
        RuleProfile p;
        p.setName(u"random"_s);
        p.setThreshold(u"INT-1"_s, u"share"_s, oneOf({0.05, 0.1, 0.2}));
        p.setThreshold(u"INT-3"_s, u"maxMonths"_s, oneOf({3.0, 6.0, 12.0}));
        p.setThreshold(u"ESC-1"_s, u"violationBelow"_s, oneOf({0.5, 0.8}));
        p.setThreshold(u"AFA-2"_s, u"minWeight"_s, oneOf({5.0, 15.0}));
        p.setEnabled(u"LAW-1"_s, chance(70));
        p.setEnabled(u"INT-1"_s, chance(80));
        return p;
    }

private:
    QRandomGenerator m_rng;
    PlanDocument *m_doc;
    int m_nextPhase = 100;
};

} // namespace tranche::testing
