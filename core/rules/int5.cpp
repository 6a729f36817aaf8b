#include "rules/rule.h"

#include <QCoreApplication>

namespace tranche {

namespace {

const QString kId = QStringLiteral("INT-5");

void checkPhase(const RuleContext &, const PhaseInput &in, FindingSink &sink)
{
    flagInterimItems(
        in, sink, [](const SanctionsItem &it) { return it.longTermBenefit; },
        QT_TRANSLATE_NOOP(
            "tranche", "%1 gives a lasting benefit and may not be relieved in an interim phase"));
}

} // namespace

// INT-5 "No lasting benefits early": no interim relief of an item with a lasting benefit.
const Rule &int5Rule()
{
    static const Rule rule(
        {kId, QT_TRANSLATE_NOOP("tranche", "No lasting benefits early"), {}, checkPhase});
    return rule;
}

} // namespace tranche
