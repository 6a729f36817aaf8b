#include "exercise/exerciserun.h"

#include "flow/valueflow.h"
#include "rules/rule.h"
#include "rules/ruleengine.h"

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

bool isResponse(const Decision &d)
{
    return d.role == ExerciseRole::Negotiators &&
           (d.type == DecisionType::Hold || d.type == DecisionType::Reimpose ||
            d.type == DecisionType::InvokeSnapback || d.type == DecisionType::WalkAway);
}

// Violations by "RULE PHASE ITEM" ("-" for none).
QMap<QString, int> violationCounts(const Plan &plan, const RuleProfile &profile)
{
    QMap<QString, int> counts;
    for (const Finding &f : RuleEngine::check(plan, profile)) {
        if (f.severity != Severity::Violation)
            continue;
        const QString key = f.rule + u' ' + (f.phase.isEmpty() ? u"-"_s : f.phase) + u' ' +
                            (f.item.isEmpty() ? u"-"_s : f.item);
        ++counts[key];
    }
    return counts;
}

void breachFigures(const Plan &plan, const ExerciseLog *log, ExerciseRun &run)
{
    ExerciseMetrics &x = run.metrics;
    if (!x.firstBreachMonth)
        return;
    const int b = *x.firstBreachMonth;
    const ExerciseMonth &mb = run.months.at(b);
    x.x3 = mb.exposure;
    const ValueFlow planned = computeValueFlow(plan);
    if (b < planned.months.size())
        x.x3plan = planned.months.at(b).exposure;
    double x4 = 0;
    for (int m = b + 1; m < run.months.size() && run.months.at(m).inBreach; ++m)
        x4 += run.months.at(m).released;
    x.x4 = x4;
    for (const Decision &d : log ? log->decisions : QList<Decision>()) {
        if (d.type == DecisionType::EndExercise)
            break;
        if (isResponse(d) && d.turn >= mb.turn) {
            x.x6 = d.turn - mb.turn;
            break;
        }
    }
}

void thresholds(ExerciseRun &run)
{
    const ExerciseMetrics &x = run.metrics;
    const bool breach = x.firstBreachMonth.has_value();
    run.met[u"X1"_s] = x.x1 == 0;
    run.met[u"X3"_s] = !x.x3 || !x.x3plan || tolerance::atMost(*x.x3, *x.x3plan);
    run.met[u"X4"_s] = !x.x4 || *x.x4 == 0;
    run.met[u"X5"_s] = x.x5 == 0;
    run.met[u"X6"_s] = !breach || (x.x6 && *x.x6 <= 1);
    run.met[u"X7"_s] = x.x7.isEmpty();
}

QString proposedRating(const Objective &objective, const QMap<QString, bool> &met)
{
    int named = 0, meeting = 0;
    for (const QString &id : objective.metrics) {
        if (!met.contains(id))
            continue; // report only (X2, X8)
        ++named;
        meeting += met.value(id) ? 1 : 0;
    }
    if (meeting == named)
        return u"P"_s;
    return meeting == 0 ? u"U"_s : u"M"_s;
}

} // namespace

QList<const Decision *> playLog(ExerciseEngine &engine, const ExerciseLog &log)
{
    engine.playSilentMonths();
    QList<const Decision *> turn;
    for (const Decision &d : log.decisions) {
        if (d.type == DecisionType::EndExercise)
            break;
        turn.append(&d);
        if (d.type == DecisionType::Advance) {
            engine.playTurn(turn, d.months);
            turn.clear();
        }
    }
    return turn;
}

void evaluateExercise(const Plan &plan, const ExercisePackage &package, const ExerciseLog *log,
                      const ExerciseEngine &projected, const RuleProfile &profile, ExerciseRun &run)
{
    ExerciseMetrics &x = run.metrics;
    x.x1 = projected.overrideReleased();
    x.x2 = projected.overrideEscrowed();
    x.x5 = projected.escrowLeaked();
    x.x8 = run.months.isEmpty() ? 0 : run.months.constLast().releasedCumulative;
    x.firstBreachMonth = projected.firstBreachMonth();
    breachFigures(plan, log, run);
    const QMap<QString, int> own = violationCounts(plan, profile);
    const QMap<QString, int> effective = violationCounts(projected.effectivePlan(), profile);
    for (auto it = effective.cbegin(); it != effective.cend(); ++it) {
        const int extra = it.value() - own.value(it.key());
        if (extra > 0)
            x.x7.insert(it.key(), extra);
    }
    thresholds(run);
    for (const Objective &objective : package.objectives) {
        const QString rating = proposedRating(objective, run.met);
        run.proposed.insert(objective.id, rating);
        run.objectives.insert(objective.id, log && log->ratings.contains(objective.id)
                                                ? log->ratings.value(objective.id)
                                                : rating);
    }
}

ExerciseRun runExercise(const Plan &plan, const ExercisePackage &package, const ExerciseLog *log,
                        const RuleProfile &profile)
{
    ExerciseEngine engine(plan, package);
    QList<const Decision *> open;
    if (log) {
        open = playLog(engine, *log);
    } else {
        engine.playSilentMonths();
        engine.playTurn({}, package.endMonth - package.startMonth + 1, false);
    }
    ExerciseRun run;
    run.months = engine.months();
    run.clock = engine.clock();
    run.turn = engine.turn();
    run.due = engine.dueInjects();
    run.problems = engine.problems();
    const ExerciseEngine projected = engine.project(open);
    for (int i = int(run.months.size()); i < projected.months().size(); ++i) {
        ExerciseMonth m = projected.months().at(i);
        m.events.clear();
        run.projection.append(m);
    }
    evaluateExercise(plan, package, log, projected, profile, run);
    return run;
}

} // namespace tranche
