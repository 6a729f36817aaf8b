// The promise of section 3 of the exercise specification: with no inject and no
// decision but `advance`, every month of the exercise has the released,
// releasedCumulative, escrowBalance and exposure of the value flow, and the
// payout falls in the flow's payout month. The engine computes its months
// itself; only this test calls computeValueFlow, to compare.

#include "exercise/exerciserun.h"
#include "flow/valueflow.h"
#include "io/planio.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

class TestExerciseFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalsFlow_data();
    void equalsFlow();
};

void TestExerciseFlow::equalsFlow_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("monthsPerAdvance"); // 0: no log (every month in turn 1)
    QStringList paths;
    for (const ScenarioInfo &s : bundledScenarios())
        paths << s.resourcePath;
    // Every golden plan of the principles and value-flow tests.
    for (const QString &folder : {u"/rules"_s, u"/flow"_s}) {
        QDirIterator it(QStringLiteral(TRANCHE_FIXTURES) + folder, {u"*.json"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext())
            found << it.next();
        found.sort();
        for (const QString &p : found) {
            if (!p.endsWith(u"expected.json"_s))
                paths << p;
        }
    }
    for (const QString &p : paths) {
        const QString name = p.section(u'/', -2);
        QTest::newRow(qPrintable(name + u" no log"_s)) << p << 0;
        QTest::newRow(qPrintable(name + u" advance 5"_s)) << p << 5;
    }
}

void TestExerciseFlow::equalsFlow()
{
    QFETCH(QString, path);
    QFETCH(int, monthsPerAdvance);
    const OpenResult opened = openPlan(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorLines().join(u'\n')));
    const Plan &plan = *opened.plan;
    ExercisePackage package;
    package.id = u"eq"_s;
    package.title = u"eq"_s;
    package.endMonth = plan.horizon() - 1;

    ExerciseLog log;
    log.package = package.id;
    for (int m = 0, turn = 1; m <= package.endMonth; m += monthsPerAdvance, ++turn) {
        Decision d;
        d.seq = turn;
        d.turn = turn;
        d.type = DecisionType::Advance;
        d.months = monthsPerAdvance;
        log.decisions.append(d);
        if (monthsPerAdvance == 0)
            break;
    }
    const ExerciseRun run = runExercise(plan, package, monthsPerAdvance > 0 ? &log : nullptr);
    const ValueFlow flow = computeValueFlow(plan);
    QCOMPARE(run.months.size(), flow.months.size());
    QVERIFY(run.projection.isEmpty());
    std::optional<int> payout;
    for (int m = 0; m < flow.months.size(); ++m) {
        const ExerciseMonth &e = run.months.at(m);
        const FlowMonth &f = flow.months.at(m);
        QCOMPARE(e.month, f.month);
        QCOMPARE(e.released, f.released);
        QCOMPARE(e.releasedCumulative, f.releasedCumulative);
        QCOMPARE(e.escrowBalance, f.escrowBalance);
        QCOMPARE(e.exposure, f.exposure);
        for (const ExerciseEvent &ev : e.events) {
            if (ev.type == ExerciseEventType::Payout)
                payout = m;
        }
    }
    QCOMPARE(payout, flow.payoutMonth);
}

QTEST_GUILESS_MAIN(TestExerciseFlow)
#include "tst_exerciseflow.moc"
