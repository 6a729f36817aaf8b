#include "charts/chartoverlay.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// The steps' diamonds: their radius, and the baseline they are centred on.
constexpr double kStepRadius = 5;

double stepsBaseline(const QRectF &area)
{
    return area.bottom() - kStepRadius - 1;
}

} // namespace

ChartOverlay::ChartOverlay(QChart *chart, QAbstractSeries *anchor)
    : QGraphicsItem(chart), m_chart(chart), m_anchor(anchor)
{
    setZValue(1000);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this](const QRectF &) {
        prepareGeometryChange();
        update();
    });
}

void ChartOverlay::setMarkers(QList<Marker> markers)
{
    if (markers == m_markers)
        return;
    m_markers = std::move(markers);
    update();
}

void ChartOverlay::setNote(const QString &note, const QColor &colour)
{
    if (note == m_note && colour == m_noteColour)
        return;
    m_note = note;
    m_noteColour = colour;
    update();
}

void ChartOverlay::setSpans(QList<Span> spans, const QColor &colour)
{
    if (spans == m_spans && colour == m_spanColour)
        return;
    m_spans = std::move(spans);
    m_spanColour = colour;
    update();
}

void ChartOverlay::setSteps(QList<Step> steps, const QString &caption, const QColor &colour)
{
    if (steps == m_steps && caption == m_stepCaption && colour == m_stepColour)
        return;
    m_steps = std::move(steps);
    m_stepCaption = caption;
    m_stepColour = colour;
    update();
}

void ChartOverlay::setColours(const QColor &text, const QColor &background)
{
    m_text = text;
    m_background = background;
    update();
}

QRectF ChartOverlay::boundingRect() const
{
    return m_chart->plotArea().adjusted(-4, -4, 4, 4);
}

QFont ChartOverlay::labelFont() const
{
    QFont font = m_chart->font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.9));
    return font;
}

double ChartOverlay::labelRowHeight() const
{
    return QFontMetricsF(labelFont()).height() + 2;
}

// The rectangle a label drawn at `at` (its baseline's start) takes.
QRectF ChartOverlay::labelBox(const QFontMetricsF &fm, const QPointF &at, const QString &text)
{
    return {at.x() - 2, at.y() - fm.ascent() - 1, fm.horizontalAdvance(text) + 6, fm.height() + 1};
}

// Whether `box` meets no text drawn so far by this paint.
bool ChartOverlay::isFree(const QRectF &box) const
{
    return std::none_of(m_textRects.begin(), m_textRects.end(), [&box](const QRectF &t) {
        const QRectF both = t.intersected(box);
        return both.width() >= 0.5 && both.height() >= 0.5;
    });
}

// A label on a half-opaque background, unless it would cover a text drawn
// before it (then nothing is drawn and false returned); its rectangle noted.
bool ChartOverlay::drawLabel(QPainter *p, const QPointF &at, const QString &text,
                             const QColor &colour)
{
    const QRectF box = labelBox(QFontMetricsF(p->font()), at, text);
    if (!isFree(box))
        return false;
    QColor back = m_background;
    back.setAlpha(210);
    p->fillRect(box, back);
    p->setPen(colour);
    p->drawText(at, text);
    m_textRects << box;
    return true;
}

void ChartOverlay::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF area = m_chart->plotArea();
    m_textRects.clear();
    if (area.isEmpty())
        return;
    p->save();
    p->setClipRect(area.adjusted(-1, -1, 1, 1));
    // Shading first; then the texts by priority, each placed clear of those
    // before it: phase names, the steps' counts, the note, the spans' labels
    // (which look for a free place), the counts that found no room, the
    // steps' caption.
    paintSpanBands(p, area);
    paintMarkers(p, area);
    paintSteps(p, area); // the counts that fit in the row above the diamonds
    paintNote(p, area);
    paintSpanLabels(p, area);
    paintStepCounts(p, area, 1); // the other counts, one row up where free
    paintStepCaption(p, area);
    p->restore();
}

// Vertical lines with their labels in up to three rows at the top; a label
// that finds no room is left out (its line still marks the month).
void ChartOverlay::paintMarkers(QPainter *p, const QRectF &area)
{
    p->setFont(labelFont());
    const QFontMetricsF fm(p->font());
    const double rowHeight = labelRowHeight();
    // Up to three rows of labels, in at most half the plot's height.
    const int rows = std::clamp(int(area.height() * 0.5 / rowHeight), 1, 3);
    QList<double> rowEnds(rows, -1e9); // right end of the last label in each row
    for (const Marker &m : m_markers) {
        const QPointF pos = m_chart->mapToPosition(QPointF(m.x, m.y.value_or(0)), m_anchor);
        if (pos.x() < area.left() - 0.5 || pos.x() > area.right() + 0.5)
            continue;
        QPen pen(m.colour, m.strong ? 2.0 : 1.0, m.style);
        pen.setCosmetic(true);
        p->setPen(pen);
        if (m.y) {
            p->setBrush(m.colour);
            p->drawEllipse(pos, 4, 4);
            p->setBrush(Qt::NoBrush);
        } else {
            p->drawLine(QPointF(pos.x(), area.top()), QPointF(pos.x(), area.bottom()));
        }
        if (m.label.isEmpty())
            continue;
        const double w = fm.horizontalAdvance(m.label) + 6;
        if (m.y) {
            QPointF at(pos.x() + 6, pos.y() - 6);
            if (at.x() + w > area.right())
                at.setX(pos.x() - 6 - w);
            drawLabel(p, at, m.label, m.colour); // no room: the point alone marks it
            continue;
        }
        const double x = pos.x() + 3 + w > area.right() ? pos.x() - 3 - w : pos.x() + 3;
        for (int row = 0; row < rowEnds.size(); ++row) { // no room: the line alone marks it
            const QPointF at(x, area.top() + 2 + row * rowHeight + fm.ascent());
            if (rowEnds.at(row) <= pos.x() + 2 && drawLabel(p, at, m.label, m.colour)) {
                rowEnds[row] = x + w;
                break;
            }
        }
    }
}

void ChartOverlay::paintNote(QPainter *p, const QRectF &area)
{
    if (m_note.isEmpty())
        return;
    QFont bold = m_chart->font();
    bold.setBold(true);
    p->setFont(bold);
    const QFontMetricsF bfm(bold);
    const double width =
        std::min(std::max(area.width() * 0.55, 200.0), bfm.horizontalAdvance(m_note) + 16);
    const QRectF box(area.left() + 8, area.top() + 6 + 3 * labelRowHeight(),
                     std::min(width, area.width() - 16), area.height());
    const QRectF textBox =
        bfm.boundingRect(box.adjusted(8, 4, -8, -4), Qt::TextWordWrap | Qt::AlignLeft, m_note);
    const QRectF fitted(box.topLeft(), QSizeF(box.width(), textBox.height() + 8));
    if (fitted.bottom() > area.bottom() - 4 || !isFree(fitted))
        return; // no room in a small plot: the dock says it below the chart
    QColor back = m_background;
    back.setAlpha(230);
    p->setPen(QPen(m_noteColour, 1));
    p->setBrush(back);
    p->drawRoundedRect(fitted, 4, 4);
    p->setPen(m_text);
    p->drawText(fitted.adjusted(8, 4, -8, -4), Qt::TextWordWrap | Qt::AlignLeft, m_note);
    m_textRects << fitted;
}

// Where a span's label goes: wrapped to the span's width (at least a third of
// the plot's, at most 160 pixels), centred on it, at the first height from
// the plot's lower middle up or down where it meets no text drawn before and
// not the rectangle to avoid. Empty when there is no such place.
QRectF ChartOverlay::placeSpanLabel(const QRectF &band, const QRectF &area,
                                    const QString &label) const
{
    const QFontMetricsF fm(labelFont());
    const double wrap =
        std::min(area.width() - 4, std::max(band.width() - 6, std::min(160.0, area.width() / 3)));
    const QRectF size =
        fm.boundingRect(QRectF(0, 0, wrap, 1e6), Qt::TextWordWrap | Qt::AlignHCenter, label);
    // As wide as the wrapped text (a pixel to spare, so that it wraps alike
    // when drawn), not as the band: a long span leaves room beside its label.
    const double width = std::min(wrap, std::ceil(size.width()) + 1);
    const double left =
        std::clamp(band.center().x() - width / 2, area.left() + 2, area.right() - width - 2);
    const double step = fm.height() / 2;
    const double start = area.top() + area.height() * 0.6;
    const double lowest = area.bottom() - size.height() - 14; // above the steps' diamonds
    const double highest = area.top() + 3 * labelRowHeight();
    QList<double> tops;
    for (double y = start; y <= lowest; y += step)
        tops << y;
    for (double y = start - step; y >= highest; y -= step)
        tops << y;
    const QRectF avoid = m_avoid ? m_avoid() : QRectF();
    for (double y : tops) {
        const QRectF r(left, y, width, size.height());
        const QRectF padded = r.adjusted(-3, -1, 3, 1);
        if (isFree(padded) && !padded.intersects(avoid))
            return r;
    }
    return {};
}

// The horizontal extent of a span on the plot (empty when outside it).
QRectF ChartOverlay::spanBand(const Span &s, const QRectF &area) const
{
    const double x0 = m_chart->mapToPosition(QPointF(s.from, 0), m_anchor).x();
    const double x1 = m_chart->mapToPosition(QPointF(s.to, 0), m_anchor).x();
    return {QPointF(std::max(x0, area.left()), area.top()),
            QPointF(std::min(x1, area.right()), area.bottom())};
}

// Each span shaded over the plot's height, with dotted edges.
void ChartOverlay::paintSpanBands(QPainter *p, const QRectF &area)
{
    for (const Span &s : std::as_const(m_spans)) {
        const QRectF band = spanBand(s, area);
        if (band.width() <= 0)
            continue;
        QColor fill = m_spanColour;
        fill.setAlpha(28);
        p->fillRect(band, fill);
        QPen edge(m_spanColour, 1, Qt::DotLine);
        edge.setCosmetic(true);
        p->setPen(edge);
        p->drawLine(band.topLeft(), band.bottomLeft());
        p->drawLine(band.topRight(), band.bottomRight());
    }
}

// Each span's label wrapped inside it (see placeSpanLabel); a label that
// finds no place is left out.
void ChartOverlay::paintSpanLabels(QPainter *p, const QRectF &area)
{
    p->setFont(labelFont());
    for (const Span &s : std::as_const(m_spans)) {
        const QRectF text = placeSpanLabel(spanBand(s, area), area, s.label);
        if (text.isEmpty())
            continue;
        QColor back = m_background;
        back.setAlpha(215);
        p->fillRect(text.adjusted(-3, -1, 3, 1), back);
        p->setPen(m_spanColour.darker(130));
        p->drawText(text, Qt::TextWordWrap | Qt::AlignHCenter, s.label);
        m_textRects << text.adjusted(-3, -1, 3, 1);
    }
}

// Diamonds on the month axis at each month with verified steps, and the
// count beside each diamond of more than one in the row just above it (row
// 0) or the next (row 1). A count is drawn in the first row free of texts;
// with no room it is left out rather than run into another ("2" beside "2"
// would read "22"). The counts not drawn in row 0 are kept for row 1, which
// comes after the spans' labels.
void ChartOverlay::paintSteps(QPainter *p, const QRectF &area)
{
    m_countsLeft.clear();
    const double r = kStepRadius;
    const double y = stepsBaseline(area);
    for (const Step &s : std::as_const(m_steps)) {
        const double x = m_chart->mapToPosition(QPointF(s.x, 0), m_anchor).x();
        if (x < area.left() - 0.5 || x > area.right() + 0.5)
            continue;
        const QPointF diamond[4] = {QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r),
                                    QPointF(x - r, y)};
        p->setPen(QPen(m_background, 1));
        p->setBrush(m_stepColour);
        p->drawConvexPolygon(diamond, 4);
        p->setBrush(Qt::NoBrush);
        if (s.count > 1)
            m_countsLeft << Count{x, s.count};
    }
    paintStepCounts(p, area, 0);
}

void ChartOverlay::paintStepCounts(QPainter *p, const QRectF &area, int row)
{
    p->setFont(labelFont());
    const double r = kStepRadius;
    const double y = stepsBaseline(area) - r - 2 - row * labelRowHeight();
    QList<Count> left;
    for (const Count &c : std::as_const(m_countsLeft)) {
        if (!drawLabel(p, QPointF(c.x + r + 2, y), QString::number(c.count), m_stepColour))
            left << c;
    }
    m_countsLeft = left;
}

// What the diamonds are, at the plot's right above them, clear of the texts
// drawn before; left out in a small plot (the diamonds alone).
void ChartOverlay::paintStepCaption(QPainter *p, const QRectF &area)
{
    if (m_steps.isEmpty() || m_stepCaption.isEmpty() || area.height() < 90)
        return;
    p->setFont(labelFont());
    const QFontMetricsF fm(p->font());
    const QString caption = u"\u25c6 "_s + m_stepCaption;
    const double left = area.right() - fm.horizontalAdvance(caption) - 8;
    const double y = stepsBaseline(area) - kStepRadius - 4 - fm.descent();
    for (int row = 0; row < 3; ++row) {
        if (drawLabel(p, QPointF(left, y - row * labelRowHeight()), caption, m_stepColour))
            return;
    }
}

} // namespace tranche
