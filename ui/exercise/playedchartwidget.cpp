#include "exercise/playedchartwidget.h"

#include "exercise/exercisesession.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// What the chart's key says of a decision: its type and what it names.
QString decisionLabel(const Decision &d, const ExerciseSession &session)
{
    QString text = toString(d.type);
    if (d.placement.isValid())
        text += u' ' + session.plan().phases.at(d.placement.phase).id + u'/' +
                QString::number(d.placement.relief);
    if (d.inject >= 0)
        text += u' ' + session.package().injects.at(d.inject).id;
    if (!d.action.isEmpty())
        text += u' ' + d.action;
    return text;
}

bool isMarked(DecisionType t)
{
    return t != DecisionType::Advance && t != DecisionType::Note && t != DecisionType::Observe &&
           t != DecisionType::EndExercise;
}

// The decisions of the turns played, at their turn's first month.
QList<PlayedChart::Mark> decisionMarks(const ExerciseSession &session)
{
    QHash<int, int> firstMonth; // turn -> month
    for (const ExerciseMonth &m : session.run().months)
        if (m.turn > 0 && !firstMonth.contains(m.turn))
            firstMonth.insert(m.turn, m.month);
    QList<PlayedChart::Mark> marks;
    for (const Decision &d : session.log().decisions)
        if (isMarked(d.type) && firstMonth.contains(d.turn))
            marks << PlayedChart::Mark{firstMonth.value(d.turn), decisionLabel(d, session)};
    return marks;
}

} // namespace

PlayedChart exerciseChart(const ExerciseSession &session, ChartAudience audience)
{
    const ExercisePackage &package = session.package();
    const ExerciseRun &run = session.run();
    const bool control = audience == ChartAudience::Control;
    PlayedChart chart;
    chart.played = session.turnMonths();
    for (const auto &[month, index] : session.firedInjects()) {
        const Inject &inject = package.injects.at(index);
        if (control || inject.audience.contains("all"_L1))
            chart.marks << PlayedChart::Mark{month, inject.title};
    }
    chart.firstMonth = package.startMonth;
    chart.lastMonth = std::max(package.startMonth + 1, run.clock - 1);
    if (control) {
        chart.projection = run.projection;
        chart.planned = computeValueFlow(session.plan()).months;
        chart.decisions = decisionMarks(session);
        chart.lastMonth = std::max(chart.firstMonth + 1, package.endMonth);
    }
    return chart;
}

void PlayedChartWidget::setChart(PlayedChart chart)
{
    m_chart = std::move(chart);
    update();
}

void PlayedChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    m_chart.paint(&p, QRectF(rect()).adjusted(8, 8, -8, -8));
}

} // namespace tranche
