#include "model/catalog.h"

#include "model/enumtext.h"
#include "model/idlookup.h"

#include <numeric>

namespace tranche {

namespace {
template <typename E, size_t N>
std::optional<E> lookup(const QString &s, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[value, name] : table) {
        if (s == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}
template <typename E, size_t N> QString name(E e, const std::pair<E, const char *> (&table)[N])
{
    const char *n = enumText(e, table);
    return n ? QString::fromLatin1(n) : QString();
}

const std::pair<Authority, const char *> kAuthorities[] = {{Authority::UN, "UN"},
                                                           {Authority::USStatute, "US-statute"},
                                                           {Authority::USEO, "US-EO"},
                                                           {Authority::FATF, "FATF"},
                                                           {Authority::Other, "other"}};
const std::pair<Reversibility, const char *> kReversibilities[] = {
    {Reversibility::Easy, "easy"},
    {Reversibility::Moderate, "moderate"},
    {Reversibility::Hard, "hard"}};
const std::pair<Targeted, const char *> kTargeted[] = {
    {Targeted::Military, "military"}, {Targeted::Security, "security"},
    {Targeted::Prison, "prison"},     {Targeted::HumanRights, "human-rights"},
    {Targeted::Wmd, "wmd"},           {Targeted::Finance, "finance"}};
const std::pair<Program, const char *> kPrograms[] = {
    {Program::Nuclear, "nuclear"}, {Program::Icbm, "icbm"}, {Program::Wmd, "wmd"}};
} // namespace

QString toString(Authority a)
{
    return name(a, kAuthorities);
}
QString toString(Reversibility r)
{
    return name(r, kReversibilities);
}
QString toString(Targeted t)
{
    return name(t, kTargeted);
}
QString toString(Program p)
{
    return name(p, kPrograms);
}
std::optional<Authority> authorityFromString(const QString &s)
{
    return lookup(s, kAuthorities);
}
std::optional<Reversibility> reversibilityFromString(const QString &s)
{
    return lookup(s, kReversibilities);
}
std::optional<Targeted> targetedFromString(const QString &s)
{
    return lookup(s, kTargeted);
}
std::optional<Program> programFromString(const QString &s)
{
    return lookup(s, kPrograms);
}

bool isRetainedClass(Targeted t)
{
    return t == Targeted::Military || t == Targeted::Security || t == Targeted::Prison ||
           t == Targeted::HumanRights;
}

const SanctionsItem *Catalog::item(const QString &id) const
{
    const int i = itemIndex(id);
    return i < 0 ? nullptr : &items.at(i);
}

const CounterpartAction *Catalog::action(const QString &id) const
{
    const int i = actionIndex(id);
    return i < 0 ? nullptr : &actions.at(i);
}

int Catalog::itemIndex(const QString &id) const
{
    return indexWhere(items, &SanctionsItem::id, id);
}

int Catalog::actionIndex(const QString &id) const
{
    return indexWhere(actions, &CounterpartAction::id, id);
}

double Catalog::totalAnnualValue() const
{
    return std::accumulate(
        items.cbegin(), items.cend(), 0.0,
        [](double sum, const SanctionsItem &it) { return sum + it.annualValueUsd; });
}

} // namespace tranche
