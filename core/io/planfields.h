#pragma once
// The fields of the plan format in one table per object: the JSON key
// (PLAN-FORMAT.md), the SQLite column of a .tranche file, whether the field
// is required, and the member of the plan value it fills. The JSON reader,
// the JSON writer and the SQLite schema all go through these tables, so a new
// field is one row here (plus its migration in planschema.cpp).

#include "model/plan.h"

#include <QLatin1StringView>

#include <array>
#include <optional>
#include <variant>

namespace tranche::planfields {

using namespace Qt::StringLiterals;

// What a field holds, by the type of the member it fills: QString (text),
// double (number), std::optional<double> (number or null), bool, int (a whole
// month), std::optional<int> (a whole month or null). Custom: an enumeration,
// a list or a date that each reader and writer handles itself (by key).
template <typename T>
using Member = std::variant<std::monostate, QString T::*, double T::*, std::optional<double> T::*,
                            bool T::*, int T::*, std::optional<int> T::*>;

// One field of an object of type T.
template <typename T> struct Field
{
    QLatin1StringView key;    // JSON key
    QLatin1StringView column; // SQLite column
    bool required = false;
    Member<T> member;              // std::monostate: Custom
    QLatin1StringView customSql{}; // the SQL type of a Custom field
    bool nullWhenEmpty = false;    // text written as JSON null when empty
    // Left out of the JSON when it holds its default: text when empty, a
    // boolean when true (so plans without the field keep their bytes).
    bool omitDefault = false;
    bool isCustom() const { return std::holds_alternative<std::monostate>(member); }
};

// clang-format off
inline const std::array<Field<PlanMeta>, 7> kMeta = {{
    {"title"_L1, "title"_L1, false, &PlanMeta::title},
    {"counterpart"_L1, "counterpart"_L1, false, &PlanMeta::counterpart},
    {"start"_L1, "start"_L1, false, &PlanMeta::start, {}, true},
    {"classification"_L1, "classification"_L1, false, &PlanMeta::classification},
    {"profile"_L1, "profile"_L1, false, &PlanMeta::profile},
    {"referenceValueUsd"_L1, "reference_value_usd"_L1, false, &PlanMeta::referenceValueUsd},
    {"decisionAsked"_L1, "decision_asked"_L1, false, &PlanMeta::decisionAsked, {}, false, true},
}};

// plan.sources, a table of its own in SQLite (schema version 3).
inline const std::array<Field<Source>, 5> kSource = {{
    {"id"_L1, "source_id"_L1, true, &Source::id},
    {"title"_L1, "title"_L1, false, &Source::title},
    {"publisher"_L1, "publisher"_L1, false, &Source::publisher},
    {"year"_L1, "year"_L1, false, &Source::year},
    {"url"_L1, "url"_L1, false, &Source::url},
}};

inline const std::array<Field<SanctionsItem>, 17> kItem = {{
    {"id"_L1, "item_id"_L1, true, &SanctionsItem::id},
    {"name"_L1, "name"_L1, false, &SanctionsItem::name},
    {"authority"_L1, "authority"_L1, true, {}, "TEXT NOT NULL"_L1},
    {"instrument"_L1, "instrument"_L1, false, &SanctionsItem::instrument},
    {"category"_L1, "category"_L1, false, &SanctionsItem::category},
    {"annualValueUsd"_L1, "annual_value_usd"_L1, true, &SanctionsItem::annualValueUsd},
    {"reversibility"_L1, "reversibility"_L1, true, {}, "TEXT NOT NULL"_L1},
    {"longTermBenefit"_L1, "long_term_benefit"_L1, false, &SanctionsItem::longTermBenefit},
    {"escrowable"_L1, "escrowable"_L1, false, &SanctionsItem::escrowable},
    {"targeted"_L1, "targeted"_L1, false, {}, "TEXT"_L1},
    {"fatf"_L1, "fatf"_L1, false, &SanctionsItem::fatf},
    {"primaryTrade"_L1, "primary_trade"_L1, false, &SanctionsItem::primaryTrade},
    {"source"_L1, "source"_L1, false, &SanctionsItem::source},
    {"confidence"_L1, "confidence"_L1, false, &SanctionsItem::confidence},
    {"valueBasis"_L1, "value_basis"_L1, false, &SanctionsItem::valueBasis},
    // Written only on variants (Custom), so plans without variants keep their bytes.
    {"variantOf"_L1, "variant_of"_L1, false, {}, "TEXT NOT NULL"_L1},
    {"valueQuantified"_L1, "value_quantified"_L1, false, &SanctionsItem::valueQuantified, {}, false,
     true},
}};

inline const std::array<Field<CounterpartAction>, 8> kAction = {{
    {"id"_L1, "action_id"_L1, true, &CounterpartAction::id},
    {"name"_L1, "name"_L1, false, &CounterpartAction::name},
    {"category"_L1, "category"_L1, false, &CounterpartAction::category},
    {"weight"_L1, "weight"_L1, true, &CounterpartAction::weight},
    {"completes"_L1, "completes"_L1, false, {}, "TEXT NOT NULL"_L1},
    {"financialReform"_L1, "financial_reform"_L1, false, &CounterpartAction::financialReform},
    {"source"_L1, "source"_L1, false, &CounterpartAction::source},
    {"confidence"_L1, "confidence"_L1, false, &CounterpartAction::confidence},
}};

// A phase's lists ("actions", "reliefs") are tables of their own in SQLite.
inline const std::array<Field<Phase>, 5> kPhase = {{
    {"id"_L1, "phase_id"_L1, true, &Phase::id},
    {"name"_L1, "name"_L1, false, &Phase::name},
    {"kind"_L1, "kind"_L1, true, {}, "TEXT NOT NULL"_L1},
    {"start"_L1, "start_month"_L1, true, &Phase::start},
    {"end"_L1, "end_month"_L1, true, &Phase::end},
}};

inline const std::array<Field<RequiredAction>, 2> kRequiredAction = {{
    {"action"_L1, "action_id"_L1, true, &RequiredAction::action},
    {"verifiedMonth"_L1, "verified_month"_L1, true, &RequiredAction::verifiedMonth},
}};

inline const std::array<Field<Placement>, 9> kPlacement = {{
    {"item"_L1, "item_id"_L1, true, &Placement::item},
    {"extent"_L1, "extent"_L1, true, &Placement::extent},
    {"start"_L1, "start_month"_L1, true, &Placement::start},
    {"end"_L1, "end_month"_L1, false, &Placement::end},
    {"escrowShare"_L1, "escrow_share"_L1, false, &Placement::escrowShare},
    {"escrowAgent"_L1, "escrow_agent"_L1, false, &Placement::escrowAgent},
    {"permittedUses"_L1, "permitted_uses"_L1, false, &Placement::permittedUses},
    {"snapback"_L1, "snapback"_L1, false, &Placement::snapback},
    {"note"_L1, "note"_L1, false, &Placement::note},
}};

inline const std::array<Field<Waiver>, 6> kWaiver = {{
    {"rule"_L1, "rule"_L1, true, &Waiver::rule},
    {"phase"_L1, "phase_id"_L1, false, &Waiver::phase, {}, true},
    {"item"_L1, "item_id"_L1, false, &Waiver::item, {}, true},
    {"justification"_L1, "justification"_L1, true, &Waiver::justification},
    {"author"_L1, "author"_L1, false, &Waiver::author},
    {"date"_L1, "date"_L1, false, {}, "TEXT"_L1},
}};
// clang-format on

// Keys of objects that hold lists or other objects rather than fields.
inline constexpr QLatin1StringView kFormat = "format"_L1;
inline constexpr QLatin1StringView kVersion = "version"_L1;
inline constexpr QLatin1StringView kPlan = "plan"_L1;
inline constexpr QLatin1StringView kCatalog = "catalog"_L1;
inline constexpr QLatin1StringView kItems = "items"_L1;
inline constexpr QLatin1StringView kActions = "actions"_L1;
inline constexpr QLatin1StringView kPhases = "phases"_L1;
inline constexpr QLatin1StringView kReliefs = "reliefs"_L1;
inline constexpr QLatin1StringView kWaivers = "waivers"_L1;
inline constexpr QLatin1StringView kSources = "sources"_L1; // in "plan"
inline constexpr std::array<QLatin1StringView, 6> kTopLevel = {kFormat,  kVersion, kPlan,
                                                               kCatalog, kPhases,  kWaivers};

// The JSON keys of a table, then the extra keys (lists) given.
template <typename T, std::size_t N>
QList<QLatin1StringView> keys(const std::array<Field<T>, N> &table,
                              std::initializer_list<QLatin1StringView> more = {})
{
    QList<QLatin1StringView> out;
    out.reserve(qsizetype(N + more.size()));
    for (const Field<T> &f : table)
        out.append(f.key);
    out.append(more);
    return out;
}

// The bit of field key in a mask indexed by the table's rows.
template <typename T, std::size_t N>
quint64 bit(const std::array<Field<T>, N> &table, QLatin1StringView key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (table[i].key == key)
            return quint64(1) << i;
    }
    return 0;
}

} // namespace tranche::planfields
