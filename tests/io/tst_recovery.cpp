// Tests of the recovery files: unsaved work is offered back even when it fails
// validation, and a file that cannot be read is kept aside, neither lost nor
// offered at every start.

#include "io/planstore.h"
#include "io/recovery.h"
#include "support/planstoretestdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tranche;
using namespace planstoretest;

Q_DECLARE_METATYPE(tranche::Plan)

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void invalidPlanIsRecovered_data();
    void invalidPlanIsRecovered();
    void unreadableFileIsKeptAside();
};

void TestRecovery::invalidPlanIsRecovered_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<QString>("pointer"); // named among the problems
    Plan endBeforeStart = richPlan();
    endBeforeStart.phases[0].end = endBeforeStart.phases[0].start - 1;
    QTest::newRow("end before start") << endBeforeStart << u"/phases/0/end"_s;
    Plan unknownItem = richPlan();
    unknownItem.phases[0].reliefs[0].item = u"no-such-item"_s;
    QTest::newRow("unknown item") << unknownItem << u"/phases/0/reliefs/0/item"_s;
    Plan farMonth = richPlan();
    farMonth.phases[2].end = 5000;
    QTest::newRow("month past the horizon") << farMonth << u"/phases/2/end"_s;
    Plan badId = richPlan();
    badId.phases[1].id = u"Phase Two"_s;
    QTest::newRow("bad phase id") << badId << u"/phases/1/id"_s;
}

void TestRecovery::invalidPlanIsRecovered()
{
    QFETCH(Plan, plan);
    QFETCH(QString, pointer);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const RecoveryStore store(dir.path());
    QCOMPARE(store.save(u"crashed"_s, plan, u"/plans/deal.tranche"_s), QString());
    const QList<RecoveryStore::Entry> pending = store.pending(u"next"_s);
    QCOMPARE(pending.size(), 1);
    // As a user's file it would be refused; as unsaved work it opens with its problems.
    QVERIFY(!loadPlanFile(pending.first().recoveryPath).ok());
    const RecoveryStore::Recovered recovered = store.open(pending.first());
    QCOMPARE(recovered.error, QString());
    QVERIFY(recovered.ok());
    QCOMPARE(*recovered.plan, plan);
    QVERIFY(!recovered.problems.isEmpty());
    QVERIFY2(recovered.problems.join(u'\n').contains(pointer),
             qPrintable(recovered.problems.join(u'\n')));
    QCOMPARE(pending.first().originalPath, u"/plans/deal.tranche"_s);
}

void TestRecovery::unreadableFileIsKeptAside()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const RecoveryStore store(dir.path());
    QCOMPARE(store.save(u"crashed"_s, smallPlan(), QString()), QString());
    const QString file = dir.filePath(u"crashed.tranche"_s);
    QByteArray bytes = readAll(file);
    bytes.replace(100, 4000, QByteArray(4000, '\xa5')); // page 1 after the header
    QVERIFY(writeAll(file, bytes));
    const QList<RecoveryStore::Entry> pending = store.pending();
    QCOMPARE(pending.size(), 1);

    const RecoveryStore::Recovered recovered = store.open(pending.first());
    QVERIFY(!recovered.ok());
    QVERIFY2(recovered.error.contains(u"damaged"_s), qPrintable(recovered.error));
    QCOMPARE(recovered.keptAt, dir.filePath(u"unreadable"_s));
    // Kept, byte for byte, and no longer offered.
    QCOMPARE(readAll(recovered.keptAt + u"/crashed.tranche"_s), bytes);
    QVERIFY(QFile::exists(recovered.keptAt + u"/crashed.json"_s));
    QCOMPARE(store.pending().size(), 0);
    QCOMPARE(entries(dir.path()), QStringList{u"unreadable"_s});
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
