#pragma once
// `tranche export FILE --chart|--timeline|--report -o OUT.{png,svg,pdf}`:
// renders a plan file's chart, timeline or briefing report, headless.

#include <QString>
#include <QTextStream>

namespace tranche {

// what: "chart", "timeline" or "report"; out: the output file, its format by
// suffix (.png, .svg, .pdf). Returns 0, or 2 with a message on err for bad
// input (unreadable or invalid plan, unknown rule profile), an unknown kind or
// suffix, or an output that cannot be written. The output is written through a
// temporary file in its folder and renamed: never a partial file left behind.
// Needs a QApplication (the charts are Qt Charts widgets); any platform works,
// offscreen included.
//
// Options as given on the command line (empty: the default), each checked:
// detail "auto" | "full" | "summary" (ReportDetail; reports only), dpi a whole
// number 48-600 and size "WIDTHxHEIGHT" (16-20000 pixels each), both for PNG
// output only; anything else is bad input (2).
struct ExportOptions
{
    QString detail;
    QString dpi;
    QString size;
};
int runExportCli(const QString &file, const QString &what, const QString &out, QTextStream &err,
                     const ExportOptions &options = {});

} // namespace tranche
