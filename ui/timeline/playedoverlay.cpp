#include "timeline/playedoverlay.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// Each mark's colour and legend text, in the order of PlayedOverlay::Mark.
constexpr QRgb kMarkColours[] = {0x234e52, 0xdd6b20, 0x6b46c1, 0xc53030, 0x742a2a,
                                 0x2f855a, 0x276749, 0xd69e2e, 0xe53e3e, 0x2b6cb0};
constexpr const char *kMarkTexts[] = {QT_TRANSLATE_NOOP("PlayedOverlay", "months run"),
                                      QT_TRANSLATE_NOOP("PlayedOverlay", "started late"),
                                      QT_TRANSLATE_NOOP("PlayedOverlay", "held"),
                                      QT_TRANSLATE_NOOP("PlayedOverlay", "snapped back"),
                                      QT_TRANSLATE_NOOP("PlayedOverlay", "re-imposed"),
                                      QT_TRANSLATE_NOOP("PlayedOverlay", "extended"),
                                      QT_TRANSLATE_NOOP("PlayedOverlay", "verified"),
                                      QT_TRANSLATE_NOOP("PlayedOverlay", "delayed"),
                                      QT_TRANSLATE_NOOP("PlayedOverlay", "failed"),
                                      QT_TRANSLATE_NOOP("PlayedOverlay", "clock")};
static_assert(std::size(kMarkColours) == int(PlayedOverlay::Mark::Clock) + 1);
static_assert(std::size(kMarkTexts) == std::size(kMarkColours));

QColor colorOf(PlayedOverlay::Mark mark)
{
    return QColor(kMarkColours[int(mark)]);
}

// The requirement markers' ring: a square at the left of the shape's rect.
QRectF ringOf(const QRectF &r)
{
    return QRectF(r.topLeft(), QSizeF(r.height(), r.height()));
}

} // namespace

PlayedOverlay::PlayedOverlay(const PlayedState &state, const TimelineGeometry &geometry)
    : m_state(state), m_geo(geometry)
{}

QRectF PlayedOverlay::monthsRect(PlacementRef ref, int from, int to) const
{
    const QRectF bar = m_geo.placementRect(ref);
    return QRectF(QPointF(m_geo.monthToX(from), bar.top()),
                  QPointF(m_geo.monthToX(std::max(from, to)), bar.bottom()));
}

void PlayedOverlay::placementShapes(PlacementRef ref, QList<Shape> &out) const
{
    const PlayedPlacement *p = m_state.placement(ref);
    if (!p)
        return;
    const int clock = m_state.clock;
    const std::optional<int> runEnd = p->runEnd();
    if (p->start >= 0) { // the months it ran, to its end or the clock
        const int to = p->ended >= 0 ? p->ended : clock;
        const QRectF run = monthsRect(ref, p->start, std::min(to, clock));
        out.append({Mark::Played, ref, -1, run.adjusted(0, run.height() * 0.65, 0, 0)});
    }
    if (p->late)
        out.append({Mark::LateStart, ref, -1,
                    monthsRect(ref, p->plannedStart, p->start >= 0 ? p->start : clock)});
    if (p->held)
        out.append({Mark::Held, ref, -1, m_geo.placementRect(ref)});
    if (p->extendedBy > 0 && runEnd)
        out.append({Mark::Extended, ref, -1, monthsRect(ref, *runEnd - p->extendedBy, *runEnd)});
    if ((p->snappedBack || p->reimposed) && runEnd) {
        const int from = p->ended >= 0 ? p->ended : clock;
        out.append({p->snappedBack ? Mark::SnappedBack : Mark::Reimposed, ref, -1,
                    monthsRect(ref, from, std::max(from, *runEnd))});
    }
}

void PlayedOverlay::requirementShapes(QList<Shape> &out) const
{
    for (int i = 0; i < m_state.requirements.size(); ++i) {
        const PlayedRequirement &r = m_state.requirements.at(i);
        if (r.phase >= m_geo.phaseCount() || r.action >= m_geo.actionCount(r.phase))
            continue;
        const QRectF marker = m_geo.actionMarkerRect(r.phase, r.action).adjusted(-3, -3, 3, 3);
        const auto upTo = [&](int month) {
            return QRectF(marker.topLeft(), QPointF(std::max(marker.right(), m_geo.monthToX(month)),
                                                    marker.bottom()));
        };
        switch (r.status) {
        case PlayedRequirementStatus::Verified:
            out.append({Mark::Verified, {}, i, r.month > r.plannedMonth ? upTo(r.month) : marker});
            break;
        case PlayedRequirementStatus::Delayed:
            out.append({Mark::Delayed, {}, i, upTo(m_state.clock)});
            break;
        case PlayedRequirementStatus::Failed:
            out.append({Mark::Failed, {}, i, marker});
            break;
        case PlayedRequirementStatus::Pending:
            break;
        }
    }
}

QList<PlayedOverlay::Shape> PlayedOverlay::shapes() const
{
    QList<Shape> out;
    for (int phase = 0; phase < m_geo.phaseCount(); ++phase)
        for (int r = 0; r < m_geo.placementCount(phase); ++r)
            placementShapes({phase, r}, out);
    requirementShapes(out);
    const qreal top = m_geo.metrics().rulerHeight;
    out.append({Mark::Clock,
                {},
                -1,
                QRectF(m_geo.monthToX(m_state.clock), top, 0, m_geo.totalSize().height() - top)});
    return out;
}

void PlayedOverlay::paintShape(QPainter *p, const Shape &s)
{
    const QColor c = colorOf(s.mark);
    const QRectF r = s.rect;
    p->save();
    p->setBrush(Qt::NoBrush);
    switch (s.mark) {
    case Mark::Played:
        p->fillRect(r, c);
        break;
    case Mark::LateStart:
    case Mark::SnappedBack:
    case Mark::Reimposed: {
        const Qt::BrushStyle style = s.mark == Mark::LateStart     ? Qt::BDiagPattern
                                     : s.mark == Mark::SnappedBack ? Qt::DiagCrossPattern
                                                                   : Qt::HorPattern;
        p->fillRect(r, QBrush(c, style));
        p->setPen(QPen(c, 1.5));
        p->drawRect(r);
        if (s.mark != Mark::LateStart) // where it was cut
            p->fillRect(QRectF(r.left() - 1.5, r.top() - 3, 3, r.height() + 6), c);
        break;
    }
    case Mark::Held:
        p->setPen(QPen(c, 2.5, Qt::DashLine));
        p->drawRect(r.adjusted(-2, -2, 2, 2));
        p->fillRect(QRectF(r.left() + 3, r.top() + 4, 3, r.height() - 8), c); // a pause sign
        p->fillRect(QRectF(r.left() + 8, r.top() + 4, 3, r.height() - 8), c);
        break;
    case Mark::Extended:
        p->setPen(QPen(c, 2));
        p->drawRect(r.adjusted(1, 1, -1, -1));
        break;
    case Mark::Verified:
    case Mark::Delayed:
    case Mark::Failed: {
        const QRectF ring = ringOf(r);
        p->setPen(QPen(c, 2.5, s.mark == Mark::Delayed ? Qt::DashLine : Qt::SolidLine));
        if (r.width() > ring.width() + 1) // verified late, or still waiting: to the month
            p->drawLine(QPointF(ring.right(), r.center().y()), QPointF(r.right(), r.center().y()));
        p->setPen(QPen(c, 2.5));
        if (s.mark == Mark::Failed) {
            p->drawLine(ring.topLeft(), ring.bottomRight());
            p->drawLine(ring.topRight(), ring.bottomLeft());
        } else {
            p->drawEllipse(ring);
        }
        break;
    }
    case Mark::Clock:
        p->setPen(QPen(c, 2));
        p->drawLine(r.topLeft(), r.bottomLeft());
        break;
    }
    p->restore();
}

void PlayedOverlay::paintBody(QPainter *p, const QRectF &exposed) const
{
    for (const Shape &s : shapes())
        if (s.rect.adjusted(-6, -6, 6, 6).intersects(exposed))
            paintShape(p, s);
}

void PlayedOverlay::paintRuler(QPainter *p, const QRectF &exposed) const
{
    const QRectF ruler = m_geo.rulerRect();
    const qreal x = m_geo.monthToX(m_state.clock);
    const QString text = tr("now: month %1").arg(m_state.clock);
    const QFontMetricsF fm(p->font());
    const QRectF tag(x, ruler.bottom() - fm.height() - 2, fm.horizontalAdvance(text) + 8,
                     fm.height() + 2);
    if (!tag.adjusted(-2, 0, 0, 0).intersects(exposed))
        return;
    p->save();
    p->fillRect(tag, colorOf(Mark::Clock));
    p->setPen(Qt::white);
    p->drawText(tag, Qt::AlignCenter, text);
    p->restore();
}

QString PlayedOverlay::markText(Mark mark)
{
    return tr(kMarkTexts[int(mark)]);
}

namespace {

constexpr PlayedOverlay::Mark kLegend[] = {
    PlayedOverlay::Mark::Played,      PlayedOverlay::Mark::LateStart, PlayedOverlay::Mark::Held,
    PlayedOverlay::Mark::SnappedBack, PlayedOverlay::Mark::Reimposed, PlayedOverlay::Mark::Extended,
    PlayedOverlay::Mark::Verified,    PlayedOverlay::Mark::Delayed,   PlayedOverlay::Mark::Failed,
    PlayedOverlay::Mark::Clock};

constexpr qreal kSample = 26; // the width of an entry's sample

// Lays the legend out: each entry's top-left within a row of the given width.
QList<QPointF> legendLayout(const QFontMetricsF &fm, qreal width, qreal *height)
{
    QList<QPointF> at;
    qreal x = 0, y = 0;
    const qreal row = fm.height() + 6;
    for (const PlayedOverlay::Mark mark : kLegend) {
        const qreal w = kSample + 6 + fm.horizontalAdvance(PlayedOverlay::markText(mark)) + 14;
        if (x > 0 && x + w > width) {
            x = 0;
            y += row;
        }
        at.append(QPointF(x, y));
        x += w;
    }
    *height = y + row;
    return at;
}

} // namespace

QSizeF PlayedOverlay::legendSize(const QFont &font, qreal width)
{
    qreal height = 0;
    legendLayout(QFontMetricsF(font), width, &height);
    return QSizeF(width, height);
}

void PlayedOverlay::paintLegend(QPainter *p, const QRectF &rect)
{
    const QFontMetricsF fm(p->font());
    qreal height = 0;
    const QList<QPointF> at = legendLayout(fm, rect.width(), &height);
    const qreal h = fm.height();
    for (int i = 0; i < at.size(); ++i) {
        const QPointF o = rect.topLeft() + at.at(i) + QPointF(0, 3);
        const Mark mark = kLegend[i];
        QRectF sample(o.x() + 3, o.y() + 2, kSample - 6, h - 4);
        if (mark == Mark::Verified || mark == Mark::Delayed || mark == Mark::Failed)
            sample = QRectF(o.x() + 3, o.y() + 2, kSample - 6, h - 4);
        else if (mark == Mark::Played)
            sample = sample.adjusted(0, sample.height() * 0.5, 0, 0);
        else if (mark == Mark::Clock)
            sample = QRectF(o.x() + kSample / 2, o.y(), 0, h);
        paintShape(p, Shape{mark, {}, -1, sample});
        p->setPen(QColor(0x2d, 0x37, 0x48));
        p->drawText(QPointF(o.x() + kSample + 6, o.y() + fm.ascent()), markText(mark));
    }
}

} // namespace tranche
