#pragma once
// Test helper: every bar and point of the value-flow charts' series against a
// value flow (QCOMPARE each; callers check QTest::currentTestFailed()).

#include "charts/chartswidget.h"
#include "charts/flowcharts.h"
#include "flow/valueflow.h"

#include <QBarSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTest>

#include <initializer_list>

namespace tranche {

using ChartKinds = std::initializer_list<FlowCharts::Kind>;
inline constexpr ChartKinds kEveryChart{FlowCharts::Kind::Monthly, FlowCharts::Kind::Phases,
                                        FlowCharts::Kind::Exposure};

namespace detail {

inline void compareMonthly(const FlowCharts &charts, const ValueFlow &flow)
{
    const QList<QBarSet *> sets = charts.monthlyBars()->barSets();
    QCOMPARE(sets.size(), 2);
    const int h = static_cast<int>(flow.months.size());
    QCOMPARE(sets.at(0)->count(), h);
    QCOMPARE(sets.at(1)->count(), h);
    QCOMPARE(charts.releasedCumulativeLine()->count(), h);
    QCOMPARE(charts.escrowBalanceLine()->count(), h);
    for (int m = 0; m < h; ++m) {
        const FlowMonth &f = flow.months.at(m);
        QCOMPARE(sets.at(0)->at(m), f.released);
        QCOMPARE(sets.at(1)->at(m), f.escrowed);
        QCOMPARE(charts.releasedCumulativeLine()->at(m), QPointF(m, f.releasedCumulative));
        QCOMPARE(charts.escrowBalanceLine()->at(m), QPointF(m, f.escrowBalance));
    }
}

inline void compareExposure(const FlowCharts &charts, const ValueFlow &flow)
{
    const int h = static_cast<int>(flow.months.size());
    QCOMPARE(charts.exposureLine()->count(), h);
    QCOMPARE(charts.exposureReleasedLine()->count(), h);
    for (int m = 0; m < h; ++m) {
        const FlowMonth &f = flow.months.at(m);
        QCOMPARE(charts.exposureLine()->at(m), QPointF(m, f.exposure));
        QCOMPARE(charts.exposureReleasedLine()->at(m), QPointF(m, f.releasedCumulative));
    }
}

inline void comparePhases(const FlowCharts &charts, const ValueFlow &flow)
{
    const QList<QBarSet *> phaseSets = charts.phaseBars()->barSets();
    QCOMPARE(phaseSets.size(), 2);
    QCOMPARE(phaseSets.at(0)->count(), flow.phases.size());
    QCOMPARE(phaseSets.at(1)->count(), flow.phases.size());
    for (int i = 0; i < flow.phases.size(); ++i) {
        QCOMPARE(phaseSets.at(0)->at(i), flow.phases.at(i).released);
        QCOMPARE(phaseSets.at(1)->at(i), flow.phases.at(i).escrowed);
    }
}

} // namespace detail

// Every point of every per-month series, and every per-phase bar, of the
// charts named equals the value flow of the plan. Reads the series as they
// are (FlowCharts does not bring them up to date here).
inline void compareSeries(const FlowCharts &charts, const ValueFlow &flow,
                          ChartKinds kinds = kEveryChart)
{
    for (FlowCharts::Kind kind : kinds) {
        switch (kind) {
        case FlowCharts::Kind::Monthly:
            detail::compareMonthly(charts, flow);
            break;
        case FlowCharts::Kind::Phases:
            detail::comparePhases(charts, flow);
            break;
        case FlowCharts::Kind::Exposure:
            detail::compareExposure(charts, flow);
            break;
        }
        if (QTest::currentTestFailed())
            return;
    }
}

// The charts widget's tabs put in front one by one (the chart behind a tab
// catches up when its tab is chosen), each chart compared as it comes into
// view; the first tab in front again at the end.
inline void compareEveryTab(ChartsWidget &widget, const FlowCharts &charts, const ValueFlow &flow)
{
    for (FlowCharts::Kind kind : kEveryChart) {
        widget.setCurrentChart(static_cast<int>(kind));
        QVERIFY(charts.isCurrent(kind));
        compareSeries(charts, flow, {kind});
        if (QTest::currentTestFailed())
            return;
    }
    widget.setCurrentChart(0);
}

} // namespace tranche
