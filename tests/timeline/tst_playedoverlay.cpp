// The plan as played over the timeline: what the overlay draws, and where,
// for each state of a placement (on time, started late, waiting past its
// start, held, snapped back, re-imposed, extended) and of a requirement
// (verified on time or late, delayed, failed), and the clock; the played state
// the bundled DPRK drill's log leaves; and that the timeline paints the
// overlay only when given one.

#include "cli/exercisecli.h"
#include "exercise/playedstate.h"
#include "support/timelinetestplan.h"
#include "timeline/playedoverlay.h"
#include "timeline/timelinegeometry.h"
#include "timeline/timelinepainter.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;
using Mark = PlayedOverlay::Mark;

namespace {

// What is drawn, as marks over months [from, to) (requirements: -1, -1).
struct Drawn
{
    Mark mark = Mark::Played;
    int from = -1;
    int to = -1;
    bool operator==(const Drawn &) const = default;
};

// How QCOMPARE prints a mark (found by argument-dependent lookup).
char *toString(const Drawn &d)
{
    return qstrdup(
        qPrintable(PlayedOverlay::markText(d.mark) + u" %1..%2"_s.arg(d.from).arg(d.to)));
}

// An untouched played state of a plan at the clock.
PlayedState emptyState(const Plan &plan, int clock)
{
    PlayedState state;
    state.clock = clock;
    for (int ph = 0; ph < plan.phases.size(); ++ph) {
        QList<PlayedPlacement> row;
        for (const Placement &p : plan.phases.at(ph).reliefs)
            row.append(PlayedPlacement{p.start, p.end});
        state.placements.append(row);
        for (int a = 0; a < plan.phases.at(ph).actions.size(); ++a)
            state.requirements.append(
                PlayedRequirement{ph, a, plan.phases.at(ph).actions.at(a).verifiedMonth});
    }
    return state;
}

// The overlay's placement shapes of `ref` read back as months.
QList<Drawn> drawnOn(const PlayedOverlay &overlay, const TimelineGeometry &geo, PlacementRef ref)
{
    QList<Drawn> out;
    for (const PlayedOverlay::Shape &s : overlay.shapes()) {
        if (s.placement != ref)
            continue;
        out << Drawn{s.mark, qRound(geo.xToMonth(s.rect.left())),
                     qRound(geo.xToMonth(s.rect.right()))};
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Drawn)

class TestPlayedOverlay : public QObject
{
    Q_OBJECT
private slots:
    void placement_data();
    void placement();
    void requirement_data();
    void requirement();
    void clockLine();
    void drillAsPlayed();
    void paintsOnlyWhenPlayed();
};

// p1's coal placement is planned for months 2..6 (it ends by itself).
void TestPlayedOverlay::placement_data()
{
    QTest::addColumn<int>("clock");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("ended");
    QTest::addColumn<bool>("late");
    QTest::addColumn<bool>("held");
    QTest::addColumn<bool>("snappedBack");
    QTest::addColumn<bool>("reimposed");
    QTest::addColumn<int>("extendedBy");
    QTest::addColumn<QList<Drawn>>("drawn");
    QTest::newRow("on time, running") << 4 << 2 << -1 << false << false << false << false << 0
                                      << QList<Drawn>{{Mark::Played, 2, 4}};
    QTest::newRow("not yet due") << 1 << -1 << -1 << false << false << false << false << 0
                                 << QList<Drawn>{};
    QTest::newRow("ran its course") << 9 << 2 << 6 << false << false << false << false << 0
                                    << QList<Drawn>{{Mark::Played, 2, 6}};
    QTest::newRow("started late") << 5 << 3 << -1 << true << false << false << false << 0
                                  << QList<Drawn>{{Mark::Played, 3, 5}, {Mark::LateStart, 2, 3}};
    QTest::newRow("waiting past its start") << 4 << -1 << -1 << true << false << false << false << 0
                                            << QList<Drawn>{{Mark::LateStart, 2, 4}};
    QTest::newRow("held") << 4 << -1 << -1 << true << true << false << false << 0
                          << QList<Drawn>{{Mark::LateStart, 2, 4}, {Mark::Held, 2, 6}};
    QTest::newRow("snapped back") << 6 << 2 << 4 << false << false << true << false << 0
                                  << QList<Drawn>{{Mark::Played, 2, 4}, {Mark::SnappedBack, 4, 6}};
    QTest::newRow("re-imposed") << 7 << 2 << 5 << false << false << false << true << 0
                                << QList<Drawn>{{Mark::Played, 2, 5}, {Mark::Reimposed, 5, 6}};
    QTest::newRow("re-imposed, not yet ended")
        << 4 << 2 << -1 << false << false << false << true << 0
        << QList<Drawn>{{Mark::Played, 2, 4}, {Mark::Reimposed, 4, 6}};
    QTest::newRow("extended") << 8 << 2 << -1 << false << false << false << false << 3
                              << QList<Drawn>{{Mark::Played, 2, 8}, {Mark::Extended, 6, 9}};
    QTest::newRow("late and extended")
        << 12 << 3 << 9 << true << false << false << false << 2
        << QList<Drawn>{{Mark::Played, 3, 9}, {Mark::LateStart, 2, 3}, {Mark::Extended, 7, 9}};
}

void TestPlayedOverlay::placement()
{
    QFETCH(int, clock);
    QFETCH(int, start);
    QFETCH(int, ended);
    QFETCH(bool, late);
    QFETCH(bool, held);
    QFETCH(bool, snappedBack);
    QFETCH(bool, reimposed);
    QFETCH(int, extendedBy);
    QFETCH(QList<Drawn>, drawn);
    const Plan plan = testing::timelineTestPlan();
    TimelineGeometry geo;
    geo.layout(plan);
    PlayedState state = emptyState(plan, clock);
    PlayedPlacement &p = state.placements[0][0];
    p.start = start;
    p.ended = ended;
    p.late = late;
    p.held = held;
    p.snappedBack = snappedBack;
    p.reimposed = reimposed;
    p.extendedBy = extendedBy;
    const PlayedOverlay overlay(state, geo);
    QCOMPARE(drawnOn(overlay, geo, {0, 0}), drawn);
    QCOMPARE(drawnOn(overlay, geo, {1, 0}), QList<Drawn>{}); // the others untouched
    const QRectF bar = geo.placementRect({0, 0});
    for (const PlayedOverlay::Shape &s : overlay.shapes()) {
        if (s.placement != PlacementRef{0, 0})
            continue;
        QVERIFY(s.rect.top() >= bar.top() && s.rect.bottom() <= bar.bottom()); // on its bar's row
        if (s.mark == Mark::Held)
            QCOMPARE(s.rect, bar);
    }
}

// p1's a-freeze is planned for month 2.
void TestPlayedOverlay::requirement_data()
{
    QTest::addColumn<int>("clock");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("mark"); // -1: none
    QTest::addColumn<int>("reachesMonth");
    using S = PlayedRequirementStatus;
    QTest::newRow("pending") << 1 << int(S::Pending) << -1 << -1 << -1;
    QTest::newRow("verified on time") << 4 << int(S::Verified) << 2 << int(Mark::Verified) << -1;
    QTest::newRow("verified late") << 6 << int(S::Verified) << 5 << int(Mark::Verified) << 5;
    QTest::newRow("delayed") << 7 << int(S::Delayed) << -1 << int(Mark::Delayed) << 7;
    QTest::newRow("failed") << 5 << int(S::Failed) << 4 << int(Mark::Failed) << -1;
}

void TestPlayedOverlay::requirement()
{
    QFETCH(int, clock);
    QFETCH(int, status);
    QFETCH(int, month);
    QFETCH(int, mark);
    QFETCH(int, reachesMonth);
    const Plan plan = testing::timelineTestPlan();
    TimelineGeometry geo;
    geo.layout(plan);
    PlayedState state = emptyState(plan, clock);
    state.requirements[0].status = PlayedRequirementStatus(status);
    state.requirements[0].month = month;
    QList<PlayedOverlay::Shape> shapes;
    for (const PlayedOverlay::Shape &s : PlayedOverlay(state, geo).shapes())
        if (s.requirement >= 0)
            shapes << s;
    if (mark < 0) {
        QCOMPARE(shapes.size(), 0);
        return;
    }
    QCOMPARE(shapes.size(), 1);
    QCOMPARE(int(shapes.first().mark), mark);
    QCOMPARE(shapes.first().requirement, 0);
    const QRectF marker = geo.actionMarkerRect(0, 0);
    QVERIFY(shapes.first().rect.contains(marker)); // on the action lane, around its marker
    QCOMPARE(shapes.first().rect.left(), marker.left() - 3);
    if (reachesMonth >= 0) // a line on to the month it was verified, or to the clock
        QCOMPARE(shapes.first().rect.right(), geo.monthToX(reachesMonth));
    else
        QCOMPARE(shapes.first().rect.right(), marker.right() + 3);
}

void TestPlayedOverlay::clockLine()
{
    const Plan plan = testing::timelineTestPlan();
    TimelineGeometry geo;
    geo.layout(plan);
    const PlayedState state = emptyState(plan, 9);
    QList<PlayedOverlay::Shape> clocks;
    for (const PlayedOverlay::Shape &s : PlayedOverlay(state, geo).shapes())
        if (s.mark == Mark::Clock)
            clocks << s;
    QCOMPARE(clocks.size(), 1);
    QCOMPARE(clocks.first().rect.left(), geo.monthToX(9));
    QCOMPARE(clocks.first().rect.width(), 0.0);
    QCOMPARE(clocks.first().rect.top(), geo.metrics().rulerHeight);
    QCOMPARE(clocks.first().rect.bottom(), geo.totalSize().height());
}

// The bundled drill after its log: five turns of three months played.
void TestPlayedOverlay::drillAsPlayed()
{
    QStringList errors;
    const auto played = playExercise(
        QStringLiteral(TRANCHE_SOURCE_DIR "/resources/exercises/dprk-breach-drill.json"),
        QStringLiteral(TRANCHE_SOURCE_DIR "/resources/exercises/dprk-breach-drill.log.json"),
        errors);
    QVERIFY2(played, qPrintable(errors.join(u'\n')));
    const PlayedState state = PlayedState::build(played->plan, played->run, *played->log);
    QCOMPARE(state.clock, 15);
    // The interim relief (planned 3..9) started on time; the breach of month 4
    // cut it after one more month (snapback lag 1): ended in month 6.
    const PlayedPlacement *interim = state.placement({0, 0});
    QCOMPARE(interim->start, 3);
    QCOMPARE(interim->ended, 6);
    QVERIFY(interim->snappedBack);
    QVERIFY(!interim->reimposed && !interim->late);
    // Phase 2: coal held then released (its gate not met by month 15: late),
    // textiles still held.
    const PlayedPlacement *coal = state.placement({1, 0});
    QVERIFY(!coal->held);
    QVERIFY(coal->late);
    QCOMPARE(coal->start, -1);
    QVERIFY(state.placement({1, 1})->held);
    // Requirements: nothing failed for good (the moratorium was restated);
    // some verified late, some still delayed.
    QList<int> counts(4, 0);
    for (const PlayedRequirement &r : state.requirements)
        ++counts[int(r.status)];
    QCOMPARE(counts[int(PlayedRequirementStatus::Failed)], 0);
    QVERIFY(counts[int(PlayedRequirementStatus::Verified)] > 0);
    QVERIFY(counts[int(PlayedRequirementStatus::Delayed)] > 0);
    QCOMPARE(state.placement({9, 0}), nullptr);
}

// The timeline draws the overlay only when a played state is set.
void TestPlayedOverlay::paintsOnlyWhenPlayed()
{
    const Plan plan = testing::timelineTestPlan();
    TimelineGeometry geo;
    geo.layout(plan);
    PlayedState state = emptyState(plan, 5);
    state.placements[0][0].start = 2;
    TimelineFindingIndex findings;
    findings.build(plan, {});
    const auto render = [&](const PlayedState *played) {
        QImage image(geo.totalSize().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        TimelinePainter painter(plan, geo, findings, TimelinePainter::printPalette(), QFont());
        TimelineDecorations deco;
        deco.played = played;
        painter.setDecorations(&deco);
        painter.paintBody(&p, QRectF(QPointF(0, 0), geo.totalSize()));
        return image;
    };
    const QImage plain = render(nullptr);
    const QImage withPlay = render(&state);
    QVERIFY(plain != withPlay);
    // The clock's line is in the played picture's column of month 5, not the plain one's.
    const int x = qRound(geo.monthToX(5));
    const int y = qRound(geo.reliefLaneRect(2).center().y());
    QVERIFY(withPlay.pixelColor(x, y) != plain.pixelColor(x, y));
}

QTEST_MAIN(TestPlayedOverlay)
#include "tst_playedoverlay.moc"
