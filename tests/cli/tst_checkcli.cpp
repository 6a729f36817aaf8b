// `tranche check`: exit codes 0, 1 and 2, the json and text formats, bad
// input (messages on err, nothing on out), profiles and .tranche files.

#include "cli/checkcli.h"
#include "cli/terminalsafe.h"
#include "io/planio.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

class TestCheckCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void badInput_data();
    void badInput();
    void jsonFormat();
    void textFormat();
    void profileOverride();
    void trancheFile();
    void hostileText();
    void terminalSafeText_data();
    void terminalSafeText();

private:
    struct Run
    {
        int code = -1;
        QString out, err;
    };
    static Run run(const QString &file, const QString &profile = {}, const QString &format = {});
    static QString fixture(const QString &name)
    {
        return QStringLiteral(TRANCHE_FIXTURES "/rules/") + name + u"/plan.json"_s;
    }
    QString writeFile(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

TestCheckCli::Run TestCheckCli::run(const QString &file, const QString &profile,
                                    const QString &format)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.code = runCheckCli(file, profile, format, out, err);
    return r;
}

QString TestCheckCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

void TestCheckCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.path()));
}

void TestCheckCli::exitCodes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("code");
    for (const QString &format : {u"text"_s, u"json"_s, QString()}) {
        const QByteArray f = format.isEmpty() ? "default" : format.toUtf8();
        QTest::newRow("clean " + f) << fixture(u"afa1-same-month"_s) << format << 0;
        QTest::newRow("warnings only " + f) << fixture(u"int1-at-cap"_s) << format << 0;
        QTest::newRow("violation " + f) << fixture(u"int3-7-months"_s) << format << 1;
        QTest::newRow("violation waived " + f) << fixture(u"waiver"_s) << format << 0;
        QTest::newRow("missing file " + f) << m_dir.filePath(u"nope.json"_s) << format << 2;
    }
}

void TestCheckCli::exitCodes()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, code);
    const Run r = run(file, {}, format);
    QCOMPARE(r.code, code);
    if (code == 2) {
        QCOMPARE(r.out, QString());
        QVERIFY(!r.err.isEmpty());
    } else {
        QCOMPARE(r.err, QString());
        QVERIFY(!r.out.isEmpty());
    }
}

void TestCheckCli::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("message");
    QFile good(fixture(u"int3-7-months"_s));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray plan = good.readAll();
    QTest::newRow("not json") << QByteArray("{ nope") << QString() << u"json"_s << u"bad.json: "_s;
    QTest::newRow("wrong format")
        << QByteArray(R"({"format":"x","version":1,"plan":{},"catalog":{"items":[]}})") << QString()
        << u"json"_s << u"bad.json: /format: "_s;
    QTest::newRow("bad extent") << QByteArray(plan).replace("\"extent\": 1,", "\"extent\": 1.5,")
                                << QString() << u"text"_s << u"/phases/0/reliefs/0/extent: "_s;
    QTest::newRow("unknown profile option") << plan << u"no-such"_s << u"json"_s << u"no-such"_s;
    QTest::newRow("unknown profile in plan")
        << QByteArray(plan).replace("\"referenceValueUsd\"",
                                    "\"profile\": \"gone\", \"referenceValueUsd\"")
        << QString() << u"text"_s << u"bad.json: /plan/profile: "_s;
    QTest::newRow("unknown format") << plan << QString() << u"xml"_s << u"xml"_s;
}

void TestCheckCli::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, profile);
    QFETCH(QString, format);
    QFETCH(QString, message);
    const QString path = writeFile(u"bad.json"_s, content);
    QVERIFY(!path.isEmpty());
    const Run r = run(path, profile, format);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.err.endsWith(u'\n'));
}

void TestCheckCli::jsonFormat()
{
    const Run r = run(fixture(u"waiver"_s), {}, u"json"_s);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.endsWith(u"}\n"_s));
    QCOMPARE(r.out.count(u'\n'), 1); // one line
    // The contract's key order: findings first, then the counts.
    QVERIFY(r.out.startsWith(
        u"{\"findings\":[{\"rule\":\"LAW-1\",\"severity\":\"info\",\"phase\":\"i\",\"item\":null,"_s));
    QJsonParseError e;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &e).object();
    QCOMPARE(e.error, QJsonParseError::NoError);
    QCOMPARE(o.value(u"violations"_s).toInt(), 0);
    QCOMPARE(o.value(u"warnings"_s).toInt(), 0);
    QCOMPARE(o.value(u"findings"_s).toArray().size(), 2);
    const QJsonArray waived = o.value(u"waived"_s).toArray();
    QCOMPARE(waived.size(), 1);
    QCOMPARE(waived.at(0)[u"rule"_s].toString(), u"INT-4"_s);
    QCOMPARE(waived.at(0)[u"author"_s].toString(), u"trainer"_s);
    QVERIFY(!waived.at(0)[u"justification"_s].toString().isEmpty());

    // Null where a rule names no phase or item.
    const Run noFinal = run(fixture(u"fin1-no-final"_s), {}, u"json"_s);
    const QJsonObject f = QJsonDocument::fromJson(noFinal.out.toUtf8())
                              .object()
                              .value(u"findings"_s)
                              .toArray()
                              .at(0)
                              .toObject();
    QCOMPARE(f.value(u"rule"_s).toString(), u"FIN-1"_s);
    QVERIFY(f.value(u"phase"_s).isNull());
    QVERIFY(f.value(u"item"_s).isNull());
}

void TestCheckCli::textFormat()
{
    const Run r = run(fixture(u"int2-hard"_s), {}, u"text"_s);
    QCOMPARE(r.code, 1);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8);
    QCOMPARE(lines.at(0), u"INT-2: interim relief of a hard-to-reverse item - profile strict"_s);
    QCOMPARE(lines.at(1), u"i (interim)"_s);
    QVERIFY(lines.at(2).startsWith(u"  violation  INT-2  tex: Textiles is hard to reverse"_s));
    QVERIFY(lines.at(3).startsWith(u"  violation  FIN-2  tex: "_s));
    QVERIFY(lines.at(4).startsWith(u"  info       LAW-1  relief in this phase needs"_s));
    QCOMPARE(lines.at(5), u"f (final)"_s);
    QCOMPARE(lines.at(7), u"2 violation(s), 0 warning(s), 2 info, 0 waived"_s);

    const Run waived = run(fixture(u"waiver"_s), {}, u"text"_s);
    QCOMPARE(waived.code, 0);
    QVERIFY2(
        waived.out.contains(
            u"\nwaived\n  violation  INT-4  i tex: interim relief of Textiles has no snapback\n"_s),
        qPrintable(waived.out));
    QVERIFY(
        waived.out.contains(u"waived (trainer, 2026-11-27): Textiles relief is humanitarian"_s));
    QVERIFY(waived.out.endsWith(u"0 violation(s), 0 warning(s), 2 info, 1 waived\n"_s));
}

void TestCheckCli::profileOverride()
{
    // 7-month interim relief: a violation under strict, allowed by flexible.
    QCOMPARE(run(fixture(u"int3-7-months"_s), {}, u"json"_s).code, 1);
    QCOMPARE(run(fixture(u"int3-7-months"_s), u"strict"_s, u"json"_s).code, 1);
    const Run flexible = run(fixture(u"int3-7-months"_s), u"flexible"_s, u"text"_s);
    QCOMPARE(flexible.code, 0);
    QVERIFY(flexible.out.contains(u"profile flexible"_s));
    // The plan names flexible; --profile strict overrides it.
    QCOMPARE(run(fixture(u"profile-flexible"_s), {}, u"json"_s).code, 0);
    QCOMPARE(run(fixture(u"profile-flexible"_s), u"strict"_s, u"json"_s).code, 1);
}

void TestCheckCli::trancheFile()
{
    const OpenResult opened = openPlan(fixture(u"int3-7-months"_s));
    QVERIFY(opened.ok());
    const QString path = m_dir.filePath(u"plan.tranche"_s);
    QCOMPARE(savePlan(*opened.plan, path), QString());
    const Run fromTranche = run(path, {}, u"json"_s);
    const Run fromJson = run(fixture(u"int3-7-months"_s), {}, u"json"_s);
    QCOMPARE(fromTranche.code, 1);
    QCOMPARE(fromTranche.out, fromJson.out);
    // A file that is not a plan database.
    const QString junk = writeFile(u"junk.tranche"_s, "not a database at all");
    const Run bad = run(junk, {}, u"text"_s);
    QCOMPARE(bad.code, 2);
    QCOMPARE(bad.out, QString());
    QVERIFY(!bad.err.isEmpty());
}

// Ids, titles and names from a plan cannot drive the terminal: control
// characters and bidirectional overrides are printed as visible escapes in
// the text output, as \u escapes in the json output and in error lines.
void TestCheckCli::hostileText()
{
    QFile good(fixture(u"int2-hard"_s));
    QVERIFY(good.open(QIODevice::ReadOnly));
    QByteArray plan = good.readAll();
    plan.replace("\"title\": \"INT-2: interim relief of a hard-to-reverse item\"",
                 "\"title\": \"\\u001b[2J\\u001b[H0 violation(s)\\n\\u009b31m\"");
    plan.replace("\"name\": \"Textiles\"", "\"name\": \"Tex\\u202etiles\\u2066\"");
    const QString path = writeFile(u"hostile.json"_s, plan);
    const auto hasRawControl = [](const QString &s) {
        return std::any_of(s.cbegin(), s.cend(),
                           [](QChar c) { return c != u'\n' && isTerminalControl(c.unicode()); });
    };

    const Run text = run(path, {}, u"text"_s);
    QCOMPARE(text.code, 1);
    QVERIFY2(!hasRawControl(text.out), qPrintable(text.out));
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.at(0), u"\\x1B[2J\\x1B[H0 violation(s)\\x0A\\x9B31m - profile strict"_s);
    QVERIFY2(lines.at(2).startsWith(
                 u"  violation  INT-2  tex: Tex\\u202Etiles\\u2066 is hard to reverse"_s),
             qPrintable(lines.at(2)));
    QCOMPARE(lines.size(), 8); // the title's newline did not make a line of its own

    const Run json = run(path, {}, u"json"_s);
    QCOMPARE(json.code, 1);
    QVERIFY2(!hasRawControl(json.out), qPrintable(json.out));
    QVERIFY(json.out.contains(u"Tex\\u202etiles\\u2066 is hard to reverse"_s));
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY(o.value(u"findings"_s)
                .toArray()
                .at(0)[u"message"_s]
                .toString()
                .contains(u"Tex\u202etiles\u2066"_s)); // the same text, read back

    // Error lines: an id and a profile name that would clear the screen.
    QByteArray badId = plan;
    badId.replace("\"id\": \"i\"", "\"id\": \"i\\u001b[2J\"");
    const Run bad = run(writeFile(u"bad-id.json"_s, badId), {}, u"text"_s);
    QCOMPARE(bad.code, 2);
    QVERIFY2(!hasRawControl(bad.err), qPrintable(bad.err));
    QVERIFY2(bad.err.contains(u"/phases/0/id: must match [a-z0-9._-]+ (got \"i\\x1B[2J\")"_s),
             qPrintable(bad.err));
    const Run badProfile = run(path, u"x\u202e\u001b[2J"_s, u"text"_s);
    QCOMPARE(badProfile.code, 2);
    QVERIFY2(!hasRawControl(badProfile.err), qPrintable(badProfile.err));
    QVERIFY2(badProfile.err.startsWith(u"tranche check: --profile: "_s),
             qPrintable(badProfile.err));
    QVERIFY2(badProfile.err.contains(u"x\\u202E\\x1B[2J"_s), qPrintable(badProfile.err));
}

void TestCheckCli::terminalSafeText_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << u"Coal ban \u00e9\u4e2d"_s << u"Coal ban \u00e9\u4e2d"_s;
    QTest::newRow("C0, DEL") << u"a\u0000b\tc\u007f"_s << u"a\\x00b\\x09c\\x7F"_s;
    QTest::newRow("C1") << u"\u0080\u009f\u00a0"_s << u"\\x80\\x9F\u00a0"_s;
    QTest::newRow("bidi") << u"\u200e\u200f\u202a\u202e\u2066\u2069\u202f"_s
                          << u"\\u200E\\u200F\\u202A\\u202E\\u2066\\u2069\u202f"_s;
}

void TestCheckCli::terminalSafeText()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(terminalSafe(in), out);
}

QTEST_GUILESS_MAIN(TestCheckCli)
#include "tst_checkcli.moc"
