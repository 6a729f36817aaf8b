// Benchmarks of the exports on the stress plan: the SVG chart export and the
// PDF briefing report, each as the whole job (exporter set up from the plan,
// file written through QSaveFile), and a same-run baseline for each that
// writes a file of the same format holding only the framed page (banners and
// title block). Prints each figure as a ratio to its baseline.
//
//   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DTRANCHE_BUILD_BENCH=ON
//   cmake --build build-bench --target bench_exports && build-bench/bench/bench_exports
//
// TRANCHE_BENCH_OUT=DIR keeps the stress plan and its report in DIR to look at.

#include "benchsupport.h"
#include "export/exporter.h"
#include "export/reportwriter.h"
#include "rules/ruleengine.h"
#include "stressplan.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDir>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <map>
#include <memory>
#include <string>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

const Plan &stressPlan()
{
    static const Plan plan = makeStressPlan();
    return plan;
}

QTemporaryDir &outDir()
{
    static QTemporaryDir dir;
    return dir;
}

// Baseline: an SVG of the chart image's size holding only the frame.
void BM_BaselineSvgFrame(benchmark::State &state)
{
    Exporter exporter(stressPlan(), {}, u"stress.json"_s);
    const QString path = outDir().filePath(u"frame.svg"_s);
    const QSizeF size = exporter.logicalSize(ExportKind::Chart);
    for (auto _ : state) {
        QSaveFile file(path);
        file.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setResolution(96);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        {
            QPainter p(&svg);
            Exporter::paintFrame(&p, QRectF(QPointF(0, 0), size),
                                 exporter.titleBlock(u"Value flow charts"_s));
        }
        file.commit();
    }
}
BENCHMARK(BM_BaselineSvgFrame)->Unit(benchmark::kMillisecond);

// The whole `tranche export --chart -o OUT.svg` job after reading the plan.
void BM_SvgChart(benchmark::State &state)
{
    const QString path = outDir().filePath(u"chart.svg"_s);
    for (auto _ : state) {
        Exporter exporter(stressPlan(), {}, u"stress.json"_s);
        const QString error = exporter.write(ExportKind::Chart, path);
        if (!error.isEmpty())
            state.SkipWithError(qPrintable(error));
    }
    state.counters["bytes"] = static_cast<double>(QFileInfo(path).size());
}
BENCHMARK(BM_SvgChart)->Unit(benchmark::kMillisecond);

// Baseline: a one-page PDF holding only the frame.
void BM_BaselinePdfFrame(benchmark::State &state)
{
    Exporter exporter(stressPlan(), {}, u"stress.json"_s);
    const QString path = outDir().filePath(u"frame.pdf"_s);
    for (auto _ : state) {
        QSaveFile file(path);
        file.open(QIODevice::WriteOnly);
        {
            QPdfWriter pdf(&file);
            pdf.setResolution(96);
            pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                          QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter));
            QPainter p(&pdf);
            Exporter::paintFrame(&p, QRectF(0, 0, pdf.width(), pdf.height()),
                                 exporter.titleBlock(u"Briefing report"_s));
        }
        file.commit();
    }
}
BENCHMARK(BM_BaselinePdfFrame)->Unit(benchmark::kMillisecond);

// Page count of the stress report (outside the timed loops).
int reportPages(ReportDetail detail)
{
    Exporter exporter(stressPlan(), RuleEngine::check(stressPlan()), u"stress.json"_s);
    exporter.setReportDetail(detail);
    ReportWriter writer(exporter);
    return writer.layout(ReportWriter::defaultPageSize());
}

// The whole `tranche export --report [--detail D] -o OUT.pdf` job after
// reading the plan: the findings (full check), the exporter, every page.
void runPdfReport(benchmark::State &state, ReportDetail detail, const QString &name)
{
    const QString path = outDir().filePath(name);
    for (auto _ : state) {
        Exporter exporter(stressPlan(), RuleEngine::check(stressPlan()), u"stress.json"_s);
        exporter.setReportDetail(detail);
        const QString error = exporter.write(ExportKind::Report, path);
        if (!error.isEmpty())
            state.SkipWithError(qPrintable(error));
    }
    state.counters["pages"] = reportPages(detail);
    state.counters["bytes"] = static_cast<double>(QFileInfo(path).size());
}

// The default detail (auto: the stress plan gets the summary). Target: <= 1 s.
void BM_PdfReport(benchmark::State &state)
{
    runPdfReport(state, ReportDetail::Auto, u"report.pdf"_s);
}
BENCHMARK(BM_PdfReport)->Unit(benchmark::kMillisecond)->Iterations(3);

// Every placement and finding listed (--detail full): not a target, the
// figure for what the summary saves.
void BM_PdfReportFull(benchmark::State &state)
{
    runPdfReport(state, ReportDetail::Full, u"report-full.pdf"_s);
}
BENCHMARK(BM_PdfReportFull)->Unit(benchmark::kMillisecond)->Iterations(1);

// Console output as usual, plus each export's CPU time over its baseline's.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs) {
            if (run.error_occurred)
                continue;
            // Plain runs, or the median of repetitions.
            if (run.run_type == Run::RT_Iteration)
                m_ms[run.run_name.function_name] = wallMs(run);
            else if (run.aggregate_name == "median")
                m_ms[run.run_name.function_name] = wallMs(run);
        }
    }

    void Finalize() override
    {
        ConsoleReporter::Finalize();
        std::printf("\n%-20s %10s %12s %10s %10s\n", "export", "real (ms)", "baseline", "x base",
                    "target");
        line("BM_SvgChart", "BM_BaselineSvgFrame", 200);
        line("BM_PdfReport", "BM_BaselinePdfFrame", 1000);
        line("BM_PdfReportFull", "BM_BaselinePdfFrame", 0);
    }

private:
    static double wallMs(const Run &run)
    {
        return run.GetAdjustedRealTime() / benchmark::GetTimeUnitMultiplier(run.time_unit) * 1e3;
    }

    void line(const std::string &name, const std::string &base, double target)
    {
        const auto n = m_ms.find(name);
        const auto b = m_ms.find(base);
        if (n == m_ms.end() || b == m_ms.end() || b->second <= 0)
            return;
        if (target > 0)
            std::printf("%-20s %10.1f %12.2f %10.1f %8.0f ms\n", name.c_str(), n->second, b->second,
                        n->second / b->second, target);
        else
            std::printf("%-20s %10.1f %12.2f %10.1f %11s\n", name.c_str(), n->second, b->second,
                        n->second / b->second, "-");
    }

    std::map<std::string, double> m_ms;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // the charts are Qt Charts (Qt Widgets) objects
    RatioReporter reporter;
    if (const int code = runBenchmarks(argc, argv, &reporter))
        return code;
    // To look at what was measured: TRANCHE_BENCH_OUT=DIR keeps the stress plan
    // (stress.json) and its report (stress-report.pdf) in DIR.
    const QString keep = qEnvironmentVariable("TRANCHE_BENCH_OUT");
    if (!keep.isEmpty()) {
        const QDir dir(keep);
        const QString error = writeStressPlan(dir.filePath(u"stress.json"_s));
        Exporter exporter(stressPlan(), RuleEngine::check(stressPlan()), u"stress.json"_s);
        const QString reportError =
            exporter.write(ExportKind::Report, dir.filePath(u"stress-report.pdf"_s));
        if (!error.isEmpty() || !reportError.isEmpty()) {
            std::fprintf(stderr, "%s %s\n", qPrintable(error), qPrintable(reportError));
            return 1;
        }
    }
    return 0;
}
