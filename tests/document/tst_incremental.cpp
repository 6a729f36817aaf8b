// Incremental checking: random edits through the undo commands (with undo
// and redo mixed in, catalog and profile changes, resets and waivers) on a
// seeded generator; after every step the Checker's findings must equal a full
// check. Also: only the edited phase is rechecked, findingsChanged is emitted
// exactly when the findings change, and the FindingsModel follows the checker
// under QAbstractItemModelTester.

#include "rules/checker.h"
#include "document/commands.h"
#include "models/findingsmodel.h"
#include "document/plandocument.h"
#include "models/roles.h"
#include "rules/ruleengine.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

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

    // One random step; returns a short description of it.
    QString step(const QList<Finding> &current)
    {
        QUndoStack *undo = m_doc->undoStack();
        const Plan &plan = m_doc->plan();
        const int phases = int(plan.phases.size());
        const int kind = pick(100);
        if (kind < 10 && undo->canUndo()) {
            undo->undo();
            return u"undo"_s;
        }
        if (kind < 16 && undo->canRedo()) {
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
        if (kind < 84 && phases > 0) {
            const int p = pick(phases);
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
        if (kind < 87) {
            const QVariant value = chance(25) ? QVariant() : QVariant(oneOf({1e9, 2e9, 5e8, 0.0}));
            undo->push(new EditMetaFieldCommand(m_doc, MetaField::ReferenceValue, value));
            return u"reference value"_s;
        }
        if (kind < 92) {
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
        if (kind < 96) {
            // Catalog edits bypass the undo stack (no command for them yet): flags and values only.
            Catalog c = plan.catalog;
            randomizeItem(c.items[pick(int(c.items.size()))]);
            CounterpartAction &a = c.actions[pick(int(c.actions.size()))];
            a.weight = oneOf({1.0, 5.0, 8.0});
            a.financialReform = chance(30);
            m_doc->setCatalog(c);
            return u"catalog"_s;
        }
        if (kind < 97) {
            m_doc->resetPlan(makePlan());
            return u"reset"_s;
        }
        return u"nothing"_s;
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

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings) {
        lines << u"%1 %2 %3 %4 %5%6"_s.arg(f.rule, toString(f.severity), f.phase, f.item, f.message,
                                           f.waived ? u" (waived)"_s : QString());
    }
    return lines.join(u'\n');
}

} // namespace

class TestIncremental : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomEdits_data();
    void randomEdits();
    void onlyEditedPhaseRechecked();
    void signalOnlyOnChange();
    void planProfile();
    void findingsModel();
    void modelFollowsRandomEdits();
};

void TestIncremental::randomEdits_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("steps");
    QTest::newRow("seed 1") << quint32(1) << 4000;
    QTest::newRow("seed 2") << quint32(2) << 4000;
    QTest::newRow("seed 20261127") << quint32(20261127) << 3000;
}

void TestIncremental::randomEdits()
{
    QFETCH(quint32, seed);
    QFETCH(int, steps);
    PlanDocument doc;
    RandomEditor editor(seed, &doc);
    doc.resetPlan(editor.makePlan());
    Checker checker(&doc);
    qsizetype recheckedTotal = 0;
    qsizetype phasesTotal = 0;
    for (int i = 0; i < steps; ++i) {
        QString what;
        if (editor.chance(2)) {
            checker.setProfile(editor.chance(50) ? editor.randomProfile() : RuleProfile());
            what = u"profile"_s;
        } else {
            what = editor.step(checker.findings());
        }
        recheckedTotal += checker.recheckedPhases();
        phasesTotal += doc.plan().phases.size();
        const QList<Finding> full = RuleEngine::check(doc.plan(), checker.profile());
        if (checker.findings() != full) {
            qWarning().noquote() << "step" << i << what << "\nincremental:\n"
                                 << describe(checker.findings()) << "\nfull:\n"
                                 << describe(full);
        }
        QCOMPARE(checker.findings(), full);
        QCOMPARE(checker.counts(), countFindings(full));
        QCOMPARE(checker.staleWaivers(), staleWaivers(doc.plan().waivers, full));
    }
    // Incremental: far fewer phases rechecked than a full check each time would.
    QVERIFY2(recheckedTotal * 2 < phasesTotal,
             qPrintable(u"%1 of %2"_s.arg(recheckedTotal).arg(phasesTotal)));
}

void TestIncremental::onlyEditedPhaseRechecked()
{
    PlanDocument doc;
    RandomEditor editor(7, &doc);
    Plan plan = editor.makePlan();
    while (plan.phases.size() < 4)
        plan.phases.append(editor.makePhase());
    plan.phases[2].reliefs.append(editor.makePlacement());
    doc.resetPlan(plan);
    Checker checker(&doc);
    const PlacementRef ref{2, 0};

    doc.undoStack()->push(new EditPlacementFieldCommand(&doc, ref, PlacementField::Extent, 0.123));
    QCOMPARE(checker.recheckedPhases(), 1);
    doc.undoStack()->push(new MovePhaseCommand(&doc, 0, 3));
    QCOMPARE(checker.recheckedPhases(), 0); // moved, not changed
    doc.undoStack()->push(new AddPhaseCommand(&doc, 1, editor.makePhase()));
    QCOMPARE(checker.recheckedPhases(), 1);
    doc.undoStack()->push(new RemovePhaseCommand(&doc, 1));
    QCOMPARE(checker.recheckedPhases(), 0);
    doc.undoStack()->push(new EditMetaFieldCommand(&doc, MetaField::Title, u"x"_s));
    QCOMPARE(checker.recheckedPhases(), 0);
    doc.undoStack()->push(new EditMetaFieldCommand(&doc, MetaField::ReferenceValue, 123e6));
    QCOMPARE(checker.recheckedPhases(), int(doc.plan().phases.size())); // FIN-2 reads the cap
    QCOMPARE(checker.findings(), RuleEngine::check(doc.plan(), checker.profile()));
}

void TestIncremental::signalOnlyOnChange()
{
    PlanDocument doc;
    RandomEditor editor(11, &doc);
    Plan plan = editor.makePlan();
    Phase ph;
    ph.id = u"solo"_s;
    ph.kind = PhaseKind::Interim;
    Placement pl;
    pl.item = u"item0"_s;
    pl.start = 0;
    pl.end = 6;
    pl.snapback = true;
    ph.reliefs.append(pl);
    plan.phases = {ph};
    doc.resetPlan(plan);
    Checker checker(&doc);
    QSignalSpy spy(&checker, &Checker::findingsChanged);

    // A note changes no finding.
    doc.undoStack()->push(
        new EditPlacementFieldCommand(&doc, {0, 0}, PlacementField::Note, u"n"_s));
    QCOMPARE(spy.count(), 0);
    // Dropping snapback adds INT-4.
    doc.undoStack()->push(
        new EditPlacementFieldCommand(&doc, {0, 0}, PlacementField::Snapback, false));
    QCOMPARE(spy.count(), 1);
    const auto hasInt4 = [&] {
        return std::any_of(checker.findings().cbegin(), checker.findings().cend(),
                           [](const Finding &f) { return f.rule == u"INT-4"_s; });
    };
    QVERIFY(hasInt4());
    doc.undoStack()->undo();
    QCOMPARE(spy.count(), 2);
    QVERIFY(!hasInt4());
}

void TestIncremental::planProfile()
{
    PlanDocument doc;
    RandomEditor editor(5, &doc);
    Plan plan = editor.makePlan();
    plan.meta.profile = u"flexible"_s;
    doc.resetPlan(plan);
    Checker checker(&doc);
    QCOMPARE(checker.profile().name(), u"flexible"_s);
    QSignalSpy spy(&checker, &Checker::profileChanged);
    doc.undoStack()->push(new EditMetaFieldCommand(&doc, MetaField::Profile, u"strict"_s));
    QCOMPARE(checker.profile().name(), u"strict"_s);
    QCOMPARE(spy.count(), 1);
    doc.undoStack()->push(new EditMetaFieldCommand(&doc, MetaField::Profile, u"no-such-profile"_s));
    QCOMPARE(checker.profile(), RuleProfile()); // strict, with the reason kept
    QVERIFY(checker.profileError().contains(u"no-such-profile"_s));
    RuleProfile mine;
    mine.setName(u"mine"_s);
    mine.setEnabled(u"LAW-1"_s, false);
    checker.setProfile(mine);
    doc.undoStack()->push(new EditMetaFieldCommand(&doc, MetaField::Profile, u"flexible"_s));
    QCOMPARE(checker.profile().name(), u"mine"_s); // an explicit profile stays
    checker.followPlanProfile();
    QCOMPARE(checker.profile().name(), u"flexible"_s);
    QCOMPARE(checker.findings(), RuleEngine::check(doc.plan(), checker.profile()));
}

void TestIncremental::findingsModel()
{
    PlanDocument doc;
    RandomEditor editor(3, &doc);
    doc.resetPlan(editor.makePlan());
    Checker checker(&doc);
    FindingsModel model(&checker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.rowCount(), int(checker.findings().size()));
    QCOMPARE(model.headerData(FindingsModel::RuleColumn, Qt::Horizontal).toString(), u"Rule"_s);
    QVERIFY(model.rowCount() > 0);
    const Finding &f = checker.findings().constFirst();
    const QModelIndex row0 = model.index(0, 0);
    QCOMPARE(model.data(model.index(0, FindingsModel::RuleColumn)).toString(), f.rule);
    QCOMPARE(model.data(model.index(0, FindingsModel::PhaseColumn)).toString(), f.phase);
    QCOMPARE(model.data(model.index(0, FindingsModel::ItemColumn)).toString(), f.item);
    QCOMPARE(model.data(model.index(0, FindingsModel::MessageColumn)).toString(), f.message);
    QCOMPARE(row0.data(FindingRole).value<Finding>(), f);
    QCOMPARE(row0.data(SeverityRole).toInt(), int(f.severity));
    QCOMPARE(row0.data(RuleRole).toString(), f.rule);
    QCOMPARE(row0.data(PhaseIdRole).toString(), f.phase);
    QCOMPARE(row0.data(ItemIdRole).toString(), f.item);
    QCOMPARE(row0.data(WaivedRole).toBool(), false);

    // Waiving the first finding changes that row only.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<Waiver> waivers{{f.rule, f.phase, f.item, u"why"_s, u"me"_s, {}}};
    doc.undoStack()->push(new SetWaiversCommand(&doc, waivers, u"waive"_s));
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 0);
    QCOMPARE(row0.data(WaivedRole).toBool(), true);
    QVERIFY(model.data(row0).toString().contains(u"waived"_s));

    model.setChecker(nullptr);
    QCOMPARE(model.rowCount(), 0);
    model.setChecker(&checker);
    QCOMPARE(model.findings(), checker.findings());
}

void TestIncremental::modelFollowsRandomEdits()
{
    PlanDocument doc;
    RandomEditor editor(99, &doc);
    doc.resetPlan(editor.makePlan());
    Checker checker(&doc);
    FindingsModel model(&checker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 400; ++i) {
        editor.step(checker.findings());
        QCOMPARE(model.rowCount(), int(checker.findings().size()));
        QCOMPARE(model.findings(), checker.findings());
    }
}

QTEST_GUILESS_MAIN(TestIncremental)
#include "tst_incremental.moc"
