#include "rules/rule.h"

#include <QCoreApplication>

#include <optional>

namespace tranche {

namespace {

const QString kId = QStringLiteral("FAT-1");

void checkPhase(const RuleContext &, const PhaseInput &in, FindingSink &sink)
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

} // namespace

// FAT-1 "Financial access needs reform": FATF and financial-access relief only after a verified
// financial-sector reform.
const Rule &fat1Rule()
{
    static const Rule rule(
        {kId, QT_TRANSLATE_NOOP("tranche", "Financial access needs reform"), {}, checkPhase});
    return rule;
}

} // namespace tranche
