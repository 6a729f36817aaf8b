#pragma once
// Where a user's pointer goes in the editor, for tests that drive the mouse:
// a point on a phase's lane at a month (scrolled into view first, as a user
// would), and a catalog row's name in the palette.

#include "timeline/timelinegeometry.h"
#include "timeline/timelineview.h"

#include <QAbstractItemModel>
#include <QPoint>
#include <QTreeView>

#include <algorithm>

namespace tranche::test {

// Viewport point of `month` on `phase`'s relief lane (or action lane), `dy`
// below the lane's top; -1,-1 never happens (the view scrolls there).
inline QPoint lanePoint(TimelineView *view, int phase, bool reliefLane, qreal month, qreal dy)
{
    const TimelineGeometry &geo = view->geometry();
    const QRectF lane = reliefLane ? geo.reliefLaneRect(phase) : geo.actionLaneRect(phase);
    view->ensureContentVisible(
        QRectF(geo.monthToX(month) - 20, lane.top(), 40, std::max(lane.height(), dy + 10)));
    return view->contentToViewport(QPointF(geo.monthToX(month), lane.top() + dy)).toPoint();
}

// Viewport point on the name of the palette row whose `role` is `id`, near its
// start (a narrow dock shows no more of the row); -1,-1 when there is none.
inline QPoint paletteRowPoint(QTreeView *view, int role, const QString &id)
{
    QAbstractItemModel *model = view->model();
    const QModelIndexList found =
        model->match(model->index(0, 0), role, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return {-1, -1};
    view->scrollTo(found.constFirst());
    const QRect row = view->visualRect(found.constFirst());
    return {std::min(row.center().x(), row.left() + 24), row.center().y()};
}

} // namespace tranche::test
