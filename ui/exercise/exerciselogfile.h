#pragma once
// The exercise log as a file: written as the JSON `tranche exercise run --log`
// reads (the same form readExerciseLog() checks), atomically through
// QSaveFile, beside its package as NAME.log.json.

#include "exercise/exerciselog.h"

#include <QByteArray>
#include <QString>

namespace tranche {

// The log's JSON (format, version, package, decisions, evaluation).
QByteArray exerciseLogJson(const ExerciseLog &log, const Plan &plan,
                           const ExercisePackage &package);
// Writes it to path; empty on success, else the translated reason.
QString saveExerciseLog(const QString &path, const ExerciseLog &log, const Plan &plan,
                        const ExercisePackage &package);
// Where the log of the package at packagePath lives: NAME.log.json beside it.
QString exerciseLogPath(const QString &packagePath);

} // namespace tranche
