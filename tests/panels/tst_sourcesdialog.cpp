// Tests of editing the plan's bibliography in the window: the source table
// model under QAbstractItemModelTester (edits, undo, reset, catalog changes),
// an id the reader would refuse refused with its pointer and reason, the
// Sources dialog driven by its keys (Insert, F2, Delete, Ctrl+Z) with the
// warning before a cited source goes, read-only when the plan is locked, and
// the inspector's "Value not quantified" checkbox and Sources button.

#include "document/commands.h"
#include "document/plandocument.h"
#include "models/sourcetablemodel.h"
#include "panels/inspector.h"
#include "panels/sourcesdialog.h"
#include "support/sourcestestplan.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tranche;

namespace {

Plan samplePlan()
{
    return sourcestest::plan();
}

// Shows the dialog and puts the keyboard on cell (row, column) of its table;
// nullptr when the dialog is not shown.
QTableView *showAt(SourcesDialog &dialog, int row, int column)
{
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return nullptr;
    QTableView *table = dialog.table();
    table->setFocus();
    table->setCurrentIndex(dialog.model()->index(row, column));
    return table;
}

// F2 on the table's current cell: its editor, or nullptr when none opened.
QLineEdit *editCurrent(QTableView *table)
{
    QTest::keyClick(table, Qt::Key_F2);
    return qobject_cast<QLineEdit *>(QApplication::focusWidget());
}

// Return in a cell's editor: the delegate commits the text once the event loop
// runs (a queued call).
void commit(QWidget *editor)
{
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

QStringList ids(const PlanDocument &doc)
{
    QStringList out;
    for (const Source &s : doc.plan().meta.sources)
        out << s.id;
    return out;
}

} // namespace

class TestSourcesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelFollowsDocument();
    void modelEdits_data();
    void modelEdits();
    void citedByColumn();
    void dialogKeys();
    void refusedIdShown();
    void removeCitedAsksFirst();
    void readOnly();
    void inspectorValueQuantified();
    void inspectorSourcesButton();
};

void TestSourcesDialog::modelFollowsDocument()
{
    PlanDocument doc(samplePlan());
    SourceTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(SourceTableModel::ColumnCount));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QUndoStack *stack = doc.undoStack();

    stack->push(new AddSourceCommand(&doc, Source{u"S00"_s, {}, {}, {}, {}, {}}, 1));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.last().at(1).toInt(), 1);
    QCOMPARE(model.index(1, SourceTableModel::IdColumn).data().toString(), u"S00"_s);
    stack->push(new EditSourceFieldCommand(&doc, 3, SourceField::Year, u"2021"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 3);
    QCOMPARE(model.index(3, SourceTableModel::YearColumn).data().toString(), u"2021"_s);
    stack->push(new RemoveSourceCommand(&doc, 0));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.last().at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), 3);
    stack->setIndex(0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, SourceTableModel::IdColumn).data().toString(), u"S01"_s);
    QCOMPARE(model.index(2, SourceTableModel::YearColumn).data().toString(), QString());
    QCOMPARE(reset.count(), 0); // row by row, never a reset for one edit
    doc.resetPlan(Plan{});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestSourcesDialog::modelEdits_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("pointer"); // of the refusal
    QTest::addColumn<QString>("reason");
    QTest::newRow("title") << 0 << int(SourceTableModel::TitleColumn) << u"Fact sheet 2"_s << true
                           << QString() << QString();
    QTest::newRow("url") << 1 << int(SourceTableModel::UrlColumn) << u"https://un.org"_s << true
                         << QString() << QString();
    QTest::newRow("id") << 2 << int(SourceTableModel::IdColumn) << u"POE.2019"_s << true
                        << QString() << QString();
    QTest::newRow("empty id") << 2 << int(SourceTableModel::IdColumn) << QString() << false
                              << u"/plan/sources/2/id"_s
                              << u"must match [A-Za-z0-9._-]+ (got \"\")"_s;
    QTest::newRow("bad id") << 0 << int(SourceTableModel::IdColumn) << u"S/1"_s << false
                            << u"/plan/sources/0/id"_s
                            << u"must match [A-Za-z0-9._-]+ (got \"S/1\")"_s;
    QTest::newRow("duplicate id") << 2 << int(SourceTableModel::IdColumn) << u"S02"_s << false
                                  << u"/plan/sources/2/id"_s
                                  << u"duplicate source id \"S02\" (first at /plan/sources/1)"_s;
    QTest::newRow("cited by") << 0 << int(SourceTableModel::CitedByColumn) << u"9"_s << false
                              << QString() << QString();
}

void TestSourcesDialog::modelEdits()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QFETCH(QString, pointer);
    QFETCH(QString, reason);
    PlanDocument doc(samplePlan());
    const Plan before = doc.plan();
    SourceTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refused(&model, &SourceTableModel::refused);
    QSignalSpy index(doc.undoStack(), &QUndoStack::indexChanged);

    QCOMPARE(model.setData(model.index(row, column), value), accepted);
    QCOMPARE(index.count(), accepted ? 1 : 0);
    if (accepted) {
        QCOMPARE(model.index(row, column).data().toString(), value);
        doc.undoStack()->undo();
        QVERIFY(doc.plan() == before);
    } else {
        QVERIFY(doc.plan() == before);
    }
    QCOMPARE(refused.count(), pointer.isEmpty() ? 0 : 1);
    if (!pointer.isEmpty()) {
        QCOMPARE(refused.last().at(0).toString(), pointer);
        QCOMPARE(refused.last().at(1).toString(), reason);
    }
}

void TestSourcesDialog::citedByColumn()
{
    PlanDocument doc(samplePlan());
    SourceTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto citedBy = [&](int row) {
        return model.index(row, SourceTableModel::CitedByColumn).data().toInt();
    };
    QCOMPARE(citedBy(0), 2); // the coal item and the freeze action
    QCOMPARE(citedBy(1), 2);
    QCOMPARE(citedBy(2), 0);
    QCOMPARE(model.index(0, SourceTableModel::CitedByColumn).data(Qt::ToolTipRole).toString(),
             u"Coal export ban (un-coal)\nfreeze"_s);
    QCOMPARE(sourceCiters(doc.plan(), u"S02"_s),
             (QStringList{u"Coal export ban (un-coal)"_s, u"Statue exports (un-statue)"_s}));
    QVERIFY(!(model.flags(model.index(0, SourceTableModel::CitedByColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, SourceTableModel::TitleColumn)) & Qt::ItemIsEditable);
}

void TestSourcesDialog::dialogKeys()
{
    PlanDocument doc(samplePlan());
    SourcesDialog dialog(&doc);
    QTableView *table = showAt(dialog, 0, 0);
    QVERIFY(table);
    QUndoStack *stack = doc.undoStack();

    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(ids(doc), (QStringList{u"S01"_s, u"S02"_s, u"S03"_s, u"S4"_s}));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(table->currentIndex(), dialog.model()->index(3, SourceTableModel::IdColumn));

    QLineEdit *editor = editCurrent(table); // the new id, its text selected
    QVERIFY(editor);
    QCOMPARE(editor->text(), u"S4"_s);
    QTest::keyClicks(editor, u"KCNA-2018"_s);
    commit(editor);
    QCOMPARE(ids(doc).last(), u"KCNA-2018"_s);
    QCOMPARE(stack->count(), 2);

    QTest::keyClick(table, Qt::Key_Right); // the title
    editor = editCurrent(table);
    QVERIFY(editor);
    QTest::keyClicks(editor, u"Statement"_s);
    commit(editor);
    QCOMPARE(doc.plan().meta.sources.at(3).title, u"Statement"_s);
    QCOMPARE(stack->count(), 3);

    QTest::keyClick(table, Qt::Key_Delete); // uncited: goes at once
    QCOMPARE(ids(doc), (QStringList{u"S01"_s, u"S02"_s, u"S03"_s}));
    QCOMPARE(stack->count(), 4);

    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier); // undo, from the dialog
    QCOMPARE(stack->index(), 3);
    QCOMPARE(doc.plan().meta.sources.at(3).title, u"Statement"_s);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(doc.plan() == samplePlan());
    QCOMPARE(dialog.model()->rowCount(), 3);
}

void TestSourcesDialog::refusedIdShown()
{
    PlanDocument doc(samplePlan());
    SourcesDialog dialog(&doc);
    QTableView *table = showAt(dialog, 2, SourceTableModel::IdColumn);
    QVERIFY(table);
    QLineEdit *editor = editCurrent(table);
    QVERIFY(editor);
    QTest::keyClicks(editor, u"S01"_s);
    commit(editor);
    QVERIFY(doc.plan() == samplePlan());
    QCOMPARE(doc.undoStack()->count(), 0);
    auto *problem = dialog.findChild<QLabel *>(u"sourcesProblem"_s);
    QVERIFY(problem->isVisibleTo(&dialog));
    QCOMPARE(problem->text(), u"Not changed: duplicate source id \"S01\" (first at "
                              "/plan/sources/0) (/plan/sources/2/id)"_s);
    // The next edit made answers the refusal.
    table->setCurrentIndex(dialog.model()->index(2, SourceTableModel::TitleColumn));
    editor = editCurrent(table);
    QVERIFY(editor);
    QTest::keyClicks(editor, u"New"_s);
    commit(editor);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(!problem->isVisibleTo(&dialog));
}

void TestSourcesDialog::removeCitedAsksFirst()
{
    PlanDocument doc(samplePlan());
    SourcesDialog dialog(&doc);
    QTableView *table = showAt(dialog, 1, SourceTableModel::TitleColumn);
    QVERIFY(table);
    QCOMPARE(dialog.findChild<QLabel *>(u"sourcesCiters"_s)->text(),
             u"Cited by: Coal export ban (un-coal), Statue exports (un-statue)"_s);

    QTest::keyClick(table, Qt::Key_Delete);
    auto *box = dialog.findChild<QMessageBox *>(u"removeCitedSource"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    // (English plural forms come from translations/tranche_en.ts, which tests do not load.)
    QCOMPARE(box->text(), u"2 catalog entr(y/ies) cite(s) S02:"_s);
    QVERIFY(box->informativeText().startsWith(
        u"Coal export ban (un-coal)\nStatue exports (un-statue)\n\n"_s));
    QCOMPARE(doc.undoStack()->count(), 0);
    box->button(QMessageBox::Cancel)->click(); // kept
    QCOMPARE(ids(doc), (QStringList{u"S01"_s, u"S02"_s, u"S03"_s}));
    QCOMPARE(doc.undoStack()->count(), 0);

    QTest::keyClick(table, Qt::Key_Delete);
    QMessageBox *again = nullptr;
    QTRY_VERIFY((again = dialog.findChild<QMessageBox *>(u"removeCitedSource"_s)) &&
                again->isVisible());
    for (QAbstractButton *b : again->buttons()) {
        if (again->buttonRole(b) == QMessageBox::DestructiveRole)
            b->click();
    }
    QCOMPARE(ids(doc), (QStringList{u"S01"_s, u"S03"_s}));
    QCOMPARE(doc.undoStack()->undoText(), u"Remove Source"_s);
    // The citation stays as written.
    QCOMPARE(doc.plan().catalog.items.at(1).source, u"S02"_s);
}

void TestSourcesDialog::readOnly()
{
    PlanDocument doc(samplePlan());
    SourcesDialog dialog(&doc);
    dialog.setReadOnly(true, u"played"_s);
    QTableView *table = showAt(dialog, 0, SourceTableModel::IdColumn);
    QVERIFY(table);
    QTest::keyClick(table, Qt::Key_Insert);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(!editCurrent(table));
    QCOMPARE(QApplication::focusWidget(), table);
    QVERIFY(!dialog.findChild<QPushButton *>(u"sourcesAdd"_s)->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(u"sourcesRemove"_s)->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(u"sourcesCiters"_s)->text(), u"played"_s);
    QVERIFY(!dialog.model()->setData(dialog.model()->index(0, 1), u"x"_s));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(doc.plan() == samplePlan());
}

void TestSourcesDialog::inspectorValueQuantified()
{
    PlanDocument doc(samplePlan());
    Inspector inspector;
    inspector.setDocument(&doc);
    inspector.show();
    inspector.setSelection({0, 1}); // the statue item, valued 0
    auto *box = inspector.findChild<QCheckBox *>(u"placementNotQuantified"_s);
    QVERIFY(box);
    QVERIFY(box->isEnabled());
    QVERIFY(!box->isChecked());
    QSignalSpy index(doc.undoStack(), &QUndoStack::indexChanged);
    box->click();
    QCOMPARE(index.count(), 1);
    QCOMPARE(doc.plan().catalog.items.at(1).valueQuantified, false);
    QCOMPARE(doc.undoStack()->undoText(), u"Change Value Quantified"_s);
    doc.undoStack()->undo();
    QVERIFY(doc.plan() == samplePlan());
    QVERIFY(!box->isChecked());
    doc.undoStack()->redo();
    QVERIFY(box->isChecked());

    inspector.setSelection({0, 0}); // coal, valued: cannot be "not quantified"
    QVERIFY(!box->isChecked());
    QVERIFY(!box->isEnabled());
    QCOMPARE(box->toolTip(), u"Coal export ban has an estimated value: an item whose value is "
                             "not quantified is valued 0 in the catalog"_s);
}

void TestSourcesDialog::inspectorSourcesButton()
{
    PlanDocument doc(samplePlan());
    Inspector inspector;
    inspector.setDocument(&doc);
    auto *button = inspector.findChild<QPushButton *>(u"metaSources"_s);
    QVERIFY(button);
    QCOMPARE(button->text(), u"3 source(s)..."_s);
    QSignalSpy requested(&inspector, &Inspector::sourcesRequested);
    button->click();
    QCOMPARE(requested.count(), 1);
    doc.undoStack()->push(new RemoveSourceCommand(&doc, 2));
    QCOMPARE(button->text(), u"2 source(s)..."_s);
}

QTEST_MAIN(TestSourcesDialog)
#include "tst_sourcesdialog.moc"
