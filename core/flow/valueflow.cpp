#include "flow/valueflow.h"

#include <QHash>

#include <algorithm>
#include <vector>

// The value flow of PRINCIPLES.md ("The value flow").
//
// Readings where the text leaves room (see also docs/performance.md):
// - A placement whose item is not in the catalog contributes nothing.
// - Months are clamped to the horizon 0 .. H-1 (a valid plan never leaves it:
//   H = 12 + the largest month of the plan).
// - FlowMonth::escrowed is what goes INTO escrow in the month: the escrowed
//   parts for m <= P (all months when there is no P), 0 after P, where they
//   pass straight through and count in `released`. So for every month
//   escrowBalance(m) = escrowBalance(m-1) + escrowed(m) - payout(m) and
//   released(m) + escrowed(m) - payout(m) = the monthly value of the active
//   placements. PhaseFlow::escrowed / released follow the same split (the
//   payout itself is not attributed to phases), so the phases' released
//   totals plus the payout equal releasedCumulative(H-1).
// - Exposure counts a non-self-ending placement's future months at monthly
//   value x (1 - escrowShare) while m < P (or always, without P), and at the
//   whole monthly value from P on, where escrow passes straight through.
// - Inducement ratio: the months P .. P+11 always exist, since P is a
//   verifiedMonth and H >= 12 + P; the sum runs over the months of the
//   horizon in any case. Undefined also when the largest exposure is <= 0.
//
// Cost: O(items + placements + H). Per placement, its monthly parts and its
// exposure term (piecewise constant 12 x part, then linear down to 0 over its
// last 12 months) go into difference arrays over months; one pass over the
// months accumulates them. Accumulation is in long double and a month with no
// contribution is exactly 0, so ended placements leave no rounding residue.

namespace tranche {

namespace {

constexpr int kExposureMonths = 12;

using ItemIndex = QHash<QString, const SanctionsItem *>;

ItemIndex indexItems(const Catalog &catalog)
{
    ItemIndex index;
    index.reserve(catalog.items.size());
    // First item of an id wins, like Catalog::item().
    for (auto it = catalog.items.crbegin(); it != catalog.items.crend(); ++it)
        index.insert(it->id, &*it);
    return index;
}

bool endsByItself(const Placement &pl, const SanctionsItem &item)
{
    return pl.snapback && item.reversibility != Reversibility::Hard;
}

double monthlyValue(const Placement &pl, const SanctionsItem &item)
{
    return item.annualValueUsd * pl.extent / 12.0;
}

double releasedPart(const Placement &pl, const SanctionsItem &item)
{
    return monthlyValue(pl, item) * (1.0 - pl.escrowShare);
}

// Months of released part still to come after month m, counted in exposure(m).
int remainingMonths(const Placement &pl, int month)
{
    if (!pl.end)
        return kExposureMonths;
    return std::clamp(*pl.end - 1 - month, 0, kExposureMonths);
}

std::optional<int> payoutMonthOf(const Plan &plan)
{
    std::optional<int> p;
    for (const Phase &ph : plan.phases) {
        if (ph.kind != PhaseKind::Final)
            continue;
        for (const RequiredAction &ra : ph.actions)
            p = p ? std::max(*p, ra.verifiedMonth) : ra.verifiedMonth;
    }
    return p;
}

// Difference arrays over months 0 .. H (one past the end).
struct MonthDiffs
{
    explicit MonthDiffs(int h)
        : released(h + 1), escrowed(h + 1), active(h + 1), expConst(h + 1), expSlope(h + 1),
          exposing(h + 1)
    {}

    // Adds v over the months [from, to).
    template <typename T> static void add(std::vector<T> &d, int from, int to, T v)
    {
        if (from >= to)
            return;
        d[from] += v;
        d[to] -= v;
    }

    std::vector<long double> released;
    std::vector<long double> escrowed;
    std::vector<int> active;
    // exposure future term of month m = expConst(m) + expSlope(m) x m
    std::vector<long double> expConst;
    std::vector<long double> expSlope;
    std::vector<int> exposing;
};

// The exposure term of a placement ending at `end` (none: open-ended) for the
// months [from, to): part x the months still to come after m, at most 12.
void addExposure(MonthDiffs &d, int from, int to, std::optional<int> end, double part)
{
    if (from >= to)
        return;
    if (!end) {
        MonthDiffs::add<long double>(d.expConst, from, to, kExposureMonths * part);
        return;
    }
    // 12 x part while at least 12 months remain, then part x (end - 1 - m).
    const int linearFrom = std::clamp(*end - kExposureMonths, from, to);
    MonthDiffs::add<long double>(d.expConst, from, linearFrom, kExposureMonths * part);
    MonthDiffs::add<long double>(d.expConst, linearFrom, to,
                                 static_cast<long double>(part) * (*end - 1));
    MonthDiffs::add<long double>(d.expSlope, linearFrom, to, -part);
}

// What a non-self-ending placement still releases each month after a walk-away
// in month m: its released part before P, its whole monthly value from P on.
double exposedPart(const Placement &pl, const SanctionsItem &item, int month,
                   std::optional<int> payout)
{
    return payout && month >= *payout ? monthlyValue(pl, item) : releasedPart(pl, item);
}

// One phase's totals; adds its placements' month ranges to d.
PhaseFlow phaseFlowOf(const Phase &ph, const ItemIndex &items, int h, std::optional<int> payout,
                      MonthDiffs &d)
{
    PhaseFlow pf;
    pf.phase = ph.id;
    for (const Placement &pl : ph.reliefs) {
        const SanctionsItem *item = items.value(pl.item);
        if (!item)
            continue;
        pf.annualRelief += item->annualValueUsd * pl.extent;

        const int s = std::clamp(pl.start, 0, h);
        const int e = pl.end ? std::clamp(*pl.end, s, h) : h;
        if (s >= e)
            continue;
        const double monthly = monthlyValue(pl, *item);
        const double esc = monthly * pl.escrowShare;
        const double rel = releasedPart(pl, *item);
        MonthDiffs::add<long double>(d.released, s, e, rel);
        MonthDiffs::add<long double>(d.escrowed, s, e, esc);
        MonthDiffs::add(d.active, s, e, 1);

        // Phase totals: escrowed parts go into escrow up to and including P,
        // and pass through as released after P.
        const int n = e - s;
        const int intoEscrow = payout ? std::clamp(*payout + 1 - s, 0, n) : n;
        pf.escrowed += esc * intoEscrow;
        pf.released += rel * n + esc * (n - intoEscrow);

        if (endsByItself(pl, *item))
            continue;
        MonthDiffs::add(d.exposing, s, e, 1);
        // Without escrow both parts are the same: one range, as before P.
        const int fromPayout = payout && esc != 0 ? std::clamp(*payout, s, e) : e;
        addExposure(d, s, fromPayout, pl.end, rel);
        addExposure(d, fromPayout, e, pl.end, monthly);
    }
    return pf;
}

// The months 0 .. h-1, summed up from the per-month differences in d.
void appendMonths(ValueFlow &flow, const MonthDiffs &d, int h, std::optional<int> payout)
{
    flow.months.reserve(h);
    long double rel = 0, esc = 0, expConst = 0, expSlope = 0;
    int active = 0, exposing = 0;
    long double balance = 0, cumulative = 0; // long double: no drift over the months
    for (int m = 0; m < h; ++m) {
        rel += d.released[m];
        esc += d.escrowed[m];
        active += d.active[m];
        expConst += d.expConst[m];
        expSlope += d.expSlope[m];
        exposing += d.exposing[m];
        const double relPart = active ? static_cast<double>(rel) : 0.0;
        const double escPart = active ? static_cast<double>(esc) : 0.0;

        FlowMonth fm;
        fm.month = m;
        long double released = 0;
        if (!payout || m <= *payout) {
            fm.escrowed = escPart;
            balance += escPart;
            released = relPart;
            if (payout && m == *payout) {
                fm.payout = static_cast<double>(balance);
                released += balance;
                balance = 0;
            }
        } else {
            released = static_cast<long double>(relPart) + escPart;
        }
        cumulative += released;
        fm.released = static_cast<double>(released);
        fm.releasedCumulative = static_cast<double>(cumulative);
        fm.escrowBalance = static_cast<double>(balance);
        const long double future = exposing ? expConst + expSlope * m : 0.0L;
        fm.exposure = static_cast<double>(cumulative + future);
        flow.months.append(fm);
    }
}

// The 12 months released from the payout on, against the highest exposure
// before it; left unset without a payout inside the horizon or any exposure.
void setInducementRatio(ValueFlow &flow, int h, std::optional<int> payout)
{
    if (payout && *payout > 0 && *payout < h) {
        double maxExposure = 0;
        for (int m = 0; m < *payout; ++m)
            maxExposure = std::max(maxExposure, flow.months.at(m).exposure);
        if (maxExposure > 0) {
            double sum = 0;
            for (int m = *payout; m < std::min(*payout + 12, h); ++m)
                sum += flow.months.at(m).released;
            flow.inducementRatio = sum / maxExposure;
        }
    }
}

} // namespace

ValueFlow computeValueFlow(const Plan &plan)
{
    ValueFlow flow;
    const int h = plan.horizon();
    flow.horizon = h;
    flow.payoutMonth = payoutMonthOf(plan);
    const std::optional<int> payout = flow.payoutMonth;

    const ItemIndex items = indexItems(plan.catalog);
    MonthDiffs d(h);

    flow.phases.reserve(plan.phases.size());
    for (const Phase &ph : plan.phases)
        flow.phases.append(phaseFlowOf(ph, items, h, payout, d));

    appendMonths(flow, d, h, payout);
    setInducementRatio(flow, h, payout);
    return flow;
}

WalkAway walkAwayAt(const Plan &plan, const ValueFlow &flow, int month)
{
    WalkAway w;
    w.month = month;
    if (month < 0)
        return w; // before the plan starts nothing has flowed

    const ItemIndex items = indexItems(plan.catalog);
    const int h = static_cast<int>(flow.months.size());

    // Relief that keeps flowing after month: placements active in month that
    // do not end by themselves, their exposed part, <= 12 months.
    double flowing = 0;
    // Beyond the horizon (any m is allowed): what the months h .. month add.
    double releasedBeyond = 0, escrowedBeyond = 0;
    const int beyond = month >= h ? month - h + 1 : 0;
    for (const Phase &ph : plan.phases) {
        for (const Placement &pl : ph.reliefs) {
            const SanctionsItem *item = items.value(pl.item);
            if (!item)
                continue;
            if (pl.isActive(month) && !endsByItself(pl, *item))
                flowing +=
                    exposedPart(pl, *item, month, flow.payoutMonth) * remainingMonths(pl, month);
            if (beyond > 0) {
                const int s = std::max(pl.start, h);
                const int e = pl.end ? std::min(*pl.end, month + 1) : month + 1;
                if (s >= e)
                    continue;
                const double monthly = monthlyValue(pl, *item);
                const double esc = monthly * pl.escrowShare;
                releasedBeyond += releasedPart(pl, *item) * (e - s);
                escrowedBeyond += esc * (e - s);
            }
        }
    }
    w.keepsFlowing = flowing;

    if (month < h) {
        const FlowMonth &fm = flow.months.at(month);
        w.kept = fm.exposure;
        w.escrowFrozen = fm.escrowBalance;
        w.releasedSoFar = fm.releasedCumulative;
        return w;
    }
    // Past the horizon: P (when any) lies inside it, so escrowed parts pass
    // through as released; without P they keep accumulating in escrow.
    const FlowMonth last = h > 0 ? flow.months.at(h - 1) : FlowMonth{};
    if (flow.payoutMonth) {
        w.releasedSoFar = last.releasedCumulative + releasedBeyond + escrowedBeyond;
        w.escrowFrozen = last.escrowBalance;
    } else {
        w.releasedSoFar = last.releasedCumulative + releasedBeyond;
        w.escrowFrozen = last.escrowBalance + escrowedBeyond;
    }
    w.kept = w.releasedSoFar + w.keepsFlowing;
    return w;
}

} // namespace tranche
