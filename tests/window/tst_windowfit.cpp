// The editor on a laptop screen. Runs on a real (virtual) X screen:
// tests/window/xvfb-test.sh starts it at 1280x720, and at QT_SCALE_FACTOR=2 on
// 1600x1000 (800x500 in Qt's units); the minimal and offscreen platforms have
// no real screen size. On the bundled DPRK plan with the default layout: the
// window fits the screen, the inspector's fields show the start of their text
// and are wide enough to read, the catalog's names are elided in the middle
// with the whole name in the tooltip, and the findings show at least 5 rows.

#include "document/plandocument.h"
#include "io/planio.h"
#include "models/roles.h"
#include "panels/catalogpalette.h"
#include "panels/findingspane.h"
#include "panels/inspector.h"
#include "timeline/timelineview.h"
#include "window/mainwindow.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

// A field must show at least this many average characters.
constexpr int kMinFieldChars = 14;

// The inspector's own line edits that are shown (not those inside spin boxes and combos).
QList<QLineEdit *> shownLineEdits(QWidget *inspector)
{
    QList<QLineEdit *> edits;
    for (QLineEdit *edit : inspector->findChildren<QLineEdit *>()) {
        if (qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) ||
            qobject_cast<QComboBox *>(edit->parentWidget()))
            continue;
        if (edit->isVisible())
            edits.append(edit);
    }
    return edits;
}

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void windowFitsScreen();
    void inspectorFields_data();
    void inspectorFields();
    void catalogNames();
    void findingsRows();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowFit::initTestCase()
{
    if (QGuiApplication::platformName() != u"xcb"_s)
        QSKIP("needs a real screen size: run through tests/window/xvfb-test.sh");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // the default layout, not one saved by another run
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    QVERIFY(m_window->openFile(defaultScenarioPath()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The default layout is applied once the docks have their size hints, the window
    // sized once they have their new minimum sizes: a few rounds of events.
    for (int round = 0; round < 5; ++round)
        QCoreApplication::processEvents();
    qInfo("screen %s, window %s",
          qPrintable(QDebug::toString(m_window->screen()->availableGeometry())),
          qPrintable(QDebug::toString(m_window->frameGeometry())));
}

void TestWindowFit::cleanupTestCase()
{
    m_window.reset();
}

void TestWindowFit::windowFitsScreen()
{
    const QRect screen = m_window->screen()->availableGeometry();
    const QRect frame = m_window->frameGeometry();
    QVERIFY2(screen.contains(frame), qPrintable(QDebug::toString(frame)));
}

void TestWindowFit::inspectorFields_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("plan") << u"plan"_s;
    QTest::newRow("phase") << u"phase"_s;
    QTest::newRow("placement") << u"placement"_s;
    QTest::newRow("action") << u"action"_s;
}

void TestWindowFit::inspectorFields()
{
    QFETCH(QString, page);
    TimelineView *timeline = m_window->timeline();
    const Plan &plan = m_window->document()->plan();
    // The phase with the longest relief name: the hardest to show.
    int phase = 0;
    for (int p = 0; p < plan.phases.size(); ++p) {
        if (!plan.phases.at(p).reliefs.isEmpty() && !plan.phases.at(p).actions.isEmpty())
            phase = p;
    }
    if (page == u"plan"_s)
        timeline->clearSelection();
    else if (page == u"phase"_s)
        timeline->setSelectedPhase(phase);
    else if (page == u"placement"_s)
        timeline->setSelectedPlacements({PlacementRef{phase, 0}});
    else
        timeline->setSelectedAction(phase, 0);
    QCoreApplication::processEvents();

    Inspector *inspector = m_window->inspector();
    const QList<QLineEdit *> edits = shownLineEdits(inspector);
    QVERIFY(!edits.isEmpty());
    for (QLineEdit *edit : edits) {
        const QString name = edit->objectName();
        if (!edit->text().isEmpty())
            QVERIFY2(
                edit->cursorPosition() == 0,
                qPrintable(name + u": cursor at "_s + QString::number(edit->cursorPosition())));
        const int chars = edit->width() / edit->fontMetrics().averageCharWidth();
        QVERIFY2(chars >= kMinFieldChars,
                 qPrintable(name + u" shows about "_s + QString::number(chars) + u" characters"_s));
    }
}

void TestWindowFit::catalogNames()
{
    QTreeView *view = m_window->palette()->itemsView();
    QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
    const int chars = view->columnWidth(0) / view->fontMetrics().averageCharWidth();
    QVERIFY2(chars >= 16, qPrintable(QString::number(chars)));
    const QAbstractItemModel *model = view->model();
    const QModelIndexList leaves = model->match(model->index(0, 0), ItemIdRole, u".*"_s, -1,
                                                Qt::MatchRegularExpression | Qt::MatchRecursive);
    QVERIFY(leaves.size() > 20);
    int elided = 0;
    for (const QModelIndex &index : leaves) {
        const QString name = index.data(Qt::DisplayRole).toString();
        QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(name.toHtmlEscaped()),
                 qPrintable(name));
        // What the row shows keeps the name's end (the words that tell items apart).
        const QRect rect = view->visualRect(index);
        const QString shown =
            view->fontMetrics().elidedText(name, view->textElideMode(), rect.width() - 8);
        if (shown != name) {
            ++elided;
            QVERIFY2(shown.endsWith(name.right(3)), qPrintable(shown));
        }
    }
    qInfo("%d of %d names elided", elided, int(leaves.size()));
}

void TestWindowFit::findingsRows()
{
    QTableView *view = m_window->findingsPane()->view();
    QVERIFY(view->isVisible());
    const int rows = view->viewport()->height() / view->verticalHeader()->defaultSectionSize();
    QVERIFY2(rows >= 5, qPrintable(QString::number(rows) + u" rows"_s));
    // The filter buttons are whole: their texts, or their icons alone when narrow.
    for (const QToolButton *b : m_window->findingsPane()->findChildren<QToolButton *>()) {
        if (b->isVisible())
            QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->objectName()));
    }
}

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
