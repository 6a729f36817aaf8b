// TimelineView: autoscroll while a drag (from the palette or of a placement)
// or an in-view gesture (rubber band, edge drag) nears the viewport's edges.

#include "timeline/timelineview.h"

#include <QMimeData>
#include <QRubberBand>
#include <QScrollBar>
#include <QTimer>

namespace tranche {

namespace {
constexpr qreal kAutoScrollMargin = 40; // pixels from the body's edge
constexpr int kAutoScrollMaxStep = 24;  // pixels per tick at the edge
constexpr int kAutoScrollIntervalMs = 25;
} // namespace

bool TimelineView::isAutoScrolling() const
{
    return m_autoScrollTimer && m_autoScrollTimer->isActive();
}

void TimelineView::updateAutoScroll(const QPoint &viewportPos)
{
    m_autoScrollPos = viewportPos;
    const auto &m = m_geo.metrics();
    const QRectF body(m.headerWidth, m.rulerHeight, viewport()->width() - m.headerWidth,
                      viewport()->height() - m.rulerHeight);
    if (TimelineGeometry::autoScrollStep(body, viewportPos, kAutoScrollMargin, kAutoScrollMaxStep)
            .isNull()) {
        if (m_autoScrollTimer)
            m_autoScrollTimer->stop();
        return;
    }
    if (!m_autoScrollTimer) {
        m_autoScrollTimer = new QTimer(this);
        m_autoScrollTimer->setInterval(kAutoScrollIntervalMs);
        connect(m_autoScrollTimer, &QTimer::timeout, this, &TimelineView::autoScrollTick);
    }
    if (!m_autoScrollTimer->isActive())
        m_autoScrollTimer->start();
}

void TimelineView::stopAutoScroll()
{
    if (m_autoScrollTimer)
        m_autoScrollTimer->stop();
    m_autoScrollMime = nullptr;
    m_autoScrollSource = nullptr;
}

void TimelineView::autoScrollTick()
{
    const auto &m = m_geo.metrics();
    const QRectF body(m.headerWidth, m.rulerHeight, viewport()->width() - m.headerWidth,
                      viewport()->height() - m.rulerHeight);
    const QPoint step = TimelineGeometry::autoScrollStep(body, m_autoScrollPos, kAutoScrollMargin,
                                                         kAutoScrollMaxStep);
    if (step.isNull()) {
        stopAutoScroll();
        return;
    }
    QScrollBar *h = horizontalScrollBar();
    QScrollBar *v = verticalScrollBar();
    const QPoint before(h->value(), v->value());
    h->setValue(before.x() + step.x());
    v->setValue(before.y() + step.y());
    if (QPoint(h->value(), v->value()) == before)
        return; // at the end already; keep ticking while the pointer stays in the margin
    // The content under the pointer changed: follow it.
    if (m_autoScrollMime) {
        const DropCheck c = checkDrop(m_autoScrollMime, m_autoScrollPos, m_autoScrollSource);
        m_deco.dropAllowed = c.ok;
        setDecorationRect(&TimelineDecorations::dropHighlight, c.highlight);
        return;
    }
    switch (m_gesture) {
    case Gesture::RubberBand:
        updateRubberBand(m_autoScrollPos);
        break;
    case Gesture::None:
    case Gesture::Pending:
        stopAutoScroll();
        break;
    default:
        updateEdgePreview(contentPos(m_autoScrollPos));
        break;
    }
}

} // namespace tranche
