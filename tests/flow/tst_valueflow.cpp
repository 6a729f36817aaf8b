// Golden cases of the value flow (PRINCIPLES.md "The value flow"), every
// expected figure computed by hand in the comments next to the plan.

#include "cli/flowcli.h"
#include "flow/valueflow.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace tranche;

Q_DECLARE_METATYPE(tranche::Plan)

namespace {

// Item "a": $1,200/yr (monthly 100 at extent 1), easy. Item "b": $2,400/yr
// (monthly 200), easy. Item "h": $2,400/yr, hard.
Catalog catalog()
{
    Catalog c;
    const auto add = [&](const QString &id, double annual, Reversibility r) {
        SanctionsItem it;
        it.id = id;
        it.annualValueUsd = annual;
        it.reversibility = r;
        it.authority = Authority::UN;
        c.items.append(it);
    };
    add(u"a"_s, 1200, Reversibility::Easy);
    add(u"b"_s, 2400, Reversibility::Easy);
    add(u"h"_s, 2400, Reversibility::Hard);
    return c;
}

Placement place(const QString &item, double extent, int start, std::optional<int> end,
                double escrowShare, bool snapback)
{
    Placement p;
    p.item = item;
    p.extent = extent;
    p.start = start;
    p.end = end;
    p.escrowShare = escrowShare;
    p.snapback = snapback;
    return p;
}

Phase phase(const QString &id, PhaseKind kind, int start, int end,
            const QList<std::pair<QString, int>> &actions, const QList<Placement> &reliefs)
{
    Phase ph;
    ph.id = id;
    ph.kind = kind;
    ph.start = start;
    ph.end = end;
    for (const auto &[action, month] : actions)
        ph.actions.append(RequiredAction{action, month, {}});
    ph.reliefs = reliefs;
    return ph;
}

Plan plan(const QList<Phase> &phases)
{
    Plan p;
    p.catalog = catalog();
    p.phases = phases;
    return p;
}

constexpr auto Interim = PhaseKind::Interim;
constexpr auto Final = PhaseKind::Final;

// H = 18, P = 5. a: months 0..3, 50 escrowed + 50 released a month, snapback.
Plan escrowPaidOutAtP()
{
    return plan(
        {phase(u"p1"_s, Interim, 0, 4, {{u"act1"_s, 0}}, {place(u"a"_s, 1, 0, 4, 0.5, true)}),
         phase(u"p2"_s, Final, 4, 6, {{u"act2"_s, 5}}, {})});
}

// H = 18, P = 2. a: months 0..5, 50/50, snapback; after P the escrowed 50
// passes through: released 100 a month.
Plan escrowPassesThrough()
{
    return plan(
        {phase(u"p1"_s, Final, 0, 2, {{u"act1"_s, 2}}, {place(u"a"_s, 1, 0, 6, 0.5, true)})});
}

// H = 17, no final phase. a (easy, no snapback): months 0..4, 50/50.
// h (hard, snapback true, extent 0.5 = 100/month, no escrow): months 1..2.
Plan noSnapbackAndHard()
{
    return plan({phase(u"p1"_s, Interim, 0, 3, {{u"act1"_s, 0}},
                       {place(u"a"_s, 1, 0, 5, 0.5, false), place(u"h"_s, 0.5, 1, 3, 0, true)})});
}

// H = 13, P = 1. a open-ended from 0, escrow 0.25 (25 escrowed, 75 released), no snapback.
Plan openEnded()
{
    return plan({phase(u"p1"_s, Final, 0, 1, {{u"act1"_s, 1}},
                       {place(u"a"_s, 1, 0, std::nullopt, 0.25, false)})});
}

// H = 22, P = 2. a: months 0..9, 50 escrowed + 50 released a month, NO
// snapback: a lasting, escrowed placement across the payout.
Plan lastingAcrossPayout()
{
    return plan(
        {phase(u"p1"_s, Final, 0, 2, {{u"act1"_s, 2}}, {place(u"a"_s, 1, 0, 10, 0.5, false)})});
}

// H = 32, no final phase. a: months 0..19, no escrow, no snapback: 100 a month.
Plan longPlacement()
{
    return plan(
        {phase(u"p1"_s, Interim, 0, 1, {{u"act1"_s, 0}}, {place(u"a"_s, 1, 0, 20, 0, false)})});
}

// H = 14. A final phase without required actions: no P, escrow never released.
Plan finalWithoutActions()
{
    return plan({phase(u"p1"_s, Final, 0, 2, {}, {place(u"a"_s, 1, 0, 2, 0.5, true)})});
}

// H = 15, P = 0: escrowed 50 paid out at once, released 100 a month for 0..2.
Plan payoutAtZero()
{
    return plan(
        {phase(u"p1"_s, Final, 0, 3, {{u"act1"_s, 0}}, {place(u"a"_s, 1, 0, 3, 0.5, true)})});
}

// H = 16, P = 3. a: months 0..3, 50/50, NO snapback (in exposure); b: open-ended
// from 3, 200 released a month, snapback (not in exposure).
Plan smallRatio()
{
    return plan(
        {phase(u"p1"_s, Interim, 0, 2, {{u"act1"_s, 0}}, {place(u"a"_s, 1, 0, 4, 0.5, false)}),
         phase(u"p2"_s, Final, 2, 3, {{u"act2"_s, 3}},
               {place(u"b"_s, 1, 3, std::nullopt, 0, true)})});
}

// Extends head to h entries with tail.
QList<double> pad(QList<double> head, int h, double tail)
{
    while (head.size() < h)
        head.append(tail);
    return head;
}

QList<double> column(const ValueFlow &flow, double FlowMonth::*field)
{
    QList<double> out;
    for (const FlowMonth &m : flow.months)
        out.append(m.*field);
    return out;
}

bool fuzzyEqual(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

void compareSeries(const QList<double> &actual, const QList<double> &expected, const char *what)
{
    QCOMPARE(actual.size(), expected.size());
    for (int m = 0; m < actual.size(); ++m) {
        const QByteArray msg = QByteArray(what) + " month " + QByteArray::number(m) + ": got " +
                               QByteArray::number(actual.at(m), 'f', 6) + ", expected " +
                               QByteArray::number(expected.at(m), 'f', 6);
        QVERIFY2(fuzzyEqual(actual.at(m), expected.at(m)), msg.constData());
    }
}

constexpr double kNull = std::numeric_limits<double>::quiet_NaN();

} // namespace

class TestValueFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void months_data();
    void months();
    void escrowColumns_data();
    void escrowColumns();
    void phaseTotals_data();
    void phaseTotals();
    void walkAway_data();
    void walkAway();
    void missingItemContributesNothing();
    void golden_data();
    void golden();
};

void TestValueFlow::months_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<int>("horizon");
    QTest::addColumn<int>("payout"); // -1: none
    QTest::addColumn<QList<double>>("released");
    QTest::addColumn<QList<double>>("cumulative");
    QTest::addColumn<QList<double>>("balance");
    QTest::addColumn<QList<double>>("exposure");
    QTest::addColumn<double>("ratio"); // NaN: null

    // Escrow 50/month accumulates to 200 by month 3, stays over month 4 and is
    // paid out at P = 5: released(5) = 200. Snapback: exposure = cumulative.
    // Ratio = released 5..16 (200) / max exposure before 5 (200) = 1.
    {
        const QList<double> cum = pad({50, 100, 150, 200, 200, 400}, 18, 400);
        QTest::newRow("escrow accumulates, paid out at P")
            << escrowPaidOutAtP() << 18 << 5 << pad({50, 50, 50, 50, 0, 200}, 18, 0) << cum
            << pad({50, 100, 150, 200, 200, 0}, 18, 0) << cum << 1.0;
    }
    // P = 2: balance 50, 100, then 150 paid out: released(2) = 50 + 150 = 200;
    // months 3..5 pass the escrowed part through: 100 each.
    // Ratio = (200 + 300) / 100 = 5.
    {
        const QList<double> cum = pad({50, 100, 300, 400, 500, 600}, 18, 600);
        QTest::newRow("escrow passes through after P")
            << escrowPassesThrough() << 18 << 2 << pad({50, 50, 200, 100, 100, 100}, 18, 0) << cum
            << pad({50, 100}, 18, 0) << cum << 5.0;
    }
    // a: released 50 m0..4, escrow 50 m0..4 (never paid: no P); h: released 100 m1..2.
    // exposure(0) = 50 + a 4 months x 50 = 250
    // exposure(1) = 200 + a 3 x 50 + h 1 x 100 = 450
    // exposure(2) = 350 + a 2 x 50 + h 0 = 450; (3) = 400 + 50; (4) = 450 + 0.
    QTest::newRow("no-snapback and hard items continue into exposure")
        << noSnapbackAndHard() << 17 << -1 << pad({50, 150, 150, 50, 50}, 17, 0)
        << pad({50, 200, 350, 400, 450}, 17, 450) << pad({50, 100, 150, 200, 250}, 17, 250)
        << pad({250, 450, 450, 450, 450}, 17, 450) << kNull;
    // Open-ended: before P 12 x 75 = 900 on top of the cumulative, from P on
    // 12 x 100 = 1200 (the whole monthly value: escrow passes straight through).
    // m0: 75, balance 25. m1 = P: 75 + payout 50 = 125. Then 100 a month.
    // Ratio = (125 + 11 x 100) / 975 = 1225 / 975 = 49/39.
    {
        QList<double> released{75, 125}, cum{75, 200}, exposure{975, 1400};
        for (int m = 2; m < 13; ++m) {
            released.append(100);
            cum.append(200 + 100 * (m - 1));
            exposure.append(cum.last() + 1200);
        }
        QTest::newRow("open-ended counts 12 months") << openEnded() << 13 << 1 << released << cum
                                                     << pad({25}, 13, 0) << exposure << 49.0 / 39.0;
    }
    // Escrowed lasting placement across the payout (P = 2). Before P its
    // future months count at 50 (the released part): exposure(0) = 50 + 9 x 50
    // = 500, exposure(1) = 100 + 8 x 50 = 500. At P: released 50 + payout 150,
    // cumulative 300, and the 7 months still to come count whole: 300 + 7 x 100
    // = 1000; so on to 1000 = the placement's whole value, for good.
    // Ratio = (200 + 7 x 100) / 500 = 1.8.
    {
        const QList<double> cum = pad({50, 100, 300, 400, 500, 600, 700, 800, 900, 1000}, 22, 1000);
        QTest::newRow("escrowed lasting placement: whole monthly value from P on")
            << lastingAcrossPayout() << 22 << 2
            << pad({50, 50, 200, 100, 100, 100, 100, 100, 100, 100}, 22, 0) << cum
            << pad({50, 100}, 22, 0) << pad({500, 500}, 22, 1000) << 1.8;
    }
    // 100 a month for months 0..19; exposure(m) = 100(m+1) + 100 x min(12, 19-m)
    // = 1300 + 100m up to m = 7 (2000), then 2000 for good.
    {
        QList<double> released, cum, exposure;
        for (int m = 0; m < 32; ++m) {
            released.append(m < 20 ? 100 : 0);
            cum.append(std::min(100.0 * (m + 1), 2000.0));
            exposure.append(std::min(1300.0 + 100 * m, 2000.0));
        }
        QTest::newRow("12-month cap for a long placement")
            << longPlacement() << 32 << -1 << released << cum << pad({}, 32, 0) << exposure
            << kNull;
    }
    // No action in the final phase: no payout, the 100 stays in escrow, ratio null.
    {
        const QList<double> cum = pad({50}, 14, 100);
        QTest::newRow("final phase without actions: no payout")
            << finalWithoutActions() << 14 << -1 << pad({50, 50}, 14, 0) << cum
            << pad({50}, 14, 100) << cum << kNull;
    }
    // P = 0: 50 escrowed and paid out in month 0 (released 100); ratio null.
    {
        const QList<double> cum = pad({100, 200}, 15, 300);
        QTest::newRow("P == 0: ratio null")
            << payoutAtZero() << 15 << 0 << pad({100, 100, 100}, 15, 0) << cum << pad({}, 15, 0)
            << cum << kNull;
    }
    // m0..2: released 50, balance +50, exposure = cum + a's remaining (3, 2, 1) x 50 = 200.
    // m3 = P: a 50 + payout 200 + b 200 = 450, cumulative 600; then b 200 a month.
    // Ratio = (450 + 11 x 200) / 200 = 13.25.
    {
        QList<double> released{50, 50, 50, 450}, cum{50, 100, 150, 600};
        for (int m = 4; m < 16; ++m) {
            released.append(200);
            cum.append(600 + 200 * (m - 3));
        }
        QList<double> exposure = cum;
        exposure[0] = exposure[1] = exposure[2] = 200;
        QTest::newRow("ratio on a small case") << smallRatio() << 16 << 3 << released << cum
                                               << pad({50, 100, 150}, 16, 0) << exposure << 13.25;
    }
}

void TestValueFlow::months()
{
    QFETCH(Plan, plan);
    QFETCH(int, horizon);
    QFETCH(int, payout);
    QFETCH(QList<double>, released);
    QFETCH(QList<double>, cumulative);
    QFETCH(QList<double>, balance);
    QFETCH(QList<double>, exposure);
    QFETCH(double, ratio);

    const ValueFlow flow = computeValueFlow(plan);
    QCOMPARE(flow.horizon, horizon);
    QCOMPARE(flow.months.size(), horizon);
    for (int m = 0; m < flow.months.size(); ++m)
        QCOMPARE(flow.months.at(m).month, m);
    QCOMPARE(flow.payoutMonth.value_or(-1), payout);
    compareSeries(column(flow, &FlowMonth::released), released, "released");
    if (QTest::currentTestFailed())
        return;
    compareSeries(column(flow, &FlowMonth::releasedCumulative), cumulative, "releasedCumulative");
    if (QTest::currentTestFailed())
        return;
    compareSeries(column(flow, &FlowMonth::escrowBalance), balance, "escrowBalance");
    if (QTest::currentTestFailed())
        return;
    compareSeries(column(flow, &FlowMonth::exposure), exposure, "exposure");
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(flow.inducementRatio.has_value(), !std::isnan(ratio));
    if (flow.inducementRatio)
        QCOMPARE(*flow.inducementRatio, ratio);
}

void TestValueFlow::escrowColumns_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<QList<double>>("escrowed");
    QTest::addColumn<QList<double>>("payout");

    // Into escrow 50 a month up to and including P = 2; nothing after P
    // (passes through); the payout of 150 in month 2.
    QTest::newRow("pass-through after P")
        << escrowPassesThrough() << pad({50, 50, 50}, 18, 0) << pad({0, 0, 150}, 18, 0);
    QTest::newRow("paid out at P")
        << escrowPaidOutAtP() << pad({50, 50, 50, 50}, 18, 0) << pad({0, 0, 0, 0, 0, 200}, 18, 0);
    QTest::newRow("no payout") << finalWithoutActions() << pad({50, 50}, 14, 0) << pad({}, 14, 0);
    QTest::newRow("P == 0") << payoutAtZero() << pad({50}, 15, 0) << pad({50}, 15, 0);
}

void TestValueFlow::escrowColumns()
{
    QFETCH(Plan, plan);
    QFETCH(QList<double>, escrowed);
    QFETCH(QList<double>, payout);

    const ValueFlow flow = computeValueFlow(plan);
    compareSeries(column(flow, &FlowMonth::escrowed), escrowed, "escrowed");
    if (QTest::currentTestFailed())
        return;
    compareSeries(column(flow, &FlowMonth::payout), payout, "payout");
}

void TestValueFlow::phaseTotals_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<double>>("annual");
    QTest::addColumn<QList<double>>("released");
    QTest::addColumn<QList<double>>("escrowed");

    // p1: a 1200/yr, months 0..3 all <= P = 3: escrowed 4 x 50, released 4 x 50.
    // p2: b 2400/yr, months 3..15: released 13 x 200 = 2600, nothing escrowed.
    QTest::newRow("two phases") << smallRatio() << QStringList{u"p1"_s, u"p2"_s}
                                << QList<double>{1200, 2400} << QList<double>{200, 2600}
                                << QList<double>{200, 0};
    // Months 0..5, P = 2: escrowed 3 x 50 = 150; released 6 x 50 + 3 x 50 passed through = 450.
    QTest::newRow("pass-through counts as released")
        << escrowPassesThrough() << QStringList{u"p1"_s} << QList<double>{1200}
        << QList<double>{450} << QList<double>{150};
    // a 1200 + h 2400 x 0.5 = 2400/yr; a: 5 x 50 released, 5 x 50 escrowed;
    // h: 2 x 100 released.
    QTest::newRow("no payout") << noSnapbackAndHard() << QStringList{u"p1"_s} << QList<double>{2400}
                               << QList<double>{450} << QList<double>{250};
    // A phase without placements still has its row, all zero.
    QTest::newRow("empty phase") << escrowPaidOutAtP() << QStringList{u"p1"_s, u"p2"_s}
                                 << QList<double>{1200, 0} << QList<double>{200, 0}
                                 << QList<double>{200, 0};
}

void TestValueFlow::phaseTotals()
{
    QFETCH(Plan, plan);
    QFETCH(QStringList, ids);
    QFETCH(QList<double>, annual);
    QFETCH(QList<double>, released);
    QFETCH(QList<double>, escrowed);

    const ValueFlow flow = computeValueFlow(plan);
    QCOMPARE(flow.phases.size(), ids.size());
    double releasedParts = 0;
    for (int i = 0; i < ids.size(); ++i) {
        const PhaseFlow &pf = flow.phases.at(i);
        QCOMPARE(pf.phase, ids.at(i));
        QCOMPARE(pf.annualRelief, annual.at(i));
        QCOMPARE(pf.released, released.at(i));
        QCOMPARE(pf.escrowed, escrowed.at(i));
        releasedParts += pf.released;
    }
    // The phases' released parts plus the payout make the whole released value.
    double payout = 0;
    for (const FlowMonth &m : flow.months)
        payout += m.payout;
    QCOMPARE(releasedParts + payout, flow.months.last().releasedCumulative);
}

void TestValueFlow::walkAway_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<int>("month");
    QTest::addColumn<double>("kept");
    QTest::addColumn<double>("frozen");
    QTest::addColumn<double>("flowing");
    QTest::addColumn<double>("soFar");

    // smallRatio: cumulative 50, 100, 150, 600, ...; balance 50, 100, 150, 0;
    // a (no snapback) still to come: 3, 2, 1, 0 months of 50.
    QTest::newRow("before start") << smallRatio() << -1 << 0.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("month 0") << smallRatio() << 0 << 200.0 << 50.0 << 150.0 << 50.0;
    QTest::newRow("month 2") << smallRatio() << 2 << 200.0 << 150.0 << 50.0 << 150.0;
    QTest::newRow("month P") << smallRatio() << 3 << 600.0 << 0.0 << 0.0 << 600.0;
    QTest::newRow("last month") << smallRatio() << 15 << 3000.0 << 0.0 << 0.0 << 3000.0;
    // Past the horizon (H = 16): b keeps releasing 200 in months 16 and 17.
    QTest::newRow("past the horizon") << smallRatio() << 17 << 3400.0 << 0.0 << 0.0 << 3400.0;
    // noSnapbackAndHard month 1: cumulative 200, balance 100 frozen, a 3 x 50 + h 1 x 100.
    QTest::newRow("hard item flowing")
        << noSnapbackAndHard() << 1 << 450.0 << 100.0 << 250.0 << 200.0;
    // openEnded month 0 (before P = 1): cumulative 75, balance 25, 12 x 75 keeps flowing.
    QTest::newRow("open-ended before P") << openEnded() << 0 << 975.0 << 25.0 << 900.0 << 75.0;
    // openEnded month 5 (after P): cumulative 200 + 4 x 100 = 600, 12 x 100 keeps flowing.
    QTest::newRow("open-ended") << openEnded() << 5 << 1800.0 << 0.0 << 1200.0 << 600.0;
    // openEnded past H = 13, month 14: cumulative(12) 1300 + 2 x 100.
    QTest::newRow("open-ended past the horizon")
        << openEnded() << 14 << 2700.0 << 0.0 << 1200.0 << 1500.0;
    // lastingAcrossPayout: month 1 keeps 8 x 50 flowing; month P = 2 keeps 7 x 100.
    QTest::newRow("lasting, before P")
        << lastingAcrossPayout() << 1 << 500.0 << 100.0 << 400.0 << 100.0;
    QTest::newRow("lasting, at P") << lastingAcrossPayout() << 2 << 1000.0 << 0.0 << 700.0 << 300.0;
    // No payout past the horizon: the escrow stays frozen at 250 (noSnapbackAndHard).
    QTest::newRow("no payout past the horizon")
        << noSnapbackAndHard() << 40 << 450.0 << 250.0 << 0.0 << 450.0;
}

void TestValueFlow::walkAway()
{
    QFETCH(Plan, plan);
    QFETCH(int, month);
    QFETCH(double, kept);
    QFETCH(double, frozen);
    QFETCH(double, flowing);
    QFETCH(double, soFar);

    const ValueFlow flow = computeValueFlow(plan);
    const WalkAway w = walkAwayAt(plan, flow, month);
    QCOMPARE(w.month, month);
    QCOMPARE(w.kept, kept);
    QCOMPARE(w.escrowFrozen, frozen);
    QCOMPARE(w.keepsFlowing, flowing);
    QCOMPARE(w.releasedSoFar, soFar);
}

void TestValueFlow::missingItemContributesNothing()
{
    Plan p = longPlacement();
    p.phases[0].reliefs[0].item = u"unknown"_s;
    const ValueFlow flow = computeValueFlow(p);
    QCOMPARE(flow.months.size(), 32);
    QCOMPARE(flow.months.last().releasedCumulative, 0.0);
    QCOMPARE(flow.months.first().exposure, 0.0);
    QCOMPARE(flow.phases.first().annualRelief, 0.0);
}

// Golden folders under fixtures/flow: plan.json in, `tranche flow` csv out
// (flow.csv), byte for byte.
void TestValueFlow::golden_data()
{
    QTest::addColumn<QString>("folder");
    const QDir dir(QStringLiteral(TRANCHE_FIXTURES "/flow"));
    const QStringList cases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!cases.isEmpty());
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << dir.filePath(c);
}

void TestValueFlow::golden()
{
    QFETCH(QString, folder);
    QFile expected(folder + u"/flow.csv"_s);
    QVERIFY(expected.open(QIODevice::ReadOnly | QIODevice::Text));
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const int code = runFlowCli(folder + u"/plan.json"_s, u"csv"_s, outStream, errStream);
    outStream.flush();
    errStream.flush();
    QCOMPARE(err, QString());
    QCOMPARE(code, 0);
    QCOMPARE(out, QString::fromUtf8(expected.readAll()));
}

QTEST_GUILESS_MAIN(TestValueFlow)
#include "tst_valueflow.moc"
