#pragma once
// A scoped Qt SQL connection to one SQLite file: a unique connection name,
// closed and removed (QSqlDatabase::removeDatabase) when it goes out of scope.
// Internal to the .tranche storage; every QSqlQuery made on it must be
// destroyed before the connection is.

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tranche {

// Limits set on every connection (sqlite3_limit): no value, row or statement
// can grow past them, whatever a file's schema or content asks for.
inline constexpr int kSqliteMaxLength = 16 * 1024 * 1024; // a string, blob or row, in bytes
inline constexpr int kSqliteMaxColumns = 64;

// One SQLite file opened through the QSQLITE driver for the life of the object,
// hardened for untrusted files: the path is never read as a URI (it is made
// absolute), SQLITE_DBCONFIG_DEFENSIVE is on, views and triggers are disabled,
// the schema is untrusted and lengths, columns, expressions and attachments are
// limited. Memory opens a private in-memory database (no file).
class SqliteConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite, Memory };

    SqliteConnection(const QString &file, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    QString openError() const { return m_error; } // translated; empty when open
    QSqlDatabase database() const;

    // The whole database as the bytes of a SQLite file (sqlite3_serialize);
    // empty on failure. Used to write a plan built in memory.
    QByteArray serialize() const;

    // Runs one statement; on failure returns false and sets *error to the
    // driver's text (when error is not null).
    bool exec(const QString &sql, QString *error = nullptr) const;
    // Runs a query returning one value (e.g. a PRAGMA); nullopt-like invalid
    // QVariant with *error set on failure.
    QVariant scalar(const QString &sql, QString *error = nullptr) const;
    // Every row's first column of a query, as text.
    QStringList column(const QString &sql, QString *error = nullptr) const;

private:
    QString harden();

    QString m_name;
    QString m_error;
};

} // namespace tranche
