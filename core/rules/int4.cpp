#include "rules/int4.h"

#include <QCoreApplication>

namespace tranche {

QString Int4::principle() const
{
    return QCoreApplication::translate("tranche", "Interim relief ends by itself");
}

void Int4::checkPhase(const RuleContext &, const PhaseInput &in, FindingSink &sink) const
{
    if (!in.isInterim())
        return;
    MessageTemplate text;
    const QList<Placement> &reliefs = in.phase->reliefs;
    for (int i = 0; i < reliefs.size(); ++i) {
        const Placement &pl = reliefs.at(i);
        if (pl.snapback)
            continue;
        if (text.isNull())
            text = MessageTemplate(
                QCoreApplication::translate("tranche", "interim relief of %1 has no snapback"));
        sink.add(Severity::Violation, in.index, i, pl.item, text.arg({in.label(i)}));
    }
}

} // namespace tranche
