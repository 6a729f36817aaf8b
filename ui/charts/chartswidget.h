#pragma once
// The charts dock: the value flow of the open plan in three tabs (escrowed vs
// released per month, per phase, exposure with the inducement ratio), with
// exact-value tooltips and a walk-away month picked by a click whose what-if
// figures show below the charts. Shown, it follows edits once per burst of
// changes; hidden, it only notes that it is stale and catches up when shown
// again (or when asked for its charts or texts).

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QChartView;
class QTabWidget;
class QPointF;
class QBarSet;
QT_END_NAMESPACE

namespace tranche {

class FigureLabel;
class FlowCharts;
class PlanDocument;

class ChartsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsWidget(PlanDocument *document, QWidget *parent = nullptr);
    ~ChartsWidget() override;

    void setDocument(PlanDocument *document);
    PlanDocument *document() const;
    // The charts, brought up to date first.
    FlowCharts *charts() const;
    // True while hidden with edits not yet drawn.
    bool isStale() const;
    // Whether the widget can be seen when shown: a dock behind another dock's
    // tab is not hidden (Qt moves it out of sight), so its window says so.
    // Out of sight, the charts only note that they are stale, as when hidden.
    void setInSight(bool inSight);

    // 0: per month, 1: per phase, 2: exposure.
    int currentChart() const;
    void setCurrentChart(int index);
    QChartView *chartView(int index) const;

    // Walk-away what-if: the month picked (none at first), the label's text.
    void pickWalkAwayMonth(std::optional<int> month);
    std::optional<int> walkAwayMonth() const;
    QString walkAwayText() const;
    QString inducementText() const;

Q_SIGNALS:
    void walkAwayMonthPicked(int month);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void followUpdates();
    void onMonthlyHovered(bool status, int index, QBarSet *set);
    void onPhaseHovered(bool status, int index, QBarSet *set);
    void onLineHovered(const QPointF &point, bool state);
    void updateTexts();
    void followPalette();
    void retranslate();

    FlowCharts *m_charts = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<QChartView *> m_views;
    FigureLabel *m_ratio = nullptr;
    FigureLabel *m_walkAway = nullptr;
    bool m_inSight = true;
};

} // namespace tranche
