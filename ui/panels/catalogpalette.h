#pragma once
// The catalog palette dock content: sanctions items (grouped by authority and
// category) and counterpart actions, each searchable, filterable and a drag
// source for the timeline.

#include <QStringList>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTreeView;

namespace tranche {

class CatalogActionsModel;
class CatalogFilterProxy;
class CatalogItemsModel;
class PlanDocument;

class CatalogPalette : public QWidget
{
    Q_OBJECT
public:
    // Entries of the items filter combo, in order.
    enum ItemFilter {
        AllItems,
        InterimSafeItems,
        UNItems,
        USStatuteItems,
        USEOItems,
        FATFItems,
        OtherItems
    };

    explicit CatalogPalette(QWidget *parent = nullptr);
    ~CatalogPalette() override;

    void setDocument(PlanDocument *doc);

    // Ids selected in each tab, in view order.
    QStringList selectedItemIds() const;
    QStringList selectedActionIds() const;

    // Show the tab, focus its search field.
    void focusItemSearch();
    void focusActionSearch();

    // For the main window and tests.
    QTabWidget *tabs() const { return m_tabs; }
    QTreeView *itemsView() const { return m_itemsView; }
    QLineEdit *itemSearch() const { return m_itemSearch; }
    QComboBox *itemFilter() const { return m_itemFilter; }
    CatalogItemsModel *itemsModel() const { return m_itemsModel; }
    CatalogFilterProxy *itemsProxy() const { return m_itemsProxy; }
    // The counterpart actions tab is built when first shown or asked for.
    QTreeView *actionsView();
    QLineEdit *actionSearch();
    CatalogActionsModel *actionsModel();
    CatalogFilterProxy *actionsProxy();

Q_SIGNALS:
    // Enter or double-click on an item / action (keyboard placing: the main
    // window places it in the current phase).
    void itemActivated(const QString &itemId);
    void actionActivated(const QString &actionId);

protected:
    void changeEvent(QEvent *event) override;
    // Refits the name columns to the new width (values and flags stay in sight).
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createItemsTab();
    // Fills the counterpart actions tab's page (once): it is hidden at start,
    // so its model, proxy, view and search field wait for it to be shown.
    void createActionsTab();
    void connectSignals();
    void connectActionsSignals();
    void connectCounts(QAbstractItemModel *proxy);
    void retranslateActionsTab();
    void retranslateUi();
    void applyItemFilter();
    void updateCounts();
    // Column widths follow the catalog and the dock's width, once per burst of
    // changes and only for the tab shown (the other tab's on being shown).
    void scheduleFitColumns();
    void fitShownColumns();

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_itemSearch = nullptr;
    QComboBox *m_itemFilter = nullptr;
    QTreeView *m_itemsView = nullptr;
    QLabel *m_itemCount = nullptr;
    QWidget *m_actionsPage = nullptr;
    PlanDocument *m_doc = nullptr;
    QLineEdit *m_actionSearch = nullptr;
    QTreeView *m_actionsView = nullptr;
    bool m_fitQueued = false;
    bool m_itemsFitted = false;
    bool m_actionsFitted = false;
    QLabel *m_actionCount = nullptr;
    CatalogItemsModel *m_itemsModel = nullptr;
    CatalogActionsModel *m_actionsModel = nullptr;
    CatalogFilterProxy *m_itemsProxy = nullptr;
    CatalogFilterProxy *m_actionsProxy = nullptr;
};

} // namespace tranche
