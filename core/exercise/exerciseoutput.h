#pragma once
// The outputs of an exercise run: the JSON of `tranche exercise run` (and of
// the JSON report, with the evaluation), the CSV journal (one row per event)
// and the readable turn-by-turn text account.

#include "exercise/exerciserun.h"

#include <QByteArray>
#include <QString>

namespace tranche {

// Everything an output needs to name things.
struct ExerciseOutputInput
{
    const Plan &plan;
    const ExercisePackage &package;
    const ExerciseLog *log; // may be null
    const ExerciseRun &run;
};

// JSON text: one line per month, fields in the order of the specification.
// withEvaluation adds the log's evaluation
// (ratings, improvements) and the proposed ratings (the JSON report).
QByteArray exerciseJson(const ExerciseOutputInput &in, bool withEvaluation);
// Header `month,turn,type,id/seq,phase,relief,action,amount,role,rationale`, one row per event.
QByteArray exerciseJournalCsv(const ExerciseOutputInput &in);
// One event in words, as the text account and the journal say it (translated).
QString exerciseEventText(const ExerciseOutputInput &in, const ExerciseEvent &e);
// The turn-by-turn account (translated; terminal-safe).
QString exerciseText(const ExerciseOutputInput &in);

} // namespace tranche
