#include "reportwriter.h"

#include "flowcharts.h"
#include "money.h"
#include "timelinepainter.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

constexpr int kMaxTimelinePages = 4;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString exact(double usd)
{
    return u'$' + QLocale().toString(static_cast<qint64>(std::llround(usd)));
}

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Violation:
        return ReportWriter::tr("Violation");
    case Severity::Warning:
        return ReportWriter::tr("Warning");
    case Severity::Info:
        return ReportWriter::tr("Info");
    }
    return {};
}

QString severityColour(Severity s)
{
    switch (s) {
    case Severity::Violation:
        return u"#c53030"_s;
    case Severity::Warning:
        return u"#b7791f"_s;
    case Severity::Info:
        return u"#2b6cb0"_s;
    }
    return {};
}

QString authorityText(Authority a)
{
    return toString(a);
}

const Waiver *matchingWaiver(const QList<Waiver> &waivers, const Finding &f)
{
    for (const Waiver &w : waivers) {
        if (w.rule == f.rule && w.phase == f.phase && w.item == f.item)
            return &w;
    }
    return nullptr;
}

const char *const kTableOpen =
    "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
    "style=\"border-collapse: collapse; border-color: #a0aec0; border-style: solid;\">";

// widths: percentages of the table width, one per cell (or none).
QString headerRow(const QStringList &cells, const QList<int> &widths = {})
{
    QString row = u"<tr style=\"background-color: #edf2f7;\">"_s;
    for (int i = 0; i < cells.size(); ++i) {
        const QString width = i < widths.size() ? u" width=\"%1%\""_s.arg(widths.at(i)) : QString();
        row += u"<th align=\"left\""_s + width + u'>' + esc(cells.at(i)) + u"</th>"_s;
    }
    return row + u"</tr>"_s;
}

// Cells are HTML already.
QString row(const QStringList &cells)
{
    QString r = u"<tr>"_s;
    for (const QString &c : cells)
        r += u"<td>"_s + c + u"</td>"_s;
    return r + u"</tr>"_s;
}

} // namespace

ReportWriter::ReportWriter(Exporter &exporter) : m_exporter(exporter) {}

ReportWriter::~ReportWriter() = default;

QSizeF ReportWriter::defaultPageSize()
{
    // A4 landscape (297 x 210 mm) less 8 mm margins, at 96 dpi.
    const double perMm = 96.0 / 25.4;
    return QSizeF(std::floor((297 - 16) * perMm), std::floor((210 - 16) * perMm));
}

int ReportWriter::layout(const QSizeF &pageSize)
{
    m_pageSize = pageSize;
    m_textRect =
        Exporter::paintFrame(nullptr, QRectF(QPointF(0, 0), pageSize), m_exporter.titleBlock({}));
    m_text = std::make_unique<QTextDocument>();
    QFont font = QApplication::font();
    font.setPointSizeF(9);
    m_text->setDefaultFont(font);
    m_text->setDocumentMargin(2);
    m_text->setDefaultStyleSheet(
        u"h1 { font-size: 15pt; color: #1a365d; } h2 { font-size: 12pt; color: #1a365d; } "
        "h3 { font-size: 10pt; color: #2d3748; } th { font-weight: bold; } "
        "p.note { color: #4a5568; }"_s);
    m_text->setHtml(textHtml());
    m_text->setPageSize(m_textRect.size());

    // The timeline at the page's width, cut into up to kMaxTimelinePages
    // slices one below the other (scaled down further when even that is short).
    const QSizeF natural = TimelinePainter::naturalSize(m_exporter.plan());
    m_timelineScale = 1;
    m_timelinePages = 1;
    if (!natural.isEmpty()) {
        m_timelineScale = std::min(1.0, m_textRect.width() / natural.width());
        const double height = natural.height() * m_timelineScale;
        m_timelinePages = std::clamp(
            static_cast<int>(std::ceil(height / m_textRect.height() - 1e-6)), 1, kMaxTimelinePages);
        m_timelineScale =
            std::min(m_timelineScale, m_timelinePages * m_textRect.height() / natural.height());
    }
    m_pageCount = 1 + m_timelinePages + 2 + std::max(1, m_text->pageCount());
    return m_pageCount;
}

QString ReportWriter::pageText(int number) const
{
    return tr("Page %1 of %2").arg(number).arg(m_pageCount);
}

bool ReportWriter::paint(QPainter *p, const std::function<bool()> &newPage,
                         const ExportProgress &progress)
{
    if (!m_text)
        layout(defaultPageSize());
    const QRectF page(QPointF(0, 0), m_pageSize);
    for (int i = 0; i < m_pageCount; ++i) {
        if (progress && !progress(i, m_pageCount))
            return false;
        if (i > 0 && !newPage())
            return false;
        const int number = i + 1;
        const int firstChart = 1 + m_timelinePages;
        if (i == 0) {
            paintTitlePage(p, page, number);
        } else if (i < firstChart) {
            paintTimelinePage(p, page, i - 1, number);
        } else if (i == firstChart) {
            const QRectF content = Exporter::paintFrame(
                p, page, m_exporter.titleBlock(tr("Value per month")), pageText(number));
            m_exporter.charts()->render(FlowCharts::Kind::Monthly, p, content);
        } else if (i == firstChart + 1) {
            const QRectF content = Exporter::paintFrame(
                p, page, m_exporter.titleBlock(tr("Value per phase and exposure")),
                pageText(number));
            const double gap = 8;
            const double half = (content.width() - gap) / 2;
            m_exporter.charts()->render(FlowCharts::Kind::Phases, p,
                                        QRectF(content.topLeft(), QSizeF(half, content.height())));
            m_exporter.charts()->render(FlowCharts::Kind::Exposure, p,
                                        QRectF(QPointF(content.left() + half + gap, content.top()),
                                               QSizeF(half, content.height())));
        } else {
            paintTextPage(p, page, i - firstChart - 2, number);
        }
    }
    if (progress)
        progress(m_pageCount, m_pageCount);
    return true;
}

void ReportWriter::paintTitlePage(QPainter *p, const QRectF &page, int number)
{
    const Plan &plan = m_exporter.plan();
    const QRectF content = Exporter::paintFrame(
        p, page, m_exporter.titleBlock(tr("Briefing report")), pageText(number));
    const ValueFlow &flow = m_exporter.charts()->model()->flow();

    int violations = 0, warnings = 0, infos = 0, waived = 0;
    for (const Finding &f : m_exporter.findings()) {
        if (f.waived)
            ++waived;
        else if (f.severity == Severity::Violation)
            ++violations;
        else if (f.severity == Severity::Warning)
            ++warnings;
        else
            ++infos;
    }
    double released = 0, peakBalance = 0;
    for (const FlowMonth &m : flow.months) {
        released += m.released;
        peakBalance = std::max(peakBalance, m.escrowBalance);
    }
    QString horizon = tr("%n month(s)", nullptr, flow.horizon);
    if (plan.monthDate(0) && flow.horizon > 0)
        horizon += tr(" (%1 to %2)")
                       .arg(QLocale().toString(*plan.monthDate(0), u"MMM yyyy"_s),
                            QLocale().toString(*plan.monthDate(flow.horizon - 1), u"MMM yyyy"_s));

    QString html = u"<div align=\"center\">"_s;
    html += u"<p style=\"font-size: 26pt; font-weight: bold; color: #1a365d;\">"_s +
            esc(plan.meta.title.isEmpty() ? tr("Untitled plan") : plan.meta.title) + u"</p>"_s;
    html += u"<p style=\"font-size: 14pt; color: #2d3748;\">"_s + esc(tr("Briefing report")) +
            u"</p>"_s;
    QStringList facts;
    if (!plan.meta.counterpart.isEmpty())
        facts << tr("Counterpart: %1").arg(esc(plan.meta.counterpart));
    facts << tr("Classification: %1").arg(esc(plan.meta.classification.toUpper()));
    if (!m_exporter.source().isEmpty())
        facts << tr("Scenario: %1").arg(esc(m_exporter.source()));
    facts << tr("Rule profile: %1").arg(esc(plan.meta.profile));
    facts << tr("Date: %1").arg(esc(QLocale().toString(m_exporter.date(), QLocale::LongFormat)));
    html += u"<p style=\"font-size: 11pt;\">"_s + facts.join(u"<br>"_s) + u"</p></div>"_s;

    html += u"<h2>"_s + esc(tr("Key figures")) + u"</h2>"_s;
    html += QLatin1StringView(kTableOpen);
    auto fact = [&](const QString &k, const QString &v) { html += row({esc(k), esc(v)}); };
    fact(tr("Phases"), QString::number(plan.phases.size()));
    fact(tr("Horizon"), horizon);
    fact(tr("Payout month"), flow.payoutMonth ? m_exporter.charts()->monthLabel(*flow.payoutMonth)
                                              : tr("none (escrow is never paid out)"));
    fact(tr("Inducement ratio"), m_exporter.charts()->inducementText());
    fact(tr("Released over the horizon"), formatMoney(released) + u" ("_s + exact(released) + u')');
    fact(tr("Largest escrow balance"), formatMoney(peakBalance));
    fact(tr("Findings"), tr("%1 violations, %2 warnings, %3 info, %4 waived")
                             .arg(violations)
                             .arg(warnings)
                             .arg(infos)
                             .arg(waived));
    html += u"</table>"_s;
    html += u"<p class=\"note\">"_s +
            esc(tr("Contents: title page; timeline (%1); value per month (page %2); value per "
                   "phase and exposure (page %3); phases, walk-away what-ifs, findings and "
                   "sources (pages %4 to %5).")
                    .arg(m_timelinePages > 1 ? tr("pages 2 to %1").arg(1 + m_timelinePages)
                                             : tr("page 2"))
                    .arg(2 + m_timelinePages)
                    .arg(3 + m_timelinePages)
                    .arg(4 + m_timelinePages)
                    .arg(m_pageCount)) +
            u"</p>"_s;

    QTextDocument doc;
    QFont font = QApplication::font();
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    const double width = std::min(content.width(), 760.0);
    doc.setTextWidth(width);
    p->save();
    p->translate(content.left() + (content.width() - width) / 2, content.top() + 24);
    doc.drawContents(p, QRectF(0, 0, width, content.height() - 24));
    p->restore();
}

void ReportWriter::paintTimelinePage(QPainter *p, const QRectF &page, int slice, int number)
{
    const QString subject = m_timelinePages > 1
                                ? tr("Timeline (%1 of %2)").arg(slice + 1).arg(m_timelinePages)
                                : tr("Timeline");
    const QRectF content =
        Exporter::paintFrame(p, page, m_exporter.titleBlock(subject), pageText(number));
    const QSizeF natural = TimelinePainter::naturalSize(m_exporter.plan()) * m_timelineScale;
    p->save();
    p->setClipRect(content);
    const QRectF target(QPointF(content.left(), content.top() - slice * content.height()), natural);
    TimelinePainter::render(p, m_exporter.plan(), m_exporter.findings(), target);
    p->restore();
}

void ReportWriter::paintTextPage(QPainter *p, const QRectF &page, int textPage, int number)
{
    const QRectF content = Exporter::paintFrame(
        p, page, m_exporter.titleBlock(tr("Briefing report")), pageText(number));
    const double h = m_text->pageSize().height();
    p->save();
    p->translate(content.left(), content.top() - textPage * h);
    const QRectF clip(0, textPage * h, content.width(), h);
    p->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = clip;
    ctx.palette.setColor(QPalette::Text, Qt::black);
    m_text->documentLayout()->draw(p, ctx);
    p->restore();
}

QString ReportWriter::textHtml() const
{
    return u"<html><body>"_s + phasesHtml() + walkAwayHtml() + findingsHtml() + sourcesHtml() +
           u"</body></html>"_s;
}

QString ReportWriter::phasesHtml() const
{
    const Plan &plan = m_exporter.plan();
    const FlowCharts *charts = m_exporter.charts();
    const ValueFlow &flow = charts->model()->flow();
    const int h = flow.horizon;
    QString html = u"<h1>"_s + esc(tr("Phases")) + u"</h1>"_s;
    if (plan.phases.isEmpty())
        html += u"<p>"_s + esc(tr("The plan has no phases.")) + u"</p>"_s;
    for (int pi = 0; pi < plan.phases.size(); ++pi) {
        const Phase &ph = plan.phases.at(pi);
        const PhaseFlow *pf = pi < flow.phases.size() ? &flow.phases.at(pi) : nullptr;
        html += u"<h2>"_s +
                esc(ph.name.isEmpty() ? tr("Phase %1").arg(ph.id)
                                      : tr("Phase %1: %2").arg(ph.id, ph.name)) +
                u"</h2>"_s;
        const QString months =
            ph.end > ph.start
                ? tr("months %1 to %2")
                      .arg(charts->monthLabel(ph.start), charts->monthLabel(ph.end - 1))
                : tr("no months (starts and ends at %1)").arg(charts->monthLabel(ph.start));
        QString summary =
            (ph.kind == PhaseKind::Final ? tr("Final phase, %1.") : tr("Interim phase, %1."))
                .arg(months);
        if (pf)
            summary += u' ' + tr("Annual relief %1; released over the horizon %2; escrowed %3.")
                                  .arg(formatMoney(pf->annualRelief), formatMoney(pf->released),
                                       formatMoney(pf->escrowed));
        html += u"<p>"_s + esc(summary) + u"</p>"_s;

        html += u"<h3>"_s + esc(tr("Gate actions")) + u"</h3>"_s;
        if (ph.actions.isEmpty()) {
            html += u"<p>"_s + esc(tr("None: this phase requires no action.")) + u"</p>"_s;
        } else {
            html += QLatin1StringView(kTableOpen);
            html += headerRow({tr("Action"), tr("Weight"), tr("Completes"), tr("Financial reform"),
                               tr("Verified in month")},
                              {55, 8, 12, 10, 15});
            for (const RequiredAction &ra : ph.actions) {
                const CounterpartAction *a = plan.catalog.action(ra.action);
                QStringList completes;
                for (Program prog : {Program::Nuclear, Program::Icbm, Program::Wmd}) {
                    if (a && a->completes.testFlag(prog))
                        completes << toString(prog);
                }
                html += row({esc(a && !a->name.isEmpty() ? a->name : ra.action) + u"<br><small>"_s +
                                 esc(ra.action) + u"</small>"_s,
                             a ? QLocale().toString(a->weight) : QString(),
                             esc(completes.isEmpty() ? tr("-") : completes.join(u", "_s)),
                             a && a->financialReform ? tr("yes") : tr("no"),
                             esc(charts->monthLabel(ra.verifiedMonth))});
            }
            html += u"</table>"_s;
        }

        html += u"<h3>"_s + esc(tr("Relief")) + u"</h3>"_s;
        if (ph.reliefs.isEmpty()) {
            html += u"<p>"_s + esc(tr("None: this phase grants no relief.")) + u"</p>"_s;
            continue;
        }
        html += QLatin1StringView(kTableOpen);
        html += headerRow({tr("Item"), tr("Authority"), tr("Extent"), tr("Active months"),
                           tr("Annual relief"), tr("Value over the horizon"), tr("Escrow"),
                           tr("Snapback")},
                          {22, 14, 6, 16, 9, 9, 17, 7});
        for (const Placement &pl : ph.reliefs) {
            const SanctionsItem *item = plan.catalog.item(pl.item);
            const double annual = (item ? item->annualValueUsd : 0) * pl.extent;
            const int from = std::max(0, pl.start);
            const int to = std::min(h, pl.end.value_or(h));
            const int active = std::max(0, to - from);
            QString monthsText;
            if (pl.end && *pl.end <= pl.start)
                monthsText = tr("none (ends where it starts, month %1)").arg(pl.start);
            else if (pl.end)
                monthsText =
                    tr("%1 to %2 (%n month(s))", nullptr, *pl.end - pl.start)
                        .arg(charts->monthLabel(pl.start), charts->monthLabel(*pl.end - 1));
            else
                monthsText = tr("from %1, open-ended").arg(charts->monthLabel(pl.start));
            QString escrow = formatShare(pl.escrowShare);
            if (pl.escrowShare > 0) {
                escrow += u"<br>"_s + esc(tr("Agent: %1")
                                              .arg(pl.escrowAgent.isEmpty() ? tr("(none named)")
                                                                            : pl.escrowAgent));
                escrow += u"<br>"_s + esc(tr("Uses: %1")
                                              .arg(pl.permittedUses.isEmpty() ? tr("(none named)")
                                                                              : pl.permittedUses));
            }
            QString snap = pl.snapback ? tr("yes") : tr("no");
            if (item && item->reversibility == Reversibility::Hard)
                snap += u"<br><small>"_s + esc(tr("hard to reverse")) + u"</small>"_s;
            QString name = esc(item && !item->name.isEmpty() ? item->name : pl.item) +
                           u"<br><small>"_s + esc(pl.item) + u"</small>"_s;
            if (!pl.note.isEmpty())
                name += u"<br><i>"_s + esc(pl.note) + u"</i>"_s;
            html += row({name,
                         esc(item ? authorityText(item->authority) + u' ' + item->instrument
                                  : tr("unknown item")),
                         esc(formatShare(pl.extent)), esc(monthsText),
                         esc(formatMoney(annual)) + u"/yr"_s,
                         esc(formatMoney(annual / 12.0 * active)), escrow, snap});
        }
        html += u"</table>"_s;
    }
    return html;
}

QString ReportWriter::walkAwayHtml() const
{
    const Plan &plan = m_exporter.plan();
    const FlowCharts *charts = m_exporter.charts();
    const ValueFlow &flow = charts->model()->flow();
    QList<int> months;
    for (const Phase &ph : plan.phases) {
        if (ph.end > 0)
            months << ph.end - 1;
    }
    if (flow.payoutMonth) {
        months << *flow.payoutMonth - 1 << *flow.payoutMonth;
        int peak = -1;
        double best = 0;
        for (const FlowMonth &m : flow.months) {
            if (m.month < *flow.payoutMonth && m.exposure > best) {
                best = m.exposure;
                peak = m.month;
            }
        }
        if (peak >= 0)
            months << peak;
    }
    std::sort(months.begin(), months.end());
    months.erase(std::unique(months.begin(), months.end()), months.end());
    QString html =
        u"<h1 style=\"page-break-before: always;\">"_s + esc(tr("Walk-away what-ifs")) + u"</h1>"_s;
    html += u"<p>"_s + esc(charts->inducementText()) + u"</p>"_s;
    html += u"<p class=\"note\">"_s +
            esc(tr("What the counterpart keeps if it walks away at the end of a month: the relief "
                   "released so far, plus relief that does not end by itself (no snapback, or "
                   "hard to reverse) for up to 12 more months. Escrow freezes and does not "
                   "count.")) +
            u"</p>"_s;
    html += QLatin1StringView(kTableOpen);
    html += headerRow({tr("Walk away at the end of month"), tr("Released so far"),
                       tr("Keeps flowing"), tr("Kept (exposure)"), tr("Escrow frozen")});
    for (int m : std::as_const(months)) {
        if (m < 0 || m >= flow.months.size())
            continue;
        const WalkAway w = charts->model()->walkAwayAt(m);
        html +=
            row({esc(charts->monthLabel(m)), esc(formatMoney(w.releasedSoFar)),
                 esc(formatMoney(w.keepsFlowing)), u"<b>"_s + esc(formatMoney(w.kept)) + u"</b>"_s,
                 esc(formatMoney(w.escrowFrozen))});
    }
    html += u"</table>"_s;
    return html;
}

QString ReportWriter::findingsHtml() const
{
    const Plan &plan = m_exporter.plan();
    const QList<Finding> &findings = m_exporter.findings();
    QString html =
        u"<h1 style=\"page-break-before: always;\">"_s + esc(tr("Findings")) + u"</h1>"_s;
    if (findings.isEmpty()) {
        html += u"<p>"_s + esc(tr("The principles engine found nothing to report.")) + u"</p>"_s;
    } else {
        html += QLatin1StringView(kTableOpen);
        html += headerRow(
            {tr("Severity"), tr("Rule"), tr("Phase"), tr("Item"), tr("Finding"), tr("Waiver")},
            {8, 6, 6, 12, 46, 22});
        for (const Finding &f : findings) {
            QString waiver;
            if (const Waiver *w = f.waived ? matchingWaiver(plan.waivers, f) : nullptr) {
                waiver = u"<b>"_s + esc(tr("Waived")) + u"</b>"_s;
                if (!w->author.isEmpty() || w->date.isValid())
                    waiver += esc(tr(" by %1 on %2")
                                      .arg(w->author.isEmpty() ? tr("(unknown)") : w->author,
                                           w->date.isValid() ? w->date.toString(Qt::ISODate)
                                                             : tr("(no date)")));
                waiver += u":<br>"_s + esc(w->justification);
            } else if (f.waived) {
                waiver = u"<b>"_s + esc(tr("Waived")) + u"</b>"_s;
            }
            const QString sev = u"<span style=\"color: "_s + severityColour(f.severity) +
                                u"; font-weight: bold;\">"_s + esc(severityText(f.severity)) +
                                u"</span>"_s;
            html +=
                row({sev, esc(f.rule), esc(f.phase), esc(f.item),
                     esc(f.message) + (f.principle.isEmpty()
                                           ? QString()
                                           : u"<br><small>"_s + esc(f.principle) + u"</small>"_s),
                     waiver});
        }
        html += u"</table>"_s;
    }
    // Waivers that match no current finding.
    QList<const Waiver *> stale;
    for (const Waiver &w : plan.waivers) {
        const bool matched = std::any_of(findings.begin(), findings.end(), [&](const Finding &f) {
            return w.rule == f.rule && w.phase == f.phase && w.item == f.item;
        });
        if (!matched)
            stale << &w;
    }
    if (!stale.isEmpty()) {
        html += u"<h3>"_s + esc(tr("Stale waivers (no current finding matches them)")) + u"</h3>"_s;
        html += QLatin1StringView(kTableOpen);
        html += headerRow(
            {tr("Rule"), tr("Phase"), tr("Item"), tr("Justification"), tr("Author"), tr("Date")});
        for (const Waiver *w : std::as_const(stale))
            html += row({esc(w->rule), esc(w->phase), esc(w->item), esc(w->justification),
                         esc(w->author), esc(w->date.toString(Qt::ISODate))});
        html += u"</table>"_s;
    }
    return html;
}

QString ReportWriter::sourcesHtml() const
{
    const Plan &plan = m_exporter.plan();
    QString html = u"<h1 style=\"page-break-before: always;\">"_s +
                   esc(tr("Sources and confidence")) + u"</h1>"_s;
    const double reference = plan.referenceValue();
    html += u"<p>"_s +
            esc(plan.meta.referenceValueUsd
                    ? tr("Reference value (INT-1 cap base): %1, given in the plan.")
                          .arg(exact(reference))
                    : tr("Reference value (INT-1 cap base): %1, the sum of the catalog items' "
                         "annual values.")
                          .arg(exact(reference))) +
            u" "_s +
            esc(tr("Money is in US dollars a year as the catalog gives it; a month is a "
                   "twelfth.")) +
            u"</p>"_s;

    QStringList itemIds, actionIds;
    for (const Phase &ph : plan.phases) {
        for (const Placement &pl : ph.reliefs) {
            if (!itemIds.contains(pl.item))
                itemIds << pl.item;
        }
        for (const RequiredAction &ra : ph.actions) {
            if (!actionIds.contains(ra.action))
                actionIds << ra.action;
        }
    }
    html += u"<h2>"_s + esc(tr("Sanctions items relieved")) + u"</h2>"_s;
    if (itemIds.isEmpty()) {
        html += u"<p>"_s + esc(tr("No item is relieved.")) + u"</p>"_s;
    } else {
        html += QLatin1StringView(kTableOpen);
        html += headerRow(
            {tr("Item"), tr("Annual value"), tr("Value basis"), tr("Source"), tr("Confidence")});
        for (const QString &id : std::as_const(itemIds)) {
            const SanctionsItem *item = plan.catalog.item(id);
            if (!item) {
                html += row({esc(id), {}, {}, esc(tr("not in the catalog")), {}});
                continue;
            }
            html += row({esc(item->name.isEmpty() ? id : item->name) + u"<br><small>"_s + esc(id) +
                             u"</small>"_s,
                         esc(exact(item->annualValueUsd)),
                         esc(item->valueBasis.isEmpty() ? tr("(not stated)") : item->valueBasis),
                         esc(item->source.isEmpty() ? tr("(no source)") : item->source),
                         esc(item->confidence.isEmpty() ? tr("(not stated)") : item->confidence)});
        }
        html += u"</table>"_s;
    }
    html += u"<h2>"_s + esc(tr("Counterpart actions required")) + u"</h2>"_s;
    if (actionIds.isEmpty()) {
        html += u"<p>"_s + esc(tr("No action is required.")) + u"</p>"_s;
    } else {
        html += QLatin1StringView(kTableOpen);
        html += headerRow({tr("Action"), tr("Weight"), tr("Source"), tr("Confidence")});
        for (const QString &id : std::as_const(actionIds)) {
            const CounterpartAction *a = plan.catalog.action(id);
            if (!a) {
                html += row({esc(id), {}, esc(tr("not in the catalog")), {}});
                continue;
            }
            html += row(
                {esc(a->name.isEmpty() ? id : a->name) + u"<br><small>"_s + esc(id) + u"</small>"_s,
                 QLocale().toString(a->weight),
                 esc(a->source.isEmpty() ? tr("(no source)") : a->source),
                 esc(a->confidence.isEmpty() ? tr("(not stated)") : a->confidence)});
        }
        html += u"</table>"_s;
    }
    return html;
}

} // namespace tranche
