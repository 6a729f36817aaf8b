#include "rules/fat1.h"

#include <QCoreApplication>

#include <optional>

namespace tranche {

QString Fat1::principle() const
{
    return QCoreApplication::translate("tranche", "Financial access needs reform");
}

void Fat1::checkPhase(const RuleContext &, const PhaseInput &in, FindingSink &sink) const
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
    MessageTemplate text;
    const QList<Placement> &reliefs = in.phase->reliefs;
    for (int i = 0; i < reliefs.size(); ++i) {
        const SanctionsItem *it = in.items.at(i);
        if (!it || !it->fatf)
            continue;
        const Placement &pl = reliefs.at(i);
        if (reform && *reform <= pl.start)
            continue;
        if (reform) {
            if (text.isNull()) {
                text = MessageTemplate(QCoreApplication::translate(
                    "tranche", "relief of %1 starts in month %2, before the "
                               "financial-sector reform is verified in month %3"));
            }
            sink.add(Severity::Violation, in.index, i, pl.item,
                     text.arg({in.label(i), Number(pl.start), Number(*reform)}));
        } else {
            if (text.isNull()) {
                text = MessageTemplate(QCoreApplication::translate(
                    "tranche", "relief of %1 starts in month %2 but the phase "
                               "requires no financial-sector reform"));
            }
            sink.add(Severity::Violation, in.index, i, pl.item,
                     text.arg({in.label(i), Number(pl.start)}));
        }
    }
}

} // namespace tranche
