// `tranche exercise validate|run|report` through runExerciseCli: exit codes,
// nothing on standard output for bad input, errors as FILE: POINTER: reason,
// the JSON, text and CSV outputs of the drill fixture, .tranche packages.

#include "cli/checkcli.h"
#include "cli/exercisecli.h"
#include "cli/flowcli.h"
#include "io/planio.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tranche;

namespace {

const QString kPackage = QStringLiteral(TRANCHE_FIXTURES "/exercise/drill/package.json");
const QString kLog = QStringLiteral(TRANCHE_FIXTURES "/exercise/drill/log.json");

struct Result
{
    int code = 0;
    QString out;
    QString err;
};

Result cli(const QStringList &args)
{
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = runExerciseCli(QStringList{u"tranche"_s, u"exercise"_s} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

// The drill package with the exercise member changed by edit.
QString writePackage(const QTemporaryDir &dir, const QString &name,
                     const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(readAll(kPackage)).object();
    edit(root);
    return writeFile(dir, name, QJsonDocument(root).toJson());
}

} // namespace

class TestExerciseCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate();
    void validateReportsPlanAndExercise();
    void validateWithoutExercise();
    void runJson();
    void runText();
    void runWithoutLog();
    void badLog();
    void decisionThatCannotApply();
    void reports();
    void usage_data();
    void usage();
    void trancheFile();
    void controlCharactersEscaped();
    void packageIsItsPlan();
    void bundled_data();
    void bundled();
};

void TestExerciseCli::validate()
{
    const Result r = cli({u"validate"_s, kPackage});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QString());
}

void TestExerciseCli::validateReportsPlanAndExercise()
{
    // A plan problem (an unknown phase kind) and an exercise problem, together.
    QTemporaryDir dir;
    const QString path = writePackage(dir, u"bad.json"_s, [](QJsonObject &root) {
        QJsonArray phases = root.value("phases"_L1).toArray();
        QJsonObject p1 = phases.at(0).toObject();
        p1.insert("kind"_L1, u"middle"_s);
        phases.replace(0, p1);
        root.insert("phases"_L1, phases);
        QJsonObject ex = root.value("exercise"_L1).toObject();
        ex.insert("monthsPerTurn"_L1, 0);
        root.insert("exercise"_L1, ex);
    });
    const Result r = cli({u"validate"_s, path});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QString());
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(path + u": /phases/0/kind: "_s), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1),
             path + u": /exercise/monthsPerTurn: must be a whole number from 1 to 12"_s);
}

void TestExerciseCli::validateWithoutExercise()
{
    const Result r = cli({u"validate"_s, u":/scenarios/dprk-2018.json"_s});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, u":/scenarios/dprk-2018.json: /exercise: required field is missing\n"_s);
}

void TestExerciseCli::runJson()
{
    const Result r = cli({u"run"_s, kPackage, u"--log"_s, kLog, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    // Advances of 3, 3 and 4 months: months 0..9 played, turn 4 open at 10.
    QCOMPARE(o.value("months"_L1).toArray().size(), 10);
    QCOMPARE(o.value("projection"_L1).toArray().size(), 22);
    QCOMPARE(o.value("clock"_L1).toInt(), 10);
    QCOMPARE(o.value("turn"_L1).toInt(), 4);
    const QJsonObject month3 = o.value("months"_L1).toArray().at(3).toObject();
    QCOMPARE(month3.value("inBreach"_L1).toBool(), true);
    QCOMPARE(month3.value("escrowFrozen"_L1).toBool(), true);
    QCOMPARE(month3.value("events"_L1).toArray().at(0).toObject(),
             QJsonObject({{"type"_L1, u"inject"_s}, {"id"_L1, u"fail-a1"_s}}));
    QVERIFY(!o.value("projection"_L1).toArray().at(0).toObject().contains("events"_L1));
    QCOMPARE(o.value("objectives"_L1).toObject().value("ESCROW"_L1).toString(), u"S"_s);
    const QJsonObject metrics = o.value("metrics"_L1).toObject();
    for (const char *key : {"X1", "X2", "X3", "X3plan", "X4", "X5", "X6", "X7", "X8"})
        QVERIFY2(metrics.contains(QLatin1StringView(key)), key);
    QVERIFY(!o.contains("evaluation"_L1));
    // The exact text of month 3, worked out by hand: coal (50 released + 50
    // escrowed a month from month 2) is cut by the failed a1 at 3 to a last
    // month of 4 (lag 1), so exposure = 100 + 1 x 50; the hold and the advance
    // of turn 2 come after the inject in step 2; the breach opens in step 4.
    QVERIFY(r.out.contains(
        uR"({"month": 3, "released": 50, "releasedCumulative": 100, "escrowBalance": 100, )"
        uR"("exposure": 150, "inBreach": true, "escrowFrozen": true, "events": [{"type": )"
        uR"("inject", "id": "fail-a1"}, {"type": "failed", "phase": "p1", "action": "a1"}, )"
        uR"({"type": "decision", "seq": 2}, {"type": "decision", "seq": 3}, {"type": "breach"}]})"_s));
}

void TestExerciseCli::runText()
{
    const Result r = cli({u"run"_s, kPackage, u"--log"_s, kLog});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(u'\n');
    QCOMPARE(lines.first(), u"EXERCISE - EXERCISE - EXERCISE"_s);
    QVERIFY(r.out.contains(u"Turn 2\n"_s));
    QVERIFY(r.out.contains(u"decision 2 (negotiators, hold) by Blue lead: No further relief"_s));
}

void TestExerciseCli::runWithoutLog()
{
    // Every month in turn 1: turn 1, clock endMonth + 1 = 32, no projection.
    const Result r = cli({u"run"_s, kPackage, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("months"_L1).toArray().size(), 32);
    QCOMPARE(o.value("projection"_L1).toArray().size(), 0);
    QCOMPARE(o.value("clock"_L1).toInt(), 32);
    QCOMPARE(o.value("turn"_L1).toInt(), 1);
}

void TestExerciseCli::badLog()
{
    QTemporaryDir dir;
    const QString log = writeFile(
        dir, u"log.json"_s, R"({"format": "tranche-exercise-log", "version": 1, "package": "drill",
                "decisions": [{"seq": 2, "turn": 1, "role": "control", "type": "advance"}]})");
    const Result r = cli({u"run"_s, kPackage, u"--log"_s, log});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, log + u": /decisions/0/seq: must be 1\n"_s);
}

void TestExerciseCli::decisionThatCannotApply()
{
    // Coal is running in month 3: a hold cannot apply.
    QTemporaryDir dir;
    const QString log = writeFile(
        dir, u"log.json"_s,
        R"({"format": "tranche-exercise-log", "version": 1, "package": "drill", "decisions": [
      {"seq": 1, "turn": 1, "role": "control", "type": "advance", "months": 3},
      {"seq": 2, "turn": 2, "role": "negotiators", "type": "hold", "phase": "p1", "relief": 0,
       "rationale": "r"},
      {"seq": 3, "turn": 2, "role": "control", "type": "advance"}]})");
    const Result r = cli({u"run"_s, kPackage, u"--log"_s, log, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, log + u": /decisions/1: the placement is not waiting\n"_s);
}

void TestExerciseCli::reports()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(u"aar.json"_s);
    QCOMPARE(cli({u"report"_s, kPackage, u"--log"_s, kLog, u"-o"_s, json}).code, 0);
    const QJsonObject o = QJsonDocument::fromJson(readAll(json)).object();
    QCOMPARE(o.value("evaluation"_L1).toObject().value("improvements"_L1).toArray().size(), 1);
    QVERIFY(o.contains("proposed"_L1));
    QVERIFY(o.contains("months"_L1));

    const QString csv = dir.filePath(u"aar.csv"_s);
    QCOMPARE(cli({u"report"_s, kPackage, u"--log"_s, kLog, u"-o"_s, csv}).code, 0);
    const QList<QByteArray> rows = readAll(csv).split('\n');
    QCOMPARE(rows.first(),
             QByteArray("month,turn,type,id/seq,phase,relief,action,amount,role,rationale"));
    QVERIFY(rows.contains(QByteArray("3,2,inject,fail-a1,,,,,,")));
    QVERIFY(rows.contains(
        QByteArray("3,2,decision,2,,,,,negotiators,No further relief while a1 is in doubt.")));

    const Result pdf =
        cli({u"report"_s, kPackage, u"--log"_s, kLog, u"-o"_s, dir.filePath(u"aar.pdf"_s)});
    QCOMPARE(pdf.code, 2);
    QVERIFY(pdf.err.contains(u"PDF after-action report is not available yet"_s));
    QVERIFY(!QFile::exists(dir.filePath(u"aar.pdf"_s)));
}

void TestExerciseCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no sub-command") << QStringList();
    QTest::newRow("unknown sub-command") << QStringList{u"play"_s, kPackage};
    QTest::newRow("unknown format") << QStringList{u"run"_s, kPackage, u"--format"_s, u"csv"_s};
    QTest::newRow("report without a log")
        << QStringList{u"report"_s, kPackage, u"-o"_s, u"x.json"_s};
    QTest::newRow("report to .txt")
        << QStringList{u"report"_s, kPackage, u"--log"_s, kLog, u"-o"_s, u"x.txt"_s};
    QTest::newRow("missing package") << QStringList{u"run"_s, u"/nonexistent/p.json"_s};
    QTest::newRow("unknown option") << QStringList{u"run"_s, kPackage, u"--bogus"_s};
}

void TestExerciseCli::usage()
{
    QFETCH(QStringList, args);
    const Result r = cli(args);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QString());
    QVERIFY(!r.err.isEmpty());
}

void TestExerciseCli::trancheFile()
{
    // A package stored as .tranche runs like its JSON.
    QTemporaryDir dir;
    const QString stored = dir.filePath(u"drill.tranche"_s);
    QCOMPARE(savePlan(*openPlan(kPackage).plan, stored), QString());
    const Result a = cli({u"run"_s, kPackage, u"--log"_s, kLog, u"--format"_s, u"json"_s});
    const Result b = cli({u"run"_s, stored, u"--log"_s, kLog, u"--format"_s, u"json"_s});
    QCOMPARE(b.code, 0);
    QCOMPARE(b.out, a.out);
}

void TestExerciseCli::controlCharactersEscaped()
{
    QTemporaryDir dir;
    const QString path = writePackage(dir, u"esc.json"_s, [](QJsonObject &root) {
        QJsonObject ex = root.value("exercise"_L1).toObject();
        ex.insert("title"_L1, u"Drill\u001b[2J"_s);
        root.insert("exercise"_L1, ex);
    });
    const Result r = cli({u"run"_s, path});
    QCOMPARE(r.code, 0);
    QVERIFY(!r.out.contains(QChar(0x1b)));
    QVERIFY(r.out.contains(u"Drill\\x1B[2J"_s)); // escaped by terminalSafe()
}

void TestExerciseCli::packageIsItsPlan()
{
    // check and flow read a package as its plan: the same output as the plan
    // without the exercise member.
    QTemporaryDir dir;
    const QString plain =
        writePackage(dir, u"plain.json"_s, [](QJsonObject &root) { root.remove("exercise"_L1); });
    for (const QString &format : {u"json"_s, u"text"_s}) {
        QString a, b, errA, errB;
        QTextStream outA(&a), outB(&b), eA(&errA), eB(&errB);
        QCOMPARE(runCheckCli(kPackage, QString(), format, outA, eA),
                 runCheckCli(plain, QString(), format, outB, eB));
        outA.flush();
        outB.flush();
        QCOMPARE(a.replace(kPackage, u"F"_s), b.replace(plain, u"F"_s));
    }
    QString a, b, errA, errB;
    QTextStream outA(&a), outB(&b), eA(&errA), eB(&errB);
    QCOMPARE(runFlowCli(kPackage, u"json"_s, outA, eA), 0);
    QCOMPARE(runFlowCli(plain, u"json"_s, outB, eB), 0);
    QCOMPARE(a, b);
}

void TestExerciseCli::bundled_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("dprk") << u"dprk-breach-drill"_s;
    QTest::newRow("iran") << u"iran-2019-breaches"_s;
}

void TestExerciseCli::bundled()
{
    // Each bundled package validates, and its log plays with every decision applied,
    // from the resources built into the program as from the source tree.
    QFETCH(QString, name);
    for (const QString &folder :
         {u":/exercises/"_s, QStringLiteral(TRANCHE_SOURCE_DIR "/resources/exercises/")}) {
        const QString package = folder + name + u".json"_s;
        const QString log = folder + name + u".log.json"_s;
        const Result v = cli({u"validate"_s, package});
        QCOMPARE(v.err, QString());
        QCOMPARE(v.code, 0);
        const Result r = cli({u"run"_s, package, u"--log"_s, log, u"--format"_s, u"json"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value("months"_L1).toArray().size() > 0);
        QVERIFY(!o.value("metrics"_L1).toObject().value("firstBreachMonth"_L1).isNull());
    }
}

QTEST_GUILESS_MAIN(TestExerciseCli)
#include "tst_exercisecli.moc"
