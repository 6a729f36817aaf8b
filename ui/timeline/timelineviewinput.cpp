// TimelineView: mouse and keyboard events (each handing the gesture to the
// selection, edge-drag or drag-and-drop part of the view), wheel zoom, tooltips.

#include "timeline/timelineview.h"

#include "document/plandocument.h"
#include "document/timelineedits.h"
#include "model/money.h"
#include "models/catalogmodel.h"
#include "models/mimetypes.h"

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

QString TimelineView::monthText(const Plan &plan, int month)
{
    const std::optional<QDate> d = plan.monthDate(month);
    return d ? tr("month %1 (%2)").arg(month).arg(QLocale().toString(*d, u"MMM yyyy"_s))
             : tr("month %1").arg(month);
}

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
        lines.append(u"<b>%1</b>"_s.arg(nameOrId(ph).toHtmlEscaped()));
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

} // namespace tranche
