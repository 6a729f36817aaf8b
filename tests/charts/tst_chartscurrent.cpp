// The charts of the editor window are never left stale: after a drop (the
// command a drop pushes), its undo, its redo, a burst of edits handled in one
// go and the undo of everything, every bar and point of every series equals
// the value flow computed from the plan from scratch, the axes hold every
// value, and the overlays and the interim panel equal those of charts built
// afresh. Data-driven over the charts shown (the chart in front follows each
// change, those behind the other tabs catch up when chosen) and hidden (they
// only note that they are stale, and are checked when shown).

#include "charts/chartoverlay.h"
#include "charts/chartswidget.h"
#include "charts/flowcharts.h"
#include "charts/interimpanel.h"
#include "document/plandocument.h"
#include "document/timelineedits.h"
#include "flow/valueflow.h"
#include "support/chartseries.h"
#include "window/mainwindow.h"

#include <QCategoryAxis>
#include <QDockWidget>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <optional>
#include <tuple>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// Every value of `flow` within the axes of `charts`.
QString axesDifference(const FlowCharts &charts, const ValueFlow &flow)
{
    const auto axis = [](QChart *chart, Qt::Alignment alignment) -> QCategoryAxis * {
        const QList<QAbstractAxis *> axes = chart->axes();
        for (QAbstractAxis *a : axes) {
            if (a->alignment() == alignment)
                return static_cast<QCategoryAxis *>(a);
        }
        return nullptr;
    };
    double bar = 0, cumulative = 0, exposure = 0;
    for (const FlowMonth &m : flow.months) {
        bar = std::max(bar, m.released + m.escrowed);
        cumulative = std::max({cumulative, m.releasedCumulative, m.escrowBalance});
        exposure = std::max({exposure, m.exposure, m.releasedCumulative});
    }
    const double lastMonth = double(std::max<qsizetype>(1, flow.months.size())) - 0.5;
    if (axis(charts.monthlyChart(), Qt::AlignBottom)->max() != lastMonth ||
        axis(charts.exposureChart(), Qt::AlignBottom)->max() != lastMonth)
        return u"month axis"_s;
    if (axis(charts.monthlyChart(), Qt::AlignLeft)->max() < bar ||
        axis(charts.monthlyChart(), Qt::AlignRight)->max() < cumulative ||
        axis(charts.exposureChart(), Qt::AlignLeft)->max() < exposure)
        return u"money axis"_s;
    return {};
}

// What a marker says and where (its colour follows the palette).
QList<std::tuple<double, std::optional<double>, QString>> places(const ChartOverlay *overlay)
{
    QList<std::tuple<double, std::optional<double>, QString>> result;
    for (const ChartOverlay::Marker &m : overlay->markers())
        result.append({m.x, m.y, m.label});
    return result;
}

// The overlays and the interim panel of `charts` against charts built afresh.
QString overlayDifference(const FlowCharts &charts, PlanDocument *document)
{
    const FlowCharts fresh(document);
    if (charts.monthlyOverlay()->spans() != fresh.monthlyOverlay()->spans() ||
        charts.exposureOverlay()->spans() != fresh.exposureOverlay()->spans())
        return u"shading"_s;
    if (charts.monthlyOverlay()->steps() != fresh.monthlyOverlay()->steps())
        return u"counterpart steps"_s;
    if (places(charts.monthlyOverlay()) != places(fresh.monthlyOverlay()) ||
        places(charts.exposureOverlay()) != places(fresh.exposureOverlay()))
        return u"markers"_s;
    if (charts.interimPanel()->isShown() != fresh.interimPanel()->isShown() ||
        charts.interimPanel()->title() != fresh.interimPanel()->title())
        return u"interim panel"_s;
    return {};
}

bool sameMonths(const ValueFlow &a, const ValueFlow &b)
{
    if (a.months.size() != b.months.size())
        return false;
    for (qsizetype m = 0; m < a.months.size(); ++m) {
        const FlowMonth &x = a.months.at(m);
        const FlowMonth &y = b.months.at(m);
        if (x.released != y.released || x.escrowed != y.escrowed ||
            x.releasedCumulative != y.releasedCumulative || x.escrowBalance != y.escrowBalance ||
            x.exposure != y.exposure)
            return false;
    }
    return true;
}

} // namespace

class TestChartsCurrent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // no saved layout
    void neverStale_data();
    void neverStale();
};

void TestChartsCurrent::neverStale_data()
{
    QTest::addColumn<bool>("shown");
    QTest::newRow("charts shown") << true;
    QTest::newRow("charts hidden") << false;
}

void TestChartsCurrent::neverStale()
{
    QFETCH(bool, shown);
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openFile(u":/scenarios/dprk-2018.json"_s));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ChartsWidget *widget = window.chartsWidget();
    auto *findingsDock = window.findChild<QDockWidget *>(u"FindingsDock"_s);
    QVERIFY(findingsDock);
    // The charts as they are: charts() would bring them up to date first.
    const FlowCharts *charts = widget->findChild<FlowCharts *>();
    QVERIFY(charts);
    window.chartsDock()->raise();
    settle();
    if (!shown) {
        findingsDock->raise();
        settle();
    }

    PlanDocument *doc = window.document();
    QUndoStack *undo = doc->undoStack();
    const QStringList items{doc->plan().catalog.items.at(7).id, doc->plan().catalog.items.at(3).id};
    const QList<std::pair<QString, std::function<void()>>> steps = {
        {u"drop"_s, [&] { QCOMPARE(TimelineEdits::placeItems(doc, 2, {items.at(0)}), QString()); }},
        {u"undo"_s, [&] { undo->undo(); }},
        {u"redo"_s, [&] { undo->redo(); }},
        {u"burst"_s,
         [&] {
             QCOMPARE(TimelineEdits::placeItems(doc, 1, {items.at(1)}), QString());
             QCOMPARE(TimelineEdits::shiftPlacements(doc, {{2, 0}}, 2), QString());
             QCOMPARE(TimelineEdits::setVerifiedMonth(doc, 2, 0, 30), QString());
             QCOMPARE(TimelineEdits::placeItems(doc, 0, {items.at(0)}), QString());
             undo->undo();
         }},
        {u"undo all"_s, [&] { undo->setIndex(0); }},
    };
    for (const auto &[name, step] : steps) {
        const ValueFlow before = computeValueFlow(doc->plan());
        step();
        settle();
        const ValueFlow flow = computeValueFlow(doc->plan());
        QVERIFY2(!sameMonths(before, flow), qPrintable(name)); // every step changes the flow
        if (!shown) {
            QVERIFY2(widget->isStale(), qPrintable(name));
            window.chartsDock()->raise();
            settle();
        }
        QVERIFY2(!widget->isStale(), qPrintable(name));
        // The chart in front is current at once; those behind the other tabs
        // only marked stale, and current when their tab is chosen.
        compareSeries(*charts, flow, {FlowCharts::Kind::Monthly});
        QVERIFY2(!charts->isCurrent(FlowCharts::Kind::Exposure), qPrintable(name));
        compareEveryTab(*widget, *charts, flow);
        if (QTest::currentTestFailed())
            return qWarning("after the step %s", qPrintable(name));
        const QString axes = axesDifference(*charts, flow);
        QVERIFY2(axes.isEmpty(), qPrintable(name + u": "_s + axes));
        const QString overlays = overlayDifference(*charts, doc);
        QVERIFY2(overlays.isEmpty(), qPrintable(name + u": "_s + overlays));
        if (!shown) {
            findingsDock->raise(); // the charts behind the findings' tab again
            settle();
        }
    }
}

QTEST_MAIN(TestChartsCurrent)
#include "tst_chartscurrent.moc"
