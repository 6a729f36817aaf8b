// The checked-gesture facade (TimelineEdits) on its own, without a view: every
// refusal by its exact reason (and the plan and undo stack untouched), every
// month kept within the format's 0..1200, one undo step per gesture, and where
// new and moved placements end up.

#include "document/plandocument.h"
#include "document/timelineedits.h"
#include "support/timelinetestplan.h"

#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {
using Gesture = std::function<QString(PlanDocument *)>;
}

class TestTimelineEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusal_data();
    void refusal();
    void placeItemsReturnsWhereTheyAre();
    void moveReturnsWhereTheyAre();
    void moveCheckMarksUnchanged();
    void gestureIsOneUndoStep_data();
    void gestureIsOneUndoStep();
    void addPhaseStaysWithinMonths();
};

namespace {

const PlacementRef coal{0, 0}; // p1, months 2..6

void row(const char *name, const Gesture &gesture, const QString &reason)
{
    QTest::newRow(name) << gesture << reason;
}

// Drops of catalog items and actions.
void placeRequireRows()
{
    using E = TimelineEdits;
    row(
        "place: no phase", [](PlanDocument *d) { return E::placeItems(d, 5, {u"un-coal"_s}); },
        u"Drop sanctions items on a phase's relief lane."_s);
    row(
        "place: nothing", [](PlanDocument *d) { return E::placeItems(d, 0, {}); },
        u"The drag carries no sanctions item."_s);
    row(
        "place: unknown item", [](PlanDocument *d) { return E::placeItems(d, 0, {u"x"_s}); },
        u"Unknown sanctions item \u201cx\u201d: it is not in this plan's catalog."_s);
    row(
        "require: twice",
        [](PlanDocument *d) { return E::requireActions(d, 0, {u"a-freeze"_s}, 3); },
        u"Phase \u201cFreeze\u201d already requires \u201ca-freeze\u201d."_s);
    row(
        "require: unknown", [](PlanDocument *d) { return E::requireActions(d, 0, {u"z"_s}, 3); },
        u"Unknown counterpart action \u201cz\u201d: it is not in this plan's catalog."_s);
    row(
        "require: before month 0",
        [](PlanDocument *d) { return E::requireActions(d, 0, {u"a-icbm"_s}, -1); },
        u"A verification month cannot be before month 0."_s);
    row(
        "require: after month 1200",
        [](PlanDocument *d) { return E::requireActions(d, 0, {u"a-icbm"_s}, 1201); },
        u"A verification month cannot be after month 1200."_s);
}

// Moves, shifts and resizes of placements (drags, Alt/Shift+arrows).
void moveShiftRows()
{
    using E = TimelineEdits;
    row(
        "move: no phase", [](PlanDocument *d) { return E::movePlacements(d, {coal}, 3, 0); },
        u"There is no phase to move the relief to."_s);
    row(
        "move: nothing", [](PlanDocument *d) { return E::movePlacements(d, {}, 1, 0); },
        u"Select a relief placement first."_s);
    row(
        "move: gone",
        [](PlanDocument *d) {
            return E::movePlacements(d, {{0, 4}}, 1, 0);
        },
        u"The relief placement no longer exists."_s);
    row(
        "move: before month 0", [](PlanDocument *d) { return E::movePlacements(d, {coal}, 1, -3); },
        u"Relief cannot start before month 0."_s);
    row(
        "move: past month 1200",
        [](PlanDocument *d) { return E::movePlacements(d, {coal}, 1, 1195); },
        u"Relief cannot go past month 1200."_s);
    row(
        "move: where it is", [](PlanDocument *d) { return E::movePlacements(d, {coal}, 0, 0); },
        u"The relief is already there."_s);
    row(
        "shift: nothing", [](PlanDocument *d) { return E::shiftPlacements(d, {}, 1); },
        u"Select a relief placement first."_s);
    row(
        "shift: before month 0", [](PlanDocument *d) { return E::shiftPlacements(d, {coal}, -3); },
        u"Relief cannot start before month 0."_s);
    row(
        "shift: past month 1200",
        [](PlanDocument *d) { return E::shiftPlacements(d, {coal}, 1195); },
        u"Relief cannot go past month 1200."_s);
    row(
        "resize: before start", [](PlanDocument *d) { return E::resizePlacements(d, {coal}, -5); },
        u"Relief cannot end before it starts."_s);
    row(
        "resize: past month 1200",
        [](PlanDocument *d) { return E::resizePlacements(d, {coal}, 1195); },
        u"Relief cannot go past month 1200."_s);
    row(
        "resize: open-ended",
        [](PlanDocument *d) {
            E::setPlacementMonths(d, coal, 2, std::nullopt);
            d->undoStack()->clear();
            return E::resizePlacements(d, {coal}, 1);
        },
        u"Open-ended relief has no end to move; set one in the inspector."_s);
}

// Edge drags of placements and phases, verification months.
void monthRows()
{
    using E = TimelineEdits;
    row(
        "months: gone",
        [](PlanDocument *d) {
            return E::setPlacementMonths(d, {2, 0}, 1, 2);
        },
        u"The relief placement no longer exists."_s);
    row(
        "months: before month 0",
        [](PlanDocument *d) { return E::setPlacementMonths(d, coal, -1, 6); },
        u"Relief cannot start before month 0."_s);
    row(
        "months: end before start",
        [](PlanDocument *d) { return E::setPlacementMonths(d, coal, 5, 4); },
        u"Relief cannot end before it starts."_s);
    row(
        "months: past month 1200",
        [](PlanDocument *d) { return E::setPlacementMonths(d, coal, 2, 1201); },
        u"Relief cannot go past month 1200."_s);
    row(
        "months: open-ended start past 1200",
        [](PlanDocument *d) { return E::setPlacementMonths(d, coal, 1201, std::nullopt); },
        u"Relief cannot go past month 1200."_s);
    row(
        "months: unchanged", [](PlanDocument *d) { return E::setPlacementMonths(d, coal, 2, 6); },
        u"The relief months did not change."_s);
    row(
        "phase: gone", [](PlanDocument *d) { return E::resizePhase(d, 3, 0, 6); },
        u"The phase no longer exists."_s);
    row(
        "phase: before month 0", [](PlanDocument *d) { return E::resizePhase(d, 0, -1, 6); },
        u"A phase cannot start before month 0."_s);
    row(
        "phase: end before start", [](PlanDocument *d) { return E::resizePhase(d, 0, 6, 5); },
        u"A phase cannot end before it starts."_s);
    row(
        "phase: past month 1200", [](PlanDocument *d) { return E::resizePhase(d, 0, 0, 1201); },
        u"A phase cannot go past month 1200."_s);
    row(
        "phase: unchanged", [](PlanDocument *d) { return E::resizePhase(d, 0, 0, 6); },
        u"The phase months did not change."_s);
    row(
        "verified: gone", [](PlanDocument *d) { return E::setVerifiedMonth(d, 0, 1, 3); },
        u"The required action no longer exists."_s);
    row(
        "verified: before month 0",
        [](PlanDocument *d) { return E::setVerifiedMonth(d, 0, 0, -1); },
        u"A verification month cannot be before month 0."_s);
    row(
        "verified: after month 1200",
        [](PlanDocument *d) { return E::setVerifiedMonth(d, 0, 0, 1201); },
        u"A verification month cannot be after month 1200."_s);
    row(
        "verified: unchanged", [](PlanDocument *d) { return E::setVerifiedMonth(d, 0, 0, 2); },
        u"The verification month did not change."_s);
}

// Rename and remove.
void otherRows()
{
    using E = TimelineEdits;
    row(
        "rename: no phase", [](PlanDocument *d) { return E::renamePhase(d, -1, u"X"_s); },
        u"Select a phase first."_s);
    row(
        "rename: unchanged", [](PlanDocument *d) { return E::renamePhase(d, 0, u"Freeze"_s); },
        u"The name did not change."_s);
    row(
        "remove: nothing", [](PlanDocument *d) { return E::removeSelection(d, {}, -1, -1); },
        u"Nothing is selected."_s);
    row(
        "remove: gone placement",
        [](PlanDocument *d) {
            return E::removeSelection(d, {{1, 3}}, -1, -1);
        },
        u"The relief placement no longer exists."_s);
    row(
        "remove: gone action", [](PlanDocument *d) { return E::removeSelection(d, {}, 0, 4); },
        u"The required action no longer exists."_s);
}

} // namespace

void TestTimelineEdits::refusal_data()
{
    QTest::addColumn<Gesture>("gesture");
    QTest::addColumn<QString>("reason");
    placeRequireRows();
    moveShiftRows();
    monthRows();
    otherRows();
}

void TestTimelineEdits::refusal()
{
    QFETCH(Gesture, gesture);
    QFETCH(QString, reason);
    PlanDocument doc(testing::timelineTestPlan());
    QCOMPARE(gesture(&doc), reason);
    QCOMPARE(doc.undoStack()->count(), 0);
    // Refused gestures change nothing (the open-ended row set its own start state).
    if (!QTest::currentDataTag() || QByteArray(QTest::currentDataTag()) != "resize: open-ended")
        QCOMPARE(doc.plan(), testing::timelineTestPlan());
}

void TestTimelineEdits::placeItemsReturnsWhereTheyAre()
{
    PlanDocument doc(testing::timelineTestPlan());
    QList<PlacementRef> placed;
    QCOMPARE(TimelineEdits::placeItems(&doc, 1, {u"un-coal"_s, u"un-textiles"_s}, &placed),
             QString());
    QCOMPARE(placed, (QList<PlacementRef>{{1, 1}, {1, 2}}));
    QCOMPARE(doc.plan().phases.at(1).reliefs.at(1).item, u"un-coal"_s);
    QCOMPARE(doc.plan().phases.at(1).reliefs.at(2).item, u"un-textiles"_s);
}

void TestTimelineEdits::moveReturnsWhereTheyAre()
{
    PlanDocument doc(testing::timelineTestPlan());
    QList<PlacementRef> moved;
    QCOMPARE(TimelineEdits::movePlacements(&doc, {{0, 0}, {1, 0}}, 1, 2, &moved), QString());
    QCOMPARE(moved, (QList<PlacementRef>{{1, 0}, {1, 1}}));
    QCOMPARE(doc.plan().phases.at(1).reliefs.at(0).item, u"us-fin"_s);
    QCOMPARE(doc.plan().phases.at(1).reliefs.at(0).start, 10);
    QCOMPARE(doc.plan().phases.at(1).reliefs.at(1).item, u"un-coal"_s);
    QCOMPARE(doc.plan().phases.at(1).reliefs.at(1).start, 4);
    QVERIFY(doc.plan().phases.at(0).reliefs.isEmpty());
}

void TestTimelineEdits::moveCheckMarksUnchanged()
{
    const Plan plan = testing::timelineTestPlan();
    const EditCheck same = TimelineEdits::checkMovePlacements(plan, {{0, 0}}, 0, 0);
    QVERIFY(same.unchanged);
    QCOMPARE(same.reason, u"The relief is already there."_s);
    const EditCheck early = TimelineEdits::checkMovePlacements(plan, {{0, 0}}, 0, -3);
    QVERIFY(!early.unchanged);
    QCOMPARE(early.reason, u"Relief cannot start before month 0."_s);
    QVERIFY(TimelineEdits::checkMovePlacements(plan, {{0, 0}}, 1, 0).allowed());
}

void TestTimelineEdits::gestureIsOneUndoStep_data()
{
    QTest::addColumn<Gesture>("gesture");
    using E = TimelineEdits;
    QTest::newRow("place two") << Gesture([](PlanDocument *d) {
        return E::placeItems(d, 0, {u"us-fin"_s, u"un-textiles"_s});
    });
    QTest::newRow("require two") << Gesture([](PlanDocument *d) {
        return E::requireActions(d, 0, {u"a-yongbyon"_s, u"a-icbm"_s}, 3);
    });
    QTest::newRow("move two") << Gesture([](PlanDocument *d) {
        return E::movePlacements(d, {{0, 0}, {1, 0}}, 2, 1);
    });
    QTest::newRow("shift two") << Gesture([](PlanDocument *d) {
        return E::shiftPlacements(d, {{0, 0}, {1, 0}}, 1);
    });
    QTest::newRow("lengthen two") << Gesture([](PlanDocument *d) {
        return E::resizePlacements(d, {{0, 0}, {1, 0}}, 1);
    });
    QTest::newRow("remove two") << Gesture([](PlanDocument *d) {
        return E::removeSelection(d, {{0, 0}, {1, 0}}, -1, -1);
    });
    QTest::newRow("shift to month 1200") << Gesture([](PlanDocument *d) {
        return E::shiftPlacements(d, {{0, 0}}, 1194); // 2..6 -> 1196..1200
    });
}

void TestTimelineEdits::gestureIsOneUndoStep()
{
    QFETCH(Gesture, gesture);
    PlanDocument doc(testing::timelineTestPlan());
    QCOMPARE(gesture(&doc), QString());
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.plan(), testing::timelineTestPlan());
}

void TestTimelineEdits::addPhaseStaysWithinMonths()
{
    Plan plan = testing::timelineTestPlan();
    plan.phases.last().end = 1198;
    PlanDocument doc(plan);
    int inserted = -1;
    QCOMPARE(TimelineEdits::addPhase(&doc, -1, &inserted), QString());
    QCOMPARE(inserted, 3);
    QCOMPARE(doc.plan().phases.at(3).start, 1198);
    QCOMPARE(doc.plan().phases.at(3).end, 1200);
}

QTEST_GUILESS_MAIN(TestTimelineEdits)
#include "tst_timelineedits.moc"
