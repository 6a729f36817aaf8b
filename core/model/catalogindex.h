#pragma once
// Catalog lookups by id, built once per catalog (no linear search per
// placement): the rules engine, the timeline painter and anything else that
// resolves many ids against one catalog.

#include "model/catalog.h"

#include <QHash>

namespace tranche {

class CatalogIndex
{
public:
    CatalogIndex() = default;
    explicit CatalogIndex(const Catalog &catalog);
    int itemIndex(const QString &id) const { return m_items.value(id, -1); }
    int actionIndex(const QString &id) const { return m_actions.value(id, -1); }
    // The entry of `catalog` (the catalog indexed, or an equal one), or nullptr.
    const SanctionsItem *item(const Catalog &catalog, const QString &id) const;
    const CounterpartAction *action(const Catalog &catalog, const QString &id) const;

private:
    QHash<QString, int> m_items;
    QHash<QString, int> m_actions;
};

} // namespace tranche
