#pragma once
// `tranche export FILE --chart|--timeline|--report -o OUT.{png,svg,pdf}`:
// renders a plan file's chart, timeline or briefing report, headless.

#include "cli/exportoptions.h"

#include <QTextStream>

namespace tranche {

// Renders `options` (read and checked by core/cli/exportoptions.h) to
// options.out. Returns 0, or 2 with a message on err for bad input (unreadable
// or invalid plan, unknown rule profile) or an output that cannot be written.
// The output is written through a temporary file in its folder and renamed:
// never a partial file left behind. Needs a QApplication (the charts are Qt
// Charts widgets); any platform works, offscreen included.
int runExportCli(const ExportOptions &options, QTextStream &err);

} // namespace tranche
