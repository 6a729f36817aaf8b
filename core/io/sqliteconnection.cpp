#include "io/sqliteconnection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace tranche {

SqliteConnection::SqliteConnection(const QString &file, Mode mode)
    : m_name(u"tranche-sqlite-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    if (!db.isValid()) {
        m_error = QCoreApplication::translate(
            "tranche", "SQLite support (the Qt QSQLITE driver) is not installed.");
        return;
    }
    // An absolute path never starts with "file:", so SQLite cannot take it for a URI.
    db.setDatabaseName(mode == Mode::Memory ? u":memory:"_s : QFileInfo(file).absoluteFilePath());
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open()) {
        m_error = db.lastError().text();
        if (m_error.trimmed().isEmpty())
            m_error = QCoreApplication::translate("tranche", "SQLite could not open the file.");
        return;
    }
    m_error = harden();
}

namespace {

// The sqlite3 handle under a QSQLITE connection (Debian's Qt uses the system
// libsqlite3, the one Tranche links); null when the driver is another.
sqlite3 *rawHandle(const QSqlDatabase &database)
{
    if (!database.isOpen() || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

} // namespace

// https://www.sqlite.org/security.html, set before the schema is first read.
QString SqliteConnection::harden()
{
    sqlite3 *db = rawHandle(database());
    if (!db)
        return QCoreApplication::translate("tranche", "the SQLite connection cannot be secured.");
    for (const int option :
         {SQLITE_DBCONFIG_DEFENSIVE, SQLITE_DBCONFIG_TRUSTED_SCHEMA, SQLITE_DBCONFIG_ENABLE_VIEW,
          SQLITE_DBCONFIG_ENABLE_TRIGGER, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION}) {
        const int on = option == SQLITE_DBCONFIG_DEFENSIVE ? 1 : 0;
        int now = -1;
        if (sqlite3_db_config(db, option, on, &now) != SQLITE_OK || now != on)
            return QCoreApplication::translate("tranche",
                                               "the SQLite connection cannot be secured.");
    }
    const struct
    {
        int id;
        int value;
    } limits[] = {
        {SQLITE_LIMIT_LENGTH, kSqliteMaxLength},
        {SQLITE_LIMIT_SQL_LENGTH, 100000},
        {SQLITE_LIMIT_COLUMN, kSqliteMaxColumns},
        {SQLITE_LIMIT_EXPR_DEPTH, 50},
        {SQLITE_LIMIT_COMPOUND_SELECT, 4},
        {SQLITE_LIMIT_FUNCTION_ARG, 8},
        {SQLITE_LIMIT_ATTACHED, 0},
        {SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50},
        {SQLITE_LIMIT_VARIABLE_NUMBER, 32},
        {SQLITE_LIMIT_TRIGGER_DEPTH, 1},
        {SQLITE_LIMIT_WORKER_THREADS, 0},
    };
    for (const auto &limit : limits)
        sqlite3_limit(db, limit.id, limit.value);
    return {};
}

SqliteConnection::~SqliteConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QByteArray SqliteConnection::serialize() const
{
    sqlite3 *db = rawHandle(database());
    if (!db)
        return {};
    sqlite3_int64 size = 0;
    unsigned char *bytes = sqlite3_serialize(db, "main", &size, 0);
    if (!bytes)
        return {};
    QByteArray image(reinterpret_cast<const char *>(bytes), qsizetype(size));
    sqlite3_free(bytes);
    return image;
}

bool SqliteConnection::exec(const QString &sql, QString *error) const
{
    QSqlQuery query(database());
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QVariant SqliteConnection::scalar(const QString &sql, QString *error) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    if (!query.next()) {
        if (error) {
            *error = query.lastError().isValid()
                         ? query.lastError().text()
                         : QCoreApplication::translate("tranche", "the query returned no row");
        }
        return {};
    }
    return query.value(0);
}

QStringList SqliteConnection::column(const QString &sql, QString *error) const
{
    QStringList rows;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().text();
        return rows;
    }
    while (query.next())
        rows.append(query.value(0).toString());
    if (query.lastError().isValid() && error)
        *error = query.lastError().text();
    return rows;
}

} // namespace tranche
