// The principles engine: golden fixture folders (plan.json -> the check's
// json output, expected.json written by hand from PRINCIPLES.md), the bundled
// DPRK plan and a front-loaded variant of it, threshold tolerance, rule
// profiles (bundled, user files, bad files) and waivers.

#include "cli/checkcli.h"
#include "io/planio.h"
#include "rules/rule.h"
#include "rules/ruleengine.h"
#include "rules/ruleprofile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void everyRuleHasFixtures();
    void tolerance_data();
    void tolerance();
    void stepFunction_data();
    void stepFunction();
    void dprkHasNoViolation();
    void dprkFrontLoaded();
    void bundledProfiles();
    void disabledRule();
    void badProfile_data();
    void badProfile();
    void userProfiles();
    void staleWaivers();
    void canonicalOrderIsStable();

private:
    static QString rulesFolder() { return QStringLiteral(TRANCHE_FIXTURES "/rules"); }
    QTemporaryDir m_data;
};

void TestRules::initTestCase()
{
    QVERIFY(m_data.isValid());
    // User profiles live under AppDataLocation: keep them in a temporary folder.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
    QCoreApplication::setOrganizationName(u"TrancheTest"_s);
    QCoreApplication::setApplicationName(u"tst_rules"_s);
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                .startsWith(m_data.path()));
}

void TestRules::golden_data()
{
    QTest::addColumn<QString>("folder");
    const QDir dir(rulesFolder());
    const QStringList cases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 26);
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << dir.filePath(c);
}

void TestRules::golden()
{
    QFETCH(QString, folder);
    QFile expectedFile(folder + u"/expected.json"_s);
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument expected = QJsonDocument::fromJson(expectedFile.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);

    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const int code =
        runCheckCli(folder + u"/plan.json"_s, QString(), u"json"_s, outStream, errStream);
    QCOMPARE(err, QString());
    const QJsonDocument actual = QJsonDocument::fromJson(out.toUtf8(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    if (actual != expected) {
        qWarning().noquote() << "actual:\n" << actual.toJson(QJsonDocument::Indented);
        qWarning().noquote() << "expected:\n" << expected.toJson(QJsonDocument::Indented);
    }
    QCOMPARE(actual.object().value(u"findings"_s), expected.object().value(u"findings"_s));
    QCOMPARE(actual.object().value(u"waived"_s), expected.object().value(u"waived"_s));
    QCOMPARE(actual, expected);
    QCOMPARE(code, expected.object().value(u"violations"_s).toInt() > 0 ? 1 : 0);
}

// Every rule has a fixture that breaks it (a finding of its own, warning or
// violation) and the fixture set holds at least one passing case per rule.
void TestRules::everyRuleHasFixtures()
{
    QSet<QString> broken;
    const QDir dir(rulesFolder());
    int passing = 0;
    for (const QString &c : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(dir.filePath(c) + u"/expected.json"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        bool any = false;
        for (const QJsonValue v : o.value(u"findings"_s).toArray()) {
            if (v[u"severity"_s].toString() != u"info"_s) {
                broken.insert(v[u"rule"_s].toString());
                any = true;
            }
        }
        passing += any ? 0 : 1;
    }
    for (const Rule *r : allRules())
        QVERIFY2(broken.contains(r->id()), qPrintable(r->id()));
    QVERIFY(passing >= 13);
}

void TestRules::tolerance_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<bool>("atMost");
    QTest::addColumn<bool>("atLeast");
    QTest::newRow("equal") << 0.1 << 0.1 << true << true;
    QTest::newRow("0.1+0.2 vs 0.3") << 0.1 + 0.2 << 0.3 << true << true;
    QTest::newRow("3 x 0.1 vs 0.3") << 0.1 * 3 << 0.3 << true << true;
    QTest::newRow("sum of extents at the cap")
        << 1e8 * 0.05 + 1e8 * 0.28 + 1e8 * 0.67 << 1e8 << true << true;
    QTest::newRow("weights 4.1+5.3+5.6 vs 15") << 4.1 + 5.3 + 5.6 << 15.0 << true << true;
    QTest::newRow("within 1e-9 above") << 1.0 + 0.5e-9 << 1.0 << true << true;
    QTest::newRow("within 1e-9 below") << 1.0 - 0.5e-9 << 1.0 << true << true;
    QTest::newRow("2e-9 above") << 1.0 + 2e-9 << 1.0 << false << true;
    QTest::newRow("2e-9 below") << 1.0 - 2e-9 << 1.0 << true << false;
    QTest::newRow("one dollar over $100M") << 100000001.0 << 1e8 << false << true;
    QTest::newRow("0.79 vs 0.8") << 0.79 << 0.8 << true << false;
    QTest::newRow("zero vs zero") << 0.0 << 0.0 << true << true;
    QTest::newRow("tiny vs zero") << 1e-300 << 0.0 << false << true;
    QTest::newRow("large equal") << 2.82e9 * 0.1 << 2.82e8 << true << true;
}

void TestRules::tolerance()
{
    QFETCH(double, value);
    QFETCH(double, threshold);
    QFETCH(bool, atMost);
    QFETCH(bool, atLeast);
    QCOMPARE(tolerance::atMost(value, threshold), atMost);
    QCOMPARE(tolerance::atLeast(value, threshold), atLeast);
    QCOMPARE(tolerance::above(value, threshold), !atMost);
    QCOMPARE(tolerance::below(value, threshold), !atLeast);
}

void TestRules::stepFunction_data()
{
    QTest::addColumn<QList<Placement>>("placements");
    QTest::addColumn<QList<double>>("annual");
    QTest::addColumn<StepFunction>("expected");
    auto pl = [](int start, std::optional<int> end) {
        Placement p;
        p.start = start;
        p.end = end;
        return p;
    };
    QTest::newRow("none") << QList<Placement>{} << QList<double>{} << StepFunction{};
    QTest::newRow("one bounded") << QList<Placement>{pl(2, 5)} << QList<double>{10}
                                 << StepFunction{{2, 10}, {5, 0}};
    QTest::newRow("open-ended") << QList<Placement>{pl(0, std::nullopt)} << QList<double>{7}
                                << StepFunction{{0, 7}};
    QTest::newRow("zero length is never active")
        << QList<Placement>{pl(3, 3)} << QList<double>{9} << StepFunction{};
    QTest::newRow("overlap") << QList<Placement>{pl(0, 6), pl(3, 9)} << QList<double>{1, 2}
                             << StepFunction{{0, 1}, {3, 3}, {6, 2}, {9, 0}};
    QTest::newRow("back to back merges") << QList<Placement>{pl(0, 6), pl(6, 12)}
                                         << QList<double>{4, 4} << StepFunction{{0, 4}, {12, 0}};
    QTest::newRow("no residue when all end")
        << QList<Placement>{pl(0, 6), pl(0, 6), pl(0, 6)} << QList<double>{0.1, 0.2, 0.3}
        << StepFunction{{0, 0.1 + 0.2 + 0.3}, {6, 0}};
}

void TestRules::stepFunction()
{
    QFETCH(QList<Placement>, placements);
    QFETCH(QList<double>, annual);
    QFETCH(StepFunction, expected);
    const StepFunction f = buildReliefSteps(placements, annual);
    QCOMPARE(f, expected);
    for (const Placement &p : placements) {
        if (p.end && *p.end > p.start)
            QVERIFY(stepValueAt(f, p.start) > 0);
    }
    QCOMPARE(stepValueAt(f, -1), 0.0);
}

void TestRules::dprkHasNoViolation()
{
    const QString path = u":/scenarios/dprk-2018.json"_s;
    if (!QFile::exists(path))
        QSKIP("the bundled DPRK plan is not there yet");
    const OpenResult opened = openPlan(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorLines().join(u'\n')));
    const QList<Finding> findings = RuleEngine::check(*opened.plan);
    QStringList violations;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Violation && !f.waived)
            violations << f.rule + u' ' + f.phase + u' ' + f.item + u": "_s + f.message;
    }
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    QCOMPARE(countFindings(findings).violations, 0);
    QVERIFY(countFindings(findings).infos > 0); // LAW-1 for each phase with relief
}

void TestRules::dprkFrontLoaded()
{
    const QString path = rulesFolder() + u"/dprk-frontloaded.json"_s;
    if (!QFile::exists(path))
        QSKIP("the front-loaded DPRK variant is not there yet");
    const OpenResult opened = openPlan(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorLines().join(u'\n')));
    QSet<QString> violated;
    for (const Finding &f : RuleEngine::check(*opened.plan)) {
        if (f.severity == Severity::Violation)
            violated.insert(f.rule);
    }
    for (const QString &rule : {u"INT-1"_s, u"INT-4"_s, u"ESC-1"_s, u"AFA-2"_s})
        QVERIFY2(violated.contains(rule), qPrintable(rule));
}

void TestRules::bundledProfiles()
{
    const ProfileResult strict = findRuleProfile(u"strict"_s);
    QVERIFY2(strict.ok(), qPrintable(strict.errors.join(u'\n')));
    RuleProfile defaults;
    defaults.setDescription(strict.profile->description());
    QCOMPARE(*strict.profile, defaults); // the bundled file holds PRINCIPLES.md's defaults

    const ProfileResult flexible = findRuleProfile(u"flexible"_s);
    QVERIFY2(flexible.ok(), qPrintable(flexible.errors.join(u'\n')));
    QCOMPARE(flexible.profile->name(), u"flexible"_s);
    // Looser everywhere it differs.
    QVERIFY(flexible.profile->threshold(u"INT-1"_s, u"share"_s) > 0.10);
    QVERIFY(flexible.profile->threshold(u"INT-3"_s, u"maxMonths"_s) > 6);
    QVERIFY(flexible.profile->threshold(u"ESC-1"_s, u"violationBelow"_s) < 0.8);
    QVERIFY(flexible.profile->threshold(u"FIN-1"_s, u"coverage"_s) < 0.85);
    QVERIFY(flexible.profile->threshold(u"AFA-2"_s, u"minWeight"_s) < 15);

    QCOMPARE(bundledProfileNames(), (QStringList{u"strict"_s, u"flexible"_s}));
    QVERIFY(!findRuleProfile(u"no-such-profile"_s).ok());
    QVERIFY(
        findRuleProfile(u"no-such-profile"_s).errors.constFirst().contains(u"no-such-profile"_s));

    // A profile survives its own JSON.
    const ProfileResult back = readRuleProfileJson(writeRuleProfileJson(*flexible.profile), u"x"_s);
    QVERIFY(back.ok());
    QCOMPARE(*back.profile, *flexible.profile);
}

void TestRules::disabledRule()
{
    const OpenResult opened = openPlan(rulesFolder() + u"/int4-no-snapback/plan.json"_s);
    QVERIFY(opened.ok());
    RuleProfile profile;
    auto has = [](const QList<Finding> &findings, const QString &rule) {
        return std::any_of(findings.cbegin(), findings.cend(),
                           [&](const Finding &f) { return f.rule == rule; });
    };
    QVERIFY(has(RuleEngine::check(*opened.plan, profile), u"INT-4"_s));
    profile.setEnabled(u"INT-4"_s, false);
    QVERIFY(!has(RuleEngine::check(*opened.plan, profile), u"INT-4"_s));
    QVERIFY(has(RuleEngine::check(*opened.plan, profile), u"LAW-1"_s));
    profile.setEnabled(u"LAW-1"_s, false);
    QVERIFY(RuleEngine::check(*opened.plan, profile).isEmpty());
}

void TestRules::badProfile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("reason");
    const QByteArray head = R"({"format":"tranche-profile","version":1,"name":"mine",)";
    QTest::newRow("not json") << QByteArray("{") << QString() << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << QString() << u"JSON object"_s;
    QTest::newRow("format") << QByteArray(R"({"format":"x","version":1,"name":"a"})")
                            << u"/format"_s << u"tranche-profile"_s;
    QTest::newRow("version 2") << QByteArray(
                                      R"({"format":"tranche-profile","version":2,"name":"a"})")
                               << u"/version"_s << u"version 2"_s;
    QTest::newRow("no name") << QByteArray(R"({"format":"tranche-profile","version":1})")
                             << u"/name"_s << u"must be a name"_s;
    QTest::newRow("bad name") << QByteArray(
                                     R"({"format":"tranche-profile","version":1,"name":"a/b"})")
                              << u"/name"_s << u"must be a name"_s;
    QTest::newRow("unknown rule") << head + R"("rules":{"XYZ-9":{}}})" << u"/rules/XYZ-9"_s
                                  << u"unknown rule"_s;
    QTest::newRow("rule not object")
        << head + R"("rules":{"INT-1":3}})" << u"/rules/INT-1"_s << u"must be an object"_s;
    QTest::newRow("unknown key") << head + R"("rules":{"INT-1":{"cap":0.2}}})"
                                 << u"/rules/INT-1/cap"_s << u"known: enabled, share, warnShare"_s;
    QTest::newRow("share as string") << head + R"("rules":{"INT-1":{"share":"0.1"}}})"
                                     << u"/rules/INT-1/share"_s << u"number from 0 to 1"_s;
    QTest::newRow("share above 1") << head + R"("rules":{"INT-1":{"share":1.5}}})"
                                   << u"/rules/INT-1/share"_s << u"number from 0 to 1"_s;
    QTest::newRow("months not whole") << head + R"("rules":{"INT-3":{"maxMonths":6.5}}})"
                                      << u"/rules/INT-3/maxMonths"_s << u"whole number"_s;
    QTest::newRow("enabled not bool") << head + R"("rules":{"LAW-1":{"enabled":"no"}}})"
                                      << u"/rules/LAW-1/enabled"_s << u"true or false"_s;
    QTest::newRow("escrow order")
        << head + R"("rules":{"ESC-1":{"violationBelow":0.9,"warningBelow":0.5}}})"
        << u"/rules/ESC-1/violationBelow"_s << u"warningBelow"_s;
}

void TestRules::badProfile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, pointer);
    QFETCH(QString, reason);
    const ProfileResult r = readRuleProfileJson(json, u"mine.json"_s);
    QVERIFY(!r.ok());
    QVERIFY(!r.errors.isEmpty());
    const QString prefix = u"mine.json: "_s + pointer + u": "_s;
    const bool found = std::any_of(r.errors.cbegin(), r.errors.cend(), [&](const QString &e) {
        return e.startsWith(prefix) && e.contains(reason);
    });
    QVERIFY2(found, qPrintable(r.errors.join(u'\n')));
}

void TestRules::userProfiles()
{
    RuleProfile mine;
    mine.setName(u"trainer-a"_s);
    mine.setThreshold(u"INT-3"_s, u"maxMonths"_s, 9);
    mine.setEnabled(u"LAW-1"_s, false);
    QCOMPARE(saveUserRuleProfile(mine), QString());
    QVERIFY(QFile::exists(userProfileFolder() + u"/trainer-a.json"_s));
    QCOMPARE(ruleProfileNames(), (QStringList{u"strict"_s, u"flexible"_s, u"trainer-a"_s}));
    const ProfileResult back = findRuleProfile(u"trainer-a"_s);
    QVERIFY2(back.ok(), qPrintable(back.errors.join(u'\n')));
    QCOMPARE(*back.profile, mine);

    // Bundled names win and cannot be saved over.
    RuleProfile strict;
    QVERIFY(!saveUserRuleProfile(strict).isEmpty());
    QFile shadow(userProfileFolder() + u"/strict.json"_s);
    QVERIFY(shadow.open(QIODevice::WriteOnly));
    mine.setName(u"strict"_s);
    shadow.write(writeRuleProfileJson(mine));
    shadow.close();
    QCOMPARE(findRuleProfile(u"strict"_s).profile->threshold(u"INT-3"_s, u"maxMonths"_s), 6.0);
    QVERIFY(shadow.remove());

    // A damaged user file is refused with the file and field named.
    QFile bad(userProfileFolder() + u"/broken.json"_s);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(
        R"({"format":"tranche-profile","version":1,"name":"broken","rules":{"INT-1":{"share":-1}}})");
    bad.close();
    const ProfileResult refused = findRuleProfile(u"broken"_s);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errors.constFirst().contains(u"broken.json: /rules/INT-1/share: "_s),
             qPrintable(refused.errors.join(u'\n')));
    QVERIFY(bad.remove());
    QVERIFY(QFile::remove(userProfileFolder() + u"/trainer-a.json"_s));
}

void TestRules::staleWaivers()
{
    const OpenResult opened = openPlan(rulesFolder() + u"/waiver/plan.json"_s);
    QVERIFY(opened.ok());
    const QList<Finding> findings = RuleEngine::check(*opened.plan);
    const QList<Waiver> stale = tranche::staleWaivers(opened.plan->waivers, findings);
    QCOMPARE(stale.size(), 1);
    QCOMPARE(stale.constFirst().rule, u"INT-3"_s);
    QCOMPARE(countFindings(findings), (FindingCounts{0, 0, 2, 1}));
    const auto waived =
        std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.waived; });
    QVERIFY(waived != findings.cend());
    QCOMPARE(waived->rule, u"INT-4"_s);
    QVERIFY(waiverFor(opened.plan->waivers, *waived));
    QCOMPARE(waiverFor(opened.plan->waivers, *waived)->author, u"trainer"_s);
}

// The same plan checked twice, and by a fresh engine, gives the same list.
void TestRules::canonicalOrderIsStable()
{
    const OpenResult opened = openPlan(rulesFolder() + u"/int5-lasting/plan.json"_s);
    QVERIFY(opened.ok());
    RuleEngine engine;
    const QList<Finding> first = engine.update(*opened.plan);
    QCOMPARE(engine.recheckedPhases(), 2);
    const QList<Finding> second = engine.update(*opened.plan);
    QCOMPARE(engine.recheckedPhases(), 0);
    QCOMPARE(second, first);
    QCOMPARE(RuleEngine::check(*opened.plan), first);
    QStringList rules;
    for (const Finding &f : first)
        rules << f.rule;
    QCOMPARE(rules, (QStringList{u"INT-5"_s, u"FIN-2"_s, u"LAW-1"_s, u"LAW-1"_s}));
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
