// `tranche flow FILE [--format csv|json]` through runFlowCli: the exact
// csv and json text of small hand-computed plans, and exit codes 0 and 2.

#include "cli/convertcli.h"
#include "cli/flowcli.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tranche;

namespace {

// Item a: $1,200/yr = 100/month, escrow 0.5, months 0..5, snapback; the final
// phase's action is verified in month 2 (P = 2); H = 12 + 6 = 18.
// released 50, 50, 200 (50 + payout 150), 100, 100, 100, then 0.
// ratio = (200 + 300) / max exposure before P (100) = 5.
const char *const kPassThrough = R"({
  "format": "tranche-plan", "version": 1, "plan": {"title": "t"},
  "catalog": {
    "items": [{"id": "a", "authority": "UN", "annualValueUsd": 1200, "reversibility": "easy"}],
    "actions": [{"id": "act1", "weight": 5}]
  },
  "phases": [{"id": "p1", "kind": "final", "start": 0, "end": 2,
    "actions": [{"action": "act1", "verifiedMonth": 2}],
    "reliefs": [{"item": "a", "extent": 1, "start": 0, "end": 6, "escrowShare": 0.5,
                 "escrowAgent": "bank", "permittedUses": "food", "snapback": true}]}]
})";

// Item a: $1,000/yr = 83.333.../month released (no escrow), months 0..1, no
// final phase (ratio null), no snapback: exposure(0) = 2 x 83.333... ; H = 14.
const char *const kNoFinal = R"({
  "format": "tranche-plan", "version": 1, "plan": {},
  "catalog": {"items": [{"id": "a", "authority": "UN", "annualValueUsd": 1000,
                         "reversibility": "easy"}]},
  "phases": [{"id": "p1", "kind": "interim", "start": 0, "end": 2,
    "reliefs": [{"item": "a", "extent": 1, "start": 0, "end": 2}]}]
})";

// An item with a negative value and a phase of an unknown kind.
const char *const kInvalid = R"({
  "format": "tranche-plan", "version": 1, "plan": {},
  "catalog": {"items": [{"id": "a", "authority": "UN", "annualValueUsd": -5,
                         "reversibility": "easy"}]},
  "phases": [{"id": "p1", "kind": "middle", "start": 0, "end": 2}]
})";

QString passThroughCsv()
{
    QString s = u"month,released,releasedCumulative,escrowBalance,exposure\n"
                "0,50,50,50,50\n"
                "1,50,100,100,100\n"
                "2,200,300,0,300\n"
                "3,100,400,0,400\n"
                "4,100,500,0,500\n"
                "5,100,600,0,600\n"_s;
    for (int m = 6; m < 18; ++m)
        s += QString::number(m) + u",0,600,0,600\n"_s;
    return s + u"# inducementRatio,5\n"_s;
}

QString passThroughJson()
{
    const auto month = [](int m, int released, int cum, int balance) {
        return u"{\"month\":%1,\"released\":%2,\"releasedCumulative\":%3,\"escrowBalance\":%4,"
               "\"exposure\":%3}"_s.arg(m)
                   .arg(released)
                   .arg(cum)
                   .arg(balance);
    };
    QStringList months{month(0, 50, 50, 50),  month(1, 50, 100, 100), month(2, 200, 300, 0),
                       month(3, 100, 400, 0), month(4, 100, 500, 0),  month(5, 100, 600, 0)};
    for (int m = 6; m < 18; ++m)
        months.append(month(m, 0, 600, 0));
    return u"{\"months\":["_s + months.join(u',') + u"],\"inducementRatio\":5}\n"_s;
}

QString noFinalCsv()
{
    // 1000 / 12 in the shortest form that reads back exactly.
    const QString v = u"83.33333333333333"_s;
    const QString two = u"166.66666666666666"_s;
    QString s = u"month,released,releasedCumulative,escrowBalance,exposure\n"_s;
    s += u"0,%1,%1,0,%2\n"_s.arg(v, two);
    s += u"1,%1,%2,0,%2\n"_s.arg(v, two);
    for (int m = 2; m < 14; ++m)
        s += QString::number(m) + u",0,%1,0,%1\n"_s.arg(two);
    return s + u"# inducementRatio,null\n"_s;
}

} // namespace

class TestFlowCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void output_data();
    void output();
    void jsonShape();
    void badInput_data();
    void badInput();
    void unknownProfileKept();

private:
    QString write(const QTemporaryDir &dir, const QString &name, const char *text);
};

QString TestFlowCli::write(const QTemporaryDir &dir, const QString &name, const char *text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) < 0)
        return {};
    return path;
}

void TestFlowCli::output_data()
{
    QTest::addColumn<QByteArray>("plan");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");

    QTest::newRow("csv") << QByteArray(kPassThrough) << u"csv"_s << passThroughCsv();
    QTest::newRow("csv by default") << QByteArray(kPassThrough) << QString() << passThroughCsv();
    QTest::newRow("json") << QByteArray(kPassThrough) << u"json"_s << passThroughJson();
    QTest::newRow("csv, ratio null, fractions") << QByteArray(kNoFinal) << u"csv"_s << noFinalCsv();
}

void TestFlowCli::output()
{
    QFETCH(QByteArray, plan);
    QFETCH(QString, format);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = write(dir, u"plan.json"_s, plan.constData());
    QVERIFY(!path.isEmpty());

    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runFlowCli(path, format, out, err), 0);
    QCOMPARE(errText, QString());
    QCOMPARE(outText, expected);
}

void TestFlowCli::jsonShape()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = write(dir, u"plan.json"_s, kNoFinal);
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runFlowCli(path, u"json"_s, out, err), 0);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(outText.toUtf8(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.keys(), (QStringList{u"inducementRatio"_s, u"months"_s}));
    QVERIFY(root.value(u"inducementRatio"_s).isNull());
    const QJsonArray months = root.value(u"months"_s).toArray();
    QCOMPARE(months.size(), 14);
    const QJsonObject first = months.first().toObject();
    QCOMPARE(first.keys(), (QStringList{u"escrowBalance"_s, u"exposure"_s, u"month"_s,
                                        u"released"_s, u"releasedCumulative"_s}));
    QCOMPARE(first.value(u"month"_s).toInt(), 0);
    QCOMPARE(first.value(u"released"_s).toDouble(), 1000.0 / 12.0); // exact round trip
    QCOMPARE(first.value(u"exposure"_s).toDouble(), 2 * (1000.0 / 12.0));
}

void TestFlowCli::badInput_data()
{
    QTest::addColumn<QByteArray>("plan"); // empty: no file
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("errContains"); // FILE is replaced by the path

    QTest::newRow("missing file") << QByteArray() << u"csv"_s << QStringList{u"FILE"_s};
    QTest::newRow("invalid plan") << QByteArray(kInvalid) << u"json"_s
                                  << QStringList{u"FILE: /catalog/items/0/annualValueUsd: "_s,
                                                 u"FILE: /phases/0/kind: "_s};
    QTest::newRow("not json") << QByteArray("{\"format\": ") << u"csv"_s
                              << QStringList{u"FILE: "_s};
    QTest::newRow("unknown format")
        << QByteArray(kPassThrough) << u"xml"_s << QStringList{u"xml"_s};
    QTest::newRow("format case-sensitive")
        << QByteArray(kPassThrough) << u"CSV"_s << QStringList{u"CSV"_s};
}

void TestFlowCli::badInput()
{
    QFETCH(QByteArray, plan);
    QFETCH(QString, format);
    QFETCH(QStringList, errContains);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(u"absent.json"_s);
    if (!plan.isEmpty()) {
        path = write(dir, u"plan.json"_s, plan.constData());
        QVERIFY(!path.isEmpty());
    }

    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runFlowCli(path, format, out, err), 2);
    QCOMPARE(outText, QString());
    QVERIFY(!errText.isEmpty());
    QVERIFY(errText.endsWith(u'\n'));
    for (QString part : errContains) {
        part.replace(u"FILE"_s, path);
        QVERIFY2(errText.contains(part), qPrintable(errText));
    }
}

// flow and convert do not apply a rule profile: a plan naming one this
// program does not know is read, and convert keeps the name as it is
// (PLAN-FORMAT.md); check refuses it (tst_checkcli).
void TestFlowCli::unknownProfileKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray plan(kPassThrough);
    plan.replace("\"title\": \"t\"", "\"title\": \"t\", \"profile\": \"colleague-2027\"");
    const QString path = write(dir, u"plan.json"_s, plan.constData());

    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runFlowCli(path, u"csv"_s, out, err), 0);
    QCOMPARE(errText, QString());
    QCOMPARE(outText, passThroughCsv());

    const QString stored = dir.filePath(u"plan.tranche"_s);
    const QString back = dir.filePath(u"back.json"_s);
    QCOMPARE(runConvertCli(path, stored, err), 0);
    QCOMPARE(runConvertCli(stored, back, err), 0);
    QCOMPARE(errText, QString());
    QFile f(back);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("\"profile\": \"colleague-2027\""));
}

QTEST_GUILESS_MAIN(TestFlowCli)
#include "tst_flowcli.moc"
