#pragma once
// The three value-flow charts of a plan (escrowed vs released per month,
// per-phase totals, exposure with the inducement ratio) as QChart objects
// without views, drawn from a FlowTableModel: each refresh changes only the
// bars and lines of the months the model says changed, the axes only when
// their range must change, and the overlays only when what they draw
// changed. A chart out of view (behind another tab) is only marked stale and
// catches up when it comes into view or is rendered. ChartsWidget shows them
// (and pauses them while hidden); the exporter renders them into any QPainter.

#include "charts/chartaxes.h"
#include "document/plandocument.h"
#include "models/flowtablemodel.h"

#include <QChart>
#include <QObject>
#include <QPointer>
#include <QRectF>

#include <QHash>

#include <array>
#include <optional>
#include <tuple>

QT_BEGIN_NAMESPACE
class QBarSeries;
class QStackedBarSeries;
class QLineSeries;
class QCategoryAxis;
class QBarCategoryAxis;
class QValueAxis;
class QPainter;
class QGraphicsScene;
QT_END_NAMESPACE

namespace tranche {

class ChartOverlay;
class InterimPanel;

class FlowCharts : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Monthly, Phases, Exposure };
    // The per-phase chart names its phases below their ids up to this many.
    static constexpr int kNamedPhasesAtMost = 12;
    // A month's bars narrower than this many pixels are drawn without an outline.
    static constexpr qreal kOutlinedBarWidth = 6.0;

    explicit FlowCharts(PlanDocument *document, QObject *parent = nullptr);
    ~FlowCharts() override;

    void setDocument(PlanDocument *document);
    PlanDocument *document() const { return m_doc; }
    // The model the series are bound to (DisplayMode::Raw).
    FlowTableModel *model() const { return m_model; }

    QChart *chart(Kind kind) const;
    QChart *monthlyChart() const { return m_monthly; }
    QChart *phaseChart() const { return m_phases; }
    QChart *exposureChart() const { return m_exposure; }

    // Series, for views, tooltips and tests.
    QStackedBarSeries *monthlyBars() const { return m_monthlyBars; }
    QLineSeries *releasedCumulativeLine() const { return m_cumulativeLine; }
    QLineSeries *escrowBalanceLine() const { return m_balanceLine; }
    QBarSeries *phaseBars() const { return m_phaseBars; }
    QLineSeries *exposureLine() const { return m_exposureLine; }
    QLineSeries *exposureReleasedLine() const { return m_exposureReleasedLine; }

    // The month the user picked for the walk-away what-if (marked on the charts).
    void setWalkAwayMonth(std::optional<int> month);
    std::optional<int> walkAwayMonth() const { return m_walkAway; }

    // What the monthly chart draws over its series (phase names, the
    // no-relief periods, the counterpart's steps) and its interim panel.
    ChartOverlay *monthlyOverlay() const { return m_monthlyOverlay; }
    ChartOverlay *exposureOverlay() const { return m_exposureOverlay; }
    InterimPanel *interimPanel() const { return m_interim; }
    // The periods [from, to] (months) in which the counterpart acts - a phase
    // requiring steps, from its start to its last step's verification - and
    // nothing is released in return.
    QList<std::pair<int, int>> noReliefPeriods() const;
    // The months in which counterpart steps are verified, with their counts.
    QList<std::pair<int, int>> stepMonths() const;

    // "Inducement ratio 3.4x: ..." or why it is undefined.
    QString inducementText() const;
    // One line naming the walk-away figures of month m.
    QString walkAwayText(int month) const;
    // Several lines with the exact figures of month m (tooltips).
    QString monthDetails(int month) const;
    // The month label used on axes and in text: "7 (Feb 2027)" or "7".
    QString monthLabel(int month) const;

    // Dark or light colours (the window follows its palette; exports are light).
    void setDark(bool dark);
    // Whether views draw the overlays and the interim panel from a pixmap
    // kept until what they show changes (series repainted below them do not
    // lay their labels out again). render() always draws them afresh.
    void setOverlaysCached(bool cached);

    // Fits a chart's axis titles, legend and month labels to `size` (views
    // call it as they are resized; render() before it draws).
    void fitTexts(Kind kind, const QSizeF &size);
    // Renders one chart, laid out for `target`'s size in logical pixels.
    void render(Kind kind, QPainter *painter, const QRectF &target);
    // Renders all three: the monthly chart on top, the other two below.
    void renderAll(QPainter *painter, const QRectF &target);

    // Bring the series and axes of the charts in view, and the markers, up to
    // the model's flow; the charts out of view are marked stale. Called after
    // every recomputation of the model.
    void refresh();
    // How the model follows the document (FlowTableModel::setUpdates): the
    // charts refresh once per recomputation.
    void setUpdates(FlowTableModel::Updates updates) { m_model->setUpdates(updates); }
    // Brings model and every chart up to date with the document now.
    void ensureCurrent();
    // Whether a chart is in view (all are at first). One out of view is not
    // refreshed; it catches up when put in view, rendered, or ensureCurrent().
    void setInView(Kind kind, bool inView);
    bool isInView(Kind kind) const { return m_inView.at(index(kind)); }
    // False while a chart's series or axes lag behind the model's flow.
    bool isCurrent(Kind kind) const { return !m_stale.at(index(kind)); }

Q_SIGNALS:
    void refreshed();

private:
    // A chart in the charts' scene at height y (apart from the others).
    QChart *addChart(double y, const QString &title);
    void buildMonthly();
    void buildPhases();
    void buildExposure();
    void styleMonthlySets();
    void outlineMonthlyBars();
    void applyColours();
    static qsizetype index(Kind kind) { return static_cast<qsizetype>(kind); }
    // One chart's axes and series; `months` as FlowTableModel::changedMonths()
    // (those that can differ from what the series show).
    void refreshChart(Kind kind, std::optional<std::pair<int, int>> months);
    void refreshMonthlySeries(std::optional<std::pair<int, int>> months);
    void refreshExposureSeries(std::optional<std::pair<int, int>> months);
    void refreshPhaseBars();
    void updateAxes(Kind kind);
    // A month axis set only when its horizon, labels or start changed.
    void updateMonthAxis(QCategoryAxis *axis, int horizon, int labels, bool &changed);
    void catchUp(Kind kind);
    void refreshMarkers();
    void refreshStory();

    QPointer<PlanDocument> m_doc;
    FlowTableModel *m_model = nullptr;
    QGraphicsScene *m_scene = nullptr; // owns the charts

    // Views may take the charts into their scenes (and delete them).
    QPointer<QChart> m_monthly;
    QPointer<QChart> m_phases;
    QPointer<QChart> m_exposure;

    QStackedBarSeries *m_monthlyBars = nullptr;
    QLineSeries *m_cumulativeLine = nullptr;
    QLineSeries *m_balanceLine = nullptr;
    QBarSeries *m_phaseBars = nullptr;
    QLineSeries *m_exposureLine = nullptr;
    QLineSeries *m_exposureReleasedLine = nullptr;

    QCategoryAxis *m_monthlyX = nullptr;
    QCategoryAxis *m_monthlyY = nullptr;
    QCategoryAxis *m_monthlyY2 = nullptr;
    QBarCategoryAxis *m_phaseX = nullptr;
    QCategoryAxis *m_phaseY = nullptr;
    QCategoryAxis *m_exposureX = nullptr;
    QCategoryAxis *m_exposureY = nullptr;

    ChartOverlay *m_monthlyOverlay = nullptr;
    ChartOverlay *m_exposureOverlay = nullptr;
    InterimPanel *m_interim = nullptr;

    int m_monthlyLabels = 14; // month labels at most, for the plot's width
    int m_exposureLabels = 8;
    // What each month axis was last set for: horizon, labels, plan start.
    QHash<QCategoryAxis *, std::tuple<int, int, QString>> m_monthAxisKeys;
    std::array<bool, 3> m_inView{true, true, true};
    std::array<bool, 3> m_stale{false, false, false};
    std::optional<int> m_walkAway;
    bool m_dark = false;
};

} // namespace tranche
