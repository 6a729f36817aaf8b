#include "models/catalogmodel.h"

#include "document/plandocument.h"
#include "model/money.h"
#include "model/safetext.h"
#include "models/mimetypes.h"
#include "models/roles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <type_traits>
#include <utility>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// The column titles of the palette's models, in Column order (translated in
// each model's own context).
const QList<const char *> kItemTitles = {
    QT_TRANSLATE_NOOP("tranche::CatalogItemsModel", "Item"),
    QT_TRANSLATE_NOOP("tranche::CatalogItemsModel", "Value/yr"),
    QT_TRANSLATE_NOOP("tranche::CatalogItemsModel", "Reversibility"),
    QT_TRANSLATE_NOOP("tranche::CatalogItemsModel", "Flags")};
const QList<const char *> kActionTitles = {
    QT_TRANSLATE_NOOP("tranche::CatalogActionsModel", "Action"),
    QT_TRANSLATE_NOOP("tranche::CatalogActionsModel", "Weight"),
    QT_TRANSLATE_NOOP("tranche::CatalogActionsModel", "Category"),
    QT_TRANSLATE_NOOP("tranche::CatalogActionsModel", "Completes")};

// The id of a catalog entry, empty for none (what a drag of its row carries).
template <typename Entry> QString idOf(const Entry *entry)
{
    return entry ? entry->id : QString();
}

// The key of a palette payload's id list: {"items": [...]} or {"actions": [...]}.
QString payloadKey(QLatin1StringView mimeType)
{
    return mimeType == mime::kCatalogItems ? u"items"_s : u"actions"_s;
}

QMimeData *idsMime(QLatin1StringView type, const QStringList &ids)
{
    if (ids.isEmpty())
        return nullptr;
    QJsonObject obj;
    obj.insert(payloadKey(type), QJsonArray::fromStringList(ids));
    auto *mime = new QMimeData;
    mime->setData(type, QJsonDocument(obj).toJson(QJsonDocument::Compact));
    return mime;
}

QStringList idsFromMime(const QMimeData *mime, QLatin1StringView type)
{
    if (!mime || !mime->hasFormat(type))
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(mime->data(type));
    const QJsonValue list = doc.object().value(payloadKey(type));
    QStringList ids;
    const QJsonArray array = list.toArray();
    for (const QJsonValue &v : array) {
        if (v.isString() && !v.toString().isEmpty())
            ids << v.toString();
    }
    return ids;
}

constexpr quintptr kGroupShift = 32;
constexpr quintptr kLowMask = (quintptr(1) << kGroupShift) - 1;

} // namespace

QList<Authority> catalogAuthorityOrder()
{
    return {Authority::UN, Authority::USStatute, Authority::USEO, Authority::FATF,
            Authority::Other};
}

bool isInterimSafe(const SanctionsItem &item)
{
    return item.reversibility != Reversibility::Hard && !item.longTermBenefit &&
           !isRetainedClass(item.targeted);
}

QStringList catalogItemIdsFromMime(const QMimeData *mime)
{
    return idsFromMime(mime, mime::kCatalogItems);
}

QStringList catalogActionIdsFromMime(const QMimeData *mime)
{
    return idsFromMime(mime, mime::kCatalogActions);
}

// --- CatalogModelBase ---------------------------------------------------------

template <typename QtModel>
CatalogModelBase<QtModel>::CatalogModelBase(QLatin1StringView mimeType, QList<const char *> titles,
                                            QObject *parent)
    : QtModel(parent), m_mimeType(mimeType), m_titles(std::move(titles))
{}

template <typename QtModel> void CatalogModelBase<QtModel>::reset()
{
    this->beginResetModel();
    rebuild();
    m_keys = rowKeys();
    this->endResetModel();
}

template <typename QtModel> void CatalogModelBase<QtModel>::follow()
{
    if (rowKeys() != m_keys)
        return reset();
    rebuild();
    dataChangedBelow({});
}

template <typename QtModel>
void CatalogModelBase<QtModel>::dataChangedBelow(const QModelIndex &parent)
{
    const int rows = this->rowCount(parent);
    if (rows == 0)
        return;
    const int columns = this->columnCount(parent);
    Q_EMIT this->dataChanged(this->index(0, 0, parent), this->index(rows - 1, columns - 1, parent));
    if constexpr (std::is_same_v<QtModel, QAbstractItemModel>) { // a table's rows have no children
        for (int r = 0; r < rows; ++r)
            dataChangedBelow(this->index(r, 0, parent));
    }
}

template <typename QtModel> void CatalogModelBase<QtModel>::setDocument(PlanDocument *doc)
{
    if (m_doc == doc)
        return;
    if (m_doc)
        QObject::disconnect(m_doc, nullptr, this, nullptr);
    this->beginResetModel();
    m_doc = doc;
    rebuild();
    m_keys = rowKeys();
    this->endResetModel();
    if (!doc)
        return;
    QObject::connect(doc, &PlanDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.kind == ChangeEvent::Reset)
            reset();
        else if (event.kind == ChangeEvent::CatalogChanged)
            follow();
    });
    QObject::connect(doc, &QObject::destroyed, this, [this] { reset(); });
}

template <typename QtModel>
int CatalogModelBase<QtModel>::columnCount(const QModelIndex &parent) const
{
    if constexpr (std::is_same_v<QtModel, QAbstractTableModel>) {
        if (parent.isValid())
            return 0;
    }
    return int(m_titles.size());
}

template <typename QtModel>
QVariant CatalogModelBase<QtModel>::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QtModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_titles.size())
        return {};
    // The titles are marked with QT_TRANSLATE_NOOP in the model's own context.
    return QCoreApplication::translate(this->metaObject()->className(), m_titles.at(section));
}

template <typename QtModel>
Qt::ItemFlags CatalogModelBase<QtModel>::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!dragId(index).isEmpty())
        f |= Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    return f;
}

template <typename QtModel> QStringList CatalogModelBase<QtModel>::mimeTypes() const
{
    return {QString(m_mimeType)};
}

template <typename QtModel>
QMimeData *CatalogModelBase<QtModel>::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    QSet<QString> seen;
    for (const QModelIndex &idx : indexes) {
        const QString id = dragId(idx);
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    }
    return idsMime(m_mimeType, ids);
}

template class CatalogModelBase<QAbstractItemModel>;
template class CatalogModelBase<QAbstractTableModel>;

// --- CatalogItemsModel -------------------------------------------------------

CatalogItemsModel::CatalogItemsModel(QObject *parent)
    : CatalogModelBase(mime::kCatalogItems, kItemTitles, parent)
{}

QString CatalogItemsModel::dragId(const QModelIndex &index) const
{
    return idOf(item(index));
}

const Catalog *CatalogItemsModel::catalog() const
{
    return m_doc ? &m_doc->plan().catalog : nullptr;
}

void CatalogItemsModel::rebuild()
{
    const Catalog *cat = catalog();
    m_groups = cat ? grouped(*cat) : QList<Group>();
}

QStringList CatalogItemsModel::rowKeys() const
{
    QStringList keys;
    const Catalog *cat = catalog();
    if (!cat)
        return keys;
    for (const Group &g : grouped(*cat)) {
        keys << u"group "_s + QString::number(int(g.authority));
        for (const Category &c : g.categories) {
            keys << u"category "_s + c.name;
            for (int i : c.items)
                keys << cat->items.at(i).id;
        }
    }
    return keys;
}

QList<CatalogItemsModel::Group> CatalogItemsModel::grouped(const Catalog &catalog)
{
    QList<Group> groups;
    const Catalog *cat = &catalog;
    const QList<Authority> order = catalogAuthorityOrder();
    for (Authority a : order) {
        Group group;
        group.authority = a;
        for (int i = 0; i < cat->items.size(); ++i) {
            const SanctionsItem &it = cat->items.at(i);
            if (it.authority != a)
                continue;
            auto c = std::find_if(group.categories.begin(), group.categories.end(),
                                  [&](const Category &cc) { return cc.name == it.category; });
            if (c == group.categories.end()) {
                group.categories.append(Category{it.category, {}, 0});
                c = group.categories.end() - 1;
            }
            c->items.append(i);
            c->total += it.annualValueUsd;
            group.total += it.annualValueUsd;
        }
        if (group.categories.isEmpty())
            continue;
        std::stable_sort(group.categories.begin(), group.categories.end(),
                         [](const Category &l, const Category &r) {
                             return l.name.compare(r.name, Qt::CaseInsensitive) < 0;
                         });
        groups.append(group);
    }
    return groups;
}

CatalogItemsModel::Level CatalogItemsModel::level(const QModelIndex &index) const
{
    const quintptr id = index.internalId();
    if (id == 0)
        return Level::Group;
    if ((id & kLowMask) == 0)
        return Level::Category;
    return Level::Item;
}

QModelIndex CatalogItemsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    switch (level(parent)) {
    case Level::Group:
        return createIndex(row, column, quintptr(parent.row() + 1) << kGroupShift);
    case Level::Category:
        return createIndex(row, column, parent.internalId() | quintptr(parent.row() + 1));
    case Level::Item:
        break;
    }
    return {};
}

QModelIndex CatalogItemsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    switch (level(child)) {
    case Level::Group:
        return {};
    case Level::Category:
        return createIndex(int(id >> kGroupShift) - 1, 0, quintptr(0));
    case Level::Item:
        return createIndex(int(id & kLowMask) - 1, 0, id & ~kLowMask);
    }
    return {};
}

int CatalogItemsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    switch (level(parent)) {
    case Level::Group:
        return int(m_groups.at(parent.row()).categories.size());
    case Level::Category: {
        const int g = int(parent.internalId() >> kGroupShift) - 1;
        return int(m_groups.at(g).categories.at(parent.row()).items.size());
    }
    case Level::Item:
        break;
    }
    return 0;
}

const SanctionsItem *CatalogItemsModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || level(index) != Level::Item)
        return nullptr;
    const Catalog *cat = catalog();
    if (!cat)
        return nullptr;
    const quintptr id = index.internalId();
    const int g = int(id >> kGroupShift) - 1;
    const int c = int(id & kLowMask) - 1;
    const int i = m_groups.at(g).categories.at(c).items.at(index.row());
    return i < cat->items.size() ? &cat->items.at(i) : nullptr;
}

QModelIndex CatalogItemsModel::indexOfItem(const QString &itemId) const
{
    const Catalog *cat = catalog();
    if (!cat)
        return {};
    const int i = cat->itemIndex(itemId);
    if (i < 0)
        return {};
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<Category> &cats = m_groups.at(g).categories;
        for (int c = 0; c < cats.size(); ++c) {
            const int row = int(cats.at(c).items.indexOf(i));
            if (row >= 0)
                return index(row, 0, index(c, 0, index(g, 0)));
        }
    }
    return {};
}

QVariant CatalogItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int col = index.column();
    if (role == Qt::TextAlignmentRole && col == ValueColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));

    switch (level(index)) {
    case Level::Group:
        return groupData(m_groups.at(index.row()), col, role);
    case Level::Category: {
        const Group &g = m_groups.at(int(index.internalId() >> kGroupShift) - 1);
        return categoryData(g, g.categories.at(index.row()), col, role);
    }
    case Level::Item:
        break;
    }

    const SanctionsItem *it = item(index);
    if (!it)
        return {};
    return itemData(*it, col, role);
}

QVariant CatalogItemsModel::groupData(const Group &g, int col, int role) const
{
    const QString name = authorityDisplayName(g.authority);
    if (role == Qt::ToolTipRole) {
        qsizetype items = 0;
        for (const Category &c : g.categories)
            items += c.items.size();
        return totalsToolTip(name, items, g.total);
    }
    return totalsData(name, name, g.authority, g.total, col, role);
}

QVariant CatalogItemsModel::categoryData(const Group &g, const Category &c, int col, int role) const
{
    const QString name = c.name.isEmpty() ? tr("(no category)") : c.name;
    if (role == Qt::ToolTipRole)
        return totalsToolTip(name, c.items.size(), c.total);
    return totalsData(name, c.name, g.authority, c.total, col, role);
}

QString CatalogItemsModel::totalsToolTip(const QString &name, qsizetype items, double total)
{
    // Totals of the whole catalog (not of the filtered rows), hence in the tooltip only.
    return plainToolTip(tr("%1: %n item(s) in the catalog, %2/yr in all", nullptr, int(items))
                            .arg(name, formatMoney(total)));
}

QVariant CatalogItemsModel::totalsData(const QString &name, const QString &searchText,
                                       Authority authority, double total, int col, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return col == NameColumn ? QVariant(name) : QVariant();
    case SearchTextRole:
        return searchText;
    case AuthorityRole:
        return toString(authority);
    case AnnualValueRole:
        return total;
    case RawValueRole:
        return col == ValueColumn ? QVariant(total) : QVariant();
    default:
        return {};
    }
}

QVariant CatalogItemsModel::itemData(const SanctionsItem &it, int col, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (col) {
        case NameColumn:
            return nameOrId(it);
        case ValueColumn:
            return catalogtexts::valueText(it, role == Qt::DisplayRole);
        case ReversibilityColumn:
            return catalogtexts::reversibilityText(it.reversibility);
        case FlagsColumn:
            return catalogtexts::flagsText(it);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return catalogtexts::itemToolTip(it);
    case ItemIdRole:
        return it.id;
    case AnnualValueRole:
        return it.annualValueUsd;
    case RawValueRole:
        return col == ValueColumn ? QVariant(it.annualValueUsd) : QVariant();
    case AuthorityRole:
        return toString(it.authority);
    case SearchTextRole:
        return QStringList{it.id,
                           it.name,
                           it.instrument,
                           it.category,
                           toString(it.authority),
                           authorityDisplayName(it.authority),
                           it.source,
                           catalogtexts::flagsText(it),
                           catalogtexts::reversibilityText(it.reversibility)}
            .join(u'\n');
    default:
        return {};
    }
}

// --- CatalogActionsModel -----------------------------------------------------

CatalogActionsModel::CatalogActionsModel(QObject *parent)
    : CatalogModelBase(mime::kCatalogActions, kActionTitles, parent)
{}

QString CatalogActionsModel::dragId(const QModelIndex &index) const
{
    return idOf(action(index));
}

QStringList CatalogActionsModel::rowKeys() const
{
    QStringList keys;
    for (const CounterpartAction &a : actions())
        keys << a.id;
    return keys;
}

const QList<CounterpartAction> &CatalogActionsModel::actions() const
{
    static const QList<CounterpartAction> none;
    return m_doc ? m_doc->plan().catalog.actions : none;
}

const CounterpartAction *CatalogActionsModel::action(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= actions().size())
        return nullptr;
    return &actions().at(index.row());
}

int CatalogActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(actions().size());
}

QVariant CatalogActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CounterpartAction *a = action(index);
    if (!a)
        return {};
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (col) {
        case NameColumn:
            return nameOrId(*a);
        case WeightColumn:
            return QString::number(a->weight);
        case CategoryColumn:
            return a->category;
        case CompletesColumn: {
            QString text = catalogtexts::programsText(a->completes);
            if (a->financialReform)
                text = text.isEmpty() ? tr("financial reform")
                                      : text + u", "_s + tr("financial reform");
            return text;
        }
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (col == WeightColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole:
        return catalogtexts::actionToolTip(*a);
    case ActionIdRole:
        return a->id;
    case RawValueRole:
        return col == WeightColumn ? QVariant(a->weight) : QVariant();
    case SearchTextRole:
        return QStringList{a->id, a->name, a->category, catalogtexts::programsText(a->completes),
                           a->source}
            .join(u'\n');
    default:
        return {};
    }
}

// --- CatalogFilterProxy ------------------------------------------------------

CatalogFilterProxy::CatalogFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CatalogFilterProxy::setSearchText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_search)
        return;
    m_search = simplified;
    invalidateFilter();
}

void CatalogFilterProxy::setInterimSafeOnly(bool on)
{
    if (on == m_interimSafe)
        return;
    m_interimSafe = on;
    invalidateFilter();
}

void CatalogFilterProxy::setAuthorityFilter(std::optional<Authority> authority)
{
    if (authority == m_authority)
        return;
    m_authority = authority;
    invalidateFilter();
}

bool CatalogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return false;
    const QModelIndex idx = model->index(sourceRow, 0, sourceParent);
    const bool isItem = idx.data(ItemIdRole).isValid();
    const bool isAction = idx.data(ActionIdRole).isValid();
    if (!isItem && !isAction)
        return false; // a group row: shown when one of its leaves is (recursive filtering)

    if (!m_search.isEmpty()) {
        const QString haystack = idx.data(SearchTextRole).toString();
        const QStringList tokens = m_search.split(u' ', Qt::SkipEmptyParts);
        for (const QString &t : tokens) {
            if (!haystack.contains(t, Qt::CaseInsensitive))
                return false;
        }
    }
    if (isItem && (m_interimSafe || m_authority)) {
        const auto *items = qobject_cast<const CatalogItemsModel *>(model);
        const SanctionsItem *it = items ? items->item(idx) : nullptr;
        if (!it)
            return false;
        if (m_interimSafe && !isInterimSafe(*it))
            return false;
        if (m_authority && it->authority != *m_authority)
            return false;
    }
    return true;
}

bool CatalogFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Authority groups keep their fixed order whatever the sort order.
    if (!left.parent().isValid() && left.model()->hasChildren(left.siblingAtColumn(0))) {
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row()
                                                 : left.row() > right.row();
    }
    const QVariant l = left.data(RawValueRole);
    const QVariant r = right.data(RawValueRole);
    if (l.isValid() && r.isValid())
        return l.toDouble() < r.toDouble();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace tranche
