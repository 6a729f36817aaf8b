// TimelineView: mouse gestures (selection, rubber band, edge drags), keyboard
// navigation, drag and drop, and tooltips.

#include "timeline/timelineview.h"

#include "models/catalogmodel.h"
#include "models/mimetypes.h"
#include "model/money.h"
#include "document/plandocument.h"
#include "document/timelineedits.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QRubberBand>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

QString monthText(const Plan &plan, int month)
{
    const std::optional<QDate> d = plan.monthDate(month);
    return d ? TimelineView::tr("month %1 (%2)")
                   .arg(month)
                   .arg(QLocale().toString(*d, u"MMM yyyy"_s))
             : TimelineView::tr("month %1").arg(month);
}

} // namespace

// --- Mouse ----------------------------------------------------------------------

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    finishRename(true);
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->position().toPoint();
    m_pressContent = contentPos(m_pressPos);
    m_pressModifiers = event->modifiers();
    m_pressScrolled =
        m_pressPos + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const TimelineHit hit = m_geo.hitTest(m_pressContent);
    m_pressRef = {};
    m_pressPhase = hit.phase;
    m_pressAction = hit.action;
    const bool ctrl = m_pressModifiers & Qt::ControlModifier;
    const bool shift = m_pressModifiers & Qt::ShiftModifier;
    QList<PlacementRef> sel = m_deco.selectedPlacements;
    m_gesture = Gesture::None;
    switch (hit.kind) {
    case TimelineHit::Placement:
        m_pressRef = hit.placement();
        m_pressWasSelected = sel.contains(m_pressRef);
        if (shift) {
            // The range from the anchor in reading order; Ctrl+Shift adds it.
            const QList<PlacementRef> range = placementRange(m_anchor, m_pressRef);
            if (!ctrl)
                sel.clear();
            for (PlacementRef r : range) {
                if (!sel.contains(r))
                    sel.append(r);
            }
            if (range.size() == 1)
                m_anchor = m_pressRef; // there was no usable anchor
        } else {
            m_anchor = m_pressRef;
            if (ctrl && m_pressWasSelected)
                sel.removeAll(m_pressRef);
            else if (ctrl)
                sel.append(m_pressRef);
            else if (!m_pressWasSelected)
                sel = {m_pressRef};
        }
        applySelection(sel, -1, -1, false);
        m_gesture = Gesture::Pending;
        break;
    case TimelineHit::PlacementStart:
    case TimelineHit::PlacementEnd:
        m_pressRef = hit.placement();
        m_anchor = m_pressRef;
        applySelection({m_pressRef}, -1, -1, false);
        m_gesture = hit.kind == TimelineHit::PlacementStart ? Gesture::PlacementStart
                                                            : Gesture::PlacementEnd;
        break;
    case TimelineHit::PhaseStart:
    case TimelineHit::PhaseEnd:
        applySelection({}, hit.phase, -1, false);
        m_gesture = hit.kind == TimelineHit::PhaseStart ? Gesture::PhaseStart : Gesture::PhaseEnd;
        break;
    case TimelineHit::ActionMarker:
        applySelection({}, hit.phase, hit.action, false);
        m_gesture = Gesture::ActionMove;
        break;
    case TimelineHit::PhaseHeader:
        applySelection({}, hit.phase, -1, false);
        break;
    default:
        m_gesture = Gesture::RubberBand;
        break;
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QPointF content = contentPos(pos);
    switch (m_gesture) {
    case Gesture::None: {
        const TimelineHit hit = m_geo.hitTest(content);
        switch (hit.kind) {
        case TimelineHit::PlacementStart:
        case TimelineHit::PlacementEnd:
        case TimelineHit::PhaseStart:
        case TimelineHit::PhaseEnd:
            viewport()->setCursor(Qt::SizeHorCursor);
            break;
        case TimelineHit::Placement:
        case TimelineHit::ActionMarker:
            viewport()->setCursor(Qt::OpenHandCursor);
            break;
        default:
            viewport()->unsetCursor();
            break;
        }
        break;
    }
    case Gesture::Pending:
        if ((pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
            startPlacementDrag();
        break;
    case Gesture::RubberBand:
        updateRubberBand(pos);
        updateAutoScroll(pos);
        break;
    default:
        updateEdgePreview(content);
        updateAutoScroll(pos);
        break;
    }
}

void TimelineView::updateRubberBand(const QPoint &viewportPos)
{
    if (!m_rubberBand) {
        m_rubberBand = new QRubberBand(QRubberBand::Rectangle, viewport());
        m_rubberBand->setAccessibleName(tr("Selection rectangle"));
    }
    // The band is anchored in the content: it grows as the view autoscrolls.
    const QPoint scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    m_rubberBand->setGeometry(
        QRect(m_pressScrolled - scroll, viewportPos).normalized().intersected(viewport()->rect()));
    m_rubberBand->show();
}

QList<PlacementRef> TimelineView::placementRange(PlacementRef from, PlacementRef to) const
{
    const Plan &plan = m_doc->plan();
    auto valid = [&](PlacementRef r) {
        return r.isValid() && r.phase < plan.phases.size() &&
               r.relief < plan.phases.at(r.phase).reliefs.size();
    };
    if (!valid(to))
        return {};
    if (!valid(from))
        return {to};
    // Reading order: phases in order, placements in document order within a phase.
    auto before = [](PlacementRef a, PlacementRef b) {
        return a.phase != b.phase ? a.phase < b.phase : a.relief < b.relief;
    };
    if (before(to, from))
        std::swap(from, to);
    QList<PlacementRef> range;
    for (int p = from.phase; p <= to.phase; ++p) {
        const int first = p == from.phase ? from.relief : 0;
        const int last = p == to.phase ? to.relief : int(plan.phases.at(p).reliefs.size()) - 1;
        for (int i = first; i <= last; ++i)
            range.append({p, i});
    }
    return range;
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const bool ctrl = m_pressModifiers & Qt::ControlModifier;
    const bool shift = m_pressModifiers & Qt::ShiftModifier;
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;
    stopAutoScroll();
    switch (gesture) {
    case Gesture::Pending:
        if (!ctrl && !shift && m_pressWasSelected)
            applySelection({m_pressRef}, -1, -1, false);
        break;
    case Gesture::RubberBand: {
        if (m_rubberBand)
            m_rubberBand->hide();
        const QRect band = QRect(m_pressScrolled, pos + QPoint(horizontalScrollBar()->value(),
                                                               verticalScrollBar()->value()))
                               .normalized();
        if (band.width() < QApplication::startDragDistance() &&
            band.height() < QApplication::startDragDistance()) {
            if (!ctrl && !shift)
                applySelection({}, m_pressPhase, -1, false);
            break;
        }
        const QRectF content(band);
        const QList<PlacementRef> inside = m_geo.placementsIn(content);
        QList<PlacementRef> sel =
            (ctrl || shift) ? m_deco.selectedPlacements : QList<PlacementRef>{};
        for (PlacementRef r : inside) {
            if (ctrl && sel.contains(r))
                sel.removeAll(r);
            else if (!sel.contains(r))
                sel.append(r);
        }
        applySelection(sel, sel.isEmpty() ? m_deco.selectedPhase : -1, -1, false);
        break;
    }
    case Gesture::None:
        break;
    default:
        finishEdgeGesture(gesture, contentPos(pos));
        break;
    }
    setDecorationRect(&TimelineDecorations::preview, {});
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const TimelineHit hit = m_geo.hitTest(contentPos(event->position().toPoint()));
    if (hit.kind == TimelineHit::PhaseHeader) {
        applySelection({}, hit.phase, -1, false);
        renameSelectedPhase();
        return;
    }
    QAbstractScrollArea::mouseDoubleClickEvent(event);
}

void TimelineView::updateEdgePreview(const QPointF &content)
{
    const Plan &plan = m_doc->plan();
    const int month = m_geo.snapMonth(content.x());
    QRectF rect;
    QString label;
    switch (m_gesture) {
    case Gesture::PlacementStart:
    case Gesture::PlacementEnd: {
        if (!m_pressRef.isValid() || m_pressRef.phase >= plan.phases.size() ||
            m_pressRef.relief >= plan.phases.at(m_pressRef.phase).reliefs.size())
            return;
        const Placement &pl = plan.phases.at(m_pressRef.phase).reliefs.at(m_pressRef.relief);
        const int end = pl.end.value_or(m_geo.monthCount());
        const QRectF bar = m_geo.placementRect(m_pressRef);
        if (m_gesture == Gesture::PlacementStart) {
            const int start = std::min(month, end);
            rect = QRectF(QPointF(m_geo.monthToX(start), bar.top()),
                          QPointF(m_geo.monthToX(end), bar.bottom()));
            label = tr("Starts %1").arg(monthText(plan, start));
        } else {
            const int e = std::max(month, pl.start);
            rect = QRectF(QPointF(m_geo.monthToX(pl.start), bar.top()),
                          QPointF(m_geo.monthToX(e), bar.bottom()));
            label = tr("Ends before %1").arg(monthText(plan, e));
        }
        break;
    }
    case Gesture::PhaseStart:
    case Gesture::PhaseEnd: {
        if (m_pressPhase < 0 || m_pressPhase >= plan.phases.size())
            return;
        const Phase &ph = plan.phases.at(m_pressPhase);
        const QRectF band = m_geo.phaseBandRect(m_pressPhase);
        const int start = m_gesture == Gesture::PhaseStart ? std::min(month, ph.end) : ph.start;
        const int end = m_gesture == Gesture::PhaseEnd ? std::max(month, ph.start) : ph.end;
        rect = QRectF(QPointF(m_geo.monthToX(start), band.top() + 1),
                      QPointF(m_geo.monthToX(end), band.bottom() - 1));
        label = tr("Months %1–%2").arg(start).arg(end);
        break;
    }
    case Gesture::ActionMove: {
        const QRectF marker = m_geo.actionMarkerRect(m_pressPhase, m_pressAction);
        if (marker.isEmpty())
            return;
        rect = marker.translated(m_geo.monthToX(month) - marker.center().x(), 0);
        label = tr("Verified %1").arg(monthText(plan, month));
        break;
    }
    default:
        return;
    }
    m_deco.previewLabel = label;
    setDecorationRect(&TimelineDecorations::preview,
                      rect.isEmpty() ? rect.adjusted(0, 0, 1, 0) : rect);
}

void TimelineView::finishEdgeGesture(Gesture gesture, const QPointF &content)
{
    const Plan &plan = m_doc->plan();
    const int month = m_geo.snapMonth(content.x());
    if (m_geo.snapMonth(m_pressContent.x()) == month)
        return; // a click on an edge, not a drag
    switch (gesture) {
    case Gesture::PlacementStart:
    case Gesture::PlacementEnd: {
        if (m_pressRef.phase >= plan.phases.size() ||
            m_pressRef.relief >= plan.phases.at(m_pressRef.phase).reliefs.size())
            return;
        const Placement &pl = plan.phases.at(m_pressRef.phase).reliefs.at(m_pressRef.relief);
        if (gesture == Gesture::PlacementStart) {
            const int start = pl.end ? std::min(month, *pl.end) : month;
            report(TimelineEdits::setPlacementMonths(m_doc, m_pressRef, start, pl.end));
        } else {
            report(TimelineEdits::setPlacementMonths(m_doc, m_pressRef, pl.start,
                                                     std::max(month, pl.start)));
        }
        break;
    }
    case Gesture::PhaseStart:
    case Gesture::PhaseEnd: {
        if (m_pressPhase < 0 || m_pressPhase >= plan.phases.size())
            return;
        const Phase &ph = plan.phases.at(m_pressPhase);
        if (gesture == Gesture::PhaseStart)
            report(
                TimelineEdits::resizePhase(m_doc, m_pressPhase, std::min(month, ph.end), ph.end));
        else
            report(TimelineEdits::resizePhase(m_doc, m_pressPhase, ph.start,
                                              std::max(month, ph.start)));
        break;
    }
    case Gesture::ActionMove:
        report(TimelineEdits::setVerifiedMonth(m_doc, m_pressPhase, m_pressAction, month));
        break;
    default:
        break;
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            zoomAround(zoom() * std::pow(1.25, delta / 120.0), event->position().x());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

// --- Drag and drop ------------------------------------------------------------------

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
        bool changes = shift != 0;
        for (PlacementRef r : refs) {
            changes = changes || r.phase != hit.phase;
            if (plan.phases.at(r.phase).reliefs.at(r.relief).start + shift < 0) {
                c.reason = tr("Relief cannot start before month 0.");
                return c;
            }
        }
        c.ok = changes; // dropping a bar where it was is no edit and no error
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
        c.reason =
            TimelineEdits::checkRequireActions(plan, hit.phase, catalogActionIdsFromMime(mime));
        c.ok = c.reason.isEmpty();
        return c;
    }
    c.reason = tr("The timeline does not take this kind of data.");
    return c;
}

static bool hasTimelineFormat(const QMimeData *mime)
{
    return mime && (mime->hasFormat(QString(mime::kPlacements)) ||
                    mime->hasFormat(QString(mime::kCatalogItems)) ||
                    mime->hasFormat(QString(mime::kCatalogActions)));
}

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
    if (c.reason != m_lastDropReason) {
        m_lastDropReason = c.reason;
        if (!c.reason.isEmpty())
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

void TimelineView::dragLeaveEvent(QDragLeaveEvent *event)
{
    stopAutoScroll();
    setDecorationRect(&TimelineDecorations::dropHighlight, {});
    m_lastDropReason.clear();
    event->accept();
}

void TimelineView::dropEvent(QDropEvent *event)
{
    stopAutoScroll();
    setDecorationRect(&TimelineDecorations::dropHighlight, {});
    m_lastDropReason.clear();
    const QMimeData *mime = event->mimeData();
    const DropCheck c = checkDrop(mime, event->position().toPoint(), event->source());
    if (!c.ok) {
        report(c.reason);
        event->ignore();
        return;
    }
    const Plan &plan = m_doc->plan();
    QString refusal;
    if (mime->hasFormat(QString(mime::kPlacements))) {
        const QList<PlacementRef> refs =
            TimelineEdits::placementsFromPayload(plan, mime->data(QString(mime::kPlacements)));
        QList<PlacementRef> moved;
        refusal = TimelineEdits::movePlacements(m_doc, refs, c.phase, c.month, &moved);
        if (refusal.isEmpty())
            applySelection(moved, -1, -1, false);
        event->setDropAction(Qt::MoveAction);
    } else if (mime->hasFormat(QString(mime::kCatalogItems))) {
        const QStringList ids = catalogItemIdsFromMime(mime);
        const int first = int(plan.phases.at(c.phase).reliefs.size());
        refusal = TimelineEdits::placeItems(m_doc, c.phase, ids);
        if (refusal.isEmpty()) {
            QList<PlacementRef> added;
            for (int i = 0; i < ids.size(); ++i)
                added.append({c.phase, first + i});
            applySelection(added, -1, -1, false);
        }
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
}

// --- Tooltips ---------------------------------------------------------------------

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(contentPos(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString TimelineView::toolTipAt(const QPointF &content) const
{
    const Plan &plan = m_doc->plan();
    const TimelineHit hit = m_geo.hitTest(content);
    if (hit.phase < 0 || hit.phase >= plan.phases.size())
        return {};
    const Phase &ph = plan.phases.at(hit.phase);
    QStringList lines;
    auto findingLines = [&](const QString &item) {
        for (const Finding &f : m_findingList) {
            if (f.phase == ph.id && (item.isEmpty() || f.item == item) && !f.waived)
                lines.append(
                    u"%1 %2: %3"_s.arg(toString(f.severity), f.rule, f.message).toHtmlEscaped());
        }
    };
    switch (hit.kind) {
    case TimelineHit::Placement:
    case TimelineHit::PlacementStart:
    case TimelineHit::PlacementEnd: {
        const Placement &pl = ph.reliefs.at(hit.relief);
        const SanctionsItem *item = plan.catalog.item(pl.item);
        lines.append(u"<b>%1</b>"_s.arg((item ? item->name : pl.item).toHtmlEscaped()));
        lines.append(tr("From %1 to %2")
                         .arg(monthText(plan, pl.start),
                              pl.end ? monthText(plan, *pl.end) : tr("open end")));
        lines.append(tr("Extent %1, %2/yr")
                         .arg(formatShare(pl.extent),
                              formatMoney(item ? item->annualValueUsd * pl.extent : 0)));
        lines.append(tr("Escrowed %1; snapback %2")
                         .arg(formatShare(pl.escrowShare), pl.snapback ? tr("on") : tr("off")));
        findingLines(pl.item);
        break;
    }
    case TimelineHit::ActionMarker: {
        const RequiredAction &ra = ph.actions.at(hit.action);
        const CounterpartAction *a = plan.catalog.action(ra.action);
        lines.append(u"<b>%1</b>"_s.arg((a ? a->name : ra.action).toHtmlEscaped()));
        lines.append(tr("Verified %1").arg(monthText(plan, ra.verifiedMonth)));
        if (a)
            lines.append(tr("Weight %1").arg(a->weight));
        break;
    }
    case TimelineHit::PhaseHeader:
        lines.append(u"<b>%1</b>"_s.arg((ph.name.isEmpty() ? ph.id : ph.name).toHtmlEscaped()));
        findingLines({});
        break;
    case TimelineHit::PhaseStart:
    case TimelineHit::PhaseEnd:
        lines.append(tr("Drag to change the phase's months"));
        break;
    default:
        return {};
    }
    return lines.join(u"<br>"_s);
}

// --- Keyboard navigation --------------------------------------------------------

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            navigate(event->key());
            return;
        case Qt::Key_Escape:
            clearSelection();
            return;
        default:
            break;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineView::navigate(int key)
{
    const Plan &plan = m_doc->plan();
    if (plan.phases.isEmpty())
        return;
    // Placements of a phase in visual order: by start, then sub-row.
    auto ordered = [&](int phase) {
        QList<int> order;
        for (int i = 0; i < plan.phases.at(phase).reliefs.size(); ++i)
            order.append(i);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const int sa = plan.phases.at(phase).reliefs.at(a).start;
            const int sb = plan.phases.at(phase).reliefs.at(b).start;
            return sa != sb ? sa < sb
                            : m_geo.placementSubRow({phase, a}) < m_geo.placementSubRow({phase, b});
        });
        return order;
    };
    const QList<PlacementRef> refs = selectedPlacements();
    const int phase = selectedPhase();
    if (phase < 0) {
        applySelection({}, 0, -1, true);
        return;
    }
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        const int target = phase + (key == Qt::Key_Up ? -1 : 1);
        if (target < 0 || target >= plan.phases.size())
            return;
        if (refs.isEmpty() || plan.phases.at(target).reliefs.isEmpty()) {
            applySelection({}, target, -1, true);
            return;
        }
        const int start =
            plan.phases.at(refs.constFirst().phase).reliefs.at(refs.constFirst().relief).start;
        int best = 0;
        const QList<Placement> &reliefs = plan.phases.at(target).reliefs;
        for (int i = 1; i < reliefs.size(); ++i) {
            if (std::abs(reliefs.at(i).start - start) < std::abs(reliefs.at(best).start - start))
                best = i;
        }
        applySelection({{target, best}}, -1, -1, true);
        return;
    }
    // Left/Right walk a phase as it reads: the phase, its actions by
    // verification month, then its placements.
    QList<int> actions;
    for (int i = 0; i < plan.phases.at(phase).actions.size(); ++i)
        actions.append(i);
    std::stable_sort(actions.begin(), actions.end(), [&](int a, int b) {
        return plan.phases.at(phase).actions.at(a).verifiedMonth <
               plan.phases.at(phase).actions.at(b).verifiedMonth;
    });
    const QList<int> order = ordered(phase);
    auto firstPlacement = [&] {
        if (!order.isEmpty())
            applySelection({{phase, order.constFirst()}}, -1, -1, true);
    };
    if (refs.isEmpty()) {
        const int action = selectedAction();
        const int at = action < 0 ? -1 : int(actions.indexOf(action));
        if (key == Qt::Key_Right) {
            if (at + 1 < actions.size())
                applySelection({}, phase, actions.at(at + 1), true);
            else
                firstPlacement();
        } else if (at > 0) {
            applySelection({}, phase, actions.at(at - 1), true);
        } else if (at == 0) {
            applySelection({}, phase, -1, true);
        }
        return;
    }
    const int at = int(order.indexOf(refs.constFirst().relief));
    if (key == Qt::Key_Left) {
        if (at > 0)
            applySelection({{phase, order.at(at - 1)}}, -1, -1, true);
        else if (!actions.isEmpty())
            applySelection({}, phase, actions.constLast(), true);
        else
            applySelection({}, phase, -1, true);
    } else if (at + 1 < order.size()) {
        applySelection({{phase, order.at(at + 1)}}, -1, -1, true);
    }
}

} // namespace tranche
