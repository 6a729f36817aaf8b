#pragma once
// Opening and saving plans by file name: .tranche (SQLite) or .json
// (interchange), chosen by suffix, with bundled scenarios under ":/scenarios".

#include "io/problem.h"
#include "model/plan.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tranche {

// A plan read from a file, or every problem that kept it from being read.
struct OpenResult
{
    std::optional<Plan> plan;
    QString file;            // the path as messages show it (native separators)
    QList<Problem> problems; // never empty when plan is not set
    QStringList notes;       // for the user, on success: e.g. an unfinished change that was undone
    bool ok() const { return plan.has_value(); }
    // "FILE: /pointer: reason", one line a problem.
    QStringList errorLines() const { return formatProblemLines(file, problems); }
};

OpenResult openPlan(const QString &path);
QString savePlan(const Plan &plan, const QString &path); // empty on success

// Bundled scenarios: resource paths and display names.
struct ScenarioInfo
{
    QString resourcePath; // ":/scenarios/dprk-2018.json"
    QString title;
};
QList<ScenarioInfo> bundledScenarios();
QString defaultScenarioPath(); // the DPRK plan

} // namespace tranche
