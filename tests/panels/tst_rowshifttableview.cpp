// Tests of RowShiftTableView: after rows are inserted or removed it repaints
// only its viewport from the first shifted row down (nothing when that row is
// below what it shows), still shows every row where it belongs, and repaints
// whole after a reset.

#include "panels/rowshifttableview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QPaintEvent>
#include <QStandardItemModel>
#include <QTest>

using namespace tranche;

namespace {

// The union of what a widget was asked to paint.
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QWidget *widget) { widget->installEventFilter(this); }
    QRegion painted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return QObject::eventFilter(watched, event);
    }
};

void settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace

class TestRowShiftTableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repaintsFromTheShift_data();
    void repaintsFromTheShift();
    void resetRepaintsAll();
};

void TestRowShiftTableView::repaintsFromTheShift_data()
{
    QTest::addColumn<bool>("insert");
    QTest::addColumn<int>("row");   // where rows are inserted or removed
    QTest::addColumn<int>("count"); // how many
    // The viewport shows rows 0 to about 9 of 200.
    QTest::newRow("insert far below") << true << 150 << 2;
    QTest::newRow("remove far below") << false << 150 << 2;
    QTest::newRow("remove the last rows") << false << 198 << 2;
    QTest::newRow("insert in sight") << true << 4 << 1;
    QTest::newRow("remove in sight") << false << 4 << 3;
    QTest::newRow("insert at the top") << true << 0 << 1;
    QTest::newRow("remove at the top") << false << 0 << 1;
}

void TestRowShiftTableView::repaintsFromTheShift()
{
    QFETCH(bool, insert);
    QFETCH(int, row);
    QFETCH(int, count);

    QStandardItemModel model(200, 2);
    QAbstractItemModelTester tester(&model);
    RowShiftTableView view;
    view.setModel(&model);
    view.verticalHeader()->hide();
    view.verticalHeader()->setDefaultSectionSize(20);
    view.resize(300, 230);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    settle();

    PaintRecorder recorder(view.viewport());
    const int top = view.rowViewportPosition(row);
    if (insert)
        model.insertRows(row, count);
    else
        model.removeRows(row, count);
    settle();

    const QRect viewport = view.viewport()->rect();
    const QRect expected =
        top >= viewport.height() ? QRect() : viewport.adjusted(0, std::max(0, top), 0, 0);
    QCOMPARE(recorder.painted.boundingRect(), expected);
    // Every row in sight is laid out where it belongs.
    for (int r = 0; r < model.rowCount() && view.rowViewportPosition(r) < viewport.height(); ++r)
        QCOMPARE(view.indexAt(QPoint(5, view.rowViewportPosition(r) + 2)).row(), r);
}

void TestRowShiftTableView::resetRepaintsAll()
{
    QStandardItemModel model(50, 2);
    RowShiftTableView view;
    view.setModel(&model);
    view.resize(300, 230);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    settle();
    PaintRecorder recorder(view.viewport());
    model.removeRows(40, 2); // out of sight, then a reset in the same burst
    model.clear();
    model.setColumnCount(2);
    model.setRowCount(40);
    settle();
    const QRect all = view.viewport()->rect();
    QCOMPARE(recorder.painted.intersected(all), QRegion(all));
}

QTEST_MAIN(TestRowShiftTableView)
#include "tst_rowshifttableview.moc"
