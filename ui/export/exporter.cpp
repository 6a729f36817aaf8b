#include "export/exporter.h"

#include "charts/flowcharts.h"
#include "document/plandocument.h"
#include "export/reportwriter.h"
#include "export/timelinepages.h"
#include "model/safetext.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

constexpr double kLogicalDpi = 96.0;
constexpr double kPageMarginMm = 8.0;

QFont frameFont(double pointSize, bool bold)
{
    QFont f = QApplication::font();
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

// The text of the banner: the classification, upper case, never empty.
QString bannerText(const QString &classification)
{
    const QString c = classification.trimmed();
    return c.isEmpty() ? QStringLiteral("UNCLASSIFIED") : c.toUpper();
}

QString saveError(const QSaveFile &file)
{
    return Exporter::tr("Cannot write %1: %2")
        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
}

// Writes `path` through a QSaveFile: `write` fills the file and returns empty,
// or why it stopped, and then the target is left as it was.
QString saveThrough(const QString &path, const std::function<QString(QSaveFile &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return saveError(file);
    const QString error = write(file);
    if (!error.isEmpty()) {
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return saveError(file);
    return {};
}

// The file name of `out`, for messages (empty when it is not a file).
QString deviceName(const QIODevice &out)
{
    const auto *file = qobject_cast<const QFileDevice *>(&out);
    return file ? QDir::toNativeSeparators(file->fileName()) : QString();
}

} // namespace

Exporter::Exporter(const Plan &plan, QList<Finding> findings, const QString &source)
    : m_doc(std::make_unique<PlanDocument>(plan)), m_findings(std::move(findings)),
      m_source(source), m_date(QDate::currentDate())
{
    m_charts = std::make_unique<FlowCharts>(m_doc.get());
}

Exporter::~Exporter()
{
    m_charts.reset(); // before the document it observes
}

const Plan &Exporter::plan() const
{
    return m_doc->plan();
}

QString Exporter::cancelledMessage()
{
    return tr("Export cancelled.");
}

QSizeF Exporter::logicalSize(ExportKind kind) const
{
    const double scale = kLogicalDpi / std::max(1, m_dpi);
    if (m_imageSize.isValid())
        return QSizeF(m_imageSize) * scale;
    switch (kind) {
    case ExportKind::Chart:
        return QSizeF(1600, 1000) * scale;
    case ExportKind::Timeline:
        return ReportWriter::defaultPageSize(); // one A4 page: its text at least 7 pt
    case ExportKind::Report: {
        const QSizeF page = ReportWriter::defaultPageSize();
        ReportWriter writer(const_cast<Exporter &>(*this));
        const int pages = writer.layout(page);
        return QSizeF(page.width(), pages * page.height() + (pages - 1) * 16);
    }
    }
    return {};
}

QSize Exporter::imageSize(ExportKind kind) const
{
    if (m_imageSize.isValid())
        return m_imageSize;
    const QSizeF logical = logicalSize(kind);
    const double scale = std::max(1, m_dpi) / kLogicalDpi;
    return QSize(std::lround(logical.width() * scale), std::lround(logical.height() * scale));
}

TitleBlock Exporter::titleBlock(const QString &subject) const
{
    TitleBlock b;
    const PlanMeta &meta = plan().meta;
    b.classification = meta.classification;
    b.title = meta.title.isEmpty() ? tr("Untitled plan") : meta.title;
    b.counterpart = meta.counterpart;
    b.source = m_source;
    b.profile = meta.profile;
    b.subject = subject;
    b.date = m_date;
    return b;
}

QColor Exporter::bannerColour(const QString &classification)
{
    const QString c = bannerText(classification);
    if (c.startsWith("TOP SECRET"_L1))
        return QColor(0xff8c00);
    if (c.startsWith("SECRET"_L1))
        return QColor(0xc8102e);
    if (c.startsWith("CONFIDENTIAL"_L1))
        return QColor(0x0033a0);
    if (c.startsWith("CUI"_L1) || c.startsWith("CONTROLLED"_L1))
        return QColor(0x502b85);
    if (c.startsWith("UNCLASSIFIED"_L1))
        return QColor(0x007a33);
    return QColor(0x4a5568);
}

QRectF Exporter::paintFrame(QPainter *p, const QRectF &page, const TitleBlock &block,
                            const QString &pageText)
{
    const QFont bannerFont = frameFont(9, true);
    const QFont titleFont = frameFont(13, true);
    const QFont infoFont = frameFont(8.5, false);
    const QFontMetricsF bfm(bannerFont), tfm(titleFont), ifm(infoFont);
    const double bannerH = std::ceil(bfm.height() + 6);
    const double pad = 8;
    const QRectF top(page.left(), page.top(), page.width(), bannerH);
    const QRectF bottom(page.left(), page.bottom() - bannerH, page.width(), bannerH);
    const double titleTop = top.bottom() + pad;
    const double blockH = tfm.height() + 2 + ifm.height() + pad;
    const QRectF content(page.left() + pad, titleTop + blockH + pad, page.width() - 2 * pad,
                         bottom.top() - pad - (titleTop + blockH + pad));
    if (!p)
        return content;

    p->save();
    const QString banner = bannerText(block.classification);
    const QColor colour = bannerColour(block.classification);
    const QColor ink = colour.lightness() > 150 ? Qt::black : Qt::white;
    for (const QRectF &r : {top, bottom}) {
        p->fillRect(r, colour);
        p->setPen(ink);
        p->setFont(bannerFont);
        p->drawText(r, Qt::AlignCenter, banner);
    }

    const QRectF titleRect(page.left() + pad, titleTop, page.width() - 2 * pad, tfm.height());
    const QString dateText = QLocale().toString(block.date, QLocale::LongFormat);
    p->setFont(infoFont);
    p->setPen(QColor(0x4a5568));
    const QString right = pageText.isEmpty() ? dateText : dateText + u"  \u00b7  "_s + pageText;
    const double rightW = ifm.horizontalAdvance(right) + 4;
    p->drawText(QRectF(titleRect.right() - rightW, titleRect.top(), rightW, titleRect.height()),
                Qt::AlignRight | Qt::AlignVCenter, right);
    p->setFont(titleFont);
    p->setPen(QColor(0x1a202c));
    QString title = block.title;
    if (!block.subject.isEmpty())
        title = tr("%1 \u2014 %2").arg(block.title, block.subject);
    p->drawText(QRectF(titleRect.left(), titleRect.top(), titleRect.width() - rightW - pad,
                       titleRect.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                tfm.elidedText(title, Qt::ElideRight, titleRect.width() - rightW - pad));

    QStringList info;
    if (!block.counterpart.isEmpty())
        info << tr("Counterpart: %1").arg(block.counterpart);
    if (!block.source.isEmpty())
        info << tr("Scenario: %1").arg(block.source);
    info << tr("Profile: %1")
                .arg(block.profile.isEmpty() ? QStringLiteral("strict") : block.profile);
    info << tr("Classification: %1").arg(banner);
    p->setFont(infoFont);
    p->setPen(QColor(0x2d3748));
    const QRectF infoRect(titleRect.left(), titleRect.bottom() + 2, titleRect.width(),
                          ifm.height());
    p->drawText(infoRect, Qt::AlignLeft | Qt::AlignVCenter,
                ifm.elidedText(info.join(u"   \u00b7   "_s), Qt::ElideRight, infoRect.width()));
    p->setPen(QPen(QColor(0xa0aec0), 1));
    p->drawLine(QPointF(page.left() + pad, titleTop + blockH),
                QPointF(page.right() - pad, titleTop + blockH));
    p->restore();
    return content;
}

void Exporter::paintChartPage(QPainter *p, const QRectF &page)
{
    const QRectF content = paintFrame(p, page, titleBlock(tr("Value flow charts")));
    p->fillRect(content, Qt::white);
    m_charts->renderAll(p, content);
}

QString Exporter::pageFilePath(const QString &path, int page)
{
    const QFileInfo info(path);
    const QString name =
        info.completeBaseName() + u'-' + QString::number(page) + u'.' + info.suffix();
    return info.dir().filePath(name);
}

std::unique_ptr<TimelinePages> Exporter::timelinePages(const QSizeF &page) const
{
    auto pages = std::make_unique<TimelinePages>(plan(), m_findings);
    const QRectF probe(QPointF(0, 0), page);
    pages->layout(paintFrame(nullptr, probe, titleBlock({})).size());
    return pages;
}

void Exporter::paintTimelinePage(QPainter *p, const QRectF &page, const TimelinePages &pages,
                                 int index)
{
    const int count = pages.pageCount();
    const QString subject =
        count > 1 ? tr("Timeline, %1").arg(pages.monthsText(index)) : tr("Timeline");
    const QString pageText = count > 1 ? tr("Page %1 of %2").arg(index + 1).arg(count) : QString();
    const QRectF content = paintFrame(p, page, titleBlock(subject), pageText);
    pages.paint(p, content, index);
}

bool Exporter::paintKind(ExportKind kind, QPainter *p, const QRectF &page,
                         const ExportProgress &progress)
{
    switch (kind) {
    case ExportKind::Chart:
        paintChartPage(p, page);
        return true;
    case ExportKind::Timeline: {
        // The pages one below the other, like the report's.
        const QSizeF size = logicalSize(ExportKind::Timeline);
        const std::unique_ptr<TimelinePages> pages = timelinePages(size);
        for (int i = 0; i < pages->pageCount(); ++i) {
            if (progress && !progress(i, pages->pageCount()))
                return false;
            paintTimelinePage(
                p, QRectF(QPointF(page.left(), page.top() + i * (size.height() + 16)), size),
                *pages, i);
        }
        return true;
    }
    case ExportKind::Report: {
        ReportWriter writer(*this);
        const QSizeF pageSize = ReportWriter::defaultPageSize();
        if (writer.layout(pageSize, progress) == 0)
            return false;
        p->save();
        const bool ok = writer.paint(
            p,
            [&] {
                p->translate(0, pageSize.height() + 16);
                return true;
            },
            progress);
        p->restore();
        return ok;
    }
    }
    return false;
}

QImage Exporter::renderImage(const QSize &pixels, const QSizeF &logical, const QColor &background,
                             const std::function<bool(QPainter *)> &paint) const
{
    QImage img(pixels, QImage::Format_ARGB32_Premultiplied);
    img.fill(background);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.scale(pixels.width() / logical.width(), pixels.height() / logical.height());
        if (!paint(&p))
            return {};
    }
    const int dpm = std::lround(m_dpi / 0.0254);
    img.setDotsPerMeterX(dpm);
    img.setDotsPerMeterY(dpm);
    img.setText(u"Title"_s, plan().meta.title);
    img.setText(u"Classification"_s, bannerText(plan().meta.classification));
    return img;
}

QImage Exporter::image(ExportKind kind, const ExportProgress &progress)
{
    QSize pixels = imageSize(kind);
    QSizeF logical = logicalSize(kind);
    QSizeF page = kind == ExportKind::Report ? ReportWriter::defaultPageSize() : logical;
    int pages = 1;
    if (kind == ExportKind::Timeline) { // its pages one below the other
        pages = timelinePages(logical)->pageCount();
        const double scale = pixels.height() / logical.height();
        logical.setHeight(pages * page.height() + (pages - 1) * 16);
        pixels.setHeight(int(std::lround(logical.height() * scale)));
    }
    const bool strip = kind == ExportKind::Report || pages > 1;
    return renderImage(pixels, logical, strip ? QColor(0xcbd5e0) : QColor(Qt::white),
                       [&](QPainter *p) {
                           if (strip) { // white pages on a grey strip
                               for (double y = 0; y < logical.height(); y += page.height() + 16)
                                   p->fillRect(QRectF(QPointF(0, y), page), Qt::white);
                           }
                           return paintKind(kind, p, QRectF(QPointF(0, 0), logical), progress);
                       });
}

QString Exporter::write(ExportKind kind, const QString &path, const ExportProgress &progress)
{
    m_written.clear();
    const std::optional<ExportFormat> format = exportFormatForPath(path);
    if (!format)
        return tr("Unknown output format of %1: use .png, .svg or .pdf.")
            .arg(QDir::toNativeSeparators(path));
    if (kind == ExportKind::Timeline && *format != ExportFormat::Pdf)
        return writeTimelineFiles(path, *format, progress);
    QString error;
    switch (*format) {
    case ExportFormat::Png:
        error = writePng(kind, path, progress);
        break;
    case ExportFormat::Svg:
        error = writeSvg(kind, path, progress);
        break;
    case ExportFormat::Pdf:
        error = writePdf(kind, path, progress);
        break;
    }
    if (error.isEmpty())
        m_written = {path};
    return error;
}

QString Exporter::writePng(ExportKind kind, const QString &path, const ExportProgress &progress)
{
    return saveThrough(path, [&](QSaveFile &file) -> QString {
        const QImage img = image(kind, progress);
        if (img.isNull())
            return cancelledMessage();
        if (!img.save(&file, "PNG"))
            return tr("Cannot encode the PNG image %1.").arg(QDir::toNativeSeparators(path));
        return {};
    });
}

QString Exporter::writeSvg(ExportKind kind, const QString &path, const ExportProgress &progress)
{
    return saveThrough(path, [&](QSaveFile &file) -> QString {
        const QSizeF logical = logicalSize(kind);
        return encodePage(file, ExportFormat::Svg, logical, [&](QPainter *p) {
            if (kind == ExportKind::Report) {
                const QSizeF page = ReportWriter::defaultPageSize();
                for (double y = 0; y < logical.height(); y += page.height() + 16)
                    p->fillRect(QRectF(QPointF(0, y), page), Qt::white);
            } else {
                p->fillRect(QRectF(QPointF(0, 0), logical), Qt::white);
            }
            return paintKind(kind, p, QRectF(QPointF(0, 0), logical), progress);
        });
    });
}

// One page (or the report's strip) encoded as `format` (PNG or SVG) into out.
QString Exporter::encodePage(QIODevice &out, ExportFormat format, const QSizeF &logical,
                             const std::function<bool(QPainter *)> &paint) const
{
    if (format == ExportFormat::Png) {
        const double scale = std::max(1, m_dpi) / kLogicalDpi;
        const QSize pixels = m_imageSize.isValid()
                                 ? m_imageSize
                                 : QSize(int(std::lround(logical.width() * scale)),
                                         int(std::lround(logical.height() * scale)));
        const QImage img = renderImage(pixels, logical, Qt::white, paint);
        if (img.isNull())
            return cancelledMessage();
        if (!img.save(&out, "PNG"))
            return tr("Cannot encode the PNG image %1.").arg(deviceName(out));
        return {};
    }
    QBuffer buffer; // QSvgGenerator writes plan text as given: made well-formed before saving
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(static_cast<int>(kLogicalDpi));
    svg.setSize(logical.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), logical));
    // QSvgGenerator writes both into <title> and <desc> as they are: escaped here.
    svg.setTitle(xmlEscaped(plan().meta.title));
    svg.setDescription(xmlEscaped(bannerText(plan().meta.classification)));
    QPainter p(&svg);
    const bool ok = paint(&p);
    p.end();
    if (!ok)
        return cancelledMessage();
    const QByteArray bytes = xmlSafeUtf8(buffer.data());
    if (out.write(bytes) != bytes.size())
        return tr("Cannot write %1: %2").arg(deviceName(out), out.errorString());
    return {};
}

// A timeline to PNG or SVG: one file, or one per page (OUT-1.png ...) as
// m_pageFiles says. Every file is written through a QSaveFile and committed
// only once all pages are encoded.
QString Exporter::writeTimelineFiles(const QString &path, ExportFormat format,
                                     const ExportProgress &progress)
{
    const QSizeF logical = logicalSize(ExportKind::Timeline);
    const std::unique_ptr<TimelinePages> pages = timelinePages(logical);
    const int count = pages->pageCount();
    if (count > 1 && m_pageFiles == PageFiles::Single)
        return tr("The timeline needs %1 pages to be read at this page size (no text under "
                  "7 pt, no label cut); one %2 file cannot hold them. Export it to PDF, or one "
                  "file per page (%3 to %4).")
            .arg(count)
            .arg(format == ExportFormat::Png ? u"PNG"_s : u"SVG"_s,
                 QFileInfo(pageFilePath(path, 1)).fileName(),
                 QFileInfo(pageFilePath(path, count)).fileName());
    const bool numbered = count > 1 || m_pageFiles == PageFiles::Split;
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (int i = 0; i < count; ++i) {
        if (progress && !progress(i, count))
            return cancelledMessage();
        auto file = std::make_unique<QSaveFile>(numbered ? pageFilePath(path, i + 1) : path);
        if (!file->open(QIODevice::WriteOnly))
            return saveError(*file);
        const QString error = encodePage(*file, format, logical, [&](QPainter *p) {
            p->fillRect(QRectF(QPointF(0, 0), logical), Qt::white);
            paintTimelinePage(p, QRectF(QPointF(0, 0), logical), *pages, i);
            return true;
        });
        if (!error.isEmpty())
            return error; // the files not committed are discarded
        files.push_back(std::move(file));
    }
    for (const std::unique_ptr<QSaveFile> &file : files) {
        if (!file->commit())
            return saveError(*file);
        m_written.append(file->fileName());
    }
    return {};
}

QString Exporter::writePdf(ExportKind kind, const QString &path, const ExportProgress &progress)
{
    return writePdfPages(path, plan().meta.title,
                         [&](QPainter *p, const QRectF &page, const std::function<bool()> &next) {
                             if (kind == ExportKind::Timeline)
                                 return paintTimelinePdf(p, page, next, progress);
                             if (kind != ExportKind::Report)
                                 return paintKind(kind, p, page, progress);
                             ReportWriter writer(*this);
                             return writer.layout(page.size(), progress) > 0 &&
                                    writer.paint(p, next, progress);
                         });
}

bool Exporter::paintTimelinePdf(QPainter *p, const QRectF &page,
                                const std::function<bool()> &newPage,
                                const ExportProgress &progress)
{
    const std::unique_ptr<TimelinePages> pages = timelinePages(page.size());
    for (int i = 0; i < pages->pageCount(); ++i) {
        if ((progress && !progress(i, pages->pageCount())) || (i > 0 && !newPage()))
            return false;
        paintTimelinePage(p, page, *pages, i);
    }
    return true;
}

QPageLayout Exporter::pdfPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                       QMarginsF(kPageMarginMm, kPageMarginMm, kPageMarginMm, kPageMarginMm),
                       QPageLayout::Millimeter);
}

QString Exporter::writePdfPages(const QString &path, const QString &title, const PdfPainter &paint)
{
    return saveThrough(path, [&](QSaveFile &file) -> QString {
        QPdfWriter pdf(&file);
        pdf.setResolution(static_cast<int>(kLogicalDpi));
        pdf.setTitle(title);
        pdf.setCreator(u"Tranche"_s);
        pdf.setPageLayout(pdfPageLayout());
        QPainter p(&pdf);
        p.setRenderHint(QPainter::Antialiasing);
        const bool ok =
            paint(&p, QRectF(0, 0, pdf.width(), pdf.height()), [&] { return pdf.newPage(); });
        p.end();
        return ok ? QString() : cancelledMessage();
    });
}

// --- Window-side helpers -------------------------------------------------

QString exportWithProgress(QWidget *parent, Exporter &exporter, ExportKind kind,
                           const QString &path)
{
    QProgressDialog dialog(Exporter::tr("Exporting %1\u2026").arg(QFileInfo(path).fileName()),
                           Exporter::tr("Cancel"), 0, 1, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    const ExportProgress progress = [&dialog](int done, int total) {
        dialog.setMaximum(std::max(1, total));
        dialog.setValue(std::min(done, std::max(1, total)));
        QCoreApplication::processEvents(); // keeps the window painting; lets Cancel through
        return !dialog.wasCanceled();
    };
    const QString error = exporter.write(kind, path, progress);
    dialog.close();
    return error;
}

void printWithPreview(QWidget *parent, Exporter &exporter, ExportKind kind)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(Exporter::pdfPageLayout());
    printer.setDocName(exporter.plan().meta.title);
    QPrintPreviewDialog preview(&printer, parent);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&exporter, kind](QPrinter *target) {
                         // Lay out at 96 dpi like every other export, so that
                         // chart text and geometry agree.
                         target->setResolution(static_cast<int>(kLogicalDpi));
                         QPainter p(target);
                         p.setRenderHint(QPainter::Antialiasing);
                         const QRectF page(0, 0, target->width(), target->height());
                         if (kind == ExportKind::Report) {
                             ReportWriter writer(exporter);
                             writer.layout(page.size());
                             writer.paint(&p, [target] { return target->newPage(); });
                         } else if (kind == ExportKind::Chart) {
                             exporter.paintChartPage(&p, page);
                         } else {
                             const auto pages = exporter.timelinePages(page.size());
                             for (int i = 0; i < pages->pageCount(); ++i) {
                                 if (i > 0)
                                     target->newPage();
                                 exporter.paintTimelinePage(&p, page, *pages, i);
                             }
                         }
                     });
    preview.exec();
}

void copyToClipboard(Exporter &exporter, ExportKind kind)
{
    auto *mime = new QMimeData;
    mime->setImageData(exporter.image(kind));
    if (kind == ExportKind::Chart) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const QSizeF logical = exporter.logicalSize(kind);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setResolution(static_cast<int>(kLogicalDpi));
        svg.setSize(logical.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), logical));
        {
            QPainter p(&svg);
            p.fillRect(QRectF(QPointF(0, 0), logical), Qt::white);
            exporter.paintChartPage(&p, QRectF(QPointF(0, 0), logical));
        }
        mime->setData(u"image/svg+xml"_s, xmlSafeUtf8(buffer.data()));
    }
    QGuiApplication::clipboard()->setMimeData(mime);
}

} // namespace tranche
