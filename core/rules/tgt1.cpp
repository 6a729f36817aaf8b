#include "rules/tgt1.h"

#include <QCoreApplication>

namespace tranche {

QString Tgt1::principle() const
{
    return QCoreApplication::translate("tranche", "Keep targeted sanctions");
}

void Tgt1::checkPhase(const RuleContext &, const PhaseInput &in, FindingSink &sink) const
{
    MessageTemplate text;
    for (int i = 0; i < in.items.size(); ++i) {
        const SanctionsItem *it = in.items.at(i);
        if (!it || !isRetainedClass(it->targeted))
            continue;
        if (text.isNull()) {
            text = MessageTemplate(QCoreApplication::translate(
                "tranche", "%1 is a retained %2 sanction and may not be relieved"));
        }
        sink.add(Severity::Violation, in.index, i, it->id,
                 text.arg({in.label(i), toString(it->targeted)}));
    }
}

} // namespace tranche
