#pragma once
// An exercise being run in the window: the package, the plan, the log so far
// and the run the engine makes of them (the same runExercise() as
// `tranche exercise run`), replayed whenever the log changes. The control
// desk and the public screen both show this one run.

#include "cli/exercisecli.h"

#include <QObject>

#include <memory>

namespace tranche {

class ExerciseSession : public QObject
{
    Q_OBJECT
public:
    // played: a package read and played (with its log, or none: an empty log).
    explicit ExerciseSession(PlayedExercise played, QObject *parent = nullptr);

    // Reads the package and the log (empty: none) and plays; null with errors.
    static std::unique_ptr<ExerciseSession> open(const QString &package, const QString &log,
                                                 QStringList &errors);

    const Plan &plan() const { return m_played.plan; }
    const ExercisePackage &package() const { return m_played.package; }
    const ExerciseLog &log() const { return *m_played.log; }
    const ExerciseRun &run() const { return m_played.run; }
    ExerciseOutputInput input() const { return m_played.input(); }
    // The package file the session was opened from ("" when made from a PlayedExercise).
    const QString &packagePath() const { return m_packagePath; }

    // Replaces the log and replays; emits changed(). Returns the decisions that
    // could not apply ("/decisions/N: why"); then the log is left as it was.
    QList<Problem> setLog(const ExerciseLog &log);

    // The last month played (silent months included); null when none.
    const ExerciseMonth *lastPlayed() const;
    // The months played in turns (not the silent ones before startMonth).
    QList<ExerciseMonth> turnMonths() const;
    // Injects fired so far, in firing order: (month, inject index).
    QList<std::pair<int, int>> firedInjects() const;

signals:
    void changed();

private:
    PlayedExercise m_played;
    QString m_packagePath;
    RuleProfile m_profile;
};

} // namespace tranche
