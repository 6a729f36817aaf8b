#pragma once
// The phase overview of a plan: one row per phase on a month axis, showing the
// phase's months, when its relief is active, its gate actions' verification
// months and its counts. What the briefing report prints instead of the full
// timeline when the plan is too large for the timeline to be read on paper.

#include "model/finding.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace tranche {

class PhaseOverview
{
    Q_DECLARE_TR_FUNCTIONS(PhaseOverview)
public:
    PhaseOverview(const Plan &plan, const QList<Finding> &findings);

    static constexpr double kRulerHeight = 34;
    static constexpr double kRowHeight = 24;
    static constexpr double kHeaderWidth = 330;

    // The phases' rows cut into pages of `height` below the ruler: each page's
    // first row (at least one row a page). A row is kRowHeight tall, and a
    // line taller for each line more its phase's name takes: names are
    // wrapped, never cut.
    QList<int> pageStarts(double height) const;

    // Paints the ruler and the phases [first, first + count) into `target`
    // (its width sets the month scale).
    void paint(QPainter *p, const QRectF &target, int first, int count) const;
    int phaseCount() const { return int(m_rows.size()); }

private:
    struct Row
    {
        QString label; // "p3 · Interim"
        QString name;
        QStringList nameLines; // the name wrapped right of the label
        int start = 0;
        int end = 0;
        bool final = false;
        int reliefFrom = -1; // earliest active month of its relief; -1: none
        int reliefTo = -1;   // one past the latest; horizon when open-ended
        bool openEnded = false;
        QList<int> verified; // distinct verification months of its gate actions
        QString counts;      // "83 placements · $1.2B/yr · 5 actions"
        int violations = 0;
    };
    void paintRuler(QPainter *p, const QRectF &target, double left, double ppm,
                    double bottom) const;
    void paintRow(QPainter *p, const Row &r, const QRectF &target, double y, double left,
                  double ppm) const;
    double rowHeight(const Row &r) const;
    void paintLegend(QPainter *p, const QRectF &target) const;

    const Plan &m_plan;
    QList<Row> m_rows;
    int m_horizon = 1;
};

} // namespace tranche
