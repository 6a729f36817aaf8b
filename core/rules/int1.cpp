#include "rules/rule.h"

#include "model/money.h"

#include <QCoreApplication>

#include <algorithm>

namespace tranche {

namespace {

const QString kId = QStringLiteral("INT-1");

} // namespace

// INT-1 "Interim relief is small": the interim relief in force in any month stays under a share of
// the reference value.
void checkInt1(const RuleContext &ctx, const QList<const PhaseSummary *> &phases, FindingSink &sink)
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

    const double share = ctx.threshold(kId, QStringLiteral("share"));
    const double warnShare = ctx.threshold(kId, QStringLiteral("warnShare"));
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

    // Every message starts with the peak and its month (%1, %2).
    const auto peakIn = [&](const char *text) {
        return QCoreApplication::translate("tranche", text).arg(formatMoney(peak)).arg(month);
    };
    QString message;
    if (ctx.referenceValue <= 0) {
        message = peakIn(QT_TRANSLATE_NOOP("tranche", "interim relief peaks at %1/yr in month %2 "
                                                      "with a reference value of %3; cap %4"))
                      .arg(formatMoney(ctx.referenceValue), formatShare(share));
    } else if (violation) {
        message = peakIn(QT_TRANSLATE_NOOP("tranche", "interim relief peaks at %1/yr in month %2: "
                                                      "%3 of %4; cap %5"))
                      .arg(formatShare(peak / ctx.referenceValue), formatMoney(ctx.referenceValue),
                           formatShare(share));
    } else {
        message = peakIn(QT_TRANSLATE_NOOP("tranche", "interim relief peaks at %1/yr in month %2: "
                                                      "%3 of %4, above %5 of the %6 cap"))
                      .arg(formatShare(peak / ctx.referenceValue), formatMoney(ctx.referenceValue),
                           formatShare(warnShare), formatShare(share));
    }
    sink.add(violation ? Severity::Violation : Severity::Warning, phase, -1, QString(), message);
}

} // namespace tranche
