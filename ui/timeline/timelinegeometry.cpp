#include "timeline/timelinegeometry.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tranche {

namespace {

// First-fit packing into lanes: the first lane whose last end is at or before
// start, then taken up to end (a new lane when none is free). laneEnds: each
// lane's end so far.
template <typename T> int takeLane(QList<T> &laneEnds, T start, T end)
{
    int r = 0;
    while (r < laneEnds.size() && laneEnds.at(r) > start)
        ++r;
    if (r == laneEnds.size())
        laneEnds.append(end);
    else
        laneEnds[r] = end;
    return r;
}

} // namespace

TimelineGeometry::TimelineGeometry() = default;

void TimelineGeometry::setMetrics(const Metrics &metrics)
{
    m_metrics = metrics;
}

void TimelineGeometry::setPixelsPerMonth(qreal ppm)
{
    m_ppm = std::clamp(ppm, kMinPixelsPerMonth, kMaxPixelsPerMonth);
}

int TimelineGeometry::monthsFor(const Plan &plan) const
{
    return std::max(m_metrics.minMonths, plan.horizon());
}

void TimelineGeometry::layout(const Plan &plan)
{
    m_months = monthsFor(plan);
    m_rows.resize(plan.phases.size());
    for (int i = 0; i < plan.phases.size(); ++i)
        layoutRow(plan.phases.at(i), m_rows[i]);
    stackRows();
}

TimelineGeometry::Damage TimelineGeometry::updatePhase(const Plan &plan, int phase)
{
    if (phase < 0 || phase >= m_rows.size() || m_rows.size() != plan.phases.size()) {
        layout(plan);
        return Damage::All;
    }
    const int months = monthsFor(plan);
    const qreal oldHeight = m_rows.at(phase).height;
    if (months != m_months) {
        m_months = months;
        fixOpenEnds();
        layoutRow(plan.phases.at(phase), m_rows[phase]);
        stackRows();
        return Damage::All;
    }
    layoutRow(plan.phases.at(phase), m_rows[phase]);
    if (!qFuzzyCompare(oldHeight, m_rows.at(phase).height)) {
        stackRows();
        return Damage::RowsBelow;
    }
    return Damage::Row;
}

void TimelineGeometry::fixOpenEnds()
{
    for (Row &row : m_rows) {
        for (Bar &bar : row.bars) {
            if (bar.open)
                bar.end = std::max(bar.start, m_months);
        }
    }
}

void TimelineGeometry::layoutRow(const Phase &phase, Row &row) const
{
    row.start = phase.start;
    row.end = phase.end;

    // Relief bars: sorted by start, each into the first sub-row that is free.
    row.bars.resize(phase.reliefs.size());
    QList<int> order(phase.reliefs.size());
    std::iota(order.begin(), order.end(), 0);
    for (int i = 0; i < phase.reliefs.size(); ++i) {
        const Placement &pl = phase.reliefs.at(i);
        Bar &bar = row.bars[i];
        bar.start = pl.start;
        bar.open = !pl.end.has_value();
        bar.end = bar.open ? std::max(pl.start, m_months) : *pl.end;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return row.bars.at(a).start < row.bars.at(b).start; });
    QList<int> rowEnds;
    for (int i : order) {
        Bar &bar = row.bars[i];
        bar.row = takeLane(rowEnds, bar.start, std::max(bar.end, bar.start + 1));
    }
    row.reliefRows = std::max<int>(1, int(rowEnds.size()));

    // Action markers: each takes its marker and its label's width.
    row.markers.resize(phase.actions.size());
    QList<int> aorder(phase.actions.size());
    std::iota(aorder.begin(), aorder.end(), 0);
    std::stable_sort(aorder.begin(), aorder.end(), [&](int a, int b) {
        return phase.actions.at(a).verifiedMonth < phase.actions.at(b).verifiedMonth;
    });
    QList<qreal> laneEnds;
    for (int i : aorder) {
        Marker &m = row.markers[i];
        m.month = phase.actions.at(i).verifiedMonth;
        const qreal x = monthToX(m.month);
        m.row = takeLane(laneEnds, x - m_metrics.markerRadius,
                         x + m_metrics.markerRadius + m_metrics.actionLabelWidth);
    }
    row.actionRows = std::max<int>(1, int(laneEnds.size()));

    const qreal content = 2 * m_metrics.lanePadding + actionLaneHeight(row) +
                          row.reliefRows * (m_metrics.barHeight + m_metrics.barGap) +
                          m_metrics.barGap;
    row.height = std::max(m_metrics.headerMinHeight, content);
}

qreal TimelineGeometry::actionLaneHeight(const Row &row) const
{
    return row.actionRows * m_metrics.actionRowHeight;
}

void TimelineGeometry::stackRows()
{
    qreal y = m_metrics.rulerHeight;
    for (Row &row : m_rows) {
        row.top = y;
        y += row.height + m_metrics.phaseGap;
    }
}

int TimelineGeometry::snapMonth(qreal x) const
{
    const int m = int(std::lround(xToMonth(x)));
    return std::clamp(m, 0, m_months);
}

int TimelineGeometry::monthAt(qreal x) const
{
    const int m = int(std::floor(xToMonth(x)));
    return std::clamp(m, 0, std::max(0, m_months - 1));
}

int TimelineGeometry::phaseAtY(qreal y) const
{
    if (m_rows.isEmpty() || y < m_rows.constFirst().top)
        return -1;
    auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), y,
                               [](qreal v, const Row &row) { return v < row.top; });
    const int i = int(it - m_rows.cbegin()) - 1;
    if (i < 0 || y >= m_rows.at(i).top + m_rows.at(i).height)
        return -1;
    return i;
}

QRectF TimelineGeometry::rulerRect() const
{
    return {m_metrics.headerWidth, 0, m_months * m_ppm, m_metrics.rulerHeight};
}

QRectF TimelineGeometry::phaseRowRect(int phase) const
{
    if (phase < 0 || phase >= m_rows.size())
        return {};
    const Row &row = m_rows.at(phase);
    return {0, row.top, totalSize().width(), row.height};
}

QRectF TimelineGeometry::headerRect(int phase) const
{
    QRectF r = phaseRowRect(phase);
    r.setWidth(m_metrics.headerWidth);
    return r;
}

QRectF TimelineGeometry::timeRowRect(int phase) const
{
    QRectF r = phaseRowRect(phase);
    r.setLeft(m_metrics.headerWidth);
    return r;
}

QRectF TimelineGeometry::actionLaneRect(int phase) const
{
    if (phase < 0 || phase >= m_rows.size())
        return {};
    const Row &row = m_rows.at(phase);
    return {m_metrics.headerWidth, row.top, m_months * m_ppm,
            m_metrics.lanePadding + actionLaneHeight(row)};
}

QRectF TimelineGeometry::reliefLaneRect(int phase) const
{
    if (phase < 0 || phase >= m_rows.size())
        return {};
    const Row &row = m_rows.at(phase);
    const qreal top = row.top + m_metrics.lanePadding + actionLaneHeight(row);
    return {m_metrics.headerWidth, top, m_months * m_ppm, row.top + row.height - top};
}

QRectF TimelineGeometry::phaseBandRect(int phase) const
{
    if (phase < 0 || phase >= m_rows.size())
        return {};
    const Row &row = m_rows.at(phase);
    const qreal left = monthToX(row.start);
    return {left, row.top, std::max<qreal>(monthToX(row.end) - left, 1), row.height};
}

int TimelineGeometry::actionSubRows(int phase) const
{
    return phase >= 0 && phase < m_rows.size() ? m_rows.at(phase).actionRows : 0;
}

int TimelineGeometry::reliefSubRows(int phase) const
{
    return phase >= 0 && phase < m_rows.size() ? m_rows.at(phase).reliefRows : 0;
}

int TimelineGeometry::placementCount(int phase) const
{
    return phase >= 0 && phase < m_rows.size() ? int(m_rows.at(phase).bars.size()) : 0;
}

bool TimelineGeometry::validRef(PlacementRef ref) const
{
    return ref.phase >= 0 && ref.phase < m_rows.size() && ref.relief >= 0 &&
           ref.relief < m_rows.at(ref.phase).bars.size();
}

int TimelineGeometry::placementSubRow(PlacementRef ref) const
{
    return validRef(ref) ? m_rows.at(ref.phase).bars.at(ref.relief).row : -1;
}

bool TimelineGeometry::placementOpenEnded(PlacementRef ref) const
{
    return validRef(ref) && m_rows.at(ref.phase).bars.at(ref.relief).open;
}

QRectF TimelineGeometry::placementRect(PlacementRef ref) const
{
    if (!validRef(ref))
        return {};
    const Row &row = m_rows.at(ref.phase);
    const Bar &bar = row.bars.at(ref.relief);
    const qreal lane = row.top + m_metrics.lanePadding + actionLaneHeight(row);
    const qreal left = monthToX(bar.start);
    const qreal width = std::max(monthToX(bar.end) - left, m_metrics.minBarWidth);
    return {left, lane + m_metrics.barGap + bar.row * (m_metrics.barHeight + m_metrics.barGap),
            width, m_metrics.barHeight};
}

int TimelineGeometry::actionCount(int phase) const
{
    return phase >= 0 && phase < m_rows.size() ? int(m_rows.at(phase).markers.size()) : 0;
}

QPointF TimelineGeometry::actionMarkerCenter(int phase, int action) const
{
    if (action < 0 || action >= actionCount(phase))
        return {};
    const Row &row = m_rows.at(phase);
    const Marker &m = row.markers.at(action);
    return {monthToX(m.month),
            row.top + m_metrics.lanePadding + (m.row + 0.5) * m_metrics.actionRowHeight};
}

QRectF TimelineGeometry::actionMarkerRect(int phase, int action) const
{
    if (action < 0 || action >= actionCount(phase))
        return {};
    const QPointF c = actionMarkerCenter(phase, action);
    const qreal r = m_metrics.markerRadius;
    return {c.x() - r, c.y() - r, 2 * r, 2 * r};
}

QRectF TimelineGeometry::actionLabelRect(int phase, int action) const
{
    if (action < 0 || action >= actionCount(phase))
        return {};
    const QPointF c = actionMarkerCenter(phase, action);
    const qreal r = m_metrics.markerRadius;
    return {c.x() + r + 2, c.y() - m_metrics.actionRowHeight / 2, m_metrics.actionLabelWidth - 4,
            m_metrics.actionRowHeight};
}

QSizeF TimelineGeometry::totalSize() const
{
    qreal h = m_metrics.rulerHeight;
    if (!m_rows.isEmpty())
        h = m_rows.constLast().top + m_rows.constLast().height + m_metrics.phaseGap;
    return {m_metrics.headerWidth + m_months * m_ppm, h};
}

TimelineHit TimelineGeometry::hitTest(const QPointF &pos) const
{
    TimelineHit hit;
    hit.month = snapMonth(pos.x());
    if (pos.x() < 0 || pos.y() < 0)
        return hit;
    if (pos.y() < m_metrics.rulerHeight) {
        if (pos.x() >= m_metrics.headerWidth)
            hit.kind = TimelineHit::Ruler;
        return hit;
    }
    const int phase = phaseAtY(pos.y());
    if (phase < 0)
        return hit;
    hit.phase = phase;
    if (pos.x() < m_metrics.headerWidth) {
        hit.kind = TimelineHit::PhaseHeader;
        return hit;
    }
    if (pos.x() > totalSize().width()) {
        hit.phase = -1;
        return hit;
    }
    const Row &row = m_rows.at(phase);
    const qreal tol = m_metrics.edgeTolerance;

    // Bars, the last painted (topmost) first; a bar containing the point wins
    // over a neighbour whose edge is within the tolerance.
    if (reliefLaneRect(phase).contains(pos)) {
        for (const qreal slack : {qreal(0), tol}) {
            for (int i = int(row.bars.size()) - 1; i >= 0; --i) {
                const QRectF r = placementRect({phase, i});
                if (pos.y() < r.top() || pos.y() >= r.bottom())
                    continue;
                if (pos.x() < r.left() - slack || pos.x() > r.right() + slack)
                    continue;
                hit.relief = i;
                const bool open = row.bars.at(i).open;
                const qreal dStart = std::abs(pos.x() - r.left());
                const qreal dEnd = std::abs(pos.x() - r.right());
                if (!open && dEnd <= tol && dEnd < dStart)
                    hit.kind = TimelineHit::PlacementEnd;
                else if (dStart <= tol)
                    hit.kind = TimelineHit::PlacementStart;
                else if (!open && dEnd <= tol)
                    hit.kind = TimelineHit::PlacementEnd;
                else
                    hit.kind = TimelineHit::Placement;
                return hit;
            }
        }
    }
    // Action markers.
    for (int i = int(row.markers.size()) - 1; i >= 0; --i) {
        if (actionMarkerRect(phase, i).adjusted(-2, -2, 2, 2).contains(pos)) {
            hit.kind = TimelineHit::ActionMarker;
            hit.action = i;
            return hit;
        }
    }
    // Phase edges.
    const qreal dStart = std::abs(pos.x() - monthToX(row.start));
    const qreal dEnd = std::abs(pos.x() - monthToX(row.end));
    if (dEnd <= tol && (dEnd < dStart || pos.x() > monthToX(row.end))) {
        hit.kind = TimelineHit::PhaseEnd;
        return hit;
    }
    if (dStart <= tol) {
        hit.kind = TimelineHit::PhaseStart;
        return hit;
    }
    hit.kind =
        pos.y() < reliefLaneRect(phase).top() ? TimelineHit::ActionLane : TimelineHit::ReliefLane;
    return hit;
}

QList<PlacementRef> TimelineGeometry::placementsIn(const QRectF &rect) const
{
    QList<PlacementRef> out;
    const QRectF r = rect.normalized();
    for (int p = 0; p < m_rows.size(); ++p) {
        const Row &row = m_rows.at(p);
        if (row.top > r.bottom() || row.top + row.height < r.top())
            continue;
        for (int i = 0; i < row.bars.size(); ++i) {
            if (placementRect({p, i}).intersects(r))
                out.append({p, i});
        }
    }
    return out;
}

QPoint TimelineGeometry::autoScrollStep(const QRectF &body, const QPointF &pos, qreal margin,
                                        int maxStep)
{
    if (body.isEmpty() || margin <= 0 || maxStep <= 0)
        return {};
    // One axis: depth into the margin at the low or high end, as a step.
    auto axis = [&](qreal v, qreal low, qreal high) {
        const qreal m = std::min(margin, (high - low) / 3); // a small body keeps a middle
        if (m <= 0)
            return 0;
        qreal depth = 0;
        int sign = 0;
        if (v < low + m) {
            depth = low + m - v;
            sign = -1;
        } else if (v > high - m) {
            depth = v - (high - m);
            sign = 1;
        } else {
            return 0;
        }
        const qreal t = std::clamp(depth / m, 0.0, 1.0);
        return sign * std::clamp(int(std::ceil(t * maxStep)), 1, maxStep);
    };
    return {axis(pos.x(), body.left(), body.right()), axis(pos.y(), body.top(), body.bottom())};
}

} // namespace tranche
