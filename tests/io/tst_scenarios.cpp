// Tests of the bundled scenarios: each reads without problems, round-trips
// json -> .tranche -> json byte-identically, and the DPRK catalog carries the
// whole reference catalog with provenance.

#include "io/planio.h"
#include "io/planjson.h"
#include "io/planstore.h"
#include "io/validation.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tranche;

namespace {

QByteArray readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Ids of ../shared/reference/dprk/items.csv (50 rows), lower-cased as the
// scenario writes them.
const QStringList kDprkItemIds = {
    u"un-coal"_s,         u"un-coal-cap"_s,     u"un-iron"_s,     u"un-min-2270"_s,
    u"un-min-2321"_s,     u"un-statue"_s,       u"un-lead"_s,     u"un-seafood"_s,
    u"un-fishrights"_s,   u"un-textile"_s,      u"un-labor"_s,    u"un-jv"_s,
    u"un-2397-exports"_s, u"un-2397-imports"_s, u"un-refined"_s,  u"un-refined-2m"_s,
    u"un-crude"_s,        u"un-ngl"_s,          u"un-avfuel"_s,   u"un-arms"_s,
    u"un-wmd"_s,          u"un-training"_s,     u"un-luxury"_s,   u"un-tfs"_s,
    u"un-fin"_s,          u"un-tradefin"_s,     u"un-maritime"_s, u"un-vessels-in"_s,
    u"un-diplo"_s,        u"us-eo13382"_s,      u"us-eo13466"_s,  u"us-eo13551"_s,
    u"us-eo13570"_s,      u"us-eo13687"_s,      u"us-eo13722"_s,  u"us-eo13810"_s,
    u"us-nkspea"_s,       u"us-311"_s,          u"us-kimsa"_s,    u"us-warmbier"_s,
    u"us-sst"_s,          u"us-hr"_s,           u"fatf-cfa"_s,    u"eu-2016"_s,
    u"eu-2017"_s,         u"jp-trade"_s,        u"jp-port"_s,     u"jp-remit"_s,
    u"rok-524"_s,         u"rok-kaesong"_s,
};
// ../shared/reference/dprk/items.csv has 50 data rows, actions.csv 29 (a01..a29).
constexpr int kDprkItemRows = 50;
constexpr int kDprkActionRows = 29;

} // namespace

// Tests the bundled scenarios as shipped in the resources.
class TestScenarios : public QObject
{
    Q_OBJECT

private slots:
    void readsWithoutProblems_data();
    void readsWithoutProblems();
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void provenanceIsComplete_data();
    void provenanceIsComplete();
    void dprkHasReferenceCatalog();

private:
    void scenarioTable();
};

void TestScenarios::scenarioTable()
{
    QTest::addColumn<QString>("path");
    const QList<ScenarioInfo> scenarios = bundledScenarios();
    QVERIFY(scenarios.size() >= 2);
    for (const ScenarioInfo &s : scenarios)
        QTest::newRow(qPrintable(s.resourcePath)) << s.resourcePath;
}

void TestScenarios::readsWithoutProblems_data()
{
    scenarioTable();
}

void TestScenarios::readsWithoutProblems()
{
    QFETCH(QString, path);
    const QByteArray bytes = readResource(path);
    QVERIFY2(!bytes.isEmpty(), qPrintable(path));
    const PlanReadResult read = readPlanJson(bytes);
    QCOMPARE(formatProblems(path, read.problems), QString());
    QVERIFY(read.ok());
    QVERIFY(!read.plan->meta.title.isEmpty());
    QVERIFY(!read.plan->phases.isEmpty());

    const OpenResult opened = openPlan(path);
    QCOMPARE(opened.errorLines(), QStringList());
    QVERIFY(opened.ok());
    QCOMPARE(*opened.plan, *read.plan);
}

void TestScenarios::roundTripIsByteIdentical_data()
{
    scenarioTable();
}

void TestScenarios::roundTripIsByteIdentical()
{
    QFETCH(QString, path);
    const QByteArray bytes = readResource(path);
    const PlanReadResult read = readPlanJson(bytes);
    QVERIFY(read.ok());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"scenario.tranche"_s);
    QCOMPARE(savePlanFile(*read.plan, file), QString());
    const PlanLoadResult loaded = loadPlanFile(file);
    QCOMPARE(loaded.error, QString());
    QVERIFY(loaded.ok());
    QCOMPARE(*loaded.plan, *read.plan);

    // The resource is in the writer's canonical form: the bytes come back.
    const QByteArray written = writePlanJson(*loaded.plan);
    if (written != bytes) {
        qsizetype i = 0;
        while (i < written.size() && i < bytes.size() && written.at(i) == bytes.at(i))
            ++i;
        const qsizetype from = qMax<qsizetype>(0, i - 40);
        qWarning("first difference at byte %lld:\nresource: %s\nwritten:  %s",
                 static_cast<long long>(i), bytes.mid(from, 120).constData(),
                 written.mid(from, 120).constData());
    }
    QCOMPARE(written.size(), bytes.size());
    QCOMPARE(written, bytes);

    // And the file helpers (chosen by suffix) write and read the same plan.
    const QString json = dir.filePath(u"again.json"_s);
    QCOMPARE(savePlan(*loaded.plan, json), QString());
    const OpenResult again = openPlan(json);
    QVERIFY(again.ok());
    QCOMPARE(*again.plan, *read.plan);
}

void TestScenarios::provenanceIsComplete_data()
{
    scenarioTable();
}

void TestScenarios::provenanceIsComplete()
{
    QFETCH(QString, path);
    const PlanReadResult read = readPlanJson(readResource(path));
    QVERIFY(read.ok());
    const Catalog &catalog = read.plan->catalog;
    QVERIFY(!catalog.items.isEmpty());
    QVERIFY(!catalog.actions.isEmpty());
    for (const SanctionsItem &item : catalog.items) {
        QVERIFY2(!item.source.trimmed().isEmpty(), qPrintable(item.id));
        QVERIFY2(!item.confidence.trimmed().isEmpty(), qPrintable(item.id));
        QVERIFY2(!item.valueBasis.trimmed().isEmpty(), qPrintable(item.id));
    }
    for (const CounterpartAction &action : catalog.actions) {
        QVERIFY2(!action.source.trimmed().isEmpty(), qPrintable(action.id));
        QVERIFY2(!action.confidence.trimmed().isEmpty(), qPrintable(action.id));
    }
}

void TestScenarios::dprkHasReferenceCatalog()
{
    const PlanReadResult read = readPlanJson(readResource(defaultScenarioPath()));
    QVERIFY(read.ok());
    const Catalog &catalog = read.plan->catalog;

    QCOMPARE(kDprkItemIds.size(), kDprkItemRows);
    QCOMPARE(catalog.items.size(), kDprkItemRows);
    QSet<QString> itemIds;
    for (const SanctionsItem &item : catalog.items)
        itemIds.insert(item.id);
    for (const QString &id : kDprkItemIds)
        QVERIFY2(itemIds.contains(id), qPrintable(id));

    QCOMPARE(catalog.actions.size(), kDprkActionRows);
    for (int n = 1; n <= kDprkActionRows; ++n) {
        const QString id = u"a%1"_s.arg(n, 2, 10, QLatin1Char('0'));
        QVERIFY2(catalog.action(id) != nullptr, qPrintable(id));
    }
}

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
