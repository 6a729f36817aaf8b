#include "rules/rule.h"

#include <QCoreApplication>

namespace tranche {

namespace {

const QString kId = QStringLiteral("INT-3");

void checkPhase(const RuleContext &ctx, const PhaseInput &in, FindingSink &sink)
{
    if (!in.isInterim())
        return;
    const double maxMonths = ctx.threshold(kId, QStringLiteral("maxMonths"));
    QString limit;
    MessageTemplate openText, longText, monthsMany;
    const QList<Placement> &reliefs = in.phase->reliefs;
    for (int i = 0; i < reliefs.size(); ++i) {
        const Placement &pl = reliefs.at(i);
        if (pl.end && !tolerance::above(*pl.end - pl.start, maxMonths))
            continue;
        if (limit.isNull())
            limit = monthsText(int(maxMonths));
        if (!pl.end) {
            if (openText.isNull()) {
                openText = MessageTemplate(QCoreApplication::translate(
                    "tranche", "interim relief of %1 has no end (from month %2); at most %3"));
            }
            sink.add(Severity::Violation, in.index, i, pl.item,
                     openText.arg({in.label(i), Number(pl.start), limit}));
        } else {
            if (longText.isNull()) {
                longText = MessageTemplate(QCoreApplication::translate(
                    "tranche", "interim relief of %1 lasts %2 from month %3; at most %4"));
                monthsMany = MessageTemplate(QCoreApplication::translate("tranche", "%1 months"));
            }
            sink.add(Severity::Violation, in.index, i, pl.item,
                     longText.arg({in.label(i),
                                   *pl.end - pl.start == 1
                                       ? monthsText(1)
                                       : monthsMany.arg({Number(*pl.end - pl.start)}),
                                   Number(pl.start), limit}));
        }
    }
}

} // namespace

// INT-3 "Interim relief has a fixed end": every interim placement ends, within a maximum length.
const Rule &int3Rule()
{
    static const Rule rule({kId,
                            QT_TRANSLATE_NOOP("tranche", "Interim relief has a fixed end"),
                            {{QStringLiteral("maxMonths"), 6, 0, 1200, true}},
                            checkPhase});
    return rule;
}

} // namespace tranche
