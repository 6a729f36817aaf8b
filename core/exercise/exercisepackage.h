#pragma once
// An exercise package: the `exercise` member of a plan file (the tabletop
// exercise's settings, rules, objectives and injects), read and validated
// against its plan as untrusted input.

#include "io/validation.h"
#include "model/plan.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

namespace tranche {

enum class RequirementStatus { Pending, Verified, Failed };
enum class ExerciseMetric { Released, ReleasedCumulative, EscrowBalance, Exposure };
enum class CompareOp { AtLeast, Above, AtMost, Below }; // >=, >, <=, <

// A `when` trigger's condition, a tree.
struct Condition
{
    enum class Kind { All, Any, Not, Action, Fired, Breach, Metric };
    Kind kind = Kind::Breach;
    QList<Condition> children; // all, any, not (one child)
    QString action;            // action
    RequirementStatus status = RequirementStatus::Pending;
    int inject = -1; // fired: the inject's index
    ExerciseMetric metric = ExerciseMetric::Released;
    CompareOp op = CompareOp::AtLeast;
    double value = 0;
};

enum class EffectType {
    Message,
    DelayVerification,
    FailVerification,
    Verify,
    Breach,
    Cure,
    CounterpartWalks,
    EscrowBreach,
    SnapbackBlocked
};

// One effect of an inject (or of its chosen option).
struct Effect
{
    EffectType type = EffectType::Message;
    QString action;                         // delay-verification, fail-verification, verify
    int toMonth = 0;                        // delay-verification
    QString note;                           // breach, cure
    Authority authority = Authority::Other; // snapback-blocked
};

struct InjectOption
{
    QString id;
    QString label;
    QList<Effect> effects;
    double weight = 1;
};

enum class TriggerKind { At, After, When, Manual };

// An event control fires: a trigger, and effects or options.
struct Inject
{
    QString id;
    QString title;
    QString synopsis;
    QStringList audience{QStringLiteral("all")};
    QString controllerNotes;
    TriggerKind trigger = TriggerKind::Manual;
    int at = 0;        // at
    int after = -1;    // after: the earlier inject's index
    int delay = 0;     // after
    Condition when;    // when
    int notBefore = 0; // when
    int notAfter = 0;  // when
    QList<Effect> effects;
    QList<InjectOption> options; // empty: effects apply
    bool chance = false;         // adjudication chance (else control)
    int defaultOption = 0;

    int optionIndex(const QString &optionId) const; // -1 when absent
};

struct Objective
{
    QString id;
    QString title;
    QStringList metrics; // X1..X8
};

struct ExerciseRules
{
    int snapbackLagMonths = 0;
    // By authority: UN, US-statute, US-EO, FATF, other.
    std::array<int, 5> reimposeLagMonths{3, 6, 1, 4, 3};
    bool requireRationale = true;

    int reimposeLag(Authority a) const { return reimposeLagMonths.at(int(a)); }
};

struct ExercisePackage
{
    int version = 1;
    QString id;
    QString title;
    QString description;
    QString caveat = QStringLiteral("EXERCISE - EXERCISE - EXERCISE");
    int startMonth = 0;
    int endMonth = 0;
    int monthsPerTurn = 1;
    quint64 seed = 0;
    ExerciseRules rules;
    QList<Objective> objectives;
    QList<Inject> injects;

    int injectIndex(const QString &injectId) const;       // -1 when absent
    int objectiveIndex(const QString &objectiveId) const; // -1 when absent
};

inline constexpr int kExerciseVersion = 1;
inline constexpr int kExerciseLastMonth = 1199;
// The evaluation figures an objective may name.
QStringList exerciseMetricIds(); // X1 .. X8

struct PackageReadResult
{
    std::optional<ExercisePackage> package; // set only when problems is empty
    QList<Problem> problems;                // pointers start with /exercise
};

// Reads and validates the `exercise` member of a plan file against its plan.
// plan may be null when the plan itself could not be read: then only what
// needs no plan is checked (no action ids, no bound from the horizon).
PackageReadResult readExercisePackage(const QJsonValue &exercise, const Plan *plan);
// The same, from the plan's kept top-level extras (a problem when absent).
PackageReadResult readExercisePackage(const Plan &plan);

} // namespace tranche
