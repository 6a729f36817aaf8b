// TimelineView: the selection - placements, a phase or one of its actions; how
// it follows the document's structural edits, Shift+click ranges, the rubber
// band, arrow-key navigation, and the accessible description of it.

#include "timeline/timelineview.h"

#include "document/changeevent.h"
#include "document/plandocument.h"

#include <QAccessible>
#include <QRubberBand>
#include <QScrollBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tranche {

void TimelineView::adjustSelectionForChange(const ChangeEvent &e)
{
    // The Shift+click anchor follows the same changes (invalid once its placement is gone).
    m_anchor = e.placementAfter(m_anchor);

    QList<PlacementRef> refs = m_deco.selectedPlacements;
    int phase = m_deco.selectedPhase;
    int action = m_deco.selectedAction;
    switch (e.kind) {
    case ChangeEvent::Reset:
        refs.clear();
        phase = action = -1;
        break;
    case ChangeEvent::PhaseInserted:
    case ChangeEvent::PhaseRemoved:
    case ChangeEvent::PhaseMoved:
        e.remap(refs);
        phase = e.phaseAfter(phase);
        if (phase < 0)
            action = -1;
        break;
    case ChangeEvent::PlacementInserted:
    case ChangeEvent::PlacementRemoved:
        e.remap(refs);
        break;
    case ChangeEvent::ActionsChanged:
        if (phase == e.phase && action >= m_doc->plan().phases.at(phase).actions.size())
            action = -1;
        break;
    default:
        return;
    }
    if (!refs.isEmpty() && refs != m_deco.selectedPlacements)
        phase = refs.constFirst().phase;
    if (refs == m_deco.selectedPlacements && phase == m_deco.selectedPhase &&
        action == m_deco.selectedAction)
        return;
    m_deco.selectedPlacements = refs;
    m_deco.selectedPhase = phase;
    m_deco.selectedAction = action;
    viewport()->update();
    updateAccessibleDescription();
    Q_EMIT selectionChanged();
}

void TimelineView::applySelection(QList<PlacementRef> refs, int phase, int action, bool scroll)
{
    const Plan &plan = m_doc->plan();
    refs.removeIf([&](PlacementRef r) { return !hasPlacement(plan, r); });
    QList<PlacementRef> unique;
    for (PlacementRef r : std::as_const(refs)) {
        if (!unique.contains(r))
            unique.append(r);
    }
    if (!unique.isEmpty())
        phase = unique.constFirst().phase;
    if (phase < 0 || phase >= plan.phases.size())
        phase = -1;
    if (phase < 0 || action >= plan.phases.at(phase).actions.size() || !unique.isEmpty())
        action = -1;
    if (scroll) {
        if (!unique.isEmpty())
            ensureContentVisible(m_geo.placementRect(unique.constFirst()));
        else if (action >= 0)
            ensureContentVisible(m_geo.actionMarkerRect(phase, action));
        else if (phase >= 0)
            ensureContentVisible(m_geo.phaseBandRect(phase));
    }
    if (unique == m_deco.selectedPlacements && phase == m_deco.selectedPhase &&
        action == m_deco.selectedAction)
        return;
    // Repaint what shows the selection: bars; or a phase's header and band
    // edges (and an action's marker).
    auto dirty = [this](const QList<PlacementRef> &refs, int ph, int act) {
        updatePlacements(refs);
        if (ph < 0 || !refs.isEmpty())
            return;
        updateContent(m_geo.headerRect(ph));
        const QRectF band = m_geo.phaseBandRect(ph);
        updateContent(QRectF(band.left() - 3, band.top(), 6, band.height()));
        updateContent(QRectF(band.right() - 3, band.top(), 6, band.height()));
        updateContent(QRectF(band.left(), band.top() - 3, band.width(), 6));
        updateContent(QRectF(band.left(), band.bottom() - 3, band.width(), 6));
        if (act >= 0)
            updateContent(m_geo.actionMarkerRect(ph, act).adjusted(-4, -4, 4, 4));
    };
    dirty(m_deco.selectedPlacements, m_deco.selectedPhase, m_deco.selectedAction);
    m_deco.selectedPlacements = unique;
    m_deco.selectedPhase = phase;
    m_deco.selectedAction = action;
    dirty(unique, phase, action);
    updateAccessibleDescription();
    Q_EMIT selectionChanged();
}

void TimelineView::setSelectedPlacements(const QList<PlacementRef> &refs)
{
    applySelection(refs, -1, -1, true);
}

void TimelineView::setSelectedPhase(int phase)
{
    applySelection({}, phase, -1, true);
}

void TimelineView::setSelectedAction(int phase, int action)
{
    applySelection({}, phase, action, true);
}

void TimelineView::clearSelection()
{
    applySelection({}, -1, -1, false);
}

void TimelineView::selectAt(const QPoint &pos)
{
    const TimelineHit hit = m_geo.hitTest(contentPos(pos));
    switch (hit.kind) {
    case TimelineHit::Placement:
    case TimelineHit::PlacementStart:
    case TimelineHit::PlacementEnd:
        setSelectedPlacements({hit.placement()});
        break;
    case TimelineHit::ActionMarker:
        setSelectedAction(hit.phase, hit.action);
        break;
    case TimelineHit::PhaseHeader:
    case TimelineHit::ActionLane:
    case TimelineHit::ReliefLane:
    case TimelineHit::PhaseStart:
    case TimelineHit::PhaseEnd:
        setSelectedPhase(hit.phase);
        break;
    default:
        clearSelection();
        break;
    }
}

void TimelineView::updateAccessibleDescription()
{
    const Plan &plan = m_doc->plan();
    QString text;
    const int phase = m_deco.selectedPhase;
    if (!m_deco.selectedPlacements.isEmpty()) {
        const PlacementRef r = m_deco.selectedPlacements.constFirst();
        const Placement &pl = plan.phases.at(r.phase).reliefs.at(r.relief);
        const SanctionsItem *item = plan.catalog.item(pl.item);
        text = tr("%n placement(s) selected; first: %1, months %2 to %3", nullptr,
                  int(m_deco.selectedPlacements.size()))
                   .arg(item ? item->name : pl.item)
                   .arg(pl.start)
                   .arg(pl.end ? QString::number(*pl.end) : tr("open end"));
    } else if (phase >= 0) {
        const Phase &ph = plan.phases.at(phase);
        text = tr("Phase %1 selected, months %2 to %3").arg(nameOrId(ph)).arg(ph.start).arg(ph.end);
    } else {
        text = tr("%n phase(s), nothing selected", nullptr, int(plan.phases.size()));
    }
    setAccessibleDescription(text);
    if (QAccessible::isActive()) {
        QAccessibleEvent ev(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&ev);
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
    if (!hasPlacement(plan, to))
        return {};
    if (!hasPlacement(plan, from))
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

// Placements of a phase in visual order: by start, then sub-row.
QList<int> TimelineView::placementsInVisualOrder(int phase) const
{
    const Plan &plan = m_doc->plan();
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
}

// Up/Down: the phase above or below, at the placement starting nearest the
// first selected one (the phase itself when none is selected or it has none).
void TimelineView::navigateToPhase(int key, int phase, const QList<PlacementRef> &refs)
{
    const Plan &plan = m_doc->plan();
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
}

void TimelineView::navigate(int key)
{
    const Plan &plan = m_doc->plan();
    if (plan.phases.isEmpty())
        return;
    const QList<PlacementRef> refs = selectedPlacements();
    const int phase = selectedPhase();
    if (phase < 0) {
        applySelection({}, 0, -1, true);
        return;
    }
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        navigateToPhase(key, phase, refs);
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
    const QList<int> order = placementsInVisualOrder(phase);
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
