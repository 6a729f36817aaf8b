// The charts follow the plan: after an edit pushed as an undo command (and
// after its undo) the series hold the new value flow, the per-phase bars and
// axes follow, and a picked walk-away month shows its what-if figures. The
// charts widget, shown, refreshes once per burst of edits; hidden, it only
// notes that it is stale and equals a fresh computation once shown again.

#include "charts/chartoverlay.h"
#include "charts/chartswidget.h"
#include "charts/figurelabel.h"
#include "charts/flowcharts.h"
#include "charts/interimpanel.h"
#include "document/commands.h"
#include "document/plandocument.h"
#include "flow/valueflow.h"
#include "model/money.h"
#include "support/chartseries.h"
#include "support/eventcounter.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChartView>
#include <QDockWidget>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <cmath>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

// p1 (interim, months 0-6): coal 1.2B/yr at extent 0.5 in months 1-4, half
// escrowed, snapback; p2 (final, months 6-12, verified month 8 = payout):
// oil 400M/yr (hard to reverse) from month 8, open-ended. Horizon 24.
Plan testPlan()
{
    Plan plan;
    plan.meta.title = u"Chart test"_s;
    plan.meta.start = u"2027-01"_s;
    SanctionsItem coal;
    coal.id = u"coal"_s;
    coal.annualValueUsd = 1.2e9;
    SanctionsItem oil;
    oil.id = u"oil"_s;
    oil.annualValueUsd = 4e8;
    oil.reversibility = Reversibility::Hard;
    plan.catalog.items = {coal, oil};
    CounterpartAction freeze;
    freeze.id = u"freeze"_s;
    CounterpartAction dismantle;
    dismantle.id = u"dismantle"_s;
    dismantle.completes = allPrograms();
    plan.catalog.actions = {freeze, dismantle};
    Phase p1;
    p1.id = u"p1"_s;
    p1.start = 0;
    p1.end = 6;
    p1.actions = {{u"freeze"_s, 1, {}}};
    Placement a;
    a.item = u"coal"_s;
    a.extent = 0.5;
    a.start = 1;
    a.end = 5;
    a.escrowShare = 0.5;
    a.snapback = true;
    p1.reliefs = {a};
    Phase p2;
    p2.id = u"p2"_s;
    p2.kind = PhaseKind::Final;
    p2.start = 6;
    p2.end = 12;
    p2.actions = {{u"dismantle"_s, 8, {}}};
    Placement b;
    b.item = u"oil"_s;
    b.start = 8;
    p2.reliefs = {b};
    plan.phases = {p1, p2};
    return plan;
}

enum Edit { NoEdit, Extent, EscrowShare, End, RemoveOil, PhaseEnd, ExtentUndone };

void apply(PlanDocument &doc, Edit edit)
{
    QUndoStack *undo = doc.undoStack();
    const PlacementRef coal{0, 0};
    switch (edit) {
    case NoEdit:
        break;
    case Extent:
        undo->push(new EditPlacementFieldCommand(&doc, coal, PlacementField::Extent, 1.0));
        break;
    case EscrowShare:
        undo->push(new EditPlacementFieldCommand(&doc, coal, PlacementField::EscrowShare, 0.0));
        break;
    case End:
        undo->push(new EditPlacementFieldCommand(&doc, coal, PlacementField::End, 3));
        break;
    case RemoveOil:
        undo->push(new RemovePlacementCommand(&doc, PlacementRef{1, 0}));
        break;
    case PhaseEnd:
        undo->push(new ResizePhaseCommand(&doc, 1, 6, 20));
        break;
    case ExtentUndone:
        undo->push(new EditPlacementFieldCommand(&doc, coal, PlacementField::Extent, 1.0));
        undo->undo();
        break;
    }
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seriesFollowEdits_data();
    void seriesFollowEdits();
    void axesFormatMoney();
    void walkAwayPick_data();
    void walkAwayPick();
    void inducementText_data();
    void inducementText();
    void widgetSurvivesDocumentChange();
    void widgetFollowsEdits_data();
    void widgetFollowsEdits();
    void widgetCoalescesBursts();
    void outOfViewCatchesUp_data();
    void outOfViewCatchesUp();
    void axesDrawnFromPixmaps();
    void interimStory();
    void interimPanel_data();
    void interimPanel();
    void textsFitTheDock_data();
    void textsFitTheDock();
    void figureLabelsKeepTheirGeometry_data();
    void figureLabelsKeepTheirGeometry();
    void narrowBarsHaveNoOutline_data();
    void narrowBarsHaveNoOutline();
};

namespace {

// Every figure label under the charts holds its whole text at its width.
bool figuresWhole(const ChartsWidget &widget)
{
    const QList<FigureLabel *> labels = widget.findChildren<FigureLabel *>();
    return labels.size() == 2 && std::all_of(labels.begin(), labels.end(), [](FigureLabel *l) {
               return l->height() >= l->heightForWidth(l->width());
           });
}

} // namespace

void TestCharts::seriesFollowEdits_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<int>("horizon");
    QTest::addColumn<int>("month");
    QTest::addColumn<double>("released"); // released bar of `month`, by hand
    QTest::addColumn<double>("escrowed"); // escrowed bar of `month`, by hand

    // coal: 1.2B x 0.5 / 12 = 50M a month, half escrowed.
    QTest::newRow("as built, month 3") << int(NoEdit) << 24 << 3 << 25e6 << 25e6;
    // payout at month 8: 4 x 25M of escrow + oil's 400M / 12.
    QTest::newRow("as built, payout month") << int(NoEdit) << 24 << 8 << 100e6 + 4e8 / 12 << 0.0;
    QTest::newRow("extent 1.0") << int(Extent) << 24 << 3 << 50e6 << 50e6;
    QTest::newRow("extent 1.0, payout") << int(Extent) << 24 << 8 << 200e6 + 4e8 / 12 << 0.0;
    QTest::newRow("no escrow") << int(EscrowShare) << 24 << 3 << 50e6 << 0.0;
    QTest::newRow("ends at 3: month 3 empty") << int(End) << 24 << 3 << 0.0 << 0.0;
    QTest::newRow("ends at 3: month 2 kept") << int(End) << 24 << 2 << 25e6 << 25e6;
    QTest::newRow("oil removed: month 9") << int(RemoveOil) << 24 << 9 << 0.0 << 0.0;
    QTest::newRow("oil removed: payout only") << int(RemoveOil) << 24 << 8 << 100e6 << 0.0;
    // p2 ends at 20 now: horizon 12 + 20 (rows reset, mappers re-bind).
    QTest::newRow("longer horizon") << int(PhaseEnd) << 32 << 31 << 4e8 / 12 << 0.0;
    QTest::newRow("edit undone") << int(ExtentUndone) << 24 << 3 << 25e6 << 25e6;
}

void TestCharts::seriesFollowEdits()
{
    QFETCH(int, edit);
    QFETCH(int, horizon);
    QFETCH(int, month);
    QFETCH(double, released);
    QFETCH(double, escrowed);

    PlanDocument doc(testPlan());
    FlowCharts charts(&doc);
    QAbstractItemModelTester tester(charts.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    compareSeries(charts, computeValueFlow(doc.plan()));
    if (QTest::currentTestFailed())
        return;

    apply(doc, Edit(edit));

    const QList<QBarSet *> sets = charts.monthlyBars()->barSets();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets.at(0)->count(), horizon);
    QCOMPARE(sets.at(0)->at(month), released);
    QCOMPARE(sets.at(1)->at(month), escrowed);
    compareSeries(charts, computeValueFlow(doc.plan()));
}

void TestCharts::axesFormatMoney()
{
    PlanDocument doc(testPlan());
    FlowCharts charts(&doc);
    auto *y = qobject_cast<QCategoryAxis *>(charts.monthlyChart()->axes(Qt::Vertical).first());
    QVERIFY(y);
    const QStringList labels = y->categoriesLabels();
    QVERIFY(labels.size() >= 3);
    QCOMPARE(labels.first(), u"$0"_s);
    for (const QString &l : labels)
        QVERIFY2(l.startsWith(u'$'), qPrintable(l));
    // The top of the axis holds the largest bar: month 8, 133.3M.
    QVERIFY(y->max() >= 100e6 + 4e8 / 12);
    QVERIFY(y->max() <= 2 * (100e6 + 4e8 / 12));

    // The axis follows an edit: extent 1.0 doubles the payout.
    doc.undoStack()->push(new EditPlacementFieldCommand(&doc, {0, 0}, PlacementField::Extent, 1.0));
    QVERIFY(y->max() >= 200e6 + 4e8 / 12);
}

void TestCharts::walkAwayPick_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<double>("kept");
    QTest::addColumn<double>("frozen");
    // End of month 3: released 3 x 25M = 75M kept; escrow 75M frozen; coal snaps back.
    QTest::newRow("month 3") << 3 << 75e6 << 75e6;
    // End of month 8: released 100M (coal) + 100M payout + 33.3M oil, plus oil
    // (hard to reverse) for 12 more months: 400M.
    QTest::newRow("payout month") << 8 << 100e6 + 100e6 + 4e8 / 12 + 4e8 << 0.0;
}

void TestCharts::walkAwayPick()
{
    QFETCH(int, month);
    QFETCH(double, kept);
    QFETCH(double, frozen);
    PlanDocument doc(testPlan());
    ChartsWidget widget(&doc);
    QSignalSpy picked(&widget, &ChartsWidget::walkAwayMonthPicked);
    widget.pickWalkAwayMonth(month);
    QCOMPARE(picked.size(), 1);
    QCOMPARE(picked.first().first().toInt(), month);
    QCOMPARE(widget.walkAwayMonth(), std::optional<int>(month));
    const QString text = widget.walkAwayText();
    QVERIFY2(text.contains(formatMoney(kept)), qPrintable(text));
    QVERIFY2(text.contains(formatMoney(frozen)), qPrintable(text));

    // A month outside the horizon is refused.
    widget.pickWalkAwayMonth(500);
    QCOMPARE(picked.size(), 1);
    QCOMPARE(widget.walkAwayMonth(), std::optional<int>(month));
}

void TestCharts::inducementText_data()
{
    QTest::addColumn<bool>("removeFinalAction");
    QTest::addColumn<QString>("expected");
    // Ratio: released in months 8..19 = 100M payout + 12 x 33.3M = 500M; peak
    // exposure before 8 = 100M (month 4..7): 5.0x.
    QTest::newRow("defined") << false << u"Inducement ratio 5.0x"_s;
    QTest::newRow("no payout month") << true << u"undefined"_s;
}

void TestCharts::inducementText()
{
    QFETCH(bool, removeFinalAction);
    QFETCH(QString, expected);
    PlanDocument doc(testPlan());
    ChartsWidget widget(&doc);
    if (removeFinalAction)
        doc.undoStack()->push(new RemoveRequiredActionCommand(&doc, 1, 0));
    QVERIFY2(widget.inducementText().contains(expected), qPrintable(widget.inducementText()));
}

void TestCharts::widgetSurvivesDocumentChange()
{
    PlanDocument first(testPlan());
    auto widget = std::make_unique<ChartsWidget>(&first);
    Plan other = testPlan();
    other.phases.removeLast();
    PlanDocument second(other);
    widget->setDocument(&second);
    compareSeries(*widget->charts(), computeValueFlow(second.plan()));
    widget.reset(); // deleting the widget deletes the charts once
}

void TestCharts::widgetFollowsEdits_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<bool>("shown"); // the widget shown while the edit is made
    for (const auto &[name, edit] :
         {std::pair{"extent", Extent}, std::pair{"remove oil", RemoveOil},
          std::pair{"longer horizon", PhaseEnd}, std::pair{"edit undone", ExtentUndone}}) {
        QTest::addRow("%s, shown", name) << int(edit) << true;
        QTest::addRow("%s, hidden then shown", name) << int(edit) << false;
    }
}

void TestCharts::widgetFollowsEdits()
{
    QFETCH(int, edit);
    QFETCH(bool, shown);
    PlanDocument doc(testPlan());
    ChartsWidget widget(&doc);
    auto *charts = widget.findChild<FlowCharts *>(); // read without bringing it up to date
    QVERIFY(charts);
    const ValueFlow before = computeValueFlow(doc.plan());
    if (shown) {
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
    }
    compareSeries(*charts, before);
    if (QTest::currentTestFailed())
        return;

    apply(doc, Edit(edit));
    if (shown) {
        QTRY_VERIFY(!widget.isStale());
    } else {
        // Hidden: nothing recomputed or redrawn, only marked stale.
        QVERIFY(widget.isStale());
        compareSeries(*charts, before);
        if (QTest::currentTestFailed())
            return;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QVERIFY(!widget.isStale());
    }
    // The chart in front is current; the others catch up as their tabs are chosen.
    compareSeries(*charts, computeValueFlow(doc.plan()), {FlowCharts::Kind::Monthly});
    compareEveryTab(widget, *charts, computeValueFlow(doc.plan()));
    if (QTest::currentTestFailed())
        return;

    // Hidden again, an undo leaves the charts stale until they are shown.
    widget.hide();
    doc.undoStack()->undo();
    QCOMPARE(widget.isStale(), edit != ExtentUndone);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(!widget.isStale());
    compareEveryTab(widget, *charts, computeValueFlow(doc.plan()));
}

void TestCharts::widgetCoalescesBursts()
{
    PlanDocument doc(testPlan());
    ChartsWidget widget(&doc);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto *charts = widget.findChild<FlowCharts *>();
    QVERIFY(charts);
    QSignalSpy refreshed(charts, &FlowCharts::refreshed);
    for (Edit edit : {Extent, EscrowShare, End})
        apply(doc, edit);
    QCOMPARE(refreshed.size(), 0); // nothing yet: the burst is not over
    QVERIFY(widget.isStale());
    QTRY_COMPARE(refreshed.size(), 1); // once for the three edits
    QVERIFY(!widget.isStale());
    compareEveryTab(widget, *charts, computeValueFlow(doc.plan()));
}

void TestCharts::outOfViewCatchesUp_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("byRender"); // caught up by render(), else by coming into view
    for (const auto &[name, kind] : {std::pair{"monthly", FlowCharts::Kind::Monthly},
                                     std::pair{"phases", FlowCharts::Kind::Phases},
                                     std::pair{"exposure", FlowCharts::Kind::Exposure}}) {
        QTest::addRow("%s, into view", name) << int(kind) << false;
        QTest::addRow("%s, rendered", name) << int(kind) << true;
    }
}

// A chart out of view is left as it was by an edit (only marked stale), the
// others follow it; put in view or rendered, it equals the new flow.
void TestCharts::outOfViewCatchesUp()
{
    QFETCH(int, kind);
    QFETCH(bool, byRender);
    const auto outOfView = FlowCharts::Kind(kind);
    PlanDocument doc(testPlan());
    FlowCharts charts(&doc);
    const ValueFlow before = computeValueFlow(doc.plan());
    charts.setInView(outOfView, false);
    QVERIFY(charts.isCurrent(outOfView)); // nothing to catch up yet

    apply(doc, Extent);
    const ValueFlow after = computeValueFlow(doc.plan());
    QVERIFY(!charts.isCurrent(outOfView));
    compareSeries(charts, before, {outOfView});
    for (FlowCharts::Kind other : kEveryChart) {
        QCOMPARE(charts.isCurrent(other), other != outOfView);
        if (other != outOfView)
            compareSeries(charts, after, {other});
    }
    if (QTest::currentTestFailed())
        return;

    if (byRender) {
        QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        charts.render(outOfView, &painter, QRectF(image.rect()));
        QVERIFY(!charts.isInView(outOfView));
    } else {
        charts.setInView(outOfView, true);
    }
    QVERIFY(charts.isCurrent(outOfView));
    compareSeries(charts, after);
}

namespace {

// The line and text items of a chart view's scene: how many, and how many of
// each kind are drawn from a pixmap cache.
struct AxisItems
{
    int lines = 0, cachedLines = 0, texts = 0, cachedTexts = 0;
};

AxisItems axisItems(QChartView *view)
{
    AxisItems a;
    const QList<QGraphicsItem *> items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        const bool cached = item->cacheMode() != QGraphicsItem::NoCache;
        if (item->type() == QGraphicsLineItem::Type) {
            ++a.lines;
            a.cachedLines += cached;
        } else if (item->type() == QGraphicsTextItem::Type) {
            ++a.texts;
            a.cachedTexts += cached;
        }
    }
    return a;
}

// The pixels in which two grabs of a view differ.
int differingPixels(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < std::min(a.height(), b.height()); ++y) {
        for (int x = 0; x < std::min(a.width(), b.width()); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    }
    return n;
}

} // namespace

// In the window's views, the axes' grid lines and ticks are drawn from
// pixmaps (an edit repaints the bars and lines below them), also those an edit
// creates, and a view so drawn looks like one drawn afresh: every label,
// title and legend text is there (cached, Qt Charts' texts are drawn blank).
// The exporter's charts have no views and draw everything afresh.
void TestCharts::axesDrawnFromPixmaps()
{
    PlanDocument doc(testPlan());
    ChartsWidget widget(&doc);
    widget.resize(900, 600);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QList<int> linesBefore;
    for (int tab = 0; tab < 3; ++tab) {
        widget.setCurrentChart(tab);
        widget.chartView(tab)->viewport()->repaint();
        const AxisItems a = axisItems(widget.chartView(tab));
        QVERIFY(a.lines > 10 && a.texts > 5);
        QCOMPARE(a.cachedLines, a.lines);
        QCOMPARE(a.cachedTexts, 0);
        linesBefore << a.lines;
    }
    apply(doc, PhaseEnd); // a longer horizon: more month labels and grid lines
    QTRY_VERIFY(!widget.isStale());
    for (int tab = 0; tab < 3; ++tab) {
        widget.setCurrentChart(tab);
        QChartView *view = widget.chartView(tab);
        view->viewport()->repaint();
        const AxisItems a = axisItems(view);
        QCOMPARE(a.cachedLines, a.lines);
        if (tab != int(FlowCharts::Kind::Phases)) // its axis has a category per phase
            QVERIFY(a.lines != linesBefore.at(tab));

        // The same view with nothing cached: the same picture, but for the
        // antialiased edges of a few lines (a label or legend text is
        // hundreds of pixels).
        const QImage cached = view->viewport()->grab().toImage();
        const QList<QGraphicsItem *> items = view->scene()->items();
        for (QGraphicsItem *item : items) {
            if (item->type() == QGraphicsLineItem::Type || item->type() == QGraphicsTextItem::Type)
                item->setCacheMode(QGraphicsItem::NoCache);
        }
        const QImage afresh = view->viewport()->grab().toImage();
        QVERIFY2(differingPixels(cached, afresh) < 100,
                 qPrintable(QString::number(differingPixels(cached, afresh))));
    }

    FlowCharts exported(&doc);
    QImage image(800, 500, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    exported.render(FlowCharts::Kind::Monthly, &painter, QRectF(image.rect()));
    QList<QGraphicsItem *> items = exported.monthlyChart()->childItems();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QCOMPARE(items.at(i)->cacheMode(), QGraphicsItem::NoCache);
        items += items.at(i)->childItems();
    }
    QVERIFY(items.size() > 20);
}

// The interim story over the monthly chart: phases named, the months in which
// the counterpart acts and gets nothing released shaded and labelled, the
// counterpart's steps on the month axis.
void TestCharts::interimStory()
{
    Plan plan = testPlan();
    plan.phases[0].name = u"Freeze first"_s;
    plan.phases[1].name = u"Dismantle"_s;
    PlanDocument doc(plan);
    FlowCharts charts(&doc);
    // p1 acts in months 0-1 (freeze verified in 1), coal released from 1;
    // p2 acts in 6-8 (dismantle verified in 8), oil released from 8.
    const QList<std::pair<int, int>> periods{{0, 0}, {6, 7}};
    QCOMPARE(charts.noReliefPeriods(), periods);
    const QList<std::pair<int, int>> steps{{1, 1}, {8, 1}};
    QCOMPARE(charts.stepMonths(), steps);

    const ChartOverlay *overlay = charts.monthlyOverlay();
    QCOMPARE(overlay->spans().size(), 2);
    QCOMPARE(overlay->spans().at(1).from, 5.5);
    QCOMPARE(overlay->spans().at(1).to, 7.5);
    QCOMPARE(overlay->spans().at(1).label, u"Counterpart acts, no relief in return (months 6–7)"_s);
    QCOMPARE(charts.exposureOverlay()->spans().size(), 2);
    QCOMPARE(overlay->steps().size(), 2);
    QCOMPARE(overlay->steps().at(1).x, 8.0);
    QStringList labels;
    for (const ChartOverlay::Marker &m : overlay->markers())
        labels << m.label;
    QVERIFY2(labels.contains(u"p1 · Freeze first"_s), qPrintable(labels.join(u", "_s)));
    QVERIFY2(labels.contains(u"p2 · Dismantle"_s), qPrintable(labels.join(u", "_s)));
}

void TestCharts::interimPanel_data()
{
    QTest::addColumn<double>("oilValue");
    QTest::addColumn<bool>("shown");
    // Coal releases 25M a month in the interim; oil, from month 8, makes the
    // chart's largest month: 400M/yr is 33M a month (interim visible), 40B/yr
    // 3.3B a month (the interim under 1 %: the panel).
    QTest::newRow("interim visible at the chart's scale") << 4e8 << false;
    QTest::newRow("interim too small: its own panel") << 4e10 << true;
}

void TestCharts::interimPanel()
{
    QFETCH(double, oilValue);
    QFETCH(bool, shown);
    Plan plan = testPlan();
    plan.catalog.items[1].annualValueUsd = oilValue;
    PlanDocument doc(plan);
    FlowCharts charts(&doc);
    QChart *chart = charts.monthlyChart();
    chart->setGeometry(QRectF(0, 0, 1200, 500));
    chart->layout()->activate();
    const InterimPanel *panel = charts.interimPanel();
    QCOMPARE(panel->isShown(), shown);
    if (!shown)
        return;
    QCOMPARE(panel->title(), u"Interim months 0–5 at their own scale (top $100M)"_s);
    QVERIFY(charts.monthlyChart()->plotArea().contains(panel->panelRect()));
}

void TestCharts::textsFitTheDock_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("chart");
    for (const QString &language : {u"en"_s, u"ko"_s}) {
        QTest::addRow("%s per month", qPrintable(language)) << language << 0;
        QTest::addRow("%s per phase", qPrintable(language)) << language << 1;
        QTest::addRow("%s exposure", qPrintable(language)) << language << 2;
    }
}

// The charts dock at its default size in a 1280x720 window, on the DPRK plan,
// in English and in Korean: every text the chart shows (title, axis titles and
// labels, legend) is whole - not ended by Qt Charts' "..." - and inside the view.
void TestCharts::textsFitTheDock()
{
    QFETCH(QString, language);
    QFETCH(int, chart);
    QTranslator translator;
    const QLocale before;
    if (language == "ko"_L1) {
        QVERIFY(translator.load(QStringLiteral(TRANCHE_QM_DIR "/tranche_ko.qm")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    }
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(before);
    });
    MainWindow window;
    QVERIFY(window.openFile(u":/scenarios/dprk-2018.json"_s));
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.chartsDock()->raise();
    ChartsWidget *widget = window.chartsWidget();
    widget->setCurrentChart(chart);
    QChartView *view = widget->chartView(chart);
    QTRY_VERIFY(view->isVisible() && !widget->isStale());
    QCoreApplication::processEvents();
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    int texts = 0;
    QList<QGraphicsItem *> all{view->chart()}; // the chart and everything in it
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QList<QGraphicsItem *> children = all.at(i)->childItems();
        all.append(children);
    }
    for (QGraphicsItem *it : std::as_const(all)) {
        const auto *text = dynamic_cast<QGraphicsTextItem *>(it);
        if (!text || !text->isVisible() || text->toPlainText().isEmpty())
            continue;
        ++texts;
        const QString plain = text->toPlainText();
        QVERIFY2(!plain.endsWith("..."_L1) && !plain.endsWith(u'\u2026'), qPrintable(plain));
        const QRectF r = text->sceneBoundingRect().adjusted(2, 2, -2, -2);
        QVERIFY2(visible.contains(r), qPrintable(plain));
    }
    QVERIFY(texts > 5);
    QVERIFY(figuresWhole(*widget));
}

void TestCharts::figureLabelsKeepTheirGeometry_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("removeFinalAction"); // else extent 1.0: the ratio changes
    QTest::addColumn<bool>("relayout");          // the widget is laid out again
    // One line before and after: the new text repaints its label only.
    QTest::newRow("wide, new ratio") << 1600 << false << false;
    QTest::newRow("wide, ratio undefined") << 1600 << true << false;
    // Wrapped, the shorter text takes fewer lines: the label is given its new height.
    QTest::newRow("narrow, ratio undefined") << 320 << true << true;
}

void TestCharts::figureLabelsKeepTheirGeometry()
{
    QFETCH(int, width);
    QFETCH(bool, removeFinalAction);
    QFETCH(bool, relayout);
    PlanDocument doc(testPlan());
    ChartsWidget widget(&doc);
    widget.resize(width, 500);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QCoreApplication::processEvents();
    QVERIFY(figuresWhole(widget));
    const QString before = widget.inducementText();
    const int heightBefore = widget.findChildren<FigureLabel *>().constFirst()->height();

    const EventCounter requests(&widget, QEvent::LayoutRequest);
    if (removeFinalAction)
        doc.undoStack()->push(new RemoveRequiredActionCommand(&doc, 1, 0));
    else
        apply(doc, Extent);
    FigureLabel *ratio = widget.findChildren<FigureLabel *>().constFirst();
    QTRY_VERIFY(ratio->text() != before);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(ratio->text(), widget.inducementText());
    QCOMPARE(requests.count > 0, relayout);
    QCOMPARE(ratio->height() != heightBefore, relayout);
    QVERIFY(figuresWhole(widget));
    QCOMPARE(ratio->accessibleName(), u"Inducement ratio"_s);
}

void TestCharts::narrowBarsHaveNoOutline_data()
{
    QTest::addColumn<int>("phaseEnd"); // the last phase's end month: the horizon follows it
    QTest::addColumn<int>("width");    // of the chart, in pixels
    QTest::addColumn<bool>("outlined");
    QTest::newRow("20 months, 1200 px") << 20 << 1200 << true;
    QTest::newRow("20 months, 200 px") << 20 << 200 << false;
    QTest::newRow("400 months, 1200 px") << 400 << 1200 << false;
    QTest::newRow("400 months, 4000 px") << 400 << 4000 << true;
}

// A month's bars have their outline only while they are kOutlinedBarWidth
// pixels wide or more; the rule follows the chart's size and the horizon
// (an undone edit that shortened it brings the outline back).
void TestCharts::narrowBarsHaveNoOutline()
{
    QFETCH(int, phaseEnd);
    QFETCH(int, width);
    QFETCH(bool, outlined);
    PlanDocument doc(testPlan());
    FlowCharts charts(&doc);
    QChart *chart = charts.chart(FlowCharts::Kind::Monthly);
    const auto outline = [&charts] {
        const QList<QBarSet *> sets = charts.monthlyBars()->barSets();
        const bool first = sets.at(0)->pen().style() != Qt::NoPen;
        for (const QBarSet *set : sets) {
            if ((set->pen().style() != Qt::NoPen) != first)
                qFatal("the month's bar sets disagree on their outline");
        }
        return first;
    };
    const auto barWidth = [&] {
        return chart->plotArea().width() / charts.monthlyBars()->barSets().at(0)->count() *
               charts.monthlyBars()->barWidth();
    };
    chart->resize(QSizeF(width, 500));
    QCoreApplication::processEvents();
    QCOMPARE(outline(), barWidth() >= FlowCharts::kOutlinedBarWidth);

    doc.undoStack()->push(new ResizePhaseCommand(&doc, 1, 6, phaseEnd));
    QVERIFY(charts.monthlyBars()->barSets().at(0)->count() > phaseEnd);
    QCOMPARE(outline(), outlined);
    QCOMPARE(barWidth() >= FlowCharts::kOutlinedBarWidth, outlined);

    doc.undoStack()->undo();
    QCOMPARE(outline(), barWidth() >= FlowCharts::kOutlinedBarWidth);
    chart->resize(QSizeF(4000, 500));
    QCoreApplication::processEvents();
    QVERIFY(outline()); // 13 months on 4000 pixels
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
