#pragma once
// The timeline's layout without painting: month <-> x at a zoom, a left header
// column, phases as horizontal rows in document order (each with an action
// lane above and a relief lane below whose bars stack in sub-rows), hit
// testing and snapping. All coordinates are "content" coordinates: the header
// column is x in [0, headerWidth), the ruler y in [0, rulerHeight), month m
// starts at x = headerWidth + m * pixelsPerMonth.

#include "model/plan.h"

#include <QList>
#include <QPoint>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace tranche {

// What lies under a point of the timeline.
struct TimelineHit
{
    enum Kind {
        Nothing,
        Ruler,
        PhaseHeader,
        ActionLane,
        ReliefLane,
        Placement,
        PlacementStart, // the start edge of a placement bar
        PlacementEnd,   // the end edge of a placement bar
        ActionMarker,
        PhaseStart, // the start edge of a phase band
        PhaseEnd,   // the end edge of a phase band
    };
    Kind kind = Nothing;
    int phase = -1;
    int relief = -1; // for the placement kinds
    int action = -1; // for ActionMarker: index in the phase's actions
    int month = 0;   // the snapped month (nearest month boundary) under the point

    PlacementRef placement() const { return {phase, relief}; }
    bool operator==(const TimelineHit &) const = default;
};

class TimelineGeometry
{
public:
    struct Metrics
    {
        qreal headerWidth = 230;
        qreal rulerHeight = 40;
        qreal headerMinHeight = 84; // room for the five header lines
        qreal actionRowHeight = 20;
        qreal barHeight = 20;
        qreal barGap = 4;
        qreal lanePadding = 4;
        qreal phaseGap = 6;
        qreal actionLabelWidth = 120; // room an action's label takes right of its marker
        qreal markerRadius = 6;
        qreal minBarWidth = 4;
        qreal edgeTolerance = 4;
        int minMonths = 24; // months shown at least
    };

    static constexpr qreal kDefaultPixelsPerMonth = 32;
    static constexpr qreal kMinPixelsPerMonth = 4;
    static constexpr qreal kMaxPixelsPerMonth = 240;

    TimelineGeometry();

    void setMetrics(const Metrics &metrics);
    const Metrics &metrics() const { return m_metrics; }

    // Clamped to [kMinPixelsPerMonth, kMaxPixelsPerMonth].
    void setPixelsPerMonth(qreal ppm);
    qreal pixelsPerMonth() const { return m_ppm; }

    // Full layout of a plan.
    void layout(const Plan &plan);

    // Re-layout after phase `phase` (its fields, actions or placements) changed.
    enum class Damage { Row, RowsBelow, All };
    Damage updatePhase(const Plan &plan, int phase);

    // --- Months and x ---
    int monthCount() const { return m_months; }
    qreal monthToX(qreal month) const { return m_metrics.headerWidth + month * m_ppm; }
    qreal xToMonth(qreal x) const { return (x - m_metrics.headerWidth) / m_ppm; }
    // The nearest month boundary, clamped to [0, monthCount()].
    int snapMonth(qreal x) const;
    qreal snapX(qreal x) const { return monthToX(snapMonth(x)); }
    // The month whose column contains x (floor), clamped to [0, monthCount() - 1].
    int monthAt(qreal x) const;

    // --- Rows ---
    int phaseCount() const { return int(m_rows.size()); }
    int phaseAtY(qreal y) const; // -1 outside every row (ruler, gaps, below)
    QRectF rulerRect() const;
    QRectF phaseRowRect(int phase) const; // header column and time area
    QRectF headerRect(int phase) const;
    QRectF timeRowRect(int phase) const; // the row right of the header column
    QRectF actionLaneRect(int phase) const;
    QRectF reliefLaneRect(int phase) const;
    QRectF phaseBandRect(int phase) const; // the phase's months over both lanes
    int actionSubRows(int phase) const;
    int reliefSubRows(int phase) const;

    // --- Items ---
    int placementCount(int phase) const;
    int placementSubRow(PlacementRef ref) const;
    QRectF placementRect(PlacementRef ref) const;
    bool placementOpenEnded(PlacementRef ref) const;
    int actionCount(int phase) const;
    QPointF actionMarkerCenter(int phase, int action) const;
    QRectF actionMarkerRect(int phase, int action) const; // the diamond
    QRectF actionLabelRect(int phase, int action) const;

    QSizeF totalSize() const;
    TimelineHit hitTest(const QPointF &pos) const;
    // Placements whose bars intersect `rect` (rubber band), in document order.
    QList<PlacementRef> placementsIn(const QRectF &rect) const;

    // Autoscroll while dragging: how far to scroll per tick (pixels, negative =
    // left/up) for a pointer at `pos` over a viewport whose scrolling part is
    // `body`. Zero inside `body` shrunk by `margin`; in the margin the step
    // grows linearly from 1 to `maxStep` at the edge, and stays `maxStep` past it.
    static QPoint autoScrollStep(const QRectF &body, const QPointF &pos, qreal margin, int maxStep);

private:
    struct Bar
    {
        int start = 0;
        int end = 0; // exclusive; for open-ended: the last month shown
        bool open = false;
        int row = 0;
    };
    struct Marker
    {
        int month = 0;
        int row = 0;
    };
    struct Row
    {
        int start = 0;
        int end = 0;
        qreal top = 0;
        qreal height = 0;
        int actionRows = 1;
        int reliefRows = 1;
        QList<Marker> markers;
        QList<Bar> bars;
    };

    void layoutRow(const Phase &phase, Row &row) const;
    void stackRows();
    void fixOpenEnds();
    int monthsFor(const Plan &plan) const;
    qreal actionLaneHeight(const Row &row) const;
    bool validRef(PlacementRef ref) const;

    Metrics m_metrics;
    qreal m_ppm = kDefaultPixelsPerMonth;
    int m_months = 24;
    QList<Row> m_rows;
};

} // namespace tranche
