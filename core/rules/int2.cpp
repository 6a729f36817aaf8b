#include "rules/rule.h"

#include <QCoreApplication>

namespace tranche {

namespace {

const QString kId = QStringLiteral("INT-2");

void checkPhase(const RuleContext &, const PhaseInput &in, FindingSink &sink)
{
    flagInterimItems(
        in, sink, [](const SanctionsItem &it) { return it.reversibility == Reversibility::Hard; },
        QT_TRANSLATE_NOOP("tranche",
                          "%1 is hard to reverse and may not be relieved in an interim phase"));
}

} // namespace

// INT-2 "Interim relief is quickly reversible": no interim relief of an item that is hard to
// reverse.
const Rule &int2Rule()
{
    static const Rule rule({kId,
                            QT_TRANSLATE_NOOP("tranche", "Interim relief is quickly reversible"),
                            {},
                            checkPhase});
    return rule;
}

} // namespace tranche
