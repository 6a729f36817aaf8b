#pragma once
// The control desk's figures of the exercise as played: the headline "kept if
// they walk now" (the exposure of the last month played), the value-flow
// chart (played months solid, the projection dashed, the plan as written grey,
// injects and decisions marked) and the running evaluation figures X1..X8
// against their thresholds. It follows the session: every replay of the log
// refreshes it.

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace tranche {

class ExerciseSession;
class PlayedChartWidget;

class PlayedCharts : public QWidget
{
    Q_OBJECT
public:
    explicit PlayedCharts(ExerciseSession *session, QWidget *parent = nullptr);

    void refresh();

    QLabel *headline() const { return m_headline; }
    PlayedChartWidget *chart() const { return m_chart; }
    QTableWidget *figures() const { return m_figures; }

private:
    ExerciseSession *m_session;
    QLabel *m_headline;
    PlayedChartWidget *m_chart;
    QTableWidget *m_figures;
};

// The control desk's left pane: its MSEL (msel) in a tab beside "Timeline as
// played" (PlayedTimeline) and "Value flow as played" (PlayedCharts), so that
// a desk of 1280 x 720 has room for them.
QTabWidget *withPlayedTabs(QWidget *msel, ExerciseSession *session);

} // namespace tranche
