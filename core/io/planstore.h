#pragma once
// The .tranche file: a SQLite database read and written through Qt SQL
// (QSQLITE). Versioned schema with migrations. Saving builds the database in
// memory, writes it to a new file beside the target and atomically renames it
// over the old one. Every file is untrusted and read through a private copy
// (with its write-ahead log or unfinished journal): non-SQLite files, other
// programs' databases, schemas that are not exactly Tranche's, newer schema
// versions, files over the limits of docs/storage.md, damaged files and files
// whose content does not match their saved checksum are refused with a clear
// message (docs/storage.md).

#include "io/problem.h"
#include "model/plan.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tranche {

inline constexpr int kPlanSchemaVersion = 3;
inline constexpr qint64 kMaxPlanFileBytes = 256 * 1024 * 1024;
// The tranche_meta key of the exercise log a package holds (Plan::exerciseLog).
inline constexpr char kExerciseLogKey[] = "exercise.log";

struct PlanLoadResult
{
    std::optional<Plan> plan;
    QString error; // translated, says where and why; empty on success
    // When the file was read but the plan breaks the format's rules: each
    // problem with its pointer. Refused (InvalidPlans::Refuse): error then only
    // says the plan is not valid; kept (InvalidPlans::Keep): the plan is set too.
    QList<Problem> problems;
    QStringList notes; // translated; e.g. an unfinished change that was undone
    bool ok() const { return plan.has_value(); }
};

// What loading does with a readable plan that fails validation: refuse it (a
// user's file), or return it with its problems (a recovery file, whose unsaved
// work must never be lost).
enum class InvalidPlans { Refuse, Keep };

PlanLoadResult loadPlanFile(const QString &path, InvalidPlans invalid = InvalidPlans::Refuse);
// Returns an empty string on success, else the translated reason. The file at
// path is either the old one or the complete new one, never a mix.
QString savePlanFile(const Plan &plan, const QString &path);

} // namespace tranche
