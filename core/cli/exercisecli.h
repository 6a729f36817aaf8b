#pragma once
// `tranche exercise validate|run|report`: the tabletop exercise, headless.
//
//   tranche exercise validate PACKAGE                     0 valid / 2
//   tranche exercise run PACKAGE [--log LOG] [--format json|text]   0 / 2
//   tranche exercise report PACKAGE --log LOG -o AAR.pdf|.json|.csv  0 / 2
//
// Bad input: every problem at once as `FILE: /json/pointer: reason` on err,
// nothing on out, exit 2. The PDF report is written by the window layer: its
// writer is passed in (without one, .pdf is refused).

#include "exercise/exerciseoutput.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace tranche {

// Writes the PDF after-action report of a played run to path; empty on success, else why.
using ExercisePdfWriter =
    std::function<QString(const ExerciseOutputInput &in, const QString &path)>;

// A package read, its log read (when given) and played.
struct PlayedExercise
{
    Plan plan;
    ExercisePackage package;
    std::optional<ExerciseLog> log;
    ExerciseRun run;
    ExerciseOutputInput input() const { return {plan, package, log ? &*log : nullptr, run}; }
};
// nullopt with every problem as `FILE: /pointer: reason` lines in errors.
std::optional<PlayedExercise> playExercise(const QString &package, const QString &log,
                                           QStringList &errors);
// The same for a plan already read (the editor's); planName names it in errors.
std::optional<PlayedExercise> playExercise(Plan plan, const QString &planName, const QString &log,
                                           QStringList &errors);

// arguments: the whole command line (program, "exercise", sub-command, ...).
int runExerciseCli(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   const ExercisePdfWriter &pdf = {});

int runExerciseValidate(const QString &package, QTextStream &err);
int runExerciseRun(const QString &package, const QString &log, const QString &format,
                   QTextStream &out, QTextStream &err);
int runExerciseReport(const QString &package, const QString &log, const QString &output,
                      QTextStream &err, const ExercisePdfWriter &pdf = {});

} // namespace tranche
