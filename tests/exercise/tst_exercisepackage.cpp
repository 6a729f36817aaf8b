// Exercise packages and logs as untrusted input: every problem at once with
// its JSON pointer and reason; and the package kept losslessly through
// JSON -> .tranche -> JSON, a log replayed on the round-tripped package giving
// byte-identical output; two runs byte-identical.

#include "support/exercisetestdata.h"

#include "exercise/exerciseoutput.h"
#include "io/planio.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tranche;
using namespace tranche::exercisetest;
using namespace Qt::StringLiterals;

namespace {

QString problemsText(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.pointer + u": "_s + p.reason;
    return lines.join(u'\n');
}

QByteArray drill(const char *name)
{
    QFile f(QStringLiteral(TRANCHE_FIXTURES "/exercise/drill/") + QLatin1StringView(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A decision object with seq and turn given.
QByteArray d(int seq, int turn, const char *rest)
{
    return "{\"seq\": " + QByteArray::number(seq) + ", \"turn\": " + QByteArray::number(turn) +
           ", " + rest + "}";
}

// Rows of badPackage_data(): the settings, rules and objectives.
void addSettingRows()
{
    QTest::newRow("version 2") << QByteArray(R"({"version": 2})")
                               << u"/exercise/version: exercise version 2 is not supported (this "
                                  "program reads version 1)"_s;
    QTest::newRow("bad id") << QByteArray(R"({"id": "Bad Id"})")
                            << u"/exercise/id: must match [a-z0-9._-]+"_s;
    QTest::newRow("blank title") << QByteArray(R"({"title": "  "})")
                                 << u"/exercise/title: must not be blank"_s;
    // H = 32: endMonth <= 32 + 23 = 55.
    QTest::newRow("endMonth past H + 23")
        << QByteArray(R"({"endMonth": 56})")
        << u"/exercise/endMonth: must be a whole number from 0 to 55"_s;
    QTest::newRow("endMonth before startMonth")
        << QByteArray(R"({"startMonth": 10, "endMonth": 5})")
        << u"/exercise/endMonth: must not be before startMonth"_s;
    QTest::newRow("monthsPerTurn 13")
        << QByteArray(R"({"monthsPerTurn": 13})")
        << u"/exercise/monthsPerTurn: must be a whole number from 1 to 12"_s;
    QTest::newRow("seed -1")
        << QByteArray(R"({"seed": -1})")
        << u"/exercise/seed: must be a whole number from 0 to 9007199254740991"_s;
    QTest::newRow("snapback lag 25")
        << QByteArray(R"({"rules": {"snapbackLagMonths": 25}})")
        << u"/exercise/rules/snapbackLagMonths: must be a whole number from 0 to 24"_s;
    QTest::newRow("lag of an unknown authority")
        << QByteArray(R"({"rules": {"reimposeLagMonths": {"EU": 2}}})")
        << u"/exercise/rules/reimposeLagMonths/EU: unknown authority \"EU\""_s;
    QTest::newRow("requireRationale not a boolean")
        << QByteArray(R"({"rules": {"requireRationale": "yes"}})")
        << u"/exercise/rules/requireRationale: must be true or false"_s;
    QTest::newRow("objective names X9")
        << QByteArray(R"({"objectives": [{"id": "O", "title": "t", "metrics": ["X9"]}]})")
        << u"/exercise/objectives/0/metrics/0: unknown metric \"X9\""_s;
    QTest::newRow("objective without metrics")
        << QByteArray(R"({"objectives": [{"id": "O", "title": "t", "metrics": []}]})")
        << u"/exercise/objectives/0/metrics: must name at least one of X1..X8"_s;
    QTest::newRow("objective ids repeated")
        << QByteArray(R"({"objectives": [{"id": "O", "title": "t", "metrics": ["X1"]},
                                         {"id": "O", "title": "t", "metrics": ["X1"]}]})")
        << u"/exercise/objectives/1/id: repeats an earlier objective's id"_s;
}

// Rows of badPackage_data(): injects, triggers, conditions, effects, options.
void addInjectRows()
{
    const QString inj = u"/exercise/injects/0"_s;
    QTest::newRow("inject ids repeated")
        << QByteArray(R"({"injects": [{"id": "i", "title": "t", "trigger": {"at": 1}},
                                      {"id": "i", "title": "t", "trigger": {"at": 1}}]})")
        << u"/exercise/injects/1/id: repeats an earlier inject's id"_s;
    QTest::newRow("unknown effect type")
        << QByteArray(R"({"injects": [{"id": "i", "title": "t", "trigger": {"at": 1},
                                       "effects": [{"type": "explode"}]}]})")
        << inj + u"/effects/0/type: must be one of message, delay-verification, "
                 "fail-verification, verify, breach, cure, counterpart-walks, escrow-breach, "
                 "snapback-blocked"_s;
    QTest::newRow("two trigger kinds")
        << QByteArray(
               R"({"injects": [{"id": "i", "title": "t", "trigger": {"at": 1, "manual": true}}]})")
        << inj + u"/trigger: must have exactly one of at, after, when, manual"_s;
    QTest::newRow("after a later inject")
        << QByteArray(R"({"injects": [{"id": "i", "title": "t", "trigger": {"after": "j"}},
                                      {"id": "j", "title": "t", "trigger": {"at": 1}}]})")
        << inj + u"/trigger/after: must name an earlier inject"_s;
    QTest::newRow("after an unknown inject")
        << QByteArray(R"({"injects": [{"id": "i", "title": "t", "trigger": {"after": "zz"}}]})")
        << inj + u"/trigger/after: unknown inject \"zz\""_s;
    QTest::newRow("unknown action")
        << QByteArray(R"({"injects": [{"id": "i", "title": "t", "trigger": {"at": 1},
                                       "effects": [{"type": "verify", "action": "zz"}]}]})")
        << inj + u"/effects/0/action: unknown action \"zz\""_s;
    QTest::newRow("at outside the months")
        << QByteArray(R"({"injects": [{"id": "i", "title": "t", "trigger": {"at": 40}}]})")
        << inj + u"/trigger/at: must be a whole number from 0 to 31"_s;
    QTest::newRow("one option")
        << QByteArray(R"({"injects": [{"id": "i", "title": "t", "trigger": {"at": 1},
                                       "options": [{"id": "a"}]}]})")
        << inj + u"/options: must have at least 2 options"_s;
    QTest::newRow("unknown default option")
        << QByteArray(R"({"injects": [{"id": "i", "title": "t", "trigger": {"at": 1},
                        "options": [{"id": "a"}, {"id": "b"}], "defaultOption": "c"}]})")
        << inj + u"/defaultOption: unknown option \"c\""_s;
    QTest::newRow("option ids repeated")
        << QByteArray(R"({"injects": [{"id": "i", "title": "t", "trigger": {"at": 1},
                        "options": [{"id": "a"}, {"id": "a"}]}]})")
        << inj + u"/options/1/id: repeats an earlier option's id"_s;
    QTest::newRow("weight 0") << QByteArray(
                                     R"({"injects": [{"id": "i", "title": "t", "trigger": {"at": 1},
                        "options": [{"id": "a", "weight": 0}, {"id": "b"}]}]})")
                              << inj + u"/options/0/weight: must be a number above 0"_s;
    QTest::newRow("effects and options")
        << QByteArray(R"({"injects": [{"id": "i", "title": "t", "trigger": {"at": 1},
                        "effects": [], "options": [{"id": "a"}, {"id": "b"}]}]})")
        << inj + u"/options: an inject has either effects or options, not both"_s;
}

// Rows of badPackage_data(): conditions, audiences, authorities, months, several at once.
void addConditionRows()
{
    const QString inj = u"/exercise/injects/0"_s;
    QTest::newRow("unknown condition")
        << QByteArray(
               R"({"injects": [{"id": "i", "title": "t", "trigger": {"when": {"moon": 1}}}]})")
        << inj +
               u"/trigger/when: unknown condition (all, any, not, action, fired, breach or metric)"_s;
    QTest::newRow("unknown metric in a condition")
        << QByteArray(R"({"injects": [{"id": "i", "title": "t", "trigger": {"when":
                        {"metric": "gdp", "op": ">", "value": 1}}}]})")
        << inj + u"/trigger/when/metric: must be one of released, releasedCumulative, "
                 "escrowBalance, exposure"_s;
    QTest::newRow("unknown status in a condition")
        << QByteArray(R"({"injects": [{"id": "i", "title": "t", "trigger": {"when":
                        {"any": [{"action": "a1", "status": "done"}]}}}]})")
        << inj + u"/trigger/when/any/0/status: must be one of pending, verified, failed"_s;
    QTest::newRow("notBefore after notAfter")
        << QByteArray(R"({"injects": [{"id": "i", "title": "t", "trigger": {"when":
                        {"breach": true}, "notBefore": 9, "notAfter": 3}}]})")
        << inj + u"/trigger/notAfter: must not be before notBefore"_s;
    QTest::newRow("unknown audience")
        << QByteArray(R"({"injects": [{"id": "i", "title": "t", "trigger": {"at": 1},
                        "audience": ["press"]}]})")
        << inj + u"/audience/0: unknown audience \"press\""_s;
    QTest::newRow("unknown authority blocked")
        << QByteArray(R"({"injects": [{"id": "i", "title": "t", "trigger": {"at": 1},
                        "effects": [{"type": "snapback-blocked", "authority": "EU"}]}]})")
        << inj + u"/effects/0/authority: must be one of UN, US-statute, US-EO, FATF, other"_s;
    QTest::newRow("toMonth outside the months")
        << QByteArray(R"({"injects": [{"id": "i", "title": "t", "trigger": {"at": 1},
                        "effects": [{"type": "delay-verification", "action": "a1", "toMonth": 99}]}]})")
        << inj + u"/effects/0/toMonth: must be a whole number from 0 to 31"_s;
    // Every problem at once, in reading order.
    QTest::newRow("three problems at once")
        << QByteArray(
               R"({"id": "", "monthsPerTurn": 0, "injects": [{"title": "t", "trigger": {"at": 1}}]})")
        << u"/exercise/id: must match [a-z0-9._-]+\n"
           "/exercise/monthsPerTurn: must be a whole number from 1 to 12\n"
           "/exercise/injects/0/id: required field is missing"_s;
}

// A log with these decisions (objects).
QByteArray logOf(const QList<QByteArray> &decisions)
{
    return logJson("[" + decisions.join(",") + "]");
}

// Rows of badLog_data(): the file, seq, turn, role, rationale.
void addLogRows()
{
    const QByteArray adv = R"("role": "control", "type": "advance")";
    QTest::newRow("not JSON") << QByteArray("{") << u": not JSON: unterminated object at byte 1"_s;
    QTest::newRow("wrong format")
        << QByteArray(
               R"({"format": "tranche-plan", "version": 1, "package": "t", "decisions": []})")
        << u"/format: must be \"tranche-exercise-log\""_s;
    QTest::newRow("another package")
        << QByteArray(
               R"({"format": "tranche-exercise-log", "version": 1, "package": "x", "decisions": []})")
        << u"/package: names exercise \"x\", not this package's \"t\""_s;
    QTest::newRow("version 2")
        << QByteArray(
               R"({"format": "tranche-exercise-log", "version": 2, "package": "t", "decisions": []})")
        << u"/version: log version 2 is not supported (this program reads version 1)"_s;
    QTest::newRow("seq") << logOf({d(2, 1, adv)}) << u"/decisions/0/seq: must be 1"_s;
    QTest::newRow("turn") << logOf({d(1, 1, adv), d(2, 1, adv)})
                          << u"/decisions/1/turn: must be 2, the turn the exercise is in"_s;
    QTest::newRow("role")
        << logOf({d(
               1, 1,
               R"("role": "counterpart", "type": "hold", "phase": "p1", "relief": 0, "rationale": "r")")})
        << u"/decisions/0/role: counterpart cannot take a hold decision"_s;
    QTest::newRow("unknown role")
        << logOf({d(1, 1, R"("role": "press", "type": "note", "text": "t")")})
        << u"/decisions/0/role: must be one of control, negotiators, counterpart, observers"_s;
    QTest::newRow("rationale missing")
        << logOf({d(1, 1, R"("role": "negotiators", "type": "hold", "phase": "p1", "relief": 0)")})
        << u"/decisions/0/rationale: rationale is missing"_s;
}

// Rows of badLog_data(): fields, references and the end of play.
void addDecisionRows()
{
    const QByteArray adv = R"("role": "control", "type": "advance")";
    QTest::newRow("unknown phase")
        << logOf({d(
               1, 1,
               R"("role": "negotiators", "type": "hold", "phase": "p9", "relief": 0, "rationale": "r")")})
        << u"/decisions/0/phase: unknown phase \"p9\""_s;
    QTest::newRow("no such placement")
        << logOf({d(
               1, 1,
               R"("role": "negotiators", "type": "hold", "phase": "p1", "relief": 3, "rationale": "r")")})
        << u"/decisions/0/relief: phase p1 has no placement 3"_s;
    QTest::newRow("unknown inject")
        << logOf(
               {d(1, 1,
                  R"("role": "control", "type": "fire-inject", "inject": "zz", "rationale": "r")")})
        << u"/decisions/0/inject: unknown inject \"zz\""_s;
    QTest::newRow("step with delayTo and reverse")
        << logOf({d(
               1, 1,
               R"("role": "counterpart", "type": "step", "action": "a1", "delayTo": 4, "reverse": true, "rationale": "r")")})
        << u"/decisions/0: a step has exactly one of delayTo and reverse"_s;
    QTest::newRow("step of an unknown action")
        << logOf({d(
               1, 1,
               R"("role": "counterpart", "type": "step", "action": "zz", "reverse": true, "rationale": "r")")})
        << u"/decisions/0/action: unknown action \"zz\""_s;
    QTest::newRow("extend by 25")
        << logOf({d(
               1, 1,
               R"("role": "negotiators", "type": "extend", "phase": "p1", "relief": 0, "months": 25, "rationale": "r")")})
        << u"/decisions/0/months: must be a whole number from 1 to 24"_s;
    QTest::newRow("cheat without a note")
        << logOf({d(1, 1, R"("role": "counterpart", "type": "cheat", "rationale": "r")")})
        << u"/decisions/0/note: required field is missing"_s;
    QTest::newRow("observe an unknown objective")
        << logOf({d(1, 1,
                    R"("role": "observers", "type": "observe", "text": "t", "objective": "O")")})
        << u"/decisions/0/objective: unknown objective \"O\""_s;
    // 32 months (0..31) in 3 advances of 12: the third plays 24..31; a fourth is refused.
    QTest::newRow("advance after the end")
        << logOf({d(1, 1, R"("role": "control", "type": "advance", "months": 12)"),
                  d(2, 2, R"("role": "control", "type": "advance", "months": 12)"),
                  d(3, 3, R"("role": "control", "type": "advance", "months": 12)"), d(4, 4, adv)})
        << u"/decisions/3/type: every month to endMonth is played: only note, observe and "
           "end-exercise may follow"_s;
    QTest::newRow("after end-exercise")
        << logOf({d(1, 1, R"("role": "control", "type": "end-exercise")"), d(2, 1, adv)})
        << u"/decisions/1: no decision may follow end-exercise"_s;
    QTest::newRow("rating of an unknown objective")
        << QByteArray(R"({"format": "tranche-exercise-log", "version": 1, "package": "t",
                          "decisions": [], "evaluation": {"ratings": {"O": "P"}}})")
        << u"/evaluation/ratings/O: unknown objective \"O\""_s;
    QTest::newRow("decisions missing")
        << QByteArray(R"({"format": "tranche-exercise-log", "version": 1, "package": "t"})")
        << u"/decisions: required field is missing"_s;
}

} // namespace

class TestExercisePackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badPackage_data();
    void badPackage();
    void badLog_data();
    void badLog();
    void defaults();
    void roundTrip();
    void deterministic();
};

void TestExercisePackage::badPackage_data()
{
    QTest::addColumn<QByteArray>("exercise"); // merged into {version 1, id t, title T}
    QTest::addColumn<QString>("expected");

    addSettingRows();
    addInjectRows();
    addConditionRows();
}

void TestExercisePackage::badPackage()
{
    QFETCH(QByteArray, exercise);
    QFETCH(QString, expected);
    const Plan plan = testPlan();
    const PackageReadResult read = readExercisePackage(exerciseMember(exercise), &plan);
    QCOMPARE(problemsText(read.problems), expected);
    QVERIFY(!read.package);
}

void TestExercisePackage::badLog_data()
{
    QTest::addColumn<QByteArray>("log");
    QTest::addColumn<QString>("expected");

    addLogRows();
    addDecisionRows();
}

void TestExercisePackage::badLog()
{
    QFETCH(QByteArray, log);
    QFETCH(QString, expected);
    const Plan plan = testPlan();
    const ExercisePackage pkg = *readExercisePackage(exerciseMember({}), &plan).package;
    const LogReadResult read = readExerciseLog(log, plan, pkg);
    QCOMPARE(problemsText(read.problems), expected);
    QVERIFY(!read.log);
}

void TestExercisePackage::defaults()
{
    // Section 1's defaults; endMonth = H - 1 = 31; authorities left out keep theirs.
    const Plan plan = testPlan();
    const ExercisePackage p =
        *readExercisePackage(exerciseMember(R"({"rules": {"reimposeLagMonths": {"UN": 5}}})"),
                             &plan)
             .package;
    QCOMPARE(p.caveat, u"EXERCISE - EXERCISE - EXERCISE"_s);
    QCOMPARE(p.startMonth, 0);
    QCOMPARE(p.endMonth, 31);
    QCOMPARE(p.monthsPerTurn, 1);
    QCOMPARE(p.seed, quint64(0));
    QCOMPARE(p.rules.snapbackLagMonths, 0);
    QCOMPARE(p.rules.reimposeLagMonths, (std::array<int, 5>{5, 6, 1, 4, 3}));
    QCOMPARE(p.rules.requireRationale, true);
}

void TestExercisePackage::roundTrip()
{
    // The drill package: JSON -> .tranche -> JSON keeps the exercise member, and
    // the log replayed on the round-tripped package gives the same bytes.
    QTemporaryDir dir;
    const QString original = QStringLiteral(TRANCHE_FIXTURES "/exercise/drill/package.json");
    const OpenResult first = openPlan(original);
    QVERIFY(first.ok());
    QCOMPARE(savePlan(*first.plan, dir.filePath(u"drill.tranche"_s)), QString());
    const OpenResult stored = openPlan(dir.filePath(u"drill.tranche"_s));
    QVERIFY(stored.ok());
    QCOMPARE(savePlan(*stored.plan, dir.filePath(u"back.json"_s)), QString());
    const OpenResult back = openPlan(dir.filePath(u"back.json"_s));
    QVERIFY(back.ok());
    QCOMPARE(stored.plan->extra.value("exercise"_L1), first.plan->extra.value("exercise"_L1));
    QCOMPARE(back.plan->extra.value("exercise"_L1), first.plan->extra.value("exercise"_L1));

    QList<QByteArray> outputs;
    for (const Plan *plan : {&*first.plan, &*back.plan}) {
        const ExercisePackage pkg = *readExercisePackage(*plan).package;
        const ExerciseLog log = *readExerciseLog(drill("log.json"), *plan, pkg).log;
        const ExerciseRun run = runExercise(*plan, pkg, &log);
        outputs << exerciseJson({*plan, pkg, &log, run}, true);
    }
    QCOMPARE(outputs.at(1), outputs.at(0));
}

void TestExercisePackage::deterministic()
{
    const Plan plan = *readPlanJson(drill("package.json")).plan;
    const ExercisePackage pkg = *readExercisePackage(plan).package;
    const ExerciseLog log = *readExerciseLog(drill("log.json"), plan, pkg).log;
    QList<QByteArray> json, csv;
    for (int i = 0; i < 2; ++i) {
        const ExerciseRun run = runExercise(plan, pkg, &log);
        json << exerciseJson({plan, pkg, &log, run}, false);
        csv << exerciseJournalCsv({plan, pkg, &log, run});
    }
    QCOMPARE(json.at(1), json.at(0));
    QCOMPARE(csv.at(1), csv.at(0));
}

QTEST_GUILESS_MAIN(TestExercisePackage)
#include "tst_exercisepackage.moc"
