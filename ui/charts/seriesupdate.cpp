#include "charts/seriesupdate.h"

#include <QBarSet>
#include <QXYSeries>

#include <algorithm>

namespace tranche {

// The bar set's values made equal to `values`, looking for differences in
// [from, to] only (the rest is known equal; the whole set when its count
// differs). Each QBarSet::replace() makes Qt Charts lay out the whole series
// again, so a value or two are replaced one by one and a longer run is
// removed and appended from its first change on: two signals, and only the
// bars from there on change their rectangles (and are repainted).
void updateValues(QBarSet *set, const QList<qreal> &values, qsizetype from, qsizetype to)
{
    const qsizetype n = values.size();
    if (set->count() != n) {
        if (set->count() > 0)
            set->remove(0, set->count());
        if (!values.isEmpty())
            set->append(values);
        return;
    }
    to = std::min(to, n - 1);
    while (from <= to && set->at(int(from)) == values.at(from))
        ++from;
    while (to >= from && set->at(int(to)) == values.at(to))
        --to;
    if (from > to)
        return;
    if (to - from < 2) {
        for (qsizetype i = from; i <= to; ++i)
            set->replace(int(i), values.at(i));
        return;
    }
    set->remove(int(from), int(n - from));
    set->append(values.mid(from));
}

// A line's points replaced when any of [from, to] differs: in one call (a
// point replaced alone makes Qt Charts rebuild the whole path too).
void updatePoints(QXYSeries *series, const QList<QPointF> &points, qsizetype from, qsizetype to)
{
    if (series->count() != points.size()) {
        series->replace(points);
        return;
    }
    to = std::min(to, points.size() - 1);
    for (qsizetype i = from; i <= to; ++i) {
        if (series->at(int(i)) != points.at(i)) {
            series->replace(points);
            return;
        }
    }
}

} // namespace tranche
