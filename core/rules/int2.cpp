#include "rules/int2.h"

#include <QCoreApplication>

namespace tranche {

QString Int2::principle() const
{
    return QCoreApplication::translate("tranche", "Interim relief is quickly reversible");
}

void Int2::checkPhase(const RuleContext &, const PhaseInput &in, FindingSink &sink) const
{
    if (!in.isInterim())
        return;
    MessageTemplate text;
    for (int i = 0; i < in.items.size(); ++i) {
        const SanctionsItem *it = in.items.at(i);
        if (!it || it->reversibility != Reversibility::Hard)
            continue;
        if (text.isNull()) {
            text = MessageTemplate(QCoreApplication::translate(
                "tranche", "%1 is hard to reverse and may not be relieved in an interim phase"));
        }
        sink.add(Severity::Violation, in.index, i, it->id, text.arg({in.label(i)}));
    }
}

} // namespace tranche
