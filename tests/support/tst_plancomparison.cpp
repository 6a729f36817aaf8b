// Tests the field-by-field plan comparison of the acceptance test
// (plancomparison.h): it must find and name the first difference, so that
// tst_buildplan can fail for every field a user edits.

#include "support/plancomparison.h"

#include "io/planio.h"

#include <QTest>

using namespace tranche;
using namespace tranche::testing;
using namespace Qt::StringLiterals;

class TestPlanComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void comparisonFindsTheFirstDifference_data();
    void comparisonFindsTheFirstDifference();

private:
    Plan m_target;
};

void TestPlanComparison::initTestCase()
{
    const OpenResult target = openPlan(defaultScenarioPath());
    QVERIFY2(target.ok(), qPrintable(target.errorLines().join(u'\n')));
    m_target = *target.plan;
    QVERIFY(m_target.phases.size() >= 3);
}

void TestPlanComparison::comparisonFindsTheFirstDifference_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("expected"); // the start of the message; empty: no difference
    QTest::newRow("same plan") << 0 << QString();
    QTest::newRow("title") << 1 << u"plan title"_s;
    QTest::newRow("a phase's end") << 2 << u"phase 1 (p2) months"_s;
    QTest::newRow("an action's month") << 3 << u"phase 0 (p1) action 0 (a01) verified month"_s;
    QTest::newRow("a placement's open end") << 4 << u"phase 2 (p3) placement 0 (un-coal) end"_s;
    QTest::newRow("a note") << 5 << u"phase 1 (p2) placement 1 (un-textile) note"_s;
    QTest::newRow("placement order") << 6 << u"phase 1 (p2) placement 0 (un-coal) item"_s;
    QTest::newRow("a waiver") << 7 << u"number of waivers"_s;
}

void TestPlanComparison::comparisonFindsTheFirstDifference()
{
    QFETCH(int, change);
    QFETCH(QString, expected);
    Plan got = m_target;
    switch (change) {
    case 1:
        got.meta.title += u'!';
        break;
    case 2:
        got.phases[1].end += 1;
        break;
    case 3:
        got.phases[0].actions[0].verifiedMonth += 1;
        break;
    case 4:
        got.phases[2].reliefs[0].end = 60;
        break;
    case 5:
        got.phases[1].reliefs[1].note.chop(1);
        break;
    case 6:
        got.phases[1].reliefs.swapItemsAt(0, 1);
        break;
    case 7:
        got.waivers.append(Waiver{u"INT-1"_s, {}, {}, u"why"_s, u"me"_s, {}});
        break;
    default:
        break;
    }
    const QString message = firstDifference(got, m_target);
    if (expected.isEmpty())
        QCOMPARE(message, QString());
    else
        QVERIFY2(message.startsWith(expected), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestPlanComparison)
#include "tst_plancomparison.moc"
