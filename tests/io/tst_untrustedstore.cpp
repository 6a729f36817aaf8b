// Tests of .tranche files as untrusted input: schemas with SQL of their own,
// limits, changed content (checksum), write-ahead logs and unfinished journals,
// names that look like SQLite URIs, the hardened connection, and the stale
// temporary files of killed saves.

#include "io/filereplace.h"
#include "io/planio.h"
#include "io/planjson.h"
#include "io/planlimits.h"
#include "io/planstore.h"
#include "io/sqliteconnection.h"
#include "io/storecheck.h"
#include "support/badstores.h"
#include "support/planstoretestdata.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace tranche;
using namespace planstoretest;

namespace {

// A connection of the test's own, left open while the test copies the files.
class OpenFile
{
public:
    explicit OpenFile(const QString &path)
        : m_name(u"open-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~OpenFile()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QString exec(const QStringList &statements) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                return sql + u": "_s + q.lastError().text();
        }
        return {};
    }

private:
    QString m_name;
};

// Copies a file and the sidecars SQLite keeps beside it ("-wal", "-journal").
bool copyWithSidecars(const QString &from, const QString &to)
{
    if (!QFile::copy(from, to))
        return false;
    for (const QString &suffix : {u"-wal"_s, u"-journal"_s}) {
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

// The byte offset of text in a file's bytes (the first occurrence).
qsizetype offsetOf(const QByteArray &bytes, const QString &text)
{
    return bytes.indexOf(text.toUtf8());
}

} // namespace

class TestUntrustedStore : public QObject
{
    Q_OBJECT

private slots:
    void refusesMalformed_data();
    void refusesMalformed();
    void connectionIsHardened_data();
    void connectionIsHardened();
    void uriLikeNameIsAFile();
    void changedTextIsRefused_data();
    void changedTextIsRefused();
    void flippedBytesNeverChangeThePlanQuietly();
    void fileWithoutChecksumOpens();
    void fileOfThePreviousVersionOpens_data();
    void fileOfThePreviousVersionOpens();
    void writeAheadLog_data();
    void writeAheadLog();
    void hotJournalIsUndone();
    void saveRemovesStaleTemporaryFiles();
    void planOverALimitIsNotSaved();
};

void TestUntrustedStore::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QList<badstores::BadStore> stores = badstores::malformedStores(work.path());
    QVERIFY(!stores.isEmpty());
    // TST_UNTRUSTEDSTORE_DUMP=FOLDER keeps the files, to try them on other builds.
    const QString dump = qEnvironmentVariable("TST_UNTRUSTEDSTORE_DUMP");
    for (const badstores::BadStore &bad : stores) {
        QTest::newRow(qPrintable(bad.name)) << bad.bytes << bad.expected;
        if (!dump.isEmpty())
            writeAll(dump + u'/' + QString(bad.name).replace(u' ', u'-') + u".tranche"_s,
                     bad.bytes);
    }
}

void TestUntrustedStore::refusesMalformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"bad.tranche"_s);
    QVERIFY(writeAll(path, bytes));
    const PlanLoadResult result = loadPlanFile(path);
    QVERIFY2(!result.ok(), "the malformed file was accepted");
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY2(result.error.startsWith(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QCOMPARE(readAll(path), bytes);
    QCOMPARE(entries(dir.path()), QStringList{u"bad.tranche"_s});
}

void TestUntrustedStore::connectionIsHardened_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected"); // a fragment of SQLite's error
    QTest::newRow("string longer than the length limit")
        << u"SELECT length(zeroblob(%1))"_s.arg(kSqliteMaxLength + 1) << u"too big"_s;
    QTest::newRow("attach") << u"ATTACH DATABASE ':memory:' AS other"_s << u"too many attached"_s;
    QTest::newRow("writable schema")
        << u"PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = ''"_s
        << u"may not be modified"_s;
    QTest::newRow("too many columns") << u"CREATE TABLE wide (%1)"_s.arg([] {
        QStringList columns;
        for (int i = 0; i <= kSqliteMaxColumns; ++i)
            columns << u"c%1"_s.arg(i);
        return columns.join(u", "_s);
    }()) << u"too many columns"_s;
}

void TestUntrustedStore::connectionIsHardened()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    const SqliteConnection db(QString(), SqliteConnection::Mode::Memory);
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    QString error;
    bool ok = true;
    for (const QString &statement : sql.split(u"; "_s))
        ok = ok && db.exec(statement, &error);
    QVERIFY(!ok);
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestUntrustedStore::uriLikeNameIsAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString current = QDir::currentPath();
    const auto restore = qScopeGuard([&] { QDir::setCurrent(current); });
    QVERIFY(QDir::setCurrent(dir.path()));
    Plan other = smallPlan();
    other.meta.title = u"the other file"_s;
    QCOMPARE(savePlanFile(other, u"x.tranche"_s), QString());
    QCOMPARE(savePlanFile(richPlan(), u"file:x.tranche"_s), QString());
    QCOMPARE(entries(dir.path()), (QStringList{u"file:x.tranche"_s, u"x.tranche"_s}));
    const PlanLoadResult loaded = loadPlanFile(u"file:x.tranche"_s);
    QCOMPARE(loaded.error, QString());
    QCOMPARE(loaded.plan->meta.title, richPlan().meta.title);
    QCOMPARE(loadPlanFile(u"x.tranche"_s).plan->meta.title, other.meta.title);
    // A name SQLite would read as a URI with options names a missing file, nothing else.
    const PlanLoadResult query = loadPlanFile(u"file:x.tranche?mode=memory"_s);
    QVERIFY(!query.ok());
    QVERIFY2(query.error.contains(u"does not exist"_s), qPrintable(query.error));
}

void TestUntrustedStore::changedTextIsRefused_data()
{
    QTest::addColumn<QString>("text"); // a text of the rich plan; one byte of it is changed
    QTest::newRow("note") << u"free text; with 'quotes'"_s;
    QTest::newRow("escrow agent") << u"Bank of China, Dandong branch"_s;
    QTest::newRow("item name") << u"Designation of the Korean People's Army"_s;
    QTest::newRow("waiver justification") << u"Whole plan"_s;
    QTest::newRow("classification") << u"SECRET//REL TO USA, KOR"_s;
    QTest::newRow("extra json") << u"generator 2"_s;
}

void TestUntrustedStore::changedTextIsRefused()
{
    QFETCH(QString, text);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plan.tranche"_s);
    QCOMPARE(savePlanFile(richPlan(), path), QString());
    QByteArray bytes = readAll(path);
    const qsizetype at = offsetOf(bytes, text);
    QVERIFY(at > 0);
    bytes[at + 1] = char(bytes.at(at + 1) ^ 0x01); // still text, another letter
    QVERIFY(writeAll(path, bytes));
    const PlanLoadResult result = loadPlanFile(path);
    QVERIFY2(!result.ok(), "a plan with a changed text was opened");
    QVERIFY2(result.error.contains(u"does not match the checksum saved with it"_s),
             qPrintable(result.error));
}

void TestUntrustedStore::flippedBytesNeverChangeThePlanQuietly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plan.tranche"_s);
    QCOMPARE(savePlanFile(richPlan(), path), QString());
    const QByteArray valid = readAll(path);
    // Every 61st byte after the file header, each flipped alone: refused, or the same plan.
    int refused = 0;
    int opened = 0;
    for (qsizetype at = 100; at < valid.size(); at += 61) {
        QByteArray bytes = valid;
        bytes[at] = char(~bytes.at(at));
        QVERIFY(writeAll(path, bytes));
        const PlanLoadResult result = loadPlanFile(path);
        if (!result.ok()) {
            ++refused;
            continue;
        }
        ++opened;
        QVERIFY2(*result.plan == richPlan(), qPrintable(u"byte %1 changed the plan"_s.arg(at)));
    }
    QVERIFY(refused > 0);
    qInfo("%d flipped bytes refused, %d changed nothing the plan holds", refused, opened);
}

void TestUntrustedStore::fileWithoutChecksumOpens()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plan.tranche"_s);
    QCOMPARE(savePlanFile(richPlan(), path), QString());
    QCOMPARE(execSql(path, {u"SELECT value FROM tranche_meta WHERE key = 'content_sha256'"_s}),
             QString());
    QCOMPARE(execSql(path, {u"DELETE FROM tranche_meta WHERE key = 'content_sha256'"_s}),
             QString());
    const PlanLoadResult loaded = loadPlanFile(path);
    QCOMPARE(loaded.error, QString());
    QCOMPARE(*loaded.plan, richPlan());
}

void TestUntrustedStore::fileOfThePreviousVersionOpens_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("json");
    QTest::newRow("schema 1") << u"v1.sql"_s << u"base.json"_s;
    // Schema 2 kept decisionAsked, sources and valueQuantified among the
    // unknown fields: the upgrade moves them into their columns and table.
    QTest::newRow("schema 2") << u"v2.sql"_s << u"briefing.json"_s;
}

void TestUntrustedStore::fileOfThePreviousVersionOpens()
{
    QFETCH(QString, script);
    QFETCH(QString, json);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"previous.tranche"_s);
    QCOMPARE(execSql(path, sqlStatements(fixture(script))), QString());
    const PlanLoadResult loaded = loadPlanFile(path);
    QCOMPARE(loaded.error, QString());
    const PlanReadResult read =
        readPlanJsonFile(QStringLiteral(TRANCHE_FIXTURES) + u"/json/"_s + json);
    QVERIFY(read.ok());
    QVERIFY(loaded.plan->meta.extra.isEmpty());
    QCOMPARE(*loaded.plan, *read.plan);
}

void TestUntrustedStore::writeAheadLog_data()
{
    QTest::addColumn<bool>("schema0");
    QTest::addColumn<bool>("readOnlyFolder");
    QTest::newRow("schema 1") << false << false;
    QTest::newRow("schema 1, read-only folder") << false << true;
    QTest::newRow("schema 0 (upgraded)") << true << false;
    QTest::newRow("schema 0, read-only folder") << true << true;
}

void TestUntrustedStore::writeAheadLog()
{
    QFETCH(bool, schema0);
    QFETCH(bool, readOnlyFolder);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(u"source.tranche"_s);
    if (schema0)
        QCOMPARE(execSql(source, sqlStatements(fixture(u"v0.sql"_s))), QString());
    else
        QCOMPARE(savePlanFile(richPlan(), source), QString());
    QVERIFY(QDir(dir.path()).mkdir(u"plan"_s));
    const QString folder = dir.filePath(u"plan"_s);
    const QString path = folder + u"/plan.tranche"_s;
    {
        // The newest change is only in the write-ahead log when the files are copied,
        // as when the program that wrote it was killed.
        OpenFile db(source);
        QCOMPARE(db.exec({u"PRAGMA journal_mode = WAL"_s, u"PRAGMA wal_autocheckpoint = 0"_s,
                          u"DELETE FROM tranche_meta WHERE key = 'content_sha256'"_s,
                          u"UPDATE plan SET title = 'newest title'"_s}),
                 QString());
        QVERIFY(QFile::exists(source + u"-wal"_s));
        QVERIFY(copyWithSidecars(source, path));
    }
    QVERIFY(QFile::exists(path + u"-wal"_s));
    if (readOnlyFolder)
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    const QStringList before = entries(folder);
    const QByteArray bytes = readAll(path);
    const PlanLoadResult loaded = loadPlanFile(path);
    QCOMPARE(loaded.error, QString());
    QCOMPARE(loaded.plan->meta.title, u"newest title"_s);
    // Nothing is written beside the user's file (no -shm, no -wal checkpointed).
    QCOMPARE(entries(folder), before);
    QCOMPARE(readAll(path), bytes);
}

void TestUntrustedStore::hotJournalIsUndone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(u"source.tranche"_s);
    QCOMPARE(savePlanFile(richPlan(), source), QString());
    const QString path = dir.filePath(u"plan.tranche"_s);
    {
        // A change half written (the cache spills into the file) when the files are
        // copied, as when the program writing it was killed: a hot journal.
        OpenFile db(source);
        QCOMPARE(
            db.exec({u"PRAGMA journal_mode = DELETE"_s, u"PRAGMA cache_size = 10"_s, u"BEGIN"_s,
                     u"UPDATE plan SET title = 'half written'"_s, u"CREATE TABLE filler (x TEXT)"_s,
                     u"INSERT INTO filler WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL"
                     " SELECT i + 1 FROM n WHERE i < 2000) SELECT printf('%.*c', 500, 'x')"
                     " FROM n"_s}),
            QString());
        QVERIFY(QFile::exists(source + u"-journal"_s));
        QVERIFY(copyWithSidecars(source, path));
    }
    QVERIFY(QFile::exists(path + u"-journal"_s));
    const QStringList before = entries(dir.path());
    const PlanLoadResult loaded = loadPlanFile(path);
    QCOMPARE(loaded.error, QString());
    QCOMPARE(*loaded.plan, richPlan());
    QCOMPARE(loaded.notes.size(), 1);
    QVERIFY2(loaded.notes.first().contains(u"unfinished change"_s),
             qPrintable(loaded.notes.first()));
    QCOMPARE(openPlan(path).notes, loaded.notes);
    QCOMPARE(entries(dir.path()), before); // the journal is left for the user's own tools
}

void TestUntrustedStore::saveRemovesStaleTemporaryFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plan.tranche"_s);
    QCOMPARE(savePlanFile(smallPlan(), path), QString());
    // Left by killed saves of this plan: removed. Others' files, and the temporary
    // file of a save still running (it holds its lock), are kept.
    const QStringList stale = {u"plan.tranche.tmp-0a1b2c"_s, u"plan.tranche.tmp-ffffff"_s,
                               u"plan.tranche.tmp-123456-journal"_s};
    const QStringList kept = {u"plan.tranche.tmp-running"_s, u"plan.tranche.backup"_s,
                              u"other.tranche.tmp-0a1b2c"_s, u"plan.tranche.tmp-00000g"_s,
                              u"plan.tranche.tmp-abcdef"_s};
    for (const QString &name : stale + kept)
        QVERIFY(writeAll(dir.filePath(name), "x"));
#ifdef Q_OS_UNIX
    const int running =
        ::open(QFile::encodeName(dir.filePath(u"plan.tranche.tmp-abcdef"_s)).constData(), O_RDONLY);
    QVERIFY(running >= 0);
    QCOMPARE(::flock(running, LOCK_EX | LOCK_NB), 0);
    const auto unlock = qScopeGuard([&] { ::close(running); });
#endif
    QCOMPARE(savePlanFile(richPlan(), path), QString());
    QStringList expected = kept;
    expected.append(u"plan.tranche"_s);
    expected.sort();
    QCOMPARE(entries(dir.path()), expected);
    QCOMPARE(*loadPlanFile(path).plan, richPlan());
}

void TestUntrustedStore::planOverALimitIsNotSaved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plan.tranche"_s);
    QCOMPARE(savePlanFile(smallPlan(), path), QString());
    const QByteArray old = readAll(path);
    Plan plan = smallPlan();
    const qint64 limit = planLimit(PlanLimit::Phases);
    for (qint64 i = 0; i <= limit; ++i) {
        Phase phase;
        phase.id = u"p%1"_s.arg(i);
        plan.phases.append(phase);
    }
    const QString error = savePlanFile(plan, path);
    QVERIFY2(error.contains(u"table phases: more than %1 phases (the limit)"_s.arg(limit)),
             qPrintable(error));
    QCOMPARE(readAll(path), old);
    QCOMPARE(entries(dir.path()), QStringList{u"plan.tranche"_s});
}

QTEST_GUILESS_MAIN(TestUntrustedStore)
#include "tst_untrustedstore.moc"
