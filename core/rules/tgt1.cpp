#include "rules/rule.h"

#include <QCoreApplication>

namespace tranche {

namespace {

const QString kId = QStringLiteral("TGT-1");

void checkPhase(const RuleContext &, const PhaseInput &in, FindingSink &sink)
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

} // namespace

// TGT-1 "Keep targeted sanctions": sanctions on the military, security services, prison system and
// human-rights abusers stay.
const Rule &tgt1Rule()
{
    static const Rule rule(
        {kId, QT_TRANSLATE_NOOP("tranche", "Keep targeted sanctions"), {}, checkPhase});
    return rule;
}

} // namespace tranche
