#include "io/sqliteconnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

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
    db.setDatabaseName(file);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open()) {
        m_error = db.lastError().text();
        if (m_error.trimmed().isEmpty())
            m_error = QCoreApplication::translate("tranche", "SQLite could not open the file.");
    }
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
