// Crash safety of saving a .tranche file: a save process (tst_savecrash_helper)
// killed with SIGKILL at random moments leaves either the old or the new file,
// byte for byte, with the file's mode; its temporary file is never more open
// than the plan, and the next save leaves no stray file.

#include "support/planstoretestdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace planstoretest;

namespace {

constexpr int kKills = 120;
const QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
const QFile::Permissions kGroupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                         QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

// Runs the helper to its end; empty on success, else what went wrong.
QString saveToEnd(const QString &path, const QString &variant)
{
    QProcess process;
    process.start(QStringLiteral(TRANCHE_SAVE_HELPER), {path, variant});
    if (!process.waitForFinished(60000))
        return u"the helper did not finish"_s;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromLocal8Bit(process.readAllStandardError());
    return {};
}

} // namespace

class TestSaveCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedSaveLeavesOldOrNewFile();
};

void TestSaveCrash::killedSaveLeavesOldOrNewFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The two complete files, and how long a whole run of the helper takes.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(saveToEnd(dir.filePath(u"old.tranche"_s), u"old"_s), QString());
    const qint64 runMicroseconds = qMax<qint64>(timer.nsecsElapsed() / 1000, 1000);
    QCOMPARE(saveToEnd(dir.filePath(u"new.tranche"_s), u"new"_s), QString());
    QCOMPARE(saveToEnd(dir.filePath(u"new-again.tranche"_s), u"new"_s), QString());
    const QByteArray oldBytes = readAll(dir.filePath(u"old.tranche"_s));
    const QByteArray newBytes = readAll(dir.filePath(u"new.tranche"_s));
    QVERIFY(oldBytes != newBytes);
    QCOMPARE(readAll(dir.filePath(u"new-again.tranche"_s)), newBytes); // saving is deterministic

    QVERIFY(QDir(dir.path()).mkdir(u"plan"_s));
    const QString folder = dir.filePath(u"plan"_s);
    const QString path = folder + u"/plan.tranche"_s;
    QCOMPARE(saveToEnd(path, u"old"_s), QString());
    QVERIFY(QFile::setPermissions(path, kOwnerOnly));

    const quint32 seed = qEnvironmentVariableIsSet("TST_SAVECRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("TST_SAVECRASH_SEED"))
                             : 20261206u;
    QRandomGenerator random(seed);
    int killedMidway = 0;
    int finished = 0;
    for (int i = 0; i < kKills; ++i) {
        QProcess process;
        process.start(QStringLiteral(TRANCHE_SAVE_HELPER),
                      {path, i % 2 == 0 ? u"new"_s : u"old"_s});
        QVERIFY(process.waitForStarted());
        QThread::usleep(random.bounded(quint32(runMicroseconds)));
        process.kill();
        QVERIFY(process.waitForFinished());
        if (process.exitStatus() == QProcess::NormalExit)
            ++finished;
        const QByteArray bytes = readAll(path);
        QVERIFY2(bytes == oldBytes || bytes == newBytes,
                 qPrintable(u"kill %1 (seed %2) left a mixed file"_s.arg(i).arg(seed)));
        QCOMPARE(QFile::permissions(path) & kGroupOrOther, QFile::Permissions());
        for (const QString &entry : entries(folder)) {
            if (entry == u"plan.tranche")
                continue;
            ++killedMidway;
            QVERIFY2(entry.startsWith(u"plan.tranche.tmp-"_s), qPrintable(entry));
            // Never readable by others while a private plan is written.
            QCOMPARE(QFile::permissions(folder + u'/' + entry) & kGroupOrOther,
                     QFile::Permissions());
        }
    }
    qInfo("%d kills: %d saves finished first, %d temporary files seen after a kill", kKills,
          finished, killedMidway);
    // The next complete save removes whatever the killed ones left.
    QCOMPARE(saveToEnd(path, u"new"_s), QString());
    QCOMPARE(entries(folder), QStringList{u"plan.tranche"_s});
    QCOMPARE(readAll(path), newBytes);
    QCOMPARE(QFile::permissions(path) & kGroupOrOther, QFile::Permissions());
}

QTEST_GUILESS_MAIN(TestSaveCrash)
#include "tst_savecrash.moc"
