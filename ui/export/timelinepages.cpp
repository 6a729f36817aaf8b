#include "export/timelinepages.h"

#include "export/papercolours.h"
#include "model/catalogindex.h"
#include "model/money.h"
#include "model/monthlabel.h"
#include "timeline/timelinepainter.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tranche {

using namespace paper;

namespace {

constexpr double kPad = 3;       // above and below a row's text
constexpr double kIndent = 14;   // action and relief labels, right of their key
constexpr double kGap = 6;       // between the label column and the months
constexpr double kLegendGap = 4; // above the legend
constexpr double kBarHeight = 9; // relief bars and phase bands in their rows

} // namespace

QFont TimelinePages::paperFont(double px, bool bold)
{
    QFont f;
    f.setPixelSize(int(px));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QStringList TimelinePages::wrap(const QString &text, const QFont &font, double width)
{
    if (text.isEmpty())
        return {};
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(1.0, width));
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    lines.removeAll(QString());
    return lines;
}

namespace {

void drawDiamond(QPainter *p, const QPointF &c, double r, const QColor &colour)
{
    const QPointF points[4] = {QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
                               QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y())};
    p->setPen(Qt::NoPen);
    p->setBrush(colour);
    p->drawConvexPolygon(points, 4);
    p->setBrush(Qt::NoBrush);
}

// The lower `share` of `bar`, hatched at 45 degrees without a clip path.
void drawEscrowHatch(QPainter *p, const QRectF &bar, double share)
{
    const QRectF h(bar.left(), bar.bottom() - bar.height() * share, bar.width(),
                   bar.height() * share);
    const double H = h.height();
    if (H <= 0)
        return;
    QList<QLineF> lines;
    for (double x = h.left() - H; x < h.right(); x += 4) {
        const double t0 = std::max(0.0, (h.left() - x) / H);
        const double t1 = std::min(1.0, (h.right() - x) / H);
        if (t0 < t1)
            lines << QLineF(x + H * t0, h.bottom() - H * t0, x + H * t1, h.bottom() - H * t1);
    }
    p->setPen(QPen(QColor(255, 255, 255, 200), 1));
    p->drawLines(lines.constData(), int(lines.size()));
}

} // namespace

TimelinePages::TimelinePages(const Plan &plan, const QList<Finding> &findings)
    : m_plan(plan), m_horizon(std::max(1, plan.horizon())), m_font(paperFont(11)),
      m_bold(paperFont(11, true)), m_small(paperFont(kMinFontPx))
{
    for (int i = 0; i < plan.phases.size(); ++i)
        addPhaseRows(i, findings);
}

QString TimelinePages::monthName(int month, bool withYear) const
{
    const std::optional<QDate> d = m_plan.monthDate(month);
    if (!d)
        return tr("M%1").arg(month);
    return withYear ? monthLabel(*d) : QLocale().toString(*d, u"MMM"_s);
}

QString TimelinePages::phaseLabel(int phase) const
{
    const Phase &ph = m_plan.phases.at(phase);
    const QString kind = ph.kind == PhaseKind::Final ? tr("Final") : tr("Interim");
    return tr("%1 · %2 · %3").arg(ph.id, kind, nameOrId(ph));
}

void TimelinePages::addPhaseRows(int phase, const QList<Finding> &findings)
{
    const Phase &ph = m_plan.phases.at(phase);
    const CatalogIndex index(m_plan.catalog);
    QHash<QString, int> worst; // item -> severity of its non-waived findings in this phase
    int violations = 0;
    for (const Finding &f : findings) {
        if (f.waived || f.phase != ph.id)
            continue;
        violations += f.severity == Severity::Violation ? 1 : 0;
        if (!f.item.isEmpty())
            worst[f.item] = std::max(worst.value(f.item, -1), int(f.severity));
    }
    Row head;
    head.phase = phase;
    head.title = phaseLabel(phase);
    double annual = 0;
    for (const Placement &pl : ph.reliefs) {
        if (const SanctionsItem *item = index.item(m_plan.catalog, pl.item))
            annual += item->annualValueUsd * pl.extent;
    }
    QString detail = tr("months %1–%2").arg(ph.start).arg(ph.end);
    if (m_plan.monthDate(0) && ph.end > ph.start)
        detail +=
            u" ("_s + monthName(ph.start, true) + u" – "_s + monthName(ph.end - 1, true) + u')';
    detail += u" · "_s + tr("%n gate action(s)", nullptr, int(ph.actions.size())) + u" · "_s +
              tr("relief %1/yr in %n placement(s)", nullptr, int(ph.reliefs.size()))
                  .arg(formatMoney(annual));
    if (violations > 0)
        detail += u" · "_s + tr("%n violation(s)", nullptr, violations);
    head.detail = detail;
    head.start = ph.start;
    head.end = ph.end;
    m_rows << head;
    for (int i = 0; i < ph.actions.size(); ++i) {
        const RequiredAction &ra = ph.actions.at(i);
        Row row{RowKind::Action, phase, i};
        row.title = tr("%1 — verified %2")
                        .arg(nameOrId(index.action(m_plan.catalog, ra.action), ra.action),
                             monthName(ra.verifiedMonth, true));
        row.start = ra.verifiedMonth;
        row.end = ra.verifiedMonth + 1;
        m_rows << row;
    }
    for (int i = 0; i < ph.reliefs.size(); ++i) {
        const Placement &pl = ph.reliefs.at(i);
        Row row{RowKind::Relief, phase, i};
        QString label = nameOrId(index.item(m_plan.catalog, pl.item), pl.item);
        if (pl.extent < 1.0)
            label += u" · "_s + formatShare(pl.extent);
        if (pl.escrowShare > 0)
            label += u" · "_s + tr("%1 escrowed").arg(formatShare(pl.escrowShare));
        row.title = label;
        row.start = pl.start;
        row.open = !pl.end.has_value();
        row.end = pl.end.value_or(m_horizon);
        row.escrow = std::clamp(pl.escrowShare, 0.0, 1.0);
        row.severity = worst.value(pl.item, -1);
        m_rows << row;
    }
}

double TimelinePages::rowHeight(const Row &row) const
{
    const double bold = QFontMetricsF(m_bold).lineSpacing();
    const double normal =
        QFontMetricsF(row.kind == RowKind::Phase ? m_small : m_font).lineSpacing();
    const double text = row.titleLines.size() * (row.kind == RowKind::Phase ? bold : normal) +
                        row.detailLines.size() * normal;
    return std::max(text, kBarHeight + 2) + 2 * kPad;
}

void TimelinePages::wrapRows(double labelWidth)
{
    for (Row &row : m_rows) {
        const double width = row.kind == RowKind::Phase ? labelWidth - 8 : labelWidth - kIndent;
        row.titleLines = wrap(row.title, row.kind == RowKind::Phase ? m_bold : m_font, width);
        row.detailLines = wrap(row.detail, m_small, width);
        row.height = rowHeight(row);
    }
}

TimelinePages::Row TimelinePages::continuation(int phase) const
{
    Row row = m_rows.at(0);
    for (const Row &r : m_rows) {
        if (r.kind == RowKind::Phase && r.phase == phase) {
            row = r;
            break;
        }
    }
    row.title = tr("%1 (continued)").arg(row.title);
    row.detail.clear();
    row.titleLines = wrap(row.title, m_bold, m_labelWidth - 8);
    row.detailLines.clear();
    row.height = rowHeight(row);
    return row;
}

// Rows cut into pages of `height`; a page that starts inside a phase first
// repeats that phase's label, so its height is counted too.
void TimelinePages::paginateRows(double height)
{
    m_rowPages.clear();
    int first = 0;
    while (first < m_rows.size()) {
        const Row &top = m_rows.at(first);
        double used = top.kind == RowKind::Phase ? 0 : continuation(top.phase).height;
        int end = first;
        while (end < m_rows.size() && (end == first || used + m_rows.at(end).height <= height)) {
            used += m_rows.at(end).height;
            ++end;
        }
        m_rowPages << std::pair{first, end};
        first = end;
    }
    if (m_rowPages.isEmpty())
        m_rowPages << std::pair{0, 0};
}

// The months of each page across: equal spans, whole years when that costs no
// page, each at least kMinPixelsPerMonth wide.
QList<std::pair<int, int>> TimelinePages::monthRanges(double width) const
{
    const int most = std::max(1, int(std::floor(width / kMinPixelsPerMonth)));
    const int count = (m_horizon + most - 1) / most;
    int span = (m_horizon + count - 1) / count;
    if (count > 1 && (span + 11) / 12 * 12 <= most)
        span = (span + 11) / 12 * 12;
    QList<std::pair<int, int>> ranges;
    for (int m = 0; m < m_horizon; m += span)
        ranges << std::pair{m, std::min(m_horizon, m + span)};
    return ranges;
}

int TimelinePages::layout(const QSizeF &size)
{
    // A page smaller than this is laid out at this size and drawn scaled down.
    const QSizeF content(std::max(size.width(), kMinContent.width()),
                         std::max(size.height(), kMinContent.height()));
    m_content = content;
    m_labelWidth = std::clamp(content.width() * 0.24, 150.0, 280.0);
    wrapRows(m_labelWidth);
    const QFontMetricsF small(m_small);
    const double header = 2 * small.lineSpacing() + 6;
    const double legend = small.lineSpacing() + kLegendGap;
    paginateRows(std::max(1.0, content.height() - header - legend));
    const QList<std::pair<int, int>> months =
        monthRanges(std::max(1.0, content.width() - m_labelWidth - kGap));
    m_pages.clear();
    for (const auto &[firstRow, endRow] : m_rowPages) {
        for (const auto &[firstMonth, endMonth] : months)
            m_pages << Page{firstMonth, endMonth, firstRow, endRow};
    }
    return int(m_pages.size());
}

QList<int> TimelinePages::phasesOn(int index) const
{
    QList<int> phases;
    const Page &pg = m_pages.at(index);
    for (int r = pg.firstRow; r < pg.endRow; ++r) {
        if (!phases.contains(m_rows.at(r).phase))
            phases << m_rows.at(r).phase;
    }
    return phases;
}

QString TimelinePages::monthsText(int index) const
{
    const Page &pg = m_pages.at(index);
    return tr("months %1–%2").arg(pg.firstMonth).arg(pg.endMonth - 1);
}

// Two lines over the months: the years (or the page's first year), then the
// months at the widest step their names fit; a grid line at each labelled month.
void TimelinePages::paintHeader(QPainter *p, const QRectF &area, const Page &pg, double ppm) const
{
    const QFontMetricsF fm(m_small);
    const bool dated = m_plan.monthDate(0).has_value();
    const double nameWidth = fm.horizontalAdvance(dated ? u"Mmm"_s : u"M000"_s) + 6;
    int step = 12;
    for (int s : {1, 2, 3, 6, 12}) {
        if (s * ppm >= nameWidth) {
            step = s;
            break;
        }
    }
    const double line = fm.lineSpacing();
    const auto x = [&](int m) { return area.left() + (m - pg.firstMonth) * ppm; };
    p->setFont(m_small);
    for (int m = pg.firstMonth; m < pg.endMonth; ++m) {
        const std::optional<QDate> d = m_plan.monthDate(m);
        const int toNextYear = d ? (13 - d->month()) % 12 : (12 - m % 12) % 12;
        const bool yearStart = toNextYear == 0;
        const QString year = d ? QString::number(d->year()) : tr("Year %1").arg(m / 12 + 1);
        // The page's first year is named at its first month when its label
        // fits before the next year's; else the next year's label is the first.
        const bool roomy = toNextYear * ppm >= fm.horizontalAdvance(year) + 4;
        if (yearStart || (m == pg.firstMonth && roomy)) {
            p->setPen(kText);
            p->drawText(QPointF(x(m) + 2, area.top() + fm.ascent() + 1), year);
            p->setPen(QPen(kRule, 0.75));
            p->drawLine(QPointF(x(m), area.top()), QPointF(x(m), area.bottom()));
        }
        if ((m - pg.firstMonth) % step == 0 && x(m) + nameWidth - 4 <= area.right()) {
            p->setPen(kMuted);
            p->drawText(QPointF(x(m) + 2, area.top() + line + fm.ascent() + 2),
                        dated ? monthName(m, false) : tr("M%1").arg(m));
        }
    }
    p->setPen(QPen(kRule, 0.75));
    p->drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
}

void TimelinePages::paintRowLabel(QPainter *p, const Row &row, const QRectF &label) const
{
    double y = label.top() + kPad;
    const bool phase = row.kind == RowKind::Phase;
    const QFont &titleFont = phase ? m_bold : m_font;
    const QFontMetricsF tfm(titleFont), dfm(m_small);
    const double left = label.left() + (phase ? 2 : kIndent);
    if (row.kind == RowKind::Action)
        drawDiamond(p, QPointF(label.left() + 6, y + tfm.height() / 2), 4, kAction);
    if (row.kind == RowKind::Relief && row.severity >= 0) {
        p->setPen(Qt::NoPen);
        p->setBrush(TimelinePainter::severityColor(row.severity));
        p->drawEllipse(QPointF(label.left() + 6, y + tfm.height() / 2), 3.5, 3.5);
        p->setBrush(Qt::NoBrush);
    }
    p->setPen(kText);
    p->setFont(titleFont);
    for (const QString &line : row.titleLines) {
        p->drawText(QPointF(left, y + tfm.ascent()), line);
        y += tfm.lineSpacing();
    }
    p->setPen(kMuted);
    p->setFont(m_small);
    for (const QString &line : row.detailLines) {
        p->drawText(QPointF(left, y + dfm.ascent()), line);
        y += dfm.lineSpacing();
    }
}

void TimelinePages::paintRowBody(QPainter *p, const Row &row, const QRectF &body, const Page &pg,
                                 double ppm) const
{
    const Phase &ph = m_plan.phases.at(row.phase);
    const bool final = ph.kind == PhaseKind::Final;
    const auto x = [&](double m) {
        return body.left() +
               (std::clamp<double>(m, pg.firstMonth, pg.endMonth) - pg.firstMonth) * ppm;
    };
    // The phase's months behind every row of the phase.
    p->fillRect(QRectF(x(ph.start), body.top(), x(ph.end) - x(ph.start), body.height()),
                final ? kFinalBand : kInterimBand);
    const double cy = body.top() + kPad + QFontMetricsF(m_font).height() / 2;
    switch (row.kind) {
    case RowKind::Phase: {
        const QRectF band(x(row.start), cy - kBarHeight / 2, x(row.end) - x(row.start), kBarHeight);
        p->fillRect(band, final ? kFinalBar.lighter(140) : kInterimBar.lighter(140));
        break;
    }
    case RowKind::Action:
        if (row.start >= pg.firstMonth && row.start < pg.endMonth)
            drawDiamond(p, QPointF(x(row.start + 0.5), cy), std::min(5.0, std::max(3.0, ppm)),
                        kAction);
        break;
    case RowKind::Relief: {
        if (row.end <= pg.firstMonth || row.start >= pg.endMonth)
            break;
        const QRectF bar(x(row.start), cy - kBarHeight / 2,
                         std::max(1.5, x(row.end) - x(row.start)), kBarHeight);
        p->fillRect(bar, final ? kFinalBar : kInterimBar);
        drawEscrowHatch(p, bar, row.escrow);
        if (row.open && row.end >= pg.endMonth) {
            QPainterPath arrow;
            arrow.moveTo(bar.right() - 5, bar.top() - 2);
            arrow.lineTo(bar.right(), bar.center().y());
            arrow.lineTo(bar.right() - 5, bar.bottom() + 2);
            arrow.closeSubpath();
            p->fillPath(arrow, kText);
        }
        break;
    }
    }
}

void TimelinePages::paintRow(QPainter *p, const Row &row, const QRectF &label, const QRectF &body,
                             const Page &pg, double ppm) const
{
    if (row.kind == RowKind::Phase) {
        p->setPen(QPen(kRule, 0.75));
        p->drawLine(QPointF(label.left(), label.top()), QPointF(body.right(), label.top()));
    }
    paintRowBody(p, row, body, pg, ppm);
    paintRowLabel(p, row, label);
}

// One line under the rows: what the shapes mean.
void TimelinePages::paintLegend(QPainter *p, const QRectF &area) const
{
    const QFontMetricsF fm(m_small);
    const double cy = area.top() + fm.height() / 2;
    double x = area.left();
    p->setFont(m_small);
    const auto text = [&](const QString &s) {
        p->setPen(kMuted);
        p->drawText(QPointF(x, area.top() + fm.ascent()), s);
        x += fm.horizontalAdvance(s) + 14;
    };
    p->fillRect(QRectF(x, cy - 4, 8, 8), kInterimBand.darker(108));
    p->fillRect(QRectF(x + 8, cy - 4, 8, 8), kFinalBand);
    x += 20;
    text(tr("phase months (interim, final)"));
    const QRectF bar(x, cy - 4, 22, 8);
    p->fillRect(bar, kInterimBar);
    drawEscrowHatch(p, bar, 0.5);
    x += 26;
    text(tr("relief placement (hatched: escrowed share; arrow: open-ended)"));
    drawDiamond(p, QPointF(x + 4, cy), 4, kAction);
    x += 12;
    text(tr("counterpart step, month verified"));
    for (int s : {int(Severity::Violation), int(Severity::Warning), int(Severity::Info)}) {
        p->setPen(Qt::NoPen);
        p->setBrush(TimelinePainter::severityColor(s));
        p->drawEllipse(QPointF(x + 3.5, cy), 3.5, 3.5);
        x += 9;
    }
    p->setBrush(Qt::NoBrush);
    x += 3;
    text(tr("finding (violation, warning, info)"));
}

void TimelinePages::paint(QPainter *p, const QRectF &target, int index) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    const double scale =
        std::min({1.0, target.width() / m_content.width(), target.height() / m_content.height()});
    p->save();
    p->translate(target.topLeft());
    p->scale(scale, scale);
    paintPage(p, QRectF(QPointF(0, 0), m_content), m_pages.at(index));
    p->restore();
}

void TimelinePages::paintPage(QPainter *p, const QRectF &content, const Page &pg) const
{
    const QFontMetricsF small(m_small);
    const double headerH = 2 * small.lineSpacing() + 6;
    const double bodyLeft = content.left() + m_labelWidth + kGap;
    const QList<std::pair<int, int>> months = monthRanges(content.right() - bodyLeft);
    const int span = months.isEmpty() ? 1 : months.first().second - months.first().first;
    const double ppm = (content.right() - bodyLeft) / std::max(1, span);
    const double monthsRight = bodyLeft + (pg.endMonth - pg.firstMonth) * ppm;

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRectF header(bodyLeft, content.top(), monthsRight - bodyLeft, headerH);
    paintHeader(p, header, pg, ppm);
    p->setPen(kText);
    p->setFont(m_bold);
    p->drawText(QRectF(content.left(), content.top(), m_labelWidth, headerH),
                Qt::AlignLeft | Qt::AlignVCenter, tr("Phases and steps"));
    double y = header.bottom();
    const auto place = [&](const Row &row) {
        paintRow(p, row, QRectF(content.left(), y, m_labelWidth, row.height),
                 QRectF(bodyLeft, y, monthsRight - bodyLeft, row.height), pg, ppm);
        y += row.height;
    };
    if (pg.firstRow < pg.endRow && m_rows.at(pg.firstRow).kind != RowKind::Phase)
        place(continuation(m_rows.at(pg.firstRow).phase));
    for (int r = pg.firstRow; r < pg.endRow; ++r)
        place(m_rows.at(r));
    p->setPen(QPen(kRule, 0.75));
    p->drawLine(QPointF(content.left(), y), QPointF(monthsRight, y));
    p->drawLine(QPointF(bodyLeft, content.top()), QPointF(bodyLeft, y));
    paintLegend(p, QRectF(content.left(), content.bottom() - small.lineSpacing(), content.width(),
                          small.lineSpacing()));
    p->restore();
}

} // namespace tranche
