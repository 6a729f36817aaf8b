// The editor's first frame is its settled look: opened on the bundled DPRK
// plan with the default layout, the window painted for the first time looks
// the same as once every queued and timed layout step has run (nothing moves
// or resizes after the first frame), its docks are where they stay, and the
// catalog's search fields get their clear buttons once painted.
// Runs offscreen (a 800x800 screen: the narrow layout) and, through
// tests/window/xvfb-test.sh, on 1280x720 (three columns) and at scale 2.

#include "io/planio.h"
#include "panels/catalogpalette.h"
#include "panels/deferredclearbutton.h"
#include "panels/findingdetailplaceholder.h"
#include "panels/findingspane.h"
#include "timeline/timelineview.h"
#include "window/firstframewatcher.h"
#include "window/mainwindow.h"

#include <QDockWidget>
#include <QImage>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

// What the window shows, as far as layout goes: each dock's place and size.
QList<QRect> dockGeometries(const MainWindow &window)
{
    QList<QRect> rects;
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        rects.append(dock->isVisible() ? dock->geometry() : QRect());
    rects.append(window.timeline()->QWidget::geometry());
    return rects;
}

} // namespace

class TestFirstFrame : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstFrameIsSettled();
    void clearButtonsAfterFirstFrame();
    void findingDetailOnFirstSelection();

private:
    std::unique_ptr<MainWindow> m_window;
    QImage m_first; // the window as its first frame showed it
    QSize m_firstSize;
    QList<QRect> m_firstDocks;
};

void TestFirstFrame::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // the default layout, not one saved by another run
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    QVERIFY(m_window->openFile(defaultScenarioPath()));
    // As bench/startup.sh and a user see it: the frame the timeline is first painted in.
    FirstFrameWatcher watcher(m_window->timeline()->viewport());
    connect(
        &watcher, &FirstFrameWatcher::firstFramePainted, this,
        [this] {
            m_first = m_window->grab().toImage();
            m_firstSize = m_window->size();
            m_firstDocks = dockGeometries(*m_window);
        },
        Qt::QueuedConnection); // where the startup measurement stops: once the frame is painted
    m_window->show();
    QVERIFY(watcher.wait());
    QTRY_VERIFY(!m_first.isNull());
    // Everything queued and timed at zero delay since: several rounds of events.
    for (int round = 0; round < 10; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

void TestFirstFrame::firstFrameIsSettled()
{
    QCOMPARE(m_window->size(), m_firstSize);
    QCOMPARE(dockGeometries(*m_window), m_firstDocks);
    const QImage settled = m_window->grab().toImage();
    QCOMPARE(settled.size(), m_first.size());
    QVERIFY2(settled == m_first, "the window changed after its first frame");
}

// The clear button of a search field is turned on once the field has been
// painted: the shown tab's at once; the other tab is built, its field with it,
// and the button turned on, when it is first shown.
void TestFirstFrame::clearButtonsAfterFirstFrame()
{
    auto *tabs = m_window->palette()->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    const auto searchField = [tabs](int tab) {
        QLineEdit *field = nullptr;
        for (QLineEdit *edit : tabs->widget(tab)->findChildren<QLineEdit *>()) {
            if (!edit->placeholderText().isEmpty()) // not a combo box's editor
                field = edit;
        }
        return field;
    };
    QCOMPARE(tabs->currentIndex(), 0);
    QLineEdit *shown = searchField(0);
    QVERIFY(shown);
    QVERIFY(shown->isClearButtonEnabled());
    QCOMPARE(searchField(1), nullptr); // the hidden tab is not built yet
    tabs->setCurrentIndex(1);
    QLineEdit *hidden = searchField(1);
    QVERIFY(hidden && hidden != shown);
    QVERIFY(hidden->isVisible());
    QTRY_VERIFY(hidden->isClearButtonEnabled());
    // Focus turns it on at once, before a character is typed (a field never painted).
    QLineEdit lone;
    DeferredClearButton::install(&lone);
    QVERIFY(!lone.isClearButtonEnabled());
    QFocusEvent focusIn(QEvent::FocusIn, Qt::TabFocusReason);
    QCoreApplication::sendEvent(&lone, &focusIn);
    QVERIFY(lone.isClearButtonEnabled());
}

// The first frame shows the findings detail's placeholder; the first selected
// finding puts the browser in its place, showing that finding.
void TestFirstFrame::findingDetailOnFirstSelection()
{
    FindingsPane *pane = m_window->findingsPane();
    auto *placeholder = pane->findChild<FindingDetailPlaceholder *>(u"findingDetail"_s);
    QVERIFY(placeholder);
    QVERIFY(placeholder->isVisible());
    QVERIFY(!pane->findChild<QTextBrowser *>());
    const QRect place = placeholder->geometry();
    QVERIFY(pane->proxyModel()->rowCount() > 0);
    pane->setCurrentRow(0);
    auto *browser = pane->findChild<QTextBrowser *>(u"findingDetail"_s);
    QVERIFY(browser);
    QTRY_VERIFY(browser->isVisible());
    QCOMPARE(browser->geometry(), place);
    QVERIFY2(browser->toPlainText().contains(pane->currentFinding().message),
             qPrintable(browser->toPlainText()));
}

QTEST_MAIN(TestFirstFrame)
#include "tst_firstframe.moc"
