// Every undo command of the plan document: push, undo, redo, merge, obsolete,
// with QSignalSpy on the stack's and the document's signals.

#include "document/commands.h"
#include "document/plandocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace tranche;

namespace {

Plan samplePlan()
{
    Plan plan;
    plan.meta.title = QStringLiteral("Sample");
    SanctionsItem coal;
    coal.id = QStringLiteral("un-coal");
    coal.annualValueUsd = 1.2e9;
    SanctionsItem textile;
    textile.id = QStringLiteral("un-textile");
    textile.annualValueUsd = 7.52e8;
    plan.catalog.items = {coal, textile};
    CounterpartAction a;
    a.id = QStringLiteral("a07");
    a.weight = 5;
    plan.catalog.actions = {a};
    Phase p1;
    p1.id = QStringLiteral("p1");
    p1.name = QStringLiteral("Freeze");
    p1.start = 0;
    p1.end = 6;
    p1.actions = {RequiredAction{QStringLiteral("a07"), 2, {}}};
    Placement pl;
    pl.item = QStringLiteral("un-coal");
    pl.extent = 0.1;
    pl.start = 2;
    pl.end = 8;
    p1.reliefs = {pl};
    Phase p2;
    p2.id = QStringLiteral("p2");
    p2.kind = PhaseKind::Final;
    p2.start = 6;
    p2.end = 24;
    plan.phases = {p1, p2};
    return plan;
}

using Edit = std::function<QUndoCommand *(PlanDocument *)>;

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pushUndoRedo_data();
    void pushUndoRedo();
    void mergeConsecutiveEdits_data();
    void mergeConsecutiveEdits();
    void noOpEditIsObsolete();
    void resetClearsStack();
    void modifiedState();
};

namespace {

// pushUndoRedo rows: phases.
void phaseCommandRows()
{
    QTest::newRow("add phase") << Edit([](PlanDocument *d) {
        Phase ph;
        ph.id = QStringLiteral("p3");
        return new AddPhaseCommand(d, 2, ph);
    }) << int(ChangeEvent::PhaseInserted);
    QTest::newRow("remove phase") << Edit([](PlanDocument *d) {
        return new RemovePhaseCommand(d, 0);
    }) << int(ChangeEvent::PhaseRemoved);
    QTest::newRow("move phase") << Edit([](PlanDocument *d) {
        return new MovePhaseCommand(d, 0, 1);
    }) << int(ChangeEvent::PhaseMoved);
    QTest::newRow("resize phase") << Edit([](PlanDocument *d) {
        return new ResizePhaseCommand(d, 0, 1, 7);
    }) << int(ChangeEvent::PhaseChanged);
    QTest::newRow("rename phase") << Edit([](PlanDocument *d) {
        return new EditPhaseFieldCommand(d, 0, PhaseField::Name, QStringLiteral("Halt"));
    }) << int(ChangeEvent::PhaseChanged);
    QTest::newRow("phase kind") << Edit([](PlanDocument *d) {
        return new EditPhaseFieldCommand(d, 0, PhaseField::Kind, int(PhaseKind::Final));
    }) << int(ChangeEvent::PhaseChanged);
}

// pushUndoRedo rows: placements.
void placementCommandRows()
{
    QTest::newRow("add placement") << Edit([](PlanDocument *d) {
        Placement p;
        p.item = QStringLiteral("un-textile");
        return new AddPlacementCommand(d, PlacementRef{1, -1}, p);
    }) << int(ChangeEvent::PlacementInserted);
    QTest::newRow("remove placement") << Edit([](PlanDocument *d) {
        return new RemovePlacementCommand(d, PlacementRef{0, 0});
    }) << int(ChangeEvent::PlacementRemoved);
    QTest::newRow("move placement") << Edit([](PlanDocument *d) {
        return new MovePlacementCommand(d, PlacementRef{0, 0}, 1, 6);
    }) << int(ChangeEvent::PlacementRemoved);
    QTest::newRow("set placement") << Edit([](PlanDocument *d) {
        Placement p = d->plan().phases.at(0).reliefs.at(0);
        p.start = 3;
        p.end = 9;
        return new SetPlacementCommand(d, PlacementRef{0, 0}, p,
                                       QStringLiteral("Move Relief Months"));
    }) << int(ChangeEvent::PlacementChanged);
    QTest::newRow("extent") << Edit([](PlanDocument *d) {
        return new EditPlacementFieldCommand(d, PlacementRef{0, 0}, PlacementField::Extent, 0.5);
    }) << int(ChangeEvent::PlacementChanged);
    QTest::newRow("open-ended") << Edit([](PlanDocument *d) {
        return new EditPlacementFieldCommand(d, PlacementRef{0, 0}, PlacementField::End,
                                             QVariant());
    }) << int(ChangeEvent::PlacementChanged);
    QTest::newRow("escrow agent") << Edit([](PlanDocument *d) {
        return new EditPlacementFieldCommand(d, PlacementRef{0, 0}, PlacementField::EscrowAgent,
                                             QStringLiteral("Bank"));
    }) << int(ChangeEvent::PlacementChanged);
    QTest::newRow("snapback") << Edit([](PlanDocument *d) {
        return new EditPlacementFieldCommand(d, PlacementRef{0, 0}, PlacementField::Snapback, true);
    }) << int(ChangeEvent::PlacementChanged);
}

// pushUndoRedo rows: required actions, plan metadata, waivers.
void actionAndPlanCommandRows()
{
    QTest::newRow("require action") << Edit([](PlanDocument *d) {
        return new AddRequiredActionCommand(d, 1, RequiredAction{QStringLiteral("a07"), 12, {}});
    }) << int(ChangeEvent::ActionsChanged);
    QTest::newRow("remove required action")
        << Edit([](PlanDocument *d) { return new RemoveRequiredActionCommand(d, 0, 0); })
        << int(ChangeEvent::ActionsChanged);
    QTest::newRow("verification month")
        << Edit([](PlanDocument *d) { return new SetVerifiedMonthCommand(d, 0, 0, 4); })
        << int(ChangeEvent::ActionsChanged);
    QTest::newRow("title") << Edit([](PlanDocument *d) {
        return new EditMetaFieldCommand(d, MetaField::Title, QStringLiteral("Option B"));
    }) << int(ChangeEvent::MetaChanged);
    QTest::newRow("reference value") << Edit([](PlanDocument *d) {
        return new EditMetaFieldCommand(d, MetaField::ReferenceValue, 2.82e9);
    }) << int(ChangeEvent::MetaChanged);
    QTest::newRow("reference value basis") << Edit([](PlanDocument *d) {
        return new EditMetaFieldCommand(d, MetaField::ReferenceBasis,
                                        QStringLiteral("2016 exports (KOTRA)"));
    }) << int(ChangeEvent::MetaChanged);
    QTest::newRow("decision asked") << Edit([](PlanDocument *d) {
        return new EditMetaFieldCommand(d, MetaField::DecisionAsked,
                                        QStringLiteral("Approve phase 1 on these terms."));
    }) << int(ChangeEvent::MetaChanged);
    QTest::newRow("waivers") << Edit([](PlanDocument *d) {
        Waiver w{QStringLiteral("INT-1"),  QStringLiteral("p1"), {},
                 QStringLiteral("agreed"), QStringLiteral("me"), QDate(2026, 11, 27)};
        return new SetWaiversCommand(d, {w}, QStringLiteral("Waive Finding"));
    }) << int(ChangeEvent::WaiversChanged);
}

} // namespace

void TestCommands::pushUndoRedo_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("changeKind");
    phaseCommandRows();
    placementCommandRows();
    actionAndPlanCommandRows();
}

void TestCommands::pushUndoRedo()
{
    QFETCH(Edit, edit);
    QFETCH(int, changeKind);

    PlanDocument doc(samplePlan());
    const Plan before = doc.plan();
    QSignalSpy indexSpy(doc.undoStack(), &QUndoStack::indexChanged);
    QSignalSpy changedSpy(&doc, &PlanDocument::changed);

    doc.undoStack()->push(edit(&doc));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(indexSpy.count(), 1);
    QVERIFY(changedSpy.count() >= 1);
    QCOMPARE(int(changedSpy.first().first().value<ChangeEvent>().kind), changeKind);
    QVERIFY(doc.plan() != before);
    QVERIFY(!doc.undoStack()->text(0).isEmpty());
    const Plan after = doc.plan();

    doc.undoStack()->undo();
    QCOMPARE(doc.plan(), before);
    QCOMPARE(indexSpy.count(), 2);

    doc.undoStack()->redo();
    QCOMPARE(doc.plan(), after);
    QCOMPARE(indexSpy.count(), 3);
}

void TestCommands::mergeConsecutiveEdits_data()
{
    QTest::addColumn<Edit>("first");
    QTest::addColumn<Edit>("second");
    QTest::addColumn<bool>("merges");

    const auto extent = [](double v) {
        return Edit([v](PlanDocument *d) {
            return new EditPlacementFieldCommand(d, PlacementRef{0, 0}, PlacementField::Extent, v);
        });
    };
    const auto name = [](int phase, const QString &v) {
        return Edit([phase, v](PlanDocument *d) {
            return new EditPhaseFieldCommand(d, phase, PhaseField::Name, v);
        });
    };
    QTest::newRow("extent twice") << extent(0.2) << extent(0.3) << true;
    QTest::newRow("name twice") << name(0, QStringLiteral("A")) << name(0, QStringLiteral("AB"))
                                << true;
    QTest::newRow("names of two phases")
        << name(0, QStringLiteral("A")) << name(1, QStringLiteral("B")) << false;
    QTest::newRow("extent then name") << extent(0.2) << name(0, QStringLiteral("A")) << false;
    QTest::newRow("verified month twice")
        << Edit([](PlanDocument *d) { return new SetVerifiedMonthCommand(d, 0, 0, 3); })
        << Edit([](PlanDocument *d) { return new SetVerifiedMonthCommand(d, 0, 0, 4); }) << true;
    QTest::newRow("title twice") << Edit([](PlanDocument *d) {
        return new EditMetaFieldCommand(d, MetaField::Title, QStringLiteral("X"));
    }) << Edit([](PlanDocument *d) {
        return new EditMetaFieldCommand(d, MetaField::Title, QStringLiteral("XY"));
    }) << true;
}

void TestCommands::mergeConsecutiveEdits()
{
    QFETCH(Edit, first);
    QFETCH(Edit, second);
    QFETCH(bool, merges);

    PlanDocument doc(samplePlan());
    const Plan before = doc.plan();
    QSignalSpy countSpy(doc.undoStack(), &QUndoStack::indexChanged);
    doc.undoStack()->push(first(&doc));
    doc.undoStack()->push(second(&doc));
    QCOMPARE(doc.undoStack()->count(), merges ? 1 : 2);
    QCOMPARE(countSpy.count(), 2);
    const Plan after = doc.plan();
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(doc.plan(), before);
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    QCOMPARE(doc.plan(), after);
}

void TestCommands::noOpEditIsObsolete()
{
    PlanDocument doc(samplePlan());
    QSignalSpy indexSpy(doc.undoStack(), &QUndoStack::indexChanged);
    doc.undoStack()->push(
        new EditPlacementFieldCommand(&doc, PlacementRef{0, 0}, PlacementField::Extent, 0.1));
    doc.undoStack()->push(new ResizePhaseCommand(&doc, 0, 0, 6));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(indexSpy.count(), 0);
    // An edit merged back to its original value removes itself.
    doc.undoStack()->push(
        new EditPlacementFieldCommand(&doc, PlacementRef{0, 0}, PlacementField::Extent, 0.4));
    doc.undoStack()->push(
        new EditPlacementFieldCommand(&doc, PlacementRef{0, 0}, PlacementField::Extent, 0.1));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.plan(), samplePlan());
}

void TestCommands::resetClearsStack()
{
    PlanDocument doc(samplePlan());
    doc.undoStack()->push(new RemovePhaseCommand(&doc, 0));
    QSignalSpy changedSpy(&doc, &PlanDocument::changed);
    doc.resetPlan(samplePlan());
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(changedSpy.count(), 1);
    QCOMPARE(changedSpy.first().first().value<ChangeEvent>().kind, ChangeEvent::Reset);
}

void TestCommands::modifiedState()
{
    PlanDocument doc(samplePlan());
    QSignalSpy modSpy(&doc, &PlanDocument::modifiedChanged);
    QVERIFY(!doc.isModified());
    doc.undoStack()->push(new RemovePhaseCommand(&doc, 1));
    QVERIFY(doc.isModified());
    doc.markSaved();
    QVERIFY(!doc.isModified());
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
    QCOMPARE(modSpy.count(), 3);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
