// The exercise log kept so that nothing loses it: written as the JSON
// `tranche exercise run --log` reads (a round trip through readExerciseLog),
// beside the package, inside a .tranche package (tranche_meta 'exercise.log',
// under its checksum), in a recovery file that a crash leaves behind, restored
// from the longest of these on reopening, and written beside the JSON by
// `tranche convert`.

#include "cli/convertcli.h"
#include "exercise/exerciselogfile.h"
#include "io/planio.h"
#include "io/planstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tranche;

namespace {

const QString kExercises = QStringLiteral(TRANCHE_SOURCE_DIR "/resources/exercises/");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A bundled package, its exercise member read, and its bundled log.
struct Bundled
{
    Plan plan;
    ExercisePackage package;
    ExerciseLog log;
};

std::optional<Bundled> bundled(const QString &name)
{
    OpenResult opened = openPlan(kExercises + name + u".json"_s);
    if (!opened.ok())
        return std::nullopt;
    PackageReadResult read = readExercisePackage(*opened.plan);
    if (!read.package)
        return std::nullopt;
    LogReadResult log =
        readExerciseLog(readAll(kExercises + name + u".log.json"_s), *opened.plan, *read.package);
    if (!log.log)
        return std::nullopt;
    return Bundled{std::move(*opened.plan), std::move(*read.package), std::move(*log.log)};
}

// The first n decisions of a log.
ExerciseLog firstDecisions(ExerciseLog log, int n)
{
    log.decisions = log.decisions.mid(0, n);
    return log;
}

} // namespace

class TestExerciseLogFile : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void packageHoldsItsLog();
    void crashLeavesTheLogInRecovery();
    void restoreTakesTheLongest_data();
    void restoreTakesTheLongest();
    void convertWritesTheLogBeside();
    void logPath();
};

void TestExerciseLogFile::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("dprk") << u"dprk-breach-drill"_s;
    QTest::newRow("iran") << u"iran-2019-breaches"_s;
}

// What the writer writes, the reader reads back to the same JSON.
void TestExerciseLogFile::roundTrip()
{
    QFETCH(QString, name);
    const auto b = bundled(name);
    QVERIFY(b);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.log.json"_s);
    QCOMPARE(saveExerciseLog(path, b->log, b->plan, b->package), QString());
    const QByteArray written = readAll(path);
    const LogReadResult again = readExerciseLog(written, b->plan, b->package);
    QVERIFY(again.problems.isEmpty());
    QCOMPARE(again.log->decisions.size(), b->log.decisions.size());
    QCOMPARE(exerciseLogJson(*again.log, b->plan, b->package), written);
    QCOMPARE(exerciseLogLength(written), int(b->log.decisions.size()));
}

// A .tranche package keeps its log in tranche_meta, under the checksum; a
// plan with no log has no such key.
void TestExerciseLogFile::packageHoldsItsLog()
{
    const auto b = bundled(u"dprk-breach-drill"_s);
    QVERIFY(b);
    QTemporaryDir dir;
    const QString package = dir.filePath(u"drill.tranche"_s);
    QCOMPARE(savePlanFile(b->plan, package), QString());
    QCOMPARE(loadPlanFile(package).plan->exerciseLog, QString());
    {
        const ExerciseLogKeeper keeper(dir.filePath(u"drill.log.json"_s), package,
                                       RecoveryStore(dir.filePath(u"recovery"_s)));
        QCOMPARE(keeper.keep(firstDecisions(b->log, 3), b->plan, b->package), QString());
    }
    const PlanLoadResult loaded = loadPlanFile(package);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.plan->exerciseLog.toUtf8(), readAll(dir.filePath(u"drill.log.json"_s)));
    QCOMPARE(exerciseLogLength(loaded.plan->exerciseLog.toUtf8()), 3);
    // The rest of the plan is unchanged.
    Plan withoutLog = *loaded.plan;
    withoutLog.exerciseLog.clear();
    QCOMPARE(withoutLog, b->plan);
    // A clean close leaves no recovery file.
    QCOMPARE(RecoveryStore(dir.filePath(u"recovery"_s)).pending().size(), 0);
}

// Decisions kept, then a crash (the keeper is never destroyed, the folder of
// the log beside cannot be written): the recovery file holds every decision,
// and reopening restores them beside the package.
void TestExerciseLogFile::crashLeavesTheLogInRecovery()
{
    const auto b = bundled(u"dprk-breach-drill"_s);
    QVERIFY(b);
    QTemporaryDir dir;
    const QString package = dir.filePath(u"drill.json"_s);
    QVERIFY(QFile::copy(kExercises + u"dprk-breach-drill.json"_s, package));
    const RecoveryStore store(dir.filePath(u"recovery"_s));
    const QString unwritable = dir.filePath(u"missing/drill.log.json"_s);
    // Never deleted: a crash runs no destructor.
    auto *keeper = new ExerciseLogKeeper(unwritable, package, store);
    QVERIFY(!keeper->keep(firstDecisions(b->log, 2), b->plan, b->package).isEmpty());
    QVERIFY(!keeper->keep(firstDecisions(b->log, 4), b->plan, b->package).isEmpty());

    const QList<RecoveryStore::Entry> pending = store.pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().originalPath, package);
    const RecoveryStore::Recovered recovered = store.open(pending.first());
    QVERIFY(recovered.ok());
    QCOMPARE(exerciseLogLength(recovered.plan->exerciseLog.toUtf8()), 4);
    QCOMPARE(recovered.plan->exerciseLog.toUtf8(),
             exerciseLogJson(firstDecisions(b->log, 4), b->plan, b->package));

    // Reopening the package continues where it stopped.
    const QString beside = exerciseLogPath(package);
    QCOMPARE(restoreExerciseLog(package, beside, store), QString());
    const LogReadResult read = readExerciseLog(readAll(beside), b->plan, b->package);
    QVERIFY(read.problems.isEmpty());
    QCOMPARE(read.log->decisions.size(), 4);
}

void TestExerciseLogFile::restoreTakesTheLongest_data()
{
    QTest::addColumn<int>("beside"); // decisions in NAME.log.json (-1: no file)
    QTest::addColumn<int>("held");   // decisions the .tranche holds (0: none)
    QTest::addColumn<int>("expected");
    QTest::newRow("no file beside") << -1 << 3 << 3;
    QTest::newRow("the package is ahead") << 1 << 4 << 4;
    QTest::newRow("the file is ahead") << 4 << 2 << 4;
    QTest::newRow("a tie keeps the file") << 3 << 3 << 3;
    QTest::newRow("nothing held") << 2 << 0 << 2;
    QTest::newRow("nothing anywhere") << -1 << 0 << -1;
}

void TestExerciseLogFile::restoreTakesTheLongest()
{
    QFETCH(int, beside);
    QFETCH(int, held);
    QFETCH(int, expected);
    const auto b = bundled(u"dprk-breach-drill"_s);
    QVERIFY(b);
    QTemporaryDir dir;
    const QString package = dir.filePath(u"drill.tranche"_s);
    Plan plan = b->plan;
    if (held > 0)
        plan.exerciseLog =
            QString::fromUtf8(exerciseLogJson(firstDecisions(b->log, held), b->plan, b->package));
    QCOMPARE(savePlanFile(plan, package), QString());
    const QString path = exerciseLogPath(package);
    if (beside >= 0)
        QCOMPARE(saveExerciseLog(path, firstDecisions(b->log, beside), b->plan, b->package),
                 QString());
    QCOMPARE(restoreExerciseLog(package, path, RecoveryStore(dir.filePath(u"recovery"_s))),
             QString());
    QCOMPARE(QFile::exists(path), expected >= 0);
    if (expected >= 0)
        QCOMPARE(exerciseLogLength(readAll(path)), expected);
}

// `tranche convert PACKAGE.tranche OUT.json` writes OUT.log.json beside when
// the package holds a log, byte for byte; a plan without one gets none.
void TestExerciseLogFile::convertWritesTheLogBeside()
{
    const auto b = bundled(u"dprk-breach-drill"_s);
    QVERIFY(b);
    QTemporaryDir dir;
    Plan plan = b->plan;
    const QByteArray json = exerciseLogJson(b->log, b->plan, b->package);
    plan.exerciseLog = QString::fromUtf8(json);
    const QString package = dir.filePath(u"drill.tranche"_s);
    QCOMPARE(savePlanFile(plan, package), QString());
    QString errors;
    QTextStream err(&errors);
    QCOMPARE(runConvertCli(package, dir.filePath(u"out.json"_s), err), 0);
    QCOMPARE(readAll(dir.filePath(u"out.log.json"_s)), json);
    QCOMPARE(errors, QString());

    QCOMPARE(savePlanFile(b->plan, dir.filePath(u"plain.tranche"_s)), QString());
    QCOMPARE(runConvertCli(dir.filePath(u"plain.tranche"_s), dir.filePath(u"plain.json"_s), err),
             0);
    QVERIFY(QFile::exists(dir.filePath(u"plain.json"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"plain.log.json"_s)));

    // The log cannot be written (a folder in its place): refused, exit 2.
    QVERIFY(QDir(dir.path()).mkdir(u"blocked.log.json"_s));
    QCOMPARE(runConvertCli(package, dir.filePath(u"blocked.json"_s), err), 2);
    err.flush();
    QVERIFY2(errors.contains(u"blocked.log.json"_s), qPrintable(errors));
}

void TestExerciseLogFile::logPath()
{
    QCOMPARE(exerciseLogPath(u"/a/b/drill.tranche"_s), u"/a/b/drill.log.json"_s);
    QCOMPARE(exerciseLogPath(u"/a/b/drill.v2.json"_s), u"/a/b/drill.v2.log.json"_s);
    QCOMPARE(exerciseLogLength("{}"), -1);
    QCOMPARE(exerciseLogLength(R"({"format": "tranche-exercise-log", "decisions": []})"), 0);
}

QTEST_GUILESS_MAIN(TestExerciseLogFile)
#include "tst_exerciselogfile.moc"
