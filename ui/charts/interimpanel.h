#pragma once
// The interim months of the monthly value chart at their own scale: a small
// panel in the plot's upper left (where the interim months' low bars leave
// room) with the released and escrowed value of each interim month, the
// periods in which the counterpart acts with no relief in return shaded, the
// counterpart's steps as diamonds, and its own top value. Shown only when the
// interim months' values are too small to read at the chart's scale. A child
// item of the chart, so the dock and every export draw it.

#include <QChart>
#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QRectF>
#include <QString>

namespace tranche {

class InterimPanel : public QGraphicsItem
{
public:
    // Shown when the interim months' largest bar is below this share of the
    // chart's largest.
    static constexpr double kShowBelow = 0.15;

    struct Data
    {
        int endMonth = 0; // interim months: [0, endMonth)
        QList<double> released;
        QList<double> escrowed;
        QList<std::pair<int, int>> spans; // months [from, to] shaded
        QList<int> steps;                 // months with verified steps
        double chartMax = 0;              // the largest bar of the whole chart
        bool operator==(const Data &) const = default;
    };

    explicit InterimPanel(QChart *chart);

    // Repaints the panel only when what it draws changes; true when it did.
    bool setData(Data data);
    void setColours(const QColor &released, const QColor &escrowed, const QColor &span,
                    const QColor &step, const QColor &text, const QColor &background);

    // Whether the panel is drawn (interim values too small for the chart's
    // scale, and room for it), and where (chart coordinates).
    bool isShown() const;
    QRectF panelRect() const;
    double scaleTop() const; // the panel's value at its top
    QString title() const;

    QRectF boundingRect() const override;
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    QFont panelFont() const;
    void paintBars(QPainter *p, const QRectF &plot) const;

    QChart *m_chart;
    Data m_data;
    QColor m_released, m_escrowed, m_span, m_step, m_text, m_background;
};

} // namespace tranche
