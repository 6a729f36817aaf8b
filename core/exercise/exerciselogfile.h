#pragma once
// The exercise log as a file: written as the JSON `tranche exercise run --log`
// reads (the same form readExerciseLog() checks), atomically through
// QSaveFile, beside its package as NAME.log.json. A .tranche package also
// holds it (tranche_meta 'exercise.log'), and so does a recovery file, so
// that a crash or an unwritable folder loses no decision.

#include "exercise/exerciselog.h"
#include "io/recovery.h"

#include <QByteArray>
#include <QString>

namespace tranche {

// The log's JSON (format, version, package, decisions, evaluation).
QByteArray exerciseLogJson(const ExerciseLog &log, const Plan &plan,
                           const ExercisePackage &package);
// Writes it to path; empty on success, else the translated reason.
QString saveExerciseLog(const QString &path, const ExerciseLog &log, const Plan &plan,
                        const ExercisePackage &package);
// Writes a log's JSON as it is to path, atomically; empty on success, else why.
QString writeExerciseLogFile(const QString &path, const QByteArray &json);
// Where the log of the package at packagePath lives: NAME.log.json beside it.
QString exerciseLogPath(const QString &packagePath);

// The number of decisions of a log's JSON; -1 when it is not a log's JSON.
int exerciseLogLength(const QByteArray &json);

// Before an exercise is reopened: the longest of the log at logPath, the log a
// .tranche package holds and the log of a recovery file left for the package
// (most decisions; the file at logPath on a tie) is written to logPath, so
// that play continues where it stopped. Empty on success, else why.
QString restoreExerciseLog(const QString &packagePath, const QString &logPath,
                           const RecoveryStore &recovery = RecoveryStore());

// Keeps an exercise's log after every decision: atomically at logPath, in the
// package when it is a .tranche, and in a recovery file of the package's plan
// with its log (removed when the keeper is destroyed, i.e. on a clean close;
// after a crash it is offered back like any unsaved plan).
class ExerciseLogKeeper
{
public:
    ExerciseLogKeeper(QString logPath, QString packagePath,
                      RecoveryStore recovery = RecoveryStore());
    ~ExerciseLogKeeper();
    ExerciseLogKeeper(const ExerciseLogKeeper &) = delete;
    ExerciseLogKeeper &operator=(const ExerciseLogKeeper &) = delete;

    // Writes the log everywhere; empty on success, else the first reason.
    QString keep(const ExerciseLog &log, const Plan &plan, const ExercisePackage &package) const;
    // The recovery session id of a package (one per package file).
    static QString recoverySession(const QString &packagePath);

private:
    QString m_logPath;
    QString m_packagePath;
    RecoveryStore m_recovery;
};

} // namespace tranche
