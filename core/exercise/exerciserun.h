#pragma once
// A whole exercise run: the silent months, every turn of the log, the
// projection to endMonth, and the evaluation (figures X1..X8, the objectives'
// proposed and final ratings).

#include "exercise/exerciseengine.h"
#include "rules/ruleprofile.h"

#include <QMap>

namespace tranche {

// The evaluation figures of the months played (X7: with the projection).
struct ExerciseMetrics
{
    double x1 = 0; // released parts of override-started placements while their gate was not met
    double x2 = 0; // escrowed parts of the same
    std::optional<double> x3;     // exposure(b)
    std::optional<double> x3plan; // the plan's own exposure(b) (null when b >= H)
    std::optional<double> x4;     // released over b+1.. while still in breach
    double x5 = 0;                // escrow leaked through escrow-breach
    std::optional<int> x6;        // turns from b to the first negotiators' response
    QMap<QString, int> x7;        // "RULE PHASE ITEM" -> new violations
    double x8 = 0;                // releasedCumulative at the last month played
    std::optional<int> firstBreachMonth;
};

struct ExerciseRun
{
    QList<ExerciseMonth> months;     // every month played, silent ones included
    QList<ExerciseMonth> projection; // to endMonth, events dropped
    int clock = 0;
    int turn = 1;
    QList<int> due; // injects due at the clock (ExerciseEngine::dueInjects())
    ExerciseMetrics metrics;
    QMap<QString, bool> met;           // figure id -> threshold met (X2, X8 absent)
    QMap<QString, QString> proposed;   // objective id -> P|M|U
    QMap<QString, QString> objectives; // the log's rating where given, else proposed
    QList<Problem> problems;           // decisions that could not apply ("/decisions/N")
};

// Plays the package's plan under the log (null: every month in turn 1, no decision).
ExerciseRun runExercise(const Plan &plan, const ExercisePackage &package, const ExerciseLog *log,
                        const RuleProfile &profile = RuleProfile());

// Plays the log's closed turns into engine (after the silent months); returns
// the decisions of the open turn. Stops at end-exercise.
QList<const Decision *> playLog(ExerciseEngine &engine, const ExerciseLog &log);

// The figures and ratings of a played (and projected) run.
void evaluateExercise(const Plan &plan, const ExercisePackage &package, const ExerciseLog *log,
                      const ExerciseEngine &projected, const RuleProfile &profile,
                      ExerciseRun &run);

} // namespace tranche
