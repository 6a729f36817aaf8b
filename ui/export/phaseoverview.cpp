#include "export/phaseoverview.h"

#include "export/papercolours.h"
#include "export/timelinepages.h"

#include "model/money.h"
#include "model/monthlabel.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tranche {

using namespace paper;

PhaseOverview::PhaseOverview(const Plan &plan, const QList<Finding> &findings) : m_plan(plan)
{
    m_horizon = std::max(1, plan.horizon());
    QHash<QString, double> values;
    for (const SanctionsItem &item : plan.catalog.items)
        values.insert(item.id, item.annualValueUsd);
    QHash<QString, int> violations;
    for (const Finding &f : findings) {
        if (!f.waived && f.severity == Severity::Violation)
            ++violations[f.phase];
    }
    for (const Phase &ph : plan.phases) {
        Row row;
        row.label =
            (ph.kind == PhaseKind::Final ? tr("%1 · Final") : tr("%1 · Interim")).arg(ph.id);
        row.name = ph.name;
        const QFont bold = TimelinePages::paperFont(11, true);
        const double nameWidth =
            kHeaderWidth - 14 - QFontMetricsF(bold).horizontalAdvance(row.label);
        row.nameLines = TimelinePages::wrap(ph.name, TimelinePages::paperFont(10), nameWidth);
        row.start = ph.start;
        row.end = ph.end;
        row.final = ph.kind == PhaseKind::Final;
        double annual = 0;
        for (const Placement &pl : ph.reliefs) {
            annual += values.value(pl.item) * pl.extent;
            const int to = pl.end.value_or(m_horizon);
            if (to <= pl.start)
                continue;
            row.reliefFrom = row.reliefFrom < 0 ? pl.start : std::min(row.reliefFrom, pl.start);
            row.reliefTo = std::max(row.reliefTo, to);
            row.openEnded = row.openEnded || !pl.end;
        }
        for (const RequiredAction &ra : ph.actions) {
            if (!row.verified.contains(ra.verifiedMonth))
                row.verified << ra.verifiedMonth;
        }
        row.counts = tr("%n placement(s)", nullptr, int(ph.reliefs.size())) + u" · "_s +
                     formatMoney(annual) + tr("/yr") + u" · "_s +
                     tr("%n action(s)", nullptr, int(ph.actions.size()));
        row.violations = violations.value(ph.id);
        m_rows << row;
    }
}

double PhaseOverview::rowHeight(const Row &r) const
{
    const double line = QFontMetricsF(TimelinePages::paperFont(10)).lineSpacing();
    return kRowHeight + std::max<qsizetype>(0, r.nameLines.size() - 1) * line;
}

QList<int> PhaseOverview::pageStarts(double height) const
{
    QList<int> starts{0};
    double used = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        const double h = rowHeight(m_rows.at(i));
        if (used > 0 && used + h > height - kRulerHeight) {
            starts << i;
            used = 0;
        }
        used += h;
    }
    return starts;
}

// Month ruler: a tick every month when there is room, years labelled; the
// grid lines reach down to bottom.
void PhaseOverview::paintRuler(QPainter *p, const QRectF &target, double left, double ppm,
                               double bottom) const
{
    const auto x = [&](int month) { return left + month * ppm; };
    const QFont small = TimelinePages::paperFont(10);
    const int every = ppm >= 6 ? 1 : ppm >= 2 ? 3 : 12;
    QList<QLineF> grid;
    p->setFont(small);
    p->setPen(kText);
    const double labelEvery = QFontMetricsF(small).horizontalAdvance(u"Mmm 0000"_s) + 8;
    double nextLabel = -1e9;
    for (int m = 0; m <= m_horizon; m += every) {
        grid << QLineF(x(m), target.top() + kRulerHeight - 6, x(m), bottom);
        if (x(m) >= nextLabel && m < m_horizon) {
            const std::optional<QDate> d = m_plan.monthDate(m);
            p->drawText(QPointF(x(m) + 2, target.top() + 12), QString::number(m));
            if (d)
                p->drawText(QPointF(x(m) + 2, target.top() + 25), monthLabel(*d));
            nextLabel = x(m) + labelEvery;
        }
    }
    p->setPen(QPen(kGrid, 0.75));
    p->drawLines(grid.constData(), int(grid.size()));
}

// One phase's row at y: header (id and kind, name, counts), then its months,
// its relief and its actions on the months from left.
void PhaseOverview::paintRow(QPainter *p, const Row &r, const QRectF &target, double y, double left,
                             double ppm) const
{
    const auto x = [&](int month) { return left + month * ppm; };
    const QFont small = TimelinePages::paperFont(10);
    const QFont bold = TimelinePages::paperFont(11, true);
    // Header: id and kind, then the name; the counts below, violations in red.
    p->setPen(kText);
    p->setFont(bold);
    p->drawText(QPointF(target.left() + 2, y + 11), r.label);
    const double nameLeft = target.left() + 8 + QFontMetricsF(bold).horizontalAdvance(r.label);
    p->setFont(small);
    const QFontMetricsF fm(small);
    const double extra = std::max<qsizetype>(0, r.nameLines.size() - 1) * fm.lineSpacing();
    for (int i = 0; i < r.nameLines.size(); ++i)
        p->drawText(QPointF(nameLeft, y + 11 + i * fm.lineSpacing()), r.nameLines.at(i));
    p->drawText(QPointF(target.left() + 2, y + 21 + extra), r.counts);
    if (r.violations > 0) {
        p->setPen(kViolation);
        const QString v = tr("%n violation(s)", nullptr, r.violations);
        p->drawText(QPointF(left - 6 - fm.horizontalAdvance(v), y + 21 + extra), v);
    }
    // The phase's months, its relief, its actions.
    const QRectF band(x(r.start), y + 3, std::max(1.0, (r.end - r.start) * ppm), 9);
    p->fillRect(band, r.final ? kOverviewFinal : kOverviewInterim);
    if (r.reliefFrom >= 0) {
        const QRectF relief(x(r.reliefFrom), y + 13,
                            std::max(1.0, (r.reliefTo - r.reliefFrom) * ppm), 5);
        p->fillRect(relief, kOverviewRelief);
        if (r.openEnded) {
            QPainterPath arrow;
            arrow.moveTo(relief.right(), relief.top() - 2);
            arrow.lineTo(relief.right() + 5, relief.center().y());
            arrow.lineTo(relief.right(), relief.bottom() + 2);
            arrow.closeSubpath();
            p->fillPath(arrow, kOverviewRelief);
        }
    }
    p->setPen(Qt::NoPen);
    p->setBrush(kOverviewAction);
    for (int m : r.verified) {
        const double cx = x(m) + ppm / 2;
        const QPointF diamond[4] = {QPointF(cx, y + 3), QPointF(cx + 4, y + 7.5),
                                    QPointF(cx, y + 12), QPointF(cx - 4, y + 7.5)};
        p->drawConvexPolygon(diamond, 4);
    }
    p->setBrush(Qt::NoBrush);
}

// Legend in the ruler's header corner.
void PhaseOverview::paintLegend(QPainter *p, const QRectF &target) const
{
    const QFont small = TimelinePages::paperFont(10);
    p->setFont(small);
    const double lx = target.left() + 2;
    p->fillRect(QRectF(lx, target.top() + 4, 14, 7), kOverviewInterim);
    p->fillRect(QRectF(lx + 7, target.top() + 4, 7, 7), kOverviewFinal);
    p->setPen(kText);
    p->drawText(QPointF(lx + 18, target.top() + 11), tr("phase months (interim, final)"));
    p->fillRect(QRectF(lx, target.top() + 18, 14, 5), kOverviewRelief);
    p->drawText(QPointF(lx + 18, target.top() + 24), tr("relief active"));
    p->setPen(Qt::NoPen);
    p->setBrush(kOverviewAction);
    const QPointF diamond[4] = {
        QPointF(lx + 110, target.top() + 16), QPointF(lx + 114, target.top() + 20.5),
        QPointF(lx + 110, target.top() + 25), QPointF(lx + 106, target.top() + 20.5)};
    p->drawConvexPolygon(diamond, 4);
    p->setPen(kText);
    p->drawText(QPointF(lx + 118, target.top() + 24), tr("action verified"));
}

void PhaseOverview::paint(QPainter *p, const QRectF &target, int first, int count) const
{
    const int last = std::min<int>(m_rows.size(), first + count);
    const double left = target.left() + kHeaderWidth;
    const double width = std::max(1.0, target.right() - left);
    const double ppm = width / m_horizon;
    const double top = target.top() + kRulerHeight;
    double bottom = top;
    for (int i = first; i < last; ++i)
        bottom += rowHeight(m_rows.at(i));

    p->save();
    paintRuler(p, target, left, ppm, bottom);

    QList<QLineF> rules;
    double y = top;
    for (int i = first; i < last; ++i) {
        const double h = rowHeight(m_rows.at(i));
        rules << QLineF(target.left(), y + h, target.right(), y + h);
        paintRow(p, m_rows.at(i), target, y, left, ppm);
        y += h;
    }
    p->setPen(QPen(kGrid.darker(115), 0.75));
    p->drawLines(rules.constData(), int(rules.size()));
    p->drawLine(QLineF(left, target.top() + kRulerHeight - 6, left, bottom));

    paintLegend(p, target);
    p->restore();
}

} // namespace tranche
