#include "io/planstore.h"

#include "io/planschema.h"
#include "io/sqliteconnection.h"
#include "io/validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <cerrno>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

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

QString damaged(const QString &name, const QString &why)
{
    return QCoreApplication::translate("tranche", "%1 is damaged or unreadable: %2").arg(name, why);
}

QString notTranche(const QString &name)
{
    return QCoreApplication::translate("tranche", "%1 is a SQLite database but not a Tranche plan.")
        .arg(name);
}

// Checks an open file before anything of it is read: defensive settings,
// identity, integrity, no SQL code, a known schema version and its tables.
// Sets *version to the file's schema version on success.
QString checkDatabase(const SqliteConnection &db, const QString &name, int *version)
{
    QString error;
    // https://www.sqlite.org/security.html: untrusted schemas run no functions
    // with side effects; check cell sizes; no memory-mapped I/O.
    for (const auto &pragma : {u"PRAGMA trusted_schema = OFF"_s, u"PRAGMA cell_size_check = ON"_s,
                               u"PRAGMA mmap_size = 0"_s}) {
        QString ignored;
        db.scalar(pragma, &ignored); // some return no row; errors show up below
    }
    // The first statements make SQLite read the schema: page 1 after the header.
    const QString where = QCoreApplication::translate(
        "tranche", "the schema (sqlite_master, page 1) cannot be read: %1");
    const QVariant applicationId = db.scalar(u"PRAGMA application_id"_s, &error);
    if (!error.isEmpty())
        return damaged(name, where.arg(error));
    const QVariant userVersion = db.scalar(u"PRAGMA user_version"_s, &error);
    if (!error.isEmpty())
        return damaged(name, where.arg(error));

    // What the file defines, without running any of it (sqlite_master is a plain table).
    QHash<QString, QString> typeOf; // name -> table | index | view | trigger
    QStringList code;
    {
        QSqlQuery q(db.database());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT type, name FROM sqlite_master"_s))
            return damaged(name, where.arg(q.lastError().text()));
        while (q.next()) {
            const QString type = q.value(0).toString();
            typeOf.insert(q.value(1).toString(), type);
            if (type == u"view" || type == u"trigger")
                code.append(u"%1 %2"_s.arg(type, q.value(1).toString()));
        }
        if (q.lastError().isValid())
            return damaged(name, where.arg(q.lastError().text()));
    }
    const bool ours = applicationId.toLongLong() == planschema::kApplicationId;
    const bool metaTable = typeOf.value(u"tranche_meta"_s) == u"table";
    // Schema 0 files predate the application id; they are known by tranche_meta.
    if (!ours && (applicationId.toLongLong() != 0 || !metaTable))
        return notTranche(name);

    // A damaged file makes the check report rows and then fail: report both.
    QStringList integrity;
    for (const QString &row : db.column(u"PRAGMA integrity_check(10)"_s, &error)) {
        for (const QString &line : row.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(u"*** in database"_s))
                integrity.append(line.trimmed());
        }
    }
    if (integrity != QStringList{u"ok"_s} || !error.isEmpty()) {
        if (!error.isEmpty())
            integrity.append(error.trimmed());
        return QCoreApplication::translate("tranche",
                                           "%1 is damaged: SQLite's integrity check reports: %2")
            .arg(name, integrity.join(u"; "_s));
    }
    if (!metaTable)
        return damaged(name,
                       QCoreApplication::translate("tranche", "the table tranche_meta is missing"));
    if (!code.isEmpty()) {
        return QCoreApplication::translate(
                   "tranche",
                   "%1 is refused: it contains SQL code (%2), which a Tranche plan never has.")
            .arg(name, code.join(u", "_s));
    }

    QHash<QString, QString> meta;
    {
        QSqlQuery q(db.database());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT key, value FROM tranche_meta"_s))
            return damaged(name, q.lastError().text());
        while (q.next())
            meta.insert(q.value(0).toString(), q.value(1).toString());
        if (q.lastError().isValid())
            return damaged(name, q.lastError().text());
    }
    if (meta.value(u"application"_s) != QLatin1StringView(planschema::kApplicationName))
        return notTranche(name);
    bool isNumber = false;
    const int schema = meta.value(u"schema_version"_s).toInt(&isNumber);
    if (!isNumber || schema < 0) {
        return damaged(name,
                       QCoreApplication::translate(
                           "tranche", "tranche_meta has no valid schema_version (\u201c%1\u201d)")
                           .arg(meta.value(u"schema_version"_s)));
    }
    if (schema > kPlanSchemaVersion) {
        return QCoreApplication::translate(
                   "tranche",
                   "%1 was written by a newer Tranche (schema %2; this version reads up to %3).")
            .arg(name)
            .arg(schema)
            .arg(kPlanSchemaVersion);
    }
    if (schema >= 1 && (!ours || userVersion.toLongLong() != schema)) {
        return damaged(name,
                       QCoreApplication::translate(
                           "tranche", "tranche_meta says schema %1 but the SQLite header says "
                                      "application id %2, user version %3")
                           .arg(schema)
                           .arg(applicationId.toLongLong())
                           .arg(userVersion.toLongLong()));
    }
    for (const QString &table : planschema::tablesOf(schema)) {
        if (typeOf.value(table) != u"table")
            return damaged(
                name, QCoreApplication::translate("tranche", "the table %1 is missing").arg(table));
    }
    *version = schema;
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

// Reads a checked file of the current schema, or a migrated copy of an older one.
PlanLoadResult readChecked(const SqliteConnection &db, const QString &name)
{
    QString why;
    std::optional<Plan> plan = planschema::readPlan(db, &why);
    if (!plan)
        return fail(damaged(name, why));
    QList<Problem> problems = validatePlan(*plan);
    if (!problems.isEmpty()) {
        PlanLoadResult result =
            fail(QCoreApplication::translate("tranche", "%1 is not a valid plan:").arg(name));
        result.problems = std::move(problems);
        return result;
    }
    PlanLoadResult result;
    result.plan = std::move(plan);
    return result;
}

PlanLoadResult loadWithLimit(const QString &path, qint64 maxBytes)
{
    const QString name = displayName(path);
    if (const QString error = checkFile(path, name, maxBytes); !error.isEmpty())
        return fail(error);
    int version = -1;
    {
        const SqliteConnection db(path, SqliteConnection::Mode::ReadOnly);
        if (!db.isOpen())
            return fail(QCoreApplication::translate("tranche", "Cannot open %1: %2")
                            .arg(name, db.openError()));
        if (const QString error = checkDatabase(db, name, &version); !error.isEmpty())
            return fail(error);
        if (version == kPlanSchemaVersion)
            return readChecked(db, name);
    }
    // An older schema: migrate a private copy; the user's file is never written on open.
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(
            QCoreApplication::translate("tranche", "Cannot open %1: no temporary folder (%2).")
                .arg(name, dir.errorString()));
    const QString copy = dir.filePath(u"migrating.tranche"_s);
    if (!QFile::copy(path, copy))
        return fail(QCoreApplication::translate(
                        "tranche", "Cannot open %1: it could not be copied for upgrading.")
                        .arg(name));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const SqliteConnection db(copy, SqliteConnection::Mode::ReadWrite);
    if (!db.isOpen())
        return fail(
            QCoreApplication::translate("tranche", "Cannot open %1: %2").arg(name, db.openError()));
    QString ignored;
    db.exec(u"PRAGMA trusted_schema = OFF"_s, &ignored);
    if (const QString error = migrate(db, version); !error.isEmpty()) {
        return fail(
            QCoreApplication::translate("tranche", "%1 could not be upgraded from schema %2: %3")
                .arg(name)
                .arg(version)
                .arg(error));
    }
    return readChecked(db, name);
}

// A new, empty file beside the target with a name of the form "<path>.tmp-XXXXXX".
QString createTempBeside(const QString &path, QString *tempPath)
{
    for (int attempt = 0; attempt < 64; ++attempt) {
        const QString candidate =
            path + u".tmp-"_s +
            QString::number(QRandomGenerator::global()->bounded(0x1000000), 16)
                .rightJustified(6, u'0');
        QFile file(candidate);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            *tempPath = candidate;
            return {};
        }
        if (!QFileInfo::exists(candidate))
            return file.errorString();
    }
    return QCoreApplication::translate("tranche", "no free temporary file name");
}

QString writeDatabase(const Plan &plan, const QString &file)
{
    const SqliteConnection db(file, SqliteConnection::Mode::ReadWrite);
    if (!db.isOpen())
        return db.openError();
    QString error;
    // The file is private until renamed and deleted on failure: no journal
    // file beside it; durability comes from the fsync before the rename.
    db.scalar(u"PRAGMA journal_mode = MEMORY"_s, &error);
    error.clear();
    if (!db.exec(u"PRAGMA synchronous = OFF"_s, &error))
        return error;
    QSqlDatabase database = db.database();
    if (!database.transaction())
        return database.lastError().text();
    if (!db.exec(u"PRAGMA application_id = %1"_s.arg(planschema::kApplicationId), &error) ||
        !db.exec(u"PRAGMA user_version = %1"_s.arg(kPlanSchemaVersion), &error)) {
        database.rollback();
        return error;
    }
    error = planschema::writePlan(db, plan);
    if (!error.isEmpty()) {
        database.rollback();
        return error;
    }
    if (!database.commit()) {
        error = database.lastError().text();
        database.rollback();
        return error;
    }
    return {};
}

QString syncToDisk(const QString &file)
{
#ifdef Q_OS_UNIX
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return f.errorString();
    if (::fsync(f.handle()) != 0)
        return qt_error_string(errno);
#else
    Q_UNUSED(file)
#endif
    return {};
}

void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder)
#endif
}

// Replaces target by source in one step (rename(2) is atomic on POSIX).
QString replaceFile(const QString &source, const QString &target)
{
#ifdef Q_OS_UNIX
    if (std::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) !=
        0)
        return qt_error_string(errno);
#else
    if (QFileInfo::exists(target) && !QFile::remove(target))
        return QCoreApplication::translate("tranche", "the old file could not be replaced");
    if (!QFile::rename(source, target))
        return QCoreApplication::translate("tranche", "the new file could not be renamed");
#endif
    return {};
}

} // namespace

PlanLoadResult loadPlanFile(const QString &path)
{
    return loadWithLimit(path, kMaxPlanFileBytes);
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

    QString temp;
    if (const QString error = createTempBeside(target.absoluteFilePath(), &temp); !error.isEmpty())
        return QCoreApplication::translate("tranche",
                                           "Cannot save %1: cannot create a file in %2 (%3).")
            .arg(name, displayName(folder.path()), error);
    QString error = writeDatabase(plan, temp);
    if (error.isEmpty())
        error = syncToDisk(temp);
    if (error.isEmpty() && target.exists())
        QFile::setPermissions(temp, QFile::permissions(target.absoluteFilePath()));
    if (error.isEmpty())
        error = replaceFile(temp, target.absoluteFilePath());
    if (!error.isEmpty()) {
        QFile::remove(temp);
        QFile::remove(temp + u"-journal"_s);
        return QCoreApplication::translate("tranche", "Cannot save %1: %2").arg(name, error);
    }
    syncFolder(folder.absolutePath());
    return {};
}

} // namespace tranche
