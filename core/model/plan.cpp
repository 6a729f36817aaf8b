#include "model/plan.h"

#include "model/idlookup.h"

#include <algorithm>

namespace tranche {

QString toString(PhaseKind k)
{
    return k == PhaseKind::Final ? QStringLiteral("final") : QStringLiteral("interim");
}

std::optional<PhaseKind> phaseKindFromString(const QString &s)
{
    if (s == QLatin1StringView("interim"))
        return PhaseKind::Interim;
    if (s == QLatin1StringView("final"))
        return PhaseKind::Final;
    return std::nullopt;
}

int Phase::actionIndex(const QString &actionId) const
{
    return indexWhere(actions, &RequiredAction::action, actionId);
}

const Source *PlanMeta::source(const QString &id) const
{
    const int i = indexWhere(sources, &Source::id, id);
    return i < 0 ? nullptr : &sources.at(i);
}

int Plan::phaseIndex(const QString &phaseId) const
{
    return indexWhere(phases, &Phase::id, phaseId);
}

const Phase *Plan::phase(const QString &phaseId) const
{
    const int i = phaseIndex(phaseId);
    return i < 0 ? nullptr : &phases.at(i);
}

double Plan::referenceValue() const
{
    return meta.referenceValueUsd ? *meta.referenceValueUsd : catalog.totalAnnualValue();
}

int Plan::horizon() const
{
    int last = 0;
    for (const Phase &ph : phases) {
        last = std::max(last, ph.end);
        for (const RequiredAction &ra : ph.actions)
            last = std::max(last, ra.verifiedMonth);
        for (const Placement &pl : ph.reliefs) {
            last = std::max(last, pl.start);
            if (pl.end)
                last = std::max(last, *pl.end);
        }
    }
    return 12 + last;
}

namespace {

// meta.start as "yyyy-MM" read by hand (the format's parser costs about as
// much as painting a month of the timeline, which asks for every month).
QDate firstOfStart(const QString &start)
{
    if (start.size() == 7 && start.at(4) == u'-') {
        int digits[6];
        int n = 0;
        for (int i : {0, 1, 2, 3, 5, 6}) {
            const char16_t c = start.at(i).unicode();
            if (c < u'0' || c > u'9')
                break;
            digits[n++] = c - u'0';
        }
        if (n == 6) {
            const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
            return QDate(year, digits[4] * 10 + digits[5], 1); // invalid unless 01..12
        }
    }
    return QDate::fromString(start + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
}

} // namespace

std::optional<QDate> Plan::monthDate(int month) const
{
    const QDate first = firstOfStart(meta.start);
    if (!first.isValid())
        return std::nullopt;
    return first.addMonths(month);
}

bool hasPlacement(const Plan &plan, PlacementRef ref)
{
    return ref.phase >= 0 && ref.phase < plan.phases.size() && ref.relief >= 0 &&
           ref.relief < plan.phases.at(ref.phase).reliefs.size();
}

const Placement *placementAt(const Plan &plan, PlacementRef ref)
{
    return hasPlacement(plan, ref) ? &plan.phases.at(ref.phase).reliefs.at(ref.relief) : nullptr;
}

} // namespace tranche
