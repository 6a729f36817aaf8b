// The findings pane's detail part is built on the first selection of a
// finding: until then a placeholder paints "Select a finding to see its
// details." as the QTextBrowser does (the same pixels, the same size hints),
// holds its place in the Tab order and hands the focus to the browser when it
// gets it (or an accessibility client becomes active); a finding selected by
// keyboard shows its details in the browser, and the next one replaces them.

#include "document/plandocument.h"
#include "io/planio.h"
#include "models/findingsmodel.h"
#include "panels/findingdetailplaceholder.h"
#include "panels/findingspane.h"
#include "rules/checker.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QImage>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tranche;

namespace {

const QString kSelectHtml = u"<p><i>Select a finding to see its details.</i></p>"_s;

// The focusable widgets of the pane, in Tab order from its first one, by object name.
QStringList tabOrder(QWidget *first)
{
    QStringList names;
    QWidget *w = first;
    do {
        if (w->focusPolicy() & Qt::TabFocus && !w->objectName().isEmpty())
            names << w->objectName();
        w = w->nextInFocusChain();
    } while (w != first);
    return names;
}

} // namespace

class TestFindingsDetail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void placeholderPaintsAsBrowser_data();
    void placeholderPaintsAsBrowser();
    void unbuiltUntilSelected();
    void keyboardSelectionShowsDetail();
    void placeholderHandsFocusOn();
    void builtForAccessibilityClients();

private:
    FindingsPane &showPane();

    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<Checker> m_checker;
    std::unique_ptr<FindingsPane> m_pane;
};

void TestFindingsDetail::init()
{
    OpenResult read = openPlan(defaultScenarioPath());
    QVERIFY(read.ok());
    m_document = std::make_unique<PlanDocument>(*read.plan);
    m_checker = std::make_unique<Checker>(m_document.get());
    m_pane = std::make_unique<FindingsPane>();
    m_pane->setDocument(m_document.get(), m_checker.get());
}

void TestFindingsDetail::cleanup()
{
    m_pane.reset();
    m_checker.reset();
    m_document.reset();
}

// The DPRK plan's findings in a shown, active pane.
FindingsPane &TestFindingsDetail::showPane()
{
    m_pane->resize(900, 400);
    m_pane->show();
    QApplication::setActiveWindow(m_pane.get()); // no window manager under Xvfb
    if (!QTest::qWaitForWindowExposed(m_pane.get()))
        qWarning("the pane is not shown");
    return *m_pane;
}

void TestFindingsDetail::placeholderPaintsAsBrowser_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("html");
    QTest::newRow("dock") << QSize(620, 100) << kSelectHtml;
    QTest::newRow("narrow, wrapped") << QSize(90, 120) << kSelectHtml;
    QTest::newRow("short") << QSize(300, 40) << kSelectHtml;
    QTest::newRow("two paragraphs")
        << QSize(400, 160) << u"<h3>INT-1: a principle</h3><p>A longer message.</p>"_s;
}

void TestFindingsDetail::placeholderPaintsAsBrowser()
{
    QFETCH(QSize, size);
    QFETCH(QString, html);
    FindingDetailPlaceholder placeholder;
    QTextBrowser browser;
    QCOMPARE(placeholder.sizeHint(), browser.sizeHint());
    QCOMPARE(placeholder.minimumSizeHint(), browser.minimumSizeHint());
    QCOMPARE(placeholder.sizePolicy(), browser.sizePolicy());
    QCOMPARE(placeholder.focusPolicy(), browser.focusPolicy());
    placeholder.setHtml(html);
    browser.setHtml(html);
    QCOMPARE(placeholder.toPlainText(), browser.toPlainText());
    placeholder.resize(size);
    browser.resize(size);
    const QImage painted = placeholder.grab().toImage();
    const QImage expected = browser.grab().toImage();
    QCOMPARE(painted.size(), expected.size());
    QCOMPARE(painted, expected);
}

void TestFindingsDetail::unbuiltUntilSelected()
{
    FindingsPane &pane = showPane();
    QVERIFY(!pane.hasCurrentFinding());
    QVERIFY(!pane.findChild<QTextBrowser *>());
    auto *placeholder = pane.findChild<FindingDetailPlaceholder *>(u"findingDetail"_s);
    QVERIFY(placeholder);
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->accessibleName(), u"Finding details"_s);
    QCOMPARE(pane.detailText(), u"Select a finding to see its details."_s);
    QCOMPARE(tabOrder(pane.findChild<QWidget *>(u"showViolations"_s)),
             (QStringList{u"showViolations"_s, u"showWarnings"_s, u"showInfos"_s, u"ruleFilter"_s,
                          u"phaseFilter"_s, u"showWaived"_s, u"findingsView"_s, u"findingDetail"_s,
                          u"waiveButton"_s, u"removeWaiverButton"_s}));
}

void TestFindingsDetail::keyboardSelectionShowsDetail()
{
    FindingsPane &pane = showPane();
    QAbstractItemModelTester tester(pane.proxyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(pane.proxyModel()->rowCount() >= 2);
    const auto message = [&pane](int row) {
        return pane.proxyModel()->index(row, FindingsModel::MessageColumn).data().toString();
    };
    // Tab from the last filter into the table: its first finding becomes current.
    pane.findChild<QWidget *>(u"showWaived"_s)->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), pane.view());
    QTest::keyClick(pane.view(), Qt::Key_Down);
    QCOMPARE(pane.view()->currentIndex().row(), 1);

    auto *browser = pane.findChild<QTextBrowser *>(u"findingDetail"_s);
    QVERIFY(browser);
    QVERIFY(browser->isVisible());
    QCOMPARE(browser->accessibleName(), u"Finding details"_s);
    QCOMPARE(pane.detailText(), browser->toPlainText());
    QVERIFY2(browser->toPlainText().contains(message(1)), qPrintable(browser->toPlainText()));
    QVERIFY2(browser->toPlainText().contains(pane.currentFinding().rule),
             qPrintable(browser->toPlainText()));
    QVERIFY(!browser->toPlainText().contains(u"Select a finding"_s));
    QVERIFY(browser->geometry().height() > 0);
    QTRY_VERIFY(!pane.findChild<FindingDetailPlaceholder *>()); // deleted once its events ran

    // The next finding replaces the details; the browser keeps the placeholder's Tab place.
    QTest::keyClick(pane.view(), Qt::Key_Up);
    QCOMPARE(pane.view()->currentIndex().row(), 0);
    QVERIFY2(browser->toPlainText().contains(message(0)), qPrintable(browser->toPlainText()));
    QCOMPARE(tabOrder(pane.findChild<QWidget *>(u"showViolations"_s)),
             (QStringList{u"showViolations"_s, u"showWarnings"_s, u"showInfos"_s, u"ruleFilter"_s,
                          u"phaseFilter"_s, u"showWaived"_s, u"findingsView"_s, u"findingDetail"_s,
                          u"waiveButton"_s, u"removeWaiverButton"_s, u"staleWaivers"_s,
                          u"removeStaleButton"_s}));
    QTest::keyClick(pane.view(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), browser);
}

void TestFindingsDetail::placeholderHandsFocusOn()
{
    FindingsPane &pane = showPane();
    auto *placeholder = pane.findChild<FindingDetailPlaceholder *>(u"findingDetail"_s);
    QVERIFY(placeholder);
    placeholder->setFocus(Qt::BacktabFocusReason); // e.g. Shift+Tab from the dock after
    auto *browser = pane.findChild<QTextBrowser *>(u"findingDetail"_s);
    QVERIFY(browser);
    QCOMPARE(QApplication::focusWidget(), browser);
    QVERIFY(!pane.hasCurrentFinding());
    QCOMPARE(browser->toPlainText(), u"Select a finding to see its details."_s);
}

// A screen reader only ever meets the browser: built as soon as an
// accessibility client becomes active (offscreen, QAccessible::isActive()
// stays false: the pane's check at construction is not reached here).
void TestFindingsDetail::builtForAccessibilityClients()
{
    QVERIFY(!m_pane->findChild<QTextBrowser *>());
    QAccessible::setActive(true);
    auto *browser = m_pane->findChild<QTextBrowser *>(u"findingDetail"_s);
    QVERIFY(browser);
    QCOMPARE(browser->toPlainText(), u"Select a finding to see its details."_s);
    QAccessible::setActive(false); // (a pane built while one is active builds it at once)
}

QTEST_MAIN(TestFindingsDetail)
#include "tst_findingsdetail.moc"
