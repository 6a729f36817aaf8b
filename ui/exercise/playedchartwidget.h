#pragma once
// The exercise's value-flow chart as a widget (PlayedChart painted in
// paintEvent), and the chart an exercise session shows to each audience:
// control sees the months played solid, the projection dashed, the plan as
// written grey and every inject and decision marked; the room (the public
// screen) sees the months played only and the injects addressed to all -
// never the projection, which would give away the open turn's decisions.

#include "export/playedchart.h"

#include <QWidget>

namespace tranche {

class ExerciseSession;

enum class ChartAudience { Control, Public };

PlayedChart exerciseChart(const ExerciseSession &session, ChartAudience audience);

class PlayedChartWidget : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    void setChart(PlayedChart chart);
    const PlayedChart &chart() const { return m_chart; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PlayedChart m_chart;
};

} // namespace tranche
