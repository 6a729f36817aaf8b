// TimelineView: edge drags - a placement's or a phase's start or end, and an
// action marker's verification month: the preview while dragging and the
// one checked edit at the release.

#include "timeline/timelineview.h"

#include "document/plandocument.h"
#include "document/timelineedits.h"
#include "io/validation.h"

#include <algorithm>

namespace tranche {

std::optional<TimelineView::EdgeMonths> TimelineView::edgeMonths(Gesture gesture, int month) const
{
    const Plan &plan = m_doc->plan();
    month = std::min(month, kMaxPlanMonth); // a drag past the format's last month stops there
    switch (gesture) {
    case Gesture::PlacementStart:
    case Gesture::PlacementEnd: {
        const Placement *pl = placementAt(plan, m_pressRef);
        if (!pl)
            return std::nullopt;
        if (gesture == Gesture::PlacementStart)
            return EdgeMonths{pl->end ? std::min(month, *pl->end) : month, pl->end};
        return EdgeMonths{pl->start, std::max(month, pl->start)};
    }
    case Gesture::PhaseStart:
    case Gesture::PhaseEnd: {
        if (m_pressPhase < 0 || m_pressPhase >= plan.phases.size())
            return std::nullopt;
        const Phase &ph = plan.phases.at(m_pressPhase);
        if (gesture == Gesture::PhaseStart)
            return EdgeMonths{std::min(month, ph.end), ph.end};
        return EdgeMonths{ph.start, std::max(month, ph.start)};
    }
    case Gesture::ActionMove:
        return EdgeMonths{month, std::nullopt};
    default:
        return std::nullopt;
    }
}

void TimelineView::updateEdgePreview(const QPointF &content)
{
    const std::optional<EdgeMonths> m = edgeMonths(m_gesture, m_geo.snapMonth(content.x()));
    if (!m)
        return;
    const Plan &plan = m_doc->plan();
    QRectF rect;
    QString label;
    switch (m_gesture) {
    case Gesture::PlacementStart:
    case Gesture::PlacementEnd: {
        const QRectF bar = m_geo.placementRect(m_pressRef);
        rect = QRectF(QPointF(m_geo.monthToX(m->start), bar.top()),
                      QPointF(m_geo.monthToX(m->end.value_or(m_geo.monthCount())), bar.bottom()));
        label = m_gesture == Gesture::PlacementStart
                    ? tr("Starts %1").arg(monthText(plan, m->start))
                    : tr("Ends before %1").arg(monthText(plan, *m->end));
        break;
    }
    case Gesture::PhaseStart:
    case Gesture::PhaseEnd: {
        const QRectF band = m_geo.phaseBandRect(m_pressPhase);
        rect = QRectF(QPointF(m_geo.monthToX(m->start), band.top() + 1),
                      QPointF(m_geo.monthToX(*m->end), band.bottom() - 1));
        label = tr("Months %1–%2").arg(m->start).arg(*m->end);
        break;
    }
    default: { // Gesture::ActionMove
        const QRectF marker = m_geo.actionMarkerRect(m_pressPhase, m_pressAction);
        if (marker.isEmpty())
            return;
        rect = marker.translated(m_geo.monthToX(m->start) - marker.center().x(), 0);
        label = tr("Verified %1").arg(monthText(plan, m->start));
        break;
    }
    }
    m_deco.previewLabel = label;
    setDecorationRect(&TimelineDecorations::preview,
                      rect.isEmpty() ? rect.adjusted(0, 0, 1, 0) : rect);
}

void TimelineView::finishEdgeGesture(Gesture gesture, const QPointF &content)
{
    const int month = m_geo.snapMonth(content.x());
    if (m_geo.snapMonth(m_pressContent.x()) == month)
        return; // a click on an edge, not a drag
    const std::optional<EdgeMonths> m = edgeMonths(gesture, month);
    if (!m)
        return;
    switch (gesture) {
    case Gesture::PlacementStart:
    case Gesture::PlacementEnd:
        report(TimelineEdits::setPlacementMonths(m_doc, m_pressRef, m->start, m->end));
        break;
    case Gesture::PhaseStart:
    case Gesture::PhaseEnd:
        report(TimelineEdits::resizePhase(m_doc, m_pressPhase, m->start, *m->end));
        break;
    default: // Gesture::ActionMove
        report(TimelineEdits::setVerifiedMonth(m_doc, m_pressPhase, m_pressAction, m->start));
        break;
    }
}

} // namespace tranche
