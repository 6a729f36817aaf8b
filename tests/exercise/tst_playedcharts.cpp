// The exercise as played in the windows, on the bundled DPRK drill at several
// points of its log: the public screen's chart holds the months played only
// (no projection, no plan line, no decision, only injects addressed to all);
// the control desk's charts add the projection from the clock to the end, the
// plan as written and the decisions of the turns played; the headline "kept if
// they walk now" is the exposure of the last month played; X1..X8 are listed
// with their thresholds; the played timeline follows the log.

#include "exercise/exercisesession.h"
#include "exercise/playedcharts.h"
#include "exercise/playedchartwidget.h"
#include "exercise/playedtimeline.h"
#include "exercise/publicscreen.h"
#include "model/money.h"

#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

const QString kPackage =
    QStringLiteral(TRANCHE_SOURCE_DIR "/resources/exercises/dprk-breach-drill.json");
const QString kLog =
    QStringLiteral(TRANCHE_SOURCE_DIR "/resources/exercises/dprk-breach-drill.log.json");

// The bundled drill's session with the first n decisions of its log.
std::unique_ptr<ExerciseSession> sessionAt(int n)
{
    QStringList errors;
    std::unique_ptr<ExerciseSession> session = ExerciseSession::open(kPackage, kLog, errors);
    if (!session)
        return nullptr;
    ExerciseLog log = session->log();
    log.decisions = log.decisions.mid(0, n);
    if (!session->setLog(log).isEmpty())
        return nullptr;
    return session;
}

} // namespace

class TestPlayedCharts : public QObject
{
    Q_OBJECT
private slots:
    void publicScreenShowsPlayedMonthsOnly_data() { rows(); }
    void publicScreenShowsPlayedMonthsOnly();
    void controlSeesProjectionPlanAndDecisions_data() { rows(); }
    void controlSeesProjectionPlanAndDecisions();
    void headlineAndFigures_data() { rows(); }
    void headlineAndFigures();
    void timelineFollowsTheLog();

private:
    void rows();
};

void TestPlayedCharts::rows()
{
    QTest::addColumn<int>("decisions");
    QTest::addColumn<int>("marked"); // decisions of played turns the control chart marks
    QTest::newRow("nothing played") << 0 << 0;
    QTest::newRow("one turn") << 1 << 0;
    QTest::newRow("holds taken, not yet played") << 5 << 0;
    QTest::newRow("holds played") << 6 << 2;
    QTest::newRow("adjudicated") << 8 << 3;
    QTest::newRow("release and veto played") << 11 << 5;
    QTest::newRow("ended") << 13 << 5;
}

void TestPlayedCharts::publicScreenShowsPlayedMonthsOnly()
{
    QFETCH(int, decisions);
    const auto session = sessionAt(decisions);
    QVERIFY(session);
    PublicScreen screen(session.get());
    const PlayedChartWidget *widget = screen.findChild<PlayedChartWidget *>();
    QVERIFY(widget);
    const PlayedChart &chart = widget->chart();
    QVERIFY(chart.projection.isEmpty());
    QVERIFY(chart.planned.isEmpty());
    QVERIFY(chart.decisions.isEmpty());
    QCOMPARE(chart.played.size(), session->turnMonths().size());
    for (const ExerciseMonth &m : chart.played)
        QVERIFY(m.month < session->run().clock);
    QVERIFY(chart.lastMonth < std::max(session->run().clock, session->package().startMonth + 2));
    for (const PlayedChart::Mark &mark : chart.marks) {
        bool forAll = false;
        for (const Inject &inject : session->package().injects)
            if (inject.title == mark.label)
                forAll = inject.audience.contains("all"_L1);
        QVERIFY2(forAll, qPrintable(mark.label));
    }
}

void TestPlayedCharts::controlSeesProjectionPlanAndDecisions()
{
    QFETCH(int, decisions);
    QFETCH(int, marked);
    const auto session = sessionAt(decisions);
    QVERIFY(session);
    PlayedCharts charts(session.get());
    const PlayedChart &chart = charts.chart()->chart();
    const ExerciseRun &run = session->run();
    QCOMPARE(chart.projection.size(), run.projection.size());
    QVERIFY(!chart.projection.isEmpty()); // the drill never plays to its end
    QCOMPARE(chart.projection.first().month, run.clock);
    QCOMPARE(chart.projection.last().month, session->package().endMonth);
    QCOMPARE(chart.lastMonth, session->package().endMonth);
    QVERIFY(!chart.planned.isEmpty());
    QCOMPARE(chart.decisions.size(), marked);
    QCOMPARE(chart.marks.size(), session->firedInjects().size());
}

void TestPlayedCharts::headlineAndFigures()
{
    QFETCH(int, decisions);
    const auto session = sessionAt(decisions);
    QVERIFY(session);
    PlayedCharts charts(session.get());
    const ExerciseMonth *last = session->lastPlayed();
    const QString kept = formatMoney(last ? last->exposure : 0);
    QVERIFY2(charts.headline()->text().contains(kept), qPrintable(charts.headline()->text()));
    QTableWidget *table = charts.figures();
    QCOMPARE(table->rowCount(), 8);
    for (int row = 0; row < 8; ++row) {
        QVERIFY(table->item(row, 0)->text().startsWith(u"X%1 "_s.arg(row + 1)));
        QVERIFY(!table->item(row, 2)->text().isEmpty()); // the threshold
    }
    QCOMPARE(table->item(7, 1)->text(), formatMoney(session->run().metrics.x8));
}

void TestPlayedCharts::timelineFollowsTheLog()
{
    const auto session = sessionAt(0);
    QVERIFY(session);
    PlayedTimeline timeline(session.get());
    QCOMPARE(timeline.playedState().clock, session->run().clock);
    const auto full = sessionAt(11);
    QVERIFY(full);
    QCOMPARE(session->setLog(full->log()), QList<Problem>());
    QCOMPARE(timeline.playedState().clock, 15);
    QVERIFY(timeline.playedState().placement({0, 0})->snappedBack);
}

QTEST_MAIN(TestPlayedCharts)
#include "tst_playedcharts.moc"
