#include "rules/rule.h"

#include <QCoreApplication>

namespace tranche {

namespace {

const QString kId = QStringLiteral("INT-4");

void checkPhase(const RuleContext &, const PhaseInput &in, FindingSink &sink)
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

} // namespace

// INT-4 "Interim relief ends by itself": every interim placement has snapback.
const Rule &int4Rule()
{
    static const Rule rule(
        {kId, QT_TRANSLATE_NOOP("tranche", "Interim relief ends by itself"), {}, checkPhase});
    return rule;
}

} // namespace tranche
