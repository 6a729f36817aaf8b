// How a reader's or validatePlan()'s problem names the phase and item (or
// action) its pointer's positions stand for: by name and id, in one form
// ("; phase "Freeze" (p2), item "Coal exports" (coal)"), with what the reason
// already quotes left out, a name being complained about not shown, and names
// made terminal-safe and cut to kQuotedNameLength characters. Then where the
// names come from: nameProblems() by position and id, the JSON reader,
// validatePlan() and the .tranche reader's limits.

#include "cli/terminalsafe.h"
#include "io/planjson.h"
#include "io/planlimits.h"
#include "io/problem.h"
#include "io/validation.h"

#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(tranche::Problem)

class TestProblemText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void form_data();
    void form();
    void elided_data();
    void elided();
    void namesByPositionAndId_data();
    void namesByPositionAndId();
    void readerNamesPhaseAndItem();
    void limitsNameTheEntry();
};

namespace {

Problem problem(const QString &pointer, const QString &reason, const QString &phase,
                const QString &phaseName, const QString &item, const QString &itemName)
{
    Problem p(pointer, reason, phase, item);
    p.phaseName = phaseName;
    p.itemName = itemName;
    return p;
}

Plan twoPhasePlan()
{
    Plan plan;
    SanctionsItem coal;
    coal.id = u"coal"_s;
    coal.name = u"Coal exports"_s;
    SanctionsItem tex;
    tex.id = u"tex"_s;
    tex.name = u"Textiles"_s;
    SanctionsItem dupe = tex; // a second "tex": named by its position
    dupe.name = u"Textiles again"_s;
    plan.catalog.items = {coal, tex, dupe};
    CounterpartAction freeze;
    freeze.id = u"freeze"_s;
    freeze.name = u"Reactor freeze"_s;
    plan.catalog.actions = {freeze};
    Phase p1;
    p1.id = u"p1"_s;
    p1.name = u"Freeze"_s;
    Placement pl;
    pl.item = u"coal"_s;
    p1.reliefs = {pl};
    p1.actions = {RequiredAction{u"freeze"_s, 2, {}}};
    Phase p2 = p1;
    p2.name = u"Freeze again"_s; // a second "p1": named by its position
    plan.phases = {p1, p2};
    return plan;
}

} // namespace

void TestProblemText::form_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("line"); // formatProblem("F", problem)
    const QString reason = u"must be a number"_s;
    const QString extent = u"/phases/1/reliefs/2/extent"_s;
    QTest::newRow("names and ids")
        << problem(extent, reason, u"p2"_s, u"Freeze"_s, u"coal"_s, u"Coal exports"_s)
        << u"F: /phases/1/reliefs/2/extent: must be a number; phase \"Freeze\" (p2), item "
           "\"Coal exports\" (coal)"_s;
    QTest::newRow("names empty") << problem(extent, reason, u"p2"_s, {}, u"coal"_s, {})
                                 << u"F: "_s + extent +
                                        u": must be a number; phase \"p2\", item \"coal\""_s;
    QTest::newRow("name is the id")
        << problem(extent, reason, u"p2"_s, u"p2"_s, u"coal"_s, u"coal"_s)
        << u"F: "_s + extent + u": must be a number; phase \"p2\", item \"coal\""_s;
    QTest::newRow("id in the reason")
        << problem(u"/phases/1/id"_s, u"duplicate phase id \"p1\" (first at /phases/0)"_s, u"p1"_s,
                   u"Freeze again"_s, {}, {})
        << u"F: /phases/1/id: duplicate phase id \"p1\" (first at /phases/0); phase \"Freeze "
           "again\""_s;
    QTest::newRow("id in the reason, no name")
        << problem(u"/phases/0/reliefs/0/item"_s, u"unknown item \"gold\" (not in the catalog)"_s,
                   u"p1"_s, u"Freeze"_s, u"gold"_s, {})
        << u"F: /phases/0/reliefs/0/item: unknown item \"gold\" (not in the catalog); phase "
           "\"Freeze\" (p1)"_s;
    QTest::newRow("name in the reason")
        << problem(u"/phases/0/start"_s, u"\"Freeze\" starts too late"_s, u"p1"_s, u"Freeze"_s, {},
                   {})
        << u"F: /phases/0/start: \"Freeze\" starts too late; phase \"p1\""_s;
    QTest::newRow("both in the reason")
        << problem(u"/phases/0/start"_s, u"\"Freeze\" (\"p1\") starts too late"_s, u"p1"_s,
                   u"Freeze"_s, {}, {})
        << u"F: /phases/0/start: \"Freeze\" (\"p1\") starts too late"_s;
    QTest::newRow("hostile name")
        << problem(u"/phases/0/end"_s, reason, u"p1"_s, u"Coal\x1b[2J\u202E\nexports"_s, {}, {})
        << u"F: /phases/0/end: must be a number; phase \"Coal\\x1B[2J\\u202E\\x0Aexports\" (p1)"_s;
    QTest::newRow("very long name")
        << problem(u"/phases/0/end"_s, reason, u"p1"_s, QString(500, u'x'), {}, {})
        << u"F: /phases/0/end: must be a number; phase \""_s + QString(39, u'x') +
               u"\u2026\" (p1)"_s;
    QTest::newRow("phase only") << problem(u"/phases/0/start"_s, reason, u"p1"_s, u"Freeze"_s, {},
                                           {})
                                << u"F: /phases/0/start: must be a number; phase \"Freeze\" (p1)"_s;
    QTest::newRow("item only")
        << problem(u"/phases/0/reliefs/0/extent"_s, reason, {}, {}, u"coal"_s, u"Coal exports"_s)
        << u"F: /phases/0/reliefs/0/extent: must be a number; item \"Coal exports\" (coal)"_s;
    QTest::newRow("required action")
        << problem(u"/phases/0/actions/1/verifiedMonth"_s, reason, u"p1"_s, u"Freeze"_s,
                   u"freeze"_s, u"Reactor freeze"_s)
        << u"F: /phases/0/actions/1/verifiedMonth: must be a number; phase \"Freeze\" (p1), "
           "action \"Reactor freeze\" (freeze)"_s;
    QTest::newRow("catalog item")
        << problem(u"/catalog/items/3/annualValueUsd"_s, reason, {}, {}, u"coal"_s,
                   u"Coal exports"_s)
        << u"F: /catalog/items/3/annualValueUsd: must be a number; item \"Coal exports\" "
           "(coal)"_s;
    QTest::newRow("catalog action")
        << problem(u"/catalog/actions/0/weight"_s, reason, {}, {}, u"freeze"_s, u"Reactor freeze"_s)
        << u"F: /catalog/actions/0/weight: must be a number; action \"Reactor freeze\" "
           "(freeze)"_s;
    QTest::newRow("the name complained about")
        << problem(u"/catalog/items/3/name"_s, u"must be a string"_s, {}, {}, u"coal"_s,
                   u"Coal exports"_s)
        << u"F: /catalog/items/3/name: must be a string; item \"coal\""_s;
    QTest::newRow("the phase name complained about")
        << problem(u"/phases/2/name"_s, u"must be a string"_s, u"p3"_s, u"Freeze"_s, {}, {})
        << u"F: /phases/2/name: must be a string; phase \"p3\""_s;
    QTest::newRow("waiver: no names after it")
        << problem(u"/waivers/0/justification"_s, u"a waiver needs a justification"_s, u"p1"_s,
                   u"Freeze"_s, u"coal"_s, u"Coal exports"_s)
        << u"F: /waivers/0/justification: a waiver needs a justification"_s;
    QTest::newRow("whole document")
        << Problem(QString(), u"the document is empty"_s) << u"F: the document is empty"_s;
}

void TestProblemText::form()
{
    QFETCH(Problem, problem);
    QFETCH(QString, line);
    QCOMPARE(formatProblem(u"F"_s, problem), line);
    // What the command line prints is the same line: nothing left to escape.
    QCOMPARE(terminalSafe(line), line);
}

void TestProblemText::elided_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown"); // terminalSafeElided(text, 8)
    QTest::newRow("short") << u"Coal"_s << u"Coal"_s;
    QTest::newRow("eight") << u"Coal-ban"_s << u"Coal-ban"_s;
    QTest::newRow("nine") << u"Coal-bans"_s << u"Coal-ba\u2026"_s;
    QTest::newRow("escape kept whole") << u"Coal\x1b[2J"_s << u"Coal\u2026"_s;
    QTest::newRow("escape fits") << u"Coa\x1b"_s << u"Coa\\x1B"_s;
    QTest::newRow("surrogate pair kept whole") << u"Coal-b\U0001F600x"_s << u"Coal-b\u2026"_s;
    QTest::newRow("pair fits") << u"Coal-\U0001F600xy"_s << u"Coal-\U0001F600\u2026"_s;
}

void TestProblemText::elided()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(terminalSafeElided(text, 8), shown);
    QVERIFY(shown.size() <= 8);
}

void TestProblemText::namesByPositionAndId_data()
{
    QTest::addColumn<Problem>("in");
    QTest::addColumn<QString>("phaseName");
    QTest::addColumn<QString>("itemName");
    QTest::newRow("placement") << Problem(u"/phases/0/reliefs/0/extent"_s, {}, u"p1"_s, u"coal"_s)
                               << u"Freeze"_s << u"Coal exports"_s;
    QTest::newRow("second phase of an id")
        << Problem(u"/phases/1/id"_s, {}, u"p1"_s) << u"Freeze again"_s << QString();
    QTest::newRow("required action")
        << Problem(u"/phases/1/actions/0/verifiedMonth"_s, {}, u"p1"_s, u"freeze"_s)
        << u"Freeze again"_s << u"Reactor freeze"_s;
    QTest::newRow("unknown item") << Problem(u"/phases/0/reliefs/0/item"_s, {}, u"p1"_s, u"gold"_s)
                                  << u"Freeze"_s << QString();
    QTest::newRow("second item of an id")
        << Problem(u"/catalog/items/2/id"_s, {}, {}, u"tex"_s) << QString() << u"Textiles again"_s;
    QTest::newRow("catalog action") << Problem(u"/catalog/actions/0/weight"_s, {}, {}, u"freeze"_s)
                                    << QString() << u"Reactor freeze"_s;
    QTest::newRow("waiver of an action") << Problem(u"/waivers/0/rule"_s, {}, u"p1"_s, u"freeze"_s)
                                         << u"Freeze"_s << u"Reactor freeze"_s;
    QTest::newRow("no ids") << Problem(u"/plan/start"_s, {}) << QString() << QString();
    // Problems found before the plan was read: the ids of the entries at the pointer.
    QTest::newRow("ids by position: placement")
        << Problem(u"/phases/1/reliefs/0/start"_s, {}) << u"Freeze again"_s << u"Coal exports"_s;
    QTest::newRow("ids by position: catalog action")
        << Problem(u"/catalog/actions/0/weight"_s, {}) << QString() << u"Reactor freeze"_s;
    QTest::newRow("position out of range")
        << Problem(u"/phases/7/start"_s, {}) << QString() << QString();
}

void TestProblemText::namesByPositionAndId()
{
    QFETCH(Problem, in);
    QFETCH(QString, phaseName);
    QFETCH(QString, itemName);
    QList<Problem> problems{in};
    nameProblems(problems, twoPhasePlan());
    QCOMPARE(problems.constFirst().phaseName, phaseName);
    QCOMPARE(problems.constFirst().itemName, itemName);
}

// The JSON reader's walk and validatePlan() both name what they complain about.
void TestProblemText::readerNamesPhaseAndItem()
{
    const QByteArray json = R"({"format":"tranche-plan","version":1,"plan":{"title":"T"},
        "catalog":{"items":[{"id":"coal","name":"Coal\u001b[2J exports","authority":"UN",
          "instrument":"i","category":"c","annualValueUsd":1,"reversibility":"easy"}],
          "actions":[]},
        "phases":[{"id":"p1","name":"Freeze","kind":"interim","start":0,"end":6,"actions":[],
          "reliefs":[{"item":"coal","extent":"all","start":0,"escrowShare":0}]},
          {"id":"p2","name":"Complete","kind":"final","start":6,"end":3,"actions":[],
          "reliefs":[]}],
        "waivers":[]})";
    const PlanReadResult read = readPlanJson(json);
    QVERIFY(!read.ok());
    QCOMPARE(
        formatProblemLines(u"F"_s, read.problems),
        QStringList({u"F: /phases/0/reliefs/0/extent: must be a number; phase \"Freeze\" "
                     "(p1), item \"Coal\\x1B[2J exports\" (coal)"_s,
                     u"F: /phases/1/end: end 3 is before start 6; phase \"Complete\" (p2)"_s}));
    // A number the text scan refuses, before the plan is read: named all the same.
    QByteArray scanned = json;
    scanned.replace("\"start\":6,\"end\":3", "\"start\":06,\"end\":9");
    QCOMPARE(formatProblemLines(u"F"_s, readPlanJson(scanned).problems).value(1),
             u"F: /phases/1/start: number 06 has a leading zero, which JSON does not allow; phase "
             "\"Complete\" (p2)"_s);
}

// The .tranche reader's limits on a plan as read name the phase and item too.
void TestProblemText::limitsNameTheEntry()
{
    Plan plan = twoPhasePlan();
    plan.phases[1].reliefs[0].note = QString(planLimit(PlanLimit::StringLength) + 1, u'n');
    const QList<Problem> problems = checkPlanLimits(plan);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(formatProblem(u"F"_s, problems.constFirst()),
             u"F: /phases/1/reliefs/0: "_s + limitProblem(PlanLimit::StringLength, {}).reason +
                 u"; phase \"Freeze again\" (p1), item \"Coal exports\" (coal)"_s);
}

QTEST_GUILESS_MAIN(TestProblemText)
#include "tst_problemtext.moc"
