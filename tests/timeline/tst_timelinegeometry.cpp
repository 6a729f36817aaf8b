// Tests TimelineGeometry without painting: month <-> x at zooms, snapping,
// lanes and sub-rows, hit testing, rubber-band selection, damage kinds.

#include "timeline/timelinegeometry.h"

#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(tranche::TimelineHit::Kind)

namespace {

// Round numbers so that the expected coordinates below can be worked out by hand.
TimelineGeometry::Metrics testMetrics()
{
    TimelineGeometry::Metrics m;
    m.headerWidth = 100;
    m.rulerHeight = 40;
    m.headerMinHeight = 60;
    m.actionRowHeight = 20;
    m.barHeight = 20;
    m.barGap = 4;
    m.lanePadding = 4;
    m.phaseGap = 6;
    m.actionLabelWidth = 100;
    m.markerRadius = 6;
    m.minBarWidth = 4;
    m.edgeTolerance = 4;
    m.minMonths = 24;
    return m;
}

Placement placement(const QString &item, int start, std::optional<int> end)
{
    Placement p;
    p.item = item;
    p.start = start;
    p.end = end;
    return p;
}

// p1 interim 0..6: action a1 verified 2; reliefs [2,6) [4,10) [6,8).
// p2 final 6..12: no action; relief [8, open).
Plan samplePlan()
{
    Plan plan;
    Phase p1;
    p1.id = u"p1"_s;
    p1.start = 0;
    p1.end = 6;
    p1.actions = {{u"a1"_s, 2, {}}};
    p1.reliefs = {placement(u"i1"_s, 2, 6), placement(u"i2"_s, 4, 10), placement(u"i3"_s, 6, 8)};
    Phase p2;
    p2.id = u"p2"_s;
    p2.kind = PhaseKind::Final;
    p2.start = 6;
    p2.end = 12;
    p2.reliefs = {placement(u"i4"_s, 8, std::nullopt)};
    plan.phases = {p1, p2};
    return plan;
}

TimelineGeometry sampleGeometry(qreal ppm = 10)
{
    TimelineGeometry geo;
    geo.setMetrics(testMetrics());
    geo.setPixelsPerMonth(ppm);
    geo.layout(samplePlan());
    return geo;
}

} // namespace

class TestTimelineGeometry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void monthToX_data();
    void monthToX();
    void snapMonth_data();
    void snapMonth();
    void monthAt_data();
    void monthAt();
    void rows();
    void subRows_data();
    void subRows();
    void actionSubRows_data();
    void actionSubRows();
    void hitTest_data();
    void hitTest();
    void placementsIn_data();
    void placementsIn();
    void damage_data();
    void damage();
    void monthCount_data();
    void monthCount();
    void autoScrollStep_data();
    void autoScrollStep();
};

void TestTimelineGeometry::monthToX_data()
{
    QTest::addColumn<qreal>("ppm");
    QTest::addColumn<qreal>("month");
    QTest::addColumn<qreal>("x");
    QTest::addColumn<qreal>("effectivePpm");
    QTest::newRow("ppm 10, month 0") << 10.0 << 0.0 << 100.0 << 10.0;
    QTest::newRow("ppm 10, month 7") << 10.0 << 7.0 << 170.0 << 10.0;
    QTest::newRow("ppm 4, month 10") << 4.0 << 10.0 << 140.0 << 4.0;
    QTest::newRow("ppm 32, month 3") << 32.0 << 3.0 << 196.0 << 32.0;
    QTest::newRow("ppm 32, half month") << 32.0 << 2.5 << 180.0 << 32.0;
    QTest::newRow("too far in: clamped to 240") << 500.0 << 1.0 << 340.0 << 240.0;
    QTest::newRow("too far out: clamped to 4") << 1.0 << 10.0 << 140.0 << 4.0;
}

void TestTimelineGeometry::monthToX()
{
    QFETCH(qreal, ppm);
    QFETCH(qreal, month);
    QFETCH(qreal, x);
    QFETCH(qreal, effectivePpm);
    TimelineGeometry geo = sampleGeometry(ppm);
    QCOMPARE(geo.pixelsPerMonth(), effectivePpm);
    QCOMPARE(geo.monthToX(month), x);
    QCOMPARE(geo.xToMonth(x), month);
}

void TestTimelineGeometry::snapMonth_data()
{
    QTest::addColumn<qreal>("ppm");
    QTest::addColumn<qreal>("x");
    QTest::addColumn<int>("month");
    QTest::newRow("on month 0") << 10.0 << 100.0 << 0;
    QTest::newRow("just after 0") << 10.0 << 104.0 << 0;
    QTest::newRow("half way rounds up") << 10.0 << 105.0 << 1;
    QTest::newRow("just before 3") << 10.0 << 128.0 << 3;
    QTest::newRow("left of month 0") << 10.0 << 96.0 << 0;
    QTest::newRow("in the header column") << 10.0 << 50.0 << 0;
    QTest::newRow("beyond the last month") << 10.0 << 1000.0 << 24;
    QTest::newRow("ppm 32, 1.5 months") << 32.0 << 148.0 << 2;
    QTest::newRow("ppm 32, 1.4 months") << 32.0 << 144.8 << 1;
}

void TestTimelineGeometry::snapMonth()
{
    QFETCH(qreal, ppm);
    QFETCH(qreal, x);
    QFETCH(int, month);
    const TimelineGeometry geo = sampleGeometry(ppm);
    QCOMPARE(geo.snapMonth(x), month);
    QCOMPARE(geo.snapX(x), geo.monthToX(month));
}

void TestTimelineGeometry::monthAt_data()
{
    QTest::addColumn<qreal>("x");
    QTest::addColumn<int>("month");
    QTest::newRow("start of month 0") << 100.0 << 0;
    QTest::newRow("end of month 0") << 109.9 << 0;
    QTest::newRow("middle of month 5") << 155.0 << 5;
    QTest::newRow("header column") << 20.0 << 0;
    QTest::newRow("past the end") << 900.0 << 23;
}

void TestTimelineGeometry::monthAt()
{
    QFETCH(qreal, x);
    QFETCH(int, month);
    QCOMPARE(sampleGeometry().monthAt(x), month);
}

void TestTimelineGeometry::rows()
{
    const TimelineGeometry geo = sampleGeometry();
    QCOMPARE(geo.phaseCount(), 2);
    // Phase 1: 4 + 20 (one action row) + 2 x (20 + 4) + 4 + 4 = 80 high, from y 40.
    QCOMPARE(geo.phaseRowRect(0), QRectF(0, 40, 340, 80));
    QCOMPARE(geo.actionLaneRect(0), QRectF(100, 40, 240, 24));
    QCOMPARE(geo.reliefLaneRect(0), QRectF(100, 64, 240, 56));
    QCOMPARE(geo.headerRect(0), QRectF(0, 40, 100, 80));
    QCOMPARE(geo.phaseBandRect(0), QRectF(100, 40, 60, 80));
    // Phase 2: one relief row, 56 high, raised to the header's 60; after a gap of 6.
    QCOMPARE(geo.phaseRowRect(1), QRectF(0, 126, 340, 60));
    QCOMPARE(geo.phaseBandRect(1), QRectF(160, 126, 60, 60));
    QVERIFY(geo.actionLaneRect(1).bottom() <= geo.reliefLaneRect(1).top());
    QCOMPARE(geo.totalSize(), QSizeF(340, 192));
    QCOMPARE(geo.rulerRect(), QRectF(100, 0, 240, 40));
    // Bars.
    QCOMPARE(geo.placementRect({0, 0}), QRectF(120, 68, 40, 20));
    QCOMPARE(geo.placementRect({0, 1}), QRectF(140, 92, 60, 20));
    QCOMPARE(geo.placementRect({0, 2}), QRectF(160, 68, 20, 20));
    QCOMPARE(geo.placementRect({1, 0}), QRectF(180, 154, 160, 20)); // open-ended: to the last month
    QVERIFY(geo.placementOpenEnded({1, 0}));
    QVERIFY(!geo.placementOpenEnded({0, 0}));
    QCOMPARE(geo.placementRect({0, 3}), QRectF());
    QCOMPARE(geo.actionMarkerCenter(0, 0), QPointF(120, 54));
    QCOMPARE(geo.actionMarkerRect(0, 0), QRectF(114, 48, 12, 12));
    // Rows by y.
    QCOMPARE(geo.phaseAtY(20), -1);
    QCOMPARE(geo.phaseAtY(40), 0);
    QCOMPARE(geo.phaseAtY(119.9), 0);
    QCOMPARE(geo.phaseAtY(123), -1);
    QCOMPARE(geo.phaseAtY(126), 1);
    QCOMPARE(geo.phaseAtY(190), -1);
}

void TestTimelineGeometry::subRows_data()
{
    QTest::addColumn<QList<int>>("starts");
    QTest::addColumn<QList<int>>("ends"); // -1 = open-ended
    QTest::addColumn<QList<int>>("expectedRows");
    QTest::addColumn<int>("subRows");
    QTest::newRow("none") << QList<int>{} << QList<int>{} << QList<int>{} << 1;
    QTest::newRow("disjoint") << QList<int>{0, 2, 4} << QList<int>{2, 4, 6} << QList<int>{0, 0, 0}
                              << 1;
    QTest::newRow("all overlap") << QList<int>{0, 2, 3} << QList<int>{4, 6, 5}
                                 << QList<int>{0, 1, 2} << 3;
    QTest::newRow("row reused") << QList<int>{0, 2, 4} << QList<int>{4, 6, 8} << QList<int>{0, 1, 0}
                                << 2;
    QTest::newRow("document order is not time order")
        << QList<int>{4, 0, 2} << QList<int>{8, 4, 6} << QList<int>{0, 0, 1} << 2;
    QTest::newRow("zero length still takes room")
        << QList<int>{3, 3} << QList<int>{3, 5} << QList<int>{0, 1} << 2;
    QTest::newRow("open-ended blocks its row")
        << QList<int>{2, 10} << QList<int>{-1, 12} << QList<int>{0, 1} << 2;
}

void TestTimelineGeometry::subRows()
{
    QFETCH(QList<int>, starts);
    QFETCH(QList<int>, ends);
    QFETCH(QList<int>, expectedRows);
    QFETCH(int, subRows);
    Plan plan;
    Phase ph;
    ph.id = u"p"_s;
    ph.end = 12;
    for (int i = 0; i < starts.size(); ++i) {
        ph.reliefs.append(placement(
            u"x"_s, starts.at(i), ends.at(i) < 0 ? std::nullopt : std::optional<int>(ends.at(i))));
    }
    plan.phases = {ph};
    TimelineGeometry geo;
    geo.setMetrics(testMetrics());
    geo.setPixelsPerMonth(10);
    geo.layout(plan);
    QCOMPARE(geo.reliefSubRows(0), subRows);
    QList<int> rows;
    for (int i = 0; i < starts.size(); ++i)
        rows.append(geo.placementSubRow({0, i}));
    QCOMPARE(rows, expectedRows);
    // Bars of one sub-row never overlap.
    for (int a = 0; a < starts.size(); ++a) {
        for (int b = a + 1; b < starts.size(); ++b) {
            if (rows.at(a) == rows.at(b))
                QVERIFY(!geo.placementRect({0, a}).intersects(geo.placementRect({0, b})));
        }
    }
}

void TestTimelineGeometry::actionSubRows_data()
{
    QTest::addColumn<QList<int>>("months");
    QTest::addColumn<qreal>("ppm");
    QTest::addColumn<int>("subRows");
    QTest::newRow("none") << QList<int>{} << 10.0 << 1;
    QTest::newRow("labels collide") << QList<int>{0, 1} << 10.0 << 2;
    QTest::newRow("far apart") << QList<int>{0, 12} << 10.0 << 1;
    QTest::newRow("far apart when zoomed in") << QList<int>{0, 1} << 200.0 << 1;
    QTest::newRow("same month") << QList<int>{3, 3, 3} << 200.0 << 3;
}

void TestTimelineGeometry::actionSubRows()
{
    QFETCH(QList<int>, months);
    QFETCH(qreal, ppm);
    QFETCH(int, subRows);
    Plan plan;
    Phase ph;
    ph.id = u"p"_s;
    ph.end = 12;
    for (int i = 0; i < months.size(); ++i)
        ph.actions.append({u"a%1"_s.arg(i), months.at(i), {}});
    plan.phases = {ph};
    TimelineGeometry geo;
    geo.setMetrics(testMetrics());
    geo.setPixelsPerMonth(ppm);
    geo.layout(plan);
    QCOMPARE(geo.actionSubRows(0), subRows);
    QCOMPARE(geo.actionLaneRect(0).height(), 4 + 20.0 * subRows);
    QCOMPARE(geo.actionLaneRect(0).bottom(), geo.reliefLaneRect(0).top());
}

void TestTimelineGeometry::hitTest_data()
{
    QTest::addColumn<QPointF>("pos");
    QTest::addColumn<TimelineHit::Kind>("kind");
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("relief");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("month");
    using H = TimelineHit;
    QTest::newRow("corner") << QPointF(50, 20) << H::Nothing << -1 << -1 << -1 << 0;
    QTest::newRow("ruler") << QPointF(150, 20) << H::Ruler << -1 << -1 << -1 << 5;
    QTest::newRow("header") << QPointF(50, 60) << H::PhaseHeader << 0 << -1 << -1 << 0;
    QTest::newRow("bar body") << QPointF(135, 78) << H::Placement << 0 << 0 << -1 << 4;
    QTest::newRow("bar start edge") << QPointF(121, 78) << H::PlacementStart << 0 << 0 << -1 << 2;
    QTest::newRow("bar end edge") << QPointF(158, 78) << H::PlacementEnd << 0 << 0 << -1 << 6;
    QTest::newRow("shared edge: later bar's start")
        << QPointF(162, 78) << H::PlacementStart << 0 << 2 << -1 << 6;
    QTest::newRow("second sub-row") << QPointF(170, 100) << H::Placement << 0 << 1 << -1 << 7;
    QTest::newRow("action marker") << QPointF(120, 54) << H::ActionMarker << 0 << -1 << 0 << 2;
    QTest::newRow("action lane") << QPointF(200, 54) << H::ActionLane << 0 << -1 << -1 << 10;
    QTest::newRow("phase end edge") << QPointF(160, 50) << H::PhaseEnd << 0 << -1 << -1 << 6;
    QTest::newRow("phase start edge") << QPointF(102, 50) << H::PhaseStart << 0 << -1 << -1 << 0;
    QTest::newRow("empty relief lane") << QPointF(250, 115) << H::ReliefLane << 0 << -1 << -1 << 15;
    QTest::newRow("gap between phases") << QPointF(250, 123) << H::Nothing << -1 << -1 << -1 << 15;
    QTest::newRow("open-ended bar") << QPointF(300, 164) << H::Placement << 1 << 0 << -1 << 20;
    QTest::newRow("open end has no edge")
        << QPointF(338, 164) << H::Placement << 1 << 0 << -1 << 24;
    QTest::newRow("open bar start") << QPointF(182, 164) << H::PlacementStart << 1 << 0 << -1 << 8;
    QTest::newRow("phase 2 action lane")
        << QPointF(150, 140) << H::ActionLane << 1 << -1 << -1 << 5;
    QTest::newRow("phase 2 start edge") << QPointF(161, 140) << H::PhaseStart << 1 << -1 << -1 << 6;
    QTest::newRow("phase 2 end edge in relief lane")
        << QPointF(219, 180) << H::PhaseEnd << 1 << -1 << -1 << 12;
    QTest::newRow("right of everything") << QPointF(400, 100) << H::Nothing << -1 << -1 << -1 << 24;
    QTest::newRow("below everything") << QPointF(150, 400) << H::Nothing << -1 << -1 << -1 << 5;
}

void TestTimelineGeometry::hitTest()
{
    QFETCH(QPointF, pos);
    QFETCH(TimelineHit::Kind, kind);
    QFETCH(int, phase);
    QFETCH(int, relief);
    QFETCH(int, action);
    QFETCH(int, month);
    const TimelineHit hit = sampleGeometry().hitTest(pos);
    QCOMPARE(hit.kind, kind);
    QCOMPARE(hit.phase, phase);
    QCOMPARE(hit.relief, relief);
    QCOMPARE(hit.action, action);
    QCOMPARE(hit.month, month);
}

void TestTimelineGeometry::placementsIn_data()
{
    QTest::addColumn<QRectF>("rect");
    QTest::addColumn<QList<PlacementRef>>("expected");
    QTest::newRow("nothing") << QRectF(300, 50, 30, 60) << QList<PlacementRef>{};
    QTest::newRow("two sub-rows") << QRectF(125, 70, 20, 40) << QList<PlacementRef>{{0, 0}, {0, 1}};
    QTest::newRow("reversed corners")
        << QRectF(145, 110, -20, -40) << QList<PlacementRef>{{0, 0}, {0, 1}};
    QTest::newRow("across phases")
        << QRectF(175, 80, 10, 90) << QList<PlacementRef>{{0, 1}, {0, 2}, {1, 0}};
    QTest::newRow("everything") << QRectF(0, 0, 400, 400)
                                << QList<PlacementRef>{{0, 0}, {0, 1}, {0, 2}, {1, 0}};
}

void TestTimelineGeometry::placementsIn()
{
    QFETCH(QRectF, rect);
    QFETCH(QList<PlacementRef>, expected);
    QCOMPARE(sampleGeometry().placementsIn(rect), expected);
}

void TestTimelineGeometry::damage_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<int>("damage");
    QTest::newRow("extent changed: the row") << 0 << int(TimelineGeometry::Damage::Row);
    QTest::newRow("overlapping bar added: rows below move")
        << 1 << int(TimelineGeometry::Damage::RowsBelow);
    QTest::newRow("end beyond the horizon: everything") << 2 << int(TimelineGeometry::Damage::All);
    QTest::newRow("phase months changed: the row") << 3 << int(TimelineGeometry::Damage::Row);
}

void TestTimelineGeometry::damage()
{
    QFETCH(int, edit);
    QFETCH(int, damage);
    Plan plan = samplePlan();
    TimelineGeometry geo;
    geo.setMetrics(testMetrics());
    geo.setPixelsPerMonth(10);
    geo.layout(plan);
    const QRectF secondRow = geo.phaseRowRect(1);
    switch (edit) {
    case 0:
        plan.phases[0].reliefs[0].extent = 0.5;
        break;
    case 1:
        plan.phases[0].reliefs.append(placement(u"i9"_s, 3, 9));
        break;
    case 2:
        plan.phases[0].reliefs[0].end = 40;
        break;
    case 3:
        plan.phases[0].end = 5;
        break;
    }
    QCOMPARE(int(geo.updatePhase(plan, 0)), damage);
    if (damage == int(TimelineGeometry::Damage::RowsBelow))
        QCOMPARE(geo.phaseRowRect(1).top(), secondRow.top() + 24);
    // The incremental update equals a full layout.
    TimelineGeometry full;
    full.setMetrics(testMetrics());
    full.setPixelsPerMonth(10);
    full.layout(plan);
    QCOMPARE(geo.totalSize(), full.totalSize());
    for (int p = 0; p < plan.phases.size(); ++p) {
        QCOMPARE(geo.phaseRowRect(p), full.phaseRowRect(p));
        for (int r = 0; r < plan.phases.at(p).reliefs.size(); ++r)
            QCOMPARE(geo.placementRect({p, r}), full.placementRect({p, r}));
    }
}

void TestTimelineGeometry::monthCount_data()
{
    QTest::addColumn<int>("lastMonth");
    QTest::addColumn<int>("months");
    QTest::newRow("short plan: minimum shown") << 6 << 24;
    QTest::newRow("at the minimum") << 12 << 24;
    QTest::newRow("long plan: horizon") << 30 << 42;
}

void TestTimelineGeometry::monthCount()
{
    QFETCH(int, lastMonth);
    QFETCH(int, months);
    Plan plan;
    Phase ph;
    ph.id = u"p"_s;
    ph.end = lastMonth;
    plan.phases = {ph};
    TimelineGeometry geo;
    geo.setMetrics(testMetrics());
    geo.setPixelsPerMonth(10);
    geo.layout(plan);
    QCOMPARE(geo.monthCount(), months);
    QCOMPARE(geo.totalSize().width(), 100 + 10.0 * months);
}

void TestTimelineGeometry::autoScrollStep_data()
{
    QTest::addColumn<QRectF>("body");
    QTest::addColumn<QPointF>("pos");
    QTest::addColumn<QPoint>("step");
    // Body x 100..500, y 40..340; margin 40; at most 20 pixels a tick.
    const QRectF body(100, 40, 400, 300);
    QTest::newRow("centre: still") << body << QPointF(300, 190) << QPoint(0, 0);
    QTest::newRow("on the margin's inner line: still") << body << QPointF(460, 190) << QPoint(0, 0);
    QTest::newRow("just inside the right margin: slowest")
        << body << QPointF(461, 190) << QPoint(1, 0);
    QTest::newRow("half into the right margin") << body << QPointF(480, 190) << QPoint(10, 0);
    QTest::newRow("right edge: fastest") << body << QPointF(500, 190) << QPoint(20, 0);
    QTest::newRow("past the right edge: fastest") << body << QPointF(650, 190) << QPoint(20, 0);
    QTest::newRow("half into the left margin") << body << QPointF(120, 190) << QPoint(-10, 0);
    QTest::newRow("over the header column: fastest left")
        << body << QPointF(50, 190) << QPoint(-20, 0);
    QTest::newRow("quarter into the top margin") << body << QPointF(300, 70) << QPoint(0, -5);
    QTest::newRow("bottom edge") << body << QPointF(300, 340) << QPoint(0, 20);
    QTest::newRow("bottom-right corner: both") << body << QPointF(500, 340) << QPoint(20, 20);
    QTest::newRow("small body: margin a third of it")
        << QRectF(0, 0, 60, 60) << QPointF(55, 30) << QPoint(15, 0);
    QTest::newRow("small body keeps a still middle")
        << QRectF(0, 0, 60, 60) << QPointF(30, 30) << QPoint(0, 0);
    QTest::newRow("empty body: never") << QRectF() << QPointF(0, 0) << QPoint(0, 0);
}

void TestTimelineGeometry::autoScrollStep()
{
    QFETCH(QRectF, body);
    QFETCH(QPointF, pos);
    QFETCH(QPoint, step);
    QCOMPARE(TimelineGeometry::autoScrollStep(body, pos, 40, 20), step);
}

QTEST_GUILESS_MAIN(TestTimelineGeometry)
#include "tst_timelinegeometry.moc"
