#pragma once
// The briefing report of a plan, page by page: a title page, the timeline,
// the charts, a table per phase (gate actions, relief, value, escrow, end
// dates, snapback), walk-away what-ifs, the findings with waivers and their
// justifications, and the sources and confidence of every value used.
// Paints with QPainter on any paged target (QPdfWriter, QPrinter, or pages
// one below the other on an image); every page is framed by the exporter.

#include "exporter.h"

#include <QCoreApplication>
#include <QRectF>

#include <functional>
#include <memory>

class QTextDocument;

namespace tranche {

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    explicit ReportWriter(Exporter &exporter);
    ~ReportWriter();

    // A4 landscape, 8 mm margins, in 96-dpi logical pixels: the default page.
    static QSizeF defaultPageSize();

    // Lays the report out for pages of `pageSize`; returns the page count.
    int layout(const QSizeF &pageSize);
    int pageCount() const { return m_pageCount; }

    // Paints every page at (0,0, pageSize) of `p`, calling newPage() between
    // pages (it moves to the next page and returns false on failure).
    // Returns false when progress cancelled it or newPage failed.
    bool paint(QPainter *p, const std::function<bool()> &newPage,
               const ExportProgress &progress = {});

    // The HTML of the text part (phases, what-ifs, findings, sources).
    QString textHtml() const;

private:
    void paintTitlePage(QPainter *p, const QRectF &page, int number);
    void paintTimelinePage(QPainter *p, const QRectF &page, int slice, int number);
    void paintTextPage(QPainter *p, const QRectF &page, int textPage, int number);
    QString pageText(int number) const;
    QString phasesHtml() const;
    QString walkAwayHtml() const;
    QString findingsHtml() const;
    QString sourcesHtml() const;

    Exporter &m_exporter;
    std::unique_ptr<QTextDocument> m_text;
    QSizeF m_pageSize;
    QRectF m_textRect; // content rectangle of a text page
    int m_pageCount = 0;
    int m_timelinePages = 1;
    double m_timelineScale = 1;
};

} // namespace tranche
