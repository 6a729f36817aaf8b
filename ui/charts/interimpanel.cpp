#include "charts/interimpanel.h"

#include "model/money.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(InterimPanel)
};

// The top of the panel's scale: a round value above `max`.
double roundTop(double max)
{
    if (max <= 0 || !std::isfinite(max))
        return 1;
    const double mag = std::pow(10.0, std::floor(std::log10(max)));
    for (double n : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (n * mag >= max * 1.05)
            return n * mag;
    }
    return 10 * mag;
}

} // namespace

InterimPanel::InterimPanel(QChart *chart) : QGraphicsItem(chart), m_chart(chart)
{
    setZValue(1001); // over the chart's overlay
    setAcceptedMouseButtons(Qt::NoButton);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this](const QRectF &) {
        prepareGeometryChange();
        update();
    });
}

bool InterimPanel::setData(Data data)
{
    if (data == m_data)
        return false;
    const bool wasShown = isShown();
    m_data = std::move(data);
    if (!wasShown && !isShown())
        return false; // nothing drawn before or now (its place does not depend on the data)
    update();
    return true;
}

void InterimPanel::setColours(const QColor &released, const QColor &escrowed, const QColor &span,
                              const QColor &step, const QColor &text, const QColor &background)
{
    m_released = released;
    m_escrowed = escrowed;
    m_span = span;
    m_step = step;
    m_text = text;
    m_background = background;
    update();
}

QFont InterimPanel::panelFont() const
{
    QFont font = m_chart->font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.9));
    return font;
}

double InterimPanel::scaleTop() const
{
    double max = 0;
    for (qsizetype i = 0; i < m_data.released.size(); ++i)
        max = std::max(max, m_data.released.at(i) + m_data.escrowed.value(i));
    return roundTop(max);
}

QString InterimPanel::title() const
{
    return Texts::tr("Interim months 0–%1 at their own scale (top %2)")
        .arg(m_data.endMonth - 1)
        .arg(formatMoney(scaleTop()));
}

QRectF InterimPanel::panelRect() const
{
    const QRectF area = m_chart->plotArea();
    const double row = QFontMetricsF(panelFont()).height() + 2;
    const double width = std::clamp(area.width() * 0.38, 180.0, 440.0);
    const double height = std::min(area.height() * 0.45, 220.0);
    return QRectF(area.left() + 8, area.top() + 4 + 3 * row, std::min(width, area.width() - 16),
                  height);
}

bool InterimPanel::isShown() const
{
    if (m_data.endMonth <= 0 || m_data.released.isEmpty())
        return false;
    double max = 0;
    for (qsizetype i = 0; i < m_data.released.size(); ++i)
        max = std::max(max, m_data.released.at(i) + m_data.escrowed.value(i));
    const QRectF r = panelRect();
    const double line = QFontMetricsF(panelFont()).height();
    return max > 0 && max < kShowBelow * m_data.chartMax && r.height() >= 4 * line + 30 &&
           r.width() >= 160;
}

QRectF InterimPanel::boundingRect() const
{
    return panelRect().adjusted(-2, -2, 2, 2);
}

void InterimPanel::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!isShown())
        return;
    const QRectF box = panelRect();
    const QFont font = panelFont();
    const QFontMetricsF fm(font);
    p->save();
    QColor back = m_background;
    back.setAlpha(240);
    p->setPen(QPen(m_text, 0.75));
    p->setBrush(back);
    p->drawRect(box);
    p->setFont(font);
    p->setPen(m_text);
    const QRectF titleRect =
        fm.boundingRect(box.adjusted(6, 3, -6, 0), Qt::TextWordWrap | Qt::AlignLeft, title());
    p->drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft, title());
    const QString top = formatMoney(scaleTop());
    const double axisW = fm.horizontalAdvance(top) + 6;
    const QRectF plot(box.left() + 6 + axisW, titleRect.bottom() + 4, box.width() - 12 - axisW,
                      box.bottom() - titleRect.bottom() - 8 - fm.height());
    p->drawText(QRectF(box.left() + 4, plot.top() - fm.height() / 2, axisW - 4, fm.height()),
                Qt::AlignRight | Qt::AlignVCenter, top);
    p->drawText(QRectF(box.left() + 4, plot.bottom() - fm.height() / 2, axisW - 4, fm.height()),
                Qt::AlignRight | Qt::AlignVCenter, formatMoney(0));
    p->drawText(QRectF(plot.left(), plot.bottom() + 1, plot.width() / 2, fm.height()),
                Qt::AlignLeft | Qt::AlignTop, u"0"_s);
    p->drawText(QRectF(plot.center().x(), plot.bottom() + 1, plot.width() / 2, fm.height()),
                Qt::AlignRight | Qt::AlignTop, QString::number(m_data.endMonth - 1));
    paintBars(p, plot);
    p->restore();
}

// Spans shaded, bars stacked (released below, escrowed above), steps as
// diamonds on the base line.
void InterimPanel::paintBars(QPainter *p, const QRectF &plot) const
{
    const int n = std::max(1, m_data.endMonth);
    const double w = plot.width() / n;
    const double top = scaleTop();
    QColor shade = m_span;
    shade.setAlpha(40);
    for (const auto &[from, to] : m_data.spans) {
        const int first = std::max(0, from);
        const int last = std::min(n - 1, to);
        if (first <= last)
            p->fillRect(
                QRectF(plot.left() + first * w, plot.top(), (last - first + 1) * w, plot.height()),
                shade);
    }
    for (int m = 0; m < n && m < m_data.released.size(); ++m) {
        const double r = m_data.released.at(m) / top * plot.height();
        const double e = m_data.escrowed.value(m) / top * plot.height();
        const double x = plot.left() + m * w + w * 0.1;
        p->fillRect(QRectF(x, plot.bottom() - r, w * 0.8, r), m_released);
        p->fillRect(QRectF(x, plot.bottom() - r - e, w * 0.8, e), m_escrowed);
    }
    p->setPen(QPen(m_text, 0.75));
    p->drawLine(plot.bottomLeft(), plot.bottomRight());
    p->setPen(Qt::NoPen);
    p->setBrush(m_step);
    const double d = std::clamp(w / 2, 2.5, 4.5);
    for (int m : m_data.steps) {
        if (m < 0 || m >= n)
            continue;
        const double x = plot.left() + (m + 0.5) * w;
        const QPointF diamond[4] = {QPointF(x, plot.bottom() - d), QPointF(x + d, plot.bottom()),
                                    QPointF(x, plot.bottom() + d), QPointF(x - d, plot.bottom())};
        p->drawConvexPolygon(diamond, 4);
    }
    p->setBrush(Qt::NoBrush);
}

} // namespace tranche
