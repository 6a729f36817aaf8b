#include "export/reportwriter.h"

#include "charts/flowcharts.h"
#include "export/phaseoverview.h"
#include "export/reportcells.h"
#include "export/reportflow.h"
#include "export/timelinepages.h"
#include "flow/briefing.h"
#include "model/money.h"
#include "rules/ruleengine.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tranche {

using namespace reportcells;

namespace {

constexpr int kMaxTimelinePages = 6;

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
    const ReportDetail detail = m_exporter.reportDetail();
    m_summary = detail == ReportDetail::Summary ||
                (detail == ReportDetail::Auto &&
                 (placements > kSummaryAbove || m_exporter.findings().size() > kSummaryAbove));
    const ValueFlow &flow = m_exporter.charts()->model()->flow();
    m_briefing =
        std::make_unique<Briefing>(computeBriefing(m_exporter.plan(), flow, m_exporter.findings()));
    QFont memoFont = font; // a little smaller: the memo is one page
    memoFont.setPointSizeF(8.5);
    m_memo = std::make_unique<ReportFlow>(memoFont);
    addMemo(*m_memo);
    m_memoPages = m_memo->paginate(m_textRect.size());
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
    m_pageCount = m_memoPages + 1 + m_timelinePages + 2 + m_text->pageCount();
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
        const int firstChart = m_memoPages + 1 + m_timelinePages;
        if (i < m_memoPages) {
            paintMemoPage(p, page, i, number);
        } else if (i == m_memoPages) {
            paintTitlePage(p, page, number);
        } else if (i < firstChart) {
            paintTimelinePage(p, page, i - m_memoPages - 1, number);
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

// The centred heading of the annex: the plan's title and facts.
QString ReportWriter::titleHtml() const
{
    const Plan &plan = m_exporter.plan();
    QString html = u"<div align=\"center\">"_s;
    html += u"<p style=\"font-size: 20pt; font-weight: bold; color: #1a365d;\">"_s +
            esc(plan.meta.title.isEmpty() ? tr("Untitled plan") : plan.meta.title) + u"</p>"_s;
    html += u"<p style=\"font-size: 14pt; color: #2d3748;\">"_s +
            esc(tr("Annex to the briefing memo")) + u"</p>"_s;
    QStringList facts;
    if (!plan.meta.counterpart.isEmpty())
        facts << tr("Counterpart: %1").arg(esc(plan.meta.counterpart));
    facts << tr("Classification: %1").arg(esc(plan.meta.classification.toUpper()));
    if (!m_exporter.source().isEmpty())
        facts << tr("Scenario: %1").arg(esc(m_exporter.source()));
    facts << tr("Rule profile: %1").arg(esc(plan.meta.profile));
    facts << tr("Date: %1").arg(esc(QLocale().toString(m_exporter.date(), QLocale::LongFormat)));
    html += u"<p style=\"font-size: 10pt;\">"_s + facts.join(u"<br>"_s) + u"</p></div>"_s;
    return html;
}

// The key figures: each figure's label once, its value, and what it means
// (what it compares, over which months, how far its values can be trusted).
QString ReportWriter::keyFiguresHtml(const ValueFlow &flow) const
{
    const Plan &plan = m_exporter.plan();
    const FindingCounts counts = countFindings(m_exporter.findings());
    double peakBalance = 0;
    for (const FlowMonth &m : flow.months)
        peakBalance = std::max(peakBalance, m.escrowBalance);
    const double released = m_briefing->releasedOverHorizon;
    const QString last = monthText(std::max(0, flow.horizon - 1));
    const QString confidence = relievedConfidence();

    QString html;
    html += u"<h2>"_s + esc(tr("Key figures")) + u"</h2>"_s;
    html += QLatin1StringView(kTableOpen);
    html += u"<tr><th>"_s + esc(tr("Figure")) + u"</th><th>"_s + esc(tr("Value")) + u"</th><th>"_s +
            esc(tr("What it means")) + u"</th></tr>"_s;
    auto fact = [&](const QString &k, const QString &v, const QString &note) {
        html += htmlRow({esc(k), esc(v), esc(note)});
    };
    fact(tr("Phases"), QString::number(plan.phases.size()),
         tr("%1 interim, %2 final")
             .arg(std::count_if(plan.phases.begin(), plan.phases.end(),
                                [](const Phase &ph) { return ph.kind == PhaseKind::Interim; }))
             .arg(std::count_if(plan.phases.begin(), plan.phases.end(),
                                [](const Phase &ph) { return ph.kind == PhaseKind::Final; })));
    fact(tr("Horizon"), tr("%n month(s)", nullptr, flow.horizon),
         tr("%1 to %2: every month of the plan and 12 more").arg(monthText(0), last));
    fact(tr("Payout month"), flow.payoutMonth ? monthText(*flow.payoutMonth) : tr("none"),
         flow.payoutMonth
             ? tr("escrow is paid out when the last step of the final phase is verified")
             : tr("no final phase requires an action, so escrow is never paid out"));
    fact(tr("Inducement ratio"), inducementValue().section(u':', 0, 0),
         inducementValue().section(u':', 1).trimmed() + u"; "_s + confidence);
    fact(
        tr("Released over the horizon"), formatMoney(released) + u" ("_s + exact(released) + u')',
        tr("relief released from %1 to %2, %n month(s), payout included; %3", nullptr, flow.horizon)
            .arg(monthText(0), last, confidence));
    fact(tr("Largest escrow balance"), formatMoney(peakBalance),
         tr("the most held in escrow at the end of any month; %1").arg(confidence));
    fact(tr("Findings"),
         tr("%1 violations, %2 warnings, %3 info")
             .arg(counts.violations)
             .arg(counts.warnings)
             .arg(counts.infos),
         tr("%n waived, each with its justification in the findings section", nullptr,
            counts.waived));
    fact(tr("Detail"), m_summary ? tr("summary") : tr("full"),
         m_summary ? tr("relief by authority for each phase with its largest placements; every "
                        "violation and waiver, other findings counted")
                   : tr("every placement and every finding"));
    html += u"</table>"_s;
    return html;
}

// Where the report's parts are, by page.
QString ReportWriter::contentsHtml() const
{
    const int annex = m_memoPages + 1;
    return u"<p class=\"note\">"_s +
           esc(tr("Contents: memo (%1); this annex page (page %2); timeline (%3); value per "
                  "month (page %4); value per phase and exposure (page %5); phases, walk-away "
                  "what-ifs, findings, sources and bibliography (pages %6 to %7).")
                   .arg(m_memoPages > 1 ? tr("pages 1 to %1").arg(m_memoPages) : tr("page 1"))
                   .arg(annex)
                   .arg(m_timelinePages > 1
                            ? tr("pages %1 to %2").arg(annex + 1).arg(annex + m_timelinePages)
                            : tr("page %1").arg(annex + 1))
                   .arg(annex + 1 + m_timelinePages)
                   .arg(annex + 2 + m_timelinePages)
                   .arg(annex + 3 + m_timelinePages)
                   .arg(m_pageCount)) +
           u"</p>"_s;
}

QString ReportWriter::annexTitleText() const
{
    QTextDocument doc;
    doc.setHtml(titleHtml() + keyFiguresHtml(m_exporter.charts()->model()->flow()) +
                contentsHtml());
    return doc.toPlainText();
}

void ReportWriter::paintMemoPage(QPainter *p, const QRectF &page, int memoPage, int number)
{
    const QRectF content =
        Exporter::paintFrame(p, page, m_exporter.titleBlock(tr("Briefing memo")), pageText(number));
    m_memo->paint(p, memoPage, content.topLeft());
}

void ReportWriter::paintTitlePage(QPainter *p, const QRectF &page, int number)
{
    const QRectF content = Exporter::paintFrame(
        p, page, m_exporter.titleBlock(tr("Briefing report: annex")), pageText(number));
    const ValueFlow &flow = m_exporter.charts()->model()->flow();
    const QString html = titleHtml() + keyFiguresHtml(flow) + contentsHtml();

    QTextDocument doc;
    QFont font = QApplication::font();
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    const double width = std::min(content.width(), 900.0);
    doc.setTextWidth(width);
    p->save();
    p->translate(content.left() + (content.width() - width) / 2, content.top() + 16);
    doc.drawContents(p, QRectF(0, 0, width, content.height() - 16));
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
        p, page, m_exporter.titleBlock(tr("Briefing report: annex")), pageText(number));
    m_text->paint(p, textPage, content.topLeft());
}

} // namespace tranche
