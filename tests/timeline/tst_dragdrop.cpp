// Real drag and drop on the timeline (QT_QPA_PLATFORM=minimal, a real QDrag):
// catalog palette items and actions onto phase lanes, placements between
// phases, edges of placements and phases, refused drops; plus rubber-band and
// Ctrl selection. Each gesture must be exactly one undo step.

#include "support/timelinetestplan.h"
#include "support/uitestpoints.h"

#include "document/plandocument.h"
#include "models/roles.h"
#include "panels/catalogpalette.h"
#include "timeline/timelineview.h"

#include <QHBoxLayout>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace tranche;
using namespace tranche::testing;
using namespace Qt::StringLiterals;

class TestDragDrop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void paletteDrop_data();
    void paletteDrop();
    void emptyPhaseTakesDrops_data();
    void emptyPhaseTakesDrops();
    void movePlacement_data();
    void movePlacement();
    void dragEdges_data();
    void dragEdges();
    void rubberBandAndCtrl();

private:
    // Point of month `month` in `lane` of phase `phase`, in the timeline's viewport.
    QPoint timelinePoint(int phase, bool reliefLane, qreal month, qreal dy = 2) const;
    // Press on `from` in `source`, then a real QDrag to `to` in the timeline.
    void realDrag(QWidget *source, QPoint from, QPoint to);

    std::unique_ptr<PlanDocument> m_doc;
    std::unique_ptr<QWidget> m_window;
    CatalogPalette *m_palette = nullptr;
    TimelineView *m_view = nullptr;
};

void TestDragDrop::init()
{
    m_doc = std::make_unique<PlanDocument>(timelineTestPlan());
    m_window = std::make_unique<QWidget>();
    auto *layout = new QHBoxLayout(m_window.get());
    layout->setContentsMargins(0, 0, 0, 0);
    m_palette = new CatalogPalette;
    m_palette->setDocument(m_doc.get());
    m_palette->setFixedWidth(230);
    m_view = new TimelineView(m_doc.get());
    layout->addWidget(m_palette);
    layout->addWidget(m_view, 1);
    m_window->setGeometry(0, 0, 790, 560);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_view->setZoom(12);
    m_palette->itemsView()->expandAll();
}

void TestDragDrop::cleanup()
{
    m_window.reset();
    m_doc.reset();
}

QPoint TestDragDrop::timelinePoint(int phase, bool reliefLane, qreal month, qreal dy) const
{
    return test::lanePoint(m_view, phase, reliefLane, month, dy);
}

void TestDragDrop::realDrag(QWidget *source, QPoint from, QPoint to)
{
    QWidget *target = m_view->viewport();
    QTest::mousePress(source, Qt::LeftButton, {}, from);
    // QDrag::exec() blocks: the move onto the target and the release run from its loop.
    QTimer::singleShot(0, target, [target, to] {
        QTest::mouseMove(target, to - QPoint(3, 0));
        QTest::mouseMove(target, to);
        QTest::mouseRelease(target, Qt::LeftButton, {}, to);
    });
    // Item views start dragging on the second move past the drag distance.
    QTest::mouseMove(source, from + QPoint(4, 0));
    QTest::mouseMove(source, from + QPoint(40, 4));
    QCoreApplication::processEvents();
}

void TestDragDrop::paletteDrop_data()
{
    QTest::addColumn<bool>("action");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("phase");
    QTest::addColumn<bool>("reliefLane");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("edit"); // -1: refused
    QTest::newRow("item onto an interim relief lane")
        << false << u"un-textiles"_s << 0 << true << 3 << 0;
    QTest::newRow("item onto a final relief lane") << false << u"un-coal"_s << 2 << true << 16 << 1;
    QTest::newRow("action onto an action lane") << true << u"a-icbm"_s << 1 << false << 10 << 2;
    QTest::newRow("refused: item onto an action lane")
        << false << u"un-coal"_s << 0 << false << 3 << -1;
    QTest::newRow("refused: action already required")
        << true << u"a-freeze"_s << 0 << false << 4 << -1;
}

void TestDragDrop::paletteDrop()
{
    QFETCH(bool, action);
    QFETCH(QString, id);
    QFETCH(int, phase);
    QFETCH(bool, reliefLane);
    QFETCH(int, month);
    QFETCH(int, edit);

    const Plan before = m_doc->plan();
    Plan expected = before;
    switch (edit) {
    case 0: // start: the later of phase start 0 and verification month 2; escrowed
        expected.phases[0].reliefs.append(defaults(u"un-textiles"_s, 2, 6, true));
        break;
    case 1: // final phase: starts at the verification month 14, no escrow
        expected.phases[2].reliefs.append(defaults(u"un-coal"_s, 14, 24, false));
        break;
    case 2:
        expected.phases[1].actions.append({u"a-icbm"_s, 10, {}});
        break;
    }

    m_palette->tabs()->setCurrentIndex(action ? 1 : 0);
    QTreeView *source = action ? m_palette->actionsView() : m_palette->itemsView();
    const QPoint from = test::paletteRowPoint(source, action ? ActionIdRole : ItemIdRole, id);
    QVERIFY(source->viewport()->rect().contains(from));
    const QPoint to = timelinePoint(phase, reliefLane, month, 8);
    QVERIFY(m_view->viewport()->rect().contains(to));

    QSignalSpy steps(m_doc->undoStack(), &QUndoStack::indexChanged);
    QSignalSpy messages(m_view, &TimelineView::statusMessage);
    realDrag(source->viewport(), from, to);

    QCOMPARE(m_doc->plan(), expected);
    if (edit < 0) {
        QCOMPARE(steps.count(), 0);
        QVERIFY(messages.count() >= 1);
        return;
    }
    QCOMPARE(steps.count(), 1);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), before);
}

void TestDragDrop::emptyPhaseTakesDrops_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qreal>("dy"); // below the action lane's top
    QTest::newRow("onto the empty lane") << u"a-yongbyon"_s << qreal(4);
    QTest::newRow("onto the lane's label") << u"a-icbm"_s << qreal(14);
}

// A phase with no actions and no relief (as Add Phase makes it): its empty action
// lane, labelled with what it takes, takes a counterpart action.
void TestDragDrop::emptyPhaseTakesDrops()
{
    QFETCH(QString, id);
    QFETCH(qreal, dy);
    Plan plan = timelineTestPlan();
    plan.phases[1].actions.clear();
    plan.phases[1].reliefs.clear();
    m_doc->resetPlan(plan);
    Plan expected = plan;
    expected.phases[1].actions.append({id, 8, {}});

    m_palette->tabs()->setCurrentIndex(1);
    QTreeView *source = m_palette->actionsView();
    const QPoint from = test::paletteRowPoint(source, ActionIdRole, id);
    QVERIFY(source->viewport()->rect().contains(from));
    const QPoint to = test::lanePoint(m_view, 1, false, 8, dy);
    QVERIFY(m_view->viewport()->rect().contains(to));
    QSignalSpy steps(m_doc->undoStack(), &QUndoStack::indexChanged);
    realDrag(source->viewport(), from, to);
    QCOMPARE(m_doc->plan(), expected);
    QCOMPARE(steps.count(), 1);
}

void TestDragDrop::movePlacement_data()
{
    QTest::addColumn<int>("toPhase");
    QTest::addColumn<int>("monthShift");
    QTest::newRow("to the next phase, same months") << 1 << 0;
    QTest::newRow("to the next phase, two months later") << 1 << 2;
    QTest::newRow("within its phase, a month later") << 0 << 1;
}

void TestDragDrop::movePlacement()
{
    QFETCH(int, toPhase);
    QFETCH(int, monthShift);
    const Plan before = m_doc->plan();
    Plan expected = before;
    Placement coal = expected.phases[0].reliefs.takeFirst();
    coal.start += monthShift;
    *coal.end += monthShift;
    expected.phases[toPhase].reliefs.append(coal);

    // Press in the middle of the coal bar (months 2..6), drag to the target.
    const QRectF bar = m_view->geometry().placementRect({0, 0});
    const qreal month = m_view->geometry().xToMonth(bar.center().x()) + monthShift;
    const QPoint to = timelinePoint(toPhase, true, month, toPhase == 0 ? 40 : 8);
    const QPoint from = m_view->contentToViewport(bar.center()).toPoint();
    QSignalSpy steps(m_doc->undoStack(), &QUndoStack::indexChanged);
    realDrag(m_view->viewport(), from, to);

    QCOMPARE(m_doc->plan(), expected);
    QCOMPARE(steps.count(), 1);
    QCOMPARE(m_view->selectedPlacements(),
             (QList<PlacementRef>{{toPhase, int(expected.phases[toPhase].reliefs.size()) - 1}}));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), before);
}

void TestDragDrop::dragEdges_data()
{
    QTest::addColumn<bool>("placementEdge");
    QTest::addColumn<bool>("endEdge");
    QTest::addColumn<int>("toMonth");
    QTest::newRow("phase end 6 -> 8") << false << true << 8;
    QTest::newRow("phase start 6 -> 4 (second phase)") << false << false << 4;
    QTest::newRow("placement end 6 -> 9") << true << true << 9;
    QTest::newRow("placement start 2 -> 3") << true << false << 3;
    QTest::newRow("placement start past its end stops at the end") << true << false << 10;
}

void TestDragDrop::dragEdges()
{
    QFETCH(bool, placementEdge);
    QFETCH(bool, endEdge);
    QFETCH(int, toMonth);
    const Plan before = m_doc->plan();
    Plan expected = before;
    const TimelineGeometry &geo = m_view->geometry();
    QPoint from;
    int y = 0;
    if (placementEdge) {
        Placement &coal = expected.phases[0].reliefs[0];
        if (endEdge)
            coal.end = toMonth;
        else
            coal.start = std::min(toMonth, *coal.end);
        const QRectF bar = geo.placementRect({0, 0});
        from = m_view
                   ->contentToViewport(
                       QPointF(endEdge ? bar.right() - 1 : bar.left() + 1, bar.center().y()))
                   .toPoint();
        y = from.y();
    } else {
        // The first phase's end edge, or the second phase's start edge, in the action lane.
        const int phase = endEdge ? 0 : 1;
        if (endEdge)
            expected.phases[0].end = toMonth;
        else
            expected.phases[1].start = toMonth;
        from = timelinePoint(phase, false, 6, 3);
        y = from.y();
    }
    const QPoint to = m_view->contentToViewport(QPointF(geo.monthToX(toMonth), 0)).toPoint();
    QSignalSpy steps(m_doc->undoStack(), &QUndoStack::indexChanged);
    QWidget *vp = m_view->viewport();
    QTest::mousePress(vp, Qt::LeftButton, {}, from);
    QTest::mouseMove(vp, QPoint((from.x() + to.x()) / 2, y));
    QTest::mouseMove(vp, QPoint(to.x(), y));
    QTest::mouseRelease(vp, Qt::LeftButton, {}, QPoint(to.x(), y));

    QCOMPARE(m_doc->plan(), expected);
    QCOMPARE(steps.count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), before);
}

void TestDragDrop::rubberBandAndCtrl()
{
    const TimelineGeometry &geo = m_view->geometry();
    QWidget *vp = m_view->viewport();
    // A band from the empty end of the first relief lane down across the second one.
    const QRectF lane0 = geo.reliefLaneRect(0);
    const QRectF lane1 = geo.reliefLaneRect(1);
    const QPoint from =
        m_view->contentToViewport(QPointF(geo.monthToX(1) + 2, lane0.top() + 2)).toPoint();
    const QPoint to =
        m_view->contentToViewport(QPointF(geo.monthToX(13), lane1.bottom() - 2)).toPoint();
    QTest::mousePress(vp, Qt::LeftButton, {}, from);
    QTest::mouseMove(vp, (from + to) / 2);
    QTest::mouseMove(vp, to);
    QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
    QCOMPARE(m_view->selectedPlacements(), (QList<PlacementRef>{{0, 0}, {1, 0}}));
    // Ctrl+click takes one out again; a plain click selects only it.
    const QPoint fin = m_view->contentToViewport(geo.placementRect({1, 0}).center()).toPoint();
    QTest::mouseClick(vp, Qt::LeftButton, Qt::ControlModifier, fin);
    QCOMPARE(m_view->selectedPlacements(), (QList<PlacementRef>{{0, 0}}));
    QTest::mouseClick(vp, Qt::LeftButton, Qt::ControlModifier, fin);
    QCOMPARE(m_view->selectedPlacements(), (QList<PlacementRef>{{0, 0}, {1, 0}}));
    QTest::mouseClick(vp, Qt::LeftButton, {}, fin);
    QCOMPARE(m_view->selectedPlacements(), (QList<PlacementRef>{{1, 0}}));
    // A click on a header selects the phase.
    QTest::mouseClick(
        vp, Qt::LeftButton, {},
        QPoint(20, int(geo.headerRect(2).center().y() - m_view->verticalScrollBar()->value())));
    QCOMPARE(m_view->selectedPhase(), 2);
    QCOMPARE(m_view->selectedPlacements(), QList<PlacementRef>{});
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

QTEST_MAIN(TestDragDrop)
#include "tst_dragdrop.moc"
