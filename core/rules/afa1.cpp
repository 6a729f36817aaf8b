#include "rules/rule.h"

#include <QCoreApplication>

#include <algorithm>

namespace tranche {

namespace {

const QString kId = QStringLiteral("AFA-1");

void checkPhase(const RuleContext &, const PhaseInput &in, FindingSink &sink)
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

} // namespace

// AFA-1 "Relief follows action": relief only in a phase that requires an action, and never before
// its first verified action.
const Rule &afa1Rule()
{
    static const Rule rule(
        {kId, QT_TRANSLATE_NOOP("tranche", "Relief follows action"), {}, checkPhase});
    return rule;
}

} // namespace tranche
