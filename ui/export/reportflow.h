#pragma once
// The text part of the briefing report as a flow of headings, paragraphs and
// tables, broken into lines and pages by Tranche itself and painted straight
// with QPainter. Built for size: a report of thousands of table rows lays out
// in one linear pass (no QTextDocument), and each page paints only its own
// lines. Tables repeat their header row on every page they run onto; a row
// taller than a page is split between lines, so nothing is ever cut off.

#include <QColor>
#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>

class QPainter;

namespace tranche {

// One piece of text in a cell or paragraph; pieces of a cell start on their own line.
struct ReportSpan
{
    enum Style : quint8 { Body, Small, Italic, Bold, Heading1, Heading2, Heading3, StyleCount };
    QString text;
    Style style = Body;
    QColor colour; // invalid: the style's own colour
};
using ReportCell = QList<ReportSpan>;

class ReportFlow
{
public:
    // `base`: the body font (its pixel size drives every style); text is laid
    // out in logical pixels, without hinting, so the same layout paints on
    // screen, PNG, SVG and PDF alike.
    explicit ReportFlow(const QFont &base = QFont());

    // A heading stays on the page of what follows it.
    void heading(int level, const QString &text, bool newPage = false);
    // keepWithNext: the paragraph introduces what follows and stays on its page.
    void paragraph(const QString &text, ReportSpan::Style style = ReportSpan::Body,
                   const QColor &colour = {}, bool keepWithNext = false);
    void pageBreak();
    // A table: `widths` are shares of the content width (normalised), one per
    // column; none given: one equal column per header cell.
    void beginTable(const QList<double> &widths, const QStringList &header);
    void row(const QList<ReportCell> &cells);
    void endTable();

    // Breaks the flow into pages of `content` size; returns the page count (>= 1).
    // `keepGoing`, when given, is called now and then (every few hundred rows
    // and blocks); when it returns false the layout stops and returns 0.
    int paginate(const QSizeF &content, const std::function<bool()> &keepGoing = {});
    int pageCount() const { return int(m_pages.size()); }
    // Paints page `page` (0-based) with its top left corner at `topLeft`.
    void paint(QPainter *p, int page, const QPointF &topLeft) const;
    // The text of page `page`, one string per painted line, in painting order (for tests).
    QStringList pageLines(int page) const;
    // Where each table row landed: (page, y of its top) per row added, in order (for tests).
    struct RowPlace
    {
        int page = 0;
        double top = 0;
        double height = 0;
    };
    const QList<RowPlace> &rowPlaces() const { return m_rowPlaces; }
    // Each table as added: its column count, header and rows (for tests).
    struct TableContent
    {
        int columns = 0;
        QStringList header;
        QList<QList<ReportCell>> rows;
    };
    QList<TableContent> tables() const;

    QFont font(ReportSpan::Style style) const { return m_fonts.at(style); }
    double lineHeight(ReportSpan::Style style) const { return m_lineHeight.at(style); }
    static constexpr double kCellPadding = 3;

private:
    enum class BlockKind : quint8 { Heading, Paragraph, PageBreak, Table };
    struct Block
    {
        BlockKind kind;
        bool newPage = false;
        bool keepWithNext = false; // headings always keep with the next block
        ReportSpan span;           // heading, paragraph
        int table = -1;            // index in m_tables
    };
    struct Table
    {
        QList<double> widths;
        QStringList header;
        QList<QList<ReportCell>> rows;
    };
    // One line of text placed on a page.
    struct TextOp
    {
        QPointF baseline;
        QString text;
        ReportSpan::Style style;
        QColor colour;
        QList<QGlyphRun> runs; // shaped once by layout, positions relative to the baseline
    };
    struct FillOp // a filled rectangle (table header rows)
    {
        QRectF rect;
        QColor fill;
    };
    struct Page
    {
        QList<TextOp> texts;
        QList<FillOp> fills;
        QList<QLineF> rules;
    };
    // A laid-out line of a cell or paragraph, relative to its box.
    struct Line
    {
        double top;
        QString text;
        ReportSpan::Style style;
        QColor colour;
        QList<QGlyphRun> runs; // relative to the line's baseline
    };

    QList<Line> breakLines(const ReportCell &cell, double width) const;
    void breakSpan(const ReportSpan &span, double width, double &y, QList<Line> &out) const;
    double cellHeight(const QList<Line> &lines) const;
    struct TableLayout;
    bool layoutTable(const Table &t, const std::function<bool()> &keepGoing);
    void openTableChunk(TableLayout &tl);
    void closeTableChunk(const TableLayout &tl);
    void breakTablePage(TableLayout &tl);
    void placeTableRow(TableLayout &tl, const QList<QList<Line>> &lines);
    void newPage();
    void ensureSpace(double height);
    double spaceLeft() const { return m_content.height() - m_y; }

    std::array<QFont, ReportSpan::StyleCount> m_fonts;
    std::array<double, ReportSpan::StyleCount> m_lineHeight{};
    std::array<double, ReportSpan::StyleCount> m_ascent{};
    std::array<QColor, ReportSpan::StyleCount> m_colour;
    QList<Block> m_blocks;
    QList<Table> m_tables;
    bool m_inTable = false;

    // Pagination state.
    QSizeF m_content;
    QList<Page> m_pages;
    QList<RowPlace> m_rowPlaces;
    double m_y = 0;
};

} // namespace tranche
