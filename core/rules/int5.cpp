#include "rules/int5.h"

#include <QCoreApplication>

namespace tranche {

QString Int5::principle() const
{
    return QCoreApplication::translate("tranche", "No lasting benefits early");
}

void Int5::checkPhase(const RuleContext &, const PhaseInput &in, FindingSink &sink) const
{
    if (!in.isInterim())
        return;
    MessageTemplate text;
    for (int i = 0; i < in.items.size(); ++i) {
        const SanctionsItem *it = in.items.at(i);
        if (!it || !it->longTermBenefit)
            continue;
        if (text.isNull()) {
            text = MessageTemplate(QCoreApplication::translate(
                "tranche",
                "%1 gives a lasting benefit and may not be relieved in an interim phase"));
        }
        sink.add(Severity::Violation, in.index, i, it->id, text.arg({in.label(i)}));
    }
}

} // namespace tranche
