// Tests of the JSON interchange (PLAN-FORMAT.md): strict reading of malformed
// input with every problem and its pointer, accepted edge cases, deterministic
// writing and lossless round trips, and validatePlan() on plan values.

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

class TestPlanJson : public QObject
{
    Q_OBJECT

private slots:
    void qtBehaviour();
    void baseFixture();
    void malformed_data();
    void malformed();
    void accepted_data();
    void accepted();
    void defaults();
    void briefingFields();
    void unknownFieldsKept();
    void outOfRangeNumberPointer();
    void roundTrip_data();
    void roundTrip();
    void writerFormat();
    void validatePlanValues_data();
    void validatePlanValues();
    void formatProblemsLines();
};

// What Qt 6.4's parser does, which readPlanJson relies on or works around.
void TestPlanJson::qtBehaviour()
{
    QJsonParseError error;
    const QJsonDocument dup = QJsonDocument::fromJson(R"({"a": 1, "a": 2})", &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(dup.object().value(u"a"_s).toInt(), 2); // last one wins, as the format says
    QJsonDocument::fromJson(R"({"a": 1e400})", &error);
    QCOMPARE(error.error, QJsonParseError::IllegalNumber); // refused, but with no pointer
    QJsonDocument::fromJson(R"({"a": 1e-400})", &error);
    QCOMPARE(error.error, QJsonParseError::IllegalNumber); // refused although it is just 0
}

void TestPlanJson::baseFixture()
{
    const PlanReadResult r = readPlanJson(readFixture(u"base.json"_s));
    QVERIFY2(r.ok(), qPrintable(describe(r.problems)));
    const Plan &p = *r.plan;
    QCOMPARE(p.meta.start, u"2026-07"_s);
    QCOMPARE(p.catalog.items.size(), 2);
    QCOMPARE(toString(p.catalog.items.at(1).authority), u"US-EO"_s);
    QCOMPARE(p.catalog.items.at(1).fatf, true);
    QCOMPARE(p.catalog.actions.at(0).completes.toInt(), int(Program::Nuclear));
    QCOMPARE(p.phases.size(), 2);
    QCOMPARE(p.phases.at(0).reliefs.at(0).end.value_or(-1), 10);
    QCOMPARE(p.phases.at(0).reliefs.at(0).escrowShare, 0.8);
    QVERIFY(!p.phases.at(1).reliefs.at(0).end.has_value());
    QCOMPARE(toString(p.phases.at(1).kind), u"final"_s);
    QCOMPARE(p.phases.at(1).actions.at(0).verifiedMonth, 20);
}

void TestPlanJson::malformed_data()
{
    QTest::addColumn<QStringList>("from");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QStringList>("pointers"); // every problem expected, in any order
    QTest::addColumn<QStringList>("reasons");  // a fragment of each one's reason

    auto row = [](const char *name, const Edit &e, const QStringList &pointers,
                  const QStringList &reasons) {
        QTest::newRow(name) << e.from << e.to << pointers << reasons;
    };
    const QString empty;

    row("not JSON", {{empty}, {u"{ \"format\": tranche-plan }"_s}}, {empty}, {u"not valid JSON"_s});
    row("truncated", {{empty}, {u"{\"format\": \"tranche-plan\", "_s}}, {empty},
        {u"not valid JSON"_s});
    row("empty document", {{empty}, {u"  \n"_s}}, {empty}, {u"empty"_s});
    row("top level array", {{empty}, {u"[1, 2]"_s}}, {empty}, {u"must be a JSON object"_s});
    row("wrong format", {{u"\"tranche-plan\""_s}, {u"\"tranche-plans\""_s}}, {u"/format"_s},
        {u"must be \"tranche-plan\""_s});
    row("format missing", {{u"\"format\": \"tranche-plan\","_s}, {empty}}, {u"/format"_s},
        {u"required field is missing"_s});
    row("version 2", {{u"\"version\": 1"_s}, {u"\"version\": 2"_s}}, {u"/version"_s},
        {u"version 2 is newer than this program reads (1)"_s});
    row("version \"1\"", {{u"\"version\": 1"_s}, {u"\"version\": \"1\""_s}}, {u"/version"_s},
        {u"must be a number"_s});
    row("version 0", {{u"\"version\": 1"_s}, {u"\"version\": 0"_s}}, {u"/version"_s},
        {u"unsupported version 0"_s});
    row("missing plan", {{u"\"plan\": {"_s}, {u"\"planned\": {"_s}}, {u"/plan"_s},
        {u"required field is missing"_s});
    row("missing catalog", {{u"\"catalog\": {"_s}, {u"\"katalog\": {"_s}}, {u"/catalog"_s},
        {u"required field is missing"_s});
    row("catalog items missing", {{u"\"items\": ["_s}, {u"\"itemz\": ["_s}}, {u"/catalog/items"_s},
        {u"required field is missing"_s});
    row("plan not an object",
        {{u"\"plan\": {"_s, u"\"profile\": \"strict\"\n  },"_s},
         {u"\"plan\": [{"_s, u"\"profile\": \"strict\"\n  }],"_s}},
        {u"/plan"_s}, {u"must be an object"_s});
    row("bad phase id pattern", {{u"\"id\": \"p1\""_s}, {u"\"id\": \"P 1\""_s}},
        {u"/phases/0/id"_s}, {u"must match [a-z0-9._-]+ (got \"P 1\")"_s});
    row("bad item id pattern", {{u"\"id\": \"un-coal\""_s}, {u"\"id\": \"un/coal\""_s}},
        {u"/catalog/items/0/id"_s, u"/phases/0/reliefs/0/item"_s},
        {u"must match"_s, u"unknown item \"un-coal\""_s});
    row("empty action id", {{u"\"id\": \"freeze\""_s}, {u"\"id\": \"\""_s}},
        {u"/catalog/actions/1/id"_s, u"/phases/0/actions/0/action"_s},
        {u"must match"_s, u"unknown action \"freeze\""_s});
    row("duplicate item ids", {{u"\"id\": \"us-fin\""_s}, {u"\"id\": \"un-coal\""_s}},
        {u"/catalog/items/1/id"_s, u"/phases/1/reliefs/0/item"_s},
        {u"duplicate item id \"un-coal\" (first at /catalog/items/0)"_s, u"unknown item"_s});
    row("duplicate action ids", {{u"\"id\": \"freeze\""_s}, {u"\"id\": \"yongbyon\""_s}},
        {u"/catalog/actions/1/id"_s, u"/phases/0/actions/0/action"_s},
        {u"duplicate action id \"yongbyon\" (first at /catalog/actions/0)"_s, u"unknown action"_s});
    row("duplicate phase ids", {{u"\"id\": \"p2\""_s}, {u"\"id\": \"p1\""_s}}, {u"/phases/1/id"_s},
        {u"duplicate phase id \"p1\" (first at /phases/0)"_s});
    row("unknown authority", {{u"\"authority\": \"UN\""_s}, {u"\"authority\": \"EU\""_s}},
        {u"/catalog/items/0/authority"_s}, {u"must be one of UN, US-statute"_s});
    row("wrong case kind", {{u"\"kind\": \"final\""_s}, {u"\"kind\": \"Final\""_s}},
        {u"/phases/1/kind"_s}, {u"must be one of interim, final (got \"Final\")"_s});
    row("wrong case reversibility",
        {{u"\"reversibility\": \"hard\""_s}, {u"\"reversibility\": \"Hard\""_s}},
        {u"/catalog/items/1/reversibility"_s}, {u"must be one of easy, moderate, hard"_s});
    row("unknown targeted", {{u"\"targeted\": null"_s}, {u"\"targeted\": \"navy\""_s}},
        {u"/catalog/items/0/targeted"_s}, {u"(got \"navy\")"_s});
    row("extent 1.5", {{u"\"extent\": 0.2"_s}, {u"\"extent\": 1.5"_s}},
        {u"/phases/0/reliefs/0/extent"_s}, {u"must be a number from 0 to 1 (got 1.5)"_s});
    row("escrowShare negative", {{u"\"escrowShare\": 0.8"_s}, {u"\"escrowShare\": -0.1"_s}},
        {u"/phases/0/reliefs/0/escrowShare"_s}, {u"must be a number from 0 to 1"_s});
    row("negative month", {{u"\"verifiedMonth\": 2}"_s}, {u"\"verifiedMonth\": -2}"_s}},
        {u"/phases/0/actions/0/verifiedMonth"_s},
        {u"must be a whole number of months from 0 to 1200 (got -2)"_s});
    row("month 4.5", {{u"\"start\": 3, \"end\": 10"_s}, {u"\"start\": 4.5, \"end\": 10"_s}},
        {u"/phases/0/reliefs/0/start"_s}, {u"whole number of months"_s});
    row("month beyond limit", {{u"\"end\": 24"_s}, {u"\"end\": 1e6"_s}}, {u"/phases/1/end"_s},
        {u"(got 1000000)"_s});
    row("month 1201", {{u"\"end\": 24"_s}, {u"\"end\": 1201"_s}}, {u"/phases/1/end"_s},
        {u"must be a whole number of months from 0 to 1200 (got 1201)"_s});
    // variantOf: another item of the catalog, not a variant itself.
    row("variantOf a missing item",
        {{u"\"targeted\": null}"_s}, {u"\"targeted\": null, \"variantOf\": \"un-cole\"}"_s}},
        {u"/catalog/items/0/variantOf"_s}, {u"unknown item \"un-cole\" (not in the catalog)"_s});
    row("variantOf itself",
        {{u"\"targeted\": null}"_s}, {u"\"targeted\": null, \"variantOf\": \"un-coal\"}"_s}},
        {u"/catalog/items/0/variantOf"_s}, {u"must name another item, not the item itself"_s});
    row("variantOf another variant",
        {{u"\"targeted\": null}"_s, u"\"fatf\": true}"_s},
         {u"\"targeted\": null, \"variantOf\": \"us-fin\"}"_s,
          u"\"fatf\": true, \"variantOf\": \"un-coal\"}"_s}},
        {u"/catalog/items/0/variantOf"_s, u"/catalog/items/1/variantOf"_s},
        {u"\"us-fin\" is itself a variant (of \"un-coal\")"_s,
         u"\"un-coal\" is itself a variant (of \"us-fin\")"_s});
    row("phase end before start", {{u"\"end\": 24"_s}, {u"\"end\": 5"_s}}, {u"/phases/1/end"_s},
        {u"end 5 is before start 6"_s});
    row("placement end before start",
        {{u"\"start\": 3, \"end\": 10"_s}, {u"\"start\": 3, \"end\": 2"_s}},
        {u"/phases/0/reliefs/0/end"_s}, {u"end 2 is before start 3"_s});
    row("unknown item", {{u"\"item\": \"us-fin\""_s}, {u"\"item\": \"us-finance\""_s}},
        {u"/phases/1/reliefs/0/item"_s}, {u"unknown item \"us-finance\""_s});
    row("unknown action", {{u"\"action\": \"yongbyon\""_s}, {u"\"action\": \"punggye\""_s}},
        {u"/phases/1/actions/0/action"_s}, {u"unknown action \"punggye\""_s});
    row("action twice in a phase",
        {{u"[{\"action\": \"freeze\", \"verifiedMonth\": 2}]"_s},
         {u"[{\"action\": \"freeze\", \"verifiedMonth\": 2}, {\"action\": \"freeze\", "
          u"\"verifiedMonth\": 3}]"_s}},
        {u"/phases/0/actions/1/action"_s},
        {u"action \"freeze\" is already required by this phase (at /phases/0/actions/0)"_s});
    row("weight 0", {{u"\"weight\": 8"_s}, {u"\"weight\": 0"_s}}, {u"/catalog/actions/0/weight"_s},
        {u"must be a number from 1 to 10 (got 0)"_s});
    row("weight 11", {{u"\"weight\": 8"_s}, {u"\"weight\": 11"_s}},
        {u"/catalog/actions/0/weight"_s}, {u"must be a number from 1 to 10 (got 11)"_s});
    row("repeated key, last invalid", {{u"\"weight\": 8"_s}, {u"\"weight\": 8, \"weight\": 0"_s}},
        {u"/catalog/actions/0/weight"_s}, {u"(got 0)"_s});
    row("huge number 1e400",
        {{u"\"annualValueUsd\": 300000000"_s}, {u"\"annualValueUsd\": 1e400"_s}},
        {u"/catalog/items/1/annualValueUsd"_s},
        {u"number 1e400 is beyond the range of a double"_s});
    row("huge negative and huge integer",
        {{u"\"weight\": 5"_s, u"\"verifiedMonth\": 20"_s},
         {u"\"weight\": -2e308"_s, u"\"verifiedMonth\": 1"_s + QString(400, u'0')}},
        {u"/catalog/actions/1/weight"_s, u"/phases/1/actions/0/verifiedMonth"_s},
        {u"-2e308 is beyond"_s, u"beyond the range"_s});
    row("NaN", {{u"\"extent\": 0.2"_s}, {u"\"extent\": NaN"_s}}, {empty},
        {u"not valid JSON: illegal number"_s});
    row("Infinity", {{u"\"extent\": 0.2"_s}, {u"\"extent\": -Infinity"_s}}, {empty},
        {u"not valid JSON"_s});
    row("bad plan.start month", {{u"\"2026-07\""_s}, {u"\"2026-13\""_s}}, {u"/plan/start"_s},
        {u"must be a month written YYYY-MM (got \"2026-13\")"_s});
    row("bad plan.start shape", {{u"\"2026-07\""_s}, {u"\"2026-7\""_s}}, {u"/plan/start"_s},
        {u"YYYY-MM"_s});
    row("bad completes entry", {{u"[\"nuclear\"]"_s}, {u"[\"nuclear\", \"chem\", 3]"_s}},
        {u"/catalog/actions/0/completes/1"_s, u"/catalog/actions/0/completes/2"_s},
        {u"must be one of nuclear, icbm, wmd (got \"chem\")"_s, u"(got 3)"_s});
    row("completes not an array", {{u"[\"nuclear\"]"_s}, {u"\"nuclear\""_s}},
        {u"/catalog/actions/0/completes"_s}, {u"must be an array"_s});
    row("string for number",
        {{u"\"annualValueUsd\": 1200000000"_s}, {u"\"annualValueUsd\": \"1200000000\""_s}},
        {u"/catalog/items/0/annualValueUsd"_s}, {u"must be a number"_s});
    row("string for month", {{u"\"verifiedMonth\": 20"_s}, {u"\"verifiedMonth\": \"20\""_s}},
        {u"/phases/1/actions/0/verifiedMonth"_s}, {u"must be a number"_s});
    row("string for bool", {{u"\"fatf\": true"_s}, {u"\"fatf\": \"yes\""_s}},
        {u"/catalog/items/1/fatf"_s}, {u"must be true or false"_s});
    row("number for string", {{u"\"title\": \"Test plan\""_s}, {u"\"title\": 5"_s}},
        {u"/plan/title"_s}, {u"must be a string"_s});
    row("required field missing", {{u"\"authority\": \"US-EO\", "_s}, {empty}},
        {u"/catalog/items/1/authority"_s}, {u"required field is missing"_s});
    row("required field null", {{u"\"kind\": \"interim\""_s}, {u"\"kind\": null"_s}},
        {u"/phases/0/kind"_s}, {u"required field is null"_s});
    row("phase not an object", {{u"  \"phases\": [\n"_s}, {u"  \"phases\": [7,\n"_s}},
        {u"/phases/0"_s}, {u"must be an object"_s});
    row("referenceValueUsd negative",
        {{u"\"profile\": \"strict\""_s}, {u"\"profile\": \"strict\", \"referenceValueUsd\": -5"_s}},
        {u"/plan/referenceValueUsd"_s}, {u"must be a number >= 0 (got -5)"_s});
    row("waiver problems",
        {{u"  \"phases\": [\n"_s},
         {u"  \"waivers\": [{\"rule\": \"INT-1\", \"justification\": \"  \", \"date\": "
          u"\"2026-02-30\"}, {\"phase\": \"p1\"}],\n  \"phases\": [\n"_s}},
        {u"/waivers/0/justification"_s, u"/waivers/0/date"_s, u"/waivers/1/rule"_s,
         u"/waivers/1/justification"_s},
        {u"needs a justification"_s, u"YYYY-MM-DD"_s, u"missing"_s, u"missing"_s});
    row("several errors at once",
        {{u"\"id\": \"p2\""_s, u"\"extent\": 0.2"_s, u"\"weight\": 8"_s, u"\"2026-07\""_s,
          u"\"kind\": \"interim\""_s, u"\"item\": \"us-fin\""_s, u"\"end\": 24"_s},
         {u"\"id\": \"p1\""_s, u"\"extent\": 2"_s, u"\"weight\": 10.5"_s, u"\"July 2026\""_s,
          u"\"kind\": \"Interim\""_s, u"\"item\": \"nope\""_s, u"\"end\": 4.5"_s}},
        {u"/plan/start"_s, u"/catalog/actions/0/weight"_s, u"/phases/0/kind"_s,
         u"/phases/0/reliefs/0/extent"_s, u"/phases/1/id"_s, u"/phases/1/end"_s,
         u"/phases/1/reliefs/0/item"_s},
        {u"YYYY-MM"_s, u"from 1 to 10"_s, u"interim, final"_s, u"from 0 to 1"_s,
         u"duplicate phase id"_s, u"whole number"_s, u"unknown item \"nope\""_s});
}

void TestPlanJson::malformed()
{
    QFETCH(QStringList, from);
    QFETCH(QStringList, to);
    QFETCH(QStringList, pointers);
    QFETCH(QStringList, reasons);
    QCOMPARE(pointers.size(), reasons.size());

    QString error;
    const QByteArray json = applyEdits(readFixture(u"base.json"_s), from, to, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const PlanReadResult r = readPlanJson(json);
    QVERIFY(!r.ok());
    QVERIFY(!r.plan.has_value());

    QList<Problem> actual = r.problems;
    std::stable_sort(actual.begin(), actual.end(),
                     [](const Problem &a, const Problem &b) { return a.pointer < b.pointer; });
    QList<std::pair<QString, QString>> expected;
    for (qsizetype i = 0; i < pointers.size(); ++i)
        expected.append({pointers.at(i), reasons.at(i)});
    std::stable_sort(expected.begin(), expected.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });

    QStringList actualPointers;
    for (const Problem &p : std::as_const(actual))
        actualPointers.append(p.pointer);
    QStringList expectedPointers;
    for (const auto &e : std::as_const(expected))
        expectedPointers.append(e.first);
    QCOMPARE(actualPointers, expectedPointers);
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QVERIFY2(actual.at(i).reason.contains(expected.at(i).second),
                 qPrintable(actual.at(i).pointer + u": \""_s + actual.at(i).reason +
                            u"\" lacks \""_s + expected.at(i).second + u'"'));
    }
}

void TestPlanJson::accepted_data()
{
    // Text A and text B (both edits of base.json) must read as the same plan.
    QTest::addColumn<QStringList>("fromA");
    QTest::addColumn<QStringList>("toA");
    QTest::addColumn<QStringList>("fromB");
    QTest::addColumn<QStringList>("toB");
    const QStringList none;

    QTest::newRow("4.0 as a month")
        << QStringList{u"\"start\": 3, \"end\": 10"_s, u"\"verifiedMonth\": 2}"_s}
        << QStringList{u"\"start\": 3.0, \"end\": 10.00"_s, u"\"verifiedMonth\": 2e0}"_s} << none
        << none;
    QTest::newRow("version 1.0") << QStringList{u"\"version\": 1"_s}
                                 << QStringList{u"\"version\": 1.0"_s} << none << none;
    QTest::newRow("null optional fields")
        << QStringList{u"\"name\": \"Freeze\""_s, u"\"escrowShare\": 0.8"_s,
                       u"\"snapback\": true"_s, u"\"escrowable\": true"_s, u"\"2026-07\""_s}
        << QStringList{u"\"name\": null"_s, u"\"escrowShare\": null"_s, u"\"snapback\": null"_s,
                       u"\"escrowable\": null"_s, u"null"_s}
        << QStringList{u"\"name\": \"Freeze\""_s, u"\"escrowShare\": 0.8"_s,
                       u"\"snapback\": true"_s, u"\"escrowable\": true"_s, u"\"2026-07\""_s}
        << QStringList{u"\"name\": \"\""_s, u"\"escrowShare\": 0"_s, u"\"snapback\": false"_s,
                       u"\"escrowable\": false"_s, u"\"\""_s};
    QTest::newRow("missing optional fields get defaults")
        << QStringList{u", \"financialReform\": false"_s,
                       u"\"classification\": \"UNCLASSIFIED\","_s, u"\"profile\": \"strict\""_s,
                       u", \"end\": null"_s}
        << QStringList{QString(), QString(), u"\"x\": 1"_s, QString()}
        << QStringList{u"\"profile\": \"strict\""_s} << QStringList{u"\"x\": 1"_s};
    QTest::newRow("repeated key, last wins")
        << QStringList{u"\"extent\": 0.2"_s, u"\"weight\": 8"_s}
        << QStringList{u"\"extent\": 1.5, \"extent\": 0.2"_s, u"\"weight\": 0, \"weight\": 8"_s}
        << none << none;
    QTest::newRow("tiny number is zero")
        << QStringList{u"\"escrowShare\": 0.8"_s} << QStringList{u"\"escrowShare\": 1e-400"_s}
        << QStringList{u"\"escrowShare\": 0.8"_s} << QStringList{u"\"escrowShare\": 0"_s};
    QTest::newRow("waivers null") << QStringList{u"  \"phases\": [\n"_s}
                                  << QStringList{u"  \"waivers\": null,\n  \"phases\": [\n"_s}
                                  << none << none;
    QTest::newRow("byte order mark") << QStringList{u"{\n  \"format\""_s}
                                     << QStringList{u"\ufeff{\n  \"format\""_s} << none << none;
}

void TestPlanJson::accepted()
{
    QFETCH(QStringList, fromA);
    QFETCH(QStringList, toA);
    QFETCH(QStringList, fromB);
    QFETCH(QStringList, toB);
    const QByteArray base = readFixture(u"base.json"_s);
    QString error;
    const QByteArray a = applyEdits(base, fromA, toA, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray b = applyEdits(base, fromB, toB, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(a != b);

    const PlanReadResult ra = readPlanJson(a);
    QVERIFY2(ra.ok(), qPrintable(describe(ra.problems)));
    const PlanReadResult rb = readPlanJson(b);
    QVERIFY2(rb.ok(), qPrintable(describe(rb.problems)));
    QCOMPARE(writePlanJson(*ra.plan), writePlanJson(*rb.plan)); // readable diff on failure
    QVERIFY(*ra.plan == *rb.plan);
}

// decisionAsked, sources and valueQuantified: read alike by the stream and the
// tree, written back byte for byte, and left out of the output when not set.
void TestPlanJson::briefingFields()
{
    const QByteArray json = readFixture(u"briefing.json"_s);
    const std::optional<Plan> streamed = streamPlanJson(json);
    QVERIFY(streamed);
    const PlanReadResult full = readPlanJsonFull(json);
    QVERIFY2(full.ok(), qPrintable(describe(full.problems)));
    QCOMPARE(writePlanJson(*streamed), writePlanJson(*full.plan));
    QVERIFY(*streamed == *full.plan);

    const Plan &p = *full.plan;
    QCOMPARE(p.meta.decisionAsked, u"Approve opening talks on phase 1 on these terms."_s);
    QCOMPARE(p.meta.sources.size(), 2);
    QCOMPARE(p.meta.sources.at(0).id, u"S01"_s);
    QCOMPARE(p.meta.sources.at(0).year, u"2017"_s);
    QCOMPARE(p.meta.sources.at(0).url, u"https://example.org/s01"_s);
    QCOMPARE(p.meta.sources.at(0).extra, QJsonObject({{u"x-note"_s, u"kept as written"_s}}));
    QCOMPARE(p.meta.sources.at(1).id, u"U.2_b"_s);
    QVERIFY(p.meta.extra.isEmpty());
    QVERIFY(p.catalog.items.at(0).valueQuantified);
    QVERIFY(!p.catalog.items.at(1).valueQuantified);
    QVERIFY(p.catalog.items.at(1).extra.isEmpty());
    QVERIFY(p.meta.source(u"S01"_s));
    QVERIFY(!p.meta.source(u"S99"_s)); // cited by us-fin: not bad input

    const QByteArray written = writePlanJson(p);
    const PlanReadResult again = readPlanJson(written);
    QVERIFY(again.ok());
    QVERIFY(*again.plan == p);
    QCOMPARE(writePlanJson(*again.plan), written);
    QVERIFY(written.contains("\"valueQuantified\": false"));
    QVERIFY(!written.contains("\"valueQuantified\": true"));

    Plan bare = p;
    bare.meta.decisionAsked.clear();
    bare.meta.sources.clear();
    bare.catalog.items[1].valueQuantified = true;
    const QByteArray plain = writePlanJson(bare);
    for (const char *key : {"decisionAsked", "sources", "valueQuantified"})
        QVERIFY2(!plain.contains(key), key);
}

void TestPlanJson::defaults()
{
    const QByteArray json = R"({"format": "tranche-plan", "version": 1, "plan": {},
        "catalog": {"items": [{"id": "a", "authority": "FATF", "annualValueUsd": 5,
                               "reversibility": "moderate"}]},
        "phases": [{"id": "p", "kind": "final", "start": 1, "end": 2,
                    "reliefs": [{"item": "a", "extent": 0.5, "start": 1}]}]})";
    const PlanReadResult r = readPlanJson(json);
    QVERIFY2(r.ok(), qPrintable(describe(r.problems)));
    const Plan &p = *r.plan;
    QCOMPARE(p.meta.title, QString());
    QCOMPARE(p.meta.counterpart, QString());
    QCOMPARE(p.meta.start, QString());
    QCOMPARE(p.meta.classification, u"UNCLASSIFIED"_s);
    QCOMPARE(p.meta.profile, u"strict"_s);
    QVERIFY(!p.meta.referenceValueUsd.has_value());
    QCOMPARE(p.referenceValue(), 5.0);
    QCOMPARE(p.catalog.actions.size(), 0);
    QCOMPARE(p.waivers.size(), 0);
    const SanctionsItem &it = p.catalog.items.at(0);
    QCOMPARE(toString(it.authority), u"FATF"_s);
    QCOMPARE(toString(it.reversibility), u"moderate"_s);
    QCOMPARE(it.name, QString());
    QCOMPARE(it.longTermBenefit, false);
    QCOMPARE(it.escrowable, false);
    QCOMPARE(it.fatf, false);
    QCOMPARE(it.primaryTrade, false);
    QCOMPARE(toString(it.targeted), QString());
    QCOMPARE(it.source, QString());
    const Phase &ph = p.phases.at(0);
    QCOMPARE(ph.name, QString());
    QCOMPARE(ph.actions.size(), 0);
    const Placement &pl = ph.reliefs.at(0);
    QVERIFY(!pl.end.has_value());
    QCOMPARE(pl.escrowShare, 0.0);
    QCOMPARE(pl.snapback, false);
    QCOMPARE(pl.note, QString());
    QVERIFY(p.extra.isEmpty());
    QVERIFY(pl.extra.isEmpty());
}

void TestPlanJson::unknownFieldsKept()
{
    QString error;
    const QByteArray json = applyEdits(
        readFixture(u"base.json"_s),
        {u"\"format\": \"tranche-plan\","_s, u"\"title\": \"Test plan\","_s,
         u"\"id\": \"un-coal\","_s, u"\"id\": \"freeze\","_s, u"\"id\": \"p2\","_s,
         u"\"verifiedMonth\": 2}"_s, u"\"note\": \"first step\""_s},
        {u"\"format\": \"tranche-plan\", \"x-top\": {\"z\": [1, {\"k\": null}], \"a\": 2.5},"_s,
         u"\"title\": \"Test plan\", \"x-meta\": \"m\","_s,
         u"\"id\": \"un-coal\", \"x-item\": [\"a\", \"b\"], \"confidence\": \"high\","_s,
         u"\"id\": \"freeze\", \"x-action\": false, \"source\": \"memo\","_s,
         u"\"id\": \"p2\", \"x-phase\": 3,"_s, u"\"verifiedMonth\": 2, \"x-required\": \"r\"}"_s,
         u"\"note\": \"first step\", \"x-placement\": {\"colour\": \"red\"}"_s},
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const PlanReadResult r = readPlanJson(json);
    QVERIFY2(r.ok(), qPrintable(describe(r.problems)));
    const Plan &p = *r.plan;
    QCOMPARE(p.extra.value(u"x-top"_s).toObject().value(u"a"_s).toDouble(), 2.5);
    QCOMPARE(p.extra.size(), 1);
    QCOMPARE(p.meta.extra.value(u"x-meta"_s).toString(), u"m"_s);
    QCOMPARE(p.catalog.items.at(0).extra.value(u"x-item"_s).toArray().size(), 2);
    QCOMPARE(p.catalog.items.at(0).extra.size(), 1); // confidence is a field, not extra
    QCOMPARE(p.catalog.items.at(0).confidence, u"high"_s);
    QCOMPARE(p.catalog.actions.at(1).extra.value(u"x-action"_s), QJsonValue(false));
    QCOMPARE(p.catalog.actions.at(1).source, u"memo"_s);
    QCOMPARE(p.phases.at(1).extra.value(u"x-phase"_s).toInt(), 3);
    QCOMPARE(p.phases.at(0).actions.at(0).extra.value(u"x-required"_s).toString(), u"r"_s);
    QCOMPARE(p.phases.at(0).reliefs.at(0).extra.value(u"x-placement"_s).toObject(),
             (QJsonObject{{u"colour"_s, u"red"_s}}));

    const QByteArray written = writePlanJson(p);
    for (const char *key : {"\"x-top\"", "\"x-meta\"", "\"x-item\"", "\"x-action\"", "\"x-phase\"",
                            "\"x-required\"", "\"x-placement\""})
        QVERIFY2(written.contains(key), key);
    const PlanReadResult again = readPlanJson(written);
    QVERIFY2(again.ok(), qPrintable(describe(again.problems)));
    QVERIFY(*again.plan == p);
}

void TestPlanJson::outOfRangeNumberPointer()
{
    // The pointer of a number Qt refuses escapes "~" and "/" (RFC 6901), and
    // the other problems of the document are still reported.
    const QByteArray json = R"({"format": "tranche-plan", "version": 1, "plan": {},
        "catalog": {"items": [{"id": "a", "authority": "UN", "annualValueUsd": 1,
                               "reversibility": "easy", "a/b~c": [0, {"\u0078": 1e999}]}]},
        "phases": [{"id": "p", "kind": "final", "start": 1, "end": 2,
                    "reliefs": [{"item": "a", "extent": 7, "start": 1}]}]})";
    const PlanReadResult r = readPlanJson(json);
    QCOMPARE(r.problems.size(), 2);
    QCOMPARE(r.problems.at(0).pointer, u"/catalog/items/0/a~1b~0c/1/x"_s);
    QVERIFY(r.problems.at(0).reason.contains(u"1e999"_s));
    QCOMPARE(r.problems.at(1).pointer, u"/phases/0/reliefs/0/extent"_s);
}

void TestPlanJson::roundTrip_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::newRow("rich") << richPlan();
    QTest::newRow("minimal") << minimalPlan();
    Plan noReference = richPlan();
    noReference.meta.referenceValueUsd.reset();
    noReference.meta.start.clear();
    QTest::newRow("no reference value, no start") << noReference;
    Plan numbers = minimalPlan();
    numbers.catalog.items[0].annualValueUsd = 1.7976931348623157e308;
    numbers.meta.referenceValueUsd = 5e-324;
    QTest::newRow("extreme numbers") << numbers;
}

void TestPlanJson::roundTrip()
{
    QFETCH(Plan, plan);
    QVERIFY2(validatePlan(plan).isEmpty(), qPrintable(describe(validatePlan(plan))));
    const QByteArray first = writePlanJson(plan);
    const PlanReadResult r = readPlanJson(first);
    QVERIFY2(r.ok(), qPrintable(describe(r.problems)));
    QCOMPARE(writePlanJson(*r.plan), first); // byte-identical
    QVERIFY(*r.plan == plan);
    QCOMPARE(writePlanJson(plan), first); // deterministic
}

void TestPlanJson::writerFormat()
{
    const Plan plan = richPlan();
    const QByteArray text = writePlanJson(plan);
    QVERIFY(
        text.startsWith("{\n  \"format\": \"tranche-plan\",\n  \"version\": 1,\n  \"plan\": {"));
    QVERIFY(text.endsWith("}\n"));
    QVERIFY(text.contains("\"referenceValueUsd\": 2820000000,"));
    QVERIFY(text.contains("\"annualValueUsd\": 1200000000,"));
    QVERIFY(text.contains("\"end\": null,"));
    QVERIFY(text.contains("\"targeted\": null,"));
    QVERIFY(text.contains("\"completes\": [\"nuclear\", \"wmd\"],"));
    QVERIFY(text.contains("\"date\": \"2026-11-27\""));
    QVERIFY(text.contains("\"x-nested\": {"));
    QVERIFY(text.contains("\"big\": 9007199254740993"));
    QVERIFY(text.contains(R"(\u0001)"));
    // Fixed order: the fields of an item as PLAN-FORMAT.md lists them.
    const qsizetype id = text.indexOf("\"id\": \"un-2371-coal\"");
    const qsizetype authority = text.indexOf("\"authority\": \"UN\"");
    const qsizetype source = text.indexOf("\"source\": \"UN Panel");
    const qsizetype extra = text.indexOf("\"x-nested\"");
    QVERIFY(id >= 0 && id < authority && authority < source && source < extra);

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(u"phases"_s).toArray().size(), 2);

    Plan unset = plan;
    unset.meta.referenceValueUsd.reset();
    QVERIFY(!writePlanJson(unset).contains("referenceValueUsd"));
}

void TestPlanJson::validatePlanValues_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("reason");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const Plan base = richPlan();

    Plan p = base;
    p.phases[0].reliefs[1].extent = nan;
    QTest::newRow("NaN extent") << p << u"/phases/0/reliefs/1/extent"_s << u"from 0 to 1"_s;
    p = base;
    p.catalog.actions[1].weight = nan;
    QTest::newRow("NaN weight") << p << u"/catalog/actions/1/weight"_s << u"from 1 to 10"_s;
    p = base;
    p.catalog.items[0].annualValueUsd = inf;
    QTest::newRow("infinite value") << p << u"/catalog/items/0/annualValueUsd"_s << u">= 0"_s;
    p = base;
    p.phases[1].start = -1;
    QTest::newRow("negative phase start") << p << u"/phases/1/start"_s << u"whole number"_s;
    p = base;
    p.phases[0].reliefs[0].end = 1201;
    QTest::newRow("month beyond limit") << p << u"/phases/0/reliefs/0/end"_s << u"0 to 1200"_s;
    p = base;
    p.waivers[0].justification = u" \t"_s;
    QTest::newRow("blank justification")
        << p << u"/waivers/0/justification"_s << u"justification"_s;
    p = base;
    p.meta.referenceValueUsd = -1;
    QTest::newRow("negative reference") << p << u"/plan/referenceValueUsd"_s << u">= 0"_s;
    p = base;
    p.meta.start = u"0000-01"_s;
    QTest::newRow("year 0") << p << u"/plan/start"_s << u"YYYY-MM"_s;
    p = base;
    p.catalog.items[1].id = u"UPPER"_s;
    p.phases[1].reliefs[0].item = u"UPPER"_s;
    QTest::newRow("upper-case id") << p << u"/catalog/items/1/id"_s << u"must match"_s;
}

void TestPlanJson::validatePlanValues()
{
    QFETCH(Plan, plan);
    QFETCH(QString, pointer);
    QFETCH(QString, reason);
    const QList<Problem> problems = validatePlan(plan);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).pointer, pointer);
    QVERIFY2(problems.at(0).reason.contains(reason), qPrintable(problems.at(0).reason));
    // The writer does not hide the problem: reading its output refuses the plan.
    QVERIFY(!readPlanJson(writePlanJson(plan)).ok());
}

void TestPlanJson::formatProblemsLines()
{
    const QList<Problem> problems = {{u"/phases/0/reliefs/1/extent"_s, u"must be a number"_s},
                                     {QString(), u"not valid JSON"_s}};
    QCOMPARE(
        formatProblems(u"plan.json"_s, problems),
        u"plan.json: /phases/0/reliefs/1/extent: must be a number\nplan.json: not valid JSON"_s);
    QCOMPARE(formatProblems(u"x"_s, {}), QString());
    QCOMPARE(jsonPointerToken(u"a/b~c"_s), u"a~1b~0c"_s);
    QVERIFY(isValidId(u"un-2371.coal_x"_s));
    QVERIFY(!isValidId(u"Coal"_s));
    QVERIFY(!isValidId(QString()));
}

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_planjson.moc"
