#include "rules/rule.h"

#include <QCoreApplication>

namespace tranche {

// INT-5 "No lasting benefits early": no interim relief of an item with a lasting benefit.
void checkInt5(const RuleContext &, const PhaseInput &in, FindingSink &sink)
{
    flagInterimItems(
        in, sink, [](const SanctionsItem &it) { return it.longTermBenefit; },
        QT_TRANSLATE_NOOP(
            "tranche", "%1 gives a lasting benefit and may not be relieved in an interim phase"));
}

} // namespace tranche
