#include "rules/int1.h"

#include "model/money.h"

#include <QCoreApplication>

#include <algorithm>

namespace tranche {

QString Int1::principle() const
{
    return QCoreApplication::translate("tranche", "Interim relief is small");
}

QList<ThresholdSpec> Int1::thresholds() const
{
    return {{QStringLiteral("share"), 0.10, 0, 1, false},
            {QStringLiteral("warnShare"), 0.80, 0, 1, false}};
}

void Int1::checkPlan(const RuleContext &ctx, const QList<const PhaseSummary *> &phases,
                     FindingSink &sink) const
{
    // Every month where some interim phase's sum changes; the sum is constant in between.
    QList<int> months;
    for (const PhaseSummary *s : phases) {
        if (s->kind != PhaseKind::Interim)
            continue;
        for (const StepPoint &p : s->relief)
            months.append(p.month);
    }
    if (months.isEmpty())
        return;
    std::sort(months.begin(), months.end());
    months.erase(std::unique(months.begin(), months.end()), months.end());

    // Plan total per month, summed over phases in document order.
    QList<double> total(months.size(), 0.0);
    for (const PhaseSummary *s : phases) {
        if (s->kind != PhaseKind::Interim || s->relief.isEmpty())
            continue;
        qsizetype k = -1; // last point of s at or before months[m]
        for (qsizetype m = 0; m < months.size(); ++m) {
            while (k + 1 < s->relief.size() && s->relief.at(k + 1).month <= months.at(m))
                ++k;
            if (k >= 0)
                total[m] += s->relief.at(k).value;
        }
    }
    double peak = total.constFirst();
    for (double v : total)
        peak = std::max(peak, v);
    qsizetype at = 0; // the first month at the peak (ties within tolerance)
    while (!tolerance::atLeast(total.at(at), peak))
        ++at;
    peak = total.at(at);
    const int month = months.at(at);

    const double share = ctx.threshold(id(), QStringLiteral("share"));
    const double warnShare = ctx.threshold(id(), QStringLiteral("warnShare"));
    const double cap = ctx.cap;
    const bool violation = tolerance::above(peak, cap);
    if (!violation && !tolerance::above(peak, warnShare * cap))
        return;

    // The interim phase contributing most at the peak month.
    int phase = -1;
    double most = 0;
    for (int p = 0; p < phases.size(); ++p) {
        if (phases.at(p)->kind != PhaseKind::Interim)
            continue;
        const double v = stepValueAt(phases.at(p)->relief, month);
        if (phase < 0 || tolerance::above(v, most)) {
            phase = p;
            most = v;
        }
    }

    QString message;
    if (ctx.referenceValue <= 0) {
        message =
            QCoreApplication::translate("tranche", "interim relief peaks at %1/yr in month %2 "
                                                   "with a reference value of %3; cap %4")
                .arg(formatMoney(peak))
                .arg(month)
                .arg(formatMoney(ctx.referenceValue), formatShare(share));
    } else if (violation) {
        message =
            QCoreApplication::translate("tranche", "interim relief peaks at %1/yr in month %2: "
                                                   "%3 of %4; cap %5")
                .arg(formatMoney(peak))
                .arg(month)
                .arg(formatShare(peak / ctx.referenceValue), formatMoney(ctx.referenceValue),
                     formatShare(share));
    } else {
        message =
            QCoreApplication::translate("tranche", "interim relief peaks at %1/yr in month %2: "
                                                   "%3 of %4, above %5 of the %6 cap")
                .arg(formatMoney(peak))
                .arg(month)
                .arg(formatShare(peak / ctx.referenceValue), formatMoney(ctx.referenceValue),
                     formatShare(warnShare), formatShare(share));
    }
    sink.add(violation ? Severity::Violation : Severity::Warning, phase, -1, QString(), message);
}

} // namespace tranche
