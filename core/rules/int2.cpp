#include "rules/rule.h"

#include <QCoreApplication>

namespace tranche {

// INT-2 "Interim relief is quickly reversible": no interim relief of an item that is hard to
// reverse.
void checkInt2(const RuleContext &, const PhaseInput &in, FindingSink &sink)
{
    flagInterimItems(
        in, sink, [](const SanctionsItem &it) { return it.reversibility == Reversibility::Hard; },
        QT_TRANSLATE_NOOP("tranche",
                          "%1 is hard to reverse and may not be relieved in an interim phase"));
}

} // namespace tranche
