#include "rules/rule.h"

#include "model/money.h"

#include <QCoreApplication>

#include <algorithm>

namespace tranche {

namespace {
bool isBlank(const QString &s) // missing or only white space, without a copy
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
}

const QString kId = QStringLiteral("ESC-1");

} // namespace

// ESC-1 "Escrow the interim value": interim relief of escrowable items is escrowed, and every
// escrow names its agent and permitted uses.
void checkEsc1(const RuleContext &ctx, const PhaseInput &in, FindingSink &sink)
{
    const double violationBelow = ctx.threshold(kId, QStringLiteral("violationBelow"));
    const double warningBelow = ctx.threshold(kId, QStringLiteral("warningBelow"));
    RuleMessage violationText(QT_TRANSLATE_NOOP("tranche", "interim relief of escrowable %1 "
                                                           "escrows %2 of its value; at "
                                                           "least %3 required"));
    RuleMessage warningText(QT_TRANSLATE_NOOP(
        "tranche", "interim relief of escrowable %1 escrows %2 of its value, less than %3"));
    RuleMessage termsText[3] = {
        RuleMessage(QT_TRANSLATE_NOOP("tranche", "relief of %1 escrows %2 of its value but "
                                                 "names neither an escrow agent nor permitted "
                                                 "uses")),
        RuleMessage(QT_TRANSLATE_NOOP(
            "tranche", "relief of %1 escrows %2 of its value but names no escrow agent")),
        RuleMessage(QT_TRANSLATE_NOOP(
            "tranche", "relief of %1 escrows %2 of its value but names no permitted uses"))};
    QString violationShare, warningShare; // the thresholds as text, when first needed
    const QList<Placement> &reliefs = in.phase->reliefs;
    for (int i = 0; i < reliefs.size(); ++i) {
        const Placement &pl = reliefs.at(i);
        const SanctionsItem *it = in.items.at(i);
        if (in.isInterim() && it && it->escrowable) {
            if (tolerance::below(pl.escrowShare, violationBelow)) {
                if (violationShare.isNull())
                    violationShare = formatShare(violationBelow);
                sink.add(
                    Severity::Violation, in.index, i, pl.item,
                    violationText.arg({in.label(i), formatShare(pl.escrowShare), violationShare}));
            } else if (tolerance::below(pl.escrowShare, warningBelow)) {
                if (warningShare.isNull())
                    warningShare = formatShare(warningBelow);
                sink.add(Severity::Warning, in.index, i, pl.item,
                         warningText.arg({in.label(i), formatShare(pl.escrowShare), warningShare}));
            }
        }
        if (pl.escrowShare <= 0)
            continue;
        const bool noAgent = isBlank(pl.escrowAgent);
        const bool noUses = isBlank(pl.permittedUses);
        if (!noAgent && !noUses)
            continue;
        const int which = noAgent && noUses ? 0 : (noAgent ? 1 : 2);
        sink.add(Severity::Violation, in.index, i, pl.item,
                 termsText[which].arg({in.label(i), formatShare(pl.escrowShare)}));
    }
}

} // namespace tranche
