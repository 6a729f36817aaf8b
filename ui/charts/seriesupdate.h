#pragma once
// Series of the value-flow charts brought up to new values with as few Qt
// Charts signals as possible: only the months that can have changed are
// compared, and what differs is replaced in one call where Qt Charts would
// otherwise lay the whole series out again per value.

#include <QList>
#include <QPointF>

QT_BEGIN_NAMESPACE
class QBarSet;
class QXYSeries;
QT_END_NAMESPACE

namespace tranche {

// The bar set's values made equal to `values`, looking for differences in
// [from, to] only (the whole set when its count differs).
void updateValues(QBarSet *set, const QList<qreal> &values, qsizetype from, qsizetype to);
// A line's points made equal to `points` when any of [from, to] differs (or
// its count does), in one call.
void updatePoints(QXYSeries *series, const QList<QPointF> &points, qsizetype from, qsizetype to);

} // namespace tranche
