// Tests of the timeline under the mouse: Shift+click range selection,
// autoscroll near the edges during every kind of drag, and edge drags held
// within the format's months.

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

class TestTimelineMouse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void shiftClickRange_data();
    void shiftClickRange();
    void autoScroll_data();
    void autoScroll();
    void edgeDragStopsAtLastMonth();

private:
    std::unique_ptr<PlanDocument> m_doc;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineMouse::init()
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

void TestTimelineMouse::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

void TestTimelineMouse::shiftClickRange_data()
{
    QTest::addColumn<PlacementRef>("anchor"); // invalid: no click before the Shift+click
    QTest::addColumn<PlacementRef>("target");
    QTest::addColumn<QList<PlacementRef>>("expected");
    // Plan: p1 {coal, textiles, fin}, p2 {} , p3 {coal, fin}.
    QTest::newRow("within a phase, forward")
        << PlacementRef{0, 0} << PlacementRef{0, 2} << QList<PlacementRef>{{0, 0}, {0, 1}, {0, 2}};
    QTest::newRow("within a phase, backward")
        << PlacementRef{0, 2} << PlacementRef{0, 1} << QList<PlacementRef>{{0, 1}, {0, 2}};
    QTest::newRow("the anchor itself")
        << PlacementRef{0, 1} << PlacementRef{0, 1} << QList<PlacementRef>{{0, 1}};
    QTest::newRow("across phases, over one without relief")
        << PlacementRef{0, 1} << PlacementRef{2, 0} << QList<PlacementRef>{{0, 1}, {0, 2}, {2, 0}};
    QTest::newRow("across phases, backward")
        << PlacementRef{2, 1} << PlacementRef{0, 2} << QList<PlacementRef>{{0, 2}, {2, 0}, {2, 1}};
    QTest::newRow("whole plan") << PlacementRef{2, 1} << PlacementRef{0, 0}
                                << QList<PlacementRef>{{0, 0}, {0, 1}, {0, 2}, {2, 0}, {2, 1}};
    QTest::newRow("no anchor: the clicked one")
        << PlacementRef{} << PlacementRef{2, 0} << QList<PlacementRef>{{2, 0}};
}

void TestTimelineMouse::shiftClickRange()
{
    QFETCH(PlacementRef, anchor);
    QFETCH(PlacementRef, target);
    QFETCH(QList<PlacementRef>, expected);
    Plan plan = timelineTestPlan();
    plan.phases[0].reliefs.append(defaults(u"un-textiles"_s, 3, 6, true));
    plan.phases[0].reliefs.append(defaults(u"us-fin"_s, 4, 6, false));
    plan.phases[2].reliefs = {plan.phases[1].reliefs.constFirst(),
                              defaults(u"un-coal"_s, 14, 20, false)};
    plan.phases[2].reliefs[0].start = 12;
    plan.phases[2].reliefs[0].end = 18;
    plan.phases[1].reliefs.clear();
    m_doc->resetPlan(plan);
    m_view->resize(1000, 900); // every row in sight: clicks need no scrolling
    m_view->setZoom(30);

    const TimelineGeometry &geo = m_view->geometry();
    auto click = [&](PlacementRef ref, Qt::KeyboardModifiers modifiers) {
        const QRectF bar = geo.placementRect(ref);
        m_view->ensureContentVisible(bar);
        const QPoint at = m_view->contentToViewport(bar.center()).toPoint();
        QVERIFY(m_view->viewport()->rect().contains(at));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, modifiers, at);
    };
    if (anchor.isValid()) {
        click(anchor, {});
        QCOMPARE(m_view->selectedPlacements(), QList<PlacementRef>{anchor});
    }
    click(target, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedPlacements(), expected);
    QCOMPARE(m_view->selectionAnchor(), anchor.isValid() ? anchor : target);

    // Ctrl+click still toggles one placement.
    click(target, Qt::ControlModifier);
    QList<PlacementRef> without = expected;
    without.removeAll(target);
    QCOMPARE(m_view->selectedPlacements(), without);
    click(target, Qt::ControlModifier);
    QCOMPARE(m_view->selectedPlacements().size(), expected.size());

    // Shift+rubber band adds to the selection: a band over p3's second bar.
    m_view->clearSelection();
    click({0, 0}, {});
    const QRectF bar = geo.placementRect({2, 1});
    m_view->ensureContentVisible(bar.adjusted(-40, -10, 40, 10));
    const QPoint from =
        m_view->contentToViewport(QPointF(bar.right() + 20, bar.top() - 2)).toPoint();
    const QPoint to =
        m_view->contentToViewport(QPointF(bar.center().x(), bar.bottom() - 2)).toPoint();
    QWidget *vp = m_view->viewport();
    QTest::mousePress(vp, Qt::LeftButton, Qt::ShiftModifier, from);
    QTest::mouseMove(vp, (from + to) / 2);
    QTest::mouseMove(vp, to);
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::ShiftModifier, to);
    QCOMPARE(m_view->selectedPlacements(), (QList<PlacementRef>{{0, 0}, {2, 1}}));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestTimelineMouse::autoScroll_data()
{
    // 0: a drag from the palette (QDrag: drag move events), 1: a rubber band,
    // 2: a placement's end edge (mouse moves with the button held).
    QTest::addColumn<int>("gesture");
    QTest::addColumn<QString>("edge");
    const char *names[] = {"palette drag", "rubber band", "placement edge drag"};
    for (int gesture = 0; gesture < 3; ++gesture) {
        for (const char *edge : {"right", "left", "bottom", "top"})
            QTest::newRow(qPrintable(u"%1 near the %2 edge"_s.arg(QLatin1StringView(names[gesture]),
                                                                  QLatin1StringView(edge))))
                << gesture << QString::fromLatin1(edge);
    }
}

namespace {

// A point of the body 3 pixels from `edge` ("right", "left", "bottom", "top"), else `centre`'s.
QPoint nearEdge(QSize viewport, const TimelineGeometry::Metrics &m, QPoint centre,
                const QString &edge)
{
    if (edge == u"right"_s)
        centre.setX(viewport.width() - 3);
    else if (edge == u"left"_s)
        centre.setX(int(m.headerWidth) + 3);
    else if (edge == u"bottom"_s)
        centre.setY(viewport.height() - 3);
    else
        centre.setY(int(m.rulerHeight) + 3);
    return centre;
}

// Scrolls so that `bar`'s end edge is under `centre`; without a bar, to the middle.
// True when there is room to scroll both ways from there.
bool scrollToStart(QScrollBar *h, QScrollBar *v, std::optional<QRectF> bar, QPoint centre)
{
    if (bar) {
        h->setValue(int(bar->right() - centre.x()));
        v->setValue(int(bar->center().y() - centre.y()));
    } else {
        h->setValue(h->maximum() / 2);
        v->setValue(v->maximum() / 2);
    }
    return h->value() > 0 && h->value() < h->maximum() && v->value() > 0 &&
           v->value() < v->maximum();
}

} // namespace

void TestTimelineMouse::autoScroll()
{
    QFETCH(int, gesture);
    QFETCH(QString, edge);
    m_view->resize(700, 260); // both scroll bars in use
    m_view->setZoom(60);
    QScrollBar *h = m_view->horizontalScrollBar();
    QScrollBar *v = m_view->verticalScrollBar();
    QVERIFY(h->maximum() > 0);
    QVERIFY(v->maximum() > 0);
    const bool horizontal = edge == u"right"_s || edge == u"left"_s;
    const bool towardsEnd = edge == u"right"_s || edge == u"bottom"_s;
    QScrollBar *bar = horizontal ? h : v;

    QWidget *vp = m_view->viewport();
    const TimelineGeometry &geo = m_view->geometry();
    const auto &m = geo.metrics();
    const QPoint centre(int(m.headerWidth + (vp->width() - m.headerWidth) / 2),
                        int(m.rulerHeight + (vp->height() - m.rulerHeight) / 2));
    // Start with room to scroll both ways; for the edge drag, the end edge of
    // the second phase's bar (months 8..12) under the centre.
    const QRectF fin = geo.placementRect({1, 0});
    QVERIFY(scrollToStart(h, v, gesture == 2 ? std::optional<QRectF>(fin) : std::nullopt, centre));
    const int start = bar->value();
    const QPoint press =
        gesture == 2
            ? m_view->contentToViewport(QPointF(fin.right() - 1, fin.center().y())).toPoint()
            : QPoint(centre.x(), int(m.rulerHeight) + 1); // the ruler: no bar
    const QPoint near = nearEdge(vp->size(), m, centre, edge);

    const std::unique_ptr<QMimeData> mime =
        payload(QString(mime::kCatalogItems), u"items"_s, {u"un-textiles"_s});
    const auto moveTo = [&](QPoint at) {
        if (gesture == 0) {
            QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(vp, &move);
        } else {
            QTest::mouseMove(vp, at);
        }
    };
    if (gesture == 0) {
        QDragEnterEvent enter(centre, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(vp, &enter);
    } else {
        QTest::mousePress(vp, Qt::LeftButton, {}, press);
    }
    moveTo(centre);
    QVERIFY(!m_view->isAutoScrolling());
    QCOMPARE(bar->value(), start);

    moveTo(near);
    QVERIFY(m_view->isAutoScrolling());
    if (towardsEnd)
        QTRY_VERIFY(bar->value() > start);
    else
        QTRY_VERIFY(bar->value() < start);

    // Back in the middle: the scrolling stops.
    moveTo(centre);
    QVERIFY(!m_view->isAutoScrolling());
    // And on leaving / releasing.
    moveTo(near);
    QVERIFY(m_view->isAutoScrolling());
    if (gesture == 0) {
        QDragLeaveEvent leave;
        QCoreApplication::sendEvent(vp, &leave);
    } else {
        QTest::mouseRelease(vp, Qt::LeftButton, {}, near);
    }
    QVERIFY(!m_view->isAutoScrolling());
    // Only the edge drag edits, in one step: the end follows the scrolled content.
    QCOMPARE(m_doc->undoStack()->count(), gesture == 2 && horizontal ? 1 : 0);
    if (gesture == 2 && horizontal) {
        const Placement &pl = m_doc->plan().phases.at(1).reliefs.at(0);
        // (Leftwards the end stops at the start.)
        QCOMPARE(*pl.end,
                 std::max(pl.start, geo.snapMonth(m_view->viewportToContent(QPointF(near)).x())));
    }
}

void TestTimelineMouse::edgeDragStopsAtLastMonth()
{
    // Months end at 1200 (PLAN-FORMAT.md): an end edge dragged past it stops there.
    Plan plan = timelineTestPlan();
    plan.phases[2].end = 1198; // the view shows months up to 1198 + 12
    plan.phases[0].reliefs[0].end = 1196;
    m_doc->resetPlan(plan);
    const TimelineGeometry &geo = m_view->geometry();
    const QRectF bar = geo.placementRect({0, 0});
    m_view->ensureContentVisible(QRectF(bar.right() - 200, bar.top(), 400, bar.height()));
    QWidget *vp = m_view->viewport();
    const QPoint from =
        m_view->contentToViewport(QPointF(bar.right() - 1, bar.center().y())).toPoint();
    const QPoint to =
        m_view->contentToViewport(QPointF(geo.monthToX(1206), bar.center().y())).toPoint();
    QTest::mousePress(vp, Qt::LeftButton, {}, from);
    QTest::mouseMove(vp, (from + to) / 2);
    QTest::mouseMove(vp, to);
    QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
    QCOMPARE(m_doc->plan().phases.at(0).reliefs.at(0).end, std::optional<int>(1200));
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

QTEST_MAIN(TestTimelineMouse)
#include "tst_timelinemouse.moc"
