#pragma once
// The sanctions items and counterpart actions a plan draws on: every field of
// PLAN-FORMAT.md plus provenance (source, confidence, value basis).

#include <QFlags>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tranche {

enum class Authority { UN, USStatute, USEO, FATF, Other };
enum class Reversibility { Easy, Moderate, Hard };
// null | military | security | prison | human-rights | wmd | finance
enum class Targeted { None, Military, Security, Prison, HumanRights, Wmd, Finance };

// A weapons program whose dismantlement an action completes.
enum class Program { Nuclear = 0x1, Icbm = 0x2, Wmd = 0x4 };
Q_DECLARE_FLAGS(Programs, Program)
Q_DECLARE_OPERATORS_FOR_FLAGS(Programs)
inline constexpr Programs allPrograms()
{
    return Programs(Program::Nuclear) | Program::Icbm | Program::Wmd;
}

// The strings of the interchange format, and back. fromString returns nullopt
// for anything that is not exactly one of the format's values (case-sensitive).
QString toString(Authority a);
QString toString(Reversibility r);
QString toString(Targeted t); // empty for None (written as JSON null)
QString toString(Program p);
std::optional<Authority> authorityFromString(const QString &s);
std::optional<Reversibility> reversibilityFromString(const QString &s);
std::optional<Targeted>
targetedFromString(const QString &s); // "" is not valid; null is handled by the caller
std::optional<Program> programFromString(const QString &s);

// Retained classes (PRINCIPLES.md): military, security, prison, human-rights.
bool isRetainedClass(Targeted t);

struct SanctionsItem
{
    QString id;
    QString name;
    Authority authority = Authority::Other;
    QString instrument;
    QString category;
    double annualValueUsd = 0;
    Reversibility reversibility = Reversibility::Easy;
    bool longTermBenefit = false;
    bool escrowable = false;
    Targeted targeted = Targeted::None;
    bool fatf = false;
    bool primaryTrade = false;
    QString source;
    // Provenance extensions (Tranche's own fields, optional in JSON).
    QString confidence; // e.g. "high", "medium (OP from memory)"
    QString valueBasis; // revenue | revenue-cap | import-access | none
    // False when no estimate of the value exists: annualValueUsd is then 0 and
    // reports say "not quantified" rather than "$0".
    bool valueQuantified = true;
    // The id of the item this one is a graded form of (a raised cap instead of
    // a lifted ban); empty when it is not a variant. FIN-1 leaves variants out.
    QString variantOf;
    // Fields of the JSON object that the format does not know; kept verbatim.
    QJsonObject extra;

    bool operator==(const SanctionsItem &) const = default;
};

struct CounterpartAction
{
    QString id;
    QString name;
    QString category;
    double weight = 1; // 1..10
    Programs completes;
    bool financialReform = false;
    QString source;
    QString confidence;
    QJsonObject extra;

    bool operator==(const CounterpartAction &) const = default;
};

struct Catalog
{
    QList<SanctionsItem> items;
    QList<CounterpartAction> actions;

    const SanctionsItem *item(const QString &id) const;
    const CounterpartAction *action(const QString &id) const;
    int itemIndex(const QString &id) const;   // -1 when absent
    int actionIndex(const QString &id) const; // -1 when absent
    double totalAnnualValue() const;

    bool operator==(const Catalog &) const = default;
};

} // namespace tranche
