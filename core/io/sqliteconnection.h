#pragma once
// A scoped Qt SQL connection to one SQLite file: a unique connection name,
// closed and removed (QSqlDatabase::removeDatabase) when it goes out of scope.
// Internal to the .tranche storage; every QSqlQuery made on it must be
// destroyed before the connection is.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tranche {

// One SQLite file opened through the QSQLITE driver for the life of the object.
class SqliteConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    SqliteConnection(const QString &file, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    QString openError() const { return m_error; } // translated; empty when open
    QSqlDatabase database() const;

    // Runs one statement; on failure returns false and sets *error to the
    // driver's text (when error is not null).
    bool exec(const QString &sql, QString *error = nullptr) const;
    // Runs a query returning one value (e.g. a PRAGMA); nullopt-like invalid
    // QVariant with *error set on failure.
    QVariant scalar(const QString &sql, QString *error = nullptr) const;
    // Every row's first column of a query, as text.
    QStringList column(const QString &sql, QString *error = nullptr) const;

private:
    QString m_name;
    QString m_error;
};

} // namespace tranche
