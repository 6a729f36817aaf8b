// Incremental checking: random edits through the undo commands (with undo
// and redo mixed in, catalog and profile changes, resets and waivers) on a
// seeded generator; after every step the Checker's findings must equal a full
// check. Also: only the edited phase is rechecked, findingsChanged is emitted
// exactly when the findings change, and the FindingsModel follows the checker
// under QAbstractItemModelTester.

#include "document/commands.h"
#include "document/plandocument.h"
#include "models/findingsmodel.h"
#include "models/roles.h"
#include "rules/checker.h"
#include "rules/ruleengine.h"
#include "support/randomplaneditor.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

using testing::RandomEditor;

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings) {
        lines << u"%1 %2 %3 %4 %5%6"_s.arg(f.rule, toString(f.severity), f.phase, f.item, f.message,
                                           f.waived ? u" (waived)"_s : QString());
    }
    return lines.join(u'\n');
}

} // namespace

class TestIncremental : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomEdits_data();
    void randomEdits();
    void onlyEditedPhaseRechecked();
    void signalOnlyOnChange();
    void planProfile();
    void findingsModel();
    void modelFollowsRandomEdits();
    void modelTakesChangesInFewSignals_data();
    void modelTakesChangesInFewSignals();
};

void TestIncremental::randomEdits_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("steps");
    QTest::newRow("seed 1") << quint32(1) << 4000;
    QTest::newRow("seed 2") << quint32(2) << 4000;
    QTest::newRow("seed 20261127") << quint32(20261127) << 3000;
}

void TestIncremental::randomEdits()
{
    QFETCH(quint32, seed);
    QFETCH(int, steps);
    PlanDocument doc;
    RandomEditor editor(seed, &doc);
    doc.resetPlan(editor.makePlan());
    Checker checker(&doc);
    qsizetype recheckedTotal = 0;
    qsizetype phasesTotal = 0;
    for (int i = 0; i < steps; ++i) {
        QString what;
        if (editor.chance(2)) {
            checker.setProfile(editor.chance(50) ? editor.randomProfile() : RuleProfile());
            what = u"profile"_s;
        } else {
            what = editor.step(checker.findings());
        }
        recheckedTotal += checker.recheckedPhases();
        phasesTotal += doc.plan().phases.size();
        const QList<Finding> full = RuleEngine::check(doc.plan(), checker.profile());
        if (checker.findings() != full) {
            qWarning().noquote() << "step" << i << what << "\nincremental:\n"
                                 << describe(checker.findings()) << "\nfull:\n"
                                 << describe(full);
        }
        QCOMPARE(checker.findings(), full);
        QCOMPARE(checker.counts(), countFindings(full));
        QCOMPARE(checker.staleWaivers(), staleWaivers(doc.plan().waivers, full));
    }
    // Incremental: far fewer phases rechecked than a full check each time would.
    QVERIFY2(recheckedTotal * 2 < phasesTotal,
             qPrintable(u"%1 of %2"_s.arg(recheckedTotal).arg(phasesTotal)));
}

void TestIncremental::onlyEditedPhaseRechecked()
{
    PlanDocument doc;
    RandomEditor editor(7, &doc);
    Plan plan = editor.makePlan();
    while (plan.phases.size() < 4)
        plan.phases.append(editor.makePhase());
    plan.phases[2].reliefs.append(editor.makePlacement());
    doc.resetPlan(plan);
    Checker checker(&doc);
    const PlacementRef ref{2, 0};

    doc.undoStack()->push(new EditPlacementFieldCommand(&doc, ref, PlacementField::Extent, 0.123));
    QCOMPARE(checker.recheckedPhases(), 1);
    doc.undoStack()->push(new MovePhaseCommand(&doc, 0, 3));
    QCOMPARE(checker.recheckedPhases(), 0); // moved, not changed
    doc.undoStack()->push(new AddPhaseCommand(&doc, 1, editor.makePhase()));
    QCOMPARE(checker.recheckedPhases(), 1);
    doc.undoStack()->push(new RemovePhaseCommand(&doc, 1));
    QCOMPARE(checker.recheckedPhases(), 0);
    doc.undoStack()->push(new EditMetaFieldCommand(&doc, MetaField::Title, u"x"_s));
    QCOMPARE(checker.recheckedPhases(), 0);
    doc.undoStack()->push(new EditMetaFieldCommand(&doc, MetaField::ReferenceValue, 123e6));
    QCOMPARE(checker.recheckedPhases(), int(doc.plan().phases.size())); // FIN-2 reads the cap
    QCOMPARE(checker.findings(), RuleEngine::check(doc.plan(), checker.profile()));
}

void TestIncremental::signalOnlyOnChange()
{
    PlanDocument doc;
    RandomEditor editor(11, &doc);
    Plan plan = editor.makePlan();
    Phase ph;
    ph.id = u"solo"_s;
    ph.kind = PhaseKind::Interim;
    Placement pl;
    pl.item = u"item0"_s;
    pl.start = 0;
    pl.end = 6;
    pl.snapback = true;
    ph.reliefs.append(pl);
    plan.phases = {ph};
    doc.resetPlan(plan);
    Checker checker(&doc);
    QSignalSpy spy(&checker, &Checker::findingsChanged);

    // A note changes no finding.
    doc.undoStack()->push(
        new EditPlacementFieldCommand(&doc, {0, 0}, PlacementField::Note, u"n"_s));
    QCOMPARE(spy.count(), 0);
    // Dropping snapback adds INT-4.
    doc.undoStack()->push(
        new EditPlacementFieldCommand(&doc, {0, 0}, PlacementField::Snapback, false));
    QCOMPARE(spy.count(), 1);
    const auto hasInt4 = [&] {
        return std::any_of(checker.findings().cbegin(), checker.findings().cend(),
                           [](const Finding &f) { return f.rule == u"INT-4"_s; });
    };
    QVERIFY(hasInt4());
    doc.undoStack()->undo();
    QCOMPARE(spy.count(), 2);
    QVERIFY(!hasInt4());
}

void TestIncremental::planProfile()
{
    PlanDocument doc;
    RandomEditor editor(5, &doc);
    Plan plan = editor.makePlan();
    plan.meta.profile = u"flexible"_s;
    doc.resetPlan(plan);
    Checker checker(&doc);
    QCOMPARE(checker.profile().name(), u"flexible"_s);
    QSignalSpy spy(&checker, &Checker::profileChanged);
    doc.undoStack()->push(new EditMetaFieldCommand(&doc, MetaField::Profile, u"strict"_s));
    QCOMPARE(checker.profile().name(), u"strict"_s);
    QCOMPARE(spy.count(), 1);
    doc.undoStack()->push(new EditMetaFieldCommand(&doc, MetaField::Profile, u"no-such-profile"_s));
    QCOMPARE(checker.profile(), RuleProfile()); // strict, with the reason kept
    QVERIFY(checker.profileError().contains(u"no-such-profile"_s));
    RuleProfile mine;
    mine.setName(u"mine"_s);
    mine.setEnabled(u"LAW-1"_s, false);
    checker.setProfile(mine);
    doc.undoStack()->push(new EditMetaFieldCommand(&doc, MetaField::Profile, u"flexible"_s));
    QCOMPARE(checker.profile().name(), u"mine"_s); // an explicit profile stays
    checker.followPlanProfile();
    QCOMPARE(checker.profile().name(), u"flexible"_s);
    QCOMPARE(checker.findings(), RuleEngine::check(doc.plan(), checker.profile()));
}

void TestIncremental::findingsModel()
{
    PlanDocument doc;
    RandomEditor editor(3, &doc);
    doc.resetPlan(editor.makePlan());
    Checker checker(&doc);
    FindingsModel model(&checker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.rowCount(), int(checker.findings().size()));
    QCOMPARE(model.headerData(FindingsModel::RuleColumn, Qt::Horizontal).toString(), u"Rule"_s);
    QVERIFY(model.rowCount() > 0);
    const Finding &f = checker.findings().constFirst();
    const QModelIndex row0 = model.index(0, 0);
    QCOMPARE(model.data(model.index(0, FindingsModel::RuleColumn)).toString(), f.rule);
    QCOMPARE(model.data(model.index(0, FindingsModel::PhaseColumn)).toString(), f.phase);
    QCOMPARE(model.data(model.index(0, FindingsModel::ItemColumn)).toString(), f.item);
    QCOMPARE(model.data(model.index(0, FindingsModel::MessageColumn)).toString(), f.message);
    QCOMPARE(row0.data(FindingRole).value<Finding>(), f);
    QCOMPARE(row0.data(SeverityRole).toInt(), int(f.severity));
    QCOMPARE(row0.data(RuleRole).toString(), f.rule);
    QCOMPARE(row0.data(PhaseIdRole).toString(), f.phase);
    QCOMPARE(row0.data(ItemIdRole).toString(), f.item);
    QCOMPARE(row0.data(WaivedRole).toBool(), false);

    // Waiving the first finding changes that row only.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<Waiver> waivers{{f.rule, f.phase, f.item, u"why"_s, u"me"_s, {}}};
    doc.undoStack()->push(new SetWaiversCommand(&doc, waivers, u"waive"_s));
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 0);
    QCOMPARE(row0.data(WaivedRole).toBool(), true);
    QVERIFY(model.data(row0).toString().contains(u"waived"_s));

    model.setChecker(nullptr);
    QCOMPARE(model.rowCount(), 0);
    model.setChecker(&checker);
    QCOMPARE(model.findings(), checker.findings());
}

void TestIncremental::modelFollowsRandomEdits()
{
    PlanDocument doc;
    RandomEditor editor(99, &doc);
    doc.resetPlan(editor.makePlan());
    Checker checker(&doc);
    FindingsModel model(&checker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 400; ++i) {
        editor.step(checker.findings());
        QCOMPARE(model.rowCount(), int(checker.findings().size()));
        QCOMPARE(model.findings(), checker.findings());
    }
}

namespace {

// Findings f0, f1, ... named by `rows` ("a" and "b" are rows of other texts).
QList<Finding> findingsOf(const QString &rows)
{
    QList<Finding> list;
    for (const QChar c : rows) {
        Finding f;
        f.rule = u"LAW-1"_s;
        f.severity = Severity::Warning;
        f.phase = u"p1"_s;
        f.message = u"finding "_s + c;
        list.append(f);
    }
    return list;
}

} // namespace

void TestIncremental::modelTakesChangesInFewSignals_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("changed");  // rows dataChanged names
    QTest::addColumn<int>("inserted"); // rows inserted
    QTest::addColumn<int>("removed");  // rows removed
    QTest::newRow("unchanged") << "0123"
                               << "0123" << 0 << 0 << 0;
    QTest::newRow("one inserted") << "0123"
                                  << "01x23" << 0 << 1 << 0;
    QTest::newRow("inserted first") << "0123"
                                    << "x0123" << 0 << 1 << 0;
    QTest::newRow("appended") << "0123"
                              << "0123xy" << 0 << 2 << 0;
    QTest::newRow("one removed") << "0123"
                                 << "013" << 0 << 0 << 1;
    QTest::newRow("last removed") << "0123"
                                  << "012" << 0 << 0 << 1;
    QTest::newRow("changed in place") << "0123"
                                      << "0ab3" << 2 << 0 << 0;
    QTest::newRow("changed and grown") << "0123"
                                       << "0abxy3" << 2 << 2 << 0;
    QTest::newRow("changed and shrunk") << "012345"
                                        << "0a5" << 1 << 0 << 3;
    QTest::newRow("all new") << "0123"
                             << "ab" << 2 << 0 << 2;
    QTest::newRow("from none") << ""
                               << "012" << 0 << 3 << 0;
    QTest::newRow("to none") << "012"
                             << "" << 0 << 0 << 3;
}

// The model shows a new list of findings with at most one change, one
// insertion and one removal signal (QAbstractItemModelTester checks each
// against the rows around it), and then holds the list it was given itself,
// shared rather than copied.
void TestIncremental::modelTakesChangesInFewSignals()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, changed);
    QFETCH(int, inserted);
    QFETCH(int, removed);
    FindingsModel model;
    model.setFindings(findingsOf(before));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy insertions(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    const QList<Finding> next = findingsOf(after);
    model.setFindings(next);
    const auto rows = [](const QSignalSpy &spy, int first, int last) {
        int n = 0;
        for (const QList<QVariant> &signal : spy)
            n += signal.at(last).value<QModelIndex>().row() -
                 signal.at(first).value<QModelIndex>().row() + 1;
        return n;
    };
    const auto span = [](const QSignalSpy &spy) {
        int n = 0;
        for (const QList<QVariant> &signal : spy)
            n += signal.at(2).toInt() - signal.at(1).toInt() + 1;
        return n;
    };
    QVERIFY(changes.size() <= 1 && insertions.size() <= 1 && removals.size() <= 1);
    QCOMPARE(rows(changes, 0, 1), changed);
    QCOMPARE(span(insertions), inserted);
    QCOMPARE(span(removals), removed);
    QCOMPARE(model.findings(), next);
    QVERIFY(model.findings().constData() == next.constData() || next.isEmpty());
}

QTEST_GUILESS_MAIN(TestIncremental)
#include "tst_incremental.moc"
