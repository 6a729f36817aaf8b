#include "rules/ruleengine.h"

#include "rules/rule.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tranche {

namespace {

// What a waiver and a finding are matched on.
struct WaiverKey
{
    QString rule, phase, item;
    bool operator==(const WaiverKey &) const = default;
};
size_t qHash(const WaiverKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.rule, k.phase, k.item);
}

} // namespace

FindingCounts countFindings(const QList<Finding> &findings)
{
    FindingCounts c;
    for (const Finding &f : findings) {
        if (f.waived)
            ++c.waived;
        else if (f.severity == Severity::Violation)
            ++c.violations;
        else if (f.severity == Severity::Warning)
            ++c.warnings;
        else
            ++c.infos;
    }
    return c;
}

void applyWaivers(const QList<Waiver> &waivers, QList<Finding> &findings)
{
    QSet<WaiverKey> keys;
    for (const Waiver &w : waivers)
        keys.insert({w.rule, w.phase, w.item});
    for (Finding &f : findings) {
        const bool waived = !keys.isEmpty() && keys.contains({f.rule, f.phase, f.item});
        if (f.waived != waived)
            f.waived = waived;
    }
}

QList<Waiver> staleWaivers(const QList<Waiver> &waivers, const QList<Finding> &findings)
{
    if (waivers.isEmpty())
        return {};
    QSet<WaiverKey> present;
    for (const Finding &f : findings)
        present.insert({f.rule, f.phase, f.item});
    QList<Waiver> stale;
    for (const Waiver &w : waivers) {
        if (!present.contains({w.rule, w.phase, w.item}))
            stale.append(w);
    }
    return stale;
}

const Waiver *waiverFor(const QList<Waiver> &waivers, const Finding &finding)
{
    for (const Waiver &w : waivers) {
        if (w.rule == finding.rule && w.phase == finding.phase && w.item == finding.item)
            return &w;
    }
    return nullptr;
}

namespace {
struct PhaseCache
{
    bool valid = false;
    Phase phase; // the phase these results were computed from
    PhaseSummary summary;
    QList<OrderedFinding> findings; // per-phase rules, in canonical order
};
} // namespace

struct RuleEngine::State
{
    RuleProfile profile;
    bool catalogValid = false;
    Catalog catalog; // the catalog `index` was built from
    CatalogIndex index;
    double cap = -1;
    QList<PhaseCache> phases;
    int rechecked = 0;
    bool consume = false; // a one-shot check: move findings out of the cache
};

RuleEngine::RuleEngine(RuleProfile profile) : d(std::make_unique<State>())
{
    d->profile = std::move(profile);
}

RuleEngine::~RuleEngine() = default;

QList<Finding> RuleEngine::check(const Plan &plan, const RuleProfile &profile)
{
    RuleEngine engine(profile);
    engine.d->consume = true;
    return engine.update(plan);
}

const RuleProfile &RuleEngine::profile() const
{
    return d->profile;
}

void RuleEngine::setProfile(const RuleProfile &profile)
{
    d->profile = profile;
    invalidate();
}

void RuleEngine::invalidate()
{
    d->catalogValid = false;
    d->phases.clear();
}

void RuleEngine::remapPhases(const ChangeEvent &event)
{
    const int n = int(d->phases.size());
    const auto inRange = [n](int p) { return p >= 0 && p < n; };
    bool fits = true;
    switch (event.kind) {
    case ChangeEvent::PhaseInserted:
        fits = event.phase >= 0 && event.phase <= n;
        break;
    case ChangeEvent::PhaseRemoved:
        fits = inRange(event.phase);
        break;
    case ChangeEvent::PhaseMoved:
        fits = inRange(event.phase) && inRange(event.toPhase);
        break;
    default:
        return;
    }
    if (fits)
        event.remapPerPhase(d->phases);
    else
        d->phases.clear();
}

int RuleEngine::recheckedPhases() const
{
    return d->rechecked;
}

namespace {

// The rules in table order, with what update() asks of each once.
struct RuleTable
{
    const QList<const Rule *> &rules = allRules();
    QList<bool> enabled;
    QStringList ids, principles;
};

RuleTable ruleTable(const RuleProfile &profile)
{
    RuleTable t;
    for (const Rule *r : t.rules) {
        t.enabled.append(profile.isEnabled(r->id()));
        t.ids.append(r->id());
        t.principles.append(r->principle());
    }
    return t;
}

// Runs the per-phase rules on the phase at index p into its cache.
void recheckPhase(PhaseCache &c, const RuleContext &ctx, const RuleTable &t, const Phase &phase,
                  int p)
{
    c.valid = true;
    c.phase = phase;
    const PhaseInput in = resolvePhase(ctx, phase, p);
    c.summary = summarizePhase(ctx, in);
    c.findings.clear();
    c.findings.reserve(phase.reliefs.size());
    FindingSink sink(ctx.plan, c.findings);
    for (int r = 0; r < t.rules.size(); ++r) {
        if (!t.enabled.at(r) || t.rules.at(r)->isPlanWide())
            continue;
        sink.setRule(r, t.ids.at(r), t.principles.at(r));
        t.rules.at(r)->checkPhase(ctx, in, sink);
    }
}

// Plan-wide rules over the per-phase summaries, sorted by phase, rule, relief.
QList<OrderedFinding> checkPlanWide(const RuleContext &ctx, const RuleTable &t,
                                    const QList<PhaseCache> &phases)
{
    QList<const PhaseSummary *> summaries;
    summaries.reserve(phases.size());
    for (const PhaseCache &c : phases)
        summaries.append(&c.summary);
    QList<OrderedFinding> planWide;
    FindingSink sink(ctx.plan, planWide);
    for (int r = 0; r < t.rules.size(); ++r) {
        if (!t.enabled.at(r) || !t.rules.at(r)->isPlanWide())
            continue;
        sink.setRule(r, t.ids.at(r), t.principles.at(r));
        t.rules.at(r)->checkPlan(ctx, summaries, sink);
    }
    std::stable_sort(planWide.begin(), planWide.end(),
                     [](const OrderedFinding &a, const OrderedFinding &b) {
                         if (a.phase != b.phase)
                             return a.phase < b.phase;
                         if (a.rule != b.rule)
                             return a.rule < b.rule;
                         return a.relief < b.relief;
                     });
    return planWide;
}

// The per-phase and plan-wide findings merged in canonical order; moved out
// of the caches when consume is set.
QList<Finding> assembleFindings(QList<PhaseCache> &phases, QList<OrderedFinding> &planWide,
                                bool consume)
{
    qsizetype total = planWide.size();
    for (const PhaseCache &c : std::as_const(phases))
        total += c.findings.size();
    QList<Finding> out;
    out.reserve(total);
    auto take = [&](OrderedFinding &f) {
        if (consume)
            out.append(std::move(f.finding));
        else
            out.append(f.finding);
    };
    qsizetype w = 0;
    while (w < planWide.size() && planWide.at(w).phase < 0)
        take(planWide[w++]);
    for (int p = 0; p < phases.size(); ++p) {
        for (OrderedFinding &f : phases[p].findings) {
            while (w < planWide.size() && planWide.at(w).phase == p &&
                   (planWide.at(w).rule < f.rule ||
                    (planWide.at(w).rule == f.rule && planWide.at(w).relief < f.relief)))
                take(planWide[w++]);
            take(f);
        }
        while (w < planWide.size() && planWide.at(w).phase == p)
            take(planWide[w++]);
    }
    return out;
}

} // namespace

QList<Finding> RuleEngine::update(const Plan &plan)
{
    State &s = *d;
    if (!s.catalogValid || !(s.catalog == plan.catalog)) {
        s.catalog = plan.catalog;
        s.index = CatalogIndex(plan.catalog);
        s.catalogValid = true;
        s.phases.clear(); // item and action lookups changed
    }
    RuleContext ctx{plan, s.profile, s.index};
    ctx.referenceValue = plan.referenceValue();
    ctx.cap =
        s.profile.threshold(QStringLiteral("INT-1"), QStringLiteral("share")) * ctx.referenceValue;
    if (ctx.cap != s.cap) {
        s.cap = ctx.cap; // FIN-2 compares each phase with the cap
        s.phases.clear();
    }
    if (s.phases.size() != plan.phases.size()) {
        s.phases.clear();
        s.phases.resize(plan.phases.size());
    }

    const RuleTable table = ruleTable(s.profile); // fetched once per update

    // Recheck the phases that changed.
    s.rechecked = 0;
    for (int p = 0; p < plan.phases.size(); ++p) {
        PhaseCache &c = s.phases[p];
        const Phase &phase = plan.phases.at(p);
        if (c.valid && c.phase == phase)
            continue;
        ++s.rechecked;
        recheckPhase(c, ctx, table, phase, p);
    }

    QList<OrderedFinding> planWide = checkPlanWide(ctx, table, s.phases);
    QList<Finding> out = assembleFindings(s.phases, planWide, s.consume);
    if (s.consume)
        s.phases.clear();
    applyWaivers(plan.waivers, out);
    return out;
}

} // namespace tranche
