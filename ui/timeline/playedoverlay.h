#pragma once
// Draws an exercise's plan as played over the timeline: the months each
// placement actually ran (a solid strip), a late start (orange hatch from the
// planned start), a hold (dashed purple outline), a snapback (red cross-hatch
// over the months cut), a re-imposition (dark red lines over the months cut),
// an extension (green outline over the months added), each requirement's
// status on the action lane (verified: green ring, delayed: amber ring and a
// dashed line to the clock, failed: red cross) and the clock as a vertical
// line. The shapes are computed apart from painting, so that tests can check
// what is drawn where; the legend names each kind.

#include "exercise/playedstate.h"
#include "timeline/timelinegeometry.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace tranche {

class PlayedOverlay
{
    Q_DECLARE_TR_FUNCTIONS(PlayedOverlay)
public:
    enum class Mark {
        Played,
        LateStart,
        Held,
        SnappedBack,
        Reimposed,
        Extended,
        Verified,
        Delayed,
        Failed,
        Clock
    };
    // One thing drawn, in content coordinates (TimelineGeometry).
    struct Shape
    {
        Mark mark = Mark::Played;
        PlacementRef placement; // the placement kinds
        int requirement = -1;   // Verified, Delayed, Failed: index in PlayedState::requirements
        QRectF rect;            // Clock: a line (zero width)
        bool operator==(const Shape &) const = default;
    };

    PlayedOverlay(const PlayedState &state, const TimelineGeometry &geometry);

    QList<Shape> shapes() const;
    // Paints the shapes over the timeline's body, and the clock's tag on the ruler.
    void paintBody(QPainter *p, const QRectF &exposed) const;
    void paintRuler(QPainter *p, const QRectF &exposed) const;

    // The legend, one entry per mark, in a row that wraps within width.
    static QString markText(Mark mark);
    static QSizeF legendSize(const QFont &font, qreal width);
    static void paintLegend(QPainter *p, const QRectF &rect);

private:
    QRectF monthsRect(PlacementRef ref, int from, int to) const; // months [from, to) on its bar
    void placementShapes(PlacementRef ref, QList<Shape> &out) const;
    void requirementShapes(QList<Shape> &out) const;
    static void paintShape(QPainter *p, const Shape &s);

    const PlayedState &m_state;
    const TimelineGeometry &m_geo;
};

} // namespace tranche
