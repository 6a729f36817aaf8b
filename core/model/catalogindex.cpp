#include "model/catalogindex.h"

namespace tranche {

CatalogIndex::CatalogIndex(const Catalog &catalog)
{
    m_items.reserve(catalog.items.size());
    for (int i = 0; i < catalog.items.size(); ++i)
        m_items.insert(catalog.items.at(i).id, i);
    m_actions.reserve(catalog.actions.size());
    for (int i = 0; i < catalog.actions.size(); ++i)
        m_actions.insert(catalog.actions.at(i).id, i);
}

const SanctionsItem *CatalogIndex::item(const Catalog &catalog, const QString &id) const
{
    const int i = itemIndex(id);
    return i >= 0 && i < catalog.items.size() ? &catalog.items.at(i) : nullptr;
}

const CounterpartAction *CatalogIndex::action(const Catalog &catalog, const QString &id) const
{
    const int i = actionIndex(id);
    return i >= 0 && i < catalog.actions.size() ? &catalog.actions.at(i) : nullptr;
}

} // namespace tranche
