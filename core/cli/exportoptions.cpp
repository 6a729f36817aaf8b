#include "cli/exportoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// The translation contexts these texts had in main.cpp ("main", the options'
// help and the usage errors) and in the export command ("tranche").
struct MainTexts
{
    Q_DECLARE_TR_FUNCTIONS(main)
};
struct ExportTexts
{
    Q_DECLARE_TR_FUNCTIONS(tranche)
};

// The value of `text` among `names` (matched exactly), or nullopt.
template <typename T, std::size_t N>
std::optional<T> lookUp(const QString &text,
                        const std::array<std::pair<QLatin1StringView, T>, N> &names)
{
    const auto it = std::find_if(names.begin(), names.end(),
                                 [&text](const auto &entry) { return text == entry.first; });
    return it == names.end() ? std::nullopt : std::optional<T>(it->second);
}

ExportOptionsResult refused(const QString &message)
{
    return {std::nullopt, message};
}

} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    static constexpr std::array formats{std::pair{"png"_L1, ExportFormat::Png},
                                        std::pair{"svg"_L1, ExportFormat::Svg},
                                        std::pair{"pdf"_L1, ExportFormat::Pdf}};
    return lookUp(QFileInfo(path).suffix().toLower(), formats);
}

std::optional<ExportKind> exportKindFromString(const QString &what)
{
    static constexpr std::array kinds{std::pair{"chart"_L1, ExportKind::Chart},
                                      std::pair{"timeline"_L1, ExportKind::Timeline},
                                      std::pair{"report"_L1, ExportKind::Report}};
    return lookUp(what, kinds);
}

std::optional<ReportDetail> reportDetailFromString(const QString &detail)
{
    static constexpr std::array details{std::pair{"auto"_L1, ReportDetail::Auto},
                                        std::pair{"full"_L1, ReportDetail::Full},
                                        std::pair{"summary"_L1, ReportDetail::Summary}};
    return lookUp(detail, details);
}

std::optional<PageFiles> pageFilesFromString(const QString &pages)
{
    static constexpr std::array modes{std::pair{"auto"_L1, PageFiles::Auto},
                                      std::pair{"single"_L1, PageFiles::Single},
                                      std::pair{"split"_L1, PageFiles::Split}};
    return lookUp(pages, modes);
}

namespace {

// --pages: known, and for a timeline written to PNG or SVG only.
QString checkPages(const ExportArguments &arguments, ExportOptions &options)
{
    if (arguments.pages.isEmpty())
        return {};
    const std::optional<PageFiles> pages = pageFilesFromString(arguments.pages);
    if (!pages)
        return ExportTexts::tr("tranche export: unknown --pages \"%1\" (auto, single or split)")
            .arg(arguments.pages);
    if (options.kind != ExportKind::Timeline || options.format == ExportFormat::Pdf)
        return ExportTexts::tr(
            "tranche export: --pages applies to --timeline written to PNG or SVG only");
    options.pages = *pages;
    return {};
}

} // namespace

ExportOptionsResult parseExportOptions(const ExportArguments &arguments)
{
    ExportOptions options;
    options.plan = arguments.plan;
    options.out = arguments.out;
    if (!arguments.kind)
        return refused(
            ExportTexts::tr("tranche export: say what to export: --chart, --timeline or --report"));
    options.kind = *arguments.kind;
    const QString detail = arguments.detail.isEmpty() ? u"auto"_s : arguments.detail;
    const std::optional<ReportDetail> reportDetail = reportDetailFromString(detail);
    if (!reportDetail)
        return refused(
            ExportTexts::tr("tranche export: unknown detail \"%1\" (auto, full or summary)")
                .arg(detail));
    options.detail = *reportDetail;
    if (arguments.out.isEmpty())
        return refused(ExportTexts::tr(
            "tranche export: give the output file: -o OUT.png, OUT.svg or OUT.pdf"));
    const std::optional<ExportFormat> format = exportFormatForPath(arguments.out);
    if (!format)
        return refused(
            ExportTexts::tr("tranche export: %1: unknown output format \"%2\" (png, svg or pdf)")
                .arg(QDir::toNativeSeparators(arguments.out), QFileInfo(arguments.out).suffix()));
    options.format = *format;

    if ((!arguments.dpi.isEmpty() || !arguments.size.isEmpty()) && *format != ExportFormat::Png)
        return refused(
            ExportTexts::tr("tranche export: --dpi and --size apply to PNG output only"));
    if (!arguments.dpi.isEmpty()) {
        bool ok = false;
        const int dpi = arguments.dpi.toInt(&ok);
        if (!ok || dpi < 48 || dpi > 600)
            return refused(ExportTexts::tr("tranche export: --dpi must be a whole number from 48 "
                                           "to 600 (got \"%1\")")
                               .arg(arguments.dpi));
        options.dpi = dpi;
    }
    if (!arguments.size.isEmpty()) {
        static const QRegularExpression re(u"^(\\d{1,5})x(\\d{1,5})$"_s);
        const QRegularExpressionMatch m = re.match(arguments.size);
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 16 || h < 16 || w > 20000 || h > 20000)
            return refused(ExportTexts::tr("tranche export: --size must be WIDTHxHEIGHT in "
                                           "pixels, 16 to 20000 each (got \"%1\")")
                               .arg(arguments.size));
        options.size = QSize(w, h);
    }
    if (const QString error = checkPages(arguments, options); !error.isEmpty())
        return refused(error);
    return {options, QString()};
}

ExportCommandLine::ExportCommandLine()
    : m_chart(u"chart"_s, MainTexts::tr("Export the escrowed-versus-released chart.")),
      m_timeline(u"timeline"_s, MainTexts::tr("Export the timeline.")),
      m_report(u"report"_s, MainTexts::tr("Export the briefing report.")),
      m_output({u"o"_s, u"output"_s}, MainTexts::tr("Output file: .png, .svg or .pdf."),
               MainTexts::tr("OUT")),
      m_detail(
          u"detail"_s,
          MainTexts::tr("Report detail: auto (a very large plan is summarised), full or summary."),
          MainTexts::tr("DETAIL"), u"auto"_s),
      m_dpi(u"dpi"_s, MainTexts::tr("PNG resolution in dots per inch (default 96)."),
            MainTexts::tr("DPI")),
      m_size(
          u"size"_s,
          MainTexts::tr("PNG size in pixels, WIDTHxHEIGHT (default: the natural size at the DPI)."),
          MainTexts::tr("WxH")),
      m_pages(u"pages"_s,
              MainTexts::tr("Timeline to PNG or SVG: auto (one file, or OUT-1, OUT-2 ... when "
                            "the timeline needs more than one page), single (one file; refused "
                            "when it needs more pages) or split (always OUT-1, OUT-2 ...)."),
              MainTexts::tr("PAGES"))
{}

void ExportCommandLine::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_chart, m_timeline, m_report, m_output, m_detail, m_dpi, m_size, m_pages});
}

ExportOptionsResult ExportCommandLine::read(const QCommandLineParser &parser,
                                            const QString &plan) const
{
    const int kinds =
        int(parser.isSet(m_chart)) + int(parser.isSet(m_timeline)) + int(parser.isSet(m_report));
    if (kinds != 1 || !parser.isSet(m_output))
        return refused(
            MainTexts::tr("Give exactly one of --chart, --timeline, --report, and -o OUT."));
    if (parser.isSet(m_detail) && !parser.isSet(m_report))
        return refused(MainTexts::tr("--detail applies to --report only."));
    ExportArguments arguments;
    arguments.plan = plan;
    arguments.kind = parser.isSet(m_chart)      ? ExportKind::Chart
                     : parser.isSet(m_timeline) ? ExportKind::Timeline
                                                : ExportKind::Report;
    arguments.out = parser.value(m_output);
    arguments.detail = parser.value(m_detail);
    arguments.dpi = parser.value(m_dpi);
    arguments.size = parser.value(m_size);
    arguments.pages = parser.value(m_pages);
    return parseExportOptions(arguments);
}

} // namespace tranche
