#include "exercise/playedcharts.h"

#include "exercise/exercisesession.h"
#include "exercise/playedchartwidget.h"
#include "exercise/playedtimeline.h"
#include "export/exercisefigures.h"
#include "model/money.h"
#include "model/safetext.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tranche {

PlayedCharts::PlayedCharts(ExerciseSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_headline(new QLabel(this)),
      m_chart(new PlayedChartWidget(this)), m_figures(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_headline->setObjectName(u"keptNow"_s);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_headline->setFont(big);
    layout->addWidget(m_headline);
    m_chart->setObjectName(u"playedChart"_s);
    m_chart->setMinimumSize(320, 200);
    m_figures->setObjectName(u"figureTable"_s);
    m_figures->setColumnCount(4);
    m_figures->setHorizontalHeaderLabels({tr("Figure"), tr("Value"), tr("Threshold"), tr("Met")});
    m_figures->verticalHeader()->hide();
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setSelectionMode(QAbstractItemView::NoSelection);
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_figures->setWordWrap(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_figures);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connect(session, &ExerciseSession::changed, this, &PlayedCharts::refresh);
    refresh();
}

void PlayedCharts::refresh()
{
    const ExerciseMonth *last = m_session->lastPlayed();
    m_headline->setText(last ? tr("Kept if they walk now: %1 (month %2)")
                                   .arg(formatMoney(last->exposure))
                                   .arg(last->month)
                             : tr("Kept if they walk now: %1").arg(formatMoney(0)));
    m_chart->setChart(exerciseChart(*m_session, ChartAudience::Control));
    const QList<ExerciseFigure> figures = exerciseFigures(m_session->run());
    m_figures->setRowCount(int(figures.size()));
    for (int row = 0; row < figures.size(); ++row) {
        const ExerciseFigure &f = figures.at(row);
        const QStringList cells{f.id + u' ' + f.what, f.value, f.threshold, f.metText()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(plainToolTip(cells.at(c))); // package text: never markup
            if (c == 3 && f.met)
                item->setForeground(*f.met ? QColor(0x27, 0x67, 0x49) : QColor(0xc5, 0x30, 0x30));
            m_figures->setItem(row, c, item);
        }
    }
    m_figures->resizeColumnsToContents();
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_figures->resizeRowsToContents();
}

QTabWidget *withPlayedTabs(QWidget *msel, ExerciseSession *session)
{
    auto *tabs = new QTabWidget;
    tabs->setObjectName(u"deskTabs"_s);
    tabs->addTab(msel, PlayedCharts::tr("MSEL"));
    tabs->addTab(new PlayedTimeline(session), PlayedCharts::tr("Timeline as played"));
    tabs->addTab(new PlayedCharts(session), PlayedCharts::tr("Value flow as played"));
    return tabs;
}

} // namespace tranche
