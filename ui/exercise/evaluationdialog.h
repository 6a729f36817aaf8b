#pragma once
// The evaluation of a played exercise, entered by the evaluators: a final
// rating (P, S, M or U) per objective beside the rating the figures propose,
// and the improvement plan's rows (observation, recommendation, owner, due).
// Saved with the log (its `evaluation`); the after-action report drops DRAFT
// once every objective has a rating.

#include "exercise/exerciselog.h"
#include "exercise/exerciserun.h"

#include <QDialog>

class QTableWidget;

namespace tranche {

class EvaluationDialog : public QDialog
{
    Q_OBJECT
public:
    EvaluationDialog(const ExercisePackage &package, const ExerciseRun &run, const ExerciseLog &log,
                     QWidget *parent = nullptr);

    // Objective id -> P|S|M|U, for the objectives given a rating.
    QMap<QString, QString> ratings() const;
    // The improvement plan's rows, blank rows left out.
    QList<Improvement> improvements() const;

private:
    QWidget *buildRatings(const ExercisePackage &package, const ExerciseRun &run,
                          const ExerciseLog &log);
    QWidget *buildImprovements(const ExerciseLog &log);
    void addImprovement(const Improvement &row);

    QTableWidget *m_ratings = nullptr;
    QTableWidget *m_improvements = nullptr;
    QStringList m_objectives;
};

} // namespace tranche
