#include "exercise/exerciseengine.h"
#include "exercise/exerciseenginestatic.h"

#include "exercise/exercisejson.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

// The effects of injects and the decisions of the log, applied to the state.

namespace tranche {

void ExerciseEngine::applyEffects(const QList<Effect> &effects, int month, int eventIndex)
{
    for (const Effect &effect : effects)
        applyEffect(effect, month, eventIndex);
}

void ExerciseEngine::applyEffect(const Effect &effect, int month, int eventIndex)
{
    switch (effect.type) {
    case EffectType::Message:
        break;
    case EffectType::DelayVerification:
        delayVerification(effect.action, effect.toMonth, month, eventIndex);
        break;
    case EffectType::FailVerification:
        failVerification(effect.action, false);
        break;
    case EffectType::Verify:
        verify(effect.action, month);
        break;
    case EffectType::Breach:
        m_declared = true;
        break;
    case EffectType::Cure:
        m_declared = false;
        break;
    case EffectType::CounterpartWalks:
        m_walked = true;
        failVerification(QString(), true);
        break;
    case EffectType::EscrowBreach: {
        ExerciseEvent e;
        e.type = ExerciseEventType::EscrowBreach;
        e.amount = static_cast<double>(m_balance);
        m_leakedThisMonth += m_balance;
        if (!m_projecting)
            m_x5 += e.amount;
        m_balance = 0;
        m_leaked = true;
        m_events->append(e);
        break;
    }
    case EffectType::SnapbackBlocked:
        m_blocked[int(effect.authority)] = true;
        break;
    }
}

void ExerciseEngine::delayVerification(const QString &action, int toMonth, int month,
                                       int eventIndex)
{
    if (toMonth <= month) {
        (*m_events)[eventIndex].notes.append(
            QCoreApplication::translate("tranche",
                                        "delay of %1 to month %2 does nothing: not after month %3")
                .arg(action)
                .arg(toMonth)
                .arg(month));
        return;
    }
    for (const int r : m_static->reqsByAction.value(action)) {
        Requirement &req = m_reqs[r];
        if (req.status == RequirementStatus::Pending && req.expected < toMonth)
            req.expected = toMonth;
    }
}

// Fails the action's pending and verified requirements (every action's
// pending ones when action is empty and notVerifiedOnly: the counterpart walks).
void ExerciseEngine::failVerification(const QString &action, bool notVerifiedOnly)
{
    auto fail = [this, notVerifiedOnly](int r) {
        Requirement &req = m_reqs[r];
        if (req.status == RequirementStatus::Failed ||
            (notVerifiedOnly && req.status == RequirementStatus::Verified))
            return;
        req.status = RequirementStatus::Failed;
        ++m_failed;
        requirementEvent(ExerciseEventType::Failed, r);
    };
    if (action.isEmpty()) {
        for (int r = 0; r < int(m_reqs.size()); ++r)
            fail(r);
        return;
    }
    for (const int r : m_static->reqsByAction.value(action))
        fail(r);
}

void ExerciseEngine::verify(const QString &action, int month)
{
    for (const int r : m_static->reqsByAction.value(action)) {
        Requirement &req = m_reqs[r];
        const bool failed = req.status == RequirementStatus::Failed;
        if (!failed && !(req.status == RequirementStatus::Pending && req.expected > month))
            continue;
        if (failed)
            --m_failed;
        req.status = RequirementStatus::Verified;
        req.verifiedMonth = month;
        requirementEvent(ExerciseEventType::Verified, r);
    }
}

void ExerciseEngine::reimpose(int place, int month)
{
    Place &p = m_places[place];
    const int last = month + m_package->rules.reimposeLag(m_static->places.at(place).authority);
    p.last = p.last ? std::min(*p.last, last) : last;
}

// Why a decision cannot apply in month (empty when it can).
QString ExerciseEngine::decisionRefusal(const Decision &d, int month) const
{
    const int index = d.placement.isValid() ? placeIndex(d.placement) : -1;
    const Place *place = index >= 0 ? &m_places.at(index) : nullptr;
    switch (d.type) {
    case DecisionType::FireInject:
    case DecisionType::SkipInject:
        if (!m_injects.at(d.inject).open())
            return m_injects.at(d.inject).skipped
                       ? ExerciseText::tr("the inject was skipped")
                       : ExerciseText::tr("the inject has already fired");
        break;
    case DecisionType::Adjudicate:
        if (m_injects.at(d.inject).firedMonth >= 0)
            return ExerciseText::tr("the inject has already fired");
        break;
    case DecisionType::Hold:
    case DecisionType::OverrideGate:
        if (place->state != PlaceState::Waiting)
            return ExerciseText::tr("the placement is not waiting");
        break;
    case DecisionType::Release:
        if (!place->held)
            return ExerciseText::tr("the placement is not held");
        break;
    case DecisionType::Reimpose:
        if (place->state != PlaceState::Running)
            return ExerciseText::tr("the placement is not running");
        break;
    case DecisionType::Extend: {
        if (place->state == PlaceState::Ended)
            return ExerciseText::tr("the placement has ended");
        const bool waiting = place->state == PlaceState::Waiting;
        if (waiting ? !place->length : !place->last)
            return ExerciseText::tr("the placement is open-ended");
        const int last = waiting ? std::max(m_static->places.at(index).plannedStart, month) +
                                       *place->length - 1 + d.months
                                 : *place->last + d.months;
        if (last > kExerciseLastMonth)
            return ExerciseText::tr("the extension runs past month 1199");
        break;
    }
    default:
        break;
    }
    return {};
}

void ExerciseEngine::applyDecision(const Decision &d, int month)
{
    ExerciseEvent event;
    event.type = ExerciseEventType::Decision;
    event.seq = d.seq;
    m_events->append(event);
    const int eventIndex = int(m_events->size()) - 1;
    const QString refusal = decisionRefusal(d, month);
    if (!refusal.isEmpty()) {
        (*m_events)[eventIndex].notes.append(refusal);
        if (!m_projecting)
            m_problems.append({u"/decisions/"_s + QString::number(d.seq - 1), refusal});
        return;
    }
    switch (d.type) {
    case DecisionType::FireInject:
        fireInject(d.inject, month, !m_projecting);
        break;
    case DecisionType::SkipInject:
        m_injects[d.inject].skipped = true;
        break;
    case DecisionType::Adjudicate:
        m_injects[d.inject].adjudicated = d.option; // a second one replaces the first
        break;
    case DecisionType::InvokeSnapback:
    case DecisionType::Cheat:
        m_declared = true;
        break;
    case DecisionType::WalkAway:
        if (d.role == ExerciseRole::Counterpart) {
            {
                Effect walks;
                walks.type = EffectType::CounterpartWalks;
                applyEffect(walks, month, eventIndex);
            }
            break;
        }
        m_declared = true;
        for (int i = 0; i < int(m_places.size()); ++i) {
            if (m_places.at(i).state == PlaceState::Running && !endsByItself(i))
                reimpose(i, month);
        }
        break;
    case DecisionType::Step:
        if (d.reverse)
            failVerification(d.action, false);
        else if (d.delayTo)
            delayVerification(d.action, *d.delayTo, month, eventIndex);
        break;
    default:
        applyPlacementDecision(d, month);
        break;
    }
}

void ExerciseEngine::applyPlacementDecision(const Decision &d, int month)
{
    if (!d.placement.isValid())
        return;
    const int index = placeIndex(d.placement);
    Place &place = m_places[index];
    switch (d.type) {
    case DecisionType::Hold:
        place.held = true;
        break;
    case DecisionType::Release:
        place.held = false;
        break;
    case DecisionType::OverrideGate:
        place.overrideFrom = std::max(month, m_static->places.at(index).plannedStart);
        break;
    case DecisionType::Reimpose:
        reimpose(index, month);
        break;
    case DecisionType::Extend:
        if (place.state == PlaceState::Waiting)
            *place.length += d.months;
        else
            *place.last += d.months;
        break;
    default:
        break;
    }
}

} // namespace tranche
