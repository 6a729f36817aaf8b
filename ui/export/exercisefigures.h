#pragma once
// The evaluation figures X1..X8 of an exercise run as people read them: what
// each measures, its value, its threshold and whether it is met. The
// after-action report and the control desk both print these.

#include "exercise/exerciserun.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tranche {

struct ExerciseFigure
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseFigure)
public:
    QString id; // X1 .. X8
    QString what;
    QString value;
    QString threshold;
    std::optional<bool> met; // none: report only

    // "met", "NOT MET" or "report only".
    QString metText() const;
};

QList<ExerciseFigure> exerciseFigures(const ExerciseRun &run);

} // namespace tranche
