#include "charts/chartfit.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>

#include <algorithm>

namespace tranche {

namespace {

constexpr char kFullTitle[] = "trancheFullTitle";
constexpr char kFullMargins[] = "trancheFullMargins";

QString fullTitle(const QObject *o)
{
    return o->property(kFullTitle).toString();
}

// The legend's width in one row, and its height and width as a column.
struct LegendSize
{
    double row = 0;
    double columnHeight = 0;
    double columnWidth = 0;
};

LegendSize legendSize(QChart *chart)
{
    const QFontMetricsF fm(chart->legend()->font());
    LegendSize size;
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (!marker->isVisible() || marker->label().isEmpty())
            continue;
        const double item = fm.horizontalAdvance(marker->label()) + fm.height() + 16;
        size.row += item;
        size.columnWidth = std::max(size.columnWidth, item + 10);
        size.columnHeight += fm.height() + 6;
    }
    size.row += 20;
    size.columnHeight += 12;
    return size;
}

// The height the horizontal axes' labels (up to three lines) and titles take
// below the plot.
struct BottomAxes
{
    double labels = 0;
    double titles = 0;
};

BottomAxes bottomAxes(QChart *chart)
{
    BottomAxes size;
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
        size.labels += 3 * QFontMetricsF(axis->labelsFont()).lineSpacing() + 8;
        if (!fullTitle(axis).isEmpty())
            size.titles += QFontMetricsF(axis->titleFont()).height() + 4;
    }
    return size;
}

} // namespace

void ChartFit::keepTexts(QChart *chart)
{
    chart->setProperty(kFullMargins, QVariant::fromValue(chart->margins()));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setProperty(kFullTitle, axis->titleText());
        axis->setTruncateLabels(false);
    }
}

double ChartFit::fit(QChart *chart, const QSizeF &size)
{
    const bool compact = size.height() < kCompactBelow;
    const QMargins full = chart->property(kFullMargins).value<QMargins>();
    chart->setMargins(compact ? QMargins(4, 2, 4, 2) : full);
    // The title stays: the width holds it, and Qt Charts keeps a title it
    // once cut as "..." even when the title is set empty afterwards.
    double height = size.height() - (compact ? 4 : full.top() + full.bottom());
    if (!chart->title().isEmpty())
        height -= QFontMetricsF(chart->titleFont()).height() + 8;

    // The legend: one row below when it fits, else a column at the right.
    const LegendSize legend = legendSize(chart);
    const double width = size.width() - 8;
    const bool row = legend.row <= width;
    const bool column = !row && legend.columnHeight <= height && legend.columnWidth <= width * 0.4;
    chart->legend()->setVisible(row || column);
    chart->legend()->setAlignment(column ? Qt::AlignRight : Qt::AlignBottom);
    if (row)
        height -= QFontMetricsF(chart->legend()->font()).height() + 12;

    // The month or phase axis keeps its title while the plot keeps 60 pixels;
    // a value axis's title is shown only where its whole text fits along it.
    const BottomAxes bottom = bottomAxes(chart);
    const bool bottomTitles = height - bottom.labels - bottom.titles >= 60;
    const double plotHeight = height - bottom.labels - (bottomTitles ? bottom.titles : 0);
    for (QAbstractAxis *axis : chart->axes()) {
        const QString text = fullTitle(axis);
        const bool vertical = axis->orientation() == Qt::Vertical;
        const double room = vertical ? plotHeight : bottomTitles ? width * 0.8 : 0;
        const bool fits = !text.isEmpty() &&
                          QFontMetricsF(axis->titleFont()).horizontalAdvance(text) + 12 <= room;
        axis->setTitleText(fits ? text : QString());
        axis->setTitleVisible(fits);
    }
    // The plot's width, less the axes' labels at both sides.
    return width - (column ? legend.columnWidth : 0) - 60.0 * chart->axes(Qt::Vertical).size();
}

} // namespace tranche
