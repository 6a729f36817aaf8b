#pragma once
// The export command's non-widget part: what `tranche export` is asked to
// render, read once from the command line into typed values (kind, output
// format, report detail, PNG resolution and size) and checked, so that the
// renderer (ui/export) never parses a string again.

#include <QCommandLineOption>
#include <QSize>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace tranche {

enum class ExportKind { Chart, Timeline, Report };
// How much of a large plan the briefing report lists: Auto lists every
// placement and finding of an ordinary plan and summarises a very large one.
enum class ReportDetail { Auto, Full, Summary };
enum class ExportFormat { Png, Svg, Pdf };
// How a timeline of more than one page goes to PNG or SVG: Auto writes one
// file when the timeline fits on one page and OUT-1.png, OUT-2.png ...
// otherwise; Single writes one file and refuses a timeline that needs more
// pages; Split always writes numbered files, OUT-1.png even for one page.
enum class PageFiles { Auto, Single, Split };

// By the file's suffix, case-insensitive: .png, .svg, .pdf; nullopt otherwise.
std::optional<ExportFormat> exportFormatForPath(const QString &path);
// "chart" | "timeline" | "report" -> kind; nullopt otherwise.
std::optional<ExportKind> exportKindFromString(const QString &what);
// "auto" | "full" | "summary" -> detail; nullopt otherwise.
std::optional<ReportDetail> reportDetailFromString(const QString &detail);
// "auto" | "single" | "split" -> page files; nullopt otherwise.
std::optional<PageFiles> pageFilesFromString(const QString &pages);

// One checked export request: the plan file, what to render and where.
struct ExportOptions
{
    QString plan; // the plan file
    ExportKind kind = ExportKind::Chart;
    QString out; // the output file; its suffix gave `format`
    ExportFormat format = ExportFormat::Png;
    ReportDetail detail = ReportDetail::Auto;
    std::optional<int> dpi;            // PNG only, 48-600 (absent: 96)
    std::optional<QSize> size;         // PNG only, 16-20000 pixels each (absent: the natural size)
    PageFiles pages = PageFiles::Auto; // PNG and SVG timelines only
};

// The export arguments as typed on the command line (empty: not given).
struct ExportArguments
{
    QString plan;
    std::optional<ExportKind> kind; // --chart, --timeline or --report
    QString out;
    QString detail; // "auto" | "full" | "summary"
    QString dpi;    // a whole number
    QString size;   // "WIDTHxHEIGHT"
    QString pages;  // "auto" | "single" | "split"
};

// The options, or (options empty) the one-line reason they are refused; the
// command exits with 2 then.
struct ExportOptionsResult
{
    std::optional<ExportOptions> options;
    QString error;
};

// Checks the arguments in this order, each refusal with its own message: a
// kind given, the detail, an output given, its format known, --dpi/--size for PNG
// only, the DPI, the size, then --pages (known, for a PNG or SVG timeline only).
ExportOptionsResult parseExportOptions(const ExportArguments &arguments);

// The export command's options on a QCommandLineParser: adds them for the
// help text and the parse, then reads the parsed values into ExportOptions
// (exactly one kind and -o required; --detail for reports only).
class ExportCommandLine
{
public:
    ExportCommandLine();
    void addTo(QCommandLineParser &parser) const;
    ExportOptionsResult read(const QCommandLineParser &parser, const QString &plan) const;

private:
    QCommandLineOption m_chart;
    QCommandLineOption m_timeline;
    QCommandLineOption m_report;
    QCommandLineOption m_output;
    QCommandLineOption m_detail;
    QCommandLineOption m_dpi;
    QCommandLineOption m_size;
    QCommandLineOption m_pages;
};

} // namespace tranche
