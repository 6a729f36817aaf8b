#pragma once
// The value flow of an exercise as played, drawn with QPainter: released in
// all and "kept if they walk now" (exposure) for the months played, solid;
// optionally the projection to the end, dashed, and the plan as written, grey;
// months in breach shaded, the injects (numbered) and the decisions (lettered
// triangles) marked. Used by the after-action report, the control desk and the
// public screen (played months only), so that all draw the same picture from
// the same engine months.

#include "exercise/exerciseengine.h"
#include "flow/valueflow.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace tranche {

class PlayedChart
{
    Q_DECLARE_TR_FUNCTIONS(PlayedChart)
public:
    struct Mark
    {
        int month = 0;
        QString label;
    };
    QList<ExerciseMonth> played;     // the months played, in order
    QList<ExerciseMonth> projection; // after the months played; empty: none (dashed)
    QList<FlowMonth> planned;        // empty: no plan line
    QList<Mark> marks;               // injects, at the month they fired
    QList<Mark> decisions;           // decisions, at the month they applied
    int firstMonth = 0;              // the x axis
    int lastMonth = 0;

    void paint(QPainter *p, const QRectF &rect) const;

private:
    // Month and money to page coordinates.
    struct Axes
    {
        QRectF plot;
        int first = 0;
        int span = 1;
        double step = 1;
        double top = 1;
        double x(double month) const { return plot.left() + (month - first) * plot.width() / span; }
        double y(double v) const { return plot.bottom() - v / top * plot.height(); }
    };
    double maxValue() const;
    QString keyText() const;
    void paintGrid(QPainter *p, const QRectF &rect, const Axes &a) const;
    void paintLines(QPainter *p, const Axes &a) const;
    void paintMarks(QPainter *p, const Axes &a) const;
    void paintDecisions(QPainter *p, const Axes &a) const;
    // The legend in rows of row's width from its top (wrapping); returns the rows.
    int paintLegend(QPainter *p, const QRectF &row, bool draw) const;
};

} // namespace tranche
