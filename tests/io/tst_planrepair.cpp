// Repair of plan files refused for problems a drop puts right: golden folders
// tests/fixtures/repair/<case>/plan.json -> expected.txt (each problem with where
// it is and what the repair does, or why no repair is offered; then the plan
// after the repair). The file is never written, opening it is still refused,
// and the repaired plan is valid. A .tranche file is repaired the same way.

#include "io/planio.h"
#include "io/planjson.h"
#include "io/planrepair.h"
#include "io/planstore.h"
#include "io/validation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

class TestPlanRepair : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void trancheFileIsRepairedToo();
    void validPlanNeedsNoRepair();
    void refusalNamesIds_data();
    void refusalNamesIds();
};

namespace {

const QString kFolder = QStringLiteral(TRANCHE_FIXTURES "/repair");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What is left of the plan: each phase's required actions and reliefs, the
// variants and the waivers.
QStringList summary(const Plan &plan)
{
    QStringList lines;
    for (const Phase &ph : plan.phases) {
        QStringList actions, reliefs;
        for (const RequiredAction &ra : ph.actions)
            actions << ra.action;
        for (const Placement &pl : ph.reliefs)
            reliefs << pl.item;
        lines << u"after: phase %1: actions %2; reliefs %3"_s.arg(ph.id, actions.join(u", "_s),
                                                                  reliefs.join(u", "_s));
    }
    for (const SanctionsItem &it : plan.catalog.items) {
        if (!it.variantOf.isEmpty())
            lines << u"after: item %1 is a variant of %2"_s.arg(it.id, it.variantOf);
    }
    for (const Waiver &w : plan.waivers)
        lines << u"after: waiver %1 %2 %3 by %4"_s.arg(w.rule, w.phase, w.item, w.author);
    return lines;
}

QStringList describe(const RepairOffer &offer)
{
    QStringList lines{u"repairable: "_s + (offer.repairable() ? u"yes"_s : u"no"_s)};
    for (const RepairStep &s : offer.steps)
        lines << u"step: "_s + s.text();
    for (const Problem &p : offer.unrepairable)
        lines << u"cannot: "_s + problemText(p);
    if (offer.repairable())
        lines += summary(PlanRepair::apply(*offer.plan, offer.steps));
    return lines;
}

} // namespace

void TestPlanRepair::golden_data()
{
    QTest::addColumn<QString>("folder");
    const QStringList cases = QDir(kFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(cases.size() >= 6);
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << kFolder + u'/' + c;
}

void TestPlanRepair::golden()
{
    QFETCH(QString, folder);
    const QString path = folder + u"/plan.json"_s;
    const QByteArray before = readAll(path);
    QVERIFY(!before.isEmpty());

    const RepairOffer offer = PlanRepair::read(path);
    const QStringList actual = describe(offer);
    const QString expectedText = QString::fromUtf8(readAll(folder + u"/expected.txt"_s));
    if (qEnvironmentVariableIsSet("TRANCHE_UPDATE_GOLDEN")) {
        QFile out(folder + u"/expected.txt"_s);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write((actual.join(u'\n') + u'\n').toUtf8());
    }
    QCOMPARE(actual, expectedText.split(u'\n', Qt::SkipEmptyParts));

    QCOMPARE(readAll(path), before); // never written
    QVERIFY(!openPlan(path).ok());   // the plain open (and the CLI) still refuses it
    if (offer.repairable()) {
        const Plan repaired = PlanRepair::apply(*offer.plan, offer.steps);
        QCOMPARE(validatePlan(repaired), QList<Problem>());
        QVERIFY(PlanRepair::find(repaired).steps.isEmpty());
    }
}

void TestPlanRepair::trancheFileIsRepairedToo()
{
    const RepairOffer json = PlanRepair::read(kFolder + u"/dangling-item/plan.json"_s);
    QVERIFY(json.repairable());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plan.tranche"_s);
    QCOMPARE(savePlanFile(*json.plan, path), QString()); // the store writes what it is given
    const QByteArray before = readAll(path);
    QVERIFY(!openPlan(path).ok());
    const RepairOffer offer = PlanRepair::read(path);
    QVERIFY(offer.repairable());
    QStringList texts, expected;
    for (const RepairStep &s : offer.steps)
        texts << s.text();
    for (const RepairStep &s : json.steps)
        expected << s.text();
    QCOMPARE(texts, expected);
    QCOMPARE(readAll(path), before);
}

void TestPlanRepair::validPlanNeedsNoRepair()
{
    const RepairOffer offer = PlanRepair::read(defaultScenarioPath());
    QVERIFY(offer.plan);
    QCOMPARE(offer.steps.size(), 0);
    QCOMPARE(offer.unrepairable, QList<Problem>());
    QVERIFY(!offer.repairable());
}

void TestPlanRepair::refusalNamesIds_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("lines"); // after "FILE: "
    QTest::newRow("waivers") << u"waivers"_s
                             << QStringList{u"/phases/0/reliefs/1/item: unknown item \"ghost\" "
                                            "(not in the catalog); phase \"Freeze\" (p1)"_s,
                                            u"/waivers/1/justification: a waiver needs a "
                                            "justification"_s};
    QTest::newRow("unreadable")
        << u"unreadable"_s
        << QStringList{u"/phases/0/start: must be a number; phase \"Freeze\" (p1)"_s,
                       u"/phases/1/reliefs/0/item: unknown item \"un-gone\" (not in the "
                       "catalog); phase \"Complete\" (p2)"_s};
    QTest::newRow("dangling action")
        << u"dangling-action"_s
        << QStringList{u"/phases/0/actions/1/action: unknown action \"no-such-step\" (not in "
                       "the catalog); phase \"Freeze\" (p1)"_s,
                       u"/phases/1/actions/1/action: action \"gate\" is already required by "
                       "this phase (at /phases/1/actions/0); phase \"Complete\" (p2), action "
                       "\"Complete dismantlement\""_s};
}

// The command line's and the window's refusal keeps each pointer and names the
// phase (and item) its positions stand for.
void TestPlanRepair::refusalNamesIds()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, lines);
    const QString path = kFolder + u'/' + fixture + u"/plan.json"_s;
    const OpenResult opened = openPlan(path);
    QVERIFY(!opened.ok());
    for (QString &line : lines)
        line.prepend(QDir::toNativeSeparators(path) + u": "_s);
    QCOMPARE(opened.errorLines(), lines);
}

QTEST_GUILESS_MAIN(TestPlanRepair)
#include "tst_planrepair.moc"
