#include "io/planstore.h"

#include "io/filereplace.h"
#include "io/planlimits.h"
#include "io/planschema.h"
#include "io/sqliteconnection.h"
#include "io/storecheck.h"
#include "io/storecopy.h"
#include "io/validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// The first 100 bytes of every SQLite database file (https://www.sqlite.org/fileformat.html).
constexpr qint64 kSqliteHeaderBytes = 100;
constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

// Checks the page size and page count the header gives against the file's size.
// An unfinished change (a non-empty "-journal" beside the file) may have left the
// size half changed: SQLite undoes it in the private copy, so only the page size
// is checked then.
QString checkPages(const QString &path, const QString &name, const QByteArray &header, qint64 size)
{
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        return QCoreApplication::translate(
                   "tranche",
                   "%1 is damaged: the SQLite header gives an invalid page size (%2) at bytes "
                   "16-17.")
            .arg(name)
            .arg(pageSize);
    }
    if (QFileInfo(QFileInfo(path).canonicalFilePath() + u"-journal"_s).size() > 0)
        return {};
    if (size % pageSize != 0) {
        return QCoreApplication::translate(
                   "tranche",
                   "%1 is truncated or damaged: its %2 bytes are not a whole number of %3-byte "
                   "pages.")
            .arg(name)
            .arg(size)
            .arg(pageSize);
    }
    // The in-header page count is valid when "version-valid-for" (bytes 92-95)
    // equals the change counter (bytes 24-27).
    const quint32 pageCount = bigEndian32(header, 28);
    if (pageCount != 0 && bigEndian32(header, 92) == bigEndian32(header, 24) &&
        qint64(pageCount) * pageSize > size) {
        return QCoreApplication::translate(
                   "tranche",
                   "%1 is truncated: the SQLite header (bytes 28-31) says %2 pages of %3 bytes, "
                   "but the file ends after %4 bytes.")
            .arg(name)
            .arg(pageCount)
            .arg(pageSize)
            .arg(size);
    }
    return {};
}

// Checks what can be checked without SQLite: a regular file, not too large, the
// SQLite header, and a size that matches the page size and page count the header gives.
QString checkFile(const QString &path, const QString &name, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate("tranche", "Cannot open %1: the file does not exist.")
            .arg(name);
    if (info.isDir())
        return QCoreApplication::translate("tranche",
                                           "Cannot open %1: it is a folder, not a plan file.")
            .arg(name);
    if (!info.isFile())
        return QCoreApplication::translate("tranche", "Cannot open %1: it is not a regular file.")
            .arg(name);
    const qint64 size = info.size();
    if (size == 0)
        return QCoreApplication::translate("tranche",
                                           "%1 is empty (0 bytes): it is not a Tranche plan.")
            .arg(name);
    if (size > maxBytes) {
        return QCoreApplication::translate(
                   "tranche",
                   "%1 is too large to be a Tranche plan (%2 bytes; the limit is %3 bytes).")
            .arg(name)
            .arg(size)
            .arg(maxBytes);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("tranche", "Cannot open %1: %2")
            .arg(name, file.errorString());
    const QByteArray header = file.read(kSqliteHeaderBytes);
    if (!header.startsWith(QByteArrayView(kSqliteMagic, sizeof kSqliteMagic))) {
        const QByteArrayView magic(kSqliteMagic, sizeof kSqliteMagic);
        if (header.size() < magic.size() && magic.startsWith(header)) {
            return QCoreApplication::translate(
                       "tranche",
                       "%1 is truncated: it has only %2 bytes, fewer than a SQLite header.")
                .arg(name)
                .arg(size);
        }
        return QCoreApplication::translate(
                   "tranche",
                   "%1 is not a Tranche plan: it is not a SQLite database (bytes 0-15 are not "
                   "the SQLite header).")
            .arg(name);
    }
    if (header.size() < kSqliteHeaderBytes) {
        return QCoreApplication::translate(
                   "tranche",
                   "%1 is truncated: it has only %2 bytes, fewer than the %3 of a SQLite header.")
            .arg(name)
            .arg(size)
            .arg(kSqliteHeaderBytes);
    }
    return checkPages(path, name, header, size);
}

QString damaged(const QString &name, const QString &why)
{
    return QCoreApplication::translate("tranche", "%1 is damaged or unreadable: %2").arg(name, why);
}

QString notTranche(const QString &name)
{
    return QCoreApplication::translate("tranche", "%1 is a SQLite database but not a Tranche plan.")
        .arg(name);
}

// The first statements make SQLite read the schema (page 1 after the header)
// and, in the private copy, apply a write-ahead log or undo an unfinished change.
QString unreadableSchema(const StoreCopy &copy, const QString &name, const QString &error)
{
    if (const QString sidecar = copy.sidecarFailure(error); !sidecar.isEmpty())
        return sidecar;
    return damaged(name, QCoreApplication::translate(
                             "tranche", "the schema (sqlite_master, page 1) cannot be read: %1")
                             .arg(error));
}

// What the header and sqlite_master say, before any table is read.
struct Identity
{
    qint64 applicationId = 0;
    qint64 userVersion = 0;
    QList<storecheck::SchemaEntry> schema;
    int matchedVersion = -1; // the schema version whose tables the file has exactly
};

// Checks that the file is a Tranche plan whose tranche_meta can be read safely.
QString identify(const SqliteConnection &db, const StoreCopy &copy, const QString &name,
                 Identity *id)
{
    // https://www.sqlite.org/security.html: check cell sizes; no memory-mapped I/O.
    for (const auto &pragma : {u"PRAGMA cell_size_check = ON"_s, u"PRAGMA mmap_size = 0"_s}) {
        QString ignored;
        db.scalar(pragma, &ignored); // some return no row; errors show up below
    }
    QString error;
    id->applicationId = db.scalar(u"PRAGMA application_id"_s, &error).toLongLong();
    if (error.isEmpty())
        id->userVersion = db.scalar(u"PRAGMA user_version"_s, &error).toLongLong();
    if (error.isEmpty())
        storecheck::readSchema(db, &id->schema, &error);
    if (!error.isEmpty())
        return unreadableSchema(copy, name, error);
    bool metaTable = false;
    for (const storecheck::SchemaEntry &e : std::as_const(id->schema))
        metaTable = metaTable || (e.type == u"table" && e.name == u"tranche_meta");
    // Schema 0 files predate the application id; they are known by tranche_meta.
    const bool ours = id->applicationId == planschema::kApplicationId;
    if (!ours && (id->applicationId != 0 || !metaTable))
        return notTranche(name);
    if (const QStringList code = storecheck::codeEntries(id->schema); !code.isEmpty()) {
        return QCoreApplication::translate(
                   "tranche",
                   "%1 is refused: it contains SQL code (%2), which a Tranche plan never has.")
            .arg(name, code.join(u", "_s));
    }
    if (const QString meta = storecheck::checkMetaTable(id->schema, name); !meta.isEmpty())
        return meta;
    for (int v = 0; v <= kPlanSchemaVersion && id->matchedVersion < 0; ++v) {
        if (storecheck::compareSchema(db, id->schema, v, name).isEmpty())
            id->matchedVersion = v;
    }
    return {};
}

// SQLite's integrity check, run only on a schema that is exactly Tranche's.
QString checkIntegrity(const SqliteConnection &db, const QString &name)
{
    QString error;
    // A damaged file makes the check report rows and then fail: report both.
    QStringList integrity;
    for (const QString &row : db.column(u"PRAGMA integrity_check(10)"_s, &error)) {
        for (const QString &line : row.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(u"*** in database"_s))
                integrity.append(line.trimmed());
        }
    }
    if (integrity == QStringList{u"ok"_s} && error.isEmpty())
        return {};
    if (!error.isEmpty())
        integrity.append(error.trimmed());
    return QCoreApplication::translate("tranche",
                                       "%1 is damaged: SQLite's integrity check reports: %2")
        .arg(name, integrity.join(u"; "_s));
}

// Reads tranche_meta (a table checked to be exactly Tranche's) and checks its keys.
QString readMeta(const SqliteConnection &db, const QString &name, QHash<QString, QString> *meta)
{
    QSqlQuery q(db.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT key, value FROM tranche_meta"_s))
        return damaged(name, q.lastError().text());
    const QStringList known = {u"application"_s, u"schema_version"_s,
                               QLatin1StringView(storecheck::kChecksumKey).toString(),
                               QLatin1StringView(kExerciseLogKey).toString()};
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (!known.contains(key)) {
            return damaged(name, QCoreApplication::translate(
                                     "tranche", "tranche_meta has an unknown key \u201c%1\u201d")
                                     .arg(key.left(64)));
        }
        meta->insert(key, q.value(1).toString());
    }
    if (q.lastError().isValid())
        return damaged(name, q.lastError().text());
    return {};
}

// Checks the schema version tranche_meta gives against the header and the tables.
QString checkVersion(const SqliteConnection &db, const Identity &id,
                     const QHash<QString, QString> &meta, const QString &name, int *version)
{
    if (meta.value(u"application"_s) != QLatin1StringView(planschema::kApplicationName))
        return notTranche(name);
    bool isNumber = false;
    const int schema = meta.value(u"schema_version"_s).toInt(&isNumber);
    if (!isNumber || schema < 0) {
        return damaged(name,
                       QCoreApplication::translate(
                           "tranche", "tranche_meta has no valid schema_version (\u201c%1\u201d)")
                           .arg(meta.value(u"schema_version"_s).left(64)));
    }
    if (schema > kPlanSchemaVersion) {
        return QCoreApplication::translate(
                   "tranche",
                   "%1 was written by a newer Tranche (schema %2; this version reads up to %3).")
            .arg(name)
            .arg(schema)
            .arg(kPlanSchemaVersion);
    }
    if (schema != id.matchedVersion) {
        const QString differs = storecheck::compareSchema(db, id.schema, schema, name);
        if (!differs.isEmpty())
            return differs;
    }
    const bool ours = id.applicationId == planschema::kApplicationId;
    if (schema >= 1 && (!ours || id.userVersion != schema)) {
        return damaged(name,
                       QCoreApplication::translate(
                           "tranche", "tranche_meta says schema %1 but the SQLite header says "
                                      "application id %2, user version %3")
                           .arg(schema)
                           .arg(id.applicationId)
                           .arg(id.userVersion));
    }
    *version = schema;
    return {};
}

QString overLimitMessage(const QString &name, const QString &limit)
{
    return QCoreApplication::translate("tranche",
                                       "%1 is refused: it is over a limit of Tranche plans: %2.")
        .arg(name, limit);
}

// Checks an open file before any of its rows is read as a plan: identity, no
// SQL of its own (the schema is exactly one Tranche writes), integrity, a known
// schema version. Sets *version and *checksum (empty for files without one).
QString checkDatabase(const SqliteConnection &db, const StoreCopy &copy, const QString &name,
                      int *version, QString *checksum)
{
    Identity id;
    if (const QString error = identify(db, copy, name, &id); !error.isEmpty())
        return error;
    if (id.matchedVersion >= 0) {
        // Limits first: counting stops at the limit, the integrity check reads everything.
        bool overLimit = false;
        const QString rows = storecheck::checkRowLimits(db, id.matchedVersion, &overLimit);
        if (overLimit)
            return overLimitMessage(name, rows);
        if (const QString error = checkIntegrity(db, name); !error.isEmpty())
            return error;
    }
    QHash<QString, QString> meta;
    if (const QString error = readMeta(db, name, &meta); !error.isEmpty())
        return error;
    if (const QString error = checkVersion(db, id, meta, name, version); !error.isEmpty())
        return error;
    *checksum = meta.value(QLatin1StringView(storecheck::kChecksumKey));
    return {};
}

// Refuses files over the limits and files whose content differs from their checksum.
QString checkContent(const SqliteConnection &db, int version, const QString &checksum,
                     const QString &name)
{
    const storecheck::ContentScan scan = storecheck::scanContent(db, version);
    if (scan.overLimit)
        return overLimitMessage(name, scan.error);
    if (!scan.error.isEmpty())
        return damaged(name, scan.error);
    if (!checksum.isEmpty() && checksum.toLatin1() != scan.sha256Hex) {
        return QCoreApplication::translate(
                   "tranche",
                   "%1 is damaged: its content does not match the checksum saved with it "
                   "(tranche_meta %2), so some of it changed after it was saved.")
            .arg(name, QLatin1StringView(storecheck::kChecksumKey));
    }
    return {};
}

// Brings an open read-write copy from schema `from` to kPlanSchemaVersion.
QString migrate(const SqliteConnection &db, int from)
{
    QString error;
    for (int v = from; v < kPlanSchemaVersion; ++v) {
        const planschema::Migration *step = nullptr;
        for (const planschema::Migration &m : planschema::migrations()) {
            if (m.fromVersion == v)
                step = &m;
        }
        if (!step)
            return QCoreApplication::translate("tranche", "no migration from schema %1").arg(v);
        QSqlDatabase database = db.database();
        if (!database.transaction())
            return database.lastError().text();
        QStringList statements = step->statements;
        statements.append(
            u"UPDATE tranche_meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(v + 1));
        statements.append(u"PRAGMA user_version = %1"_s.arg(v + 1));
        statements.append(u"PRAGMA application_id = %1"_s.arg(planschema::kApplicationId));
        for (const QString &sql : std::as_const(statements)) {
            if (!db.exec(sql, &error)) {
                database.rollback();
                return QCoreApplication::translate("tranche", "schema %1 to %2: %3")
                    .arg(v)
                    .arg(v + 1)
                    .arg(error);
            }
        }
        if (!database.commit())
            return database.lastError().text();
    }
    return {};
}

PlanLoadResult fail(const QString &error)
{
    PlanLoadResult result;
    result.error = error;
    return result;
}

// The exercise log a package holds (tranche_meta, key kExerciseLogKey); "" when none.
bool readStoredLog(const SqliteConnection &db, QString *log, QString *error)
{
    QSqlQuery q(db.database());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT value FROM tranche_meta WHERE key = ?"_s)) {
        *error = q.lastError().text();
        return false;
    }
    q.addBindValue(QLatin1StringView(kExerciseLogKey).toString());
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    *log = q.next() ? q.value(0).toString() : QString();
    return true;
}

// Stores the exercise log (nothing when it is empty); "" on success, else why.
QString writeStoredLog(const SqliteConnection &db, const QString &log)
{
    if (log.isEmpty())
        return {};
    QSqlQuery q(db.database());
    if (!q.prepare(u"INSERT INTO tranche_meta (key, value) VALUES (?, ?)"_s))
        return q.lastError().text();
    q.addBindValue(QLatin1StringView(kExerciseLogKey).toString());
    q.addBindValue(log);
    return q.exec() ? QString() : q.lastError().text();
}

// Reads a checked file of the current schema.
PlanLoadResult readChecked(const SqliteConnection &db, const QString &name, InvalidPlans invalid)
{
    QString why;
    std::optional<Plan> plan = planschema::readPlan(db, &why);
    if (!plan || !readStoredLog(db, &plan->exerciseLog, &why))
        return fail(damaged(name, why));
    PlanLoadResult result;
    // The limits once more on the plan as read (what a table's rows cannot show).
    result.problems = checkPlanLimits(*plan);
    if (!result.problems.isEmpty()) {
        result.error = overLimitMessage(name, result.problems.constFirst().reason);
        return result;
    }
    result.problems = validatePlan(*plan);
    if (!result.problems.isEmpty() && invalid == InvalidPlans::Refuse) {
        result.error = QCoreApplication::translate("tranche", "%1 is not a valid plan:").arg(name);
        return result;
    }
    result.plan = std::move(plan);
    return result;
}

// Reads path through a private copy; an older schema is upgraded in the copy,
// so the user's file and its folder are never written on open.
PlanLoadResult loadWithLimit(const QString &path, qint64 maxBytes, InvalidPlans invalid)
{
    const QString name = displayName(path);
    if (const QString error = checkFile(path, name, maxBytes); !error.isEmpty())
        return fail(error);
    const StoreCopy copy(path, name, maxBytes);
    if (!copy.error().isEmpty())
        return fail(copy.error());
    const SqliteConnection db(copy.file(), SqliteConnection::Mode::ReadWrite);
    if (!db.isOpen())
        return fail(
            QCoreApplication::translate("tranche", "Cannot open %1: %2").arg(name, db.openError()));
    int version = -1;
    QString checksum;
    if (const QString error = checkDatabase(db, copy, name, &version, &checksum); !error.isEmpty())
        return fail(error);
    if (const QString error = checkContent(db, version, checksum, name); !error.isEmpty())
        return fail(error);
    if (const QString error = migrate(db, version); !error.isEmpty()) {
        return fail(
            QCoreApplication::translate("tranche", "%1 could not be upgraded from schema %2: %3")
                .arg(name)
                .arg(version)
                .arg(error));
    }
    PlanLoadResult result = readChecked(db, name, invalid);
    if (result.ok() && !copy.note().isEmpty())
        result.notes.append(copy.note());
    return result;
}

// Builds the file's bytes in memory: the schema, the plan and its checksum.
QString buildDatabase(const Plan &plan, QByteArray *bytes)
{
    const SqliteConnection db(QString(), SqliteConnection::Mode::Memory);
    if (!db.isOpen())
        return db.openError();
    QString error;
    QSqlDatabase database = db.database();
    if (!database.transaction())
        return database.lastError().text();
    const auto rollback = [&](const QString &why) {
        database.rollback();
        return why;
    };
    if (!db.exec(u"PRAGMA application_id = %1"_s.arg(planschema::kApplicationId), &error) ||
        !db.exec(u"PRAGMA user_version = %1"_s.arg(kPlanSchemaVersion), &error))
        return rollback(error);
    error = planschema::writePlan(db, plan);
    if (error.isEmpty())
        error = writeStoredLog(db, plan.exerciseLog);
    if (!error.isEmpty())
        return rollback(error);
    const storecheck::ContentScan scan = storecheck::scanContent(db, kPlanSchemaVersion);
    if (!scan.error.isEmpty())
        return rollback(scan.error);
    if (!db.exec(
            u"INSERT INTO tranche_meta (key, value) VALUES ('%1', '%2')"_s.arg(
                QLatin1StringView(storecheck::kChecksumKey), QLatin1StringView(scan.sha256Hex)),
            &error))
        return rollback(error);
    if (!database.commit())
        return rollback(database.lastError().text());
    *bytes = db.serialize();
    if (bytes->isEmpty())
        return QCoreApplication::translate("tranche", "SQLite could not serialize the plan");
    return {};
}

} // namespace

PlanLoadResult loadPlanFile(const QString &path, InvalidPlans invalid)
{
    return loadWithLimit(path, kMaxPlanFileBytes, invalid);
}

QString savePlanFile(const Plan &plan, const QString &path)
{
    const QString name = displayName(path);
    // Saving through a symbolic link replaces the file it points to, not the link.
    const QFileInfo link(path);
    const QFileInfo target(link.isSymLink() ? link.symLinkTarget() : link.absoluteFilePath());
    const QDir folder = target.absoluteDir();
    if (!folder.exists()) {
        return QCoreApplication::translate("tranche",
                                           "Cannot save %1: the folder %2 does not exist.")
            .arg(name, displayName(folder.path()));
    }
    if (target.isDir())
        return QCoreApplication::translate("tranche", "Cannot save %1: it is a folder.").arg(name);
    QByteArray bytes;
    if (const QString error = buildDatabase(plan, &bytes); !error.isEmpty())
        return QCoreApplication::translate("tranche", "Cannot save %1: %2").arg(name, error);
    return replaceFileContents(target.absoluteFilePath(), bytes, name);
}

} // namespace tranche
