// Tests TimelineView: keyboard commands with their undo, synthetic drag and
// drop events, selection, zoom, partial repaints, findings badges, palette
// and the export painter.

#include "support/timelinetestplan.h"

#include "document/commands.h"
#include "document/plandocument.h"
#include "models/mimetypes.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace tranche;
using namespace tranche::testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Qt::KeyboardModifiers)
Q_DECLARE_METATYPE(tranche::PlacementRef)

namespace {

// Records what the viewport paints.
class PaintRecorder : public QObject
{
public:
    QRegion painted;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return false;
    }
};

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void keyboardCommand_data();
    void keyboardCommand();
    void refusedCommand_data();
    void refusedCommand();
    void renamePhase_data();
    void renamePhase();
    void addPhase();
    void zoom();
    void navigate_data();
    void navigate();
    void shiftSelectedAction_data();
    void shiftSelectedAction();
    void syntheticDrop_data();
    void syntheticDrop();
    void selectionFollowsChanges();
    void repaintsOnlyTheChangedRow();
    void findingBadges();
    void findingIndexFollowsChanges_data();
    void findingIndexFollowsChanges();
    void darkPalette();
    void exportRender();
    void accessibility();

private:
    std::unique_ptr<PlanDocument> m_doc;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineView::init()
{
    m_doc = std::make_unique<PlanDocument>(timelineTestPlan());
    m_view = std::make_unique<TimelineView>(m_doc.get());
    m_view->resize(1000, 600);
    m_view->setZoom(20);
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->setFocus();
}

void TestTimelineView::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

void TestTimelineView::keyboardCommand_data()
{
    QTest::addColumn<QList<PlacementRef>>("selection");
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<int>("edit");
    QTest::addColumn<QList<PlacementRef>>("selectionAfter");
    const Qt::KeyboardModifiers alt = Qt::AltModifier;
    const Qt::KeyboardModifiers shift = Qt::ShiftModifier;
    const Qt::KeyboardModifiers shiftAlt = Qt::ShiftModifier | Qt::AltModifier;
    const QList<PlacementRef> coal{{0, 0}};
    QTest::newRow("Alt+Right: to the next phase")
        << coal << int(Qt::Key_Right) << alt << 0 << QList<PlacementRef>{{1, 1}};
    QTest::newRow("Alt+Left: to the previous phase")
        << QList<PlacementRef>{{1, 0}} << int(Qt::Key_Left) << alt << 1
        << QList<PlacementRef>{{0, 1}};
    QTest::newRow("Shift+Right: a month later") << coal << int(Qt::Key_Right) << shift << 2 << coal;
    QTest::newRow("Shift+Left: a month earlier") << coal << int(Qt::Key_Left) << shift << 3 << coal;
    QTest::newRow("Shift+Alt+Right: lengthen")
        << coal << int(Qt::Key_Right) << shiftAlt << 4 << coal;
    QTest::newRow("Shift+Alt+Left: shorten") << coal << int(Qt::Key_Left) << shiftAlt << 5 << coal;
    QTest::newRow("Delete: one placement")
        << coal << int(Qt::Key_Delete) << Qt::KeyboardModifiers() << 6 << QList<PlacementRef>{};
    QTest::newRow("Delete: two placements in one step")
        << QList<PlacementRef>{{0, 0}, {1, 0}} << int(Qt::Key_Delete) << Qt::KeyboardModifiers()
        << 7 << QList<PlacementRef>{};
    QTest::newRow("Shift+Right: two placements in one step")
        << QList<PlacementRef>{{0, 0}, {1, 0}} << int(Qt::Key_Right) << shift << 8
        << QList<PlacementRef>{{0, 0}, {1, 0}};
}

void TestTimelineView::keyboardCommand()
{
    QFETCH(QList<PlacementRef>, selection);
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(int, edit);
    QFETCH(QList<PlacementRef>, selectionAfter);

    const Plan before = m_doc->plan();
    Plan expected = before;
    Placement &coal = expected.phases[0].reliefs[0];
    Placement &fin = expected.phases[1].reliefs[0];
    switch (edit) {
    case 0:
        expected.phases[1].reliefs.append(expected.phases[0].reliefs.takeFirst());
        break;
    case 1:
        expected.phases[0].reliefs.append(expected.phases[1].reliefs.takeFirst());
        break;
    case 2:
        coal.start = 3;
        coal.end = 7;
        break;
    case 3:
        coal.start = 1;
        coal.end = 5;
        break;
    case 4:
        coal.end = 7;
        break;
    case 5:
        coal.end = 5;
        break;
    case 6:
        expected.phases[0].reliefs.clear();
        break;
    case 7:
        expected.phases[0].reliefs.clear();
        expected.phases[1].reliefs.clear();
        break;
    case 8:
        coal.start = 3;
        coal.end = 7;
        fin.start = 9;
        fin.end = 13;
        break;
    }

    m_view->setSelectedPlacements(selection);
    QCOMPARE(m_view->selectedPlacements(), selection);
    QSignalSpy steps(m_doc->undoStack(), &QUndoStack::indexChanged);
    QSignalSpy messages(m_view.get(), &TimelineView::statusMessage);
    QTest::keyClick(m_view.get(), Qt::Key(key), modifiers);
    QCOMPARE(messages.count(), 0);
    QCOMPARE(m_doc->plan(), expected);
    QCOMPARE(steps.count(), 1);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_view->selectedPlacements(), selectionAfter);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), before);
}

void TestTimelineView::refusedCommand_data()
{
    QTest::addColumn<QList<PlacementRef>>("selection");
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::newRow("no phase before the first") << QList<PlacementRef>{{0, 0}} << int(Qt::Key_Left)
                                               << Qt::KeyboardModifiers(Qt::AltModifier);
    QTest::newRow("nothing selected to shift")
        << QList<PlacementRef>{} << int(Qt::Key_Right) << Qt::KeyboardModifiers(Qt::ShiftModifier);
    QTest::newRow("nothing selected to delete")
        << QList<PlacementRef>{} << int(Qt::Key_Delete) << Qt::KeyboardModifiers();
    QTest::newRow("nothing selected to rename")
        << QList<PlacementRef>{} << int(Qt::Key_F2) << Qt::KeyboardModifiers();
}

void TestTimelineView::refusedCommand()
{
    QFETCH(QList<PlacementRef>, selection);
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    m_view->setSelectedPlacements(selection);
    const Plan before = m_doc->plan();
    QSignalSpy messages(m_view.get(), &TimelineView::statusMessage);
    QTest::keyClick(m_view.get(), Qt::Key(key), modifiers);
    QCOMPARE(messages.count(), 1);
    QVERIFY(!messages.constFirst().constFirst().toString().isEmpty());
    QCOMPARE(m_doc->plan(), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestTimelineView::renamePhase_data()
{
    QTest::addColumn<bool>("commit");
    QTest::newRow("Return commits") << true;
    QTest::newRow("Escape cancels") << false;
}

void TestTimelineView::renamePhase()
{
    QFETCH(bool, commit);
    m_view->setSelectedPhase(1);
    QTest::keyClick(m_view.get(), Qt::Key_F2);
    auto *editor = m_view->findChild<QLineEdit *>(u"phaseNameEditor"_s);
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->text(), u"Yongbyon"_s);
    QVERIFY(!editor->accessibleName().isEmpty());
    QTest::keyClicks(editor, u"Dismantle"_s);
    QTest::keyClick(editor, commit ? Qt::Key_Return : Qt::Key_Escape);
    QCOMPARE(m_doc->plan().phases.at(1).name, commit ? u"Dismantle"_s : u"Yongbyon"_s);
    QCOMPARE(m_doc->undoStack()->count(), commit ? 1 : 0);
    QTRY_VERIFY(!m_view->findChild<QLineEdit *>(u"phaseNameEditor"_s));
    if (commit) {
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->plan().phases.at(1).name, u"Yongbyon"_s);
    }
}

void TestTimelineView::addPhase()
{
    m_view->setSelectedPhase(2);
    QTest::keyClick(m_view.get(), Qt::Key_Insert);
    QCOMPARE(m_doc->plan().phases.size(), 4);
    const Phase &added = m_doc->plan().phases.at(3);
    QCOMPARE(added.start, 24);
    QCOMPARE(added.end, 30);
    QCOMPARE(int(added.kind), int(PhaseKind::Interim));
    QVERIFY(!added.id.isEmpty());
    QCOMPARE(m_view->selectedPhase(), 3);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), timelineTestPlan());
}

void TestTimelineView::zoom()
{
    QSignalSpy spy(m_view.get(), &TimelineView::zoomChanged);
    QTest::keyClick(m_view.get(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(m_view->zoom(), 25.0);
    QTest::keyClick(m_view.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(m_view->zoom(), 20.0);
    QCOMPARE(spy.count(), 2);
    QTest::keyClick(m_view.get(), Qt::Key_0, Qt::ControlModifier);
    const TimelineGeometry &geo = m_view->geometry();
    QCOMPARE(geo.monthCount() * m_view->zoom(),
             m_view->viewport()->width() - geo.metrics().headerWidth - 2);
    QCOMPARE(m_view->horizontalScrollBar()->maximum(), 0);
    // Ctrl+wheel zooms in around the cursor.
    const qreal before = m_view->zoom();
    const QPointF at(500, 100);
    QWheelEvent wheel(at, m_view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view->viewport(), &wheel);
    QCOMPARE(m_view->zoom(), before * 1.25);
    // No edit happened.
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestTimelineView::navigate_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<QList<PlacementRef>>("placements");
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("action"); // selected action of the phase, -1: none
    const int D = Qt::Key_Down, U = Qt::Key_Up, L = Qt::Key_Left, R = Qt::Key_Right;
    QTest::newRow("Down from nothing: first phase")
        << QList<int>{D} << QList<PlacementRef>{} << 0 << -1;
    QTest::newRow("Right: the phase's first action")
        << QList<int>{D, R} << QList<PlacementRef>{} << 0 << 0;
    QTest::newRow("Right past the actions: the first placement")
        << QList<int>{D, R, R} << QList<PlacementRef>{{0, 0}} << 0 << -1;
    QTest::newRow("Down: nearest placement below")
        << QList<int>{D, R, R, D} << QList<PlacementRef>{{1, 0}} << 1 << -1;
    QTest::newRow("Down into a phase without relief")
        << QList<int>{D, R, R, D, D} << QList<PlacementRef>{} << 2 << -1;
    QTest::newRow("Left from the first placement: the last action")
        << QList<int>{D, R, R, L} << QList<PlacementRef>{} << 0 << 0;
    QTest::newRow("Left from the first action: its phase")
        << QList<int>{D, R, R, L, L} << QList<PlacementRef>{} << 0 << -1;
    QTest::newRow("Down from an action: the next phase")
        << QList<int>{D, R, D} << QList<PlacementRef>{} << 1 << -1;
    QTest::newRow("Up from the second phase")
        << QList<int>{D, D, U} << QList<PlacementRef>{} << 0 << -1;
    QTest::newRow("Escape clears")
        << QList<int>{D, Qt::Key_Escape} << QList<PlacementRef>{} << -1 << -1;
}

void TestTimelineView::navigate()
{
    QFETCH(QList<int>, keys);
    QFETCH(QList<PlacementRef>, placements);
    QFETCH(int, phase);
    QFETCH(int, action);
    QSignalSpy changed(m_view.get(), &TimelineView::selectionChanged);
    for (int key : std::as_const(keys))
        QTest::keyClick(m_view.get(), Qt::Key(key));
    QCOMPARE(m_view->selectedPlacements(), placements);
    QCOMPARE(m_view->selectedPhase(), phase);
    QCOMPARE(m_view->selectedAction(), action);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestTimelineView::shiftSelectedAction_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("delta");
    QTest::newRow("Shift+Right: a month later") << int(Qt::Key_Right) << 1;
    QTest::newRow("Shift+Left: a month earlier") << int(Qt::Key_Left) << -1;
}

void TestTimelineView::shiftSelectedAction()
{
    QFETCH(int, key);
    QFETCH(int, delta);
    // The first phase's action, reached by keyboard (Down, Right).
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->selectedAction(), 0);
    const int before = m_doc->plan().phases.at(0).actions.at(0).verifiedMonth;
    QSignalSpy pushed(m_doc->undoStack(), &QUndoStack::indexChanged);
    QTest::keyClick(m_view.get(), Qt::Key(key), Qt::ShiftModifier);
    QCOMPARE(m_doc->plan().phases.at(0).actions.at(0).verifiedMonth, before + delta);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(pushed.count(), 1);
    QCOMPARE(m_view->selectedAction(), 0); // still selected for the next step
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan().phases.at(0).actions.at(0).verifiedMonth, before);
}

void TestTimelineView::syntheticDrop_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("phase");
    QTest::addColumn<bool>("reliefLane");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("edit"); // -1: refused
    const QString items = QString(mime::kCatalogItems);
    const QString actions = QString(mime::kCatalogActions);
    QTest::newRow("escrowable item, interim: escrowed with snapback")
        << items << QStringList{u"un-textiles"_s} << 0 << true << 4 << 0;
    QTest::newRow("other item, interim: no escrow")
        << items << QStringList{u"us-fin"_s} << 0 << true << 4 << 1;
    QTest::newRow("final phase: no escrow, starts at verification")
        << items << QStringList{u"un-coal"_s} << 2 << true << 20 << 2;
    QTest::newRow("two items: one step")
        << items << QStringList{u"un-coal"_s, u"un-textiles"_s} << 1 << true << 10 << 3;
    QTest::newRow("action at the month under the cursor")
        << actions << QStringList{u"a-icbm"_s} << 0 << false << 4 << 4;
    QTest::newRow("item on the action lane")
        << items << QStringList{u"un-coal"_s} << 0 << false << 4 << -1;
    QTest::newRow("unknown item") << items << QStringList{u"no-such-item"_s} << 0 << true << 4
                                  << -1;
    QTest::newRow("action already required")
        << actions << QStringList{u"a-freeze"_s} << 0 << false << 4 << -1;
    QTest::newRow("action on the relief lane")
        << actions << QStringList{u"a-icbm"_s} << 0 << true << 4 << -1;
    QTest::newRow("unknown action") << actions << QStringList{u"a-nope"_s} << 0 << false << 4 << -1;
}

void TestTimelineView::syntheticDrop()
{
    QFETCH(QString, format);
    QFETCH(QStringList, ids);
    QFETCH(int, phase);
    QFETCH(bool, reliefLane);
    QFETCH(int, month);
    QFETCH(int, edit);

    const Plan before = m_doc->plan();
    Plan expected = before;
    switch (edit) {
    case 0:
        expected.phases[0].reliefs.append(defaults(u"un-textiles"_s, 2, 6, true));
        break;
    case 1: // interim relief ends by itself even when it is not escrowed (INT-4)
        expected.phases[0].reliefs.append(defaults(u"us-fin"_s, 2, 6, false));
        expected.phases[0].reliefs.last().snapback = true;
        break;
    case 2:
        expected.phases[2].reliefs.append(defaults(u"un-coal"_s, 14, 24, false));
        break;
    case 3:
        expected.phases[1].reliefs.append(defaults(u"un-coal"_s, 8, 12, true));
        expected.phases[1].reliefs.append(defaults(u"un-textiles"_s, 8, 12, true));
        break;
    case 4:
        expected.phases[0].actions.append({u"a-icbm"_s, 4, {}});
        break;
    }

    const TimelineGeometry &geo = m_view->geometry();
    const QRectF lane = reliefLane ? geo.reliefLaneRect(phase) : geo.actionLaneRect(phase);
    m_view->ensureContentVisible(QRectF(geo.monthToX(month) - 10, lane.top(), 20, lane.height()));
    const QPoint at =
        m_view->contentToViewport(QPointF(geo.monthToX(month), lane.center().y() + 2)).toPoint();
    QVERIFY(m_view->viewport()->rect().contains(at));

    const QString key = format == QString(mime::kCatalogItems) ? u"items"_s : u"actions"_s;
    const std::unique_ptr<QMimeData> mime = payload(format, key, ids);
    QSignalSpy steps(m_doc->undoStack(), &QUndoStack::indexChanged);
    QSignalSpy messages(m_view.get(), &TimelineView::statusMessage);
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &enter);
    QVERIFY(enter.isAccepted()); // the timeline takes this kind of data
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &move);
    QCOMPARE(move.isAccepted(), edit >= 0);
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &drop);
    QCOMPARE(drop.isAccepted(), edit >= 0);

    QCOMPARE(m_doc->plan(), expected);
    if (edit < 0) {
        QCOMPARE(steps.count(), 0);
        QVERIFY(messages.count() >= 1);
        QVERIFY(!messages.constLast().constFirst().toString().isEmpty());
        return;
    }
    QCOMPARE(steps.count(), 1);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), before);
}

void TestTimelineView::selectionFollowsChanges()
{
    m_view->setSelectedPlacements({{1, 0}});
    QSignalSpy changed(m_view.get(), &TimelineView::selectionChanged);
    // A placement inserted before the selected one in its phase.
    m_doc->undoStack()->push(
        new AddPlacementCommand(m_doc.get(), {1, 0}, defaults(u"un-coal"_s, 6, 8, false)));
    QCOMPARE(m_view->selectedPlacements(), (QList<PlacementRef>{{1, 1}}));
    // The phase before it removed.
    m_doc->undoStack()->push(new RemovePhaseCommand(m_doc.get(), 0));
    QCOMPARE(m_view->selectedPlacements(), (QList<PlacementRef>{{0, 1}}));
    QCOMPARE(m_view->selectedPhase(), 0);
    // The selected placement removed.
    m_doc->undoStack()->push(new RemovePlacementCommand(m_doc.get(), {0, 1}));
    QCOMPARE(m_view->selectedPlacements(), QList<PlacementRef>{});
    QCOMPARE(changed.count(), 3);
    // A reset clears everything.
    m_view->setSelectedPhase(0);
    m_doc->resetPlan(timelineTestPlan());
    QCOMPARE(m_view->selectedPhase(), -1);
}

void TestTimelineView::repaintsOnlyTheChangedRow()
{
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QCoreApplication::processEvents();
    PaintRecorder recorder;
    m_view->viewport()->installEventFilter(&recorder);
    QCoreApplication::processEvents();
    recorder.painted = {}; // whatever was still pending from showing the window
    m_doc->undoStack()->push(
        new EditPlacementFieldCommand(m_doc.get(), {1, 0}, PlacementField::Extent, 0.5));
    QTRY_VERIFY(!recorder.painted.isEmpty());
    const TimelineGeometry &geo = m_view->geometry();
    const qreal vs = m_view->verticalScrollBar()->value();
    const QRectF row = geo.phaseRowRect(1).translated(0, -vs).adjusted(-5, -5, 5, 5);
    const QRect painted = recorder.painted.boundingRect();
    QVERIFY2(row.contains(QRectF(painted)), qPrintable(u"painted %1,%2 %3x%4"_s.arg(painted.x())
                                                           .arg(painted.y())
                                                           .arg(painted.width())
                                                           .arg(painted.height())));
    m_view->viewport()->removeEventFilter(&recorder);
}

void TestTimelineView::findingIndexFollowsChanges_data()
{
    using List = QList<Finding>;
    QTest::addColumn<List>("before");
    QTest::addColumn<List>("after");
    QTest::addColumn<QList<int>>("phases"); // the phases the changed rows name

    const Finding coalViolation{u"INT-3"_s, Severity::Violation, u"p1"_s, u"un-coal"_s, u"m"_s, {},
                                false};
    const Finding coalWarning{u"ESC-1"_s, Severity::Warning, u"p1"_s, u"un-coal"_s, u"m"_s, {},
                              false};
    const Finding p2Info{u"LAW-1"_s, Severity::Info, u"p2"_s, {}, u"m"_s, {}, false};
    const Finding finWaived{u"INT-4"_s, Severity::Violation, u"p2"_s, u"us-fin"_s, u"m"_s, {},
                            true};
    Finding finOpen = finWaived;
    finOpen.waived = false;
    const Finding planWide{u"FIN-1"_s, Severity::Warning, {}, {}, u"m"_s, {}, false};
    const Finding unknownPhase{u"INT-3"_s, Severity::Violation, u"gone"_s, u"un-coal"_s, u"m"_s, {},
                               false};

    QTest::newRow("none to some") << List{} << List{coalViolation, p2Info} << QList<int>{0, 1};
    QTest::newRow("some to none") << List{coalViolation, p2Info} << List{} << QList<int>{0, 1};
    QTest::newRow("worst removed, warning stays")
        << List{coalViolation, coalWarning, p2Info} << List{coalWarning, p2Info} << QList<int>{0};
    QTest::newRow("waiver lifted") << List{coalWarning, finWaived, planWide}
                                   << List{coalWarning, finOpen, planWide} << QList<int>{1};
    QTest::newRow("plan-wide only")
        << List{coalWarning, planWide} << List{coalWarning} << QList<int>{};
    QTest::newRow("unknown phase ignored")
        << List{coalWarning, unknownPhase} << List{coalWarning} << QList<int>{};
    QTest::newRow("equal") << List{coalWarning, p2Info} << List{coalWarning, p2Info}
                           << QList<int>{};
}

// The index brought up to date by the changed rows equals one built afresh.
void TestTimelineView::findingIndexFollowsChanges()
{
    QFETCH(QList<Finding>, before);
    QFETCH(QList<Finding>, after);
    QFETCH(QList<int>, phases);
    const Plan &plan = m_doc->plan();
    TimelineFindingIndex index;
    index.build(plan, before);
    QVERIFY(index.builtFor(plan));
    const FindingsDiff diff = FindingsDiff::between(before, after);
    QCOMPARE(index.phasesChanged(before, after, diff), phases);
    index.update(before, after, diff);
    TimelineFindingIndex fresh;
    fresh.build(plan, after);
    for (int p = 0; p < plan.phases.size(); ++p) {
        const int n = int(plan.phases.at(p).reliefs.size());
        QCOMPARE(index.badges(plan, p, n), fresh.badges(plan, p, n));
    }
    Plan renamed = plan;
    renamed.phases[0].id = u"renamed"_s;
    QVERIFY(!index.builtFor(renamed));
}

void TestTimelineView::findingBadges()
{
    const QList<Finding> findings{
        {u"INT-3"_s, Severity::Violation, u"p1"_s, u"un-coal"_s, u"m"_s, {}, false},
        {u"ESC-1"_s, Severity::Warning, u"p1"_s, u"un-coal"_s, u"m"_s, {}, false},
        {u"LAW-1"_s, Severity::Info, u"p2"_s, {}, u"m"_s, {}, false},
        {u"INT-4"_s, Severity::Violation, u"p2"_s, u"us-fin"_s, u"m"_s, {}, true}, // waived
        {u"FIN-1"_s, Severity::Warning, {}, {}, u"m"_s, {}, false},                // plan-wide
    };
    TimelineFindingIndex index;
    index.build(m_doc->plan(), findings);
    QCOMPARE(index.phaseCounts(0), (TimelineFindingIndex::Counts{1, 1, 0}));
    QCOMPARE(index.phaseCounts(1), (TimelineFindingIndex::Counts{0, 0, 1}));
    QCOMPARE(index.phaseCounts(2), (TimelineFindingIndex::Counts{0, 0, 0}));
    QCOMPARE(index.worstSeverity(0, u"un-coal"_s), int(Severity::Violation));
    QCOMPARE(index.worstSeverity(1, u"us-fin"_s), -1);

    // The badge is painted in the severity colour on the bar.
    m_view->setFindings(findings);
    QCOMPARE(m_view->findings(), findings);
    const QRectF bar = m_view->geometry().placementRect({0, 0});
    m_view->ensureContentVisible(bar);
    const QImage image = m_view->viewport()->grab().toImage();
    const QRect onScreen = QRectF(m_view->contentToViewport(bar.topLeft()), bar.size()).toRect();
    const QRgb red = TimelinePainter::severityColor(int(Severity::Violation)).rgb();
    auto countColour = [&](const QImage &img, QRgb colour) {
        int n = 0;
        const qreal dpr = img.devicePixelRatio();
        for (int y = int(onScreen.top() * dpr); y < int(onScreen.bottom() * dpr); ++y) {
            for (int x = int(onScreen.left() * dpr); x < int(onScreen.right() * dpr); ++x)
                n += (img.pixel(x, y) & 0xffffff) == (colour & 0xffffff) ? 1 : 0;
        }
        return n;
    };
    QVERIFY(countColour(image, red) > 10);
    m_view->setFindings({});
    QCOMPARE(countColour(m_view->viewport()->grab().toImage(), red), 0);
}

void TestTimelineView::darkPalette()
{
    QPalette dark = m_view->palette();
    dark.setColor(QPalette::Base, QColor(20, 20, 24));
    dark.setColor(QPalette::Window, QColor(40, 40, 44));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    m_view->setPalette(dark);
    const QImage image = m_view->viewport()->grab().toImage();
    const TimelineGeometry &geo = m_view->geometry();
    const qreal dpr = image.devicePixelRatio();
    // Below the last phase: the body is Base, the header column Window.
    const QPointF bodyPoint(m_view->viewport()->width() - 30, m_view->viewport()->height() - 5);
    const QPointF headerPoint(20, m_view->viewport()->height() - 5);
    QVERIFY(geo.totalSize().height() < m_view->viewport()->height() - 10);
    QCOMPARE(QColor(image.pixel((bodyPoint * dpr).toPoint())), QColor(20, 20, 24));
    QCOMPARE(QColor(image.pixel((headerPoint * dpr).toPoint())), QColor(40, 40, 44));
}

void TestTimelineView::exportRender()
{
    const Plan plan = timelineTestPlan();
    const QSizeF size = TimelinePainter::naturalSize(plan);
    QVERIFY(size.width() > 200 && size.height() > 100);
    QImage image(800, 500, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        TimelinePainter::render(&p, plan, {}, QRectF(0, 0, 800, 500));
    }
    QSet<QRgb> colours;
    int opaque = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            colours.insert(image.pixel(x, y));
            opaque += qAlpha(image.pixel(x, y)) == 255 ? 1 : 0;
        }
    }
    QVERIFY(colours.size() > 20);
    // Scaled with its aspect kept and centred: it fills one dimension of the target.
    const qreal s = std::min(800 / size.width(), 500 / size.height());
    QCOMPARE(opaque > 0, true);
    QVERIFY(std::abs(size.width() * s - 800) < 1 || std::abs(size.height() * s - 500) < 1);
}

void TestTimelineView::accessibility()
{
    QVERIFY(!m_view->accessibleName().isEmpty());
    const QString nothing = m_view->accessibleDescription();
    m_view->setSelectedPlacements({{0, 0}});
    QVERIFY(m_view->accessibleDescription() != nothing);
    QVERIFY(m_view->accessibleDescription().contains(u"un-coal"_s));
    for (QAction *a : m_view->editActions()) {
        QVERIFY(!a->text().isEmpty());
        QVERIFY(!a->shortcut().isEmpty());
    }
    QCOMPARE(m_view->editActions().size(), 12);
    QCOMPARE(m_view->action(TimelineView::Command::RenamePhase)->shortcut(),
             QKeySequence(Qt::Key_F2));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
