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

} // namespace

double PlayedChart::maxValue() const
{
    double top = 0;
    for (const ExerciseMonth &m : played)
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
    return key.isEmpty() ? QString() : tr("Injects: ") + key.join(u"   "_s);
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
    const QRectF plot = rect.adjusted(left, fm.height() * 2.5, -8, -(fm.height() * 3.6 + keyH));
    Axes axes{plot, firstMonth, std::max(1, lastMonth - firstMonth), 1, 1};
    axes.step = niceStep(maxValue());
    axes.top = axes.step * std::max(1.0, std::ceil(maxValue() / axes.step));
    paintGrid(p, rect, axes);
    paintLines(p, axes);
    paintMarks(p, axes);
    const QRectF legendRow(plot.left(), plot.bottom() + fm.height() * 2.2, plot.width(),
                           fm.height());
    paintLegend(p, legendRow);
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

void PlayedChart::paintLegend(QPainter *p, const QRectF &row) const
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
    entries << Entry{QPen(QColor(0xfe, 0xd7, 0xd7), 8), tr("in breach")};
    double lx = row.left();
    const double cy = row.center().y();
    for (const Entry &e : entries) {
        p->setPen(e.pen);
        p->drawLine(QPointF(lx, cy), QPointF(lx + 22, cy));
        p->setPen(QColor(0x2d3748));
        p->drawText(QPointF(lx + 26, row.top() + fm.ascent()), e.text);
        lx += 26 + fm.horizontalAdvance(e.text) + 18;
    }
}

} // namespace tranche
