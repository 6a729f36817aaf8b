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

void PlayedChart::paint(QPainter *p, const QRectF &rect) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(p->font());
    const double step = niceStep(maxValue());
    const double top = step * std::max(1.0, std::ceil(maxValue() / step));
    const QRectF plot = rect.adjusted(fm.horizontalAdvance(u"$000.0M"_s) + 8, fm.height() * 2.5, -8,
                                      -fm.height() * 4.6);
    const int span = std::max(1, lastMonth - firstMonth);
    const auto x = [&](double month) {
        return plot.left() + (month - firstMonth) * plot.width() / span;
    };
    const auto y = [&](double v) { return plot.bottom() - v / top * plot.height(); };

    for (const ExerciseMonth &m : played) // months in breach
        if (m.inBreach)
            p->fillRect(QRectF(QPointF(x(m.month - 0.5), plot.top()),
                               QPointF(x(m.month + 0.5), plot.bottom())),
                        QColor(0xfe, 0xd7, 0xd7));
    p->setPen(QPen(QColor(0xe2e8f0), 1));
    for (double v = 0; v <= top + step / 2; v += step) {
        p->drawLine(QPointF(plot.left(), y(v)), QPointF(plot.right(), y(v)));
        p->setPen(QColor(0x4a5568));
        p->drawText(
            QRectF(rect.left(), y(v) - fm.height() / 2, plot.left() - rect.left() - 4, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, formatMoney(v));
        p->setPen(QPen(QColor(0xe2e8f0), 1));
    }
    const int tick = std::max(1, span / 12);
    p->setPen(QColor(0x4a5568));
    for (int m = firstMonth; m <= lastMonth; m += tick)
        p->drawText(QRectF(x(m) - 30, plot.bottom() + 2, 60, fm.height()), Qt::AlignCenter,
                    QString::number(m));
    p->drawText(QRectF(plot.left(), plot.bottom() + fm.height() + 2, plot.width(), fm.height()),
                Qt::AlignCenter, tr("month"));

    const auto line = [&](auto begin, auto end, auto value, const QPen &pen) {
        QPainterPath path;
        bool first = true;
        for (auto it = begin; it != end; ++it) {
            if (it->month < firstMonth || it->month > lastMonth)
                continue;
            const QPointF pt(x(it->month), y(value(*it)));
            first ? path.moveTo(pt) : path.lineTo(pt);
            first = false;
        }
        p->strokePath(path, pen);
    };
    const auto cum = [](const auto &m) { return m.releasedCumulative; };
    const auto exp = [](const auto &m) { return m.exposure; };
    line(planned.cbegin(), planned.cend(), cum, QPen(kPlanned, 1.5));
    line(planned.cbegin(), planned.cend(), exp, QPen(kPlanned, 1.5, Qt::DashLine));
    line(played.cbegin(), played.cend(), cum, QPen(kReleased, 2.5));
    line(played.cbegin(), played.cend(), exp, QPen(kExposure, 2.5));

    // Injects: numbered lines, their titles in the key under the legend.
    QStringList key;
    for (int i = 0; i < marks.size(); ++i) {
        const double mx = x(marks.at(i).month);
        const QString number = QString::number(i + 1);
        p->setPen(QPen(QColor(0x2d3748), 1, Qt::DotLine));
        p->drawLine(QPointF(mx, plot.top() - 2), QPointF(mx, plot.bottom()));
        p->setPen(QColor(0x2d3748));
        const double row = (i % 2) ? 1.1 : 2.2; // alternate rows so neighbours stay apart
        p->drawText(QRectF(mx - 20, plot.top() - fm.height() * row, 40, fm.height()),
                    Qt::AlignCenter, number);
        key << tr("%1 %2 (month %3)").arg(number, marks.at(i).label).arg(marks.at(i).month);
    }
    const QRectF legendRow(plot.left(), plot.bottom() + fm.height() * 2.2, plot.width(),
                           fm.height());
    if (!key.isEmpty()) {
        p->drawText(
            legendRow.translated(0, fm.height() * 1.2), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(tr("Injects: ") + key.join(u"   "_s), Qt::ElideRight, legendRow.width()));
    }
    paintLegend(p, legendRow);
    p->restore();
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
