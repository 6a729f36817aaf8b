#pragma once
// The tabletop exercise engine: plays a plan forward month by month under an
// exercise package and the decisions of a log, applying the plan's own terms
// (gates, holds, breach and snapback, frozen or leaked escrow, payout,
// exposure). A pure function of its inputs: it never reads the clock, files or
// settings. The state is a value: copy it to keep a turn's starting point, to
// withdraw a decision before the turn is played, or to project.

#include "exercise/exerciselog.h"
#include "exercise/exercisepackage.h"
#include "model/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace tranche {

enum class ExerciseEventType {
    Inject,
    Option,
    Decision,
    Verified,
    Failed,
    Start,
    End,
    Breach,
    Cure,
    Payout,
    EscrowBreach
};
QString toString(ExerciseEventType t);

// Something that happened in a month, in step order.
struct ExerciseEvent
{
    ExerciseEventType type = ExerciseEventType::Breach;
    int inject = -1;        // inject, option: the inject's index
    int option = -1;        // option
    int seq = 0;            // decision
    PlacementRef placement; // start, end
    int phase = -1;         // verified, failed: the requirement's phase index
    QString action;         // verified, failed
    double amount = 0;      // payout, escrow-breach
    QStringList notes;      // remarks (an effect that did nothing)
};

// The figures of one month as played (or projected).
struct ExerciseMonth
{
    int month = 0;
    int turn = 0; // 0: a silent month before startMonth, or a projected month
    double released = 0;
    double releasedCumulative = 0;
    double escrowBalance = 0;
    double exposure = 0;
    bool inBreach = false;
    bool escrowFrozen = false;
    QList<ExerciseEvent> events;
};

class ExerciseEngine
{
public:
    // plan and package must outlive the engine and its copies.
    ExerciseEngine(const Plan &plan, const ExercisePackage &package);

    int clock() const { return m_clock; } // the next month to play
    int turn() const { return m_turn; }
    bool finished() const { return m_clock > m_package->endMonth; }

    // Plays the silent months before startMonth (no inject, no decision).
    void playSilentMonths();
    // Plays one turn from the clock: decisions (its own, in seq order) apply at
    // its first month; months: how many (0: monthsPerTurn); stops after
    // endMonth. closeTurn: the next turn opens (false: the whole run without a log).
    void playTurn(const QList<const Decision *> &decisions, int months, bool closeTurn = true);
    // The months after the clock to endMonth, as if every inject not yet fired
    // were skipped and only the open turn's decisions applied (first month).
    // Returns the projecting engine (its months() end with the projection).
    ExerciseEngine project(const QList<const Decision *> &openTurn) const;

    const QList<ExerciseMonth> &months() const { return m_months; }
    // Injects not fired or skipped whose trigger makes them fire in step 1 of
    // the month at the clock if nothing changes before (`when`: its condition
    // holds now); empty once finished.
    QList<int> dueInjects() const;
    // Decisions that could not apply when played: "/decisions/N" and why.
    const QList<Problem> &problems() const { return m_problems; }

    // For the evaluation.
    std::optional<int> firstBreachMonth() const { return m_firstBreach; }
    double overrideReleased() const { return m_x1; } // X1
    double overrideEscrowed() const { return m_x2; } // X2
    double escrowLeaked() const { return m_x5; }     // X5
    // The plan as played (and projected): actual starts and ends, requirements
    // at their verified or expected months, failed ones and unstarted
    // placements removed.
    Plan effectivePlan() const;

private:
    struct Static;
    struct Requirement
    {
        int expected = 0;
        RequirementStatus status = RequirementStatus::Pending;
        int verifiedMonth = -1;
    };
    enum class PlaceState { Waiting, Running, Ended };
    struct Place
    {
        PlaceState state = PlaceState::Waiting;
        std::optional<int> length; // planned end - start, then grown by extend
        int start = -1;
        std::optional<int> last; // last month running; none: open-ended
        int endedMonth = -1;
        bool held = false;
        int overrideFrom = -1;
        bool byOverride = false;
    };
    struct InjectState
    {
        int firedMonth = -1;
        bool skipped = false;
        int adjudicated = -1;
        bool whenDue = false;
        bool open() const { return firedMonth < 0 && !skipped; }
    };

    void playMonth(int month, const QList<const Decision *> *decisions);
    void evaluateWhen(int month);
    void fireDueInjects(int month);
    bool triggerDue(int index, int month, bool whenHolds) const;
    void fireInject(int index, int month, bool followChain);
    int chooseOption(int index, InjectState &state);
    void applyEffects(const QList<Effect> &effects, int month, int eventIndex);
    void applyEffect(const Effect &effect, int month, int eventIndex);
    bool conditionHolds(const Condition &c) const;
    RequirementStatus actionStatus(const QString &action) const;
    void applyDecision(const Decision &d, int month);
    QString decisionRefusal(const Decision &d, int month) const;
    void applyPlacementDecision(const Decision &d, int month);
    void delayVerification(const QString &action, int toMonth, int month, int eventIndex);
    void failVerification(const QString &action, bool notVerifiedOnly);
    void verify(const QString &action, int month);
    void reimpose(int place, int month);
    void verifyDue(int month);
    void requirementEvent(ExerciseEventType type, int requirement);
    void judgeBreach(int month);
    void startsAndEnds(int month);
    bool gateMet(int place) const;
    int placeIndex(const PlacementRef &ref) const;
    bool endsByItself(int place) const;
    void flow(int month, ExerciseMonth &out);
    double exposure(int month) const;
    quint64 nextRandom();

    std::shared_ptr<const Static> m_static;
    const Plan *m_plan;
    const ExercisePackage *m_package;
    std::vector<Requirement> m_reqs;
    std::vector<Place> m_places;
    std::vector<InjectState> m_injects;
    std::array<bool, 5> m_blocked{};
    int m_clock = 0;
    int m_turn = 1;
    int m_failed = 0;        // requirements failed
    bool m_declared = false; // breach, cheat, invoke-snapback or walk-away not yet cured
    bool m_walked = false;
    bool m_inBreach = false; // as judged at step 4 of the last month played
    bool m_frozen = false;
    bool m_payoutDone = false;
    bool m_leaked = false;
    bool m_projecting = false;
    long double m_balance = 0;
    long double m_cumulative = 0;
    long double m_leakedThisMonth = 0;
    quint64 m_random = 0;
    std::optional<int> m_firstBreach;
    double m_x1 = 0, m_x2 = 0, m_x5 = 0;
    QList<ExerciseMonth> m_months;
    QList<ExerciseEvent> *m_events = nullptr; // the month being played
    QList<Problem> m_problems;
};

} // namespace tranche
