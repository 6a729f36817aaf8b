#pragma once
// `tranche exercise validate|run|report`: the tabletop exercise, headless.
//
//   tranche exercise validate PACKAGE                     0 valid / 2
//   tranche exercise run PACKAGE [--log LOG] [--format json|text]   0 / 2
//   tranche exercise report PACKAGE --log LOG -o AAR.json|.csv      0 / 2
//
// Bad input: every problem at once as `FILE: /json/pointer: reason` on err,
// nothing on out, exit 2. The PDF report is refused until the exercise window
// brings it.

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace tranche {

// arguments: the whole command line (program, "exercise", sub-command, ...).
int runExerciseCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

int runExerciseValidate(const QString &package, QTextStream &err);
int runExerciseRun(const QString &package, const QString &log, const QString &format,
                   QTextStream &out, QTextStream &err);
int runExerciseReport(const QString &package, const QString &log, const QString &output,
                      QTextStream &err);

} // namespace tranche
