#pragma once
// Item models over a plan's catalog for the palette: sanctions items grouped by
// authority and category, counterpart actions as a flat table, and the
// search/filter proxy over both. They follow a PlanDocument's Reset and
// CatalogChanged events and are drag sources carrying stable ids.

#include "document/changeevent.h"
#include "model/catalog.h"
#include "models/catalogtexts.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

class QMimeData;

namespace tranche {

class PlanDocument;

// The authority groups of the palette, in display order (their names:
// authorityDisplayName(), catalogtexts.h).
QList<Authority> catalogAuthorityOrder();

// Interim-safe: may be placed in an interim phase without breaking INT-2,
// INT-5 or TGT-1 (not hard to reverse, no long-term benefit, not a retained class).
bool isInterimSafe(const SanctionsItem &item);

// The ids a palette drag carries (empty when the MIME data has none / is malformed).
QStringList catalogItemIdsFromMime(const QMimeData *mime);
QStringList catalogActionIdsFromMime(const QMimeData *mime);

// What the palette's two models share: they follow a PlanDocument (rebuilt on
// its Reset and CatalogChanged events; a catalog change that keeps every row
// where it was - an entry's value, flag or source edited - changes the rows'
// data only, so that views keep their selection, expansion and scroll), title
// their columns, and drag the ids of their rows as one MIME type. QtModel:
// QAbstractItemModel or QAbstractTableModel.
template <typename QtModel> class CatalogModelBase : public QtModel
{
public:
    // Follow doc (nullptr: empty). The model does not own the document.
    void setDocument(PlanDocument *doc);
    PlanDocument *document() const { return m_doc; }

    // One column per title; a table's rows have no children.
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

protected:
    // titles: untranslated, in the derived model's translation context.
    CatalogModelBase(QLatin1StringView mimeType, QList<const char *> titles, QObject *parent);
    // Brings the model's own structure up to date (inside a model reset, or
    // when rowKeys() is unchanged).
    virtual void rebuild() {}
    // The rows the document's catalog gives now, in model order, one key per
    // row at every level (what rebuild() would lay out).
    virtual QStringList rowKeys() const = 0;
    // The id a drag of `index` carries; empty for rows that are not dragged.
    virtual QString dragId(const QModelIndex &index) const = 0;

    QPointer<PlanDocument> m_doc;

private:
    void reset();
    // After a catalog change: the rows' data only when they are where they were.
    void follow();
    void dataChangedBelow(const QModelIndex &parent);
    QStringList m_keys; // rowKeys() at the last reset
    QLatin1StringView m_mimeType;
    QList<const char *> m_titles;
};

// Catalog sanctions items as a tree: authority -> category -> item.
class CatalogItemsModel : public CatalogModelBase<QAbstractItemModel>
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, ReversibilityColumn, FlagsColumn, ColumnCount };

    explicit CatalogItemsModel(QObject *parent = nullptr);

    // The item behind a leaf index (nullptr for group rows and invalid indexes).
    const SanctionsItem *item(const QModelIndex &index) const;
    // The leaf index of the item with this id (column 0), or invalid.
    QModelIndex indexOfItem(const QString &itemId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Category
    {
        QString name;
        QList<int> items; // indexes into Catalog::items
        double total = 0;
    };
    struct Group
    {
        Authority authority = Authority::Other;
        QList<Category> categories;
        double total = 0;
    };
    enum class Level { Group, Category, Item };

    void rebuild() override;
    QStringList rowKeys() const override;
    static QList<Group> grouped(const Catalog &catalog);
    QString dragId(const QModelIndex &index) const override;
    const Catalog *catalog() const;
    Level level(const QModelIndex &index) const;
    // data() for each level of the tree.
    QVariant groupData(const Group &g, int col, int role) const;
    QVariant categoryData(const Group &g, const Category &c, int col, int role) const;
    QVariant itemData(const SanctionsItem &it, int col, int role) const;
    // What group and category rows share: the tooltip with their totals, and
    // the name, search text, authority and total the other roles give.
    static QString totalsToolTip(const QString &name, qsizetype items, double total);
    static QVariant totalsData(const QString &name, const QString &searchText, Authority authority,
                               double total, int col, int role);

    QList<Group> m_groups;
};

// Counterpart actions as a flat table: name, weight, category, completes.
class CatalogActionsModel : public CatalogModelBase<QAbstractTableModel>
{
    Q_OBJECT
public:
    enum Column { NameColumn, WeightColumn, CategoryColumn, CompletesColumn, ColumnCount };

    explicit CatalogActionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString dragId(const QModelIndex &index) const override;
    QStringList rowKeys() const override;
    const QList<CounterpartAction> &actions() const;
    // The action behind a row (nullptr for an invalid index).
    const CounterpartAction *action(const QModelIndex &index) const;
};

// Search and filter over either catalog model: leaves match the search text
// (SearchTextRole, case-insensitive) and the attribute filter; groups show
// when a descendant does. Numeric columns sort by value (RawValueRole).
class CatalogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CatalogFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Items only: show only interim-safe items.
    void setInterimSafeOnly(bool on);
    bool interimSafeOnly() const { return m_interimSafe; }
    // Items only: show only items of this authority (nullopt: any).
    void setAuthorityFilter(std::optional<Authority> authority);
    std::optional<Authority> authorityFilter() const { return m_authority; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    bool m_interimSafe = false;
    std::optional<Authority> m_authority;
};

} // namespace tranche
