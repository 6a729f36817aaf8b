#include "rules/rule.h"

#include <QCoreApplication>

#include <limits>
#include <optional>

namespace tranche {

// FAT-1 "Financial access needs reform": FATF and financial-access relief only after a verified
// financial-sector reform.
void checkFat1(const RuleContext &, const PhaseInput &in, FindingSink &sink)
{
    // The earliest verification of a financial-sector reform the phase requires.
    std::optional<int> reform;
    for (int a = 0; a < in.actions.size(); ++a) {
        const CounterpartAction *act = in.actions.at(a);
        if (!act || !act->financialReform)
            continue;
        const int month = in.phase->actions.at(a).verifiedMonth;
        if (!reform || month < *reform)
            reform = month;
    }
    const auto fatf = [](const SanctionsItem *it) { return it && it->fatf; };
    const char *message =
        reform ? QT_TRANSLATE_NOOP("tranche", "relief of %1 starts in month %2, before the "
                                              "financial-sector reform is verified in month %3")
               : QT_TRANSLATE_NOOP("tranche", "relief of %1 starts in month %2 but the phase "
                                              "requires no financial-sector reform");
    // Without a reform, all such relief comes too early.
    flagEarlyStarts(in, sink, reform.value_or(std::numeric_limits<int>::max()), fatf, message);
}

} // namespace tranche
