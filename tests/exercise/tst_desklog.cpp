// The control desk keeps its log where nothing loses it: on a .tranche copy of
// the bundled DPRK drill, every decision is written beside the package, into
// the package (tranche_meta) and into a recovery file; closing the desk
// removes the recovery file; with the file beside deleted, reopening the
// package continues from the log the package holds - and does not open when
// that log cannot be put beside the package.

#include "exercise/controldesk.h"
#include "exercise/exerciselogfile.h"
#include "exercise/exercisesession.h"
#include "io/planio.h"
#include "io/planstore.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

class TestDeskLog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void continuesFromThePackage();
};

void TestDeskLog::continuesFromThePackage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const OpenResult bundled =
        openPlan(QStringLiteral(TRANCHE_SOURCE_DIR "/resources/exercises/dprk-breach-drill.json"));
    QVERIFY(bundled.ok());
    const QString package = dir.filePath(u"drill.tranche"_s);
    QCOMPARE(savePlanFile(*bundled.plan, package), QString());
    const RecoveryStore recovery; // the test-mode data folder
    QStringList errors;
    std::unique_ptr<ControlDesk> desk(ControlDesk::open(package, {}, errors));
    QVERIFY2(desk, qPrintable(errors.join(u'\n')));
    QPushButton *advance = desk->findChild<QPushButton *>(u"advance"_s);
    QVERIFY(advance);
    advance->click();
    advance->click();
    QCOMPARE(desk->statusText(), QString());
    const int clock = desk->session()->run().clock;
    QCOMPARE(clock, 6);

    // After every decision: beside, in the package, in a recovery file.
    QFile beside(exerciseLogPath(package));
    QVERIFY(beside.open(QIODevice::ReadOnly));
    const QByteArray json = beside.readAll();
    QCOMPARE(exerciseLogLength(json), 2);
    QCOMPARE(loadPlanFile(package).plan->exerciseLog.toUtf8(), json);
    bool recovered = false;
    for (const RecoveryStore::Entry &e : recovery.pending())
        recovered = recovered || e.originalPath == package;
    QVERIFY(recovered);

    // A clean close removes the recovery file; the package still holds the log.
    desk.reset();
    for (const RecoveryStore::Entry &e : recovery.pending())
        QVERIFY(e.originalPath != package);
    QVERIFY(QFile::remove(exerciseLogPath(package)));
    std::unique_ptr<ControlDesk> again(ControlDesk::open(package, {}, errors));
    QVERIFY2(again, qPrintable(errors.join(u'\n')));
    QCOMPARE(again->session()->run().clock, clock);
    QCOMPARE(again->session()->log().decisions.size(), 2);

    // The package's log cannot be put beside it: the desk does not play over it.
    again.reset();
    QVERIFY(QFile::remove(exerciseLogPath(package)));
    QVERIFY(QDir(dir.path()).mkdir(u"drill.log.json"_s));
    errors.clear();
    QVERIFY(!ControlDesk::open(package, {}, errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(u"drill.log.json"_s), qPrintable(errors.first()));
    QCOMPARE(exerciseLogLength(loadPlanFile(package).plan->exerciseLog.toUtf8()), 2);
}

QTEST_MAIN(TestDeskLog)
#include "tst_desklog.moc"
