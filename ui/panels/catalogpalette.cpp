#include "panels/catalogpalette.h"

#include "models/catalogmodel.h"
#include "models/roles.h"
#include "panels/columnfit.h"
#include "panels/deferredclearbutton.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QResizeEvent>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

QTreeView *makeView(QWidget *parent, CatalogFilterProxy *proxy, bool tree)
{
    auto *view = new QTreeView(parent);
    view->setModel(proxy);
    view->setRootIsDecorated(tree);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setDragEnabled(true);
    view->setDragDropMode(QAbstractItemView::DragOnly);
    view->setDefaultDropAction(Qt::CopyAction);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setFocusPolicy(Qt::StrongFocus);
    // A long name keeps its start and its end (the distinguishing words are often
    // last: "... - coal", "... - textiles"); the tooltip holds the whole name.
    view->setTextElideMode(Qt::ElideMiddle);
    view->setIndentation(view->fontMetrics().averageCharWidth() * 2); // names keep the room
    view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    // The name column takes the room; the figures and flags keep to their contents.
    view->header()->setStretchLastSection(true);
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    view->header()->setMinimumSectionSize(48);
    return view;
}

int countLeaves(const QAbstractItemModel *model, const QModelIndex &parent, int role)
{
    int n = 0;
    const int rows = model->rowCount(parent);
    for (int r = 0; r < rows; ++r) {
        const QModelIndex idx = model->index(r, 0, parent);
        if (idx.data(role).isValid())
            ++n;
        else
            n += countLeaves(model, idx, role);
    }
    return n;
}

// The first row in view order that carries `role` (an item, not a group).
QModelIndex firstLeaf(const QAbstractItemModel *model, const QModelIndex &parent, int role)
{
    const int rows = model->rowCount(parent);
    for (int r = 0; r < rows; ++r) {
        const QModelIndex idx = model->index(r, 0, parent);
        if (idx.data(role).isValid())
            return idx;
        const QModelIndex leaf = firstLeaf(model, idx, role);
        if (leaf.isValid())
            return leaf;
    }
    return {};
}

QStringList selectedIds(const QTreeView *view, int role)
{
    QStringList ids;
    const QModelIndexList rows = view->selectionModel()->selectedRows(0);
    for (const QModelIndex &idx : rows) {
        const QString id = idx.data(role).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

// Every column to its contents (panels/columnfit.h), the first (names)
// narrowed to what the view leaves beside the others, but to no less than 3/5
// of the view (and never more than about 40 characters), so that the value
// column next to it stays in sight in a narrow dock.
void fitColumns(QTreeView *view)
{
    const int columns = view->model()->columnCount();
    int others = 0;
    for (int c = 0; c < columns; ++c) {
        view->setColumnWidth(c, contentsWidth(view, c));
        if (c > 0)
            others += view->columnWidth(c);
    }
    const int chars = view->fontMetrics().averageCharWidth();
    const int room = view->viewport()->width() - others;
    // Names come first: at least 3/5 of the view, whatever the rest needs.
    const int floor = std::max(16 * chars, view->viewport()->width() * 3 / 5);
    const int cap = std::clamp(room, std::min(floor, 40 * chars), 40 * chars);
    if (view->columnWidth(0) > cap)
        view->setColumnWidth(0, cap);
}

// A search line with its clear button (turned on after the first frame), child of page.
QLineEdit *searchLine(QWidget *page)
{
    auto *line = new QLineEdit(page);
    DeferredClearButton::install(line);
    return line;
}

// Ends a tab: view (taking the height) and a count label below it under what
// layout already holds; adds the layout's page to tabs; returns the count label.
QLabel *addViewTab(QTabWidget *tabs, QVBoxLayout *layout, QTreeView *view)
{
    QWidget *page = layout->parentWidget();
    layout->addWidget(view, 1);
    auto *count = new QLabel(page);
    layout->addWidget(count);
    tabs->addTab(page, QString());
    return count;
}

} // namespace

CatalogPalette::CatalogPalette(QWidget *parent) : QWidget(parent)
{
    m_itemsModel = new CatalogItemsModel(this);
    m_itemsProxy = new CatalogFilterProxy(this);
    m_itemsProxy->setSourceModel(m_itemsModel);

    m_tabs = new QTabWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    createItemsTab();
    m_actionsPage = new QWidget(m_tabs);
    m_tabs->addTab(m_actionsPage, QString());

    setFocusProxy(m_tabs);
    setTabOrder(m_itemSearch, m_itemFilter);
    setTabOrder(m_itemFilter, m_itemsView);

    connectSignals();

    retranslateUi();
    updateCounts();
}

// The sanctions items tab: search, filter, tree, count.
void CatalogPalette::createItemsTab()
{
    auto *itemsPage = new QWidget(m_tabs);
    auto *itemsLayout = new QVBoxLayout(itemsPage);
    auto *itemsBar = new QHBoxLayout;
    m_itemSearch = searchLine(itemsPage);
    m_itemFilter = new QComboBox(itemsPage);
    m_itemFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = AllItems; i <= OtherItems; ++i)
        m_itemFilter->addItem(QString());
    itemsBar->addWidget(m_itemSearch, 1);
    itemsBar->addWidget(m_itemFilter);
    itemsLayout->addLayout(itemsBar);
    m_itemsView = makeView(itemsPage, m_itemsProxy, true);
    m_itemCount = addViewTab(m_tabs, itemsLayout, m_itemsView);
}

// The counterpart actions tab: search, list, count.
void CatalogPalette::createActionsTab()
{
    if (m_actionsView)
        return;
    m_actionsModel = new CatalogActionsModel(this);
    m_actionsModel->setDocument(m_doc);
    m_actionsProxy = new CatalogFilterProxy(this);
    m_actionsProxy->setSourceModel(m_actionsModel);

    auto *actionsLayout = new QVBoxLayout(m_actionsPage);
    m_actionSearch = searchLine(m_actionsPage);
    actionsLayout->addWidget(m_actionSearch);
    m_actionsView = makeView(m_actionsPage, m_actionsProxy, false);
    actionsLayout->addWidget(m_actionsView, 1);
    m_actionCount = new QLabel(m_actionsPage);
    actionsLayout->addWidget(m_actionCount);
    // Tab goes on from the items' list to this tab, as when it was built with it.
    setTabOrder(m_itemsView, m_actionSearch);
    setTabOrder(m_actionSearch, m_actionsView);

    connectActionsSignals();
    retranslateActionsTab();
    updateCounts();
    m_actionsFitted = false;
    if (m_actionsPage->isVisible()) { // being shown: lay it out and show it at once
        actionsLayout->activate();
        for (QWidget *w :
             {static_cast<QWidget *>(m_actionSearch), static_cast<QWidget *>(m_actionsView),
              static_cast<QWidget *>(m_actionCount)})
            w->show();
    }
}

QTreeView *CatalogPalette::actionsView()
{
    createActionsTab();
    return m_actionsView;
}

QLineEdit *CatalogPalette::actionSearch()
{
    createActionsTab();
    return m_actionSearch;
}

CatalogActionsModel *CatalogPalette::actionsModel()
{
    createActionsTab();
    return m_actionsModel;
}

CatalogFilterProxy *CatalogPalette::actionsProxy()
{
    createActionsTab();
    return m_actionsProxy;
}

// Search and filter, the models' changes and the views' activations (items tab).
void CatalogPalette::connectSignals()
{
    connect(m_itemSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_itemsProxy->setSearchText(text);
        if (!text.isEmpty())
            m_itemsView->expandAll();
    });
    connect(m_itemFilter, &QComboBox::currentIndexChanged, this, &CatalogPalette::applyItemFilter);

    // Keep groups open as the catalog changes; Down from the search field enters the list.
    connect(m_itemsProxy, &QAbstractItemModel::modelReset, m_itemsView, &QTreeView::expandAll);
    // Widths follow the catalog that was loaded (the palette exists before the plan does).
    connect(m_itemsProxy, &QAbstractItemModel::modelReset, this,
            &CatalogPalette::scheduleFitColumns);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_actionsPage)
            createActionsTab();
        fitShownColumns();
    });
    connect(m_itemsProxy, &QAbstractItemModel::rowsInserted, m_itemsView, &QTreeView::expandAll);
    connect(m_itemsProxy, &QAbstractItemModel::layoutChanged, m_itemsView, &QTreeView::expandAll);
    connectCounts(m_itemsProxy);
    connect(m_itemSearch, &QLineEdit::returnPressed, this, [this] {
        m_itemsView->setFocus();
        // The first matching item (not its authority's group row): Enter again places it.
        const QModelIndex current = m_itemsView->currentIndex();
        if (!current.isValid() || !current.data(ItemIdRole).isValid() ||
            !m_itemSearch->text().isEmpty()) {
            const QModelIndex first = firstLeaf(m_itemsProxy, {}, ItemIdRole);
            if (first.isValid())
                m_itemsView->setCurrentIndex(first);
        }
    });
    connect(m_itemsView, &QAbstractItemView::activated, this, [this](const QModelIndex &idx) {
        const QString id = idx.siblingAtColumn(0).data(ItemIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT itemActivated(id);
    });
}

// The same for the counterpart actions tab, once it is built.
void CatalogPalette::connectActionsSignals()
{
    connect(m_actionSearch, &QLineEdit::textChanged, m_actionsProxy,
            &CatalogFilterProxy::setSearchText);
    connect(m_actionsProxy, &QAbstractItemModel::modelReset, this,
            &CatalogPalette::scheduleFitColumns);
    connectCounts(m_actionsProxy);
    connect(m_actionSearch, &QLineEdit::returnPressed, this, [this] {
        m_actionsView->setFocus();
        if (!m_actionsView->currentIndex().isValid())
            m_actionsView->setCurrentIndex(m_actionsProxy->index(0, 0));
    });
    connect(m_actionsView, &QAbstractItemView::activated, this, [this](const QModelIndex &idx) {
        const QString id = idx.siblingAtColumn(0).data(ActionIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT actionActivated(id);
    });
}

// The counts follow every change of the rows `proxy` shows.
void CatalogPalette::connectCounts(QAbstractItemModel *proxy)
{
    connect(proxy, &QAbstractItemModel::modelReset, this, &CatalogPalette::updateCounts);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &CatalogPalette::updateCounts);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &CatalogPalette::updateCounts);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &CatalogPalette::updateCounts);
}

CatalogPalette::~CatalogPalette() = default;

void CatalogPalette::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        scheduleFitColumns();
}

void CatalogPalette::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_fitQueued) // a queued fit comes before the first paint anyway
        fitShownColumns();
}

void CatalogPalette::scheduleFitColumns()
{
    m_itemsFitted = m_actionsFitted = false;
    if (m_fitQueued)
        return;
    m_fitQueued = true;
    // Before the window's first frame too: posted events go before its paint.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_fitQueued = false;
            fitShownColumns();
        },
        Qt::QueuedConnection);
}

void CatalogPalette::fitShownColumns()
{
    if (!m_itemsFitted && m_itemsView->isVisible()) {
        fitColumns(m_itemsView);
        m_itemsFitted = true;
    }
    if (!m_actionsFitted && m_actionsView && m_actionsView->isVisible()) {
        fitColumns(m_actionsView);
        m_actionsFitted = true;
    }
}

void CatalogPalette::setDocument(PlanDocument *doc)
{
    m_doc = doc;
    m_itemsModel->setDocument(doc);
    if (m_actionsModel)
        m_actionsModel->setDocument(doc);
    m_itemsView->expandAll();
    scheduleFitColumns();
}

QStringList CatalogPalette::selectedItemIds() const
{
    return selectedIds(m_itemsView, ItemIdRole);
}

QStringList CatalogPalette::selectedActionIds() const
{
    if (!m_actionsView) // never shown: nothing selected
        return {};
    return selectedIds(m_actionsView, ActionIdRole);
}

void CatalogPalette::focusItemSearch()
{
    m_tabs->setCurrentIndex(0);
    m_itemSearch->setFocus(Qt::ShortcutFocusReason);
    m_itemSearch->selectAll();
}

void CatalogPalette::focusActionSearch()
{
    m_tabs->setCurrentIndex(1);
    createActionsTab();
    m_actionSearch->setFocus(Qt::ShortcutFocusReason);
    m_actionSearch->selectAll();
}

void CatalogPalette::applyItemFilter()
{
    const int f = m_itemFilter->currentIndex();
    m_itemsProxy->setInterimSafeOnly(f == InterimSafeItems);
    static const Authority byFilter[] = {Authority::UN, Authority::USStatute, Authority::USEO,
                                         Authority::FATF, Authority::Other};
    if (f >= UNItems && f <= OtherItems)
        m_itemsProxy->setAuthorityFilter(byFilter[f - UNItems]);
    else
        m_itemsProxy->setAuthorityFilter(std::nullopt);
    m_itemsView->expandAll();
}

void CatalogPalette::updateCounts()
{
    const int shownItems = countLeaves(m_itemsProxy, {}, ItemIdRole);
    const int allItems = countLeaves(m_itemsModel, {}, ItemIdRole);
    m_itemCount->setText(shownItems == allItems
                             ? tr("%n item(s)", nullptr, allItems)
                             : tr("%1 of %n item(s)", nullptr, allItems).arg(shownItems));
    if (!m_actionsProxy)
        return;
    const int shownActions = m_actionsProxy->rowCount();
    const int allActions = m_actionsModel->rowCount();
    m_actionCount->setText(shownActions == allActions
                               ? tr("%n action(s)", nullptr, allActions)
                               : tr("%1 of %n action(s)", nullptr, allActions).arg(shownActions));
}

void CatalogPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CatalogPalette::retranslateUi()
{
    m_tabs->setTabText(0, tr("Sanctions items"));
    m_tabs->setTabText(1, tr("Counterpart actions"));
    m_tabs->setAccessibleName(tr("Catalog"));

    m_itemSearch->setPlaceholderText(tr("Search items (name, instrument, source)"));
    m_itemSearch->setAccessibleName(tr("Search sanctions items"));
    m_itemFilter->setAccessibleName(tr("Filter sanctions items"));
    m_itemFilter->setToolTip(tr("Interim-safe: not hard to reverse, no long-term benefit, "
                                "not a retained targeted class"));
    const QString filterTexts[] = {tr("All items"),  tr("Interim-safe"),       tr("UN"),
                                   tr("US statute"), tr("US executive order"), tr("FATF"),
                                   tr("Others")};
    for (int i = AllItems; i <= OtherItems; ++i)
        m_itemFilter->setItemText(i, filterTexts[i]);
    m_itemsView->setAccessibleName(tr("Sanctions items"));
    m_itemsView->setAccessibleDescription(
        tr("Sanctions items grouped by authority and category; drag onto a phase's relief lane, "
           "or press Enter to place in the current phase"));
    m_itemCount->setAccessibleName(tr("Number of sanctions items shown"));
    if (m_actionsView)
        retranslateActionsTab();
    updateCounts();
}

void CatalogPalette::retranslateActionsTab()
{
    m_actionSearch->setPlaceholderText(tr("Search actions (name, category)"));
    m_actionSearch->setAccessibleName(tr("Search counterpart actions"));
    m_actionsView->setAccessibleName(tr("Counterpart actions"));
    m_actionsView->setAccessibleDescription(
        tr("Counterpart actions with weight and category; drag onto a phase's action lane, "
           "or press Enter to require in the current phase"));
    m_actionCount->setAccessibleName(tr("Number of counterpart actions shown"));
}

} // namespace tranche
