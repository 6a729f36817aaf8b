#pragma once
// The exercise log: the decisions taken in play (section 4 of the exercise
// specification) and the evaluators' ratings and improvement plan, read and
// checked against the package and the plan as untrusted input.

#include "exercise/exercisepackage.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tranche {

enum class ExerciseRole { Control, Negotiators, Counterpart, Observers };

enum class DecisionType {
    Advance,
    FireInject,
    SkipInject,
    Adjudicate,
    Hold,
    Release,
    OverrideGate,
    Reimpose,
    Extend,
    InvokeSnapback,
    WalkAway,
    Step,
    Cheat,
    Note,
    Observe,
    EndExercise
};
QString toString(DecisionType t);
QString toString(ExerciseRole r);

// One decision of the log, its references resolved.
struct Decision
{
    int seq = 0;
    int turn = 0;
    ExerciseRole role = ExerciseRole::Control;
    DecisionType type = DecisionType::Note;
    int months = 0;             // advance (0: monthsPerTurn), extend
    int inject = -1;            // fire-inject, skip-inject, adjudicate
    int option = -1;            // adjudicate
    PlacementRef placement;     // hold, release, override-gate, reimpose, extend
    QString action;             // step
    std::optional<int> delayTo; // step
    bool reverse = false;       // step
    QString text;               // cheat.note, note.text, observe.text
    QString objective;          // observe
    QString rationale;
    QString author;
    QString wallTime;

    // Step 0 of the turn's first month (control skips and adjudicates first).
    bool isControlFirst() const
    {
        return type == DecisionType::SkipInject || type == DecisionType::Adjudicate;
    }
};

struct Improvement
{
    QString observation;
    QString recommendation;
    QString owner;
    QString due;
};

struct ExerciseLog
{
    QString package; // the package's exercise id
    QList<Decision> decisions;
    QMap<QString, QString> ratings; // objective id -> P|S|M|U
    QList<Improvement> improvements;
};

struct LogReadResult
{
    std::optional<ExerciseLog> log; // set only when problems is empty
    QList<Problem> problems;
};

// Reads the log and checks everything that needs no play: format, seq, turn,
// role, type, fields, ids, rationale, ratings, and that nothing but note,
// observe and end-exercise follows the last month played.
LogReadResult readExerciseLog(const QByteArray &json, const Plan &plan,
                              const ExercisePackage &package);

} // namespace tranche
