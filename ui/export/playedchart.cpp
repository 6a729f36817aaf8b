#include "export/playedchart.h"

#include "model/money.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

const QColor kReleased(0x2b6cb0);
const QColor kExposure(0xc05621);
const QColor kPlanned(0xa0aec0);
const QColor kDecision(0x6b46c1);

// A round step for about five grid lines up to max.
double niceStep(double max)
{
    const double raw = std::max(max, 1.0) / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double f : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (f * power >= raw)
            return f * power;
    return 10 * power;
}

// a, b, ... z, aa, ab, ...: a decision's letter on the chart.
QString decisionLetter(int i)
{
    QString letters;
    for (++i; i > 0; i = (i - 1) / 26)
        letters.prepend(QChar(u'a' + (i - 1) % 26));
    return letters;
}

} // namespace

double PlayedChart::maxValue() const
{
    double top = 0;
    for (const QList<ExerciseMonth> *months : {&played, &projection})
        for (const ExerciseMonth &m : *months)
            if (m.month >= firstMonth && m.month <= lastMonth)
                top = std::max({top, m.releasedCumulative, m.exposure});
    for (const FlowMonth &m : planned)
        if (m.month >= firstMonth && m.month <= lastMonth)
            top = std::max({top, m.releasedCumulative, m.exposure});
    return top;
}

QString PlayedChart::keyText() const
{
    QStringList key;
    for (int i = 0; i < marks.size(); ++i)
        key << tr("%1 %2 (month %3)")
                   .arg(QString::number(i + 1), marks.at(i).label)
                   .arg(marks.at(i).month);
    QStringList decided;
    for (int i = 0; i < decisions.size(); ++i)
        decided << tr("%1 %2 (month %3)")
                       .arg(decisionLetter(i), decisions.at(i).label)
                       .arg(decisions.at(i).month);
    QStringList parts;
    if (!key.isEmpty())
        parts << tr("Injects: ") + key.join(u"   "_s);
    if (!decided.isEmpty())
        parts << tr("Decisions: ") + decided.join(u"   "_s);
    return parts.join(u'\n');
}

void PlayedChart::paint(QPainter *p, const QRectF &rect) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(p->font());
    const double left = fm.horizontalAdvance(u"$000.0M"_s) + 8;
    const QString key = keyText();
    const double keyH = key.isEmpty() ? 0
                                      : fm.boundingRect(QRectF(0, 0, rect.width() - left - 8, 1e6),
                                                        Qt::TextWordWrap, key)
                                            .height();
    const int legendLines = paintLegend(p, QRectF(0, 0, rect.width() - left - 8, 0), false);
    const QRectF plot =
        rect.adjusted(left, fm.height() * 2.5, -8, -(fm.height() * (2.6 + legendLines) + keyH));
    Axes axes{plot, firstMonth, std::max(1, lastMonth - firstMonth), 1, 1};
    axes.step = niceStep(maxValue());
    axes.top = axes.step * std::max(1.0, std::ceil(maxValue() / axes.step));
    paintGrid(p, rect, axes);
    paintLines(p, axes);
    paintMarks(p, axes);
    paintDecisions(p, axes);
    const QRectF legendRow(plot.left(), plot.bottom() + fm.height() * 2.2, plot.width(),
                           fm.height() * legendLines);
    paintLegend(p, legendRow, true);
    p->setPen(QColor(0x2d3748));
    p->drawText(QRectF(plot.left(), legendRow.bottom() + 4, plot.width(), keyH),
                Qt::TextWordWrap | Qt::AlignLeft, key);
    p->restore();
}

void PlayedChart::paintGrid(QPainter *p, const QRectF &rect, const Axes &a) const
{
    const QFontMetricsF fm(p->font());
    for (const ExerciseMonth &m : played) // months in breach
        if (m.inBreach && m.month >= firstMonth && m.month <= lastMonth)
            p->fillRect(QRectF(QPointF(a.x(m.month - 0.5), a.plot.top()),
                               QPointF(a.x(m.month + 0.5), a.plot.bottom()))
                            .intersected(a.plot),
                        QColor(0xfe, 0xd7, 0xd7));
    for (double v = 0; v <= a.top + a.step / 2; v += a.step) {
        p->setPen(QPen(QColor(0xe2e8f0), 1));
        p->drawLine(QPointF(a.plot.left(), a.y(v)), QPointF(a.plot.right(), a.y(v)));
        p->setPen(QColor(0x4a5568));
        p->drawText(QRectF(rect.left(), a.y(v) - fm.height() / 2, a.plot.left() - rect.left() - 4,
                           fm.height()),
                    Qt::AlignRight | Qt::AlignVCenter, formatMoney(v));
    }
    const int tick = std::max(1, a.span / 12);
    for (int m = firstMonth; m <= lastMonth; m += tick)
        p->drawText(QRectF(a.x(m) - 30, a.plot.bottom() + 2, 60, fm.height()), Qt::AlignCenter,
                    QString::number(m));
    p->drawText(
        QRectF(a.plot.left(), a.plot.bottom() + fm.height() + 2, a.plot.width(), fm.height()),
        Qt::AlignCenter, tr("month"));
}

void PlayedChart::paintLines(QPainter *p, const Axes &a) const
{
    const auto line = [&](const auto &months, auto value, const QPen &pen) {
        QPainterPath path;
        bool first = true;
        for (const auto &m : months) {
            if (m.month < firstMonth || m.month > lastMonth)
                continue;
            const QPointF pt(a.x(m.month), a.y(value(m)));
            first ? path.moveTo(pt) : path.lineTo(pt);
            first = false;
        }
        p->strokePath(path, pen);
    };
    const auto cumulative = [](const auto &m) { return m.releasedCumulative; };
    const auto exposure = [](const auto &m) { return m.exposure; };
    line(planned, cumulative, QPen(kPlanned, 1.5));
    line(planned, exposure, QPen(kPlanned, 1.5, Qt::DashLine));
    line(played, cumulative, QPen(kReleased, 2.5));
    line(played, exposure, QPen(kExposure, 2.5));
    if (projection.isEmpty())
        return;
    // The projection goes on from the last month played, dashed.
    QList<ExerciseMonth> projected = projection;
    if (!played.isEmpty())
        projected.prepend(played.constLast());
    line(projected, cumulative, QPen(kReleased, 2, Qt::DashLine));
    line(projected, exposure, QPen(kExposure, 2, Qt::DashLine));
}

// Injects: numbered dotted lines (their titles are in the key under the legend).
void PlayedChart::paintMarks(QPainter *p, const Axes &a) const
{
    const QFontMetricsF fm(p->font());
    for (int i = 0; i < marks.size(); ++i) {
        const double mx = a.x(marks.at(i).month);
        p->setPen(QPen(QColor(0x2d3748), 1, Qt::DotLine));
        p->drawLine(QPointF(mx, a.plot.top() - 2), QPointF(mx, a.plot.bottom()));
        p->setPen(QColor(0x2d3748));
        const double row = (i % 2) ? 1.1 : 2.2; // alternate rows so neighbours stay apart
        p->drawText(QRectF(mx - 20, a.plot.top() - fm.height() * row, 40, fm.height()),
                    Qt::AlignCenter, QString::number(i + 1));
    }
}

// Decisions: lettered triangles on the month axis (their text is in the key).
void PlayedChart::paintDecisions(QPainter *p, const Axes &a) const
{
    const QFontMetricsF fm(p->font());
    p->save();
    for (int i = 0; i < decisions.size(); ++i) {
        const double mx = a.x(decisions.at(i).month);
        const double y = a.plot.bottom();
        QPainterPath triangle;
        triangle.moveTo(mx, y - 9);
        triangle.lineTo(mx - 5, y);
        triangle.lineTo(mx + 5, y);
        triangle.closeSubpath();
        p->fillPath(triangle, kDecision);
        p->setPen(kDecision);
        const double row = 1.0 + (i % 2) * 0.9; // alternate rows so neighbours stay apart
        p->drawText(QRectF(mx - 20, y - 9 - fm.height() * row, 40, fm.height()), Qt::AlignCenter,
                    decisionLetter(i));
    }
    p->restore();
}

int PlayedChart::paintLegend(QPainter *p, const QRectF &row, bool draw) const
{
    const QFontMetricsF fm(p->font());
    struct Entry
    {
        QPen pen;
        QString text;
    };
    QList<Entry> entries{{QPen(kReleased, 2.5), tr("released in all, as played")},
                         {QPen(kExposure, 2.5), tr("kept if they walk now, as played")}};
    if (!planned.isEmpty())
        entries << Entry{QPen(kPlanned, 1.5), tr("released in all, as planned")}
                << Entry{QPen(kPlanned, 1.5, Qt::DashLine), tr("kept if they walk, as planned")};
    if (!projection.isEmpty())
        entries << Entry{QPen(kReleased, 2, Qt::DashLine), tr("projected")};
    entries << Entry{QPen(QColor(0xfe, 0xd7, 0xd7), 8), tr("in breach")};
    if (!decisions.isEmpty())
        entries << Entry{QPen(kDecision, 6), tr("decision")};
    double lx = row.left();
    double top = row.top();
    int lines = 1;
    for (const Entry &e : entries) {
        const double width = 26 + fm.horizontalAdvance(e.text);
        if (lx > row.left() && lx + width > row.right()) { // wraps to a new line
            lx = row.left();
            top += fm.height();
            ++lines;
        }
        if (draw) {
            const double cy = top + fm.height() / 2;
            p->setPen(e.pen);
            p->drawLine(QPointF(lx, cy), QPointF(lx + 22, cy));
            p->setPen(QColor(0x2d3748));
            p->drawText(QPointF(lx + 26, top + fm.ascent()), e.text);
        }
        lx += width + 18;
    }
    return lines;
}

} // namespace tranche
