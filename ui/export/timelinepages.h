#pragma once
// The timeline of a plan laid out for paper: one row per phase, per gate
// action and per relief placement, each labelled in full (wrapped, never
// elided) in a label column at the left, its months drawn on a month axis at
// the right. The rows are cut into pages by height and the months into pages
// by width; every page repeats the month header (years and months) and the
// label column, and a phase that continues from the page before is named again
// at the page's top. Text is at least kMinFontPx (7.5 pt on an A4 page at 96
// dpi). Used by the timeline export (PDF pages, one PNG or SVG per page) and
// by the briefing report's timeline pages.

#include "model/finding.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <utility>

class QPainter;

namespace tranche {

class TimelinePages
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePages)
public:
    TimelinePages(const Plan &plan, const QList<Finding> &findings);

    // The exports' paper font: `px` logical pixels, unhinted.
    static QFont paperFont(double px, bool bold = false);
    // `text` cut into lines no wider than `width`, at word boundaries where it
    // can be and anywhere in a word too long for a line: every character kept.
    static QStringList wrap(const QString &text, const QFont &font, double width);

    // The smallest text drawn, in 96-dpi logical pixels (7.5 pt).
    static constexpr double kMinFontPx = 10;
    // Months are never drawn narrower than this; a longer plan takes more
    // pages across.
    static constexpr double kMinPixelsPerMonth = 5;
    // Pages whose content is smaller are laid out at this size and drawn
    // scaled down into it (a PNG of a tiny size asked for).
    static constexpr QSizeF kMinContent{480, 240};

    // Lays the timeline out for pages whose content rectangle is `content`
    // (logical pixels); returns the page count (at least 1).
    int layout(const QSizeF &content);
    int pageCount() const { return int(m_pages.size()); }

    // What page `index` shows: months [firstMonth, endMonth), rows
    // [firstRow, endRow) and the phases those rows belong to.
    struct Page
    {
        int firstMonth = 0;
        int endMonth = 0;
        int firstRow = 0;
        int endRow = 0;
    };
    Page page(int index) const { return m_pages.at(index); }
    QList<int> phasesOn(int index) const;
    // "months 0–119", for the page's subject line.
    QString monthsText(int index) const;
    // The label of phase `phase` as every page names it: "p1 · Interim · Freeze".
    QString phaseLabel(int phase) const;

    // Paints page `index` into `content` (the size given to layout()).
    void paint(QPainter *p, const QRectF &content, int index) const;
    // The content size the pages are laid out for (at least kMinContent).
    QSizeF contentSize() const { return m_content; }

private:
    enum class RowKind { Phase, Action, Relief };
    struct Row
    {
        Row() = default;
        Row(RowKind k, int ph, int i) : kind(k), phase(ph), index(i) {}
        RowKind kind = RowKind::Phase;
        int phase = 0;
        int index = 0;  // action or placement index in the phase
        QString title;  // bold line(s) of a phase row; the label otherwise
        QString detail; // a phase row's second part
        int start = 0;  // months drawn: bar or band [start, end), marker at start
        int end = 0;
        bool open = false; // open-ended relief: drawn to the horizon with an arrow
        double escrow = 0;
        int severity = -1; // worst non-waived finding of a placement; -1: none
        QStringList titleLines;
        QStringList detailLines;
        double height = 0;
    };

    void addPhaseRows(int phase, const QList<Finding> &findings);
    void wrapRows(double labelWidth);
    void paginateRows(double height);
    QList<std::pair<int, int>> monthRanges(double width) const;
    double rowHeight(const Row &row) const;

    void paintPage(QPainter *p, const QRectF &content, const Page &pg) const;
    void paintHeader(QPainter *p, const QRectF &area, const Page &pg, double ppm) const;
    void paintRow(QPainter *p, const Row &row, const QRectF &label, const QRectF &body,
                  const Page &pg, double ppm) const;
    void paintRowLabel(QPainter *p, const Row &row, const QRectF &label) const;
    void paintRowBody(QPainter *p, const Row &row, const QRectF &body, const Page &pg,
                      double ppm) const;
    void paintLegend(QPainter *p, const QRectF &area) const;
    Row continuation(int phase) const;
    QString monthName(int month, bool withYear) const;

    const Plan &m_plan;
    int m_horizon = 1;
    QFont m_font;
    QFont m_bold;
    QFont m_small;
    QSizeF m_content;
    double m_labelWidth = 0;
    QList<Row> m_rows;
    QList<std::pair<int, int>> m_rowPages; // [first, end) rows of each page down
    QList<Page> m_pages;
};

} // namespace tranche
