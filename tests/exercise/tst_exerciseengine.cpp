// The exercise engine against hand-computed cases on the small test plan of
// exercisetestdata.h (coal: $50 released + $50 escrowed a month in months 2..5,
// snapback; oil: $200 a month from month 8, open-ended, no snapback; payout at 8).
// Every expected figure below was worked out by hand from the steps of one
// month (section 3 of the exercise specification) before the engine ran; the
// comment on each row says how.

#include "support/exercisetestdata.h"

#include "exercise/exerciseengine.h"
#include "exercise/exerciserun.h"

#include <QTest>

using namespace tranche;
using namespace tranche::exercisetest;
using namespace Qt::StringLiterals;

namespace {

// A played run with everything it was made from.
struct Played
{
    Plan plan;
    ExercisePackage package;
    std::optional<ExerciseLog> log;
    ExerciseRun run;
};

Played play(const QByteArray &exercise, const QByteArray &decisions, Plan plan = testPlan())
{
    Played p;
    p.plan = std::move(plan);
    const PackageReadResult pkg = readExercisePackage(exerciseMember(exercise), &p.plan);
    if (!pkg.problems.isEmpty())
        qWarning() << pkg.problems.first().pointer << pkg.problems.first().reason;
    p.package = *pkg.package;
    if (!decisions.isEmpty()) {
        const LogReadResult log = readExerciseLog(logJson(decisions), p.plan, p.package);
        if (!log.problems.isEmpty())
            qWarning() << log.problems.first().pointer << log.problems.first().reason;
        p.log = log.log;
    }
    p.run = runExercise(p.plan, p.package, p.log ? &*p.log : nullptr);
    return p;
}

// A month played, else projected.
const ExerciseMonth *monthOf(const ExerciseRun &run, int month)
{
    for (const QList<ExerciseMonth> *list : {&run.months, &run.projection}) {
        for (const ExerciseMonth &m : *list) {
            if (m.month == month)
                return &m;
        }
    }
    return nullptr;
}

QString opt(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 15) : u"null"_s;
}

QString metricsText(const ExerciseRun &run)
{
    const ExerciseMetrics &x = run.metrics;
    QStringList x7;
    for (auto it = x.x7.cbegin(); it != x.x7.cend(); ++it)
        x7 << it.key() + u':' + QString::number(it.value());
    return u"X1=%1 X2=%2 X3=%3 X3plan=%4 X4=%5 X5=%6 X6=%7 X7=[%8] X8=%9 b=%10"_s.arg(
        QString::number(x.x1, 'g', 15), QString::number(x.x2, 'g', 15), opt(x.x3), opt(x.x3plan),
        opt(x.x4), QString::number(x.x5, 'g', 15),
        opt(x.x6 ? std::optional<double>(*x.x6) : std::nullopt), x7.join(u','),
        QString::number(x.x8, 'g', 15),
        opt(x.firstBreachMonth ? std::optional<double>(*x.firstBreachMonth) : std::nullopt));
}

// Decisions as a JSON list: each "role type {fields}" with seq and turn added
// (turn: 1 + the advances before it) and a rationale.
QByteArray decisionsJson(const QStringList &lines)
{
    QByteArray out = "[";
    int turn = 1;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList parts = lines.at(i).split(u' ');
        const QString fields = parts.mid(2).join(u' ');
        out += (i ? "," : "") +
               u"{\"seq\": %1, \"turn\": %2, \"role\": \"%3\", \"type\": \"%4\", "
               "\"rationale\": \"why\"%5}"_s.arg(i + 1)
                   .arg(turn)
                   .arg(parts.at(0), parts.at(1), fields.isEmpty() ? QString() : u", "_s + fields)
                   .toUtf8();
        if (parts.at(1) == "advance"_L1)
            ++turn;
    }
    return out + "]";
}

QByteArray at(const char *id, int month, const char *effects)
{
    return QByteArray("{\"id\": \"") + id +
           "\", \"title\": \"x\", \"trigger\": {\"at\": " + QByteArray::number(month) +
           "}, \"effects\": [" + effects + "]}";
}

QByteArray injects(const QList<QByteArray> &list, const QByteArray &more = {})
{
    return "{\"injects\": [" + list.join(",") + "]" + (more.isEmpty() ? "" : "," + more) + "}";
}

// Rows of months_data(): the effects of injects.
void addEffectRows()
{
    // As planned: see exercisetestdata.h. Month 31: 600 + 23 x 200 = 5200, + 2400.
    QTest::newRow("as planned") << QByteArray() << QByteArray()
                                << u"1=0 0 0 0 0; 2=50 50 50 50 0; 5=50 200 200 200 0; "
                                   "6=0 200 200 200 0; 8=400 600 0 3000 0; 9=200 800 0 3200 0; "
                                   "31=200 5200 0 7600 0"_s;
    // fail-verification at 3: breach, coal's last month becomes 3 (lag 0), escrow
    // freezes (balance 50 + 50 of months 2, 3); verify at 5 cures; payout at 8 =
    // 100 + oil 200, cumulative 100 + 300, exposure + 12 x 200.
    QTest::newRow("fail then verify: breach then cure")
        << injects({at("f", 3, R"({"type": "fail-verification", "action": "a1"})"),
                    at("v", 5, R"({"type": "verify", "action": "a1"})")})
        << QByteArray()
        << u"3=50 100 100 100 1; 4=0 100 100 100 1; 5=0 100 100 100 0; 8=300 400 0 2800 0"_s;
    // escrow-breach at 4: the balance 100 is released, and from then coal's
    // escrowed 50 passes through: 100 + 100 in month 4; payout at 8 is 0.
    QTest::newRow("escrow-breach before the payout")
        << injects({at("leak", 4, R"({"type": "escrow-breach"})")}) << QByteArray()
        << u"3=50 100 100 100 0; 4=200 300 0 300 0; 5=100 400 0 400 0; 8=200 600 0 3000 0"_s;
    // After the payout the balance is 0: nothing changes (800 + 200 at month 10).
    QTest::newRow("escrow-breach after the payout")
        << injects({at("leak", 10, R"({"type": "escrow-breach"})")}) << QByteArray()
        << u"10=200 1000 0 3400 0"_s;
    // snapbackLagMonths 1: exposure counts coal's next month (50); the breach at 3
    // sets its last month to 4; frozen escrow: no payout, oil never starts.
    QTest::newRow("breach with snapback lag 1")
        << injects({at("b", 3, R"({"type": "breach"})")}, R"("rules": {"snapbackLagMonths": 1})")
        << QByteArray()
        << u"2=50 50 50 100 0; 3=50 100 100 150 1; 4=50 150 150 150 1; 5=0 150 150 150 1; "
           "8=0 150 150 150 1"_s;
    // A UN veto at 2: coal no longer ends by itself, so exposure counts its
    // months to 5 (3 x 50 at month 2) and the breach at 3 does not cut it.
    QTest::newRow("blocked snapback")
        << injects({at("veto", 2, R"({"type": "snapback-blocked", "authority": "UN"})"),
                    at("b", 3, R"({"type": "breach"})")})
        << QByteArray()
        << u"2=50 50 50 200 0; 3=50 100 100 200 1; 5=50 200 200 200 1; 6=0 200 200 200 1"_s;
    // verify fin at 2: every final requirement verified, payout at once (0 + 50),
    // then coal's escrowed part passes through (100 a month).
    QTest::newRow("verify early: payout at once")
        << injects({at("v", 2, R"({"type": "verify", "action": "fin"})")}) << QByteArray()
        << u"2=100 100 0 100 0; 3=100 200 0 200 0; 5=100 400 0 400 0; 8=200 600 0 3000 0"_s;
    // The counterpart walks at 3: fin (pending) fails, breach for good.
    QTest::newRow("counterpart walks")
        << injects({at("w", 3, R"({"type": "counterpart-walks"})")}) << QByteArray()
        << u"3=50 100 100 100 1; 4=0 100 100 100 1; 8=0 100 100 100 1"_s;
    // cure and verify cannot end a walk: still in breach, no payout.
    QTest::newRow("a walk is never cured")
        << injects({at("w", 3, R"({"type": "counterpart-walks"})"),
                    at("c", 4, R"({"type": "cure"})"),
                    at("v", 5, R"({"type": "verify", "action": "fin"})")})
        << QByteArray() << u"5=0 100 100 100 1; 8=0 100 100 100 1"_s;
    // a1 now expected at 4: coal's gate is met at 4, it runs 4..7; payout at 8.
    QTest::newRow("delay-verification")
        << injects({at("d", 0, R"({"type": "delay-verification", "action": "a1", "toMonth": 4})")})
        << QByteArray()
        << u"2=0 0 0 0 0; 4=50 50 50 50 0; 7=50 200 200 200 0; 8=400 600 0 3000 0"_s;
    // A message changes nothing.
    QTest::newRow("message") << injects({at("m", 3, R"({"type": "message"})")}) << QByteArray()
                             << u"3=50 100 100 100 0; 8=400 600 0 3000 0"_s;
}

// Rows of months_data(): decisions on placements and breaches.
void addPlacementRows()
{
    // Held at 2 and 3, released at 4: coal runs 4..7 (its length 4).
    QTest::newRow("hold and release")
        << QByteArray()
        << decisionsJson({u"control advance \"months\": 2"_s,
                          u"negotiators hold \"phase\": \"p1\", \"relief\": 0"_s,
                          u"control advance \"months\": 2"_s,
                          u"negotiators release \"phase\": \"p1\", \"relief\": 0"_s,
                          u"control advance \"months\": 1"_s})
        << u"2=0 0 0 0 0; 3=0 0 0 0 0; 4=50 50 50 50 0; 7=50 200 200 200 0; 8=400 600 0 3000 0"_s;
    // reimpose oil (US-EO: lag 1) at 9: last month 10; exposure(9) = 800 + 1 x 200.
    QTest::newRow("reimpose") << QByteArray()
                              << decisionsJson(
                                     {u"control advance \"months\": 9"_s,
                                      u"negotiators reimpose \"phase\": \"p2\", \"relief\": 0"_s,
                                      u"control advance \"months\": 3"_s})
                              << u"9=200 800 0 1000 0; 10=200 1000 0 1000 0; 11=0 1000 0 1000 0"_s;
    // The negotiators walk at 9: a breach, and oil (not self-ending) re-imposed as above.
    QTest::newRow("negotiators walk away")
        << QByteArray()
        << decisionsJson({u"control advance \"months\": 9"_s, u"negotiators walk-away"_s,
                          u"control advance \"months\": 3"_s})
        << u"9=200 800 0 1000 1; 10=200 1000 0 1000 1; 11=0 1000 0 1000 1"_s;
    // Extend waiting coal by 3: it runs 2..8; payout at 8 = 6 x 50 + 50, + 50 + 200.
    QTest::newRow("extend a waiting placement")
        << QByteArray()
        << decisionsJson({u"negotiators extend \"phase\": \"p1\", \"relief\": 0, \"months\": 3"_s,
                          u"control advance \"months\": 12"_s})
        << u"7=50 300 300 300 0; 8=600 900 0 3300 0; 9=200 1100 0 3500 0"_s;
    // Extend running coal by 1 at 3: it runs 2..6; payout at 8 = 250 + 200.
    QTest::newRow("extend a running placement")
        << QByteArray()
        << decisionsJson({u"control advance \"months\": 3"_s,
                          u"negotiators extend \"phase\": \"p1\", \"relief\": 0, \"months\": 1"_s,
                          u"control advance \"months\": 9"_s})
        << u"6=50 250 250 250 0; 8=450 700 0 3100 0"_s;
    // a1 delayed to 6, but an override starts coal at its planned month 2.
    QTest::newRow("override-gate")
        << injects({at("d", 0, R"({"type": "delay-verification", "action": "a1", "toMonth": 6})")})
        << decisionsJson({u"negotiators override-gate \"phase\": \"p1\", \"relief\": 0"_s,
                          u"control advance \"months\": 12"_s})
        << u"2=50 50 50 50 0; 5=50 200 200 200 0; 8=400 600 0 3000 0"_s;
    // An override starts coal even in breach; frozen escrow keeps its 200.
    QTest::newRow("override-gate through a breach")
        << injects({at("b", 0, R"({"type": "breach"})")})
        << decisionsJson({u"negotiators override-gate \"phase\": \"p1\", \"relief\": 0"_s,
                          u"control advance \"months\": 12"_s})
        << u"2=50 50 50 50 1; 5=50 200 200 200 1; 8=0 200 200 200 1"_s;
    // The counterpart delays a1 to 4: as the delay-verification row.
    QTest::newRow("step delayTo") << QByteArray()
                                  << decisionsJson(
                                         {u"counterpart step \"action\": \"a1\", \"delayTo\": 4"_s,
                                          u"control advance \"months\": 12"_s})
                                  << u"2=0 0 0 0 0; 4=50 50 50 50 0; 8=400 600 0 3000 0"_s;
    // The counterpart reverses a1 at 0: failed, in breach from 0, nothing flows.
    QTest::newRow("step reverse")
        << QByteArray()
        << decisionsJson({u"counterpart step \"action\": \"a1\", \"reverse\": true"_s,
                          u"control advance \"months\": 12"_s})
        << u"0=0 0 0 0 1; 2=0 0 0 0 1; 8=0 0 0 0 1"_s;
    // A cheat at 0 is a breach: coal never starts.
    QTest::newRow("cheat") << QByteArray()
                           << decisionsJson({u"counterpart cheat \"note\": \"coal exports\""_s,
                                             u"control advance \"months\": 12"_s})
                           << u"2=0 0 0 0 1; 8=0 0 0 0 1"_s;
}

// Rows of months_data(): decisions on injects, options and triggers.
void addInjectRows()
{
    // invoke-snapback at 3: coal's last month is 3.
    QTest::newRow("invoke-snapback")
        << QByteArray()
        << decisionsJson({u"control advance \"months\": 3"_s, u"negotiators invoke-snapback"_s,
                          u"control advance \"months\": 9"_s})
        << u"3=50 100 100 100 1; 4=0 100 100 100 1"_s;
    // The counterpart walks away at 3: as the counterpart-walks row.
    QTest::newRow("counterpart walk-away")
        << QByteArray()
        << decisionsJson({u"control advance \"months\": 3"_s, u"counterpart walk-away"_s,
                          u"control advance \"months\": 9"_s})
        << u"3=50 100 100 100 1; 4=0 100 100 100 1; 8=0 100 100 100 1"_s;
    // A manual inject fired at 3 opens a breach: as invoke-snapback.
    QTest::newRow("fire-inject")
        << QByteArray(R"({"injects": [{"id": "m", "title": "x", "trigger": {"manual": true},
                          "effects": [{"type": "breach"}]}]})")
        << decisionsJson({u"control advance \"months\": 3"_s,
                          u"control fire-inject \"inject\": \"m\""_s,
                          u"control advance \"months\": 9"_s})
        << u"3=50 100 100 100 1; 4=0 100 100 100 1"_s;
    // Skipped in step 0 of month 3, the breach due at 3 never comes.
    QTest::newRow("skip-inject") << injects({at("b", 3, R"({"type": "breach"})")})
                                 << decisionsJson({u"control advance \"months\": 3"_s,
                                                   u"control skip-inject \"inject\": \"b\""_s,
                                                   u"control advance \"months\": 9"_s})
                                 << u"3=50 100 100 100 0; 8=400 600 0 3000 0"_s;
    const QByteArray options = R"({"injects": [{"id": "i", "title": "x", "trigger": {"at": 3},
        "options": [{"id": "a", "effects": [{"type": "breach"}]}, {"id": "b", "effects": []}]}]})";
    // Without adjudication the default (first) option breaches at 3.
    QTest::newRow("default option") << options << QByteArray() << u"3=50 100 100 100 1"_s;
    // Adjudicated to b: nothing happens.
    QTest::newRow("adjudicate")
        << options
        << decisionsJson({u"control adjudicate \"inject\": \"i\", \"option\": \"b\""_s,
                          u"control advance \"months\": 12"_s})
        << u"3=50 100 100 100 0"_s;
    // releasedCumulative(3) = 100 >= 100: fires at 4, coal's last month 4.
    QTest::newRow("when metric")
        << QByteArray(R"({"injects": [{"id": "w", "title": "x", "trigger": {"when":
             {"metric": "releasedCumulative", "op": ">=", "value": 100}},
             "effects": [{"type": "breach"}]}]})")
        << QByteArray() << u"3=50 100 100 100 0; 4=50 150 150 150 1; 5=0 150 150 150 1"_s;
    // a1 verified since month 1, but not before 6: fires at 6; no payout at 8.
    QTest::newRow("when action, notBefore")
        << QByteArray(R"({"injects": [{"id": "w", "title": "x", "trigger": {"when":
             {"all": [{"action": "a1", "status": "verified"}, {"not": {"breach": true}}]},
             "notBefore": 6}, "effects": [{"type": "breach"}]}]})")
        << QByteArray() << u"5=50 200 200 200 0; 6=0 200 200 200 1; 8=0 200 200 200 1"_s;
    // after i1 (3) with delay 1: the breach comes at 4.
    QTest::newRow("after with delay")
        << injects({at("i1", 3, R"({"type": "message"})"),
                    R"({"id": "i2", "title": "x", "trigger": {"after": "i1", "delay": 1},
                        "effects": [{"type": "breach"}]})"})
        << QByteArray() << u"3=50 100 100 100 0; 4=50 150 150 150 1; 5=0 150 150 150 1"_s;
}

} // namespace

class TestExerciseEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void months_data();
    void months();
    void events_data();
    void events();
    void metrics_data();
    void metrics();
    void ratings();
    void chance_data();
    void chance();
    void silentMonths();
    void openTurnAtEnd();
    void zeroLengthPlacement();
    void refusals_data();
    void refusals();
    void steppingEqualsWholeRun();
};

void TestExerciseEngine::months_data()
{
    QTest::addColumn<QByteArray>("exercise");
    QTest::addColumn<QByteArray>("decisions");
    QTest::addColumn<QString>(
        "expected"); // "month=released cumulative balance exposure breach; ..."

    addEffectRows();
    addPlacementRows();
    addInjectRows();
}

void TestExerciseEngine::months()
{
    QFETCH(QByteArray, exercise);
    QFETCH(QByteArray, decisions);
    QFETCH(QString, expected);
    const Played p = play(exercise, decisions);
    QVERIFY(p.run.problems.isEmpty());
    for (const QString &entry : expected.split(u"; "_s)) {
        const int month = entry.section(u'=', 0, 0).toInt();
        const ExerciseMonth *m = monthOf(p.run, month);
        QVERIFY2(m, qPrintable(entry));
        QCOMPARE(QString::number(month) + u'=' + monthText(*m), entry);
    }
}

void TestExerciseEngine::events_data()
{
    QTest::addColumn<QByteArray>("exercise");
    QTest::addColumn<QByteArray>("decisions");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("expected");

    // Steps 3, 5, 6 as planned.
    QTest::newRow("verified") << QByteArray() << QByteArray() << 1 << u"verified:p1/a1"_s;
    QTest::newRow("start") << QByteArray() << QByteArray() << 2 << u"start:p1/0"_s;
    QTest::newRow("end") << QByteArray() << QByteArray() << 6 << u"end:p1/0"_s;
    QTest::newRow("payout") << QByteArray() << QByteArray() << 8
                            << u"verified:p2/fin start:p2/0 payout:200"_s;
    const QByteArray failCure =
        injects({at("f", 3, R"({"type": "fail-verification", "action": "a1"})"),
                 at("v", 5, R"({"type": "verify", "action": "a1"})")});
    QTest::newRow("failed, breach")
        << failCure << QByteArray() << 3 << u"inject:f failed:p1/a1 breach"_s;
    QTest::newRow("snapback end") << failCure << QByteArray() << 4 << u"end:p1/0"_s;
    QTest::newRow("verify cures") << failCure << QByteArray() << 5
                                  << u"inject:v verified:p1/a1 cure"_s;
    // The leak releases the balance 100; the payout at 8 pays out 0.
    const QByteArray leak = injects({at("leak", 4, R"({"type": "escrow-breach"})")});
    QTest::newRow("escrow-breach")
        << leak << QByteArray() << 4 << u"inject:leak escrow-breach:100"_s;
    QTest::newRow("payout after a leak")
        << leak << QByteArray() << 8 << u"verified:p2/fin start:p2/0 payout:0"_s;
    // A delay to a month not after now does nothing and says so.
    QTest::newRow("delay does nothing")
        << injects({at("d", 3, R"({"type": "delay-verification", "action": "a1", "toMonth": 3})")})
        << QByteArray() << 3 << u"inject:d+note"_s;
    // after with delay 0 fires in the same step 1, in list order.
    QTest::newRow("after chain in step 1")
        << injects({at("i1", 3, R"({"type": "message"})"),
                    R"({"id": "i2", "title": "x", "trigger": {"after": "i1"}, "effects": []})"})
        << QByteArray() << 3 << u"inject:i1 inject:i2"_s;
    // fire-inject in step 2, followed at once by its delay-0 follower; then
    // the advance; the breach at step 4 (coal's last month becomes 3).
    QTest::newRow("fire-inject and its follower")
        << QByteArray(R"({"injects": [
             {"id": "m", "title": "x", "trigger": {"manual": true}, "effects": [{"type": "breach"}]},
             {"id": "c", "title": "x", "trigger": {"after": "m", "delay": 0}, "effects": []}]})")
        << decisionsJson({u"control advance \"months\": 3"_s,
                          u"control fire-inject \"inject\": \"m\""_s,
                          u"control advance \"months\": 9"_s})
        << 3 << u"decision:2 inject:m inject:c decision:3 breach"_s;
    // Step 0 (adjudicate) comes before the inject, the other decisions after it.
    QTest::newRow("step order")
        << QByteArray(R"({"injects": [{"id": "i", "title": "x", "trigger": {"at": 3},
             "options": [{"id": "a", "effects": [{"type": "breach"}]}, {"id": "b"}]}]})")
        << decisionsJson({u"control advance \"months\": 3"_s,
                          u"negotiators note \"text\": \"first\""_s,
                          u"control adjudicate \"inject\": \"i\", \"option\": \"b\""_s,
                          u"control advance \"months\": 9"_s})
        << 3 << u"decision:3 inject:i option:i/b decision:2 decision:4"_s;
    // A chance inject fired by fire-inject also draws: seed 3's first draw is
    // u = 0.1135 (see chance_data), under a's share 1/4 -> a.
    QTest::newRow("fire-inject draws")
        << QByteArray(
               R"({"seed": 3, "injects": [{"id": "m", "title": "x", "trigger": {"manual": true},
             "adjudication": "chance", "options": [{"id": "a", "weight": 1}, {"id": "b", "weight": 3}]}]})")
        << decisionsJson({u"control fire-inject \"inject\": \"m\""_s, u"control advance"_s}) << 0
        << u"decision:1 inject:m option:m/a decision:2"_s;
    // A second adjudicate replaces the first: b, then a.
    QTest::newRow("second adjudicate wins")
        << QByteArray(R"({"injects": [{"id": "i", "title": "x", "trigger": {"at": 0},
             "options": [{"id": "a"}, {"id": "b"}], "defaultOption": "b"}]})")
        << decisionsJson({u"control adjudicate \"inject\": \"i\", \"option\": \"b\""_s,
                          u"control adjudicate \"inject\": \"i\", \"option\": \"a\""_s,
                          u"control advance"_s})
        << 0 << u"decision:1 decision:2 inject:i option:i/a decision:3"_s;
}

void TestExerciseEngine::events()
{
    QFETCH(QByteArray, exercise);
    QFETCH(QByteArray, decisions);
    QFETCH(int, month);
    QFETCH(QString, expected);
    const Played p = play(exercise, decisions);
    const ExerciseMonth *m = monthOf(p.run, month);
    QVERIFY(m);
    QStringList events;
    for (const ExerciseEvent &e : m->events)
        events << eventText(p.plan, p.package, e);
    QCOMPARE(events.join(u' '), expected);
}

void TestExerciseEngine::metrics_data()
{
    QTest::addColumn<QByteArray>("exercise");
    QTest::addColumn<QByteArray>("decisions");
    QTest::addColumn<QString>("expected");

    // No breach: X3, X4, X6 null; X8 = 600 + 23 x 200.
    QTest::newRow("as planned") << QByteArray() << QByteArray()
                                << u"X1=0 X2=0 X3=null X3plan=null X4=null X5=0 X6=null X7=[] "
                                   "X8=5200 b=null"_s;
    // Override while a1 is expected at 6: coal runs 2..5 with its gate unmet:
    // X1 = 4 x 50 released, X2 = 4 x 50 escrowed. Played months 0..11: X8 = 600 + 3 x 200.
    // In the effective plan a1 is verified at 6 and coal starts at 2: AFA-1, which
    // the plan does not have (AFA-2 fails in both: weight 10 < 15 by month 2).
    QTest::newRow("override (X1, X2)")
        << injects({at("d", 0, R"({"type": "delay-verification", "action": "a1", "toMonth": 6})")})
        << decisionsJson({u"negotiators override-gate \"phase\": \"p1\", \"relief\": 0"_s,
                          u"control advance \"months\": 12"_s})
        << u"X1=200 X2=200 X3=null X3plan=null X4=null X5=0 X6=null X7=[AFA-1 p1 coal:1] X8=1200 b=null"_s;
    // The leak at 4 releases 100 (X5); no breach.
    QTest::newRow("leak (X5)")
        << injects({at("leak", 4, R"({"type": "escrow-breach"})")}) << QByteArray()
        << u"X1=0 X2=0 X3=null X3plan=null X4=null X5=100 X6=null X7=[] X8=5200 b=null"_s;
    // Lag 1, breach at 3: X3 = exposure(3) = 150, the plan's own 100 (cumulative
    // 100, coal ends by itself); X4 = month 4's 50; no response: X6 null.
    QTest::newRow("breach with lag (X3, X4)")
        << injects({at("b", 3, R"({"type": "breach"})")}, R"("rules": {"snapbackLagMonths": 1})")
        << QByteArray() << u"X1=0 X2=0 X3=150 X3plan=100 X4=50 X5=0 X6=null X7=[] X8=150 b=3"_s;
    // The negotiators walk at 9 (turn 2, the breach's own turn): X6 = 0.
    // X3 = exposure(9) = 800 + 200; plan: 800 + 2400. X4 = 200 (month 10), 0 after.
    QTest::newRow("walk-away (X6 = 0)")
        << QByteArray()
        << decisionsJson({u"control advance \"months\": 9"_s, u"negotiators walk-away"_s,
                          u"control advance \"months\": 3"_s})
        << u"X1=0 X2=0 X3=1000 X3plan=3200 X4=200 X5=0 X6=0 X7=[] X8=1000 b=9"_s;
    // Breach at 3 in turn 2 (turns: 0-2, 3, 4, 5); the hold comes in turn 4: X6 = 2.
    // Played 0..5: cumulative 100 (coal cut at 3: 50 + 50).
    QTest::newRow("late response (X6 = 2)")
        << injects({at("b", 3, R"({"type": "breach"})")})
        << decisionsJson({u"control advance \"months\": 3"_s, u"control advance \"months\": 1"_s,
                          u"control advance \"months\": 1"_s,
                          u"negotiators hold \"phase\": \"p2\", \"relief\": 0"_s,
                          u"control advance \"months\": 1"_s})
        << u"X1=0 X2=0 X3=100 X3plan=100 X4=0 X5=0 X6=2 X7=[] X8=100 b=3"_s;
    // Extending waiting coal by 3 makes it run 2..8 in the effective plan:
    // 7 months, over INT-3's 6 - a violation the plan does not have. Played
    // 0..11: cumulative 900 at 8 (see the months table), + 3 x 200.
    QTest::newRow("extension breaks INT-3 (X7)")
        << QByteArray()
        << decisionsJson({u"negotiators extend \"phase\": \"p1\", \"relief\": 0, \"months\": 3"_s,
                          u"control advance \"months\": 12"_s})
        << u"X1=0 X2=0 X3=null X3plan=null X4=null X5=0 X6=null X7=[INT-3 p1 coal:1] X8=1500 b=null"_s;
}

void TestExerciseEngine::metrics()
{
    QFETCH(QByteArray, exercise);
    QFETCH(QByteArray, decisions);
    QFETCH(QString, expected);
    const Played p = play(exercise, decisions);
    QCOMPARE(metricsText(p.run), expected);
}

void TestExerciseEngine::ratings()
{
    // Override: X1 = 200 (not met), X5 = 0 (met), X2 report only.
    const QByteArray exercise =
        R"({"objectives": [{"id": "O-M", "title": "x", "metrics": ["X1", "X5"]},
                          {"id": "O-U", "title": "x", "metrics": ["X1"]},
                          {"id": "O-P", "title": "x", "metrics": ["X5", "X6"]},
                          {"id": "O-report", "title": "x", "metrics": ["X2", "X8"]},
                          {"id": "O-rated", "title": "x", "metrics": ["X1"]}],
            "injects": [{"id": "d", "title": "x", "trigger": {"at": 0},
              "effects": [{"type": "delay-verification", "action": "a1", "toMonth": 6}]}]})";
    Plan plan = testPlan();
    const ExercisePackage pkg = *readExercisePackage(exerciseMember(exercise), &plan).package;
    QByteArray log =
        logJson(decisionsJson({u"negotiators override-gate \"phase\": \"p1\", \"relief\": 0"_s,
                               u"control advance \"months\": 12"_s}));
    log.chop(1);
    log += R"(, "evaluation": {"ratings": {"O-rated": "S"}}})";
    const LogReadResult read = readExerciseLog(log, plan, pkg);
    QCOMPARE(read.problems.size(), 0);
    const ExerciseRun run = runExercise(plan, pkg, &*read.log);
    const QMap<QString, QString> proposed{{u"O-M"_s, u"M"_s},
                                          {u"O-U"_s, u"U"_s},
                                          {u"O-P"_s, u"P"_s},
                                          {u"O-report"_s, u"P"_s},
                                          {u"O-rated"_s, u"U"_s}};
    QCOMPARE(run.proposed, proposed);
    QMap<QString, QString> final = proposed;
    final[u"O-rated"_s] = u"S"_s;
    QCOMPARE(run.objectives, final);
}

void TestExerciseEngine::chance_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<QString>("expected"); // options drawn, in firing order
    // Options a (weight 1) and b (weight 3): a when u < 1/4. The draws u =
    // (z >> 11) / 2^53 of SplitMix64 were worked out from section 5's formula
    // with a desk calculator (Python integers), not by the engine:
    // seed 3: z = 0x1d0b14e4db018fed, u = 0.1135 -> a;
    // seed 0: z = 0xe220a8397b1dcdaf, u = 0.8833 -> b;
    // seed 7: u = 0.3898 -> b for the first inject (month 3), then u = 0.0168 -> a (month 4).
    QTest::newRow("seed 3") << quint64(3) << u"option:i1/a option:i2/b"_s;
    QTest::newRow("seed 0") << quint64(0) << u"option:i1/b option:i2/b"_s;
    QTest::newRow("seed 7") << quint64(7) << u"option:i1/b option:i2/a"_s;
}

void TestExerciseEngine::chance()
{
    QFETCH(quint64, seed);
    QFETCH(QString, expected);
    // seed 3's second draw: z2 gives u = 0.7003 -> b; seed 0's: u = 0.4315 -> b.
    const QByteArray opts =
        R"("adjudication": "chance", "options": [{"id": "a", "weight": 1}, {"id": "b", "weight": 3}])";
    const QByteArray exercise =
        "{\"seed\": " + QByteArray::number(seed) +
        ", \"injects\": [{\"id\": \"i1\", \"title\": \"x\", \"trigger\": "
        "{\"at\": 3}, " +
        opts + "}, {\"id\": \"i2\", \"title\": \"x\", \"trigger\": {\"at\": 4}, " + opts + "}]}";
    const Played p = play(exercise, QByteArray());
    QStringList drawn;
    for (const ExerciseMonth &m : p.run.months) {
        for (const ExerciseEvent &e : m.events) {
            if (e.type == ExerciseEventType::Option)
                drawn << eventText(p.plan, p.package, e);
        }
    }
    QCOMPARE(drawn.join(u' '), expected);
}

void TestExerciseEngine::silentMonths()
{
    // startMonth 4: months 0..3 are played silently (turn 0, as planned), turn 1
    // opens at 4 with the log's first decision; the inject due at 4 fires then.
    const Played p = play(R"({"startMonth": 4, "injects": [{"id": "i", "title": "x",
                              "trigger": {"at": 4}, "effects": []}]})",
                          decisionsJson({u"control advance \"months\": 2"_s}));
    QCOMPARE(p.run.months.size(), 6);
    QCOMPARE(p.run.months.at(3).turn, 0);
    QCOMPARE(monthText(p.run.months.at(3)), u"50 100 100 100 0"_s);
    QCOMPARE(p.run.months.at(4).turn, 1);
    QCOMPARE(eventText(p.plan, p.package, p.run.months.at(4).events.at(0)), u"inject:i"_s);
    QCOMPARE(eventText(p.plan, p.package, p.run.months.at(4).events.at(1)), u"decision:1"_s);
    QCOMPARE(p.run.clock, 6);
    QCOMPARE(p.run.turn, 2);
}

void TestExerciseEngine::openTurnAtEnd()
{
    // Played 0..2; the open turn's hold of oil applies in the first projected
    // month (3): oil never starts, the payout at 8 is coal's 200 alone.
    const Played p =
        play(QByteArray(), decisionsJson({u"control advance \"months\": 3"_s,
                                          u"negotiators hold \"phase\": \"p2\", \"relief\": 0"_s}));
    QCOMPARE(p.run.months.size(), 3);
    QCOMPARE(p.run.clock, 3);
    QCOMPARE(p.run.turn, 2);
    QCOMPARE(p.run.projection.size(), 29); // 3..31
    QCOMPARE(p.run.projection.first().month, 3);
    QCOMPARE(monthText(*monthOf(p.run, 8)), u"200 400 0 400 0"_s);
    QVERIFY(p.run.projection.first().events.isEmpty());
    // X8: the played months only (coal's 50 in month 2).
    QCOMPARE(p.run.metrics.x8, 50.0);
}

void TestExerciseEngine::zeroLengthPlacement()
{
    // coal with end = start = 2: a start and an end event in month 2, no flow;
    // it stays in the effective plan with start = end = 2.
    Plan plan = testPlan();
    plan.phases[0].reliefs[0].end = 2;
    const Played p = play(QByteArray(), QByteArray(), plan);
    QStringList events;
    for (const ExerciseEvent &e : p.run.months.at(2).events)
        events << eventText(p.plan, p.package, e);
    QCOMPARE(events.join(u' '), u"start:p1/0 end:p1/0"_s);
    QCOMPARE(monthText(p.run.months.at(2)), u"0 0 0 0 0"_s);
    ExerciseEngine engine(p.plan, p.package);
    engine.playTurn({}, 32, false);
    const Plan effective = engine.effectivePlan();
    QCOMPARE(effective.phases.at(0).reliefs.size(), 1);
    QCOMPARE(effective.phases.at(0).reliefs.at(0).start, 2);
    QCOMPARE(effective.phases.at(0).reliefs.at(0).end, std::optional<int>(2));
}

void TestExerciseEngine::refusals_data()
{
    QTest::addColumn<QByteArray>("exercise");
    QTest::addColumn<QStringList>("decisions");
    QTest::addColumn<QString>("expected"); // "POINTER: reason"

    const QByteArray manual =
        R"({"injects": [{"id": "m", "title": "x", "trigger": {"manual": true}},
                                              {"id": "a", "title": "x", "trigger": {"at": 1}}]})";
    QTest::newRow("fire twice") << manual
                                << QStringList{u"control fire-inject \"inject\": \"m\""_s,
                                               u"control advance"_s,
                                               u"control fire-inject \"inject\": \"m\""_s,
                                               u"control advance"_s}
                                << u"/decisions/2: the inject has already fired"_s;
    QTest::newRow("fire a skipped inject")
        << manual
        << QStringList{u"control skip-inject \"inject\": \"m\""_s, u"control advance"_s,
                       u"control fire-inject \"inject\": \"m\""_s, u"control advance"_s}
        << u"/decisions/2: the inject was skipped"_s;
    QTest::newRow("skip a fired inject")
        << manual
        << QStringList{u"control advance \"months\": 2"_s,
                       u"control skip-inject \"inject\": \"a\""_s, u"control advance"_s}
        << u"/decisions/1: the inject has already fired"_s;
    QTest::newRow("hold a running placement")
        << QByteArray()
        << QStringList{u"control advance \"months\": 3"_s,
                       u"negotiators hold \"phase\": \"p1\", \"relief\": 0"_s, u"control advance"_s}
        << u"/decisions/1: the placement is not waiting"_s;
    QTest::newRow("release without a hold")
        << QByteArray()
        << QStringList{u"negotiators release \"phase\": \"p1\", \"relief\": 0"_s,
                       u"control advance"_s}
        << u"/decisions/0: the placement is not held"_s;
    QTest::newRow("reimpose a waiting placement")
        << QByteArray()
        << QStringList{u"negotiators reimpose \"phase\": \"p2\", \"relief\": 0"_s,
                       u"control advance"_s}
        << u"/decisions/0: the placement is not running"_s;
    QTest::newRow("extend an open-ended placement")
        << QByteArray()
        << QStringList{u"negotiators extend \"phase\": \"p2\", \"relief\": 0, \"months\": 2"_s,
                       u"control advance"_s}
        << u"/decisions/0: the placement is open-ended"_s;
    QTest::newRow("override a running placement")
        << QByteArray()
        << QStringList{u"control advance \"months\": 3"_s,
                       u"negotiators override-gate \"phase\": \"p1\", \"relief\": 0"_s,
                       u"control advance"_s}
        << u"/decisions/1: the placement is not waiting"_s;
}

void TestExerciseEngine::refusals()
{
    QFETCH(QByteArray, exercise);
    QFETCH(QStringList, decisions);
    QFETCH(QString, expected);
    const Played p = play(exercise, decisionsJson(decisions));
    QCOMPARE(p.run.problems.size(), 1);
    QCOMPARE(p.run.problems.first().pointer + u": "_s + p.run.problems.first().reason, expected);
}

void TestExerciseEngine::steppingEqualsWholeRun()
{
    // Turn by turn, keeping a copy of the state before each turn, gives the
    // months of the whole run; a decision withdrawn before its turn is played
    // (the copy replayed without it) gives the run of the log without it.
    const QByteArray exercise = injects({at("b", 6, R"({"type": "breach"})")});
    const QStringList with{u"control advance \"months\": 3"_s,
                           u"negotiators extend \"phase\": \"p1\", \"relief\": 0, \"months\": 1"_s,
                           u"control advance \"months\": 4"_s};
    const Played whole = play(exercise, decisionsJson(with));
    const Played without = play(exercise, decisionsJson({with.at(0), with.at(2)}));

    ExerciseEngine engine(whole.plan, whole.package);
    engine.playSilentMonths();
    engine.playTurn({&whole.log->decisions.at(0)}, 3);
    const ExerciseEngine beforeTurn2 = engine;
    engine.playTurn({&whole.log->decisions.at(1), &whole.log->decisions.at(2)}, 4);
    QCOMPARE(engine.months().size(), whole.run.months.size());
    for (int m = 0; m < engine.months().size(); ++m)
        QCOMPARE(monthText(engine.months().at(m)), monthText(whole.run.months.at(m)));

    ExerciseEngine withdrawn = beforeTurn2;
    withdrawn.playTurn({&whole.log->decisions.at(2)}, 4);
    for (int m = 0; m < withdrawn.months().size(); ++m)
        QCOMPARE(monthText(withdrawn.months().at(m)), monthText(without.run.months.at(m)));
    // The extension mattered: with it coal also runs in month 6 (the breach at 6
    // leaves its last month at 6); without it coal has ended by then.
    QVERIFY(monthText(engine.months().at(6)) != monthText(withdrawn.months().at(6)));
}

QTEST_GUILESS_MAIN(TestExerciseEngine)
#include "tst_exerciseengine.moc"
