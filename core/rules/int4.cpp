#include "rules/rule.h"

#include <QCoreApplication>

namespace tranche {

// INT-4 "Interim relief ends by itself": every interim placement has snapback.
void checkInt4(const RuleContext &, const PhaseInput &in, FindingSink &sink)
{
    if (!in.isInterim())
        return;
    RuleMessage text(QT_TRANSLATE_NOOP("tranche", "interim relief of %1 has no snapback"));
    const QList<Placement> &reliefs = in.phase->reliefs;
    for (int i = 0; i < reliefs.size(); ++i) {
        if (!reliefs.at(i).snapback)
            sink.add(Severity::Violation, in.index, i, reliefs.at(i).item, text.arg({in.label(i)}));
    }
}

} // namespace tranche
