#pragma once
// What the value-flow charts draw over their plot area besides the series:
// marker lines (phase boundaries named by phase, payout, walk-away), point
// markers, a note, the shaded periods in which the counterpart acts with no
// relief in return (labelled), and the counterpart's steps as diamonds on the
// month axis. A child item of its chart, so it is drawn wherever the chart is
// (the dock's views, every export).

#include <QChart>
#include <QColor>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>

namespace tranche {

class ChartOverlay : public QGraphicsItem
{
public:
    struct Marker
    {
        double x = 0;
        std::optional<double> y; // a point marker when set
        QString label;
        QColor colour;
        Qt::PenStyle style = Qt::DashLine;
        bool strong = false;
        bool operator==(const Marker &) const = default;
    };
    // Months [from, to] in axis units, shaded and labelled.
    struct Span
    {
        double from = 0;
        double to = 0;
        QString label;
        bool operator==(const Span &) const = default;
    };
    // Counterpart steps verified in a month: a diamond on the month axis.
    struct Step
    {
        double x = 0;
        int count = 1;
        bool operator==(const Step &) const = default;
    };

    ChartOverlay(QChart *chart, QAbstractSeries *anchor);

    // Each setter repaints the overlay only when what it draws changes.
    void setMarkers(QList<Marker> markers);
    void setNote(const QString &note, const QColor &colour);
    void setSpans(QList<Span> spans, const QColor &colour);
    void setSteps(QList<Step> steps, const QString &caption, const QColor &colour);
    void setColours(const QColor &text, const QColor &background);
    // Where the span labels must not go (the interim panel, when shown).
    void setAvoid(std::function<QRectF()> avoid) { m_avoid = std::move(avoid); }

    const QList<Marker> &markers() const { return m_markers; }
    const QList<Span> &spans() const { return m_spans; }
    const QList<Step> &steps() const { return m_steps; }
    // The rectangles (chart coordinates) of the texts drawn by the last paint.
    const QList<QRectF> &textRects() const { return m_textRects; }

    QRectF boundingRect() const override;
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    void paintMarkers(QPainter *p, const QRectF &area);
    void paintNote(QPainter *p, const QRectF &area);
    QRectF spanBand(const Span &s, const QRectF &area) const;
    void paintSpanBands(QPainter *p, const QRectF &area);
    void paintSpanLabels(QPainter *p, const QRectF &area);
    void paintSteps(QPainter *p, const QRectF &area);
    void paintStepCounts(QPainter *p, const QRectF &area, int row);
    void paintStepCaption(QPainter *p, const QRectF &area);
    static QRectF labelBox(const QFontMetricsF &fm, const QPointF &at, const QString &text);
    bool isFree(const QRectF &box) const;
    bool drawLabel(QPainter *p, const QPointF &at, const QString &text, const QColor &colour);
    QRectF placeSpanLabel(const QRectF &band, const QRectF &area, const QString &label) const;
    QFont labelFont() const;
    double labelRowHeight() const;

    QChart *m_chart;
    QAbstractSeries *m_anchor;
    QList<Marker> m_markers;
    QString m_note;
    QColor m_noteColour;
    QList<Span> m_spans;
    QColor m_spanColour;
    QList<Step> m_steps;
    QString m_stepCaption;
    QColor m_stepColour;
    QColor m_text = Qt::black;
    QColor m_background = Qt::white;
    QList<QRectF> m_textRects;
    struct Count
    {
        double x = 0; // the diamond's centre
        int count = 0;
    };
    QList<Count> m_countsLeft; // during a paint: the steps' counts not drawn yet
    std::function<QRectF()> m_avoid;
};

} // namespace tranche
