#pragma once
// The briefing report of a plan, page by page: first the memo, bottom line
// up front (the decision asked, what the plan trades, the key risks), then the
// annex: key figures, the timeline, the charts, a table per phase (gate
// actions, relief, value, escrow, end dates, snapback), walk-away what-ifs,
// the findings with waivers and their justifications, and the sources and
// confidence of every value used with a numbered bibliography.
// Paints with QPainter on any paged target (QPdfWriter, QPrinter, or pages
// one below the other on an image); every page is framed by the exporter.

#include "export/exporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QRectF>

#include <functional>
#include <memory>

namespace tranche {

class PhaseOverview;
struct Briefing;
struct TradePhase;
class TimelinePages;
struct ValueFlow;
class ReportFlow;
struct ReportSpan;
using ReportCell = QList<ReportSpan>;

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    explicit ReportWriter(Exporter &exporter);
    ~ReportWriter();

    // With ReportDetail::Auto, a plan with more placements or more findings
    // than this gets the summary report.
    static constexpr int kSummaryAbove = 500;
    // Placements listed in full under each phase's summary table.
    static constexpr int kLargestListed = 3;
    // Whether the report being laid out is the summary (after layout()).
    bool isSummary() const { return m_summary; }
    // Whether the timeline pages show the phase overview (after layout()).
    bool showsPhaseOverview() const { return m_overview != nullptr; }

    // A4 landscape, 8 mm margins, in 96-dpi logical pixels: the default page.
    static QSizeF defaultPageSize();

    // Lays the report out for pages of `pageSize`; returns the page count, or 0
    // when `progress` (called with done = 0 now and then) cancelled it.
    int layout(const QSizeF &pageSize, const ExportProgress &progress = {});
    int pageCount() const { return m_pageCount; }

    // Paints every page at (0,0, pageSize) of `p`, calling newPage() between
    // pages (it moves to the next page and returns false on failure).
    // Returns false when progress cancelled it or newPage failed.
    bool paint(QPainter *p, const std::function<bool()> &newPage,
               const ExportProgress &progress = {});

    // The memo (the first page, or pages), laid out by layout().
    const ReportFlow *memoFlow() const { return m_memo.get(); }
    // The text part (phases, what-ifs, findings, sources), laid out by layout().
    const ReportFlow *textFlow() const { return m_text.get(); }
    // The page number (0-based) of the annex's first page and first text page.
    int firstAnnexPage() const { return m_memoPages; }
    int firstTextPage() const { return m_memoPages + 3 + m_timelinePages; }
    // The plain text of the annex's first page (key figures and contents), after layout().
    QString annexTitleText() const;

private:
    // The memo (reportwritermemo.cpp).
    void addMemo(ReportFlow &flow) const;
    void addTrade(ReportFlow &flow) const;
    ReportCell giveCell(const TradePhase &t) const;
    void addTradeRest(ReportFlow &flow, const QList<TradePhase> &rest) const;
    ReportCell escrowCell(const TradePhase &t) const;
    ReportCell escrowShareCell(const TradePhase &t) const;
    void addKept(ReportFlow &flow) const;
    void addRisks(ReportFlow &flow) const;
    ReportCell lastingCell() const;
    QString monthText(int month) const;
    QString phaseConfidence(const Phase &phase) const;
    QString relievedConfidence() const;
    QString inducementValue() const;
    QString inducementSentence() const;

    void paintMemoPage(QPainter *p, const QRectF &page, int memoPage, int number);
    void paintTitlePage(QPainter *p, const QRectF &page, int number);
    QString titleHtml() const;
    QString keyFiguresHtml(const ValueFlow &flow) const;
    QString contentsHtml() const;
    void paintTimelinePage(QPainter *p, const QRectF &page, int slice, int number);
    void paintTextPage(QPainter *p, const QRectF &page, int textPage, int number);
    QString pageText(int number) const;
    void addPhases(ReportFlow &flow) const;
    void beginReliefTable(ReportFlow &flow) const;
    QList<ReportCell> reliefRow(const Placement &pl) const;
    void addReliefSummary(ReportFlow &flow, const Phase &phase) const;
    void addLargestPlacements(ReportFlow &flow, const Phase &phase) const;
    ReportCell waiverCell(const Finding &f) const;
    void addWalkAway(ReportFlow &flow) const;
    void addFindings(ReportFlow &flow) const;
    void addRuleFindings(ReportFlow &flow, const QString &rule,
                         const QList<const Finding *> &group) const;
    void addStaleWaivers(ReportFlow &flow) const;
    void addSources(ReportFlow &flow) const;
    void addBibliography(ReportFlow &flow) const;
    void addKeptItems(ReportFlow &flow) const;
    ReportCell sourceCell(const QString &source) const;

    // Catalog lookups by id, built by layout() (the catalog's own are linear).
    const SanctionsItem *findItem(const QString &id) const { return m_items.value(id); }
    const CounterpartAction *findAction(const QString &id) const { return m_actions.value(id); }

    Exporter &m_exporter;
    QHash<QString, const SanctionsItem *> m_items;
    QHash<QString, const CounterpartAction *> m_actions;
    std::unique_ptr<Briefing> m_briefing;
    std::unique_ptr<ReportFlow> m_memo;
    std::unique_ptr<ReportFlow> m_text;
    std::unique_ptr<PhaseOverview> m_overview; // set when the timeline is too large to print
    QSizeF m_pageSize;
    QRectF m_textRect; // content rectangle of a text page
    int m_pageCount = 0;
    int m_memoPages = 1;
    int m_timelinePages = 1;
    bool m_summary = false;
    std::unique_ptr<TimelinePages> m_timeline; // the timeline's pages, unless the overview
};

} // namespace tranche
