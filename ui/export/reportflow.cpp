#include "export/reportflow.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

const QColor kRuleColour(0xa0, 0xae, 0xc0);
const QColor kHeaderFill(0xed, 0xf2, 0xf7);
constexpr double kRuleWidth = 0.75;

// Space above a block of each style (headings get air above them).
double spaceAbove(ReportSpan::Style style, double line)
{
    switch (style) {
    case ReportSpan::Heading1:
        return line * 0.6;
    case ReportSpan::Heading2:
        return line * 0.5;
    case ReportSpan::Heading3:
        return line * 0.35;
    default:
        return line * 0.25;
    }
}

} // namespace

ReportFlow::ReportFlow(const QFont &base)
{
    QFont body = base;
    const double px = base.pixelSize() > 0 ? base.pixelSize() : base.pointSizeF() * 96.0 / 72.0;
    body.setPixelSize(std::max(6, int(std::lround(px))));
    body.setHintingPreference(QFont::PreferNoHinting);
    body.setBold(false);
    body.setItalic(false);
    auto sized = [&](double factor, bool bold, bool italic) {
        QFont f = body;
        f.setPixelSize(std::max(6, int(std::lround(body.pixelSize() * factor))));
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    };
    m_fonts[ReportSpan::Body] = body;
    m_fonts[ReportSpan::Small] = sized(0.85, false, false);
    m_fonts[ReportSpan::Italic] = sized(1, false, true);
    m_fonts[ReportSpan::Bold] = sized(1, true, false);
    m_fonts[ReportSpan::Heading1] = sized(1.65, true, false);
    m_fonts[ReportSpan::Heading2] = sized(1.35, true, false);
    m_fonts[ReportSpan::Heading3] = sized(1.1, true, false);
    m_colour.fill(QColor(Qt::black));
    m_colour[ReportSpan::Small] = QColor(0x4a, 0x55, 0x68);
    m_colour[ReportSpan::Heading1] = QColor(0x1a, 0x36, 0x5d);
    m_colour[ReportSpan::Heading2] = QColor(0x1a, 0x36, 0x5d);
    m_colour[ReportSpan::Heading3] = QColor(0x2d, 0x37, 0x48);
    for (int s = 0; s < ReportSpan::StyleCount; ++s) {
        const QFontMetricsF fm(m_fonts[s]);
        m_lineHeight[s] = std::ceil(fm.lineSpacing());
        m_ascent[s] = fm.ascent();
    }
}

void ReportFlow::heading(int level, const QString &text, bool newPage)
{
    const ReportSpan::Style style = level <= 1   ? ReportSpan::Heading1
                                    : level == 2 ? ReportSpan::Heading2
                                                 : ReportSpan::Heading3;
    m_blocks.append({BlockKind::Heading, newPage, true, ReportSpan{text, style, {}}, -1});
}

void ReportFlow::paragraph(const QString &text, ReportSpan::Style style, const QColor &colour,
                           bool keepWithNext)
{
    m_blocks.append(
        {BlockKind::Paragraph, false, keepWithNext, ReportSpan{text, style, colour}, -1});
}

void ReportFlow::pageBreak()
{
    m_blocks.append({BlockKind::PageBreak, true, false, {}, -1});
}

void ReportFlow::beginTable(const QList<double> &widths, const QStringList &header)
{
    Q_ASSERT(!m_inTable);
    m_inTable = true;
    m_tables.append(
        Table{widths.isEmpty() ? QList<double>(header.size(), 1.0) : widths, header, {}});
    m_blocks.append({BlockKind::Table, false, false, {}, int(m_tables.size() - 1)});
}

void ReportFlow::row(const QList<ReportCell> &cells)
{
    Q_ASSERT(m_inTable);
    m_tables.last().rows.append(cells);
}

void ReportFlow::endTable()
{
    m_inTable = false;
}

void ReportFlow::breakSpan(const ReportSpan &span, double width, double &y, QList<Line> &out) const
{
    // Each piece is shaped once, here: its lines keep their glyph runs, which
    // paint() draws as they are (shaping again at paint time cost as much as
    // the whole layout).
    const double lh = m_lineHeight[span.style];
    const QStringList pieces = span.text.split(u'\n');
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const QString &piece : pieces) {
        if (piece.isEmpty()) {
            out.append({y, piece, span.style, span.colour, {}});
            y += lh;
            continue;
        }
        QTextLayout layout(piece, m_fonts[span.style]);
        layout.setTextOption(option);
        layout.setCacheEnabled(true); // keeps the shaping for glyphRuns()
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
            line.setLineWidth(std::max(1.0, width));
        layout.endLayout();
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            QList<QGlyphRun> runs = line.glyphRuns();
            const QPointF shift(-line.x(), -(line.y() + line.ascent()));
            for (QGlyphRun &run : runs) {
                QList<QPointF> positions = run.positions();
                for (QPointF &pos : positions)
                    pos += shift;
                run.setPositions(positions);
            }
            out.append({y, piece.mid(line.textStart(), line.textLength()).trimmed(), span.style,
                        span.colour, std::move(runs)});
            y += lh;
        }
    }
}

QList<ReportFlow::Line> ReportFlow::breakLines(const ReportCell &cell, double width) const
{
    QList<Line> lines;
    double y = 0;
    for (const ReportSpan &span : cell)
        breakSpan(span, width, y, lines);
    if (lines.isEmpty())
        lines.append({0, QString(), ReportSpan::Body, {}, {}});
    return lines;
}

double ReportFlow::cellHeight(const QList<Line> &lines) const
{
    if (lines.isEmpty())
        return 0;
    return lines.last().top + m_lineHeight[lines.last().style];
}

void ReportFlow::newPage()
{
    m_pages.append(Page{});
    m_y = 0;
}

void ReportFlow::ensureSpace(double height)
{
    if (m_y > 0 && height > spaceLeft())
        newPage();
}

namespace {
constexpr int kCheckEvery = 256; // rows or blocks between calls of keepGoing
} // namespace

int ReportFlow::paginate(const QSizeF &content, const std::function<bool()> &keepGoing)
{
    m_content = content;
    m_pages.clear();
    m_rowPlaces.clear();
    newPage();
    const double width = content.width();

    // Height of the first unbreakable piece of block `i` (what a heading keeps
    // with); a heading or kept paragraph brings the first piece of what it keeps with.
    std::function<double(qsizetype)> firstPiece = [&](qsizetype i) -> double {
        if (i >= m_blocks.size())
            return 0;
        const Block &b = m_blocks.at(i);
        switch (b.kind) {
        case BlockKind::Heading:
        case BlockKind::Paragraph:
            return spaceAbove(b.span.style, m_lineHeight[ReportSpan::Body]) +
                   m_lineHeight[b.span.style] + (b.keepWithNext ? firstPiece(i + 1) : 0);
        case BlockKind::PageBreak:
            return 0;
        case BlockKind::Table:
            // The space above it, its header and its first row (as layoutTable reserves).
            return spaceAbove(ReportSpan::Body, m_lineHeight[ReportSpan::Body]) +
                   2 * (m_lineHeight[ReportSpan::Bold] + 2 * kCellPadding);
        }
        return 0;
    };

    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        if (keepGoing && i % kCheckEvery == kCheckEvery - 1 && !keepGoing()) {
            m_pages.clear();
            return 0;
        }
        const Block &b = m_blocks.at(i);
        if (b.kind == BlockKind::PageBreak || b.newPage) {
            if (m_y > 0)
                newPage();
            if (b.kind == BlockKind::PageBreak)
                continue;
        }
        if (b.kind == BlockKind::Table) {
            if (!layoutTable(m_tables.at(b.table), keepGoing)) {
                m_pages.clear();
                return 0;
            }
            continue;
        }
        const double above = m_y > 0 ? spaceAbove(b.span.style, m_lineHeight[ReportSpan::Body]) : 0;
        QList<Line> lines;
        double y = 0;
        breakSpan(b.span, width, y, lines);
        if (b.keepWithNext)
            ensureSpace(above + y + firstPiece(i + 1));
        else
            ensureSpace(above + m_lineHeight[b.span.style]);
        if (m_y > 0)
            m_y += above;
        double origin = m_y; // page y of the block's line top 0
        for (const Line &line : std::as_const(lines)) {
            const double lh = m_lineHeight[line.style];
            double top = origin + line.top;
            if (top + lh > m_content.height() && top > 0) {
                newPage();
                origin = -line.top;
                top = 0;
            }
            m_pages.last().texts.append({QPointF(0, top + m_ascent[line.style]), line.text,
                                         line.style, line.colour, line.runs});
            m_y = top + lh;
        }
    }
    return pageCount();
}

// The header and the tops of the table's parts as it is placed.
struct ReportFlow::TableLayout
{
    QList<double> xs{0}; // column edges
    int columns = 0;
    QList<QList<Line>> header;
    double headerHeight = 0;
    double chunkTop = 0; // top of the table's part on the current page
};

// The column rules of the table's part on the current page.
void ReportFlow::closeTableChunk(const TableLayout &tl)
{
    Page &page = m_pages.last();
    for (double x : std::as_const(tl.xs))
        page.rules.append(QLineF(x, tl.chunkTop, x, m_y));
}

// Starts the table's part on the current page with its header row.
void ReportFlow::openTableChunk(TableLayout &tl)
{
    const double pad = kCellPadding;
    tl.chunkTop = m_y;
    Page &page = m_pages.last();
    page.fills.append({QRectF(0, m_y, tl.xs.last(), tl.headerHeight), kHeaderFill});
    page.rules.append(QLineF(0, m_y, tl.xs.last(), m_y));
    for (int c = 0; c < tl.columns; ++c) {
        for (const Line &l : std::as_const(tl.header[c]))
            page.texts.append({QPointF(tl.xs[c] + pad, m_y + pad + l.top + m_ascent[l.style]),
                               l.text, l.style, l.colour, l.runs});
    }
    m_y += tl.headerHeight;
    page.rules.append(QLineF(0, m_y, tl.xs.last(), m_y));
}

void ReportFlow::breakTablePage(TableLayout &tl)
{
    closeTableChunk(tl);
    newPage();
    openTableChunk(tl);
}

// Places a row, continuing it on further pages when it is taller than the room left.
void ReportFlow::placeTableRow(TableLayout &tl, const QList<QList<Line>> &lines)
{
    const double pad = kCellPadding;
    double offset = 0; // row-relative top of what is still to place
    while (true) {
        const double room = spaceLeft() - 2 * pad;
        double next = -1; // row-relative top of the first line left for the next page
        double bottom = offset;
        Page &page = m_pages.last();
        for (int c = 0; c < tl.columns; ++c) {
            for (const Line &l : std::as_const(lines[c])) {
                if (l.top < offset)
                    continue;
                const double lb = l.top + m_lineHeight[l.style];
                if (lb - offset > room && l.top > offset) { // (always place one line)
                    next = next < 0 ? l.top : std::min(next, l.top);
                    break;
                }
                page.texts.append(
                    {QPointF(tl.xs[c] + pad, m_y + pad + (l.top - offset) + m_ascent[l.style]),
                     l.text, l.style, l.colour, l.runs});
                bottom = std::max(bottom, lb);
            }
        }
        m_y += bottom - offset + 2 * pad;
        page.rules.append(QLineF(0, m_y, tl.xs.last(), m_y));
        if (next < 0)
            break;
        offset = next;
        breakTablePage(tl);
    }
}

bool ReportFlow::layoutTable(const Table &t, const std::function<bool()> &keepGoing)
{
    const double pad = kCellPadding;
    double sum = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
    if (sum <= 0)
        sum = 1;
    TableLayout tl;
    for (double w : t.widths)
        tl.xs.append(tl.xs.last() + w / sum * m_content.width());
    tl.columns = int(t.widths.size());
    const QList<double> &xs = tl.xs;
    const int columns = tl.columns;

    for (int c = 0; c < columns; ++c) {
        tl.header.append(breakLines({ReportSpan{t.header.value(c), ReportSpan::Bold, {}}},
                                    xs[c + 1] - xs[c] - 2 * pad));
        tl.headerHeight = std::max(tl.headerHeight, cellHeight(tl.header.last()) + 2 * pad);
    }

    if (m_y > 0)
        m_y += spaceAbove(ReportSpan::Body, m_lineHeight[ReportSpan::Body]);
    const double firstRow = t.rows.isEmpty() ? 0 : m_lineHeight[ReportSpan::Body] + 2 * pad;
    ensureSpace(tl.headerHeight + firstRow);
    openTableChunk(tl);

    int rowNumber = 0;
    for (const QList<ReportCell> &cells : t.rows) {
        if (keepGoing && ++rowNumber % kCheckEvery == 0 && !keepGoing())
            return false;
        QList<QList<Line>> lines;
        double height = 0;
        for (int c = 0; c < columns; ++c) {
            lines.append(breakLines(cells.value(c), xs[c + 1] - xs[c] - 2 * pad));
            height = std::max(height, cellHeight(lines.last()));
        }
        height += 2 * pad;
        const double pageRoom = m_content.height() - tl.headerHeight;
        if (height > spaceLeft() && (height <= pageRoom || spaceLeft() < 3 * firstRow))
            breakTablePage(tl);
        m_rowPlaces.append({int(m_pages.size() - 1), m_y, height});
        placeTableRow(tl, lines);
    }
    closeTableChunk(tl);
    return true;
}

void ReportFlow::paint(QPainter *p, int page, const QPointF &topLeft) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    const Page &pg = m_pages.at(page);
    p->save();
    p->translate(topLeft);
    for (const FillOp &f : pg.fills)
        p->fillRect(f.rect, f.fill);
    p->setPen(QPen(kRuleColour, kRuleWidth));
    p->drawLines(pg.rules.constData(), int(pg.rules.size()));
    QColor colour;
    for (const TextOp &t : pg.texts) {
        const QColor c = t.colour.isValid() ? t.colour : m_colour[t.style];
        if (c != colour) {
            colour = c;
            p->setPen(c);
        }
        for (const QGlyphRun &run : t.runs)
            p->drawGlyphRun(t.baseline, run);
    }
    p->restore();
}

QList<ReportFlow::TableContent> ReportFlow::tables() const
{
    QList<TableContent> out;
    for (const Table &t : m_tables)
        out.append({int(t.widths.size()), t.header, t.rows});
    return out;
}

QStringList ReportFlow::pageLines(int page) const
{
    QStringList out;
    if (page < 0 || page >= m_pages.size())
        return out;
    for (const TextOp &t : m_pages.at(page).texts)
        out << t.text;
    return out;
}

} // namespace tranche
