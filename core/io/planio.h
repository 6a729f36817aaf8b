#pragma once
// Opening and saving plans by file name: .tranche (SQLite) or .json
// (interchange), chosen by suffix, with bundled scenarios under ":/scenarios".

#include "model/plan.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tranche {

struct OpenResult
{
    std::optional<Plan> plan;
    QStringList errors; // "FILE: /pointer: reason" lines, or one message for a .tranche file
    QStringList notes;  // for the user, on success: e.g. an unfinished change that was undone
    bool ok() const { return plan.has_value(); }
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
