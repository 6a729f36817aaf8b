#pragma once
// Checks of an open .tranche file that run before any of its rows are read as
// a plan: its schema must be exactly one Tranche writes (so no SQL of the file
// ever runs: no generated column, CHECK or DEFAULT expression, expression
// index, virtual table, view or trigger of its own), its tables within the
// documented row and text limits, and its content equal to the checksum saved
// with it. Internal to planstore.cpp.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tranche {

class SqliteConnection;

namespace storecheck {

// The tranche_meta key of the content checksum (SHA-256, hex) since this version.
inline constexpr char kChecksumKey[] = "content_sha256";

// One row of sqlite_master.
struct SchemaEntry
{
    QString type; // table, index, view, trigger
    QString name;
    QString table;
    QString sql; // empty for SQLite's own indexes
    bool operator==(const SchemaEntry &) const = default;
};

// Reads sqlite_master (a plain table: reading it runs nothing). False with
// *error set when it cannot be read.
bool readSchema(const SqliteConnection &db, QList<SchemaEntry> *entries, QString *error);

// "view NAME" / "trigger NAME" for every entry that is SQL code.
QStringList codeEntries(const QList<SchemaEntry> &entries);

// Empty when tranche_meta (the same in every schema version) is exactly the
// table Tranche creates and nothing else is built on it; else the translated
// refusal for the file called `name`.
QString checkMetaTable(const QList<SchemaEntry> &entries, const QString &name);

// Empty when the file's schema is exactly the one Tranche creates for
// schemaVersion; else the translated refusal for the file called `name`.
QString compareSchema(const SqliteConnection &db, const QList<SchemaEntry> &entries,
                      int schemaVersion, const QString &name);

// Counts the rows of each table of a schema version, no further than its limit;
// returns the translated reason for the first table over it (*overLimit set),
// or why a table could not be counted.
QString checkRowLimits(const SqliteConnection &db, int schemaVersion, bool *overLimit);

// Reads every row of a checked file once: refuses tables over their row limit
// (counted first, at once) and text over the text limit, and computes the
// SHA-256 of the content (every table but the checksum itself, in key order,
// every value with its SQL type).
struct ContentScan
{
    QByteArray sha256Hex;
    QString error;          // translated; empty on success
    bool overLimit = false; // the error names a limit (else the file could not be read)
};
ContentScan scanContent(const SqliteConnection &db, int schemaVersion);

} // namespace storecheck
} // namespace tranche
