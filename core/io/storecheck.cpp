#include "io/storecheck.h"

#include "io/planlimits.h"
#include "io/planschema.h"
#include "io/planstore.h"
#include "io/sqliteconnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

#include <bit>
#include <optional>

using namespace Qt::StringLiterals;

namespace tranche::storecheck {

namespace {

constexpr qsizetype kShownSqlChars = 160;

QString describe(const SchemaEntry &e)
{
    if (e.type == u"table" && e.sql.startsWith(u"CREATE VIRTUAL TABLE"_s, Qt::CaseInsensitive))
        return u"virtual table %1"_s.arg(e.name);
    return u"%1 %2"_s.arg(e.type, e.name);
}

QString shortSql(const QString &sql)
{
    const QString simplified = sql.simplified();
    return simplified.size() <= kShownSqlChars ? simplified
                                               : simplified.left(kShownSqlChars) + u"\u2026"_s;
}

// What Tranche's own statements make of sqlite_master, built in memory.
QList<SchemaEntry> referenceSchema(int schemaVersion, QString *error)
{
    QList<SchemaEntry> entries;
    const SqliteConnection memory(QString(), SqliteConnection::Mode::Memory);
    if (!memory.isOpen()) {
        *error = memory.openError();
        return entries;
    }
    for (const QString &sql : planschema::createStatements(schemaVersion)) {
        if (!memory.exec(sql, error))
            return entries;
    }
    readSchema(memory, &entries, error);
    return entries;
}

const SchemaEntry *find(const QList<SchemaEntry> &entries, const QString &type, const QString &name)
{
    for (const SchemaEntry &e : entries) {
        if (e.type == type && e.name == name)
            return &e;
    }
    return nullptr;
}

// The column names of a table (PRAGMA table_xinfo parses the schema, runs nothing).
QStringList columnsOf(const SqliteConnection &db, const QString &table)
{
    QStringList names;
    QSqlQuery q(db.database());
    q.setForwardOnly(true);
    if (q.exec(u"PRAGMA table_xinfo(\"%1\")"_s.arg(table))) {
        while (q.next())
            names.append(q.value(1).toString());
    }
    return names;
}

QString damaged(const QString &name, const QString &why)
{
    return QCoreApplication::translate("tranche", "%1 is damaged or unreadable: %2").arg(name, why);
}

// A table of the right name defined otherwise: a missing column is damage, any
// other difference (a generated column, a CHECK or DEFAULT expression) is refused.
QString tableDiffers(const SqliteConnection &db, const SchemaEntry &file,
                     const SchemaEntry &expected, const QString &name)
{
    QString ignored;
    const SqliteConnection memory(QString(), SqliteConnection::Mode::Memory);
    // A virtual table is never asked for its columns: that would connect its module.
    const bool isVirtual = describe(file).startsWith(u"virtual"_s);
    if (!isVirtual && memory.isOpen() && memory.exec(expected.sql, &ignored)) {
        const QStringList have = columnsOf(db, file.name);
        for (const QString &column : columnsOf(memory, expected.name)) {
            if (!have.contains(column)) {
                return damaged(
                    name, QCoreApplication::translate("tranche", "table %1: no such column: %2")
                              .arg(file.name, column));
            }
        }
    }
    return QCoreApplication::translate("tranche",
                                       "%1 is refused: its table %2 is not defined as Tranche "
                                       "defines it (%3).")
        .arg(name, file.name, shortSql(file.sql));
}

// How each table's rows are ordered and how many a file may have.
struct TableLimit
{
    const char *table;
    const char *orderBy;
    std::optional<PlanLimit> limit; // tranche_meta and plan: a few rows at most
};
constexpr TableLimit kTables[] = {
    {"tranche_meta", "key", std::nullopt},
    {"plan", "id", std::nullopt}, // a second row is reported by the reader
    {"items", "position", PlanLimit::Items},
    {"actions", "position", PlanLimit::Actions},
    {"phases", "position", PlanLimit::Phases},
    {"required_actions", "phase_position, position", PlanLimit::RequiredActions},
    {"placements", "phase_position, position", PlanLimit::Placements},
    {"waivers", "position", PlanLimit::Waivers},
    {"sources", "position", PlanLimit::Sources},
};
constexpr qint64 kMaxSmallTableRows = 16;

// Refuses a table with more rows than its limit, counting no further than that.
QString checkRowCount(const SqliteConnection &db, const TableLimit &t, bool *overLimit)
{
    const qint64 max = t.limit ? planLimit(*t.limit) : kMaxSmallTableRows;
    QString error;
    const QVariant count = db.scalar(
        u"SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT %2)"_s.arg(QLatin1StringView(t.table))
            .arg(max + 1),
        &error);
    if (!error.isEmpty())
        return QCoreApplication::translate("tranche", "table %1: %2")
            .arg(QLatin1StringView(t.table), error);
    if (count.toLongLong() <= max)
        return {};
    *overLimit = true;
    const QString reason =
        t.limit ? limitProblem(*t.limit, QString()).reason
                : QCoreApplication::translate("tranche", "more than %1 rows (the limit)").arg(max);
    return QCoreApplication::translate("tranche", "table %1: %2")
        .arg(QLatin1StringView(t.table), reason);
}

// Adds one value to the digest with its type; refuses a string over the limit
// (limitText: JSON extras are checked string by string once read).
QString addValue(QCryptographicHash &hash, const QVariant &v, bool limitText, bool *overLimit)
{
    QByteArray bytes;
    char tag = 'N';
    if (v.isNull()) {
        tag = 'N';
    } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
        tag = 'I';
        bytes.resize(8);
        qToLittleEndian<qint64>(v.toLongLong(), bytes.data());
    } else if (v.typeId() == QMetaType::Double) {
        tag = 'R';
        bytes.resize(8);
        qToLittleEndian<quint64>(std::bit_cast<quint64>(v.toDouble()), bytes.data());
    } else if (v.typeId() == QMetaType::QByteArray) {
        tag = 'B';
        bytes = v.toByteArray();
    } else {
        tag = 'T';
        bytes = v.toString().toUtf8();
    }
    if (tag == 'T' && limitText && v.toString().size() > planLimit(PlanLimit::StringLength)) {
        *overLimit = true;
        return limitProblem(PlanLimit::StringLength, QString()).reason;
    }
    char length[9];
    length[0] = tag;
    qToLittleEndian<quint64>(quint64(bytes.size()), length + 1);
    hash.addData(QByteArrayView(length, sizeof length));
    hash.addData(bytes);
    return {};
}

QString digestTable(const SqliteConnection &db, const TableLimit &t, QCryptographicHash &hash,
                    bool *overLimit)
{
    const QLatin1StringView table(t.table);
    QSqlQuery q(db.database());
    q.setForwardOnly(true);
    const QString where = table == u"tranche_meta"
                              ? u" WHERE key <> '%1'"_s.arg(QLatin1StringView(kChecksumKey))
                              : QString();
    if (!q.exec(
            u"SELECT * FROM %1%2 ORDER BY %3"_s.arg(table, where, QLatin1StringView(t.orderBy)))) {
        return QCoreApplication::translate("tranche", "table %1: %2")
            .arg(table, q.lastError().text());
    }
    hash.addData(QByteArrayView(t.table, qstrlen(t.table) + 1));
    // The columns once: a record per row costs more than the values.
    const QSqlRecord record = q.record();
    QList<bool> limitText;
    for (int c = 0; c < record.count(); ++c)
        limitText.append(!record.fieldName(c).endsWith(u"extra_json"_s) &&
                         table != u"tranche_meta"); // exercise.log: JSON, like the extras
    for (int row = 1; q.next(); ++row) {
        for (int c = 0; c < limitText.size(); ++c) {
            const QString error = addValue(hash, q.value(c), limitText.at(c), overLimit);
            if (!error.isEmpty()) {
                return QCoreApplication::translate("tranche", "table %1, row %2, column %3: %4")
                    .arg(table)
                    .arg(row)
                    .arg(record.fieldName(c), error);
            }
        }
    }
    if (q.lastError().isValid())
        return QCoreApplication::translate("tranche", "table %1: %2")
            .arg(table, q.lastError().text());
    return {};
}

} // namespace

QString checkRowLimits(const SqliteConnection &db, int schemaVersion, bool *overLimit)
{
    const QStringList tables = planschema::tablesOf(schemaVersion);
    for (const TableLimit &t : kTables) {
        if (tables.contains(QLatin1StringView(t.table))) {
            if (const QString error = checkRowCount(db, t, overLimit); !error.isEmpty())
                return error;
        }
    }
    return {};
}

ContentScan scanContent(const SqliteConnection &db, int schemaVersion)
{
    ContentScan scan;
    scan.error = checkRowLimits(db, schemaVersion, &scan.overLimit);
    if (!scan.error.isEmpty())
        return scan;
    const QStringList tables = planschema::tablesOf(schemaVersion);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const TableLimit &t : kTables) {
        if (tables.contains(QLatin1StringView(t.table))) {
            scan.error = digestTable(db, t, hash, &scan.overLimit);
            if (!scan.error.isEmpty())
                return scan;
        }
    }
    scan.sha256Hex = hash.result().toHex();
    return scan;
}

bool readSchema(const SqliteConnection &db, QList<SchemaEntry> *entries, QString *error)
{
    QSqlQuery q(db.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master"_s)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        entries->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString()});
    }
    if (q.lastError().isValid()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QStringList codeEntries(const QList<SchemaEntry> &entries)
{
    QStringList code;
    for (const SchemaEntry &e : entries) {
        if (e.type == u"view" || e.type == u"trigger")
            code.append(describe(e));
    }
    return code;
}

QString checkMetaTable(const QList<SchemaEntry> &entries, const QString &name)
{
    QString error;
    const QList<SchemaEntry> reference = referenceSchema(kPlanSchemaVersion, &error);
    if (!error.isEmpty())
        return damaged(name, error);
    QList<SchemaEntry> expected;
    for (const SchemaEntry &e : reference) {
        if (e.table == u"tranche_meta")
            expected.append(e);
    }
    QList<SchemaEntry> found;
    for (const SchemaEntry &e : entries) {
        if (e.table == u"tranche_meta" || e.name == u"tranche_meta")
            found.append(e);
    }
    if (!find(found, u"table"_s, u"tranche_meta"_s)) {
        return damaged(name,
                       QCoreApplication::translate("tranche", "the table tranche_meta is missing"));
    }
    for (const SchemaEntry &e : std::as_const(found)) {
        if (!expected.contains(e)) {
            return QCoreApplication::translate(
                       "tranche", "%1 is refused: its %2 is not one Tranche writes (%3).")
                .arg(name, describe(e), shortSql(e.sql));
        }
    }
    return {};
}

QString compareSchema(const SqliteConnection &db, const QList<SchemaEntry> &entries,
                      int schemaVersion, const QString &name)
{
    QString error;
    const QList<SchemaEntry> expected = referenceSchema(schemaVersion, &error);
    if (!error.isEmpty())
        return damaged(name, error);
    QStringList unexpected;
    for (const SchemaEntry &e : entries) {
        const QString what = describe(e);
        if (!find(expected, e.type, e.name) || what.startsWith(u"virtual"_s))
            unexpected.append(what);
    }
    if (!unexpected.isEmpty()) {
        return QCoreApplication::translate(
                   "tranche", "%1 is refused: it contains %2, which a Tranche plan never has.")
            .arg(name, unexpected.join(u", "_s));
    }
    for (const SchemaEntry &e : expected) {
        const SchemaEntry *have = find(entries, e.type, e.name);
        if (!have) {
            return damaged(
                name,
                QCoreApplication::translate("tranche", "the %1 %2 is missing").arg(e.type, e.name));
        }
        if (*have == e)
            continue;
        if (e.type == u"table")
            return tableDiffers(db, *have, e, name);
        return QCoreApplication::translate("tranche",
                                           "%1 is refused: its %2 is not one Tranche writes (%3).")
            .arg(name, describe(*have), shortSql(have->sql));
    }
    return {};
}

} // namespace tranche::storecheck
