// Tests of the .tranche file (planstore) and of opening/saving by suffix (planio).

#include "io/planio.h"
#include "io/planjson.h"
#include "io/planstore.h"
#include "support/planstoretestdata.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtEndian>

#include <bit>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace tranche;

Q_DECLARE_METATYPE(tranche::Plan)

namespace {

using namespace planstoretest;

// The ways a file is broken in the refusal table.
enum class Broken {
    Missing,
    Folder,
    Empty,
    Truncate,    // param: bytes kept; -1: one byte less; -2: the last page removed
    RandomBytes, // param: byte count
    TextFile,
    GarbageAfterHeader,
    OtherProgram,
    OtherApplicationId,
    OtherMetaApplication,
    NewerSchema, // param: schema version
    CorruptPage, // param: page number (1-based); -1: middle page; -2: last page
    OverLimit,
    Sql, // statements in the row's sql column
};

} // namespace

Q_DECLARE_METATYPE(Broken)

class TestPlanStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void fileLayout();
    void refuses_data();
    void refuses();
    void migratesVersion0();
    void saveReplacesExisting();
    void saveThroughSymbolicLink();
    void failedSaveKeepsOldFile_data();
    void failedSaveKeepsOldFile();
    void failedSaveInReadOnlyFolder();
    void invalidPlanIsNotSaved_data();
    void invalidPlanIsNotSaved();
    void openAndSaveBySuffix_data();
    void openAndSaveBySuffix();
    void bundledScenarios();
};

void TestPlanStore::roundTrip_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::newRow("rich") << richPlan();
    QTest::newRow("default") << Plan();
    QTest::newRow("small") << smallPlan();
    Plan noStart = richPlan();
    noStart.meta.start.clear();
    noStart.meta.referenceValueUsd.reset();
    noStart.meta.extra = {};
    noStart.extra = {};
    noStart.waivers.clear();
    QTest::newRow("no start, no reference, no waivers") << noStart;
    Plan zero = richPlan();
    zero.meta.referenceValueUsd = 0.0;
    zero.catalog.items[0].annualValueUsd = 0.0;
    zero.catalog.items[1].annualValueUsd = std::numeric_limits<double>::denorm_min();
    zero.catalog.items[2].annualValueUsd = std::numeric_limits<double>::max();
    QTest::newRow("extreme doubles") << zero;
}

void TestPlanStore::roundTrip()
{
    QFETCH(Plan, plan);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plan.tranche"_s);
    QCOMPARE(savePlanFile(plan, path), QString());
    QCOMPARE(entries(dir.path()), QStringList{u"plan.tranche"_s});

    const PlanLoadResult loaded = loadPlanFile(path);
    QCOMPARE(loaded.error, QString());
    QVERIFY(loaded.ok());
    // Field by field first, for a readable failure; then the whole plan.
    QCOMPARE(loaded.plan->meta, plan.meta);
    QCOMPARE(loaded.plan->catalog.items, plan.catalog.items);
    QCOMPARE(loaded.plan->catalog.actions, plan.catalog.actions);
    QCOMPARE(loaded.plan->phases, plan.phases);
    QCOMPARE(loaded.plan->waivers, plan.waivers);
    QCOMPARE(loaded.plan->extra, plan.extra);
    QCOMPARE(*loaded.plan, plan);
    // Doubles bit for bit.
    for (int i = 0; i < plan.catalog.items.size(); ++i) {
        QCOMPARE(std::bit_cast<quint64>(loaded.plan->catalog.items.at(i).annualValueUsd),
                 std::bit_cast<quint64>(plan.catalog.items.at(i).annualValueUsd));
    }
    // Loading never writes the file; saving again gives the same plan.
    QCOMPARE(entries(dir.path()), QStringList{u"plan.tranche"_s});
    QCOMPARE(savePlanFile(*loaded.plan, path), QString());
    QCOMPARE(*loadPlanFile(path).plan, plan);
}

void TestPlanStore::fileLayout()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plan.tranche"_s);
    QCOMPARE(savePlanFile(richPlan(), path), QString());
    QCOMPARE(readAll(path).left(16), QByteArray("SQLite format 3\0", 16));
    const QString name = u"layout-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA application_id"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 0x54524E43);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), kPlanSchemaVersion);
        QVERIFY(q.exec(u"SELECT value FROM tranche_meta WHERE key = 'application'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"tranche"_s);
        QVERIFY(q.exec(u"SELECT value FROM tranche_meta WHERE key = 'schema_version'"_s) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QString::number(kPlanSchemaVersion));
        QVERIFY(q.exec(u"SELECT count(*) FROM placements WHERE end_month IS NULL"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // the open-ended placement and kpaPl
        QVERIFY(q.exec(u"SELECT typeof(extent) FROM placements WHERE phase_position = 2"
                       " AND position = 0"_s) &&
                q.next());
        QCOMPARE(q.value(0).toString(), u"real"_s); // 0 stored as REAL, not INTEGER
    }
    QSqlDatabase::removeDatabase(name);
}

void TestPlanStore::refuses_data()
{
    QTest::addColumn<Broken>("broken");
    QTest::addColumn<int>("param");
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QStringList>("expected"); // fragments of the message

    const QStringList none;
    QTest::newRow("missing") << Broken::Missing << 0 << none << QStringList{u"does not exist"_s};
    QTest::newRow("folder") << Broken::Folder << 0 << none << QStringList{u"is a folder"_s};
    QTest::newRow("empty") << Broken::Empty << 0 << none << QStringList{u"is empty"_s};
    for (int cut : {5, 16, 50, 99, 100, 1000, 4096, 12288, -1, -2}) {
        QTest::addRow("truncated to %d", cut)
            << Broken::Truncate << cut << none << QStringList{u"truncated"_s};
    }
    QTest::newRow("random bytes") << Broken::RandomBytes << 4096 << none
                                  << QStringList{u"not a SQLite database"_s};
    QTest::newRow("one random byte")
        << Broken::RandomBytes << 1 << none << QStringList{u"not a SQLite database"_s};
    QTest::newRow("text file") << Broken::TextFile << 0 << none
                               << QStringList{u"not a SQLite database"_s};
    QTest::newRow("garbage after header")
        << Broken::GarbageAfterHeader << 0 << none << QStringList{u"damaged"_s};
    QTest::newRow("another program's database")
        << Broken::OtherProgram << 0 << none
        << QStringList{u"is a SQLite database but not a Tranche plan"_s};
    QTest::newRow("another application id")
        << Broken::OtherApplicationId << 0 << none
        << QStringList{u"is a SQLite database but not a Tranche plan"_s};
    QTest::newRow("tranche_meta of another program")
        << Broken::OtherMetaApplication << 0 << none
        << QStringList{u"is a SQLite database but not a Tranche plan"_s};
    QTest::newRow("newer schema 7")
        << Broken::NewerSchema << 7 << none
        << QStringList{u"was written by a newer Tranche (schema 7; this version reads up to 3)"_s};
    QTest::newRow("newer schema 4")
        << Broken::NewerSchema << 4 << none << QStringList{u"newer Tranche (schema 4;"_s};
    for (int page : {1, 2, 3, -1, -2}) {
        QTest::addRow("corrupted page %d", page)
            << Broken::CorruptPage << page << none << QStringList{u"is damaged"_s};
    }
    QTest::newRow("over the size limit")
        << Broken::OverLimit << 0 << none << QStringList{u"too large"_s, u"268435456"_s};
    QTest::newRow("invalid plan: extent")
        << Broken::Sql << 0 << QStringList{u"UPDATE placements SET extent = 5"_s}
        << QStringList{u"not a valid plan"_s, u"/phases/0/reliefs/0/extent"_s,
                       u"/phases/2/reliefs/2/extent"_s};
    QTest::newRow("invalid plan: unknown item")
        << Broken::Sql << 0
        << QStringList{u"UPDATE placements SET item_id = 'nope' WHERE phase_position = 2"
                       " AND position = 1"_s}
        << QStringList{u"not a valid plan"_s, u"/phases/2/reliefs/1/item"_s};
    QTest::newRow("unknown enum value")
        << Broken::Sql << 0
        << QStringList{u"UPDATE items SET authority = 'UNN' WHERE position = 1"_s}
        << QStringList{u"table items, row 2, column authority"_s, u"UNN"_s};
    QTest::newRow("text where a number belongs")
        << Broken::Sql << 0 << QStringList{u"UPDATE actions SET weight = 'heavy'"_s}
        << QStringList{u"table actions, row 1, column weight: expected a number"_s};
    QTest::newRow("blob where text belongs")
        << Broken::Sql << 0 << QStringList{u"UPDATE phases SET name = x'00ff' WHERE position = 1"_s}
        << QStringList{u"table phases, row 2, column name: expected text"_s};
    QTest::newRow("fraction where a month belongs")
        << Broken::Sql << 0 << QStringList{u"UPDATE phases SET start_month = 1.5"_s}
        << QStringList{u"column start_month: expected a whole number"_s};
    QTest::newRow("bad boolean") << Broken::Sql << 0 << QStringList{u"UPDATE items SET fatf = 2"_s}
                                 << QStringList{u"column fatf: expected 0 or 1"_s};
    QTest::newRow("bad program") << Broken::Sql << 0
                                 << QStringList{u"UPDATE actions SET completes = 'nuclear,space'"_s}
                                 << QStringList{u"column completes"_s, u"space"_s};
    QTest::newRow("bad extra json")
        << Broken::Sql << 0 << QStringList{u"UPDATE phases SET extra_json = '[1,2'"_s}
        << QStringList{u"column extra_json: expected a JSON object"_s};
    QTest::newRow("bad date") << Broken::Sql << 0
                              << QStringList{u"UPDATE waivers SET date = '2026-02-30'"_s}
                              << QStringList{u"table waivers, row 1, column date"_s};
    QTest::newRow("orphan placement") << Broken::Sql << 0
                                      << QStringList{u"UPDATE placements SET phase_position = 99"
                                                     " WHERE phase_position = 0 AND position = 1"_s}
                                      << QStringList{u"phase position 99 does not exist"_s};
    QTest::newRow("two plan rows")
        << Broken::Sql << 0
        << QStringList{u"PRAGMA ignore_check_constraints = ON"_s,
                       u"INSERT INTO plan SELECT 2, title, counterpart, start, classification,"
                       " profile, reference_value_usd, decision_asked, extra_json,"
                       " document_extra_json FROM plan"_s}
        << QStringList{u"integrity check reports: CHECK constraint failed in plan"_s};
    QTest::newRow("no plan row") << Broken::Sql << 0 << QStringList{u"DELETE FROM plan"_s}
                                 << QStringList{u"table plan: the table has no row"_s};
    QTest::newRow("missing table") << Broken::Sql << 0 << QStringList{u"DROP TABLE waivers"_s}
                                   << QStringList{u"the table waivers is missing"_s};
    QTest::newRow("missing column")
        << Broken::Sql << 0 << QStringList{u"ALTER TABLE items DROP COLUMN confidence"_s}
        << QStringList{u"is damaged"_s, u"table items: no such column: confidence"_s};
    QTest::newRow("table replaced by a view")
        << Broken::Sql << 0
        << QStringList{u"DROP TABLE waivers"_s,
                       u"CREATE VIEW waivers AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL"
                       " SELECT x + 1 FROM c) SELECT x FROM c"_s}
        << QStringList{u"view waivers"_s};
    QTest::newRow("trigger")
        << Broken::Sql << 0
        << QStringList{u"CREATE TRIGGER t AFTER UPDATE ON plan BEGIN DELETE FROM items; END"_s}
        << QStringList{u"SQL code"_s, u"trigger t"_s};
    QTest::newRow("schema_version not a number")
        << Broken::Sql << 0
        << QStringList{u"UPDATE tranche_meta SET value = 'one' WHERE key = 'schema_version'"_s}
        << QStringList{u"no valid schema_version"_s};
    QTest::newRow("user_version disagrees")
        << Broken::Sql << 0 << QStringList{u"PRAGMA user_version = 5"_s}
        << QStringList{u"user version 5"_s};
}

void TestPlanStore::refuses()
{
    QFETCH(Broken, broken);
    QFETCH(int, param);
    QFETCH(QStringList, sql);
    QFETCH(QStringList, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"broken.tranche"_s);
    // Most rows start from a valid file.
    QCOMPARE(savePlanFile(richPlan(), path), QString());
    QVERIFY(loadPlanFile(path).ok());
    const QByteArray valid = readAll(path);
    const int pageSize = qFromBigEndian<quint16>(valid.constData() + 16);
    QCOMPARE(valid.size() % pageSize, 0);
    const int pages = int(valid.size() / pageSize);
    QVERIFY2(pages >= 8, "the rich plan should span several pages");

    int corruptedPage = 0;
    switch (broken) {
    case Broken::Missing:
        QVERIFY(QFile::remove(path));
        break;
    case Broken::Folder:
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir(dir.path()).mkdir(u"broken.tranche"_s));
        break;
    case Broken::Empty:
        QVERIFY(writeAll(path, {}));
        break;
    case Broken::Truncate: {
        const qsizetype keep = param == -1   ? valid.size() - 1
                               : param == -2 ? valid.size() - pageSize
                                             : param;
        QVERIFY(keep < valid.size());
        QVERIFY(writeAll(path, valid.left(keep)));
        break;
    }
    case Broken::RandomBytes: {
        QByteArray bytes(param, Qt::Uninitialized);
        QRandomGenerator random(42);
        for (char &c : bytes)
            c = char(random.bounded(256));
        QVERIFY(writeAll(path, bytes));
        break;
    }
    case Broken::TextFile:
        QVERIFY(writeAll(path, "title: Singapore track\nphases: 3\n"));
        break;
    case Broken::GarbageAfterHeader:
        QVERIFY(
            writeAll(path, QByteArray("SQLite format 3\0", 16) + QByteArray(8192 - 16, '\xee')));
        break;
    case Broken::OtherProgram:
        QVERIFY(QFile::remove(path));
        QCOMPARE(execSql(path, {u"CREATE TABLE contacts (name TEXT, phone TEXT)"_s,
                                u"INSERT INTO contacts VALUES ('a', '1')"_s}),
                 QString());
        break;
    case Broken::OtherApplicationId:
        QCOMPARE(execSql(path, {u"PRAGMA application_id = 1297302597"_s}), QString());
        break;
    case Broken::OtherMetaApplication:
        QCOMPARE(execSql(path, {u"PRAGMA application_id = 0"_s,
                                u"UPDATE tranche_meta SET value = 'grocer' WHERE key = "
                                "'application'"_s}),
                 QString());
        break;
    case Broken::NewerSchema:
        QCOMPARE(execSql(path, {u"UPDATE tranche_meta SET value = '%1' WHERE key = "
                                "'schema_version'"_s.arg(param),
                                u"PRAGMA user_version = %1"_s.arg(param)}),
                 QString());
        break;
    case Broken::CorruptPage: {
        corruptedPage = param == -1 ? pages / 2 : param == -2 ? pages : param;
        QByteArray bytes = valid;
        // Page 1 keeps its 100-byte file header.
        const int from = corruptedPage == 1 ? 100 : (corruptedPage - 1) * pageSize;
        const int to = corruptedPage * pageSize;
        bytes.replace(from, to - from, QByteArray(to - from, '\xa5'));
        QCOMPARE(bytes.size(), valid.size());
        QVERIFY(writeAll(path, bytes));
        break;
    }
    case Broken::OverLimit: {
        QFile f(path);
        QVERIFY(f.resize(kMaxPlanFileBytes + 1)); // sparse on the file systems we run on
        break;
    }
    case Broken::Sql:
        // As in a file of an earlier version, which has no content checksum.
        QCOMPARE(execSql(path, QStringList{u"DELETE FROM tranche_meta WHERE key = "
                                           "'content_sha256'"_s} +
                                   sql),
                 QString());
        break;
    }

    const QByteArray before = readAll(path);
    const QStringList before2 = entries(dir.path());
    const PlanLoadResult result = loadPlanFile(path);
    QVERIFY2(!result.ok(), "the broken file was accepted");
    QVERIFY(!result.plan);
    // A plan that breaks the format's rules lists each problem with its pointer.
    const QString message =
        result.error + u'\n' + formatProblems(QDir::toNativeSeparators(path), result.problems);
    if (qEnvironmentVariableIsSet("TST_PLANSTORE_SHOW"))
        qInfo().noquote() << message;
    for (const QString &fragment : expected)
        QVERIFY2(message.contains(fragment), qPrintable(message));
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    if (corruptedPage > 1) // the integrity check says where
        QVERIFY2(result.error.contains(u"Page %1:"_s.arg(corruptedPage)), qPrintable(result.error));
    // Refusing never changes the file or leaves anything behind.
    QCOMPARE(readAll(path), before);
    QCOMPARE(entries(dir.path()), before2);

    // openPlan gives the same single message, or the same list of problems.
    const OpenResult opened = openPlan(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.errorLines(),
             result.problems.isEmpty()
                 ? QStringList{result.error}
                 : formatProblemLines(QDir::toNativeSeparators(path), result.problems));
}

void TestPlanStore::migratesVersion0()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"old.tranche"_s);
    const QStringList script = sqlStatements(fixture(u"v0.sql"_s));
    QVERIFY(script.size() >= 10);
    QCOMPARE(execSql(path, script), QString());
    const QByteArray before = readAll(path);
    const QDateTime modified = QFileInfo(path).lastModified();

    const PlanLoadResult loaded = loadPlanFile(path);
    QCOMPARE(loaded.error, QString());
    QVERIFY(loaded.ok());

    Plan expected;
    expected.meta.title = u"Singapore track, option A (v0)"_s;
    expected.meta.counterpart = u"DPRK"_s;
    expected.meta.start = u"2018-07"_s;
    expected.meta.classification = u"UNCLASSIFIED"_s;
    expected.meta.profile = u"strict"_s;
    expected.meta.referenceValueUsd = 2820000000.5;
    SanctionsItem coal;
    coal.id = u"un-2371-coal"_s;
    coal.name = u"Coal export ban"_s;
    coal.authority = Authority::UN;
    coal.instrument = u"UNSCR 2371 (2017) para 8"_s;
    coal.category = u"sectoral-export"_s;
    coal.annualValueUsd = 1200000000.0;
    coal.reversibility = Reversibility::Easy;
    coal.escrowable = true;
    coal.source = u"UN Panel of Experts S/2018/171"_s;
    SanctionsItem kpa;
    kpa.id = u"eo-13382-kpa"_s;
    kpa.name = u"Designation of the Korean People's Army"_s;
    kpa.authority = Authority::USEO;
    kpa.instrument = u"EO 13382"_s;
    kpa.category = u"designation"_s;
    kpa.annualValueUsd = 0.1;
    kpa.reversibility = Reversibility::Hard;
    kpa.targeted = Targeted::Military;
    kpa.primaryTrade = true;
    expected.catalog.items = {coal, kpa};
    CounterpartAction dismantle;
    dismantle.id = u"yongbyon-dismantle"_s;
    dismantle.name = u"Dismantle Yongbyon nuclear complex"_s;
    dismantle.category = u"dismantlement"_s;
    dismantle.weight = 8.5;
    dismantle.completes = Programs(Program::Nuclear) | Program::Icbm;
    CounterpartAction freeze;
    freeze.id = u"test-freeze"_s;
    freeze.name = u"Freeze nuclear and missile tests"_s;
    freeze.category = u"freeze"_s;
    freeze.weight = 3;
    freeze.financialReform = true;
    expected.catalog.actions = {dismantle, freeze};
    Phase p1;
    p1.id = u"p1"_s;
    p1.name = u"Freeze and declare"_s;
    p1.kind = PhaseKind::Interim;
    p1.start = 0;
    p1.end = 6;
    p1.actions = {{u"test-freeze"_s, 2, {}}};
    Placement first;
    first.item = u"un-2371-coal"_s;
    first.extent = 0.2;
    first.start = 4;
    first.end = 10;
    first.escrowShare = 0.8;
    first.escrowAgent = u"Bank of China, Dandong branch"_s;
    first.permittedUses = u"food, medicine"_s;
    first.snapback = true;
    first.note = u"first tranche"_s;
    p1.reliefs = {first};
    Phase p2;
    p2.id = u"p2"_s;
    p2.name = u"Dismantle"_s;
    p2.kind = PhaseKind::Final;
    p2.start = 6;
    p2.end = 24;
    p2.actions = {{u"yongbyon-dismantle"_s, 20, {}}};
    Placement rest;
    rest.item = u"un-2371-coal"_s;
    rest.extent = 1.0;
    rest.start = 20;
    rest.end = std::nullopt; // -1 in schema 0
    p2.reliefs = {rest};
    expected.phases = {p1, p2};

    QCOMPARE(loaded.plan->meta, expected.meta);
    QCOMPARE(loaded.plan->catalog, expected.catalog);
    QCOMPARE(loaded.plan->phases, expected.phases);
    QCOMPARE(*loaded.plan, expected);

    // The user's file is untouched and nothing is left beside it.
    QCOMPARE(readAll(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(entries(dir.path()), QStringList{u"old.tranche"_s});

    // Saving writes the current schema, which loads to the same plan.
    QCOMPARE(savePlanFile(*loaded.plan, path), QString());
    QCOMPARE(*loadPlanFile(path).plan, expected);

    // A v0 file that misses a column its migration needs is refused before the
    // migration: its schema is not the one Tranche 0.0 wrote.
    const QString broken = dir.filePath(u"broken-old.tranche"_s);
    QStringList brokenScript = script;
    brokenScript.append(u"ALTER TABLE placements DROP COLUMN note"_s);
    QCOMPARE(execSql(broken, brokenScript), QString());
    const PlanLoadResult refused = loadPlanFile(broken);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"table placements: no such column: note"_s),
             qPrintable(refused.error));
}

void TestPlanStore::saveReplacesExisting()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plan.tranche"_s);
    QCOMPARE(savePlanFile(smallPlan(), path), QString());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    QCOMPARE(savePlanFile(richPlan(), path), QString());
    QCOMPARE(*loadPlanFile(path).plan, richPlan());
    const QFile::Permissions mode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                    QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                    QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(path) & mode,
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup); // kept
    QCOMPARE(entries(dir.path()), QStringList{u"plan.tranche"_s});
}

void TestPlanStore::saveThroughSymbolicLink()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString real = dir.filePath(u"real.tranche"_s);
    const QString link = dir.filePath(u"link.tranche"_s);
    QCOMPARE(savePlanFile(smallPlan(), real), QString());
    if (!QFile::link(real, link))
        QSKIP("symbolic links are not available here");
    QCOMPARE(savePlanFile(richPlan(), link), QString());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(*loadPlanFile(real).plan, richPlan());
    QCOMPARE(*loadPlanFile(link).plan, richPlan());
    QCOMPARE(entries(dir.path()), (QStringList{u"link.tranche"_s, u"real.tranche"_s}));
}

void TestPlanStore::failedSaveKeepsOldFile_data()
{
    QTest::addColumn<QString>("target"); // relative to the temporary folder
    QTest::addColumn<bool>("nanValue");
    QTest::addColumn<QString>("expected");
    QTest::newRow("value not a number") << u"plan.tranche"_s << true << u"not a number"_s;
    QTest::newRow("reference value not a number")
        << u"plan.tranche"_s << false << u"not a number"_s;
    QTest::newRow("target is a folder") << u"folder"_s << false << u"is a folder"_s;
    QTest::newRow("folder missing") << u"missing/plan.tranche"_s << false << u"does not exist"_s;
}

void TestPlanStore::failedSaveKeepsOldFile()
{
    QFETCH(QString, target);
    QFETCH(bool, nanValue);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString old = dir.filePath(u"plan.tranche"_s);
    QCOMPARE(savePlanFile(smallPlan(), old), QString());
    QVERIFY(QDir(dir.path()).mkpath(u"folder/inside"_s));
    const QByteArray oldBytes = readAll(old);
    const QStringList before = entries(dir.path());

    Plan plan = richPlan();
    if (nanValue)
        plan.catalog.items[1].annualValueUsd = std::nan("");
    else if (target == u"plan.tranche")
        plan.meta.referenceValueUsd = std::numeric_limits<double>::quiet_NaN();
    const QString error = savePlanFile(plan, dir.filePath(target));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(error.startsWith(u"Cannot save "_s));
    QCOMPARE(readAll(old), oldBytes);
    QCOMPARE(*loadPlanFile(old).plan, smallPlan());
    QCOMPARE(entries(dir.path()), before); // no temporary file left
    QCOMPARE(entries(dir.filePath(u"folder"_s)), QStringList{u"inside"_s});
}

void TestPlanStore::failedSaveInReadOnlyFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"ro"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"ro"_s));
    const QString path = folder + u"/plan.tranche"_s;
    QCOMPARE(savePlanFile(smallPlan(), path), QString());
    const QByteArray oldBytes = readAll(path);
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    {
        QFile probe(folder + u"/probe"_s);
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QSKIP("this user can write into a read-only folder (root)");
        }
    }
    const QString error = savePlanFile(richPlan(), path);
    QVERIFY2(error.startsWith(u"Cannot save "_s), qPrintable(error));
    QCOMPARE(readAll(path), oldBytes);
    QCOMPARE(entries(folder), QStringList{u"plan.tranche"_s});
}

void TestPlanStore::invalidPlanIsNotSaved_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("defect");
    QTest::addColumn<QString>("pointer"); // named in the message
    for (const QString &name : {u"plan.tranche"_s, u"plan.json"_s}) {
        QTest::addRow("%s: unknown item", qPrintable(name)) << name << 0 << u"/item"_s;
        QTest::addRow("%s: bad phase id", qPrintable(name)) << name << 1 << u"/id"_s;
        QTest::addRow("%s: end before start", qPrintable(name)) << name << 2 << u"/end"_s;
        QTest::addRow("%s: waiver without justification", qPrintable(name))
            << name << 3 << u"/waivers/0/justification"_s;
    }
}

void TestPlanStore::invalidPlanIsNotSaved()
{
    QFETCH(QString, fileName);
    QFETCH(int, defect);
    QFETCH(QString, pointer);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    QCOMPARE(savePlan(smallPlan(), path), QString());
    const QByteArray oldBytes = readAll(path);

    Plan plan = richPlan();
    QVERIFY(!plan.phases.isEmpty() && !plan.phases.first().reliefs.isEmpty());
    switch (defect) {
    case 0:
        plan.phases[0].reliefs[0].item = u"no-such-item"_s;
        break;
    case 1:
        plan.phases[0].id = u"Phase One"_s;
        break;
    case 2:
        plan.phases[0].end = plan.phases[0].start - 1;
        break;
    case 3:
        plan.waivers = {Waiver{u"INT-1"_s, {}, {}, u"  "_s, {}, {}}};
        break;
    }
    const QString error = savePlan(plan, path);
    QVERIFY2(error.startsWith(u"Cannot save "_s), qPrintable(error));
    QVERIFY2(error.contains(pointer), qPrintable(error));
    QCOMPARE(readAll(path), oldBytes);
    QCOMPARE(entries(dir.path()), QStringList{fileName});
}

void TestPlanStore::openAndSaveBySuffix_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("sqlite");
    QTest::newRow(".tranche") << u"plan.tranche"_s << true;
    QTest::newRow(".TRANCHE") << u"plan.TRANCHE"_s << true;
    QTest::newRow("no suffix") << u"plan"_s << true;
    QTest::newRow(".json") << u"plan.json"_s << false;
    QTest::newRow(".JSON") << u"plan.JSON"_s << false;
}

void TestPlanStore::openAndSaveBySuffix()
{
    QFETCH(QString, fileName);
    QFETCH(bool, sqlite);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    const Plan plan = richPlan();
    QCOMPARE(savePlan(plan, path), QString());
    QCOMPARE(entries(dir.path()), QStringList{fileName});
    QCOMPARE(readAll(path).startsWith(QByteArray("SQLite format 3\0", 16)), sqlite);
    if (!sqlite)
        QCOMPARE(readAll(path), writePlanJson(plan));
    const OpenResult opened = openPlan(path);
    QCOMPARE(opened.errorLines(), QStringList());
    QVERIFY(opened.ok());
    QCOMPARE(*opened.plan, plan);

    // Bad input gives errors naming the file, never a plan.
    QVERIFY(writeAll(path, "{ not a plan"));
    const OpenResult bad = openPlan(path);
    QVERIFY(!bad.ok());
    QVERIFY(!bad.errorLines().isEmpty());
    for (const QString &line : bad.errorLines())
        QVERIFY2(line.startsWith(QDir::toNativeSeparators(path)), qPrintable(line));
}

void TestPlanStore::bundledScenarios()
{
    const QList<ScenarioInfo> scenarios = tranche::bundledScenarios();
    QCOMPARE(scenarios.size(), 2);
    QCOMPARE(scenarios.at(0).resourcePath, u":/scenarios/dprk-2018.json"_s);
    QCOMPARE(scenarios.at(0).title, u"North Korea 2018: Singapore track"_s);
    QCOMPARE(scenarios.at(1).resourcePath, u":/scenarios/iran-2015.json"_s);
    QCOMPARE(scenarios.at(1).title, u"Iran 2013-2016: JPOA and JCPOA"_s);
    QCOMPARE(defaultScenarioPath(), scenarios.at(0).resourcePath);
    for (const ScenarioInfo &s : scenarios) {
        if (!QFile::exists(s.resourcePath))
            QSKIP("the scenario resources are not written yet");
        const OpenResult opened = openPlan(s.resourcePath);
        QVERIFY2(opened.ok(), qPrintable(opened.errorLines().join(u'\n')));
        // And they survive the .tranche round trip.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"scenario.tranche"_s);
        QCOMPARE(savePlan(*opened.plan, path), QString());
        QCOMPARE(*openPlan(path).plan, *opened.plan);
    }
}

QTEST_GUILESS_MAIN(TestPlanStore)
#include "tst_planstore.moc"
