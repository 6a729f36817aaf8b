#pragma once
// The tables of a .tranche file (schema version kPlanSchemaVersion), the
// migrations that bring older files up to it, and the row-by-row writing and
// strict reading of a Plan. Internal to planstore.cpp; the untrusted-file
// checks (header, integrity, identity, version) happen there, before this.

#include "model/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tranche {

class SqliteConnection;

namespace planschema {

// PRAGMA application_id of every .tranche file ("TRNC").
inline constexpr int kApplicationId = 0x54524E43;
// The value of tranche_meta's "application" key.
inline constexpr char kApplicationName[] = "tranche";

// One step of the migration chain: brings a file from fromVersion to fromVersion + 1.
struct Migration
{
    int fromVersion = 0;
    QStringList statements;
};
const QList<Migration> &migrations();

// The tables a file of the given schema version has (all must be plain tables).
QStringList tablesOf(int schemaVersion);

// The CREATE TABLE statements of a schema version, exactly as Tranche ran them
// (empty for an unknown version). A file's schema must be exactly these.
QStringList createStatements(int schemaVersion);

// Creates the tables of the current schema and writes the plan, inside the
// caller's transaction. Returns an empty string or the reason for failure.
QString writePlan(const SqliteConnection &db, const Plan &plan);

// Reads a plan from a file of the current schema, checking every value's type
// and range. On failure returns nullopt and sets *error to "table T, row N,
// column C: why" (untranslated parts are SQL names).
std::optional<Plan> readPlan(const SqliteConnection &db, QString *error);

} // namespace planschema
} // namespace tranche
