#pragma once
// `tranche check FILE [--profile NAME] [--format text|json]`: checks every
// phase of a plan file against the principles, headless (PLAN-FORMAT.md).

#include <QString>
#include <QTextStream>

namespace tranche {

// profile: empty for the plan's own (plan.profile); format: "text" (also when
// empty) or "json". Returns the exit code: 0 when no violation is left
// unwaived (warnings and info allowed), 1 when one is, 2 for bad input
// (unreadable or invalid plan, unknown profile, unknown format): messages on
// err, nothing on out.
//
// json (one line): {"findings":[{"rule","severity","phase","item","message"}],
// "violations":N,"warnings":N,"waived":[{...the same keys...,"justification",
// "author","date"}]}; phase, item, author and date are null where there is
// none; waived findings are only in "waived" and count in neither total, nor
// do info findings.
// text: the plan's title and profile, then the findings one a line grouped by
// phase (findings naming no phase first, under "plan"), the waived findings
// apart with their justification, and a summary line of the counts.
int runCheckCli(const QString &file, const QString &profile, const QString &format,
                QTextStream &out, QTextStream &err);

} // namespace tranche
