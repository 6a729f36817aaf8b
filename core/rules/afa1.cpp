#include "rules/rule.h"

#include <QCoreApplication>

#include <algorithm>

namespace tranche {

// AFA-1 "Relief follows action": relief only in a phase that requires an action, and never before
// its first verified action.
void checkAfa1(const RuleContext &, const PhaseInput &in, FindingSink &sink)
{
    const Phase &ph = *in.phase;
    if (ph.reliefs.isEmpty())
        return;
    if (ph.actions.isEmpty()) {
        sink.add(Severity::Violation, in.index, -1, QString(),
                 QCoreApplication::translate(
                     "tranche", "relief is granted but the phase requires no counterpart action"));
        return;
    }
    int earliest = ph.actions.constFirst().verifiedMonth;
    for (const RequiredAction &ra : ph.actions)
        earliest = std::min(earliest, ra.verifiedMonth);
    flagEarlyStarts(in, sink, earliest, nullptr,
                    QT_TRANSLATE_NOOP("tranche", "relief of %1 starts in month %2, before the "
                                                 "phase's earliest verified action (month %3)"));
}

} // namespace tranche
