// The exercise package as edited in the window: File > New Exercise adds the
// `exercise` member made from the plan (one undo step), the MSEL and
// objectives tables check each cell as typed with the package rules (exact
// reasons at the cell), every accepted edit, addition and removal is one
// command on the plan's undo stack (QSignalSpy), the models pass
// QAbstractItemModelTester, and a played exercise's package is read-only -
// and so is its plan in the window, until it is saved as a copy.

#include "document/plandocument.h"
#include "exercise/exercisepackage.h"
#include "exercise/packagecommands.h"
#include "exercise/packageeditor.h"
#include "exercise/packagetablemodel.h"
#include "export/aarwriter.h"
#include "io/planio.h"
#include "models/catalogmodel.h"
#include "models/roles.h"
#include "models/sourcetablemodel.h"
#include "panels/catalogpalette.h"
#include "panels/findingspane.h"
#include "panels/inspector.h"
#include "panels/sourcesdialog.h"
#include "rules/ruleengine.h"
#include "support/bundledexercise.h"
#include "timeline/timelineview.h"
#include "window/mainwindow.h"
#include "window/mainwindowexercise.h"
#include "window/playedlock.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

const QString kPackage =
    QStringLiteral(TRANCHE_SOURCE_DIR "/resources/exercises/dprk-breach-drill.json");

Plan loadPackage()
{
    const OpenResult read = openPlan(kPackage);
    if (!read.plan)
        qFatal("cannot read the bundled package");
    return *read.plan;
}

} // namespace

class TestPackageEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void newExerciseIsOneUndoStep();
    void cellsAreCheckedAsTyped_data();
    void cellsAreCheckedAsTyped();
    void editsAreUndoable();
    void typedThroughTheView();
    void playedPackageIsReadOnly();
    void fileMenuOfTheEditor();
    void playedPlanIsReadOnlyInTheWindow_data();
    void playedPlanIsReadOnlyInTheWindow();

private:
    void tryEdit(MainWindow &w, const QString &edit, const QPoint &at);
    void trySources(MainWindow &w);
};

void TestPackageEditor::newExerciseIsOneUndoStep()
{
    Plan plan = loadPackage();
    plan.extra.remove(kExerciseKey);
    plan.meta.title = u"DPRK: Freeze for Relief"_s;
    PlanDocument doc(plan);
    QSignalSpy pushed(doc.undoStack(), &QUndoStack::indexChanged);
    doc.undoStack()->push(newExerciseCommand(&doc, u"ignored"_s));
    QCOMPARE(pushed.count(), 1);
    const QJsonObject member = exerciseMember(doc.plan());
    QCOMPARE(member.value("id"_L1).toString(), u"dprk-freeze-for-relief"_s);
    QCOMPARE(member.value("title"_L1).toString(), u"DPRK: Freeze for Relief - exercise"_s);
    QCOMPARE(member.value("version"_L1).toInt(), 1);
    // The member as added is a valid package (the trainer fills the rest).
    QCOMPARE(readExercisePackage(doc.plan()).problems.size(), 0);
    doc.undoStack()->undo();
    QVERIFY(!doc.plan().extra.contains(kExerciseKey));
    QCOMPARE(doc.plan(), plan);
}

void TestPackageEditor::cellsAreCheckedAsTyped_data()
{
    QTest::addColumn<bool>("injects");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    using M = PackageTableModel;
    QTest::newRow("valid trigger") << true << 1 << int(M::Trigger) << u"{\"at\": 5}"_s << QString();
    QTest::newRow("not JSON") << true << 1 << int(M::Trigger) << u"at 5"_s
                              << u"a trigger is a JSON object such as {\"at\": 6} or {\"manual\": "
                                 "true}"_s;
    QTest::newRow("two kinds") << true << 1 << int(M::Trigger) << u"{\"at\": 5, \"manual\": true}"_s
                               << u"must have exactly one of at, after, when, manual"_s;
    QTest::newRow("after a later inject")
        << true << 0 << int(M::Trigger) << u"{\"after\": \"veto\"}"_s
        << u"must name an earlier inject"_s;
    QTest::newRow("id pattern") << true << 0 << int(M::InjectId) << u"Launch"_s
                                << u"must match [a-z0-9._-]+"_s;
    QTest::newRow("id taken") << true << 0 << int(M::InjectId) << u"veto"_s
                              << u"inject 5 has this id already"_s;
    QTest::newRow("blank title") << true << 0 << int(M::InjectTitle) << u"  "_s
                                 << u"must not be blank"_s;
    QTest::newRow("no audience") << true << 0 << int(M::Audience) << QString()
                                 << u"must not be empty"_s;
    QTest::newRow("unknown audience")
        << true << 0 << int(M::Audience) << u"all, press"_s << u"unknown audience \"press\""_s;
    QTest::newRow("audience") << true << 0 << int(M::Audience) << u"negotiators, observers"_s
                              << QString();
    QTest::newRow("metric") << false << 0 << int(M::Metrics) << u"X6, X9"_s
                            << u"unknown metric \"X9\""_s;
    QTest::newRow("no metric") << false << 0 << int(M::Metrics) << QString()
                               << u"must name at least one of X1..X8"_s;
    QTest::newRow("objective id") << false << 0 << int(M::ObjectiveId) << u"Respond-2"_s
                                  << QString();
}

void TestPackageEditor::cellsAreCheckedAsTyped()
{
    QFETCH(bool, injects);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    PlanDocument doc(loadPackage());
    PackageTableModel model(&doc, injects ? PackageTableModel::Kind::Injects
                                          : PackageTableModel::Kind::Objectives);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pushed(doc.undoStack(), &QUndoStack::indexChanged);
    const QModelIndex cell = model.index(row, column);
    QCOMPARE(model.cellProblem(cell, text), reason);
    const QString before = model.data(cell).toString();
    QCOMPARE(model.setData(cell, text), reason.isEmpty());
    QCOMPARE(pushed.count(), reason.isEmpty() ? 1 : 0);
    if (!reason.isEmpty())
        QCOMPARE(model.data(cell).toString(), before);
    QCOMPARE(model.packageProblems().size(), 0); // a refused cell never reaches the plan
}

void TestPackageEditor::editsAreUndoable()
{
    const Plan plan = loadPackage();
    PlanDocument doc(plan);
    PackageTableModel injects(&doc, PackageTableModel::Kind::Injects);
    QAbstractItemModelTester tester(&injects,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pushed(doc.undoStack(), &QUndoStack::indexChanged);
    const int rows = injects.rowCount();
    QVERIFY(injects.insertRows(rows, 1));
    QCOMPARE(injects.rowCount(), rows + 1);
    QCOMPARE(injects.data(injects.index(rows, PackageTableModel::InjectId)).toString(),
             u"inject-%1"_s.arg(rows + 1));
    QCOMPARE(injects.data(injects.index(rows, PackageTableModel::Trigger)).toString(),
             u"{\"manual\":true}"_s);
    QVERIFY(injects.setData(injects.index(rows, PackageTableModel::Synopsis), u"A new event"_s));
    // Removing an inject another one follows would break the package: refused.
    QVERIFY(!injects.removeRows(0, 1));
    QCOMPARE(injects.refusal(), u"/exercise/injects/0/trigger/after: unknown inject \"launch\""_s);
    QVERIFY(injects.removeRows(rows - 1, 1)); // the walkout: named by none
    QCOMPARE(pushed.count(), 3);
    QCOMPARE(doc.undoStack()->undoText(), u"Remove 1 inject(s)"_s);
    // The package stays valid through all of it, unknown fields kept.
    QCOMPARE(injects.packageProblems().size(), 0);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.plan(), plan);
    QCOMPARE(pushed.count(), 6);
}

// Typing into a cell through the view: red while refused, one command when accepted.
void TestPackageEditor::typedThroughTheView()
{
    PlanDocument doc(loadPackage());
    PackageEditor editor(&doc, false);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy pushed(doc.undoStack(), &QUndoStack::indexChanged);
    QTableView *view = editor.injectView();
    const QModelIndex cell = editor.injects()->index(1, PackageTableModel::Trigger);
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *line = view->findChild<QLineEdit *>(u"cellEditor"_s);
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, u"{\"at\": 999}"_s);
    QVERIFY(!line->toolTip().isEmpty());
    QVERIFY(line->styleSheet().contains(u"#fed7d7"_s));
    line->selectAll();
    QTest::keyClicks(line, u"{\"at\": 7}"_s);
    QCOMPARE(line->toolTip(), QString());
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(pushed.count(), 1); // the delegate commits from a queued call
    QCOMPARE(editor.injects()->data(cell).toString(), u"{\"at\":7}"_s);
    QCOMPARE(editor.problemsText(), QString());
}

void TestPackageEditor::playedPackageIsReadOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString package = dir.filePath(u"drill.json"_s);
    QVERIFY(QFile::copy(kPackage, package));
    QVERIFY(!PackageEditor::isPlayed(package));
    QVERIFY(QFile::copy(
        QStringLiteral(TRANCHE_SOURCE_DIR "/resources/exercises/dprk-breach-drill.log.json"),
        dir.filePath(u"drill.log.json"_s)));
    QVERIFY(PackageEditor::isPlayed(package));
    PlanDocument doc(loadPackage());
    PackageEditor editor(&doc, true);
    QSignalSpy pushed(doc.undoStack(), &QUndoStack::indexChanged);
    const QModelIndex cell = editor.injects()->index(0, PackageTableModel::InjectTitle);
    QVERIFY(!(editor.injects()->flags(cell) & Qt::ItemIsEditable));
    QVERIFY(!editor.injects()->setData(cell, u"Another title"_s));
    QVERIFY(!editor.objectives()->insertRows(editor.objectives()->rowCount(), 1));
    QCOMPARE(pushed.count(), 0);
}

// File > New Exercise on the bundled plan (one undo step), then File > Export >
// After-Action Report on a played package with its log beside it.
void TestPackageEditor::fileMenuOfTheEditor()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openFile(defaultScenarioPath()));
    MainWindowExercise *exercise = w.exercise();
    QVERIFY(exercise);
    QVERIFY(!exercise->editExerciseAction()->isEnabled());
    QVERIFY(exercise->newExerciseAction()->isEnabled());
    const QString title = w.document()->plan().meta.title;
    QSignalSpy pushed(w.document()->undoStack(), &QUndoStack::indexChanged);
    exercise->newExerciseAction()->trigger();
    QCOMPARE(pushed.count(), 1);
    QCOMPARE(exerciseMember(w.document()->plan()).value("title"_L1).toString(),
             title + u" - exercise"_s);
    QVERIFY(!exercise->newExerciseAction()->isEnabled());
    QVERIFY(exercise->editExerciseAction()->isEnabled());
    PackageEditor *editor = exercise->editExercise();
    QVERIFY(editor);
    QVERIFY(!editor->injects()->isReadOnly());
    QCOMPARE(editor->injects()->rowCount(), 0);
    QVERIFY(editor->injects()->insertRows(0, 1));
    QCOMPARE(pushed.count(), 2);
    const QString pdf = dir.filePath(u"aar.pdf"_s);
    QCOMPARE(exercise->exportAfterActionReport(pdf),
             u"No exercise log to report on: run the exercise first (its log is kept beside the "
             "saved package)."_s);
    w.document()->undoStack()->undo();
    w.document()->undoStack()->undo();
    QVERIFY(!w.document()->plan().extra.contains(kExerciseKey));

    // A played package saved as .tranche with its log beside it.
    const QString package = dir.filePath(u"drill.tranche"_s);
    QCOMPARE(savePlan(loadPackage(), package), QString());
    QVERIFY(QFile::copy(
        QStringLiteral(TRANCHE_SOURCE_DIR "/resources/exercises/dprk-breach-drill.log.json"),
        dir.filePath(u"drill.log.json"_s)));
    QVERIFY(w.openFile(package));
    QCOMPARE(exercise->exportAfterActionReport(pdf), QString());
    QVERIFY(QFile(pdf).size() > 0);
    editor = exercise->editExercise();
    QVERIFY(editor);
    QVERIFY(editor->injects()->isReadOnly()); // played: a new run starts from a copy
}

void TestPackageEditor::playedPlanIsReadOnlyInTheWindow_data()
{
    QTest::addColumn<QString>("edit");
    QTest::newRow("drop a catalog item") << u"drop"_s;
    QTest::newRow("place from the catalog") << u"place"_s;
    QTest::newRow("drag a placement") << u"drag"_s;
    QTest::newRow("type an escrow agent") << u"type"_s;
    QTest::newRow("step the extent") << u"step"_s;
    QTest::newRow("delete a placement") << u"delete"_s;
    QTest::newRow("mark the value not quantified") << u"quantified"_s;
    QTest::newRow("edit the sources") << u"sources"_s;
}

// Plan > Sources... on a played plan: the dialog opens read-only; Insert,
// Delete and F2 do nothing.
void TestPackageEditor::trySources(MainWindow &w)
{
    QAction *open = nullptr;
    for (QAction *a : w.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B))
            open = a;
    QVERIFY(open);
    QVERIFY(open->isEnabled()); // the bibliography can still be read
    QVERIFY(w.inspector()->findChild<QPushButton *>(u"metaSources"_s)->isEnabled());
    bool readOnly = false;
    bool editorOpened = true;
    QTimer::singleShot(0, this, [&] { // once exec() has shown the dialog
        auto *dialog = qobject_cast<SourcesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        readOnly = dialog->model()->isReadOnly();
        QTableView *table = dialog->table();
        table->setCurrentIndex(dialog->model()->index(0, 1));
        QTest::keyClick(table, Qt::Key_Insert);
        QTest::keyClick(table, Qt::Key_Delete);
        QTest::keyClick(table, Qt::Key_F2);
        editorOpened = table->viewport()->findChild<QLineEdit *>() != nullptr;
        dialog->reject();
    });
    open->trigger();
    QVERIFY(readOnly);
    QVERIFY(!editorOpened);
}

// One way of editing the plan in the window, on the placement at `at`.
void TestPackageEditor::tryEdit(MainWindow &w, const QString &edit, const QPoint &at)
{
    TimelineView *view = w.timeline();
    if (edit == u"drop"_s) {
        const QString item = w.document()->plan().catalog.items.constLast().id;
        QAbstractItemModel *items = w.palette()->itemsModel();
        const QModelIndexList found = items->match(items->index(0, 0), ItemIdRole, item, 1,
                                                   Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        const std::unique_ptr<QMimeData> mime(items->mimeData(found));
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(!enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(view->viewport(), &drop);
        QVERIFY(!drop.isAccepted());
    } else if (edit == u"place"_s) {
        emit w.palette()->itemActivated(w.document()->plan().catalog.items.constFirst().id);
    } else if (edit == u"drag"_s) {
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseMove(view->viewport(), at + QPoint(120, 0));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at + QPoint(120, 0));
    } else if (edit == u"type"_s) {
        auto *agent = w.inspector()->findChild<QLineEdit *>(u"placementEscrowAgent"_s);
        QVERIFY(agent);
        QVERIFY(agent->isReadOnly());
        agent->setFocus();
        QTest::keyClicks(agent, u"changed"_s);
        QTest::keyClick(agent, Qt::Key_Return);
    } else if (edit == u"quantified"_s) {
        auto *box = w.inspector()->findChild<QCheckBox *>(u"placementNotQuantified"_s);
        QVERIFY(box);
        QVERIFY(!box->isEnabled());
        box->click();
    } else if (edit == u"sources"_s) {
        trySources(w);
    } else if (edit == u"step"_s) {
        auto *extent = w.inspector()->findChild<QAbstractSpinBox *>(u"placementExtent"_s);
        QVERIFY(extent);
        QVERIFY(extent->isReadOnly());
        extent->setFocus();
        QTest::keyClick(extent, Qt::Key_Up);
    } else {
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
    }
}

// The played package opened in the window: every way of editing its plan is
// refused (nothing pushed on the undo stack), the reason in the status bar;
// File > Save As makes a copy that is not played, and editable again.
void TestPackageEditor::playedPlanIsReadOnlyInTheWindow()
{
    QFETCH(QString, edit);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Saved as .tranche (a .json is imported: the window keeps no file name
    // for it, so no log beside it to read).
    const QString package = dir.filePath(u"drill.tranche"_s);
    QCOMPARE(savePlan(loadPackage(), package), QString());
    QVERIFY(QFile::copy(exercisetest::kBundledLog, dir.filePath(u"drill.log.json"_s)));
    MainWindow w;
    w.setInteractive(false);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(package));
    PlayedLock *lock = w.exercise()->playedLock();
    QVERIFY(lock->isLocked());
    TimelineView *view = w.timeline();
    QVERIFY(!view->action(TimelineView::Command::Delete)->isEnabled());
    QVERIFY(!view->action(TimelineView::Command::AddPhase)->isEnabled());
    QVERIFY(view->action(TimelineView::Command::ZoomIn)->isEnabled());
    QSignalSpy pushed(w.document()->undoStack(), &QUndoStack::indexChanged);
    const PlacementRef ref{1, 0};
    const QRectF bar = view->geometry().placementRect(ref);
    view->ensureContentVisible(bar);
    const QPoint at = view->contentToViewport(bar.center()).toPoint();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at); // selecting still works
    QCOMPARE(view->selectedPlacements(), QList<PlacementRef>{ref});
    w.statusBar()->clearMessage();

    tryEdit(w, edit, at);
    QCOMPARE(pushed.count(), 0);
    if (edit == u"drop"_s || edit == u"place"_s)
        QCOMPARE(w.statusBar()->currentMessage(), PlayedLock::reason());
    for (QLineEdit *line : w.inspector()->findChildren<QLineEdit *>())
        if (!qobject_cast<QAbstractSpinBox *>(line->parentWidget()) &&
            !qobject_cast<QComboBox *>(line->parentWidget()))
            QVERIFY2(line->isReadOnly(), qPrintable(line->objectName()));
    // Nor are findings waived.
    QVERIFY(w.findingsPane()->isReadOnly());
    const QList<Finding> findings = RuleEngine::check(w.document()->plan());
    QVERIFY(!findings.isEmpty());
    QVERIFY(!w.findingsPane()->waiveFinding(findings.first(), u"accepted"_s, u"trainer"_s,
                                            QDate(2026, 12, 7)));
    QCOMPARE(pushed.count(), 0);

    // Save As: the copy has no log beside it, a new run starts from it.
    const QString copy = dir.filePath(u"copy.tranche"_s); // as File > Save As does
    QVERIFY(w.saveTo(copy));
    w.document()->setFileName(copy);
    QVERIFY(!lock->isLocked());
    QVERIFY(view->action(TimelineView::Command::Delete)->isEnabled());
    QVERIFY(!w.findingsPane()->isReadOnly());
    QVERIFY(!w.inspector()->findChild<QLineEdit *>(u"placementEscrowAgent"_s)->isReadOnly());
    QVERIFY(w.inspector()->findChild<QLineEdit *>(u"placementItem"_s)->isReadOnly()); // by design
}

QTEST_MAIN(TestPackageEditor)
#include "tst_packageeditor.moc"
