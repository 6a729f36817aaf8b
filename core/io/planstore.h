#pragma once
// The .tranche file: a SQLite database read and written through Qt SQL
// (QSQLITE). Versioned schema with migrations. Saving writes a complete new
// file beside the target and atomically renames it over the old one. Every
// file is untrusted: non-SQLite files, other programs' databases, newer schema
// versions, damaged or oversized files are refused with a clear message.

#include "model/plan.h"

#include <QString>

#include <optional>

namespace tranche {

inline constexpr int kPlanSchemaVersion = 2;
inline constexpr qint64 kMaxPlanFileBytes = 256 * 1024 * 1024;

struct PlanLoadResult
{
    std::optional<Plan> plan;
    QString error; // translated, says where and why; empty on success
    bool ok() const { return plan.has_value(); }
};

PlanLoadResult loadPlanFile(const QString &path);
// Returns an empty string on success, else the translated reason. The file at
// path is either the old one or the complete new one, never a mix.
QString savePlanFile(const Plan &plan, const QString &path);

} // namespace tranche
