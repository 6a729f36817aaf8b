#pragma once
// Fits a value-flow chart's own texts (axis titles and legend) to the size it
// is drawn at, so that Qt Charts never has to cut one with "...": at a small
// size the chart's margins shrink, an axis title that does not fit along its
// axis is left out, and the legend goes to the right (or is left out) when one
// row cannot hold it. Axis labels are never truncated. At an export's size
// nothing changes. The full axis titles are kept on the axes, so that a larger
// size brings them back.

#include <QSizeF>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace tranche {

class ChartFit
{
public:
    // Below this height (logical pixels) a chart is drawn compact.
    static constexpr double kCompactBelow = 320;

    // Records `chart`'s margins and axis titles as its full ones.
    static void keepTexts(QChart *chart);
    // Shows, hides or moves the texts of `chart` for drawing it at `size`;
    // returns about how wide its plot will be (for the month labels).
    static double fit(QChart *chart, const QSizeF &size);
};

} // namespace tranche
