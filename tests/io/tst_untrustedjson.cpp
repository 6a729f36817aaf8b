// Tests of the JSON reader on untrusted input: files that are not plans,
// damaged copies, text defects, size limits, capped problem lists, symbolic
// links, and the streaming reader agreeing with the full reader.

#include "io/planjson.h"
#include "io/planjsonstream.h"
#include "io/validation.h"
#include "support/planjsontestdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace tranche;
using namespace tranche::planjsontest;

class TestUntrustedJson : public QObject
{
    Q_OBJECT

private slots:
    void files();
    void mutatedInput();
    void wholeDocument_data();
    void wholeDocument();
    void textDefects_data();
    void textDefects();
    void limits_data();
    void limits();
    void problemsCapped();
    void symbolicLinks();
    void streamMatchesFull_data();
    void streamMatchesFull();
};

void TestUntrustedJson::files()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    PlanReadResult r = readPlanJsonFile(dir.filePath(u"missing.json"_s));
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.at(0).pointer, QString());
    QVERIFY(r.problems.at(0).reason.contains(u"does not exist"_s));

    r = readPlanJsonFile(dir.path());
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems.at(0).reason.contains(u"not a file"_s));

    QFile big(dir.filePath(u"big.json"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(kMaxPlanJsonBytes + 1)); // sparse: costs no disk
    big.close();
    r = readPlanJsonFile(big.fileName());
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems.at(0).reason.contains(u"larger than 64 MiB"_s));

    QFile good(dir.filePath(u"good.json"_s));
    QVERIFY(good.open(QIODevice::WriteOnly));
    const Plan plan = richPlan();
    good.write(writePlanJson(plan));
    good.close();
    r = readPlanJsonFile(good.fileName());
    QVERIFY2(r.ok(), qPrintable(describe(r.problems)));
    QVERIFY(*r.plan == plan);
}

// Damaged copies of a valid plan (seeded, so reproducible): every one is either
// accepted and then round-trips, or refused with at least one problem.
namespace {

// Damaged copies of a valid plan (seeded, so reproducible).
QByteArrayList mutations(int rounds)
{
    const QByteArray base = writePlanJson(richPlan());
    const QByteArrayList pieces = {"1e400", "-1e-999", "null", "\"", "{",  "]", ",",   "\\u00",
                                   "4.5",   "\"x\"",   "[]",   "{}", "~/", "0", "\xff"};
    QRandomGenerator random(20261127);
    QByteArrayList out;
    for (int round = 0; round < rounds; ++round) {
        QByteArray json = base;
        const int edits = 1 + random.bounded(3);
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = random.bounded(json.size());
            const qsizetype length = random.bounded(8);
            json.replace(at, length, pieces.at(random.bounded(pieces.size())));
        }
        out << json;
    }
    return out;
}

} // namespace

void TestUntrustedJson::mutatedInput()
{
    int accepted = 0;
    for (const QByteArray &json : mutations(1500)) {
        const PlanReadResult r = readPlanJson(json);
        QCOMPARE(r.ok(), r.problems.isEmpty());
        QCOMPARE(r.plan.has_value(), r.problems.isEmpty());
        if (r.ok()) {
            ++accepted;
            const QByteArray written = writePlanJson(*r.plan);
            const PlanReadResult again = readPlanJson(written);
            QVERIFY2(again.ok(), json.constData());
            QCOMPARE(writePlanJson(*again.plan), written);
        }
    }
    QVERIFY(accepted > 0 && accepted < 1500); // both paths were taken
}

// ---- Part 3 (issue 12): the stream reader ----

// Every plan file of the tests and the bundled scenarios, and the damaged
// copies: where the stream reader gives a valid plan, the full reader reads
// the same plan; where the full reader accepts a file, so does the stream
// (except the rare forms it leaves to the full reader, none in these files).
void TestUntrustedJson::streamMatchesFull_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("streamed"); // the stream must read it
    QDirIterator files(QStringLiteral(TRANCHE_FIXTURES), {u"*.json"_s}, QDir::Files,
                       QDirIterator::Subdirectories);
    QStringList paths;
    while (files.hasNext())
        paths << files.next();
    paths.sort();
    paths << u":/scenarios/dprk-2018.json"_s << u":/scenarios/iran-2015.json"_s;
    for (const QString &path : std::as_const(paths)) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QTest::newRow(qPrintable(path)) << json << readPlanJsonFull(json).ok();
    }
    QTest::newRow("rich plan") << writePlanJson(richPlan()) << true;
    int i = 0;
    for (const QByteArray &json : mutations(600))
        QTest::newRow(qPrintable(u"mutation %1"_s.arg(++i))) << json << false;
}

void TestUntrustedJson::streamMatchesFull()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, streamed);
    const std::optional<Plan> stream = streamPlanJson(json);
    const PlanReadResult full = readPlanJsonFull(json);
    if (streamed)
        QVERIFY(stream.has_value());
    if (stream && validatePlan(*stream).isEmpty()) {
        QVERIFY2(full.ok(), qPrintable(describe(full.problems)));
        QCOMPARE(writePlanJson(*stream), writePlanJson(*full.plan));
        QVERIFY(*stream == *full.plan);
    }
    const PlanReadResult r = readPlanJson(json);
    QCOMPARE(r.problems, full.problems);
    QCOMPARE(r.ok(), full.ok());
}

// ---- Part 2 additions (issue 11) ----

// The whole document: bytes that are not a plan at all, with a message that
// says what is wrong.
void TestUntrustedJson::wholeDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason"); // the only problem, at pointer ""

    QTest::newRow("UTF-16 LE byte order mark")
        << QByteArray("\xFF\xFE{\0\"\0", 6)
        << u"the file is UTF-16 (it starts with a UTF-16 byte order mark); a plan must be UTF-8"_s;
    QTest::newRow("UTF-16 BE byte order mark")
        << QByteArray("\xFE\xFF\0{", 4)
        << u"the file is UTF-16 (it starts with a UTF-16 byte order mark); a plan must be UTF-8"_s;
    QTest::newRow("top-level string")
        << QByteArray("  \"tranche-plan\"\n")
        << u"must be a JSON object (the document is a string, not an object)"_s;
    QTest::newRow("top-level null")
        << QByteArray("null") << u"must be a JSON object (the document is null, not an object)"_s;
    QTest::newRow("top-level number")
        << QByteArray("\xEF\xBB\xBF 12")
        << u"must be a JSON object (the document is a number, not an object)"_s;
    QTest::newRow("top-level true")
        << QByteArray("true")
        << u"must be a JSON object (the document is true or false, not an object)"_s;
    QTest::newRow("top-level array")
        << QByteArray("[{\"format\": \"tranche-plan\"}]")
        << u"must be a JSON object (the document is an array, not an object)"_s;
}

void TestUntrustedJson::wholeDocument()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const PlanReadResult r = readPlanJson(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.problems, (QList<Problem>{{QString(), reason}}));
}

// Text the format forbids, found with its pointer: raw control characters in
// strings (RFC 8259), leading zeros; each with every other problem too.
void TestUntrustedJson::textDefects_data()
{
    QTest::addColumn<QStringList>("from");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QList<Problem>>("expected");

    QTest::newRow("raw control character in a title")
        << QStringList{u"\"Test plan\""_s} << QStringList{u"\"Test\u001b[2Jplan\""_s}
        << QList<Problem>{{u"/plan/title"_s,
                           u"a string holds a raw control character (U+001B): JSON needs it "
                           u"written as an escape such as \\u001B"_s}};
    QTest::newRow("raw tab in a note, raw newline in a key, and a bad extent")
        << QStringList{u"\"first step\""_s, u"\"profile\": \"strict\""_s, u"\"extent\": 1, "_s}
        << QStringList{u"\"first\tstep\""_s, u"\"profile\": \"strict\", \"x-a\nb\": 1"_s,
                       u"\"extent\": 2, "_s}
        << QList<Problem>{
               {u"/plan/x-a\nb"_s, u"a string holds a raw control character (U+000A): JSON "
                                   u"needs it written as an escape such as \\u000A"_s},
               {u"/phases/0/reliefs/0/note"_s,
                u"a string holds a raw control character (U+0009): JSON needs it written as an "
                u"escape such as \\u0009"_s},
               {u"/phases/1/reliefs/0/extent"_s, u"must be a number from 0 to 1 (got 2)"_s}};
    QTest::newRow("leading zeros")
        << QStringList{u"\"weight\": 8"_s, u"\"extent\": 0.2"_s}
        << QStringList{u"\"weight\": 08"_s, u"\"extent\": -00.2"_s}
        << QList<Problem>{{u"/catalog/actions/0/weight"_s,
                           u"number 08 has a leading zero, which JSON does not allow"_s},
                          {u"/phases/0/reliefs/0/extent"_s,
                           u"number -00.2 has a leading zero, which JSON does not allow"_s}};
    // Half a surrogate pair is no character: written back it would become "?",
    // so the plan would not survive a round trip (a fuzzer found it).
    QTest::newRow("unpaired surrogates; a pair is fine")
        << QStringList{u"\"Test plan\""_s, u"\"first step\""_s, u"\"profile\": \"strict\""_s}
        << QStringList{u"\"Test \\ude15 plan\""_s, u"\"first \\ud83d step\""_s,
                       u"\"profile\": \"strict\", \"x-pair\": \"\\ud83d\\ude00\""_s}
        << QList<Problem>{{u"/plan/title"_s, u"a string holds \\uDE15, half of a surrogate pair "
                                             u"without its other half: no Unicode character"_s},
                          {u"/phases/0/reliefs/0/note"_s,
                           u"a string holds \\uD83D, half of a surrogate pair without its other "
                           u"half: no Unicode character"_s}};
}

void TestUntrustedJson::textDefects()
{
    QFETCH(QStringList, from);
    QFETCH(QStringList, to);
    QFETCH(QList<Problem>, expected);
    QString error;
    const QByteArray json = applyEdits(readFixture(u"base.json"_s), from, to, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const PlanReadResult r = readPlanJson(json);
    QVERIFY(!r.plan.has_value());
    QStringList actual, wanted;
    for (const Problem &p : r.problems)
        actual << p.pointer + u": "_s + p.reason;
    for (const Problem &p : expected)
        wanted << p.pointer + u": "_s + p.reason;
    QCOMPARE(actual, wanted);
}

namespace {

// base.json with its "phases" list replaced by text.
QByteArray withPhases(const QByteArray &phases)
{
    QByteArray json = readFixture(u"base.json"_s);
    const qsizetype at = json.indexOf("\"phases\": [");
    json.truncate(at);
    return json + "\"phases\": " + phases + "}\n";
}

QByteArray repeated(const QByteArray &piece, int times, const QByteArray &separator = ",")
{
    QByteArrayList pieces;
    for (int i = 0; i < times; ++i)
        pieces << piece;
    return pieces.join(separator);
}

} // namespace

// Limits (planlimits.h): refused at once, with the limit named at its pointer.
void TestUntrustedJson::limits_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QList<Problem>>("expected");

    const QByteArray base = readFixture(u"base.json"_s);
    QByteArray longTitle = base;
    longTitle.replace("\"Test plan\"", '"' + QByteArray(65'537, 'x') + '"');
    QTest::newRow("title over 65536 characters")
        << longTitle
        << QList<Problem>{
               {u"/plan/title"_s, u"a string longer than 65536 characters (the limit)"_s}};
    QByteArray longKey = base;
    longKey.replace("\"title\"", "\"x" + QByteArray(65'536, 'k') + "\": 1, \"title\"");
    QTest::newRow("key over 65536 characters")
        << longKey
        << QList<Problem>{{u"/plan/x"_s + QString(65'536, u'k'),
                           u"a string longer than 65536 characters (the limit)"_s}};
    QByteArray deep = base;
    deep.replace("\"title\"",
                 "\"x-deep\": " + QByteArray(1'000, '[') + QByteArray(1'000, ']') + ", \"title\"");
    QString deepPointer = u"/plan/x-deep"_s;
    for (int i = 0; i < 998; ++i) // the array that opens level 1001 (with the root and plan)
        deepPointer += u"/0"_s;
    QTest::newRow("nested 1001 deep")
        << deep
        << QList<Problem>{
               {deepPointer, u"arrays and objects nested more than 1000 deep (the limit)"_s}};
    QTest::newRow("10001 phases") << withPhases('[' + repeated("{}", 10'001) + ']')
                                  << QList<Problem>{
                                         {u"/phases"_s, u"more than 10000 phases (the limit)"_s}};
    QTest::newRow("1000001 placements")
        << withPhases("[{\"reliefs\": [" + repeated("0", 500'001) + "]}, {\"reliefs\": [" +
                      repeated("0", 500'000) + "]}]")
        << QList<Problem>{
               {u"/phases"_s, u"more than 1000000 relief placements in the plan (the limit)"_s}};
}

void TestUntrustedJson::limits()
{
    QFETCH(QByteArray, json);
    QFETCH(QList<Problem>, expected);
    const PlanReadResult r = readPlanJson(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(r.problems.at(i).pointer, expected.at(i).pointer);
        QCOMPARE(r.problems.at(i).reason, expected.at(i).reason);
    }
}

// At most 1000 problems are listed, then one "and N more"; the number scan
// (a small file of many numbers beyond a double, deeply nested: once
// quadratic) keeps to the same cap.
void TestUntrustedJson::problemsCapped()
{
    const PlanReadResult bad = readPlanJson(withPhases(
        "[{\"id\": \"p\", \"kind\": \"final\", \"start\": 0, \"end\": 1, "
        "\"reliefs\": [" +
        repeated("{\"item\": \"un-coal\", \"extent\": 5, \"start\": 0}", 1'500) + "]}]"));
    QCOMPARE(bad.problems.size(), 1'001);
    QCOMPARE(bad.problems.at(999).pointer, u"/phases/0/reliefs/999/extent"_s);
    QCOMPARE(bad.problems.at(1'000), Problem(QString(), u"and 500 more problem(s)"_s));

    const QByteArray numbers =
        QByteArray(900, '[') + repeated("1e999", 3'000) + QByteArray(900, ']');
    const PlanReadResult scan = readPlanJson(numbers);
    QCOMPARE(scan.problems.size(), 1'001);
    QString pointer;
    for (int i = 0; i < 899; ++i)
        pointer += u"/0"_s;
    QCOMPARE(scan.problems.at(0).pointer, pointer + u"/0"_s);
    QCOMPARE(scan.problems.at(0).reason, u"number 1e999 is beyond the range of a double"_s);
    QCOMPARE(scan.problems.at(999).pointer, pointer + u"/999"_s);
    QCOMPARE(scan.problems.at(1'000), Problem(QString(), u"and 2001 more problem(s)"_s));
}

// A symbolic link that loops, or leads nowhere, says so.
void TestUntrustedJson::symbolicLinks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = dir.filePath(u"a.json"_s);
    const QString b = dir.filePath(u"b.json"_s);
    QVERIFY(QFile::link(b, a));
    QVERIFY(QFile::link(a, b));
    PlanReadResult r = readPlanJsonFile(a);
    QCOMPARE(r.problems,
             (QList<Problem>{{QString(), u"the file is a symbolic link that loops (it leads "
                                         u"back to itself)"_s}}));
    const QString dangling = dir.filePath(u"dangling.json"_s);
    QVERIFY(QFile::link(dir.filePath(u"gone.json"_s), dangling));
    r = readPlanJsonFile(dangling);
    QCOMPARE(r.problems,
             (QList<Problem>{
                 {QString(), u"the file is a symbolic link to %1, which does not exist"_s.arg(
                                 QDir::toNativeSeparators(dir.filePath(u"gone.json"_s)))}}));
}

QTEST_GUILESS_MAIN(TestUntrustedJson)
#include "tst_untrustedjson.moc"
