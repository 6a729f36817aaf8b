#include "charts/flowcharts.h"

#include "charts/chartfit.h"
#include "charts/chartoverlay.h"
#include "charts/interimpanel.h"
#include "charts/seriesupdate.h"

#include "document/plandocument.h"
#include "model/money.h"
#include "model/monthlabel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHash>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QScopeGuard>
#include <QSet>
#include <QStackedBarSeries>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// Colours of the figures, light and dark.
struct Colours
{
    QColor released, escrowed, cumulative, balance, exposure, boundary, payout, walkAway, text;
    QColor noRelief, steps;
};

Colours colours(bool dark)
{
    if (dark)
        return {QColor(0x63b3ed), QColor(0xf6c453), QColor(0xbee3f8), QColor(0xfbd38d),
                QColor(0xfc8181), QColor(0xa0aec0), QColor(0x68d391), QColor(0xb794f4),
                QColor(0xe2e8f0), QColor(0xfeb2b2), QColor(0xd6bcfa)};
    return {QColor(0x2b6cb0), QColor(0xd69e2e), QColor(0x1a365d), QColor(0x975a16),
            QColor(0xc53030), QColor(0x718096), QColor(0x2f855a), QColor(0x6b46c1),
            QColor(0x1a202c), QColor(0xc53030), QColor(0x6a1b9a)};
}

QString exactMoney(double usd)
{
    return u'$' + QLocale().toString(static_cast<qint64>(std::llround(usd)));
}

} // namespace

FlowCharts::FlowCharts(PlanDocument *document, QObject *parent) : QObject(parent), m_doc(document)
{
    m_model = new FlowTableModel(this);
    m_model->setDisplayMode(FlowTableModel::DisplayMode::Raw);
    m_scene = new QGraphicsScene(this);
    buildMonthly();
    buildPhases();
    buildExposure();
    for (QChart *chart : {m_monthly, m_phases, m_exposure})
        ChartFit::keepTexts(chart);
    applyColours();
    m_model->setDocument(document);
    connect(m_model, &FlowTableModel::flowChanged, this, &FlowCharts::refresh);
    refresh();
}

FlowCharts::~FlowCharts()
{
    // Charts moved into views belong to those views' scenes; take back the
    // ones still in ours so that the scene deletes them, and delete the rest.
    for (QChart *c : {m_monthly, m_phases, m_exposure}) {
        if (c && c->scene() != m_scene)
            delete c;
    }
}

void FlowCharts::setDocument(PlanDocument *document)
{
    m_doc = document;
    m_model->setDocument(document);
    refresh();
}

QChart *FlowCharts::chart(Kind kind) const
{
    switch (kind) {
    case Kind::Monthly:
        return m_monthly;
    case Kind::Phases:
        return m_phases;
    case Kind::Exposure:
        return m_exposure;
    }
    return nullptr;
}

namespace {

// A new axis of `chart` at `alignment`, titled.
template <typename Axis> Axis *addAxis(QChart *chart, const QString &title, Qt::Alignment alignment)
{
    auto *axis = new Axis;
    axis->setTitleText(title);
    chart->addAxis(axis, alignment);
    return axis;
}

} // namespace

QChart *FlowCharts::addChart(double y, const QString &title)
{
    auto *chart = new QChart;
    m_scene->addItem(chart);
    chart->setPos(0, y); // apart, so that rendering one never shows another
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void FlowCharts::buildMonthly()
{
    m_monthly = addChart(0, tr("Escrowed and released value per month"));

    m_monthlyBars = new QStackedBarSeries;
    m_monthlyBars->setBarWidth(0.85);
    m_monthly->addSeries(m_monthlyBars);
    m_cumulativeLine = new QLineSeries;
    m_cumulativeLine->setName(tr("Released, cumulative (right axis)"));
    m_monthly->addSeries(m_cumulativeLine);
    m_balanceLine = new QLineSeries;
    m_balanceLine->setName(tr("Escrow balance (right axis)"));
    m_monthly->addSeries(m_balanceLine);

    m_monthlyX = addAxis<QCategoryAxis>(m_monthly, tr("Month of the plan"), Qt::AlignBottom);
    m_monthlyY = addAxis<QCategoryAxis>(m_monthly, tr("Value per month (US$)"), Qt::AlignLeft);
    m_monthlyY2 = addAxis<QCategoryAxis>(m_monthly, tr("Cumulative (US$)"), Qt::AlignRight);
    m_monthlyY2->setGridLineVisible(false);
    m_monthlyBars->attachAxis(m_monthlyX);
    m_monthlyBars->attachAxis(m_monthlyY);
    for (QLineSeries *s : {m_cumulativeLine, m_balanceLine}) {
        s->attachAxis(m_monthlyX);
        s->attachAxis(m_monthlyY2);
    }

    // The bar sets last, so that their legend entries follow the lines' (as
    // the exports have always shown them).
    m_monthlyBars->append(new QBarSet(QString())); // released (labels: styleMonthlySets)
    m_monthlyBars->append(new QBarSet(QString())); // escrowed

    m_monthlyOverlay = new ChartOverlay(m_monthly, m_monthlyBars);
    connect(m_monthly, &QChart::plotAreaChanged, this, &FlowCharts::outlineMonthlyBars);
    m_interim = new InterimPanel(m_monthly);
    m_monthlyOverlay->setAvoid(
        [this] { return m_interim->isShown() ? m_interim->panelRect() : QRectF(); });
}

void FlowCharts::buildPhases()
{
    m_phases = addChart(100000, tr("Released and escrowed value per phase (whole horizon)"));
    m_phaseBars = new QBarSeries;
    auto *released = new QBarSet(tr("Released"));
    auto *escrowed = new QBarSet(tr("Escrowed"));
    m_phaseBars->append(released);
    m_phaseBars->append(escrowed);
    m_phases->addSeries(m_phaseBars);
    m_phaseX = addAxis<QBarCategoryAxis>(m_phases, tr("Phase"), Qt::AlignBottom);
    m_phaseX->setTruncateLabels(false); // names are broken into lines instead
    m_phaseY = addAxis<QCategoryAxis>(m_phases, tr("Total over the horizon (US$)"), Qt::AlignLeft);
    m_phaseBars->attachAxis(m_phaseX);
    m_phaseBars->attachAxis(m_phaseY);
}

void FlowCharts::buildExposure()
{
    m_exposure = addChart(200000, tr("Exposure: what the counterpart keeps if it walks away"));
    m_exposureLine = new QLineSeries;
    m_exposureLine->setName(tr("Exposure"));
    m_exposureReleasedLine = new QLineSeries;
    m_exposureReleasedLine->setName(tr("Released so far"));
    m_exposure->addSeries(m_exposureLine);
    m_exposure->addSeries(m_exposureReleasedLine);
    m_exposureX = addAxis<QCategoryAxis>(
        m_exposure, tr("Month of the plan (walking away at its end)"), Qt::AlignBottom);
    m_exposureY = addAxis<QCategoryAxis>(m_exposure, tr("Value kept (US$)"), Qt::AlignLeft);
    for (QLineSeries *s : {m_exposureLine, m_exposureReleasedLine}) {
        s->attachAxis(m_exposureX);
        s->attachAxis(m_exposureY);
    }

    m_exposureOverlay = new ChartOverlay(m_exposure, m_exposureLine);
}

void FlowCharts::styleMonthlySets()
{
    const Colours c = colours(m_dark);
    const QList<QBarSet *> sets = m_monthlyBars->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        QBarSet *set = sets.at(i);
        const bool escrow = i == 1;
        set->setLabel(escrow ? tr("Escrowed this month")
                             : tr("Released this month (incl. payout)"));
        set->setColor(escrow ? c.escrowed : c.released);
        set->setBorderColor(escrow ? c.escrowed.darker(120) : c.released.darker(120));
    }
    outlineMonthlyBars();
}

// A month's bars get their darker outline only when they are at least
// kOutlinedBarWidth pixels wide. Narrower, the outline's two sides would
// cover most of the bar (a stress plan's 198 months leave about 4 pixels);
// the outlines were also a twentieth of the chart's repaint after an edit.
void FlowCharts::outlineMonthlyBars()
{
    const QList<QBarSet *> sets = m_monthlyBars->barSets();
    const qsizetype months = sets.at(0)->count();
    const qreal width =
        months > 0 ? m_monthly->plotArea().width() / qreal(months) * m_monthlyBars->barWidth()
                   : 0.0;
    const Qt::PenStyle style = width >= kOutlinedBarWidth ? Qt::SolidLine : Qt::NoPen;
    for (QBarSet *set : sets) {
        QPen pen = set->pen();
        if (pen.style() != style) {
            pen.setStyle(style);
            set->setPen(pen);
        }
    }
}

void FlowCharts::applyColours()
{
    const Colours c = colours(m_dark);
    const auto theme = m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    for (QChart *chart : {m_monthly, m_phases, m_exposure}) {
        chart->setTheme(theme);
        chart->setBackgroundRoundness(0);
    }
    styleMonthlySets();
    auto linePen = [](const QColor &colour, Qt::PenStyle style) {
        QPen pen(colour, 2.0, style);
        if (style == Qt::DashLine) {
            // Qt::DashLine's look (10 px dashes, 2 px gaps with its square
            // caps) drawn with flat caps: each dash is stroked a third faster.
            pen.setCapStyle(Qt::FlatCap);
            pen.setDashPattern({5, 1});
        }
        return pen;
    };
    m_cumulativeLine->setPen(linePen(c.cumulative, Qt::SolidLine));
    m_balanceLine->setPen(linePen(c.balance, Qt::DashLine));
    m_exposureLine->setPen(linePen(c.exposure, Qt::SolidLine));
    m_exposureReleasedLine->setPen(linePen(c.released, Qt::DashLine));
    const QList<QBarSet *> sets = m_phaseBars->barSets();
    sets.at(0)->setColor(c.released);
    sets.at(1)->setColor(c.escrowed);
    const QColor back = m_dark ? QColor(0x2d3748) : QColor(Qt::white);
    m_monthlyOverlay->setColours(c.text, back);
    m_exposureOverlay->setColours(c.text, back);
    m_interim->setColours(c.released, c.escrowed, c.noRelief, c.steps, c.text, back);
}

void FlowCharts::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    applyColours();
    refresh();
}

void FlowCharts::setWalkAwayMonth(std::optional<int> month)
{
    m_walkAway = month;
    refresh();
}

QString FlowCharts::monthLabel(int month) const
{
    if (m_doc) {
        if (const std::optional<QDate> d = m_doc->plan().monthDate(month))
            return tr("%1 (%2)").arg(month).arg(tranche::monthLabel(*d));
    }
    return QString::number(month);
}

QString FlowCharts::inducementText() const
{
    const ValueFlow &flow = m_model->flow();
    if (!flow.payoutMonth)
        return tr("Inducement ratio: undefined - no final phase requires an action, so escrow is "
                  "never paid out.");
    const int p = *flow.payoutMonth;
    if (p == 0)
        return tr("Inducement ratio: undefined - the payout month is month 0.");
    const std::optional<int> peakMonth = m_model->peakExposureMonth();
    const double peak = peakMonth ? flow.months.at(*peakMonth).exposure : 0.0;
    if (!flow.inducementRatio)
        return tr("Inducement ratio: undefined - nothing is exposed before the payout month %1.")
            .arg(monthLabel(p));
    double after = 0;
    for (const FlowMonth &m : flow.months) {
        if (m.month >= p && m.month <= p + 11)
            after += m.released;
    }
    return tr("Inducement ratio %1x: %2 released in the 12 months from the payout (month %3) "
              "against a peak exposure of %4 before it.")
        .arg(QLocale().toString(*flow.inducementRatio, 'f', *flow.inducementRatio >= 100 ? 0 : 1),
             formatMoney(after), monthLabel(p), formatMoney(peak));
}

QString FlowCharts::walkAwayText(int month) const
{
    const WalkAway w = m_model->walkAwayAt(month);
    return tr("Walk away at the end of month %1: the counterpart keeps %2 (%3 released so far + "
              "%4 that keeps flowing); %5 of escrow is frozen.")
        .arg(monthLabel(month), formatMoney(w.kept), formatMoney(w.releasedSoFar),
             formatMoney(w.keepsFlowing), formatMoney(w.escrowFrozen));
}

QString FlowCharts::monthDetails(int month) const
{
    const ValueFlow &flow = m_model->flow();
    if (month < 0 || month >= flow.months.size())
        return {};
    const FlowMonth &m = flow.months.at(month);
    QStringList lines;
    lines << tr("Month %1").arg(monthLabel(month));
    lines << tr("Released: %1").arg(exactMoney(m.released));
    if (m.payout > 0)
        lines << tr("  of which escrow payout: %1").arg(exactMoney(m.payout));
    lines << tr("Escrowed: %1").arg(exactMoney(m.escrowed));
    lines << tr("Released, cumulative: %1").arg(exactMoney(m.releasedCumulative));
    lines << tr("Escrow balance: %1").arg(exactMoney(m.escrowBalance));
    lines << tr("Exposure: %1").arg(exactMoney(m.exposure));
    return lines.join(u'\n');
}

void FlowCharts::refreshMonthlySeries(std::optional<std::pair<int, int>> months)
{
    // The series show the model's previous flow: only the months it says
    // changed can differ (all of them when the horizon changed).
    const qsizetype horizon = m_model->flow().months.size();
    const QList<QBarSet *> sets = m_monthlyBars->barSets();
    if (!months && sets.at(0)->count() == horizon && m_cumulativeLine->count() == horizon)
        return;
    const qsizetype from = months ? months->first : 0;
    const qsizetype to = months ? months->second : horizon - 1;
    const qsizetype before = sets.at(0)->count();
    updateValues(sets.at(0), m_model->values(FlowTableModel::ReleasedColumn), from, to);
    updateValues(sets.at(1), m_model->values(FlowTableModel::EscrowedColumn), from, to);
    if (sets.at(0)->count() != before)
        outlineMonthlyBars();
    updatePoints(m_cumulativeLine, m_model->points(FlowTableModel::ReleasedCumulativeColumn), from,
                 to);
    updatePoints(m_balanceLine, m_model->points(FlowTableModel::EscrowBalanceColumn), from, to);
}

void FlowCharts::refreshExposureSeries(std::optional<std::pair<int, int>> months)
{
    const qsizetype horizon = m_model->flow().months.size();
    if (!months && m_exposureLine->count() == horizon)
        return;
    const qsizetype from = months ? months->first : 0;
    const qsizetype to = months ? months->second : horizon - 1;
    updatePoints(m_exposureLine, m_model->points(FlowTableModel::ExposureColumn), from, to);
    updatePoints(m_exposureReleasedLine, m_model->points(FlowTableModel::ReleasedCumulativeColumn),
                 from, to);
}

namespace {

// A phase's category on the per-phase chart: its id, and (for a plan of a
// few phases) its name below, broken into short lines so that the axis never
// cuts it.
QString phaseCategory(const QString &id, const QString &name, bool named)
{
    if (!named || name.isEmpty())
        return id;
    QStringList lines{id};
    QString line;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > 16) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word.toHtmlEscaped();
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(u"<br>"_s);
}

} // namespace

void FlowCharts::refreshPhaseBars()
{
    const ValueFlow &flow = m_model->flow();
    QHash<QString, QString> names;
    if (m_doc) {
        for (const Phase &ph : m_doc->plan().phases)
            names.insert(ph.id, ph.name);
    }
    const bool named = flow.phases.size() <= kNamedPhasesAtMost;
    QStringList categories;
    QSet<QString> taken;
    QList<qreal> released, escrowed;
    for (const PhaseFlow &pf : flow.phases) {
        QString cat = phaseCategory(pf.phase, names.value(pf.phase), named);
        while (taken.contains(cat))
            cat += u'\''; // categories must be unique
        taken.insert(cat);
        categories << cat;
        released << pf.released;
        escrowed << pf.escrowed;
    }
    const QList<QBarSet *> sets = m_phaseBars->barSets();
    if (m_phaseX->categories() != categories) {
        for (QBarSet *set : sets)
            updateValues(set, {}, 0, 0);
        m_phaseX->setCategories(categories);
        if (categories.isEmpty())
            m_phaseX->clear();
    }
    updateValues(sets.at(0), released, 0, released.size() - 1);
    updateValues(sets.at(1), escrowed, 0, escrowed.size() - 1);
}

namespace {

// The largest values each chart's money axes must hold.
struct Maxima
{
    double bar = 0, cumulative = 0, exposure = 0, phase = 0;
};

Maxima maxima(const ValueFlow &flow)
{
    Maxima x;
    for (const FlowMonth &m : flow.months) {
        x.bar = std::max(x.bar, m.released + m.escrowed);
        x.cumulative = std::max({x.cumulative, m.releasedCumulative, m.escrowBalance});
        x.exposure = std::max({x.exposure, m.exposure, m.releasedCumulative});
    }
    for (const PhaseFlow &pf : flow.phases)
        x.phase = std::max({x.phase, pf.released, pf.escrowed});
    return x;
}

} // namespace

void FlowCharts::updateMonthAxis(QCategoryAxis *axis, int horizon, int labels, bool &changed)
{
    static const Plan none;
    const Plan &plan = m_doc ? m_doc->plan() : none;
    // The first month's label stands for the language and locale of them all.
    const std::optional<QDate> first = plan.monthDate(0);
    std::tuple<int, int, QString> key{horizon, labels,
                                      plan.meta.start + u'|' +
                                          (first ? tranche::monthLabel(*first) : QString())};
    auto it = m_monthAxisKeys.find(axis);
    if (it != m_monthAxisKeys.end() && *it == key)
        return;
    m_monthAxisKeys.insert(axis, std::move(key));
    changed |= setMonthAxis(axis, plan, horizon, labels);
}

void FlowCharts::updateAxes(Kind kind)
{
    const ValueFlow &flow = m_model->flow();
    const int h = std::max<int>(1, static_cast<int>(flow.months.size()));
    const Maxima x = maxima(flow);
    bool changed = false;
    // What the overlays draw at values moves with the axes' ranges.
    switch (kind) {
    case Kind::Monthly:
        updateMonthAxis(m_monthlyX, h, m_monthlyLabels, changed);
        changed |= setMoneyAxis(m_monthlyY, x.bar * 1.05);
        changed |= setMoneyAxis(m_monthlyY2, x.cumulative * 1.05);
        if (changed) {
            m_monthlyOverlay->update();
            m_interim->update();
        }
        break;
    case Kind::Exposure:
        updateMonthAxis(m_exposureX, h, m_exposureLabels, changed);
        changed |= setMoneyAxis(m_exposureY, x.exposure * 1.05);
        if (changed)
            m_exposureOverlay->update();
        break;
    case Kind::Phases:
        setMoneyAxis(m_phaseY, x.phase * 1.05);
        break;
    }
}

void FlowCharts::refreshChart(Kind kind, std::optional<std::pair<int, int>> months)
{
    updateAxes(kind);
    switch (kind) {
    case Kind::Monthly:
        refreshMonthlySeries(months);
        break;
    case Kind::Exposure:
        refreshExposureSeries(months);
        break;
    case Kind::Phases:
        refreshPhaseBars();
        break;
    }
    m_stale[index(kind)] = false;
}

// A stale chart compared with the model's flow over every month.
void FlowCharts::catchUp(Kind kind)
{
    if (!m_stale.at(index(kind)))
        return;
    const int h = static_cast<int>(m_model->flow().months.size());
    refreshChart(kind, h > 0 ? std::optional(std::pair(0, h - 1)) : std::nullopt);
}

void FlowCharts::setInView(Kind kind, bool inView)
{
    m_inView[index(kind)] = inView;
    if (inView)
        catchUp(kind);
}

void FlowCharts::ensureCurrent()
{
    m_model->ensureCurrent();
    for (Kind kind : {Kind::Monthly, Kind::Phases, Kind::Exposure})
        catchUp(kind);
}

void FlowCharts::refresh()
{
    const std::optional<std::pair<int, int>> months = m_model->changedMonths();
    for (Kind kind : {Kind::Monthly, Kind::Phases, Kind::Exposure}) {
        if (isInView(kind))
            refreshChart(kind, months);
        else
            m_stale[index(kind)] = true;
    }
    refreshMarkers();
    refreshStory();
    Q_EMIT refreshed();
}

// The phase boundaries, payout, peak exposure and walk-away month over the
// monthly and exposure charts.
void FlowCharts::refreshMarkers()
{
    const Colours c = colours(m_dark);
    const ValueFlow &flow = m_model->flow();
    QList<ChartOverlay::Marker> monthly;
    QList<ChartOverlay::Marker> exposure;
    if (m_doc) {
        const Plan &plan = m_doc->plan();
        QList<int> seen;
        for (const Phase &ph : plan.phases) {
            for (int b : {ph.start, ph.end}) {
                if (seen.contains(b) || b <= 0 || b >= flow.horizon)
                    continue;
                seen << b;
            }
            ChartOverlay::Marker start;
            start.x = ph.start - 0.5;
            start.label = tr("%1 · %2").arg(ph.id, nameOrId(ph));
            start.colour = c.boundary;
            monthly << start;
            exposure << start;
        }
        for (int b : std::as_const(seen)) {
            ChartOverlay::Marker line;
            line.x = b - 0.5;
            line.colour = c.boundary;
            monthly << line;
            exposure << line;
        }
    }
    if (flow.payoutMonth) {
        ChartOverlay::Marker payout;
        payout.x = *flow.payoutMonth;
        payout.label = tr("Payout, month %1").arg(*flow.payoutMonth);
        payout.colour = c.payout;
        payout.style = Qt::SolidLine;
        payout.strong = true;
        monthly.prepend(payout);
        exposure.prepend(payout);
        // The peak exposure before the payout (the ratio's denominator).
        if (const std::optional<int> peakMonth = m_model->peakExposureMonth()) {
            const double peak = flow.months.at(*peakMonth).exposure;
            ChartOverlay::Marker dot;
            dot.x = *peakMonth;
            dot.y = peak;
            dot.label = tr("peak before payout %1").arg(formatMoney(peak));
            dot.colour = c.exposure;
            exposure << dot;
        }
    }
    if (m_walkAway && *m_walkAway >= 0 && *m_walkAway < flow.months.size()) {
        ChartOverlay::Marker walk;
        walk.x = *m_walkAway + 0.5;
        walk.label = tr("Walk away");
        walk.colour = c.walkAway;
        walk.style = Qt::DotLine;
        walk.strong = true;
        monthly.prepend(walk);
        exposure.prepend(walk);
        ChartOverlay::Marker dot;
        dot.x = *m_walkAway;
        dot.y = flow.months.at(*m_walkAway).exposure;
        dot.label = tr("keeps %1").arg(formatMoney(*dot.y));
        dot.colour = c.walkAway;
        exposure << dot;
    }
    m_monthlyOverlay->setMarkers(monthly);
    m_exposureOverlay->setMarkers(exposure);
    m_exposureOverlay->setNote(inducementText(), c.payout);
}

QList<std::pair<int, int>> FlowCharts::noReliefPeriods() const
{
    const ValueFlow &flow = m_model->flow();
    const int h = int(flow.months.size());
    QList<bool> acting(h, false);
    if (m_doc) {
        for (const Phase &ph : m_doc->plan().phases) {
            int last = -1;
            for (const RequiredAction &ra : ph.actions)
                last = std::max(last, ra.verifiedMonth);
            for (int m = std::max(0, ph.start); m <= std::min(last, h - 1); ++m)
                acting[m] = true;
        }
    }
    QList<std::pair<int, int>> periods;
    for (int m = 0; m < h; ++m) {
        if (!acting.at(m) || flow.months.at(m).released > 0)
            continue;
        if (!periods.isEmpty() && periods.last().second == m - 1)
            periods.last().second = m;
        else
            periods.append({m, m});
    }
    return periods;
}

QList<std::pair<int, int>> FlowCharts::stepMonths() const
{
    QMap<int, int> counts;
    if (m_doc) {
        for (const Phase &ph : m_doc->plan().phases) {
            for (const RequiredAction &ra : ph.actions)
                ++counts[ra.verifiedMonth];
        }
    }
    QList<std::pair<int, int>> months;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        months.append({it.key(), it.value()});
    return months;
}

// The interim story over the monthly chart: the no-relief periods shaded and
// labelled, the counterpart's steps on the month axis, the interim panel.
void FlowCharts::refreshStory()
{
    const Colours c = colours(m_dark);
    const ValueFlow &flow = m_model->flow();
    QList<ChartOverlay::Span> spans;
    const QList<std::pair<int, int>> periods = noReliefPeriods();
    for (const auto &[from, to] : periods)
        spans.append(
            {from - 0.5, to + 0.5,
             tr("Counterpart acts, no relief in return (months %1–%2)").arg(from).arg(to)});
    m_monthlyOverlay->setSpans(spans, c.noRelief);
    m_exposureOverlay->setSpans(spans, c.noRelief);
    QList<ChartOverlay::Step> steps;
    InterimPanel::Data interim;
    for (const auto &[month, count] : stepMonths()) {
        steps.append({double(month), count});
        interim.steps << month;
    }
    m_monthlyOverlay->setSteps(steps, tr("counterpart steps, month verified"), c.steps);
    if (m_doc) {
        for (const Phase &ph : m_doc->plan().phases) {
            if (ph.kind == PhaseKind::Interim)
                interim.endMonth = std::max(interim.endMonth, ph.end);
        }
    }
    interim.endMonth = std::min<int>(interim.endMonth, int(flow.months.size()));
    for (const FlowMonth &m : flow.months) {
        interim.chartMax = std::max(interim.chartMax, m.released + m.escrowed);
        if (m.month < interim.endMonth) {
            interim.released << m.released;
            interim.escrowed << m.escrowed;
        }
    }
    interim.spans = periods;
    if (m_interim->setData(interim))
        m_monthlyOverlay->update(); // its span labels keep clear of the panel
}

void FlowCharts::fitTexts(Kind kind, const QSizeF &size)
{
    const double plot = ChartFit::fit(chart(kind), size);
    if (kind == Kind::Phases)
        return;
    // A month label ("Jul 2026" under its number) every 72 pixels at most.
    const int labels = std::clamp(int(plot / 72), 2, kind == Kind::Monthly ? 14 : 8);
    int &current = kind == Kind::Monthly ? m_monthlyLabels : m_exposureLabels;
    if (labels != current) {
        current = labels;
        updateAxes(kind);
    }
}

void FlowCharts::setOverlaysCached(bool cached)
{
    const auto mode = cached ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache;
    for (QGraphicsItem *item :
         std::initializer_list<QGraphicsItem *>{m_monthlyOverlay, m_exposureOverlay, m_interim})
        item->setCacheMode(mode);
}

void FlowCharts::render(Kind kind, QPainter *painter, const QRectF &target)
{
    catchUp(kind);
    QChart *c = chart(kind);
    QGraphicsScene *scene = c->scene();
    if (!scene)
        return;
    // Exports draw the overlays' texts and lines as they are, not a view's pixmap.
    const bool cached = m_interim->cacheMode() != QGraphicsItem::NoCache;
    const auto restoreCache = qScopeGuard([this, cached] {
        if (cached)
            setOverlaysCached(true);
    });
    if (cached)
        setOverlaysCached(false);
    const QRectF old = c->geometry();
    fitTexts(kind, target.size());
    c->setGeometry(QRectF(old.topLeft(), target.size()));
    c->layout()->invalidate();
    c->layout()->activate();
    scene->render(painter, target, c->sceneBoundingRect(), Qt::IgnoreAspectRatio);
    if (old.isValid() && old != c->geometry()) {
        c->setGeometry(old);
        c->layout()->invalidate();
        c->layout()->activate();
    }
}

void FlowCharts::renderAll(QPainter *painter, const QRectF &target)
{
    const double gap = 8;
    const double topHeight = (target.height() - gap) * 0.5;
    const QRectF top(target.topLeft(), QSizeF(target.width(), topHeight));
    const double bottomY = top.bottom() + gap;
    const double half = (target.width() - gap) / 2;
    const QRectF left(QPointF(target.left(), bottomY), QSizeF(half, target.bottom() - bottomY));
    const QRectF right(QPointF(left.right() + gap, bottomY), left.size());
    render(Kind::Monthly, painter, top);
    render(Kind::Phases, painter, left);
    render(Kind::Exposure, painter, right);
}

} // namespace tranche
