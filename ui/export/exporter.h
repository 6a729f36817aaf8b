#pragma once
// Renders a plan's value-flow charts, its timeline and its briefing report to
// PNG (chosen size and DPI), SVG and PDF; every page and image carries the
// plan's classification as a banner at top and bottom and a title block.
// Files are written through QSaveFile: the target is either untouched or the
// complete new file, never a partial one. Also print preview and clipboard.

#include "cli/exportoptions.h"
#include "model/finding.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QPageLayout>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QPainter;
class QWidget;

namespace tranche {

class FlowCharts;
class PlanDocument;
class TimelinePages;

// Called as the export goes; return false to cancel it. 0 <= done <= total.
using ExportProgress = std::function<bool(int done, int total)>;

// What every page says about the plan: its banner and its title block.
struct TitleBlock
{
    QString classification;
    QString title;
    QString counterpart;
    QString source; // scenario or file name
    QString profile;
    QString subject; // "Value flow charts", "Timeline", "Briefing report"
    QDate date;
};

// Paints banners and title blocks, the chart and timeline pages, and writes files.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    // `source`: the scenario or file name shown in the title block.
    Exporter(const Plan &plan, QList<Finding> findings, const QString &source);
    ~Exporter();
    Exporter(const Exporter &) = delete;
    Exporter &operator=(const Exporter &) = delete;

    const Plan &plan() const;
    const QList<Finding> &findings() const { return m_findings; }
    QString source() const { return m_source; }
    FlowCharts *charts() const { return m_charts.get(); }

    void setDate(const QDate &date) { m_date = date; }
    QDate date() const { return m_date; }
    // PNG size in pixels (invalid: the kind's default) and dots per inch: the
    // content is laid out at 96 dpi and scaled by dpi / 96.
    void setImageSize(const QSize &pixels) { m_imageSize = pixels; }
    QSize customImageSize() const { return m_imageSize; } // invalid: the kind's default
    void setDpi(int dpi) { m_dpi = dpi; }
    int dpi() const { return m_dpi; }
    void setReportDetail(ReportDetail detail) { m_reportDetail = detail; }
    ReportDetail reportDetail() const { return m_reportDetail; }
    // How a timeline of several pages goes to PNG or SVG (PDF: always one file).
    void setPageFiles(PageFiles pages) { m_pageFiles = pages; }
    PageFiles pageFiles() const { return m_pageFiles; }
    // OUT.png -> OUT-3.png: the file of page `page` (from 1) of a timeline.
    static QString pageFilePath(const QString &path, int page);
    // Pixel size of the image of `kind` at the current size and DPI (the
    // timeline: of one page).
    QSize imageSize(ExportKind kind) const;
    // Layout size (96-dpi logical pixels) of the image of `kind`.
    QSizeF logicalSize(ExportKind kind) const;

    TitleBlock titleBlock(const QString &subject) const;

    // The banner colour of a classification (US marking colours; grey if unknown).
    static QColor bannerColour(const QString &classification);
    // Paints the banners at top and bottom and the title block of `page`;
    // returns the rectangle left for the content. `pageText` ("Page 2 of 9")
    // goes at the right of the title block when given.
    static QRectF paintFrame(QPainter *p, const QRectF &page, const TitleBlock &block,
                             const QString &pageText = {});

    // A framed page of the three charts.
    void paintChartPage(QPainter *p, const QRectF &page);
    // The timeline laid out for pages of `page` size (logical pixels), and
    // its framed page `index`.
    std::unique_ptr<TimelinePages> timelinePages(const QSizeF &page) const;
    void paintTimelinePage(QPainter *p, const QRectF &page, const TimelinePages &pages, int index);

    // The framed image of `kind` (the report and a timeline of several pages:
    // the pages one below the other).
    // Empty when cancelled.
    QImage image(ExportKind kind, const ExportProgress &progress = {});

    // Writes `kind` to `path`, the format by its suffix. Empty on success, else
    // the translated reason ("Export cancelled." when progress returned false).
    QString write(ExportKind kind, const QString &path, const ExportProgress &progress = {});
    // The files the last write() wrote, in page order: path, or OUT-1.png ...
    // OUT-N.png for a timeline in pages; none when it failed.
    QStringList writtenFiles() const { return m_written; }

    static QString cancelledMessage();

    // A4 landscape with 8 mm margins: the page of PDFs and of printing.
    static QPageLayout pdfPageLayout();

    // Paints pages on an A4 landscape PDF (8 mm margins, 96-dpi logical
    // pixels): page is the first page's rectangle, newPage moves on. Returns
    // false to cancel.
    using PdfPainter =
        std::function<bool(QPainter *p, const QRectF &page, const std::function<bool()> &newPage)>;
    // Writes path through QSaveFile; empty on success, else the translated reason.
    static QString writePdfPages(const QString &path, const QString &title,
                                 const PdfPainter &paint);

private:
    QString writePng(ExportKind kind, const QString &path, const ExportProgress &progress);
    QString writeSvg(ExportKind kind, const QString &path, const ExportProgress &progress);
    QString writePdf(ExportKind kind, const QString &path, const ExportProgress &progress);
    bool paintTimelinePdf(QPainter *p, const QRectF &page, const std::function<bool()> &newPage,
                          const ExportProgress &progress);
    QImage renderImage(const QSize &pixels, const QSizeF &logical, const QColor &background,
                       const std::function<bool(QPainter *)> &paint) const;
    QString writeTimelineFiles(const QString &path, ExportFormat format,
                               const ExportProgress &progress);
    QString encodePage(QIODevice &out, ExportFormat format, const QSizeF &logical,
                       const std::function<bool(QPainter *)> &paint) const;
    bool paintKind(ExportKind kind, QPainter *p, const QRectF &page,
                   const ExportProgress &progress);

    std::unique_ptr<PlanDocument> m_doc;
    std::unique_ptr<FlowCharts> m_charts;
    QList<Finding> m_findings;
    QString m_source;
    QDate m_date;
    QSize m_imageSize;
    int m_dpi = 96;
    ReportDetail m_reportDetail = ReportDetail::Auto;
    PageFiles m_pageFiles = PageFiles::Auto;
    QStringList m_written;
};

// --- Window-side helpers -------------------------------------------------

// Writes with a cancellable QProgressDialog (shown after a short delay); the
// window keeps repainting while it runs. Empty on success, else the reason.
QString exportWithProgress(QWidget *parent, Exporter &exporter, ExportKind kind,
                           const QString &path);
// Print preview of `kind` (QPrintPreviewDialog), printing from there.
void printWithPreview(QWidget *parent, Exporter &exporter, ExportKind kind);
// Puts the framed image of `kind` on the clipboard (image and, for charts, SVG).
void copyToClipboard(Exporter &exporter, ExportKind kind);

} // namespace tranche
