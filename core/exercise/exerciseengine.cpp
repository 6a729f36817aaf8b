#include "exercise/exerciseengine.h"
#include "exercise/exerciseenginestatic.h"

#include "exercise/exercisechance.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

// The month steps of the exercise (package, state, one month, projection).
// Readings where the specification leaves room are named in docs/exercise.md.

namespace tranche {

namespace {

constexpr int kExposureMonths = 12;

ExerciseEvent eventOf(ExerciseEventType type)
{
    ExerciseEvent e;
    e.type = type;
    return e;
}

} // namespace

ExerciseEngine::ExerciseEngine(const Plan &plan, const ExercisePackage &package)
    : m_plan(&plan), m_package(&package), m_random(package.seed)
{
    auto s = std::make_shared<Static>();
    for (int p = 0; p < plan.phases.size(); ++p) {
        const Phase &phase = plan.phases.at(p);
        const int firstReq = int(s->reqs.size());
        s->firstPlace.append(int(s->places.size()));
        for (const RequiredAction &ra : phase.actions) {
            s->reqsByAction[ra.action].append(int(s->reqs.size()));
            if (phase.kind == PhaseKind::Final)
                s->finalReqs.append(int(s->reqs.size()));
            s->reqs.push_back({p, ra.action, ra.verifiedMonth});
            m_reqs.push_back({ra.verifiedMonth, RequirementStatus::Pending, -1});
        }
        for (int i = 0; i < phase.reliefs.size(); ++i) {
            const Placement &pl = phase.reliefs.at(i);
            Static::Place place;
            place.phase = p;
            place.relief = i;
            place.plannedStart = pl.start;
            place.escrowShare = pl.escrowShare;
            if (const SanctionsItem *item = plan.catalog.item(pl.item)) {
                place.monthly = item->annualValueUsd * pl.extent / 12.0;
                place.snapback = pl.snapback && item->reversibility != Reversibility::Hard;
                place.authority = item->authority;
            }
            for (int r = firstReq; r < int(s->reqs.size()); ++r) {
                if (s->reqs.at(r).planned <= pl.start)
                    place.gate.append(r);
            }
            s->places.push_back(place);
            Place state;
            if (pl.end)
                state.length = *pl.end - pl.start;
            m_places.push_back(state);
        }
    }
    m_static = std::move(s);
    m_injects.resize(package.injects.size());
}

void ExerciseEngine::playSilentMonths()
{
    while (m_clock < m_package->startMonth)
        playMonth(m_clock++, nullptr);
}

void ExerciseEngine::playTurn(const QList<const Decision *> &decisions, int months, bool closeTurn)
{
    playSilentMonths();
    const int n = months > 0 ? months : m_package->monthsPerTurn;
    const int first = m_clock;
    for (int m = first; m < first + n && m <= m_package->endMonth; ++m) {
        playMonth(m, m == first ? &decisions : nullptr);
        m_clock = m + 1;
    }
    if (closeTurn)
        ++m_turn;
}

ExerciseEngine ExerciseEngine::project(const QList<const Decision *> &openTurn) const
{
    ExerciseEngine p = *this;
    p.m_projecting = true;
    p.playSilentMonths();
    for (InjectState &inject : p.m_injects) {
        if (inject.open())
            inject.skipped = true;
    }
    const int first = p.m_clock;
    for (int m = first; m <= m_package->endMonth; ++m) {
        p.playMonth(m, m == first ? &openTurn : nullptr);
        p.m_clock = m + 1;
    }
    return p;
}

void ExerciseEngine::playMonth(int month, const QList<const Decision *> *decisions)
{
    ExerciseMonth out;
    out.month = month;
    const bool silent = month < m_package->startMonth;
    out.turn = silent || m_projecting ? 0 : m_turn;
    m_events = &out.events;
    m_leakedThisMonth = 0;
    if (!silent && !m_projecting)
        evaluateWhen(month);
    if (decisions) { // step 0: control skips and adjudicates first
        for (const Decision *d : *decisions) {
            if (d->isControlFirst())
                applyDecision(*d, month);
        }
    }
    if (!silent && !m_projecting)
        fireDueInjects(month); // step 1
    if (decisions) {           // step 2
        for (const Decision *d : *decisions) {
            if (!d->isControlFirst() && d->type != DecisionType::EndExercise)
                applyDecision(*d, month);
        }
    }
    verifyDue(month);     // step 3
    judgeBreach(month);   // step 4
    startsAndEnds(month); // step 5
    flow(month, out);     // steps 6 and 7
    out.inBreach = m_inBreach;
    out.escrowFrozen = m_frozen;
    m_events = nullptr;
    m_months.append(std::move(out));
}

// `when` conditions hold on the state at the end of the month before.
void ExerciseEngine::evaluateWhen(int month)
{
    for (int i = 0; i < int(m_injects.size()); ++i) {
        const Inject &inject = m_package->injects.at(i);
        InjectState &state = m_injects[i];
        state.whenDue = inject.trigger == TriggerKind::When && state.open() &&
                        month >= inject.notBefore && month <= inject.notAfter &&
                        conditionHolds(inject.when);
    }
}

// Whether inject index's trigger makes it due in month (whenHolds: its `when`
// condition held at the end of the month before, within its window).
bool ExerciseEngine::triggerDue(int index, int month, bool whenHolds) const
{
    const Inject &inject = m_package->injects.at(index);
    switch (inject.trigger) {
    case TriggerKind::At:
        return inject.at == month;
    case TriggerKind::After: {
        const int fired = m_injects.at(inject.after).firedMonth;
        return fired >= 0 && fired + inject.delay == month;
    }
    case TriggerKind::When:
        return whenHolds;
    case TriggerKind::Manual:
        break;
    }
    return false;
}

void ExerciseEngine::fireDueInjects(int month)
{
    for (int i = 0; i < int(m_injects.size()); ++i) {
        const InjectState &state = m_injects.at(i);
        if (state.open() && triggerDue(i, month, state.whenDue))
            fireInject(i, month, false);
    }
}

QList<int> ExerciseEngine::dueInjects() const
{
    QList<int> due;
    if (finished())
        return due;
    for (int i = 0; i < int(m_injects.size()); ++i) {
        const Inject &inject = m_package->injects.at(i);
        if (!m_injects.at(i).open())
            continue;
        const bool whenHolds = inject.trigger == TriggerKind::When && m_clock >= inject.notBefore &&
                               m_clock <= inject.notAfter && conditionHolds(inject.when);
        if (triggerDue(i, m_clock, whenHolds))
            due.append(i);
    }
    return due;
}

// Fires an inject: its event, its option (adjudicated, drawn or default), its
// effects; then, for a fire-inject, the `after` injects with delay 0 that follow.
void ExerciseEngine::fireInject(int index, int month, bool followChain)
{
    const Inject &inject = m_package->injects.at(index);
    InjectState &state = m_injects[index];
    state.firedMonth = month;
    ExerciseEvent event;
    event.type = ExerciseEventType::Inject;
    event.inject = index;
    m_events->append(event);
    const int eventIndex = int(m_events->size()) - 1;
    if (inject.options.isEmpty()) {
        applyEffects(inject.effects, month, eventIndex);
    } else {
        const int option = chooseOption(index, state);
        ExerciseEvent chosen;
        chosen.type = ExerciseEventType::Option;
        chosen.inject = index;
        chosen.option = option;
        m_events->append(chosen);
        applyEffects(inject.options.at(option).effects, month, eventIndex);
    }
    if (!followChain)
        return;
    for (int i = index + 1; i < int(m_injects.size()); ++i) {
        const Inject &next = m_package->injects.at(i);
        if (next.trigger == TriggerKind::After && next.delay == 0 && m_injects.at(i).open() &&
            m_injects.at(next.after).firedMonth == month)
            fireInject(i, month, false);
    }
}

int ExerciseEngine::chooseOption(int index, InjectState &state)
{
    const Inject &inject = m_package->injects.at(index);
    if (state.adjudicated >= 0)
        return state.adjudicated;
    if (!inject.chance)
        return inject.defaultOption;
    QList<double> weights;
    for (const InjectOption &o : inject.options)
        weights.append(o.weight);
    return chooseByWeight(weights, nextRandom());
}

quint64 ExerciseEngine::nextRandom()
{
    return splitMix64(m_random);
}

bool ExerciseEngine::conditionHolds(const Condition &c) const
{
    switch (c.kind) {
    case Condition::Kind::All:
        return std::all_of(c.children.cbegin(), c.children.cend(),
                           [this](const Condition &k) { return conditionHolds(k); });
    case Condition::Kind::Any:
        return std::any_of(c.children.cbegin(), c.children.cend(),
                           [this](const Condition &k) { return conditionHolds(k); });
    case Condition::Kind::Not:
        return !c.children.isEmpty() && !conditionHolds(c.children.first());
    case Condition::Kind::Action:
        return actionStatus(c.action) == c.status;
    case Condition::Kind::Fired:
        return c.inject >= 0 && m_injects.at(c.inject).firedMonth >= 0;
    case Condition::Kind::Breach:
        return m_inBreach;
    case Condition::Kind::Metric:
        break;
    }
    const ExerciseMonth last = m_months.isEmpty() ? ExerciseMonth{} : m_months.constLast();
    const double v = c.metric == ExerciseMetric::Released             ? last.released
                     : c.metric == ExerciseMetric::ReleasedCumulative ? last.releasedCumulative
                     : c.metric == ExerciseMetric::EscrowBalance      ? last.escrowBalance
                                                                      : last.exposure;
    switch (c.op) {
    case CompareOp::AtLeast:
        return v >= c.value;
    case CompareOp::Above:
        return v > c.value;
    case CompareOp::AtMost:
        return v <= c.value;
    case CompareOp::Below:
        return v < c.value;
    }
    return false;
}

RequirementStatus ExerciseEngine::actionStatus(const QString &action) const
{
    bool allVerified = true;
    for (const int r : m_static->reqsByAction.value(action)) {
        if (m_reqs.at(r).status == RequirementStatus::Failed)
            return RequirementStatus::Failed;
        allVerified = allVerified && m_reqs.at(r).status == RequirementStatus::Verified;
    }
    return allVerified ? RequirementStatus::Verified : RequirementStatus::Pending;
}

void ExerciseEngine::verifyDue(int month)
{
    for (int r = 0; r < int(m_reqs.size()); ++r) {
        Requirement &req = m_reqs[r];
        if (req.status != RequirementStatus::Pending || req.expected != month)
            continue;
        req.status = RequirementStatus::Verified;
        req.verifiedMonth = month;
        requirementEvent(ExerciseEventType::Verified, r);
    }
}

void ExerciseEngine::requirementEvent(ExerciseEventType type, int requirement)
{
    ExerciseEvent e = eventOf(type);
    e.phase = m_static->reqs.at(requirement).phase;
    e.action = m_static->reqs.at(requirement).action;
    m_events->append(e);
}

void ExerciseEngine::judgeBreach(int month)
{
    const bool now = m_failed > 0 || m_declared || m_walked;
    if (now && !m_inBreach) {
        m_events->append(eventOf(ExerciseEventType::Breach));
        m_frozen = true;
        if (!m_projecting && month >= m_package->startMonth && !m_firstBreach)
            m_firstBreach = month;
        const int lag = m_package->rules.snapbackLagMonths;
        for (int i = 0; i < int(m_places.size()); ++i) {
            Place &place = m_places[i];
            if (place.state == PlaceState::Running && endsByItself(i))
                place.last = place.last ? std::min(*place.last, month + lag) : month + lag;
        }
    } else if (!now && m_inBreach) {
        m_events->append(eventOf(ExerciseEventType::Cure));
        m_frozen = false;
    }
    m_inBreach = now;
}

bool ExerciseEngine::endsByItself(int place) const
{
    const Static::Place &s = m_static->places.at(place);
    return s.snapback && !m_blocked.at(int(s.authority));
}

int ExerciseEngine::placeIndex(const PlacementRef &ref) const
{
    return m_static->firstPlace.at(ref.phase) + ref.relief;
}

bool ExerciseEngine::gateMet(int place) const
{
    for (const int r : m_static->places.at(place).gate) {
        if (m_reqs.at(r).status != RequirementStatus::Verified)
            return false;
    }
    return true;
}

void ExerciseEngine::startsAndEnds(int month)
{
    auto event = [this](ExerciseEventType type, int i) {
        ExerciseEvent e;
        e.type = type;
        e.placement = {m_static->places.at(i).phase, m_static->places.at(i).relief};
        m_events->append(e);
    };
    for (int i = 0; i < int(m_places.size()); ++i) {
        Place &place = m_places[i];
        if (place.state == PlaceState::Running && place.last && *place.last < month) {
            place.state = PlaceState::Ended;
            place.endedMonth = month;
            event(ExerciseEventType::End, i);
        }
    }
    for (int i = 0; i < int(m_places.size()); ++i) {
        Place &place = m_places[i];
        if (place.state != PlaceState::Waiting || month < m_static->places.at(i).plannedStart)
            continue;
        const bool normal = !place.held && !m_inBreach && gateMet(i);
        const bool overridden = place.overrideFrom >= 0 && month >= place.overrideFrom;
        if (!normal && !overridden)
            continue;
        place.state = PlaceState::Running;
        place.byOverride = overridden; // started with an override-gate in force (X1, X2)
        place.start = month;
        if (place.length)
            place.last = month + *place.length - 1;
        event(ExerciseEventType::Start, i);
        if (place.length && *place.length <= 0) {
            place.state = PlaceState::Ended;
            place.endedMonth = month;
            event(ExerciseEventType::End, i);
        }
    }
}

// Step 6 (flow, payout) and step 7 (exposure).
void ExerciseEngine::flow(int month, ExerciseMonth &out)
{
    const bool passThrough = m_payoutDone || m_leaked;
    long double released = 0, escrowed = 0;
    for (int i = 0; i < int(m_places.size()); ++i) {
        if (m_places.at(i).state != PlaceState::Running)
            continue;
        const Static::Place &s = m_static->places.at(i);
        const double rel = s.monthly * (1.0 - s.escrowShare);
        const double esc = s.monthly * s.escrowShare;
        released += rel;
        if (passThrough)
            released += esc;
        else
            escrowed += esc;
        if (m_places.at(i).byOverride && !m_projecting && !gateMet(i)) {
            m_x1 += rel;
            m_x2 += esc;
        }
    }
    const bool finalVerified =
        !m_static->finalReqs.isEmpty() &&
        std::all_of(m_static->finalReqs.cbegin(), m_static->finalReqs.cend(),
                    [this](int r) { return m_reqs.at(r).status == RequirementStatus::Verified; });
    released = static_cast<double>(released);
    if (!m_payoutDone && finalVerified && !m_frozen) {
        const long double amount = m_balance + static_cast<double>(escrowed);
        released += amount;
        m_balance = 0;
        m_payoutDone = true;
        ExerciseEvent e;
        e.type = ExerciseEventType::Payout;
        e.amount = static_cast<double>(amount);
        m_events->append(e);
    } else {
        m_balance += static_cast<double>(escrowed);
    }
    released += m_leakedThisMonth;
    m_cumulative += released;
    out.released = static_cast<double>(released);
    out.releasedCumulative = static_cast<double>(m_cumulative);
    out.escrowBalance = static_cast<double>(m_balance);
    out.exposure = exposure(month);
}

double ExerciseEngine::exposure(int month) const
{
    const bool whole = m_payoutDone || m_leaked;
    const int lag = m_package->rules.snapbackLagMonths;
    long double future = 0;
    for (int i = 0; i < int(m_places.size()); ++i) {
        const Place &place = m_places.at(i);
        if (place.state != PlaceState::Running)
            continue;
        const Static::Place &s = m_static->places.at(i);
        const int cap = endsByItself(i) ? lag : kExposureMonths;
        const int months = place.last ? std::clamp(*place.last - month, 0, cap) : cap;
        if (months > 0)
            future +=
                static_cast<long double>(whole ? s.monthly : s.monthly * (1.0 - s.escrowShare)) *
                months;
    }
    return static_cast<double>(m_cumulative + future);
}

Plan ExerciseEngine::effectivePlan() const
{
    Plan plan = *m_plan;
    int r = int(m_reqs.size());
    int pl = int(m_places.size());
    for (int p = int(plan.phases.size()) - 1; p >= 0; --p) {
        Phase &phase = plan.phases[p];
        for (int i = int(phase.reliefs.size()) - 1; i >= 0; --i) {
            const Place &place = m_places.at(--pl);
            if (place.state == PlaceState::Waiting) {
                phase.reliefs.removeAt(i);
                continue;
            }
            Placement &placement = phase.reliefs[i];
            placement.start = place.start;
            if (place.state == PlaceState::Ended)
                placement.end = place.endedMonth;
            else
                placement.end = place.last ? std::optional<int>(*place.last + 1) : std::nullopt;
        }
        for (int a = int(phase.actions.size()) - 1; a >= 0; --a) {
            const Requirement &req = m_reqs.at(--r);
            if (req.status == RequirementStatus::Failed)
                phase.actions.removeAt(a);
            else
                phase.actions[a].verifiedMonth =
                    req.status == RequirementStatus::Verified ? req.verifiedMonth : req.expected;
        }
    }
    return plan;
}

QString toString(ExerciseEventType t)
{
    static const char *const names[] = {"inject", "option", "decision",     "verified",
                                        "failed", "start",  "end",          "breach",
                                        "cure",   "payout", "escrow-breach"};
    return QString::fromLatin1(names[int(t)]);
}

} // namespace tranche
