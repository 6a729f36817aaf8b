#include "export/reportwriter.h"

#include "charts/flowcharts.h"
#include "document/commands.h"
#include "export/phaseoverview.h"
#include "export/reportflow.h"
#include "export/timelinepages.h"
#include "model/money.h"
#include "model/monthlabel.h"
#include "rules/ruleengine.h"

#include <QApplication>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QSet>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

constexpr int kMaxTimelinePages = 6;

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

QColor severityColour(Severity s)
{
    switch (s) {
    case Severity::Violation:
        return QColor(0xc5, 0x30, 0x30);
    case Severity::Warning:
        return QColor(0xb7, 0x79, 0x1f);
    case Severity::Info:
        return QColor(0x2b, 0x6c, 0xb0);
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

// A table row of the title page; cells are HTML already.
QString htmlRow(const QStringList &cells)
{
    QString r = u"<tr>"_s;
    for (const QString &c : cells)
        r += u"<td>"_s + c + u"</td>"_s;
    return r + u"</tr>"_s;
}

ReportCell plain(const QString &text)
{
    return {ReportSpan{text, ReportSpan::Body, {}}};
}

// A name with its stable id below it in small print.
ReportCell named(const QString &name, const QString &id)
{
    return {ReportSpan{name, ReportSpan::Body, {}}, ReportSpan{id, ReportSpan::Small, {}}};
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

int ReportWriter::layout(const QSizeF &pageSize, const ExportProgress &progress)
{
    m_pageSize = pageSize;
    m_textRect =
        Exporter::paintFrame(nullptr, QRectF(QPointF(0, 0), pageSize), m_exporter.titleBlock({}));
    QFont font = QApplication::font();
    font.setPointSizeF(9);
    m_items.clear();
    m_actions.clear();
    for (const SanctionsItem &item : m_exporter.plan().catalog.items)
        m_items.insert(item.id, &item);
    for (const CounterpartAction &action : m_exporter.plan().catalog.actions)
        m_actions.insert(action.id, &action);
    int placements = 0;
    for (const Phase &ph : m_exporter.plan().phases)
        placements += int(ph.reliefs.size());
    switch (m_exporter.reportDetail()) {
    case ReportDetail::Auto:
        m_summary = placements > kSummaryAbove || m_exporter.findings().size() > kSummaryAbove;
        break;
    case ReportDetail::Full:
        m_summary = false;
        break;
    case ReportDetail::Summary:
        m_summary = true;
        break;
    }
    m_text = std::make_unique<ReportFlow>(font);
    addPhases(*m_text);
    addWalkAway(*m_text);
    addFindings(*m_text);
    addSources(*m_text);
    const std::function<bool()> keepGoing = [&progress] { return progress(0, 1); };
    if (m_text->paginate(m_textRect.size(), progress ? keepGoing : std::function<bool()>()) == 0) {
        m_pageCount = 0;
        return 0;
    }

    // The timeline on pages of its own, each with the month header and the
    // phase labels (TimelinePages); the phase overview when that would take
    // more than kMaxTimelinePages pages.
    m_overview.reset();
    m_timeline = std::make_unique<TimelinePages>(m_exporter.plan(), m_exporter.findings());
    m_timelinePages = m_timeline->layout(m_textRect.size());
    if (m_timelinePages > kMaxTimelinePages) {
        m_timeline.reset();
        m_overview = std::make_unique<PhaseOverview>(m_exporter.plan(), m_exporter.findings());
        m_timelinePages = int(m_overview->pageStarts(m_textRect.height()).size());
    }
    m_pageCount = 1 + m_timelinePages + 2 + m_text->pageCount();
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

// The centred heading: the plan's title, the report's name and the plan's facts.
QString ReportWriter::titleHtml() const
{
    const Plan &plan = m_exporter.plan();
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
    return html;
}

// The key figures table of the title page.
QString ReportWriter::keyFiguresHtml(const ValueFlow &flow) const
{
    const Plan &plan = m_exporter.plan();
    const FindingCounts counts = countFindings(m_exporter.findings());
    double released = 0, peakBalance = 0;
    for (const FlowMonth &m : flow.months) {
        released += m.released;
        peakBalance = std::max(peakBalance, m.escrowBalance);
    }
    QString horizon = tr("%n month(s)", nullptr, flow.horizon);
    if (plan.monthDate(0) && flow.horizon > 0)
        horizon +=
            tr(" (%1 to %2)")
                .arg(monthLabel(*plan.monthDate(0)), monthLabel(*plan.monthDate(flow.horizon - 1)));

    QString html;
    html += u"<h2>"_s + esc(tr("Key figures")) + u"</h2>"_s;
    html += QLatin1StringView(kTableOpen);
    auto fact = [&](const QString &k, const QString &v) { html += htmlRow({esc(k), esc(v)}); };
    fact(tr("Phases"), QString::number(plan.phases.size()));
    fact(tr("Horizon"), horizon);
    fact(tr("Payout month"), flow.payoutMonth ? m_exporter.charts()->monthLabel(*flow.payoutMonth)
                                              : tr("none (escrow is never paid out)"));
    fact(tr("Inducement ratio"), m_exporter.charts()->inducementText());
    fact(tr("Released over the horizon"), formatMoney(released) + u" ("_s + exact(released) + u')');
    fact(tr("Largest escrow balance"), formatMoney(peakBalance));
    fact(tr("Findings"), tr("%1 violations, %2 warnings, %3 info, %4 waived")
                             .arg(counts.violations)
                             .arg(counts.warnings)
                             .arg(counts.infos)
                             .arg(counts.waived));
    fact(tr("Detail"), m_summary
                           ? tr("summary: relief by authority for each phase with its largest "
                                "placements; every violation and waiver, other findings counted")
                           : tr("every placement and every finding"));
    html += u"</table>"_s;
    return html;
}

// Where the report's parts are, by page.
QString ReportWriter::contentsHtml() const
{
    return u"<p class=\"note\">"_s +
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
}

void ReportWriter::paintTitlePage(QPainter *p, const QRectF &page, int number)
{
    const QRectF content = Exporter::paintFrame(
        p, page, m_exporter.titleBlock(tr("Briefing report")), pageText(number));
    const ValueFlow &flow = m_exporter.charts()->model()->flow();
    const QString html = titleHtml() + keyFiguresHtml(flow) + contentsHtml();

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
    if (m_overview) {
        const QString subject =
            m_timelinePages > 1
                ? tr("Phase overview (%1 of %2)").arg(slice + 1).arg(m_timelinePages)
                : tr("Phase overview");
        const QRectF content =
            Exporter::paintFrame(p, page, m_exporter.titleBlock(subject), pageText(number));
        const QList<int> starts = m_overview->pageStarts(content.height());
        const int end = slice + 1 < starts.size() ? starts.at(slice + 1) : m_overview->phaseCount();
        m_overview->paint(p, content, starts.at(slice), end - starts.at(slice));
        return;
    }
    const QString subject = m_timelinePages > 1
                                ? tr("Timeline (%1 of %2)").arg(slice + 1).arg(m_timelinePages)
                                : tr("Timeline");
    const QRectF content =
        Exporter::paintFrame(p, page, m_exporter.titleBlock(subject), pageText(number));
    m_timeline->paint(p, content, slice);
}

void ReportWriter::paintTextPage(QPainter *p, const QRectF &page, int textPage, int number)
{
    const QRectF content = Exporter::paintFrame(
        p, page, m_exporter.titleBlock(tr("Briefing report")), pageText(number));
    m_text->paint(p, textPage, content.topLeft());
}

void ReportWriter::addPhases(ReportFlow &out) const
{
    const Plan &plan = m_exporter.plan();
    const FlowCharts *charts = m_exporter.charts();
    const ValueFlow &flow = charts->model()->flow();
    out.heading(1, tr("Phases"));
    if (plan.phases.isEmpty())
        out.paragraph(tr("The plan has no phases."));
    for (int pi = 0; pi < plan.phases.size(); ++pi) {
        const Phase &ph = plan.phases.at(pi);
        const PhaseFlow *pf = pi < flow.phases.size() ? &flow.phases.at(pi) : nullptr;
        out.heading(2, ph.name.isEmpty() ? tr("Phase %1").arg(ph.id)
                                         : tr("Phase %1: %2").arg(ph.id, ph.name));
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
        out.paragraph(summary);

        out.heading(3, tr("Gate actions"));
        if (ph.actions.isEmpty()) {
            out.paragraph(tr("None: this phase requires no action."));
        } else {
            out.beginTable({55, 8, 12, 10, 15}, {tr("Action"), tr("Weight"), tr("Completes"),
                                                 tr("Financial reform"), tr("Verified in month")});
            for (const RequiredAction &ra : ph.actions) {
                const CounterpartAction *a = findAction(ra.action);
                QStringList completes;
                for (Program prog : {Program::Nuclear, Program::Icbm, Program::Wmd}) {
                    if (a && a->completes.testFlag(prog))
                        completes << toString(prog);
                }
                out.row({named(a && !a->name.isEmpty() ? a->name : ra.action, ra.action),
                         plain(a ? QLocale().toString(a->weight) : QString()),
                         plain(completes.isEmpty() ? tr("-") : completes.join(u", "_s)),
                         plain(a && a->financialReform ? tr("yes") : tr("no")),
                         plain(charts->monthLabel(ra.verifiedMonth))});
            }
            out.endTable();
        }

        out.heading(3, m_summary ? tr("Relief, by authority") : tr("Relief"));
        if (ph.reliefs.isEmpty()) {
            out.paragraph(tr("None: this phase grants no relief."));
            continue;
        }
        if (m_summary) {
            addReliefSummary(out, ph);
            continue;
        }
        beginReliefTable(out);
        for (const Placement &pl : ph.reliefs)
            out.row(reliefRow(pl));
        out.endTable();
    }
}

void ReportWriter::beginReliefTable(ReportFlow &out) const
{
    out.beginTable({22, 14, 6, 16, 9, 9, 17, 7},
                   {tr("Item"), tr("Authority"), tr("Extent"), tr("Active months"),
                    tr("Annual relief"), tr("Value over the horizon"), tr("Escrow"),
                    tr("Snapback")});
}

QList<ReportCell> ReportWriter::reliefRow(const Placement &pl) const
{
    const FlowCharts *charts = m_exporter.charts();
    const int h = charts->model()->flow().horizon;
    const SanctionsItem *item = findItem(pl.item);
    const double annual = (item ? item->annualValueUsd : 0) * pl.extent;
    const int from = std::max(0, pl.start);
    const int to = std::min(h, pl.end.value_or(h));
    const int active = std::max(0, to - from);
    QString monthsText;
    if (pl.end && *pl.end <= pl.start)
        monthsText = tr("none (ends where it starts, month %1)").arg(pl.start);
    else if (pl.end)
        monthsText = tr("%1 to %2 (%n month(s))", nullptr, *pl.end - pl.start)
                         .arg(charts->monthLabel(pl.start), charts->monthLabel(*pl.end - 1));
    else
        monthsText = tr("from %1, open-ended").arg(charts->monthLabel(pl.start));
    ReportCell escrow = plain(formatShare(pl.escrowShare));
    if (pl.escrowShare > 0) {
        escrow << ReportSpan{
            tr("Agent: %1").arg(pl.escrowAgent.isEmpty() ? tr("(none named)") : pl.escrowAgent),
            ReportSpan::Small,
            {}};
        escrow << ReportSpan{
            tr("Uses: %1").arg(pl.permittedUses.isEmpty() ? tr("(none named)") : pl.permittedUses),
            ReportSpan::Small,
            {}};
    }
    ReportCell snap = plain(pl.snapback ? tr("yes") : tr("no"));
    if (item && item->reversibility == Reversibility::Hard)
        snap << ReportSpan{tr("hard to reverse"), ReportSpan::Small, {}};
    ReportCell name = named(item && !item->name.isEmpty() ? item->name : pl.item, pl.item);
    if (!pl.note.isEmpty())
        name << ReportSpan{pl.note, ReportSpan::Italic, {}};
    return {
        name,
        plain(item ? authorityText(item->authority) + u' ' + item->instrument : tr("unknown item")),
        plain(formatShare(pl.extent)),
        plain(monthsText),
        plain(formatMoney(annual) + u"/yr"_s),
        plain(formatMoney(annual / 12.0 * active)),
        escrow,
        snap};
}

void ReportWriter::addReliefSummary(ReportFlow &out, const Phase &ph) const
{
    const FlowCharts *charts = m_exporter.charts();
    const int h = charts->model()->flow().horizon;
    struct Group
    {
        int placements = 0;
        double annual = 0;
        double overHorizon = 0;
        double escrowedAnnual = 0;
        int firstMonth = std::numeric_limits<int>::max();
        int lastMonth = -1; // last active month of the ended placements
        int openEnded = 0;
        int snapback = 0;
        int hard = 0;
    };
    // Keyed by the authority's text; items missing from the catalog go under "unknown item".
    QMap<QString, Group> groups;
    for (const Placement &pl : ph.reliefs) {
        const SanctionsItem *item = findItem(pl.item);
        Group &g = groups[item ? authorityText(item->authority) : tr("unknown item")];
        const double annual = (item ? item->annualValueUsd : 0) * pl.extent;
        const int active = std::max(0, std::min(h, pl.end.value_or(h)) - std::max(0, pl.start));
        ++g.placements;
        g.annual += annual;
        g.overHorizon += annual / 12.0 * active;
        g.escrowedAnnual += annual * std::clamp(pl.escrowShare, 0.0, 1.0);
        g.firstMonth = std::min(g.firstMonth, pl.start);
        if (pl.end)
            g.lastMonth = std::max(g.lastMonth, *pl.end - 1);
        else
            ++g.openEnded;
        g.snapback += pl.snapback ? 1 : 0;
        g.hard += item && item->reversibility == Reversibility::Hard ? 1 : 0;
    }
    out.beginTable({16, 9, 11, 11, 11, 22, 10, 10},
                   {tr("Authority"), tr("Placements"), tr("Annual relief"),
                    tr("Value over the horizon"), tr("Escrowed (value-weighted)"),
                    tr("Active months"), tr("Snapback"), tr("Hard to reverse")});
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const Group &g = it.value();
        QString months = g.lastMonth >= 0 ? tr("%1 to %2")
                                                .arg(charts->monthLabel(g.firstMonth),
                                                     charts->monthLabel(g.lastMonth))
                                          : tr("from %1").arg(charts->monthLabel(g.firstMonth));
        if (g.openEnded > 0)
            months += u"; "_s + tr("%n open-ended", nullptr, g.openEnded);
        out.row({plain(it.key()), plain(QLocale().toString(g.placements)),
                 plain(formatMoney(g.annual) + u"/yr"_s), plain(formatMoney(g.overHorizon)),
                 plain(g.annual > 0 ? formatShare(g.escrowedAnnual / g.annual) : tr("-")),
                 plain(months), plain(tr("%1 of %2").arg(g.snapback).arg(g.placements)),
                 plain(QLocale().toString(g.hard))});
    }
    out.endTable();

    // The largest placements in full.
    QList<std::pair<double, const Placement *>> byValue; // annual relief, placement
    for (const Placement &pl : ph.reliefs) {
        const SanctionsItem *item = findItem(pl.item);
        byValue.append({(item ? item->annualValueUsd : 0) * pl.extent, &pl});
    }
    const auto listed = std::min<qsizetype>(kLargestListed, byValue.size());
    std::partial_sort(byValue.begin(), byValue.begin() + listed, byValue.end(),
                      [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<const Placement *> largest;
    for (qsizetype i = 0; i < listed; ++i)
        largest << byValue.at(i).second;
    out.paragraph(tr("The %n largest placement(s) of this phase:", nullptr, int(largest.size())),
                  ReportSpan::Small, {}, true);
    beginReliefTable(out);
    for (const Placement *pl : std::as_const(largest))
        out.row(reliefRow(*pl));
    out.endTable();
}

void ReportWriter::addWalkAway(ReportFlow &out) const
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
        if (const std::optional<int> peak = charts->model()->peakExposureMonth())
            months << *peak;
    }
    std::sort(months.begin(), months.end());
    months.erase(std::unique(months.begin(), months.end()), months.end());
    out.heading(1, tr("Walk-away what-ifs"), true);
    out.paragraph(charts->inducementText());
    out.paragraph(tr("What the counterpart keeps if it walks away at the end of a month: the "
                     "relief released so far, plus relief that does not end by itself (no "
                     "snapback, or hard to reverse) for up to 12 more months. Escrow freezes "
                     "and does not count."),
                  ReportSpan::Small);
    out.beginTable({}, {tr("Walk away at the end of month"), tr("Released so far"),
                        tr("Keeps flowing"), tr("Kept (exposure)"), tr("Escrow frozen")});
    for (int m : std::as_const(months)) {
        if (m < 0 || m >= flow.months.size())
            continue;
        const WalkAway w = charts->model()->walkAwayAt(m);
        out.row({plain(charts->monthLabel(m)),
                 plain(formatMoney(w.releasedSoFar)),
                 plain(formatMoney(w.keepsFlowing)),
                 {ReportSpan{formatMoney(w.kept), ReportSpan::Bold, {}}},
                 plain(formatMoney(w.escrowFrozen))});
    }
    out.endTable();
}

ReportCell ReportWriter::waiverCell(const Finding &f) const
{
    ReportCell waiver;
    if (const Waiver *w = f.waived ? matchingWaiver(m_exporter.plan().waivers, f) : nullptr) {
        QString who = tr("Waived");
        if (!w->author.isEmpty() || w->date.isValid())
            who += tr(" by %1 on %2")
                       .arg(w->author.isEmpty() ? tr("(unknown)") : w->author,
                            w->date.isValid() ? w->date.toString(Qt::ISODate) : tr("(no date)"));
        waiver << ReportSpan{who + u':', ReportSpan::Bold, {}}
               << ReportSpan{w->justification, ReportSpan::Body, {}};
    } else if (f.waived) {
        waiver << ReportSpan{tr("Waived"), ReportSpan::Bold, {}};
    }
    return waiver;
}

void ReportWriter::addFindings(ReportFlow &out) const
{
    const QList<Finding> &findings = m_exporter.findings();
    out.heading(1, tr("Findings"), true);
    if (findings.isEmpty())
        out.paragraph(tr("The principles engine found nothing to report."));
    if (m_summary && !findings.isEmpty())
        out.paragraph(tr("Summary: every violation and every waived finding is listed; warnings "
                         "and information are counted per phase."),
                      ReportSpan::Small);

    // One section per rule, in rule order; findings keep the engine's order.
    QMap<QString, QList<const Finding *>> byRule;
    for (const Finding &f : findings)
        byRule[f.rule] << &f;
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
        addRuleFindings(out, it.key(), it.value());
    addStaleWaivers(out);
}

// One rule's section: its counts, then its findings (in summary mode only
// violations and waived ones, the rest counted per phase).
void ReportWriter::addRuleFindings(ReportFlow &out, const QString &rule,
                                   const QList<const Finding *> &group) const
{
    int counts[3] = {0, 0, 0};
    int waived = 0;
    for (const Finding *f : group) {
        ++counts[std::clamp(int(f->severity), 0, 2)];
        waived += f->waived ? 1 : 0;
    }
    const QString principle = group.first()->principle;
    out.heading(3, principle.isEmpty() ? rule : tr("%1: %2").arg(rule, principle));
    out.paragraph(tr("%1 violations, %2 warnings, %3 info, %4 waived")
                      .arg(counts[int(Severity::Violation)])
                      .arg(counts[int(Severity::Warning)])
                      .arg(counts[int(Severity::Info)])
                      .arg(waived),
                  ReportSpan::Small);
    QList<const Finding *> listed;
    QMap<QString, int> unlistedPerPhase; // phase -> count (summary only)
    int unlisted = 0;
    for (const Finding *f : group) {
        if (!m_summary || f->waived || f->severity == Severity::Violation) {
            listed << f;
        } else {
            ++unlistedPerPhase[f->phase.isEmpty() ? tr("(no phase)") : f->phase];
            ++unlisted;
        }
    }
    if (!listed.isEmpty()) {
        if (waived > 0)
            out.beginTable({9, 8, 12, 45, 26},
                           {tr("Severity"), tr("Phase"), tr("Item"), tr("Finding"), tr("Waiver")});
        else
            out.beginTable({9, 8, 12, 71},
                           {tr("Severity"), tr("Phase"), tr("Item"), tr("Finding")});
        for (const Finding *f : std::as_const(listed)) {
            QList<ReportCell> cells{{ReportSpan{severityText(f->severity), ReportSpan::Bold,
                                                severityColour(f->severity)}},
                                    plain(f->phase),
                                    plain(f->item),
                                    plain(f->message)};
            if (waived > 0)
                cells << waiverCell(*f);
            out.row(cells);
        }
        out.endTable();
    }
    if (unlisted > 0) {
        QStringList perPhase;
        for (auto p = unlistedPerPhase.cbegin(); p != unlistedPerPhase.cend(); ++p)
            perPhase << tr("%1 (%2)").arg(p.key()).arg(p.value());
        out.paragraph(tr("Not listed: %n warning(s) and information finding(s), per phase: %1.",
                         nullptr, unlisted)
                          .arg(perPhase.join(u", "_s)),
                      ReportSpan::Small);
    }
}

// Waivers that match no current finding.
void ReportWriter::addStaleWaivers(ReportFlow &out) const
{
    const Plan &plan = m_exporter.plan();
    const QList<Finding> &findings = m_exporter.findings();
    QList<const Waiver *> stale;
    for (const Waiver &w : plan.waivers) {
        const bool matched = std::any_of(findings.begin(), findings.end(), [&](const Finding &f) {
            return w.rule == f.rule && w.phase == f.phase && w.item == f.item;
        });
        if (!matched)
            stale << &w;
    }
    if (!stale.isEmpty()) {
        out.heading(3, tr("Stale waivers (no current finding matches them)"));
        out.beginTable({}, {tr("Rule"), tr("Phase"), tr("Item"), tr("Justification"), tr("Author"),
                            tr("Date")});
        for (const Waiver *w : std::as_const(stale))
            out.row({plain(w->rule), plain(w->phase), plain(w->item), plain(w->justification),
                     plain(w->author), plain(w->date.toString(Qt::ISODate))});
        out.endTable();
    }
}

void ReportWriter::addSources(ReportFlow &out) const
{
    const Plan &plan = m_exporter.plan();
    out.heading(1, tr("Sources and confidence"), true);
    const double reference = plan.referenceValue();
    const QString basis = fieldValue(plan.meta, MetaField::ReferenceBasis).toString();
    out.paragraph(
        (plan.meta.referenceValueUsd
             ? tr("Reference value (INT-1 cap base): %1, given in the plan.").arg(exact(reference))
             : tr("Reference value (INT-1 cap base): %1, the sum of the catalog items' "
                  "annual values.")
                   .arg(exact(reference))) +
        (basis.isEmpty() ? QString() : u" "_s + tr("Basis: %1.").arg(basis)) + u" "_s +
        tr("Money is in US dollars a year as the catalog gives it; a month is a twelfth."));

    QStringList itemIds, actionIds;
    QSet<QString> seenItems, seenActions;
    for (const Phase &ph : plan.phases) {
        for (const Placement &pl : ph.reliefs) {
            if (!seenItems.contains(pl.item)) {
                seenItems.insert(pl.item);
                itemIds << pl.item;
            }
        }
        for (const RequiredAction &ra : ph.actions) {
            if (!seenActions.contains(ra.action)) {
                seenActions.insert(ra.action);
                actionIds << ra.action;
            }
        }
    }
    out.heading(2, tr("Sanctions items relieved"));
    if (itemIds.isEmpty()) {
        out.paragraph(tr("No item is relieved."));
    } else {
        out.beginTable({24, 12, 24, 28, 12}, {tr("Item"), tr("Annual value"), tr("Value basis"),
                                              tr("Source"), tr("Confidence")});
        for (const QString &id : std::as_const(itemIds)) {
            const SanctionsItem *item = findItem(id);
            if (!item) {
                out.row({plain(id), {}, {}, plain(tr("not in the catalog")), {}});
                continue;
            }
            out.row({named(item->name.isEmpty() ? id : item->name, id),
                     plain(exact(item->annualValueUsd)),
                     plain(item->valueBasis.isEmpty() ? tr("(not stated)") : item->valueBasis),
                     plain(item->source.isEmpty() ? tr("(no source)") : item->source),
                     plain(item->confidence.isEmpty() ? tr("(not stated)") : item->confidence)});
        }
        out.endTable();
    }
    out.heading(2, tr("Counterpart actions required"));
    if (actionIds.isEmpty()) {
        out.paragraph(tr("No action is required."));
    } else {
        out.beginTable({36, 8, 40, 16},
                       {tr("Action"), tr("Weight"), tr("Source"), tr("Confidence")});
        for (const QString &id : std::as_const(actionIds)) {
            const CounterpartAction *a = findAction(id);
            if (!a) {
                out.row({plain(id), {}, plain(tr("not in the catalog")), {}});
                continue;
            }
            out.row({named(a->name.isEmpty() ? id : a->name, id),
                     plain(QLocale().toString(a->weight)),
                     plain(a->source.isEmpty() ? tr("(no source)") : a->source),
                     plain(a->confidence.isEmpty() ? tr("(not stated)") : a->confidence)});
        }
        out.endTable();
    }
}

} // namespace tranche
