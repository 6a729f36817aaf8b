// The terms a drop gives new relief (TimelineEdits::defaultPlacement): item kinds x
// phase kinds -> snapback, months, escrow share, agent and permitted uses; and that
// dropping any item of the bundled DPRK plan on any of its phases adds no finding
// about the terms the drop chose (only findings the item or phase itself forces).

#include "document/plandocument.h"
#include "document/timelineedits.h"
#include "io/planio.h"
#include "rules/ruleengine.h"
#include "rules/ruleprofile.h"
#include "support/timelinetestplan.h"

#include <QTest>

#include <algorithm>
#include <tuple>

using namespace tranche;
using namespace Qt::StringLiterals;

class TestDropDefaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults_data();
    void defaults();
    void dropOnBundledPlanAddsNoTermsFinding_data();
    void dropOnBundledPlanAddsNoTermsFinding();
    void noEscrowLeavesTermsForEsc1();
};

namespace {

Phase phase(const QString &id, PhaseKind kind, int start, int end, int verified)
{
    Phase ph;
    ph.id = id;
    ph.kind = kind;
    ph.start = start;
    ph.end = end;
    ph.actions = {{u"a1"_s, verified, {}}};
    return ph;
}

Placement escrowed(const QString &agent, const QString &uses)
{
    Placement pl;
    pl.item = u"esc"_s;
    pl.start = 0;
    pl.end = 4;
    pl.escrowShare = 0.5;
    pl.escrowAgent = agent;
    pl.permittedUses = uses;
    pl.snapback = true;
    return pl;
}

// Phases 0..4: "short" interim 0..4 (verified 1), "long" interim 0..24 (verified 2),
// "late" interim 10..12 (verified 15), "final" final 12..36 (verified 14), "empty"
// interim 30..40 with no placement. With `terms`, "short" holds two escrowed
// placements (Bank A, then Bank B) and "final" one without escrow after them.
Plan testPlan(bool terms, const QString &profile)
{
    Plan plan;
    plan.meta.profile = profile;
    plan.catalog.items = {testing::timelineTestItem(u"esc"_s, 1e8, true),
                          testing::timelineTestItem(u"plain"_s, 1e8, false)};
    plan.catalog.actions = {testing::timelineTestAction(u"a1"_s, 8)};
    plan.phases = {phase(u"short"_s, PhaseKind::Interim, 0, 4, 1),
                   phase(u"long"_s, PhaseKind::Interim, 0, 24, 2),
                   phase(u"late"_s, PhaseKind::Interim, 10, 12, 15),
                   phase(u"final"_s, PhaseKind::Final, 12, 36, 14),
                   phase(u"empty"_s, PhaseKind::Interim, 30, 40, 30)};
    if (terms) {
        plan.phases[0].reliefs = {escrowed(u"Bank A"_s, u"food"_s),
                                  escrowed(u"Bank B"_s, u"medicine"_s)};
        Placement open;
        open.item = u"plain"_s;
        open.start = 14;
        open.escrowAgent = u"not escrowed"_s;
        plan.phases[3].reliefs = {open};
    }
    return plan;
}

using FindingKey = std::tuple<QString, int, QString, QString, QString>;

QList<FindingKey> keys(const QList<Finding> &findings)
{
    QList<FindingKey> out;
    for (const Finding &f : findings)
        out.append({f.rule, int(f.severity), f.phase, f.item, f.message});
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

void TestDropDefaults::defaults_data()
{
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<int>("phase");
    QTest::addColumn<bool>("terms");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("snapback");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<double>("escrow");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("uses");

    const QString strict = u"strict"_s;
    const QString a = u"Bank B"_s, u = u"medicine"_s, none;
    // Interim, the phase ends within INT-3's six months: its end.
    QTest::newRow("escrowable, short interim")
        << u"esc"_s << 0 << true << strict << true << 1 << 4 << 1.0 << a << u;
    QTest::newRow("plain, short interim")
        << u"plain"_s << 0 << true << strict << true << 1 << 4 << 0.0 << none << none;
    // Interim, the phase runs longer: start + 6 (strict) or + 12 (flexible).
    QTest::newRow("escrowable, long interim")
        << u"esc"_s << 1 << true << strict << true << 2 << 8 << 1.0 << a << u;
    QTest::newRow("plain, long interim")
        << u"plain"_s << 1 << true << strict << true << 2 << 8 << 0.0 << none << none;
    QTest::newRow("escrowable, long interim, flexible")
        << u"esc"_s << 1 << true << u"flexible"_s << true << 2 << 14 << 1.0 << a << u;
    QTest::newRow("unknown profile counts as strict")
        << u"esc"_s << 1 << true << u"no-such-profile"_s << true << 2 << 8 << 1.0 << a << u;
    // Verified after the phase ends: starts and ends then.
    QTest::newRow("escrowable, late interim")
        << u"esc"_s << 2 << true << strict << true << 15 << 15 << 1.0 << a << u;
    // Final phases: the phase's months, no escrow, no snapback.
    QTest::newRow("escrowable, final")
        << u"esc"_s << 3 << true << strict << false << 14 << 36 << 0.0 << none << none;
    QTest::newRow("plain, final") << u"plain"_s << 3 << true << strict << false << 14 << 36 << 0.0
                                  << none << none;
    // No escrowed placement in the plan: escrowed whole, agent and uses left for ESC-1.
    QTest::newRow("escrowable, no escrow yet")
        << u"esc"_s << 4 << false << strict << true << 30 << 36 << 1.0 << none << none;
    QTest::newRow("plain, no escrow yet")
        << u"plain"_s << 4 << false << strict << true << 30 << 36 << 0.0 << none << none;
}

void TestDropDefaults::defaults()
{
    QFETCH(QString, itemId);
    QFETCH(int, phase);
    QFETCH(bool, terms);
    QFETCH(QString, profile);

    PlanDocument doc(testPlan(terms, profile));
    QList<PlacementRef> placed;
    QCOMPARE(TimelineEdits::placeItems(&doc, phase, {itemId}, &placed), QString());
    QCOMPARE(placed.size(), 1);
    const Placement *pl = placementAt(doc.plan(), placed.constFirst());
    QVERIFY(pl);
    QCOMPARE(pl->item, itemId);
    QCOMPARE(pl->extent, 1.0);
    QTEST(pl->snapback, "snapback");
    QTEST(pl->start, "start");
    QVERIFY(pl->end.has_value());
    QTEST(*pl->end, "end");
    QTEST(pl->escrowShare, "escrow");
    QTEST(pl->escrowAgent, "agent");
    QTEST(pl->permittedUses, "uses");
}

void TestDropDefaults::dropOnBundledPlanAddsNoTermsFinding_data()
{
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<int>("phase");
    const OpenResult opened = openPlan(defaultScenarioPath());
    QVERIFY(opened.ok());
    const Plan &plan = *opened.plan;
    for (int p = 0; p < plan.phases.size(); ++p) {
        for (const SanctionsItem &it : plan.catalog.items) {
            QTest::addRow("%s on %s", qPrintable(it.id), qPrintable(plan.phases.at(p).id))
                << it.id << p;
        }
    }
}

// The rules that read only the terms a drop chooses (start against the phase's
// verification, end, snapback, escrow share and its agent and uses): a default drop
// must not add a finding of these about the dropped item. Others (INT-2, INT-5,
// TGT-1, FAT-1, FIN-2, INT-1, LAW-1, AFA-2) are forced by the item or the phase.
void TestDropDefaults::dropOnBundledPlanAddsNoTermsFinding()
{
    QFETCH(QString, itemId);
    QFETCH(int, phase);
    const OpenResult opened = openPlan(defaultScenarioPath());
    QVERIFY(opened.ok());
    PlanDocument doc(*opened.plan);
    const RuleProfile profile = *findRuleProfile(doc.plan().meta.profile).profile;
    QList<FindingKey> before = keys(RuleEngine::check(doc.plan(), profile));
    QCOMPARE(TimelineEdits::placeItems(&doc, phase, {itemId}), QString());
    const QList<FindingKey> after = keys(RuleEngine::check(doc.plan(), profile));

    QStringList added;
    for (const FindingKey &k : after) {
        if (!before.removeOne(k)) {
            const QString &rule = std::get<0>(k);
            const bool terms = rule == u"AFA-1"_s || rule == u"INT-3"_s || rule == u"INT-4"_s ||
                               rule == u"ESC-1"_s;
            if (terms && std::get<3>(k) == itemId)
                added.append(rule + u": "_s + std::get<4>(k));
        }
    }
    QCOMPARE(added, QStringList());
}

// With no escrowed placement in the plan, the dropped escrowable item's ESC-1
// finding names the fields left empty.
void TestDropDefaults::noEscrowLeavesTermsForEsc1()
{
    PlanDocument doc(testPlan(false, u"strict"_s));
    QCOMPARE(TimelineEdits::placeItems(&doc, 4, {u"esc"_s}), QString());
    QStringList esc1;
    for (const Finding &f : RuleEngine::check(doc.plan())) {
        if (f.rule == u"ESC-1"_s)
            esc1.append(f.phase + u' ' + f.item + u' ' + f.message);
    }
    QCOMPARE(esc1, QStringList{u"empty esc relief of esc escrows 100 % of its value but names "
                               "neither an escrow agent nor permitted uses"_s});
}

QTEST_GUILESS_MAIN(TestDropDefaults)
#include "tst_dropdefaults.moc"
