#include "rules/rule.h"

#include <QCoreApplication>

namespace tranche {

// TGT-1 "Keep targeted sanctions": sanctions on the military, security services, prison system and
// human-rights abusers stay.
void checkTgt1(const RuleContext &, const PhaseInput &in, FindingSink &sink)
{
    RuleMessage text(
        QT_TRANSLATE_NOOP("tranche", "%1 is a retained %2 sanction and may not be relieved"));
    for (int i = 0; i < in.items.size(); ++i) {
        const SanctionsItem *it = in.items.at(i);
        if (!it || !isRetainedClass(it->targeted))
            continue;
        sink.add(Severity::Violation, in.index, i, it->id,
                 text.arg({in.label(i), toString(it->targeted)}));
    }
}

} // namespace tranche
