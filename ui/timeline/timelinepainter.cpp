#include "timeline/timelinepainter.h"

#include "model/money.h"
#include "model/monthlabel.h"
#include "timeline/playedoverlay.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

bool isDark(const QColor &c)
{
    return 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF() < 0.55;
}

// First row whose bottom reaches `top` (rows are sorted by y).
int firstRowFrom(const TimelineGeometry &geo, qreal top)
{
    int lo = 0;
    int hi = geo.phaseCount();
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        const QRectF r = geo.phaseRowRect(mid);
        if (r.bottom() < top)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

TimelineGeometry exportGeometry(const Plan &plan, const QFont &font)
{
    TimelineGeometry geo;
    TimelineGeometry::Metrics m;
    const QFontMetricsF fm(font);
    m.headerMinHeight = 5 * fm.lineSpacing() + 10;
    geo.setMetrics(m);
    geo.layout(plan);
    geo.setPixelsPerMonth(std::clamp(1400.0 / std::max(1, geo.monthCount()), 10.0, 32.0));
    geo.layout(plan);
    return geo;
}

QFont exportFont()
{
    QFont f;
    f.setPixelSize(12);
    return f;
}

} // namespace

// --- TimelinePainter ---

TimelinePainter::TimelinePainter(const Plan &plan, const TimelineGeometry &geometry,
                                 const TimelineFindingIndex &findings, const QPalette &palette,
                                 const QFont &font)
    : m_plan(plan), m_geo(geometry), m_findings(findings), m_pal(palette), m_font(font),
      m_index(plan.catalog)
{
    if (m_font.pixelSize() <= 0) {
        const int px = QFontInfo(font).pixelSize();
        m_font.setPixelSize(px > 0 ? px : 12); // no font database (minimal platform): 12
    }
    m_bold = m_font;
    m_bold.setBold(true);
    m_small = m_font;
    m_small.setPixelSize(std::max(8, m_font.pixelSize() - 2));
}

QColor TimelinePainter::severityColor(int severity)
{
    switch (severity) {
    case int(Severity::Violation):
        return QColor(0xd3, 0x2f, 0x2f);
    case int(Severity::Warning):
        return QColor(0xe6, 0x8a, 0x00);
    default:
        return QColor(0x1e, 0x88, 0xe5);
    }
}

QPalette TimelinePainter::printPalette()
{
    QPalette pal;
    pal.setColor(QPalette::Base, Qt::white);
    pal.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    pal.setColor(QPalette::Window, QColor(0xee, 0xee, 0xee));
    pal.setColor(QPalette::WindowText, Qt::black);
    pal.setColor(QPalette::Text, Qt::black);
    pal.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    pal.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    pal.setColor(QPalette::HighlightedText, Qt::white);
    pal.setColor(QPalette::Link, QColor(0x6a, 0x1b, 0x9a));
    return pal;
}

QString TimelinePainter::monthLabel(int month, bool withYear) const
{
    const std::optional<QDate> d = m_plan.monthDate(month);
    if (!d)
        return tr("M%1").arg(month);
    return withYear ? tranche::monthLabel(*d) : QLocale().toString(*d, u"MMM"_s);
}

QString TimelinePainter::phaseMonthsText(int phase) const
{
    const Phase &ph = m_plan.phases.at(phase);
    const QString kind = ph.kind == PhaseKind::Final ? tr("Final") : tr("Interim");
    QString text = tr("%1 · months %2–%3").arg(kind).arg(ph.start).arg(ph.end);
    if (m_plan.monthDate(0) && ph.end > ph.start)
        text +=
            u" ("_s + monthLabel(ph.start, true) + u" – "_s + monthLabel(ph.end - 1, true) + u')';
    return text;
}

void TimelinePainter::paintCorner(QPainter *p) const
{
    const TimelineGeometry::Metrics &m = m_geo.metrics();
    const QRectF r(0, 0, m.headerWidth, m.rulerHeight);
    p->fillRect(r, m_pal.color(QPalette::Window));
    p->setPen(m_pal.color(QPalette::Mid));
    p->drawLine(r.bottomLeft(), r.bottomRight());
    p->drawLine(r.topRight(), r.bottomRight());
    p->setPen(m_pal.color(QPalette::WindowText));
    p->setFont(m_bold);
    const QString title = m_plan.meta.title.isEmpty() ? tr("Phases") : m_plan.meta.title;
    const QRectF tr_ = r.adjusted(6, 2, -6, -2);
    p->drawText(tr_, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(m_bold).elidedText(title, Qt::ElideRight, tr_.width()));
}

void TimelinePainter::paintRuler(QPainter *p, const QRectF &exposed) const
{
    const QRectF ruler = m_geo.rulerRect();
    const QRectF area = ruler.intersected(exposed);
    if (area.isEmpty())
        return;
    p->fillRect(area, m_pal.color(QPalette::Window));
    const qreal ppm = m_geo.pixelsPerMonth();
    const bool dated = m_plan.monthDate(0).has_value();
    const QFontMetricsF fm(m_small);
    const qreal labelWidth = fm.horizontalAdvance(dated ? u"Mmm"_s : u"M000"_s) + 8;
    int step = 1;
    for (int s : {1, 2, 3, 6, 12, 24, 60}) {
        step = s;
        if (s * ppm >= labelWidth)
            break;
    }
    const int first = std::max(0, int(std::floor(m_geo.xToMonth(area.left()))) - 1);
    const int last = std::min(m_geo.monthCount(), int(std::ceil(m_geo.xToMonth(area.right()))) + 1);
    const qreal mid = ruler.top() + ruler.height() / 2;
    p->setFont(m_small);
    const QColor text = m_pal.color(QPalette::WindowText);
    const QColor grid = m_pal.color(QPalette::Mid);
    for (int month = first; month <= last; ++month) {
        const qreal x = m_geo.monthToX(month);
        const std::optional<QDate> d = m_plan.monthDate(month);
        const bool yearStart = d ? d->month() == 1 : month % 12 == 0;
        p->setPen(grid);
        p->drawLine(QPointF(x, yearStart ? ruler.top() + 2 : ruler.bottom() - 6),
                    QPointF(x, ruler.bottom()));
        p->setPen(text);
        if (month < m_geo.monthCount() && month % step == 0) {
            const QRectF cell(x + 2, mid, step * ppm - 2, ruler.height() / 2);
            p->drawText(cell, Qt::AlignLeft | Qt::AlignVCenter,
                        dated ? monthLabel(month, false) : tr("M%1").arg(month));
        }
        if (month < m_geo.monthCount() && (yearStart || month == first)) {
            const QString top = d ? QString::number(d->year()) : tr("Year %1").arg(month / 12 + 1);
            const QRectF cell(x + 3, ruler.top(), std::max<qreal>(60, 12 * ppm), mid - ruler.top());
            p->drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, top);
        }
    }
    p->setPen(grid);
    p->drawLine(QPointF(area.left(), ruler.bottom()), QPointF(area.right(), ruler.bottom()));
    if (m_deco && m_deco->played)
        PlayedOverlay(*m_deco->played, m_geo).paintRuler(p, area);
}

void TimelinePainter::paintHeaders(QPainter *p, const QRectF &exposed) const
{
    for (int i = firstRowFrom(m_geo, exposed.top()); i < m_geo.phaseCount(); ++i) {
        const QRectF r = m_geo.headerRect(i);
        if (r.top() > exposed.bottom())
            break;
        if (r.intersects(exposed))
            paintHeader(p, i);
    }
}

void TimelinePainter::paintHeader(QPainter *p, int phase) const
{
    const Phase &ph = m_plan.phases.at(phase);
    const QRectF r = m_geo.headerRect(phase);
    const bool selected =
        m_deco && m_deco->selectedPhase == phase && m_deco->selectedPlacements.isEmpty();
    const QColor bg = selected ? m_pal.color(QPalette::Highlight) : m_pal.color(QPalette::Window);
    const QColor fg =
        selected ? m_pal.color(QPalette::HighlightedText) : m_pal.color(QPalette::WindowText);
    p->fillRect(r, bg);
    QColor stripe = m_pal.color(QPalette::Highlight);
    if (ph.kind == PhaseKind::Interim)
        stripe = blend(stripe, m_pal.color(QPalette::Base), 0.5);
    p->fillRect(QRectF(r.left(), r.top(), 5, r.height()), stripe);
    p->setPen(m_pal.color(QPalette::Mid));
    p->drawLine(r.topRight(), r.bottomRight());

    const QRectF text = r.adjusted(10, 4, -6, -4);
    const QFontMetricsF fm(m_font);
    const qreal line = fm.lineSpacing();
    auto rowRect = [&](int n) {
        return QRectF(text.left(), text.top() + n * line, text.width(), line);
    };
    auto draw = [&](int n, const QFont &font, const QString &s) {
        p->setFont(font);
        p->drawText(rowRect(n), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(font).elidedText(s, Qt::ElideRight, text.width()));
    };
    p->setPen(fg);
    draw(0, m_bold, nameOrId(ph));
    draw(1, m_font, phaseMonthsText(phase));
    QStringList gate;
    for (const RequiredAction &ra : ph.actions) {
        const CounterpartAction *a = findAction(ra.action);
        gate.append(nameOrId(a, ra.action));
    }
    draw(2, m_font,
         gate.isEmpty() ? tr("No gate actions") : tr("Gate: %1").arg(gate.join(u", "_s)));
    double annual = 0;
    for (const Placement &pl : ph.reliefs) {
        if (const SanctionsItem *item = findItem(pl.item))
            annual += item->annualValueUsd * pl.extent;
    }
    draw(3, m_font,
         tr("Relief %1/yr · %n placement(s)", nullptr, int(ph.reliefs.size()))
             .arg(formatMoney(annual)));

    const TimelineFindingIndex::Counts c = m_findings.phaseCounts(phase);
    QRectF cell = rowRect(4);
    p->setFont(m_font);
    if (c.violations + c.warnings + c.infos == 0) {
        p->drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, tr("No findings"));
        return;
    }
    const struct
    {
        int count;
        int severity;
        QString text;
    } parts[] = {
        {c.violations, int(Severity::Violation), tr("%n violation(s)", nullptr, c.violations)},
        {c.warnings, int(Severity::Warning), tr("%n warning(s)", nullptr, c.warnings)},
        {c.infos, int(Severity::Info), tr("%n info", nullptr, c.infos)},
    };
    for (const auto &part : parts) {
        if (part.count == 0)
            continue;
        const qreal d = line * 0.6;
        p->setPen(Qt::NoPen);
        p->setBrush(severityColor(part.severity));
        p->drawEllipse(QRectF(cell.left(), cell.center().y() - d / 2, d, d));
        p->setBrush(Qt::NoBrush);
        p->setPen(fg);
        const QRectF t = cell.adjusted(d + 3, 0, 0, 0);
        p->drawText(t, Qt::AlignLeft | Qt::AlignVCenter, part.text);
        cell.setLeft(t.left() + fm.horizontalAdvance(part.text) + 8);
    }
}

void TimelinePainter::paintBody(QPainter *p, const QRectF &exposed) const
{
    const TimelineGeometry::Metrics &m = m_geo.metrics();
    const QSizeF total = m_geo.totalSize();
    QRectF area =
        exposed.intersected(QRectF(m.headerWidth, m.rulerHeight, total.width() - m.headerWidth,
                                   std::max<qreal>(0, total.height() - m.rulerHeight)));
    p->fillRect(exposed.intersected(QRectF(m.headerWidth, m.rulerHeight, 1e9, 1e9)),
                m_pal.color(QPalette::Base));
    paintEmptyPlanHint(p);
    if (area.isEmpty())
        return;

    // Month grid.
    const int first = std::max(0, int(std::floor(m_geo.xToMonth(area.left()))));
    const int last = std::min(m_geo.monthCount(), int(std::ceil(m_geo.xToMonth(area.right()))));
    QColor grid = m_pal.color(QPalette::Mid);
    grid.setAlpha(50);
    QColor strong = m_pal.color(QPalette::Mid);
    strong.setAlpha(120);
    const int every = m_geo.pixelsPerMonth() < 8 ? 3 : 1;
    // Month 0's place in its calendar year (0 without a start: years count from it).
    const std::optional<QDate> start = m_plan.monthDate(0);
    const int offset = start ? start->month() - 1 : 0;
    QVarLengthArray<QLineF, 64> months, years;
    for (int month = first; month <= last; ++month) {
        const bool year = (offset + month) % 12 == 0;
        if (!year && month % every != 0)
            continue;
        const qreal x = m_geo.monthToX(month);
        (year ? years : months).append(QLineF(x, area.top(), x, area.bottom()));
    }
    // Hairlines across the whole body: drawn without antialiasing, one call
    // per colour (antialiased, they were two fifths of the body's paint on
    // the stress plan).
    p->save();
    p->setRenderHint(QPainter::Antialiasing, false);
    p->setPen(grid);
    p->drawLines(months.constData(), int(months.size()));
    p->setPen(strong);
    p->drawLines(years.constData(), int(years.size()));
    p->restore();

    for (int i = firstRowFrom(m_geo, area.top()); i < m_geo.phaseCount(); ++i) {
        const QRectF row = m_geo.timeRowRect(i);
        if (row.top() > area.bottom())
            break;
        if (!row.intersects(area))
            continue;
        paintPhaseBand(p, i);
        paintLaneLabels(p, i);
        paintActions(p, i);
        const int n = m_geo.placementCount(i);
        for (int r = 0; r < n; ++r) {
            if (m_geo.placementRect({i, r}).intersects(area))
                paintPlacement(p, {i, r});
        }
    }

    if (!m_deco)
        return;
    if (m_deco->played)
        PlayedOverlay(*m_deco->played, m_geo).paintBody(p, area);
    if (!m_deco->dropHighlight.isEmpty()) {
        QColor c = m_deco->dropAllowed ? m_pal.color(QPalette::Highlight) : severityColor(2);
        QColor fill = c;
        fill.setAlpha(50);
        p->fillRect(m_deco->dropHighlight, fill);
        p->setPen(QPen(c, 2, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(m_deco->dropHighlight.adjusted(1, 1, -1, -1));
    }
    if (!m_deco->preview.isEmpty()) {
        p->setPen(QPen(m_pal.color(QPalette::Text), 1.5, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(m_deco->preview);
        if (!m_deco->previewLabel.isEmpty()) {
            p->setFont(m_small);
            const QRectF label(m_deco->preview.left(), m_deco->preview.top() - 16, 200, 16);
            p->drawText(label, Qt::AlignLeft | Qt::AlignBottom, m_deco->previewLabel);
        }
    }
}

void TimelinePainter::paintPhaseBand(QPainter *p, int phase) const
{
    const Phase &ph = m_plan.phases.at(phase);
    const QRectF row = m_geo.timeRowRect(phase);
    const QRectF band = m_geo.phaseBandRect(phase);
    QColor fill = m_pal.color(QPalette::Highlight);
    fill.setAlpha(ph.kind == PhaseKind::Final ? 55 : 28);
    p->fillRect(band, fill);
    const QColor mid = m_pal.color(QPalette::Mid);
    p->setPen(QPen(mid, 1, Qt::DotLine));
    const qreal laneY = m_geo.reliefLaneRect(phase).top();
    p->drawLine(QPointF(row.left(), laneY), QPointF(row.right(), laneY));
    const bool selected = m_deco && m_deco->selectedPhase == phase &&
                          m_deco->selectedPlacements.isEmpty() && m_deco->selectedAction < 0;
    p->setPen(QPen(m_pal.color(QPalette::Highlight), selected ? 3 : 1.5));
    p->drawLine(band.topLeft(), band.bottomLeft());
    p->drawLine(band.topRight(), band.bottomRight());
    if (selected) {
        p->drawLine(band.topLeft(), band.topRight());
        p->drawLine(band.bottomLeft(), band.bottomRight());
    }
    p->setPen(mid);
    p->drawLine(QPointF(row.left(), row.bottom()), QPointF(row.right(), row.bottom()));
}

QStringList TimelinePainter::emptyPlanHint(const QString &addPhaseKeys)
{
    return {tr("This plan has no phases yet."),
            addPhaseKeys.isEmpty()
                ? tr("1. Add a phase (Plan > Add Phase).")
                : tr("1. Add a phase (%1, or Plan > Add Phase).").arg(addPhaseKeys),
            tr("2. Drag an item from the catalog onto the phase's relief lane, and a "
               "counterpart action onto its action lane.")};
}

QString TimelinePainter::laneLabel(bool reliefLane, bool empty)
{
    if (reliefLane)
        return empty ? tr("Relief: drag a sanctions item here") : tr("Relief");
    return empty ? tr("Counterpart steps: drag an action here") : tr("Counterpart steps");
}

void TimelinePainter::paintEmptyPlanHint(QPainter *p) const
{
    if (!m_deco || !m_plan.phases.isEmpty())
        return;
    const TimelineGeometry::Metrics &m = m_geo.metrics();
    const QFontMetricsF fm(m_font);
    const qreal width = std::max<qreal>(200, fm.averageCharWidth() * 60);
    QRectF line(m.headerWidth + 16, m.rulerHeight + 16, width, 0);
    p->setPen(m_pal.color(QPalette::Text));
    const QStringList lines = emptyPlanHint(m_deco->addPhaseKeys);
    for (int i = 0; i < lines.size(); ++i) {
        p->setFont(i == 0 ? m_bold : m_font);
        const QRectF needed = QFontMetricsF(p->font()).boundingRect(line.adjusted(0, 0, 0, 1000),
                                                                    Qt::TextWordWrap, lines.at(i));
        line.setHeight(needed.height());
        p->drawText(line, Qt::AlignLeft | Qt::TextWordWrap, lines.at(i));
        line.translate(0, needed.height() + fm.lineSpacing() / 2);
    }
}

// On screen only: each lane's name, inside the phase's band when the lane is empty
// (with what to drop there), else before the band where the months before the
// phase leave room for it (a phase from month 0 has none: its content shows).
void TimelinePainter::paintLaneLabels(QPainter *p, int phase) const
{
    if (!m_deco)
        return;
    const Phase &ph = m_plan.phases.at(phase);
    const QRectF band = m_geo.phaseBandRect(phase);
    const QFontMetricsF fm(m_small);
    p->setFont(m_small);
    p->setPen(m_pal.color(QPalette::PlaceholderText));
    const struct
    {
        QRectF lane;
        bool empty;
        bool relief;
    } lanes[] = {{m_geo.actionLaneRect(phase), ph.actions.isEmpty(), false},
                 {m_geo.reliefLaneRect(phase), ph.reliefs.isEmpty(), true}};
    for (const auto &lane : lanes) {
        const QString text = laneLabel(lane.relief, lane.empty);
        const qreal width = fm.horizontalAdvance(text) + 8;
        const qreal top = lane.lane.top() + m_geo.metrics().lanePadding;
        const qreal height =
            std::min(lane.lane.height() - m_geo.metrics().lanePadding, m_geo.metrics().barHeight);
        if (lane.empty) {
            p->drawText(QRectF(band.left() + 6, top, lane.lane.right() - band.left() - 6, height),
                        Qt::AlignLeft | Qt::AlignVCenter, text);
        } else if (band.left() - lane.lane.left() >= width) {
            p->drawText(QRectF(band.left() - width, top, width - 4, height),
                        Qt::AlignRight | Qt::AlignVCenter, text);
        }
    }
}

void TimelinePainter::paintActions(QPainter *p, int phase) const
{
    const Phase &ph = m_plan.phases.at(phase);
    p->setFont(m_small);
    const QFontMetricsF fm(m_small);
    const int n = std::min<int>(m_geo.actionCount(phase), int(ph.actions.size()));
    for (int i = 0; i < n; ++i) {
        const RequiredAction &ra = ph.actions.at(i);
        const CounterpartAction *a = findAction(ra.action);
        const QRectF mr = m_geo.actionMarkerRect(phase, i);
        const QPointF c = mr.center();
        QPainterPath diamond;
        diamond.moveTo(c.x(), mr.top());
        diamond.lineTo(mr.right(), c.y());
        diamond.lineTo(c.x(), mr.bottom());
        diamond.lineTo(mr.left(), c.y());
        diamond.closeSubpath();
        const QColor color = a ? m_pal.color(QPalette::Link) : severityColor(2);
        p->setPen(QPen(color.darker(130), 1));
        p->setBrush(color);
        p->drawPath(diamond);
        const bool selected =
            m_deco && m_deco->selectedPhase == phase && m_deco->selectedAction == i;
        if (selected) {
            p->setBrush(Qt::NoBrush);
            p->setPen(QPen(m_pal.color(QPalette::Text), 2));
            p->drawEllipse(mr.adjusted(-3, -3, 3, 3));
        }
        p->setPen(m_pal.color(QPalette::Text));
        const QRectF label = m_geo.actionLabelRect(phase, i);
        const QString name = nameOrId(a, ra.action);
        p->drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(name, Qt::ElideRight, label.width()));
    }
    p->setBrush(Qt::NoBrush);
}

void TimelinePainter::paintPlacement(QPainter *p, PlacementRef ref) const
{
    const Phase &ph = m_plan.phases.at(ref.phase);
    if (ref.relief >= ph.reliefs.size())
        return;
    const Placement &pl = ph.reliefs.at(ref.relief);
    const SanctionsItem *item = findItem(pl.item);
    const QRectF r = m_geo.placementRect(ref);
    const QColor base = m_pal.color(QPalette::Base);
    QColor color = m_pal.color(QPalette::Highlight);
    if (ph.kind == PhaseKind::Interim)
        color = blend(color, base, 0.4);
    const qreal extent = std::clamp(pl.extent, 0.0, 1.0);
    const QColor fill = blend(base, color, 0.35 + 0.65 * extent);
    const QColor text = isDark(fill) ? QColor(Qt::white) : QColor(Qt::black);
    const bool selected = m_deco && m_deco->selectedPlacements.contains(ref);

    p->setPen(item ? QPen(fill.darker(140), 1) : QPen(severityColor(2), 1.5, Qt::DashLine));
    p->setBrush(fill);
    p->drawRoundedRect(r, 3, 3);
    if (pl.escrowShare > 0) {
        // The escrowed share: the lower part of the bar, hatched.
        const QRectF h(r.left(), r.bottom() - r.height() * std::min(pl.escrowShare, 1.0), r.width(),
                       r.height() * std::min(pl.escrowShare, 1.0));
        // 45-degree lines cut to the hatched rectangle here (no clip: cheap in
        // PDF and SVG, which would otherwise write a clip path per bar).
        QColor hatch = text;
        hatch.setAlpha(110);
        p->setPen(QPen(hatch, 1));
        QVarLengthArray<QLineF, 64> lines;
        const qreal H = h.height();
        if (H > 0) {
            for (qreal x = h.left() - H; x < h.right(); x += 6) {
                const qreal t0 = std::max<qreal>(0, (h.left() - x) / H);
                const qreal t1 = std::min<qreal>(1, (h.right() - x) / H);
                if (t0 < t1)
                    lines.append(
                        QLineF(x + H * t0, h.bottom() - H * t0, x + H * t1, h.bottom() - H * t1));
            }
        }
        p->drawLines(lines.constData(), int(lines.size()));
    }
    if (m_geo.placementOpenEnded(ref)) {
        QPainterPath arrow;
        arrow.moveTo(r.right() - 8, r.top() + 3);
        arrow.lineTo(r.right() - 2, r.center().y());
        arrow.lineTo(r.right() - 8, r.bottom() - 3);
        p->setPen(QPen(text, 1.5));
        p->setBrush(Qt::NoBrush);
        p->drawPath(arrow);
    }
    const int severity = m_findings.worstSeverity(ref.phase, pl.item);
    const qreal badge = std::min<qreal>(12, r.height() - 6);
    qreal textRight = r.right() - 4;
    if (severity >= 0) {
        const QRectF b(r.right() - badge - 3, r.center().y() - badge / 2, badge, badge);
        p->setPen(QPen(base, 1));
        p->setBrush(severityColor(severity));
        p->drawEllipse(b);
        p->setPen(Qt::white);
        p->setFont(m_small);
        p->drawText(b, Qt::AlignCenter, u"!"_s);
        textRight = b.left() - 2;
    }
    if (r.width() > 24) {
        QString label = nameOrId(item, pl.item);
        if (pl.extent < 1.0)
            label += u" · "_s + formatShare(pl.extent);
        const QRectF t(r.left() + 4, r.top(), textRight - r.left() - 4, r.height());
        p->setPen(text);
        p->setFont(m_font);
        p->drawText(t, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(m_font).elidedText(label, Qt::ElideRight, t.width()));
    }
    if (selected) {
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(m_pal.color(QPalette::Text), 2));
        p->drawRoundedRect(r.adjusted(-1, -1, 1, 1), 3, 3);
    }
    p->setBrush(Qt::NoBrush);
}

QSizeF TimelinePainter::naturalSize(const Plan &plan)
{
    return exportGeometry(plan, exportFont()).totalSize();
}

void TimelinePainter::render(QPainter *painter, const Plan &plan, const QList<Finding> &findings,
                             const QRectF &target, const QRectF &exposed)
{
    const QFont font = exportFont();
    const TimelineGeometry geo = exportGeometry(plan, font);
    TimelineFindingIndex index;
    index.build(plan, findings);
    const TimelinePainter tp(plan, geo, index, printPalette(), font);
    const QSizeF size = geo.totalSize();
    if (size.isEmpty() || target.isEmpty())
        return;
    const qreal s = std::min(target.width() / size.width(), target.height() / size.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(target.center() - QPointF(size.width() * s / 2, size.height() * s / 2));
    painter->scale(s, s);
    const QRectF all = exposed.isValid() ? QRectF(QPointF(0, 0), size).intersected(exposed)
                                         : QRectF(QPointF(0, 0), size);
    painter->setClipRect(all, Qt::IntersectClip);
    painter->fillRect(all, tp.m_pal.color(QPalette::Base));
    tp.paintBody(painter, all);
    tp.paintHeaders(painter, all);
    tp.paintRuler(painter, all);
    tp.paintCorner(painter);
    painter->restore();
}

} // namespace tranche
