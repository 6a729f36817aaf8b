// TimelineView: drag and drop - dragging placements out, and checking and
// taking drops of placements, catalog items and counterpart actions (every
// check is TimelineEdits', so the feedback while dragging and the drop agree).

#include "timeline/timelineview.h"

#include "document/plandocument.h"
#include "document/timelineedits.h"
#include "models/catalogmodel.h"
#include "models/mimetypes.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QMimeData>

#include <cmath>

namespace tranche {

void TimelineView::startPlacementDrag()
{
    m_gesture = Gesture::None;
    const QList<PlacementRef> refs = m_deco.selectedPlacements.contains(m_pressRef)
                                         ? m_deco.selectedPlacements
                                         : QList<PlacementRef>{m_pressRef};
    auto *mime = new QMimeData;
    mime->setData(QString(mime::kPlacements),
                  TimelineEdits::placementsPayload(m_doc->plan(), refs));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    const QRectF bar = m_geo.placementRect(m_pressRef);
    const QRect visible = QRectF(contentToViewport(bar.topLeft()), bar.size())
                              .toAlignedRect()
                              .intersected(viewport()->rect());
    if (!visible.isEmpty()) {
        drag->setPixmap(viewport()->grab(visible));
        drag->setHotSpot(m_pressPos - visible.topLeft());
    }
    m_dragPressX = m_pressContent.x();
    drag->exec(Qt::MoveAction, Qt::MoveAction);
    stopAutoScroll();
}

TimelineView::DropCheck TimelineView::checkDrop(const QMimeData *mime, const QPoint &viewportPos,
                                                QObject *source) const
{
    DropCheck c;
    const Plan &plan = m_doc->plan();
    const QPointF content = contentPos(viewportPos);
    const TimelineHit hit = m_geo.hitTest(content);
    c.phase = hit.phase;
    c.month = hit.month;
    const bool inTime = hit.phase >= 0 && content.x() >= m_geo.metrics().headerWidth;
    const bool actionLane = inTime && content.y() < m_geo.reliefLaneRect(hit.phase).top();
    if (mime->hasFormat(QString(mime::kPlacements))) {
        if (source != this) {
            c.reason = tr("Relief can only be moved within the plan it belongs to.");
            return c;
        }
        if (!inTime) {
            c.reason = tr("Drop relief on a phase.");
            return c;
        }
        const QList<PlacementRef> refs =
            TimelineEdits::placementsFromPayload(plan, mime->data(QString(mime::kPlacements)));
        if (refs.isEmpty()) {
            c.reason = tr("The dragged relief no longer exists.");
            return c;
        }
        const int shift = int(std::lround((content.x() - m_dragPressX) / m_geo.pixelsPerMonth()));
        c.month = shift;
        c.highlight = m_geo.reliefLaneRect(hit.phase);
        const EditCheck move = TimelineEdits::checkMovePlacements(plan, refs, hit.phase, shift);
        c.ok = move.allowed();
        if (!move.unchanged) // dropping a bar where it was is no edit and no error
            c.reason = move.reason;
        return c;
    }
    if (mime->hasFormat(QString(mime::kCatalogItems))) {
        if (!inTime) {
            c.reason = tr("Drop sanctions items on a phase's relief lane.");
            return c;
        }
        if (actionLane) {
            c.highlight = m_geo.actionLaneRect(hit.phase);
            c.reason = tr("Sanctions items go on the relief lane, below the actions.");
            return c;
        }
        c.highlight = m_geo.reliefLaneRect(hit.phase);
        c.reason = TimelineEdits::checkPlaceItems(plan, hit.phase, catalogItemIdsFromMime(mime));
        c.ok = c.reason.isEmpty();
        return c;
    }
    if (mime->hasFormat(QString(mime::kCatalogActions))) {
        if (!inTime) {
            c.reason = tr("Drop counterpart actions on a phase's action lane.");
            return c;
        }
        if (!actionLane) {
            c.highlight = m_geo.reliefLaneRect(hit.phase);
            c.reason = tr("Counterpart actions go on the action lane, above the relief.");
            return c;
        }
        c.highlight = m_geo.actionLaneRect(hit.phase);
        c.reason = TimelineEdits::checkRequireActions(plan, hit.phase,
                                                      catalogActionIdsFromMime(mime), c.month);
        c.ok = c.reason.isEmpty();
        return c;
    }
    c.reason = tr("The timeline does not take this kind of data.");
    return c;
}

namespace {

bool hasTimelineFormat(const QMimeData *mime)
{
    return mime && (mime->hasFormat(QString(mime::kPlacements)) ||
                    mime->hasFormat(QString(mime::kCatalogItems)) ||
                    mime->hasFormat(QString(mime::kCatalogActions)));
}

} // namespace

void TimelineView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!hasTimelineFormat(event->mimeData())) {
        event->ignore();
        return;
    }
    m_lastDropReason.clear();
    dragMoveEvent(event);
    event->accept(); // keep receiving moves even where this point refuses
}

void TimelineView::dragMoveEvent(QDragMoveEvent *event)
{
    m_autoScrollMime = const_cast<QMimeData *>(event->mimeData());
    m_autoScrollSource = event->source();
    updateAutoScroll(event->position().toPoint());
    const DropCheck c = checkDrop(event->mimeData(), event->position().toPoint(), event->source());
    m_deco.dropAllowed = c.ok;
    setDecorationRect(&TimelineDecorations::dropHighlight, c.highlight);
    if (c.reason != m_lastDropReason) { // a new refusal, or none any more: say so
        m_lastDropReason = c.reason;
        Q_EMIT statusMessage(c.reason);
    }
    if (c.ok) {
        const bool internal = event->mimeData()->hasFormat(QString(mime::kPlacements));
        event->setDropAction(internal ? Qt::MoveAction : Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

// The drag's feedback goes with the drag: a refusal said while dragging is taken
// back from the status bar (an empty message) when the drag leaves, drops or is
// cancelled (a cancelled drag leaves).
void TimelineView::endDragFeedback()
{
    stopAutoScroll();
    setDecorationRect(&TimelineDecorations::dropHighlight, {});
    if (!m_lastDropReason.isEmpty())
        Q_EMIT statusMessage(QString());
    m_lastDropReason.clear();
}

void TimelineView::dragLeaveEvent(QDragLeaveEvent *event)
{
    endDragFeedback();
    event->accept();
}

void TimelineView::dropEvent(QDropEvent *event)
{
    endDragFeedback();
    const QMimeData *mime = event->mimeData();
    const DropCheck c = checkDrop(mime, event->position().toPoint(), event->source());
    if (!c.ok) {
        report(c.reason);
        event->ignore();
        return;
    }
    const Plan &plan = m_doc->plan();
    QString refusal;
    QList<PlacementRef> placed;
    if (mime->hasFormat(QString(mime::kPlacements))) {
        const QList<PlacementRef> refs =
            TimelineEdits::placementsFromPayload(plan, mime->data(QString(mime::kPlacements)));
        QList<PlacementRef> moved;
        refusal = TimelineEdits::movePlacements(m_doc, refs, c.phase, c.month, &moved);
        if (refusal.isEmpty())
            applySelection(moved, -1, -1, false);
        event->setDropAction(Qt::MoveAction);
    } else if (mime->hasFormat(QString(mime::kCatalogItems))) {
        refusal = TimelineEdits::placeItems(m_doc, c.phase, catalogItemIdsFromMime(mime), &placed);
        if (refusal.isEmpty())
            applySelection(placed, -1, -1, false);
        event->setDropAction(Qt::CopyAction);
    } else {
        refusal =
            TimelineEdits::requireActions(m_doc, c.phase, catalogActionIdsFromMime(mime), c.month);
        event->setDropAction(Qt::CopyAction);
    }
    if (!refusal.isEmpty()) {
        report(refusal);
        event->ignore();
        return;
    }
    setFocus(Qt::OtherFocusReason);
    event->accept();
    if (!placed.isEmpty())
        Q_EMIT reliefPlaced(placed);
}

} // namespace tranche
