#include "charts/chartswidget.h"

#include "charts/figurelabel.h"
#include "charts/flowcharts.h"
#include "document/plandocument.h"
#include "model/money.h"
#include "model/safetext.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// The line items under `parent` (grid lines, ticks, axis lines) drawn from a
// pixmap cache.
void cacheAxes(QGraphicsItem *parent)
{
    const QList<QGraphicsItem *> children = parent->childItems();
    for (QGraphicsItem *item : children) {
        const int type = item->type();
        if (type == QGraphicsLineItem::Type && item->cacheMode() == QGraphicsItem::NoCache)
            item->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
        cacheAxes(item);
    }
}

// A chart view that reports the month under a click.
class FlowChartView : public QChartView
{
public:
    FlowChartView(QChart *chart, QAbstractSeries *anchor, QWidget *parent)
        : QChartView(chart, parent), m_anchor(anchor)
    {
        setRenderHint(QPainter::Antialiasing);
        setRubberBand(QChartView::NoRubberBand);
    }

    std::function<void(int)> onMonthClicked;
    std::function<void(const QSizeF &)> onResized;

protected:
    // The axes' grid lines and ticks drawn from pixmaps kept until they
    // change: an edit repaints the bars and lines below them, and each repaint
    // would otherwise stroke every grid line again (antialiased, that was an
    // eighth of a drop with the charts shown). Qt Charts creates axis items as
    // it lays a chart out, so each paint looks for new ones. Its texts are
    // left alone: cached, the axis labels and the legend are drawn blank.
    // (Exports render the charts without views, never from pixmaps.)
    void paintEvent(QPaintEvent *event) override
    {
        if (QChart *c = chart())
            cacheAxes(c);
        QChartView::paintEvent(event);
    }

    void resizeEvent(QResizeEvent *event) override
    {
        if (onResized)
            onResized(QSizeF(event->size())); // the chart's texts whole at this size
        QChartView::resizeEvent(event);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && onMonthClicked && m_anchor) {
            const QPointF inChart = chart()->mapFromScene(mapToScene(event->position().toPoint()));
            if (chart()->plotArea().contains(inChart)) {
                const QPointF value = chart()->mapToValue(inChart, m_anchor);
                onMonthClicked(static_cast<int>(std::lround(value.x())));
                event->accept();
                return;
            }
        }
        QChartView::mousePressEvent(event);
    }

private:
    QAbstractSeries *m_anchor;
};

QString exact(double usd)
{
    return u'$' + QLocale().toString(static_cast<qint64>(std::llround(usd)));
}

} // namespace

ChartsWidget::ChartsWidget(PlanDocument *document, QWidget *parent) : QWidget(parent)
{
    m_charts = new FlowCharts(document, this);
    m_charts->setOverlaysCached(true); // an edit repaints the series, not the labels over them
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);

    auto *monthly = new FlowChartView(m_charts->monthlyChart(), m_charts->monthlyBars(), m_tabs);
    auto *phases = new FlowChartView(m_charts->phaseChart(), nullptr, m_tabs);
    auto *exposure = new FlowChartView(m_charts->exposureChart(), m_charts->exposureLine(), m_tabs);
    m_views = {monthly, phases, exposure};
    for (auto kind :
         {FlowCharts::Kind::Monthly, FlowCharts::Kind::Phases, FlowCharts::Kind::Exposure}) {
        static_cast<FlowChartView *>(m_views.at(int(kind)))->onResized =
            [this, kind](const QSizeF &size) { m_charts->fitTexts(kind, size); };
    }
    const auto pick = [this](int month) { pickWalkAwayMonth(month); };
    monthly->onMonthClicked = pick;
    exposure->onMonthClicked = pick;
    m_tabs->addTab(monthly, QString());
    m_tabs->addTab(phases, QString());
    m_tabs->addTab(exposure, QString());
    // The charts behind the other tabs catch up when their tab is chosen.
    const auto followTab = [this](int current) {
        for (auto kind :
             {FlowCharts::Kind::Monthly, FlowCharts::Kind::Phases, FlowCharts::Kind::Exposure})
            m_charts->setInView(kind, int(kind) == current);
    };
    followTab(m_tabs->currentIndex());
    connect(m_tabs, &QTabWidget::currentChanged, this, followTab);

    // A new figure repaints its label only (see FigureLabel).
    m_ratio = new FigureLabel(this);
    m_walkAway = new FigureLabel(this);
    m_ratio->setContentsMargins(6, 2, 6, 2);
    m_walkAway->setContentsMargins(6, 2, 6, 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_ratio);
    layout->addWidget(m_walkAway);

    connect(m_charts->monthlyBars(), &QStackedBarSeries::hovered, this,
            &ChartsWidget::onMonthlyHovered);
    connect(m_charts->phaseBars(), &QBarSeries::hovered, this, &ChartsWidget::onPhaseHovered);
    for (QLineSeries *line : {m_charts->releasedCumulativeLine(), m_charts->escrowBalanceLine(),
                              m_charts->exposureLine(), m_charts->exposureReleasedLine()})
        connect(line, &QLineSeries::hovered, this, &ChartsWidget::onLineHovered);
    connect(m_charts, &FlowCharts::refreshed, this, &ChartsWidget::updateTexts);

    retranslate();
    followPalette();
    updateTexts();
    m_charts->setUpdates(FlowTableModel::Updates::Paused); // until shown
}

ChartsWidget::~ChartsWidget()
{
    // The views' scenes own the charts: drop the charts' controller first.
    delete m_charts;
    m_charts = nullptr;
}

void ChartsWidget::setDocument(PlanDocument *document)
{
    m_charts->setDocument(document);
    pickWalkAwayMonth(std::nullopt);
}

PlanDocument *ChartsWidget::document() const
{
    return m_charts->document();
}

FlowCharts *ChartsWidget::charts() const
{
    m_charts->ensureCurrent();
    return m_charts;
}

bool ChartsWidget::isStale() const
{
    return m_charts->model()->isStale();
}

void ChartsWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    followUpdates();
}

void ChartsWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    followUpdates();
}

void ChartsWidget::setInSight(bool inSight)
{
    m_inSight = inSight;
    followUpdates();
}

// Seen, the charts follow the edits once per burst (catching up at once if
// stale); unseen, they only note that they are stale.
void ChartsWidget::followUpdates()
{
    const bool seen = isVisible() && m_inSight;
    const auto updates =
        seen ? FlowTableModel::Updates::Coalesced : FlowTableModel::Updates::Paused;
    if (m_charts->model()->updates() != updates)
        m_charts->setUpdates(updates);
}

int ChartsWidget::currentChart() const
{
    return m_tabs->currentIndex();
}

void ChartsWidget::setCurrentChart(int index)
{
    m_tabs->setCurrentIndex(index);
}

QChartView *ChartsWidget::chartView(int index) const
{
    return m_views.value(index);
}

void ChartsWidget::pickWalkAwayMonth(std::optional<int> month)
{
    m_charts->model()->ensureCurrent(); // the charts in view follow; the others stay stale
    const int horizon = static_cast<int>(m_charts->model()->flow().months.size());
    if (month && (*month < 0 || *month >= horizon))
        return;
    m_charts->setWalkAwayMonth(month);
    updateTexts();
    if (month)
        Q_EMIT walkAwayMonthPicked(*month);
}

std::optional<int> ChartsWidget::walkAwayMonth() const
{
    return m_charts->walkAwayMonth();
}

QString ChartsWidget::walkAwayText() const
{
    m_charts->model()->ensureCurrent();
    return m_walkAway->text();
}

QString ChartsWidget::inducementText() const
{
    m_charts->model()->ensureCurrent();
    return m_ratio->text();
}

void ChartsWidget::updateTexts()
{
    m_ratio->setText(m_charts->inducementText());
    const std::optional<int> month = m_charts->walkAwayMonth();
    const int horizon = static_cast<int>(m_charts->model()->flow().months.size());
    if (month && *month < horizon)
        m_walkAway->setText(m_charts->walkAwayText(*month));
    else
        m_walkAway->setText(tr("Click a month on the chart to see what the counterpart keeps if "
                               "it walks away at its end."));
}

void ChartsWidget::onMonthlyHovered(bool status, int index, QBarSet *)
{
    if (status)
        QToolTip::showText(QCursor::pos(), m_charts->monthDetails(index), m_views.at(0));
    else
        QToolTip::hideText();
}

void ChartsWidget::onPhaseHovered(bool status, int index, QBarSet *)
{
    if (!status) {
        QToolTip::hideText();
        return;
    }
    const ValueFlow &flow = m_charts->model()->flow();
    if (index < 0 || index >= flow.phases.size())
        return;
    const PhaseFlow &pf = flow.phases.at(index);
    QString name = pf.phase;
    if (document()) {
        if (const Phase *ph = document()->plan().phase(pf.phase); ph && !ph->name.isEmpty())
            name = tr("%1: %2").arg(pf.phase, ph->name);
    }
    QStringList lines;
    lines << tr("Phase %1").arg(name);
    lines << tr("Annual relief: %1 (%2)").arg(exact(pf.annualRelief), formatMoney(pf.annualRelief));
    lines << tr("Released over the horizon: %1").arg(exact(pf.released));
    lines << tr("Escrowed over the horizon: %1").arg(exact(pf.escrowed));
    QToolTip::showText(QCursor::pos(), plainToolTip(lines.join(u'\n')), m_views.at(1));
}

void ChartsWidget::onLineHovered(const QPointF &point, bool state)
{
    if (state)
        QToolTip::showText(QCursor::pos(),
                           m_charts->monthDetails(static_cast<int>(std::lround(point.x()))),
                           m_tabs->currentWidget());
    else
        QToolTip::hideText();
}

void ChartsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        followPalette();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartsWidget::followPalette()
{
    m_charts->setDark(palette().color(QPalette::Window).lightness() < 128);
}

void ChartsWidget::retranslate()
{
    m_tabs->setTabText(0, tr("Per month"));
    m_tabs->setTabText(1, tr("Per phase"));
    m_tabs->setTabText(2, tr("Exposure"));
    m_views.at(0)->setAccessibleName(tr("Escrowed and released value per month"));
    m_views.at(1)->setAccessibleName(tr("Released and escrowed value per phase"));
    m_views.at(2)->setAccessibleName(tr("Exposure over months"));
    m_ratio->setAccessibleName(tr("Inducement ratio"));
    m_walkAway->setAccessibleName(tr("Walk-away what-if"));
    updateTexts();
}

} // namespace tranche
