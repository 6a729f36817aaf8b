// computeBriefing(): the facts of the briefing memo on small plans built for
// each definition (steps for nothing, what stays in force, relief that does
// not end by itself, the largest exposure before payout, open violations),
// source citations, and the same facts checked on the bundled DPRK and Iran
// plans and on the benchmarks' stress plan.

#include "flow/briefing.h"
#include "io/planjson.h"
#include "stressplan.h"
#include "support/planjsontestdata.h"

#include <QFile>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

SanctionsItem item(const QString &id, Authority authority, double value)
{
    SanctionsItem it;
    it.id = id;
    it.authority = authority;
    it.annualValueUsd = value;
    return it;
}

Placement placement(const QString &item, int start, std::optional<int> end, bool snapback,
                    double escrow = 0)
{
    Placement pl;
    pl.item = item;
    pl.extent = 1;
    pl.start = start;
    pl.end = end;
    pl.snapback = snapback;
    pl.escrowShare = escrow;
    return pl;
}

// One interim phase (months 0-6, action "a" verified in `verified`) and one
// final phase (months 6-18, action "b" verified in 12), relief as given.
Plan twoPhases(int verified, const QList<Placement> &interim, const QList<Placement> &final)
{
    Plan plan;
    plan.catalog.items << item(u"coal"_s, Authority::UN, 12e6)
                       << item(u"oil"_s, Authority::USEO, 24e6);
    SanctionsItem military = item(u"army"_s, Authority::USEO, 0);
    military.targeted = Targeted::Military;
    SanctionsItem fatf = item(u"fatf"_s, Authority::FATF, 0);
    fatf.fatf = true;
    SanctionsItem hard = item(u"statute"_s, Authority::USStatute, 12e6);
    hard.reversibility = Reversibility::Hard;
    plan.catalog.items << military << fatf << hard;
    CounterpartAction a, b;
    a.id = u"a"_s;
    b.id = u"b"_s;
    b.completes = allPrograms();
    plan.catalog.actions << a << b;
    Phase p1;
    p1.id = u"p1"_s;
    p1.start = 0;
    p1.end = 6;
    p1.actions << RequiredAction{u"a"_s, verified, {}};
    p1.reliefs = interim;
    Phase p2;
    p2.id = u"p2"_s;
    p2.kind = PhaseKind::Final;
    p2.start = 6;
    p2.end = 18;
    p2.actions << RequiredAction{u"b"_s, 12, {}};
    p2.reliefs = final;
    plan.phases << p1 << p2;
    return plan;
}

Briefing briefingOf(const Plan &plan, const QList<Finding> &findings = {})
{
    return computeBriefing(plan, computeValueFlow(plan), findings);
}

} // namespace

class TestBriefing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepsForNothing_data();
    void stepsForNothing();
    void kept_data();
    void kept();
    void lasting_data();
    void lasting();
    void peakExposureBeforePayout();
    void tradeAndUnquantified();
    void findingsCounted();
    void citations_data();
    void citations();
    void unknownCitations();
    void plans_data();
    void plans();
};

void TestBriefing::stepsForNothing_data()
{
    QTest::addColumn<int>("verified");
    QTest::addColumn<QList<Placement>>("interim");
    QTest::addColumn<QList<int>>("expected");
    const QList<Placement> from4{placement(u"coal"_s, 4, 6, true)};
    // Month 12 (the final gate) is the payout month: the final relief flows then.
    const QList<int> none;
    QTest::newRow("action before any relief") << 2 << from4 << QList<int>{2};
    QTest::newRow("action in a month with relief") << 4 << from4 << none;
    QTest::newRow("action after the relief ended")
        << 6 << QList<Placement>{placement(u"coal"_s, 0, 3, true)} << QList<int>{6};
    QTest::newRow("relief of zero extent is no relief") << 1 << QList<Placement>{[] {
        Placement pl = placement(u"coal"_s, 0, 6, true);
        pl.extent = 0;
        return pl;
    }()} << QList<int>{1};
    QTest::newRow("fully escrowed relief still flows")
        << 2 << QList<Placement>{placement(u"coal"_s, 0, 6, true, 1.0)} << none;
}

void TestBriefing::stepsForNothing()
{
    QFETCH(int, verified);
    QFETCH(QList<Placement>, interim);
    QFETCH(QList<int>, expected);
    const Plan plan = twoPhases(verified, interim, {placement(u"oil"_s, 12, std::nullopt, false)});
    QCOMPARE(briefingOf(plan).stepsForNothing, expected);
}

void TestBriefing::kept_data()
{
    QTest::addColumn<QList<Placement>>("final");
    QTest::addColumn<QStringList>("keptIds");
    QTest::addColumn<QList<int>>("reasons");
    const int targeted = int(KeptItem::Reason::Targeted);
    const int fatf = int(KeptItem::Reason::Fatf);
    const int unrelieved = int(KeptItem::Reason::Unrelieved);
    // By authority (UN, US-statute, US-EO, FATF, other), then reason.
    QTest::newRow("nothing relieved")
        << QList<Placement>{}
        << QStringList{u"coal"_s, u"statute"_s, u"army"_s, u"oil"_s, u"fatf"_s}
        << QList<int>{unrelieved, unrelieved, targeted, unrelieved, fatf};
    QTest::newRow("all but the retained")
        << QList<Placement>{placement(u"coal"_s, 12, std::nullopt, false),
                            placement(u"oil"_s, 12, std::nullopt, false),
                            placement(u"statute"_s, 12, std::nullopt, false)}
        << QStringList{u"army"_s, u"fatf"_s} << QList<int>{targeted, fatf};
}

void TestBriefing::kept()
{
    QFETCH(QList<Placement>, final);
    QFETCH(QStringList, keptIds);
    QFETCH(QList<int>, reasons);
    const Plan plan = twoPhases(2, {}, final);
    const Briefing b = briefingOf(plan);
    QStringList ids;
    QList<int> why;
    for (const KeptItem &k : b.kept) {
        ids << plan.catalog.items.at(k.item).id;
        why << int(k.reason);
    }
    QCOMPARE(ids, keptIds);
    QCOMPARE(why, reasons);
}

void TestBriefing::lasting_data()
{
    QTest::addColumn<Placement>("relief");
    QTest::addColumn<bool>("lasting");
    QTest::addColumn<bool>("openEnded");
    QTest::newRow("snapback, easy") << placement(u"coal"_s, 0, 6, true) << false << false;
    QTest::newRow("no snapback") << placement(u"coal"_s, 0, 6, false) << true << false;
    QTest::newRow("no snapback, open-ended")
        << placement(u"coal"_s, 0, std::nullopt, false) << true << true;
    QTest::newRow("snapback, hard to reverse")
        << placement(u"statute"_s, 0, 6, true) << true << false;
}

void TestBriefing::lasting()
{
    QFETCH(Placement, relief);
    QFETCH(bool, lasting);
    QFETCH(bool, openEnded);
    const Briefing b = briefingOf(twoPhases(2, {relief}, {}));
    QCOMPARE(b.lasting.size(), lasting ? 1 : 0);
    if (lasting) {
        QCOMPARE(b.lasting.first().at, (PlacementRef{0, 0}));
        QCOMPARE(b.lasting.first().openEnded, openEnded);
    }
}

void TestBriefing::peakExposureBeforePayout()
{
    // Interim coal without snapback, months 0-6: $1M a month released, kept on walking away.
    const Plan plan = twoPhases(2, {placement(u"coal"_s, 0, 6, false)},
                                {placement(u"oil"_s, 12, std::nullopt, false)});
    const ValueFlow flow = computeValueFlow(plan);
    const Briefing b = computeBriefing(plan, flow, {});
    QCOMPARE(flow.payoutMonth, std::optional<int>(12));
    QVERIFY(b.peakExposureMonth.has_value());
    QVERIFY(*b.peakExposureMonth < 12);
    QCOMPARE(b.peakExposure, 6e6);     // six months of $1M, whenever it walks away
    QCOMPARE(*b.peakExposureMonth, 0); // the first month of that peak
    QCOMPARE(b.inducement.peakExposure, b.peakExposure);
    QCOMPARE(b.inducement.payoutMonth, flow.payoutMonth);
    QCOMPARE(b.inducement.releasedAfterPayout, 24e6); // oil, $2M a month, months 12-23
    QCOMPARE(b.inducement.ratio, flow.inducementRatio);
    QCOMPARE(b.horizon, flow.horizon);
    QCOMPARE(b.releasedOverHorizon, flow.months.last().releasedCumulative);
}

void TestBriefing::tradeAndUnquantified()
{
    Plan plan =
        twoPhases(2, {placement(u"coal"_s, 0, 6, true, 0.8), placement(u"army"_s, 0, 6, true)},
                  {placement(u"oil"_s, 12, std::nullopt, false)});
    plan.catalog.items[2].valueQuantified = false; // army: no estimate
    const Briefing b = briefingOf(plan);
    QCOMPARE(b.trade.size(), 2);
    QCOMPARE(b.trade.at(0).steps, (QList<int>{0}));
    QCOMPARE(b.trade.at(0).reliefs, (QList<int>{0, 1}));
    QCOMPARE(b.trade.at(0).annualRelief, 12e6);
    QCOMPARE(b.trade.at(0).escrowedAnnual, 12e6 * 0.8);
    QCOMPARE(b.trade.at(0).unquantified, QStringList{u"army"_s});
    QCOMPARE(b.trade.at(1).annualRelief, 24e6);
    QVERIFY(b.trade.at(1).unquantified.isEmpty());
}

void TestBriefing::findingsCounted()
{
    Finding v;
    v.severity = Severity::Violation;
    Finding waived = v;
    waived.waived = true;
    Finding warning;
    warning.severity = Severity::Warning;
    const Briefing b = briefingOf(twoPhases(2, {}, {}), {v, v, waived, warning});
    QCOMPARE(b.openViolations, 2);
    QCOMPARE(b.waivedFindings, 1);
}

void TestBriefing::citations_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("note");
    QTest::newRow("ids and a note")
        << u"S10;S65;S01 - [REVENUE] 2016 exports"_s << QStringList{u"S10"_s, u"S65"_s, u"S01"_s}
        << u"[REVENUE] 2016 exports"_s;
    QTest::newRow("ids only") << u"S47;S59"_s << QStringList{u"S47"_s, u"S59"_s} << QString();
    QTest::newRow("spaces around")
        << u"U11 ; U16"_s << QStringList{u"U11"_s, u"U16"_s} << QString();
    QTest::newRow("one id") << u"S56b"_s << QStringList{u"S56b"_s} << QString();
    QTest::newRow("hyphenated id")
        << u"un-2371 - para 8"_s << QStringList{u"un-2371"_s} << u"para 8"_s;
    QTest::newRow("prose") << u"UN Panel of Experts S/2018/171"_s << QStringList{}
                           << u"UN Panel of Experts S/2018/171"_s;
    QTest::newRow("empty") << QString() << QStringList{} << QString();
}

void TestBriefing::citations()
{
    QFETCH(QString, source);
    QFETCH(QStringList, ids);
    QFETCH(QString, note);
    QCOMPARE(citedSourceIds(source), ids);
    QCOMPARE(sourceNote(source), note);
}

void TestBriefing::unknownCitations()
{
    Plan plan = twoPhases(2, {}, {});
    plan.catalog.items[0].source = u"S1;S9 - a note"_s;
    plan.catalog.actions[0].source = u"S2"_s;
    QVERIFY(briefingOf(plan).unknownCitations.isEmpty()); // no bibliography: nothing is cited
    plan.meta.sources << Source{u"S1"_s, u"Title"_s, {}, {}, {}, {}};
    QCOMPARE(briefingOf(plan).unknownCitations, (QStringList{u"coal: S9"_s, u"a: S2"_s}));
}

void TestBriefing::plans_data()
{
    QTest::addColumn<Plan>("plan");
    for (const char *name : {"dprk-2018.json", "iran-2015.json"}) {
        const std::optional<Plan> plan = planjsontest::bundledScenario(QString::fromLatin1(name));
        QVERIFY2(plan, name);
        QTest::newRow(name) << *plan;
    }
    QTest::newRow("stress") << makeStressPlan();
}

// Every definition checked month by month and item by item against the plan
// and its value flow, on real plans.
void TestBriefing::plans()
{
    QFETCH(Plan, plan);
    const ValueFlow flow = computeValueFlow(plan);
    const Briefing b = computeBriefing(plan, flow, {});
    QCOMPARE(b.trade.size(), plan.phases.size());
    QVERIFY(b.unknownCitations.isEmpty());

    // We give + we keep: every item is relieved somewhere or kept, never both.
    QSet<QString> relieved;
    int placements = 0;
    for (const Phase &ph : plan.phases) {
        placements += int(ph.reliefs.size());
        for (const Placement &pl : ph.reliefs) {
            if (pl.extent > 0)
                relieved.insert(pl.item);
        }
    }
    for (const KeptItem &k : b.kept)
        QVERIFY(!relieved.contains(plan.catalog.items.at(k.item).id));
    QCOMPARE(b.kept.size() + relieved.size(), plan.catalog.items.size());

    // Steps for nothing: verified, nothing active, nothing released; and no other month.
    for (int m = 0; m < flow.horizon; ++m) {
        bool verified = false, active = false;
        for (const Phase &ph : plan.phases) {
            for (const RequiredAction &ra : ph.actions)
                verified = verified || ra.verifiedMonth == m;
            for (const Placement &pl : ph.reliefs)
                active = active || (pl.extent > 0 && pl.isActive(m));
        }
        const bool nothing = verified && !active && flow.months.at(m).released == 0;
        QCOMPARE(b.stepsForNothing.contains(m), nothing);
    }

    // Largest exposure before the payout, at its first month.
    const int end = flow.payoutMonth.value_or(flow.horizon);
    double peak = 0;
    for (int m = 0; m < end; ++m)
        peak = std::max(peak, flow.months.at(m).exposure);
    QCOMPARE(b.peakExposure, peak);
    if (peak > 0)
        QCOMPARE(flow.months.at(*b.peakExposureMonth).exposure, peak);

    // Relief that does not end by itself: no snapback, or hard to reverse.
    int lasting = 0;
    for (const Phase &ph : plan.phases) {
        for (const Placement &pl : ph.reliefs) {
            const SanctionsItem *it = plan.catalog.item(pl.item);
            lasting += it && (!pl.snapback || it->reversibility == Reversibility::Hard) ? 1 : 0;
        }
    }
    QCOMPARE(b.lasting.size(), lasting);
    QVERIFY(placements > 0);
}

QTEST_GUILESS_MAIN(TestBriefing)
#include "tst_briefing.moc"
