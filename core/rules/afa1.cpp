#include "rules/afa1.h"

#include <QCoreApplication>

#include <algorithm>

namespace tranche {

QString Afa1::principle() const
{
    return QCoreApplication::translate("tranche", "Relief follows action");
}

void Afa1::checkPhase(const RuleContext &, const PhaseInput &in, FindingSink &sink) const
{
    const Phase &ph = *in.phase;
    if (ph.reliefs.isEmpty())
        return;
    if (ph.actions.isEmpty()) {
        sink.add(Severity::Violation, in.index, -1, QString(),
                 QCoreApplication::translate(
                     "tranche", "relief is granted but the phase requires no counterpart action"));
        return;
    }
    int earliest = ph.actions.constFirst().verifiedMonth;
    for (const RequiredAction &ra : ph.actions)
        earliest = std::min(earliest, ra.verifiedMonth);
    MessageTemplate text; // fetched once, when first needed
    for (int i = 0; i < ph.reliefs.size(); ++i) {
        const Placement &pl = ph.reliefs.at(i);
        if (pl.start >= earliest)
            continue;
        if (text.isNull()) {
            text = MessageTemplate(QCoreApplication::translate(
                "tranche", "relief of %1 starts in month %2, before the phase's earliest verified "
                           "action (month %3)"));
        }
        sink.add(Severity::Violation, in.index, i, pl.item,
                 text.arg({in.label(i), Number(pl.start), Number(earliest)}));
    }
}

} // namespace tranche
