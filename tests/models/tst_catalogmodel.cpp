// Tests of the catalog palette models: CatalogItemsModel (grouping, columns,
// drag payload), CatalogActionsModel and CatalogFilterProxy (search, filters,
// sorting), each under QAbstractItemModelTester, following a PlanDocument.

#include "document/commands.h"
#include "document/plandocument.h"
#include "model/money.h"
#include "models/catalogmodel.h"
#include "models/mimetypes.h"
#include "models/roles.h"
#include "panels/catalogpalette.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tranche;

namespace {

SanctionsItem makeItem(const QString &id, Authority a, const QString &category, double value,
                       Reversibility r = Reversibility::Easy, bool longTerm = false,
                       Targeted targeted = Targeted::None, bool escrowable = false)
{
    SanctionsItem it;
    it.id = id;
    it.name = u"Name of "_s + id;
    it.authority = a;
    it.category = category;
    it.annualValueUsd = value;
    it.reversibility = r;
    it.longTermBenefit = longTerm;
    it.targeted = targeted;
    it.escrowable = escrowable;
    it.instrument = u"Instrument "_s + id;
    it.source = u"Source "_s + id;
    it.confidence = u"high"_s;
    it.valueBasis = u"revenue"_s;
    return it;
}

CounterpartAction makeAction(const QString &id, double weight, const QString &category,
                             Programs completes = {})
{
    CounterpartAction a;
    a.id = id;
    a.name = u"Action "_s + id;
    a.weight = weight;
    a.category = category;
    a.completes = completes;
    return a;
}

// A catalog touching every authority, several categories, and every filter condition.
Plan samplePlan()
{
    Plan plan;
    plan.meta.title = u"Sample"_s;
    plan.catalog.items = {
        makeItem(u"un-coal"_s, Authority::UN, u"sectoral-export"_s, 1.2e9, Reversibility::Easy,
                 false, Targeted::None, true),
        makeItem(u"us-eo-cyber"_s, Authority::USEO, u"designations"_s, 5e6, Reversibility::Easy,
                 false, Targeted::Military),
        makeItem(u"un-iron"_s, Authority::UN, u"sectoral-export"_s, 2.51e8,
                 Reversibility::Moderate),
        makeItem(u"fatf-cm"_s, Authority::FATF, u"finance"_s, 3e8, Reversibility::Moderate),
        makeItem(u"un-oil"_s, Authority::UN, u"import-cap"_s, 4e8, Reversibility::Hard),
        makeItem(u"us-stat-trade"_s, Authority::USStatute, u"trade"_s, 9e8, Reversibility::Moderate,
                 true),
        makeItem(u"jp-ports"_s, Authority::Other, u""_s, 1e7),
        makeItem(u"us-eo-luxury"_s, Authority::USEO, u"designations"_s, 2e7, Reversibility::Easy),
    };
    plan.catalog.actions = {
        makeAction(u"freeze"_s, 4, u"freeze"_s),
        makeAction(u"yongbyon"_s, 8, u"dismantlement"_s, Program::Nuclear),
        makeAction(u"icbm-destroy"_s, 9, u"dismantlement"_s,
                   Programs(Program::Icbm) | Program::Wmd),
    };
    return plan;
}

QStringList leafIds(const QAbstractItemModel *model, int role, const QModelIndex &parent = {})
{
    QStringList ids;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex idx = model->index(r, 0, parent);
        const QVariant id = idx.data(role);
        if (id.isValid())
            ids << id.toString();
        else
            ids << leafIds(model, role, idx);
    }
    return ids;
}

QStringList payloadIds(const QMimeData *mime, QLatin1StringView type, const QString &key)
{
    const QJsonObject obj = QJsonDocument::fromJson(mime->data(type)).object();
    QStringList ids;
    const QJsonArray array = obj.value(key).toArray();
    for (const QJsonValue &v : array)
        ids << v.toString();
    return ids;
}

} // namespace

class TestCatalogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelTester();
    void groups();
    void grouping_data();
    void grouping();
    void columns();
    void followsDocument();
    void editKeepsRows_data();
    void editKeepsRows();
    void itemsMimeData_data();
    void itemsMimeData();
    void actionsModel();
    void actionsMimeData_data();
    void actionsMimeData();
    void filter_data();
    void filter();
    void actionsFilter_data();
    void actionsFilter();
    void sortByValue();
    void paletteSearchAndFilter_data();
    void paletteSearchAndFilter();
    void paletteDragPayloadAndActivation();
    void paletteAccessible();
};

void TestCatalogModel::modelTester()
{
    PlanDocument doc(samplePlan());
    CatalogItemsModel items;
    CatalogActionsModel actions;
    CatalogFilterProxy itemsProxy;
    CatalogFilterProxy actionsProxy;
    QAbstractItemModelTester t1(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&actions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    itemsProxy.setSourceModel(&items);
    actionsProxy.setSourceModel(&actions);
    QAbstractItemModelTester t3(&itemsProxy,
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(&actionsProxy,
                                QAbstractItemModelTester::FailureReportingMode::QtTest);

    items.setDocument(&doc);
    actions.setDocument(&doc);
    itemsProxy.setSearchText(u"coal"_s);
    itemsProxy.setInterimSafeOnly(true);
    itemsProxy.setAuthorityFilter(Authority::USEO);
    itemsProxy.setAuthorityFilter(std::nullopt);
    itemsProxy.setInterimSafeOnly(false);
    itemsProxy.setSearchText({});
    itemsProxy.sort(CatalogItemsModel::ValueColumn, Qt::DescendingOrder);
    actionsProxy.setSearchText(u"dismantlement"_s);
    actionsProxy.sort(CatalogActionsModel::WeightColumn);

    Catalog cat = doc.plan().catalog;
    cat.items.removeAt(0);
    cat.actions.removeAt(1);
    doc.setCatalog(cat);
    QCOMPARE(leafIds(&items, ItemIdRole).size(), cat.items.size());
    doc.resetPlan(Plan{});
    QCOMPARE(items.rowCount(), 0);
    QCOMPARE(actions.rowCount(), 0);
    doc.resetPlan(samplePlan());
    QCOMPARE(leafIds(&itemsProxy, ItemIdRole).size(), samplePlan().catalog.items.size());
}

void TestCatalogModel::groups()
{
    PlanDocument doc(samplePlan());
    CatalogItemsModel model;
    model.setDocument(&doc);
    QStringList groups;
    for (int r = 0; r < model.rowCount(); ++r)
        groups << model.index(r, 0).data().toString();
    QCOMPARE(groups, (QStringList{u"UN"_s, u"US statute"_s, u"US executive order"_s, u"FATF"_s,
                                  u"Others"_s}));
    // Group rows total their items and are not draggable.
    const QModelIndex un = model.index(0, CatalogItemsModel::ValueColumn);
    QCOMPARE(un.data(AnnualValueRole).toDouble(), 1.2e9 + 2.51e8 + 4e8);
    QCOMPARE(
        un.data(Qt::ToolTipRole).toString(),
        u"UN: 3 item(s) in the catalog, %1/yr in all"_s.arg(formatMoney(1.2e9 + 2.51e8 + 4e8)));
    QVERIFY(!model.flags(model.index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
    QCOMPARE(model.mimeData({model.index(0, 0)}), nullptr);
}

void TestCatalogModel::grouping_data()
{
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("categoryRow");
    QTest::addColumn<int>("row");

    // Categories are sorted by name within a group; items keep catalog order.
    QTest::newRow("UN coal") << u"un-coal"_s << u"UN"_s << u"sectoral-export"_s << 1 << 0;
    QTest::newRow("UN iron") << u"un-iron"_s << u"UN"_s << u"sectoral-export"_s << 1 << 1;
    QTest::newRow("UN oil") << u"un-oil"_s << u"UN"_s << u"import-cap"_s << 0 << 0;
    QTest::newRow("US statute") << u"us-stat-trade"_s << u"US statute"_s << u"trade"_s << 0 << 0;
    QTest::newRow("US EO cyber") << u"us-eo-cyber"_s << u"US executive order"_s << u"designations"_s
                                 << 0 << 0;
    QTest::newRow("US EO luxury") << u"us-eo-luxury"_s << u"US executive order"_s
                                  << u"designations"_s << 0 << 1;
    QTest::newRow("FATF") << u"fatf-cm"_s << u"FATF"_s << u"finance"_s << 0 << 0;
    QTest::newRow("other, no category")
        << u"jp-ports"_s << u"Others"_s << u"(no category)"_s << 0 << 0;
}

void TestCatalogModel::grouping()
{
    QFETCH(QString, itemId);
    QFETCH(QString, group);
    QFETCH(QString, category);
    QFETCH(int, categoryRow);
    QFETCH(int, row);

    PlanDocument doc(samplePlan());
    CatalogItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&doc);
    const QModelIndex idx = model.indexOfItem(itemId);
    QVERIFY(idx.isValid());
    QCOMPARE(idx.row(), row);
    QCOMPARE(idx.data(ItemIdRole).toString(), itemId);
    QCOMPARE(model.item(idx)->id, itemId);
    QCOMPARE(idx.parent().row(), categoryRow);
    QCOMPARE(idx.parent().data().toString(), category);
    QCOMPARE(idx.parent().parent().data().toString(), group);
    QVERIFY(!idx.parent().parent().parent().isValid());
    QVERIFY(model.flags(idx).testFlag(Qt::ItemIsDragEnabled));
    QCOMPARE(model.rowCount(idx), 0);
}

void TestCatalogModel::columns()
{
    PlanDocument doc(samplePlan());
    CatalogItemsModel model;
    model.setDocument(&doc);
    const QModelIndex idx = model.indexOfItem(u"us-eo-cyber"_s);
    auto cell = [&](int column) { return idx.siblingAtColumn(column).data().toString(); };
    QCOMPARE(cell(CatalogItemsModel::NameColumn), u"Name of us-eo-cyber"_s);
    QCOMPARE(cell(CatalogItemsModel::ValueColumn), formatMoney(5e6));
    QCOMPARE(cell(CatalogItemsModel::ReversibilityColumn), u"easy"_s);
    QCOMPARE(cell(CatalogItemsModel::FlagsColumn), u"targeted (military)"_s);
    QCOMPARE(idx.siblingAtColumn(CatalogItemsModel::ValueColumn).data(RawValueRole).toDouble(),
             5e6);
    QCOMPARE(idx.data(AuthorityRole).toString(), u"US-EO"_s);

    const QModelIndex coal = model.indexOfItem(u"un-coal"_s);
    QCOMPARE(coal.siblingAtColumn(CatalogItemsModel::FlagsColumn).data().toString(),
             u"escrowable"_s);
    const QModelIndex trade = model.indexOfItem(u"us-stat-trade"_s);
    QCOMPARE(trade.siblingAtColumn(CatalogItemsModel::FlagsColumn).data().toString(),
             u"long-term benefit"_s);

    const QString tip =
        coal.siblingAtColumn(CatalogItemsModel::FlagsColumn).data(Qt::ToolTipRole).toString();
    for (const QString &part :
         {u"Instrument un-coal"_s, u"Source un-coal"_s, u"high"_s, u"revenue"_s})
        QVERIFY2(tip.contains(part), qPrintable(tip));

    // An item with no estimate reads "not quantified", never "$0".
    Plan plan = samplePlan();
    plan.catalog.items[plan.catalog.itemIndex(u"un-coal"_s)].valueQuantified = false;
    PlanDocument unquantified(plan);
    model.setDocument(&unquantified);
    const QModelIndex nq =
        model.indexOfItem(u"un-coal"_s).siblingAtColumn(CatalogItemsModel::ValueColumn);
    QCOMPARE(nq.data().toString(), u"n/q"_s);
    QCOMPARE(nq.data(Qt::AccessibleTextRole).toString(), u"not quantified"_s);
    QVERIFY2(nq.data(Qt::ToolTipRole).toString().contains(u"Annual value: not quantified"_s),
             qPrintable(nq.data(Qt::ToolTipRole).toString()));
}

void TestCatalogModel::followsDocument()
{
    PlanDocument doc(samplePlan());
    CatalogItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&doc);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // Edits that do not touch the catalog leave the model alone.
    doc.undoStack()->push(new EditMetaFieldCommand(&doc, MetaField::Title, u"Other"_s));
    QCOMPARE(resets.count(), 0);

    Catalog cat = doc.plan().catalog;
    cat.items.append(makeItem(u"un-new"_s, Authority::UN, u"aaa"_s, 1));
    doc.setCatalog(cat);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.indexOfItem(u"un-new"_s).parent().data().toString(), u"aaa"_s);

    Plan onlyFatf;
    onlyFatf.catalog.items = {makeItem(u"f"_s, Authority::FATF, u"x"_s, 1)};
    doc.resetPlan(onlyFatf);
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"FATF"_s);

    {
        PlanDocument other(samplePlan());
        model.setDocument(&other);
        QCOMPARE(model.rowCount(), 5);
    }
    // The document went away: the model is empty, not dangling.
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.indexOfItem(u"un-coal"_s).isValid());
}

void TestCatalogModel::editKeepsRows_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<bool>("keepsRows"); // data changed only, else a reset
    enum { Flag, Value, Name, NewItem, OtherCategory, Reordered, ActionWeight, NewAction };
    QTest::newRow("value not quantified") << int(Flag) << true;
    QTest::newRow("value") << int(Value) << true;
    QTest::newRow("name") << int(Name) << true;
    QTest::newRow("item added") << int(NewItem) << false;
    QTest::newRow("item to another category") << int(OtherCategory) << false;
    QTest::newRow("items reordered") << int(Reordered) << false;
    QTest::newRow("action weight") << int(ActionWeight) << true;
    QTest::newRow("action added") << int(NewAction) << false;
}

// A catalog change that leaves every row where it was changes the rows' data
// (views keep their selection and scroll); one that moves, adds or removes a
// row resets the model. Both models, under QAbstractItemModelTester.
void TestCatalogModel::editKeepsRows()
{
    QFETCH(int, edit);
    QFETCH(bool, keepsRows);
    PlanDocument doc(samplePlan());
    CatalogItemsModel items;
    CatalogActionsModel actions;
    QAbstractItemModelTester itemsTester(&items,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester actionsTester(&actions,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    items.setDocument(&doc);
    actions.setDocument(&doc);
    QSignalSpy itemResets(&items, &QAbstractItemModel::modelReset);
    QSignalSpy itemChanges(&items, &QAbstractItemModel::dataChanged);
    QSignalSpy actionResets(&actions, &QAbstractItemModel::modelReset);
    QSignalSpy actionChanges(&actions, &QAbstractItemModel::dataChanged);
    const QPersistentModelIndex coal = items.indexOfItem(u"un-coal"_s);
    QVERIFY(coal.isValid());

    Catalog cat = doc.plan().catalog;
    const qsizetype coalAt =
        std::find_if(cat.items.cbegin(), cat.items.cend(),
                     [](const SanctionsItem &i) { return i.id == u"un-coal"_s; }) -
        cat.items.cbegin();
    SanctionsItem &c = cat.items[coalAt];
    const bool actionEdit = edit >= 6;
    switch (edit) {
    case 0:
        c.valueQuantified = false;
        c.annualValueUsd = 0;
        break;
    case 1:
        c.annualValueUsd *= 2;
        break;
    case 2:
        c.name = u"Coal, all grades"_s;
        break;
    case 3:
        cat.items.append(makeItem(u"un-new"_s, Authority::UN, c.category, 1));
        break;
    case 4:
        c.category = u"zzz"_s;
        break;
    case 5:
        std::reverse(cat.items.begin(), cat.items.end());
        break;
    case 6:
        cat.actions[0].weight += 1;
        break;
    case 7:
        cat.actions.append(cat.actions.first());
        cat.actions.last().id = u"new-action"_s;
        break;
    }
    doc.setCatalog(cat);

    QSignalSpy &resets = actionEdit ? actionResets : itemResets;
    QSignalSpy &changes = actionEdit ? actionChanges : itemChanges;
    QCOMPARE(resets.count(), keepsRows ? 0 : 1);
    QCOMPARE(changes.isEmpty(), !keepsRows);
    QCOMPARE(coal.isValid(), keepsRows || actionEdit);
    // The other model: a reset only when its own rows changed.
    QCOMPARE((actionEdit ? itemResets : actionResets).count(), 0);
    if (edit == 0) {
        const QModelIndex value =
            items.indexOfItem(u"un-coal"_s).siblingAtColumn(CatalogItemsModel::ValueColumn);
        QCOMPARE(value.data().toString(), u"n/q"_s);
    }
}

void TestCatalogModel::itemsMimeData_data()
{
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("one") << QStringList{u"un-coal"_s} << QStringList{u"un-coal"_s};
    QTest::newRow("two, selection order")
        << QStringList{u"fatf-cm"_s, u"un-oil"_s} << QStringList{u"fatf-cm"_s, u"un-oil"_s};
    QTest::newRow("duplicates once") << QStringList{u"un-iron"_s, u"un-iron"_s, u"jp-ports"_s}
                                     << QStringList{u"un-iron"_s, u"jp-ports"_s};
}

void TestCatalogModel::itemsMimeData()
{
    QFETCH(QStringList, selected);
    QFETCH(QStringList, expected);

    PlanDocument doc(samplePlan());
    CatalogItemsModel model;
    model.setDocument(&doc);
    QModelIndexList indexes;
    for (const QString &id : selected) {
        // Whole rows, as a view hands them over: every column of the row, plus a group row.
        const QModelIndex idx = model.indexOfItem(id);
        for (int c = 0; c < model.columnCount(); ++c)
            indexes << idx.siblingAtColumn(c);
    }
    indexes << model.index(0, 0);
    QCOMPARE(model.mimeTypes(), QStringList{QString(mime::kCatalogItems)});
    std::unique_ptr<QMimeData> data(model.mimeData(indexes));
    QVERIFY(data);
    QVERIFY(data->hasFormat(mime::kCatalogItems));
    QCOMPARE(payloadIds(data.get(), mime::kCatalogItems, u"items"_s), expected);
    QCOMPARE(catalogItemIdsFromMime(data.get()), expected);
    QVERIFY(catalogActionIdsFromMime(data.get()).isEmpty());
}

void TestCatalogModel::actionsModel()
{
    PlanDocument doc(samplePlan());
    CatalogActionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&doc);
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex icbm = model.index(2, 0);
    QCOMPARE(icbm.data(ActionIdRole).toString(), u"icbm-destroy"_s);
    QCOMPARE(icbm.data().toString(), u"Action icbm-destroy"_s);
    QCOMPARE(icbm.siblingAtColumn(CatalogActionsModel::WeightColumn).data().toString(), u"9"_s);
    QCOMPARE(icbm.siblingAtColumn(CatalogActionsModel::WeightColumn).data(RawValueRole).toDouble(),
             9.0);
    QCOMPARE(icbm.siblingAtColumn(CatalogActionsModel::CategoryColumn).data().toString(),
             u"dismantlement"_s);
    QCOMPARE(icbm.siblingAtColumn(CatalogActionsModel::CompletesColumn).data().toString(),
             u"ICBM, other WMD"_s);
    QVERIFY(model.flags(icbm).testFlag(Qt::ItemIsDragEnabled));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    Catalog cat = doc.plan().catalog;
    cat.actions.removeFirst();
    doc.setCatalog(cat);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 2);
}

void TestCatalogModel::actionsMimeData_data()
{
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("first") << QList<int>{0} << QStringList{u"freeze"_s};
    QTest::newRow("two") << QList<int>{2, 1} << QStringList{u"icbm-destroy"_s, u"yongbyon"_s};
    QTest::newRow("repeated") << QList<int>{1, 1} << QStringList{u"yongbyon"_s};
}

void TestCatalogModel::actionsMimeData()
{
    QFETCH(QList<int>, rows);
    QFETCH(QStringList, expected);
    PlanDocument doc(samplePlan());
    CatalogActionsModel model;
    model.setDocument(&doc);
    QModelIndexList indexes;
    for (int r : rows) {
        for (int c = 0; c < model.columnCount(); ++c)
            indexes << model.index(r, c);
    }
    std::unique_ptr<QMimeData> data(model.mimeData(indexes));
    QVERIFY(data);
    QCOMPARE(payloadIds(data.get(), mime::kCatalogActions, u"actions"_s), expected);
    QCOMPARE(catalogActionIdsFromMime(data.get()), expected);
    QVERIFY(catalogItemIdsFromMime(data.get()).isEmpty());
}

void TestCatalogModel::filter_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("interimSafe");
    QTest::addColumn<int>("authority"); // -1: any
    QTest::addColumn<QStringList>("expected");

    const QStringList all{u"un-oil"_s,      u"un-coal"_s,      u"un-iron"_s, u"us-stat-trade"_s,
                          u"us-eo-cyber"_s, u"us-eo-luxury"_s, u"fatf-cm"_s, u"jp-ports"_s};
    QTest::newRow("nothing") << QString() << false << -1 << all;
    QTest::newRow("name, any case") << u"COAL"_s << false << -1 << QStringList{u"un-coal"_s};
    QTest::newRow("two words") << u"un export"_s << false << -1
                               << QStringList{u"un-coal"_s, u"un-iron"_s};
    QTest::newRow("by category") << u"designations"_s << false << -1
                                 << QStringList{u"us-eo-cyber"_s, u"us-eo-luxury"_s};
    QTest::newRow("by instrument")
        << u"instrument fatf"_s << false << -1 << QStringList{u"fatf-cm"_s};
    QTest::newRow("no match") << u"zzz"_s << false << -1 << QStringList{};
    // Not hard, not long-term, not a retained class.
    QTest::newRow("interim-safe") << QString() << true << -1
                                  << QStringList{u"un-coal"_s, u"un-iron"_s, u"us-eo-luxury"_s,
                                                 u"fatf-cm"_s, u"jp-ports"_s};
    QTest::newRow("authority UN") << QString() << false << int(Authority::UN)
                                  << QStringList{u"un-oil"_s, u"un-coal"_s, u"un-iron"_s};
    QTest::newRow("authority other")
        << QString() << false << int(Authority::Other) << QStringList{u"jp-ports"_s};
    QTest::newRow("UN and interim-safe")
        << QString() << true << int(Authority::UN) << QStringList{u"un-coal"_s, u"un-iron"_s};
    QTest::newRow("search and filter")
        << u"iron"_s << true << int(Authority::USEO) << QStringList{};
}

void TestCatalogModel::filter()
{
    QFETCH(QString, search);
    QFETCH(bool, interimSafe);
    QFETCH(int, authority);
    QFETCH(QStringList, expected);

    PlanDocument doc(samplePlan());
    CatalogItemsModel model;
    model.setDocument(&doc);
    CatalogFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSearchText(search);
    proxy.setInterimSafeOnly(interimSafe);
    proxy.setAuthorityFilter(authority < 0 ? std::nullopt
                                           : std::optional<Authority>(Authority(authority)));
    QCOMPARE(leafIds(&proxy, ItemIdRole), expected);
    // Groups show only with a matching item below them.
    for (int r = 0; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.rowCount(proxy.index(r, 0)) > 0);

    // Clearing every filter brings everything back.
    proxy.setSearchText({});
    proxy.setInterimSafeOnly(false);
    proxy.setAuthorityFilter(std::nullopt);
    QCOMPARE(leafIds(&proxy, ItemIdRole).size(), doc.plan().catalog.items.size());
}

void TestCatalogModel::actionsFilter_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << QString() << QStringList{u"freeze"_s, u"yongbyon"_s, u"icbm-destroy"_s};
    QTest::newRow("category") << u"dismantlement"_s
                              << QStringList{u"yongbyon"_s, u"icbm-destroy"_s};
    QTest::newRow("completes") << u"icbm"_s << QStringList{u"icbm-destroy"_s};
    QTest::newRow("none") << u"coal"_s << QStringList{};
}

void TestCatalogModel::actionsFilter()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    PlanDocument doc(samplePlan());
    CatalogActionsModel model;
    model.setDocument(&doc);
    CatalogFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSearchText(search);
    QCOMPARE(leafIds(&proxy, ActionIdRole), expected);
}

void TestCatalogModel::sortByValue()
{
    PlanDocument doc(samplePlan());
    CatalogItemsModel model;
    model.setDocument(&doc);
    CatalogFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(CatalogItemsModel::ValueColumn, Qt::DescendingOrder);
    // Authority groups keep their order; inside, numeric by value (not by text: $5M < $20M).
    QCOMPARE(proxy.index(0, 0).data().toString(), u"UN"_s);
    QCOMPARE(proxy.index(4, 0).data().toString(), u"Others"_s);
    const QModelIndex eo = proxy.index(2, 0);
    const QModelIndex designations = proxy.index(0, 0, eo);
    QCOMPARE(proxy.index(0, 0, designations).data(ItemIdRole).toString(), u"us-eo-luxury"_s);
    QCOMPARE(proxy.index(1, 0, designations).data(ItemIdRole).toString(), u"us-eo-cyber"_s);
    proxy.sort(CatalogItemsModel::ValueColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"UN"_s);
    QCOMPARE(proxy.index(0, 0, proxy.index(0, 0, proxy.index(2, 0))).data(ItemIdRole).toString(),
             u"us-eo-cyber"_s);

    CatalogActionsModel actions;
    actions.setDocument(&doc);
    CatalogFilterProxy actionsProxy;
    actionsProxy.setSourceModel(&actions);
    actionsProxy.sort(CatalogActionsModel::WeightColumn, Qt::DescendingOrder);
    QCOMPARE(leafIds(&actionsProxy, ActionIdRole),
             (QStringList{u"icbm-destroy"_s, u"yongbyon"_s, u"freeze"_s}));
}

void TestCatalogModel::paletteSearchAndFilter_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("typed search") << u"coal"_s << int(CatalogPalette::AllItems)
                                  << QStringList{u"un-coal"_s};
    QTest::newRow("interim-safe") << QString() << int(CatalogPalette::InterimSafeItems)
                                  << QStringList{u"un-coal"_s, u"un-iron"_s, u"us-eo-luxury"_s,
                                                 u"fatf-cm"_s, u"jp-ports"_s};
    QTest::newRow("US executive order") << QString() << int(CatalogPalette::USEOItems)
                                        << QStringList{u"us-eo-cyber"_s, u"us-eo-luxury"_s};
    QTest::newRow("FATF and search") << u"un"_s << int(CatalogPalette::FATFItems) << QStringList{};
}

void TestCatalogModel::paletteSearchAndFilter()
{
    QFETCH(QString, typed);
    QFETCH(int, filter);
    QFETCH(QStringList, expected);
    PlanDocument doc(samplePlan());
    CatalogPalette palette;
    palette.setDocument(&doc);
    QAbstractItemModelTester tester(palette.itemsView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClicks(palette.itemSearch(), typed);
    palette.itemFilter()->setCurrentIndex(filter);
    QCOMPARE(leafIds(palette.itemsView()->model(), ItemIdRole), expected);

    // The actions tab searches on its own.
    QTest::keyClicks(palette.actionSearch(), u"yongbyon"_s);
    QCOMPARE(leafIds(palette.actionsView()->model(), ActionIdRole), QStringList{u"yongbyon"_s});
}

void TestCatalogModel::paletteDragPayloadAndActivation()
{
    PlanDocument doc(samplePlan());
    CatalogPalette palette;
    palette.setDocument(&doc);
    QTreeView *view = palette.itemsView();
    QVERIFY(view->dragEnabled());
    QCOMPARE(view->dragDropMode(), QAbstractItemView::DragOnly);

    // Select two items through the view's proxy; the drag payload (the proxy's
    // mimeData, as the view asks for it) carries their ids.
    QAbstractItemModel *proxy = view->model();
    const QModelIndex un = proxy->index(0, 0);
    const QModelIndex oil = proxy->index(0, 0, proxy->index(0, 0, un));
    const QModelIndex coal = proxy->index(0, 0, proxy->index(1, 0, un));
    view->selectionModel()->select(oil, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(coal, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(palette.selectedItemIds(), (QStringList{u"un-oil"_s, u"un-coal"_s}));
    std::unique_ptr<QMimeData> data(proxy->mimeData(view->selectionModel()->selectedIndexes()));
    QVERIFY(data);
    QCOMPARE(catalogItemIdsFromMime(data.get()), (QStringList{u"un-oil"_s, u"un-coal"_s}));

    // Enter on an item asks for it to be placed; on a group row it does nothing.
    QSignalSpy items(&palette, &CatalogPalette::itemActivated);
    view->setCurrentIndex(coal);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(items.count(), 1);
    QCOMPARE(items.at(0).at(0).toString(), u"un-coal"_s);
    view->setCurrentIndex(un);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(items.count(), 1);

    QSignalSpy actions(&palette, &CatalogPalette::actionActivated);
    palette.actionsView()->setCurrentIndex(palette.actionsView()->model()->index(1, 0));
    QTest::keyClick(palette.actionsView(), Qt::Key_Return);
    QCOMPARE(actions.count(), 1);
    QCOMPARE(actions.at(0).at(0).toString(), u"yongbyon"_s);
    std::unique_ptr<QMimeData> actionData(
        palette.actionsView()->model()->mimeData({palette.actionsView()->model()->index(2, 0)}));
    QCOMPARE(catalogActionIdsFromMime(actionData.get()), QStringList{u"icbm-destroy"_s});
}

void TestCatalogModel::paletteAccessible()
{
    PlanDocument doc(samplePlan());
    CatalogPalette palette;
    palette.setDocument(&doc);
    // The counterpart actions tab is built when first shown or asked for.
    QCOMPARE(palette.tabs()->widget(1)->findChildren<QWidget *>().size(), 0);
    QVERIFY(palette.actionsView());
    const QList<QWidget *> widgets = palette.findChildren<QWidget *>();
    int named = 0;
    for (QWidget *w : widgets) {
        if (w->focusPolicy() == Qt::NoFocus || w->objectName().startsWith(u"qt_"_s) ||
            qobject_cast<QComboBox *>(w->parentWidget()) ||
            w->inherits("QComboBoxPrivateContainer") ||
            w->parentWidget()->inherits("QComboBoxPrivateContainer") || w->inherits("QTabBar") ||
            w->parentWidget()->inherits("QTabBar"))
            continue;
        ++named;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
    QCOMPARE(named, 6); // two searches, the filter, two views, the tab widget
    QCOMPARE(palette.tabs()->tabText(0), u"Sanctions items"_s);
    QCOMPARE(palette.tabs()->tabText(1), u"Counterpart actions"_s);
}

QTEST_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
