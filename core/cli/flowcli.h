#pragma once
// `tranche flow FILE [--format csv|json]`: the month-by-month value flow of a
// plan file on standard output, headless.

#include <QString>
#include <QTextStream>

namespace tranche {

// format: "csv" (also when empty) or "json". Returns the exit code: 0, or 2 for
// an unknown format or an unreadable/invalid plan (messages on err, nothing on out).
//
// csv: the header `month,released,releasedCumulative,escrowBalance,exposure`, one
// line a month, then one comment line `# inducementRatio,VALUE` (`null` when
// undefined). json (one line): {"months":[{"month":0,"released":..,
// "releasedCumulative":..,"escrowBalance":..,"exposure":..}],"inducementRatio":..|null}.
// Numbers are US dollars in the shortest form that reads back exactly, never
// in exponent notation ("1200000000", "8333333.333333333").
int runFlowCli(const QString &file, const QString &format, QTextStream &out, QTextStream &err);

} // namespace tranche
