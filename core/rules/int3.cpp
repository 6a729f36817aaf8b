#include "rules/rule.h"

#include <QCoreApplication>

namespace tranche {

namespace {

const QString kId = QStringLiteral("INT-3");

} // namespace

// INT-3 "Interim relief has a fixed end": every interim placement ends, within a maximum length.
void checkInt3(const RuleContext &ctx, const PhaseInput &in, FindingSink &sink)
{
    if (!in.isInterim())
        return;
    const double maxMonths = ctx.threshold(kId, QStringLiteral("maxMonths"));
    QString limit;
    RuleMessage openText(QT_TRANSLATE_NOOP(
        "tranche", "interim relief of %1 has no end (from month %2); at most %3"));
    RuleMessage longText(
        QT_TRANSLATE_NOOP("tranche", "interim relief of %1 lasts %2 from month %3; at most %4"));
    RuleMessage monthsMany(QT_TRANSLATE_NOOP("tranche", "%1 months"));
    const QList<Placement> &reliefs = in.phase->reliefs;
    for (int i = 0; i < reliefs.size(); ++i) {
        const Placement &pl = reliefs.at(i);
        if (pl.end && !tolerance::above(*pl.end - pl.start, maxMonths))
            continue;
        if (limit.isNull())
            limit = monthsText(int(maxMonths));
        if (!pl.end) {
            sink.add(Severity::Violation, in.index, i, pl.item,
                     openText.arg({in.label(i), Number(pl.start), limit}));
            continue;
        }
        const int months = *pl.end - pl.start;
        sink.add(Severity::Violation, in.index, i, pl.item,
                 longText.arg({in.label(i),
                               months == 1 ? monthsText(1) : monthsMany.arg({Number(months)}),
                               Number(pl.start), limit}));
    }
}

} // namespace tranche
