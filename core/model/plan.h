#pragma once
// A phased action-for-action plan: metadata, its own copy of the catalog, the
// phases with their required actions and relief placements, and waivers.
// Plain values; PlanDocument is the only thing that edits a plan in the program.

#include "model/catalog.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tranche {

enum class PhaseKind { Interim, Final };
QString toString(PhaseKind k);
std::optional<PhaseKind> phaseKindFromString(const QString &s);

// An action a phase requires, with the month its verification is expected.
struct RequiredAction
{
    QString action; // CounterpartAction::id
    int verifiedMonth = 0;
    QJsonObject extra;

    bool operator==(const RequiredAction &) const = default;
};

// One sanctions item relieved (to some extent) for some months.
struct Placement
{
    QString item;        // SanctionsItem::id
    double extent = 1.0; // 0..1
    int start = 0;
    std::optional<int> end; // exclusive; nullopt = open-ended
    double escrowShare = 0; // 0..1
    QString escrowAgent;
    QString permittedUses;
    bool snapback = false;
    QString note;
    QJsonObject extra;

    bool isActive(int month) const { return month >= start && (!end || month < *end); }
    bool operator==(const Placement &) const = default;
};

struct Phase
{
    QString id;
    QString name;
    PhaseKind kind = PhaseKind::Interim;
    int start = 0;
    int end = 0; // exclusive
    QList<RequiredAction> actions;
    QList<Placement> reliefs;
    QJsonObject extra;

    int actionIndex(const QString &actionId) const; // -1 when absent
    bool operator==(const Phase &) const = default;
};

// One entry of the plan's bibliography (plan.sources); items cite it by id
// in their "source" text.
struct Source
{
    QString id; // unique in the plan, [A-Za-z0-9._-]+
    QString title;
    QString publisher;
    QString year;
    QString url;
    QJsonObject extra;

    bool operator==(const Source &) const = default;
};

struct PlanMeta
{
    QString title;
    QString counterpart;
    QString start; // "YYYY-MM" or empty
    QString classification = QStringLiteral("UNCLASSIFIED");
    QString profile = QStringLiteral("strict");
    std::optional<double> referenceValueUsd;
    QString decisionAsked; // the decision the briefing asks of its reader
    QList<Source> sources; // the bibliography items cite by id
    QJsonObject extra;

    const Source *source(const QString &id) const; // nullptr when absent
    bool operator==(const PlanMeta &) const = default;
};

// A finding a user has waived, with the reason. Matches findings by
// (rule, phase, item); "stale" when no current finding matches.
struct Waiver
{
    QString rule;
    QString phase; // empty = none
    QString item;  // empty = none
    QString justification;
    QString author;
    QDate date;

    bool operator==(const Waiver &) const = default;
};

struct Plan
{
    PlanMeta meta;
    Catalog catalog;
    QList<Phase> phases;
    QList<Waiver> waivers;
    QJsonObject extra; // unknown top-level fields
    // The exercise log a .tranche package holds (JSON text, tranche_meta
    // 'exercise.log'); not part of the JSON form, where it lives beside.
    QString exerciseLog;

    int phaseIndex(const QString &phaseId) const; // -1 when absent
    const Phase *phase(const QString &phaseId) const;
    // INT-1's reference value: meta.referenceValueUsd, else the catalog total.
    double referenceValue() const;
    // Value-flow horizon H = 12 + the largest of every month in the plan.
    int horizon() const;
    // Calendar month of plan month m, when meta.start is set.
    std::optional<QDate> monthDate(int month) const;

    bool operator==(const Plan &) const = default;
};

// Addresses a placement inside a plan.
struct PlacementRef
{
    int phase = -1;
    int relief = -1;
    bool isValid() const { return phase >= 0 && relief >= 0; }
    bool operator==(const PlacementRef &) const = default;
};

// Whether `ref` addresses a placement of `plan` (both indices in range).
bool hasPlacement(const Plan &plan, PlacementRef ref);
// The placement `ref` addresses, or nullptr when it is out of range.
const Placement *placementAt(const Plan &plan, PlacementRef ref);

// What to show for a phase, item or action: its name, or its id when it has none.
template <typename Named> QString nameOrId(const Named &named)
{
    return named.name.isEmpty() ? named.id : named.name;
}

// The same for an entry looked up by `id` that may be unknown (nullptr).
template <typename Named> QString nameOrId(const Named *named, const QString &id)
{
    return named && !named->name.isEmpty() ? named->name : id;
}

} // namespace tranche
