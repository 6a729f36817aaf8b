// Tests of the bundled scenarios: each reads without problems, round-trips
// json -> .tranche -> json byte-identically, the DPRK catalog carries the
// whole reference catalog with provenance, every value cites a source of the
// plan's bibliography, and the corrections of the sanctions-practice review
// (docs/catalog.md, "What the review changed") hold.

#include "io/planio.h"
#include "io/planjson.h"
#include "io/planstore.h"
#include "io/validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
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

// Ids of the research notes' DPRK items table (items.csv in docs/catalog.md,
// 50 rows), lower-cased as the scenario writes them.
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
// The research notes' items.csv has 50 data rows, actions.csv 29 (a01..a29);
// docs/catalog.md lists every row.
constexpr int kDprkItemRows = 50;
constexpr int kDprkActionRows = 29;
// Added by the review: the prison item and the verification of the declaration.
const QStringList kDprkAddedItems = {u"us-prison-camps"_s};
const QStringList kDprkAddedActions = {u"a10v"_s};

const QString kIranPath = u":/scenarios/iran-2015.json"_s;

Plan readScenario(const QString &path)
{
    const PlanReadResult read = readPlanJson(readResource(path));
    return read.plan.value_or(Plan());
}

// The ids an item's or action's source cites: the part before " - ", split at
// ';'. Free text there (e.g. "none (expert judgment)") cites nothing.
QStringList citedIds(const QString &source)
{
    static const QRegularExpression idPattern(u"^[A-Za-z0-9._-]+$"_s);
    QStringList ids;
    for (const QString &part : source.section(u" - "_s, 0, 0).split(u';')) {
        const QString id = part.trimmed();
        if (id.isEmpty())
            continue;
        if (!idPattern.match(id).hasMatch())
            return {};
        ids.append(id);
    }
    return ids;
}

QSet<QString> bibliography(const Plan &plan)
{
    QSet<QString> ids;
    for (const Source &s : plan.meta.sources)
        ids.insert(s.id);
    return ids;
}

QList<Placement> placementsOf(const Plan &plan, const QString &item)
{
    QList<Placement> out;
    for (const Phase &ph : plan.phases) {
        for (const Placement &pl : ph.reliefs) {
            if (pl.item == item)
                out.append(pl);
        }
    }
    return out;
}

// A correction of the review: empty when it holds, else what contradicts it.
using Correction = QString (*)(const Plan &);

QString statuteSuspendedOnly(const Plan &plan, const QString &item)
{
    const QList<Placement> placed = placementsOf(plan, item);
    if (placed.isEmpty())
        return item + u" is not relieved at all"_s;
    for (const Placement &pl : placed) {
        if (!pl.end || !pl.snapback || *pl.end - pl.start > 12)
            return item +
                   u" relieved from month %1 open-ended, without snapback or beyond one "
                   u"year: the statute allows a suspension (1 year, renewals of 180 days)"_s.arg(
                       pl.start);
    }
    return {};
}

QString itemCheck(const Plan &plan, const QString &id, bool ok, const QString &why)
{
    if (!plan.catalog.item(id))
        return id + u" is missing"_s;
    return ok ? QString() : id + u": "_s + why;
}

const SanctionsItem &itemOf(const Plan &plan, const QString &id)
{
    static const SanctionsItem none;
    const SanctionsItem *it = plan.catalog.item(id);
    return it ? *it : none;
}

int verifiedMonthOf(const Plan &plan, const QString &action)
{
    int month = -1;
    for (const Phase &ph : plan.phases) {
        for (const RequiredAction &ra : ph.actions) {
            if (ra.action == action)
                month = std::max(month, ra.verifiedMonth);
        }
    }
    return month;
}

QString noTextSays(const Plan &plan, const QString &words)
{
    for (const Phase &ph : plan.phases) {
        for (const Placement &pl : ph.reliefs) {
            if (pl.note.contains(words, Qt::CaseInsensitive) ||
                pl.escrowAgent.contains(words, Qt::CaseInsensitive))
                return ph.id + u" / "_s + pl.item + u" still says \""_s + words + u'"';
        }
    }
    for (const SanctionsItem &it : plan.catalog.items) {
        if (it.extra.value(u"flagRationale"_s).toString().contains(words, Qt::CaseInsensitive))
            return it.id + u" still says \""_s + words + u'"';
    }
    return {};
}

QString nkspeaSuspended(const Plan &p)
{
    return statuteSuspendedOnly(p, u"us-nkspea"_s);
}

QString kimsaSuspended(const Plan &p)
{
    return statuteSuspendedOnly(p, u"us-kimsa"_s);
}

QString rule311IsExecutive(const Plan &p)
{
    return itemCheck(p, u"us-311"_s, itemOf(p, u"us-311"_s).authority == Authority::USEO,
                     u"a FinCEN rule is imposed and withdrawn by rulemaking"_s);
}

QString tfsIsWmd(const Plan &p)
{
    return itemCheck(p, u"un-tfs"_s, itemOf(p, u"un-tfs"_s).targeted == Targeted::Wmd,
                     u"the 1718 list is WMD-programme designations"_s);
}

QString kimsaNotHumanRights(const Plan &p)
{
    return itemCheck(p, u"us-kimsa"_s, itemOf(p, u"us-kimsa"_s).targeted != Targeted::HumanRights,
                     u"mostly secondary sanctions"_s);
}

QString sstNotLongTerm(const Plan &p)
{
    return itemCheck(p, u"us-sst"_s, !itemOf(p, u"us-sst"_s).longTermBenefit,
                     u"the DPRK is not an IMF or World Bank member"_s);
}

QString prisonKept(const Plan &p)
{
    for (const SanctionsItem &it : p.catalog.items) {
        if (it.targeted == Targeted::Prison)
            return placementsOf(p, it.id).isEmpty() ? QString() : it.id + u" is placed"_s;
    }
    return u"no item is flagged prison"_s;
}

QString variantsMarked(const Plan &p)
{
    if (itemOf(p, u"un-coal-cap"_s).variantOf != u"un-coal"_s)
        return u"un-coal-cap is not marked a variant of un-coal"_s;
    if (itemOf(p, u"un-refined-2m"_s).variantOf != u"un-refined"_s)
        return u"un-refined-2m is not marked a variant of un-refined"_s;
    return {};
}

QString onlyAnnualValues(const Plan &p)
{
    for (const QString &id : {u"un-statue"_s, u"un-fishrights"_s}) {
        if (itemOf(p, id).annualValueUsd != 0)
            return id + u" carries a value that is not annual"_s;
    }
    return {};
}

QString warheadsOnRoadmap(const Plan &p)
{
    const int m = verifiedMonthOf(p, u"a17"_s);
    return m >= 120 ? QString() : u"a17 verified in month %1, before ten years (S53)"_s.arg(m);
}

QString declarationVerifiedApart(const Plan &p)
{
    const int delivered = verifiedMonthOf(p, u"a10"_s);
    const int verified = verifiedMonthOf(p, u"a10v"_s);
    if (delivered < 0 || verified < 0)
        return u"a10 (delivery) and a10v (verification) must both be required"_s;
    return verified > std::max(delivered, verifiedMonthOf(p, u"a11"_s))
               ? QString()
               : u"a10v verified before the declaration and the protocol"_s;
}

// Every escrow agent follows a real precedent (the UNSCR 986 Oil-for-Food
// escrow, or the 2023 transfer to Qatar), not an untried central bank.
QString escrowAgentHasPrecedent(const Plan &p)
{
    for (const Phase &ph : p.phases) {
        for (const Placement &pl : ph.reliefs) {
            if (pl.escrowShare <= 0)
                continue;
            const bool precedent =
                pl.escrowAgent.contains(u"Oil-for-Food"_s) || pl.escrowAgent.contains(u"Qatar"_s);
            if (!precedent || pl.escrowAgent.contains(u"Monetary Authority of Singapore"_s))
                return ph.id + u" / "_s + pl.item + u": escrow agent without precedent: "_s +
                       pl.escrowAgent;
        }
    }
    return {};
}

QString noAutomaticLapse(const Plan &p)
{
    return noTextSays(p, u"automatic lapse"_s);
}

QString noForumSource(const Plan &p)
{
    for (const SanctionsItem &it : p.catalog.items) {
        if (citedIds(it.source).contains(u"S66"_s))
            return it.id + u" cites S66"_s;
    }
    return {};
}

QString annualReference(const Plan &p)
{
    const double stock = itemOf(p, u"ir-frozen-assets"_s).annualValueUsd;
    return p.meta.referenceValueUsd && *p.meta.referenceValueUsd != stock
               ? QString()
               : u"the reference value is the frozen-asset stock"_s;
}

QString jpoaAsItHappened(const Plan &p)
{
    int interim = 0;
    for (const Phase &ph : p.phases)
        interim += ph.kind == PhaseKind::Interim && !ph.reliefs.isEmpty() ? 1 : 0;
    return interim >= 3 ? QString()
                        : u"%1 interim phases: the JPOA ran about two years"_s.arg(interim);
}

struct CorrectionRow
{
    const char *name;
    Correction check;
};

const QList<CorrectionRow> kDprkCorrections = {
    {"NKSPEA relieved only as a suspension with snapback (s.401)", &nkspeaSuspended},
    {"KIMSA relieved only as a suspension with snapback", &kimsaSuspended},
    {"us-311 is executive action (a FinCEN rule), not a statute", &rule311IsExecutive},
    {"un-tfs is flagged wmd, not military", &tfsIsWmd},
    {"us-kimsa is not flagged human-rights", &kimsaNotHumanRights},
    {"us-sst unlocks no IFI lending (not long-term)", &sstNotLongTerm},
    {"an item is flagged prison, and it is never placed", &prisonKept},
    {"graded variants name their parents", &variantsMarked},
    {"values that are not annual are not quantified", &onlyAnnualValues},
    {"warheads are not dismantled before the roadmap's ten years", &warheadsOnRoadmap},
    {"the declaration's delivery and its verification are separate steps",
     &declarationVerifiedApart},
    {"the escrow agent has a precedent", &escrowAgentHasPrecedent},
    {"2231 OP11-12 is not called an automatic lapse", &noAutomaticLapse},
    {"the forum post S66 is not a source", &noForumSource},
};

const QList<CorrectionRow> kIranCorrections = {
    {"the reference value is annual, not the frozen-asset stock", &annualReference},
    {"the JPOA runs in three interim phases (six months and two extensions)", &jpoaAsItHappened},
    {"2231 OP11-12 is not called an automatic lapse", &noAutomaticLapse},
};

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
    void everyValueHasASource_data();
    void everyValueHasASource();
    void correctionsHold_data();
    void correctionsHold();

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
    QCOMPARE(catalog.items.size(), kDprkItemRows + kDprkAddedItems.size());
    QSet<QString> itemIds;
    for (const SanctionsItem &item : catalog.items)
        itemIds.insert(item.id);
    for (const QString &id : kDprkItemIds)
        QVERIFY2(itemIds.contains(id), qPrintable(id));

    for (const QString &id : kDprkAddedItems)
        QVERIFY2(itemIds.contains(id), qPrintable(id));

    QCOMPARE(catalog.actions.size(), kDprkActionRows + kDprkAddedActions.size());
    for (int n = 1; n <= kDprkActionRows; ++n) {
        const QString id = u"a%1"_s.arg(n, 2, 10, QLatin1Char('0'));
        QVERIFY2(catalog.action(id) != nullptr, qPrintable(id));
    }
    for (const QString &id : kDprkAddedActions)
        QVERIFY2(catalog.action(id) != nullptr, qPrintable(id));
}

void TestScenarios::everyValueHasASource_data()
{
    scenarioTable();
}

// Every citation of an item or action names an entry of plan.sources; every
// item with a value cites at least one; the reference value's basis cites one.
void TestScenarios::everyValueHasASource()
{
    QFETCH(QString, path);
    const Plan plan = readScenario(path);
    const QSet<QString> known = bibliography(plan);
    QVERIFY2(!known.isEmpty(), "plan.sources is empty");
    const auto check = [&](const QString &id, const QString &source, bool needsOne) {
        const QStringList cited = citedIds(source);
        QVERIFY2(!needsOne || !cited.isEmpty(), qPrintable(id + u": no source cited"_s));
        for (const QString &c : cited)
            QVERIFY2(known.contains(c),
                     qPrintable(id + u" cites "_s + c + u", not in plan.sources"_s));
    };
    for (const SanctionsItem &it : plan.catalog.items) {
        check(it.id, it.source, it.annualValueUsd > 0);
        if (QTest::currentTestFailed())
            return;
    }
    for (const CounterpartAction &a : plan.catalog.actions) {
        check(a.id, a.source, false);
        if (QTest::currentTestFailed())
            return;
    }
    if (plan.meta.referenceValueUsd) {
        const QString basis = plan.meta.extra.value(u"referenceValueBasis"_s).toString();
        bool cites = false;
        for (const QString &id : known)
            cites |= basis.contains(
                QRegularExpression(u"\\b"_s + QRegularExpression::escape(id) + u"\\b"_s));
        QVERIFY2(cites, qPrintable(u"referenceValueBasis cites no source: "_s + basis));
    }
}

void TestScenarios::correctionsHold_data()
{
    QTest::addColumn<bool>("iran");
    QTest::addColumn<int>("index");
    for (int i = 0; i < kDprkCorrections.size(); ++i)
        QTest::addRow("dprk: %s", kDprkCorrections.at(i).name) << false << i;
    for (int i = 0; i < kIranCorrections.size(); ++i)
        QTest::addRow("iran: %s", kIranCorrections.at(i).name) << true << i;
}

// A bundled placement's statute, flags or figures contradicting the review fail here.
void TestScenarios::correctionsHold()
{
    QFETCH(bool, iran);
    QFETCH(int, index);
    const Plan plan = readScenario(iran ? kIranPath : defaultScenarioPath());
    QVERIFY(!plan.phases.isEmpty());
    const CorrectionRow &row = (iran ? kIranCorrections : kDprkCorrections).at(index);
    QCOMPARE(row.check(plan), QString());
}

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
