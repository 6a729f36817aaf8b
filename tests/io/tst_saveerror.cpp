// Save errors in plain words: each system error a user can act on maps to its
// sentence (with Save As named), others keep the system's text; a save into a
// read-only folder says so.

#include "io/planio.h"
#include "io/saveerror.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

#include <unistd.h>

using namespace tranche;
using namespace Qt::StringLiterals;

class TestSaveError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reason_data();
    void reason();
    void readOnlyFolder_data();
    void readOnlyFolder();
};

void TestSaveError::reason_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("failure");
    QTest::addColumn<QString>("reason");
    const QString full = u"the disk is full. Free some space, or save the plan on another disk "
                         "with Save As."_s;
    const QString readOnly =
        u"the folder /plans is read-only. Save the plan in another folder with Save As."_s;
    const QString permission = u"you do not have permission to write plan.tranche in the "
                               "folder /plans. Save the plan in another folder with Save As."_s;
    QTest::newRow("ENOSPC") << ENOSPC << int(SaveFailure::DiskFull) << full;
    QTest::newRow("EDQUOT") << EDQUOT << int(SaveFailure::DiskFull) << full;
    QTest::newRow("EROFS") << EROFS << int(SaveFailure::ReadOnly) << readOnly;
    QTest::newRow("EACCES") << EACCES << int(SaveFailure::Permission) << permission;
    QTest::newRow("EPERM") << EPERM << int(SaveFailure::Permission) << permission;
    QTest::newRow("EIO: the system's text") << EIO << int(SaveFailure::Other) << u"system"_s;
    QTest::newRow("none: the system's text") << 0 << int(SaveFailure::Other) << u"system"_s;
}

// /plans does not exist here, so the folder probe finds nothing to add.
void TestSaveError::reason()
{
    QFETCH(int, error);
    QFETCH(int, failure);
    QFETCH(QString, reason);
    QCOMPARE(int(saveFailureFromErrno(error)), failure);
    QCOMPARE(saveErrorReason(error, u"plan.tranche"_s, u"/plans"_s, u"system"_s), reason);
    const QString plain = plainSaveReason(SaveFailure(failure), u"plan.tranche"_s, u"/plans"_s);
    QCOMPARE(plain, reason == u"system"_s ? QString() : reason);
}

void TestSaveError::readOnlyFolder_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow(".tranche") << u"plan.tranche"_s;
    QTest::newRow(".json") << u"plan.json"_s;
}

// A folder without write permission: the save says so. Root writes there all the
// same, so the test is skipped for root.
void TestSaveError::readOnlyFolder()
{
    QFETCH(QString, fileName);
    if (::geteuid() == 0)
        QSKIP("root may write into a folder without write permission");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"ro"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"ro"_s));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    QCOMPARE(probeSaveFolder(folder), SaveFailure::Permission);
    Plan plan;
    const QString path = QDir::toNativeSeparators(folder + u'/' + fileName);
    QCOMPARE(
        savePlan(plan, path),
        u"Cannot save %1: you do not have permission to write %1 in the folder %2. Save "
        "the plan in another folder with Save As."_s.arg(path, QDir::toNativeSeparators(folder)));
}

QTEST_GUILESS_MAIN(TestSaveError)
#include "tst_saveerror.moc"
