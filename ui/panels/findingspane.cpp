#include "panels/findingspane.h"

#include "document/commands.h"
#include "document/plandocument.h"
#include "model/safetext.h"
#include "models/findingsmodel.h"
#include "models/roles.h"
#include "panels/findingdetailplaceholder.h"
#include "panels/laptopfit.h"
#include "panels/rowshifttableview.h"
#include "panels/waiverdialog.h"
#include "panels/widgettexts.h"
#include "rules/checker.h"
#include "rules/rule.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

int severityIndex(Severity s)
{
    switch (s) {
    case Severity::Violation:
        return 0;
    case Severity::Warning:
        return 1;
    case Severity::Info:
        break;
    }
    return 2;
}

constexpr Severity kSeverities[3] = {Severity::Violation, Severity::Warning, Severity::Info};

QIcon severityIcon(const QStyle *style, Severity s)
{
    switch (s) {
    case Severity::Violation:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

} // namespace

// Filters the findings by severity, rule, phase and waived state; adds the
// severity icon and greys waived rows.
class FindingsPane::Filter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    bool shown[3] = {true, true, true};
    QString rule;
    bool phaseActive = false;
    QString phase;
    bool showWaived = true;
    const FindingsPane *pane = nullptr; // names beside the ids of phases and items
    QIcon icons[3];
    QBrush waivedBrush;

    void refilter() { invalidateFilter(); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        switch (role) {
        case Qt::DisplayRole:
            if (pane && (index.column() == FindingsModel::PhaseColumn ||
                         index.column() == FindingsModel::ItemColumn)) {
                const QString id = QSortFilterProxyModel::data(index, role).toString();
                return index.column() == FindingsModel::PhaseColumn ? pane->phaseListText(id)
                                                                    : pane->itemListText(id);
            }
            break;
        case Qt::DecorationRole:
            if (index.column() == FindingsModel::SeverityColumn) {
                const auto s = Severity(QSortFilterProxyModel::data(index, SeverityRole).toInt());
                return icons[severityIndex(s)];
            }
            break;
        case Qt::ForegroundRole:
            if (QSortFilterProxyModel::data(index, WaivedRole).toBool())
                return waivedBrush;
            break;
        case Qt::FontRole:
            if (QSortFilterProxyModel::data(index, WaivedRole).toBool()) {
                QFont font;
                font.setItalic(true);
                return font;
            }
            break;
        default:
            break;
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex idx = sourceModel()->index(row, 0, parent);
        const auto s = Severity(idx.data(SeverityRole).toInt());
        if (!shown[severityIndex(s)])
            return false;
        if (!showWaived && idx.data(WaivedRole).toBool())
            return false;
        if (!rule.isEmpty() && idx.data(RuleRole).toString() != rule)
            return false;
        if (phaseActive && idx.data(PhaseIdRole).toString() != phase)
            return false;
        return true;
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.column() == FindingsModel::SeverityColumn) {
            const int l = left.data(SeverityRole).toInt();
            const int r = right.data(SeverityRole).toInt();
            if (l != r)
                return l < r;
            return left.row() < right.row();
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

FindingsPane::FindingsPane(QWidget *parent) : QWidget(parent)
{
    m_model = new FindingsModel(this);
    m_proxy = new Filter(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->pane = this;
    for (Severity s : kSeverities)
        m_proxy->icons[severityIndex(s)] = severityIcon(style(), s);
    m_proxy->waivedBrush = palette().brush(QPalette::Disabled, QPalette::Text);

    QHBoxLayout *bar = createFilterBar();
    createTable();
    QWidget *lower = createDetailPart();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 90});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    LaptopFit::iconsWhenNarrow(this, {std::begin(m_severityButtons), std::end(m_severityButtons)},
                               {m_ruleLabel, m_phaseLabel});

    setTabOrders();
    retranslateUi();
    refreshButtons();
    if (QAccessible::isActive()) // a screen reader meets the browser only
        ensureDetailPart();
}

// The severity buttons, the rule and phase combos and "show waived".
QHBoxLayout *FindingsPane::createFilterBar()
{
    auto *bar = new QHBoxLayout;
    for (Severity s : kSeverities) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setIcon(severityIcon(style(), s));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
        connect(button, &QToolButton::toggled, this, [this, s](bool on) {
            m_proxy->shown[severityIndex(s)] = on;
            applyFilters();
        });
        m_severityButtons[severityIndex(s)] = button;
        bar->addWidget(button);
    }
    m_severityButtons[0]->setObjectName(u"showViolations"_s);
    m_severityButtons[1]->setObjectName(u"showWarnings"_s);
    m_severityButtons[2]->setObjectName(u"showInfos"_s);

    m_ruleLabel = new QLabel(this);
    m_ruleCombo = new QComboBox(this);
    m_ruleCombo->setObjectName(u"ruleFilter"_s);
    m_ruleLabel->setBuddy(m_ruleCombo);
    m_phaseLabel = new QLabel(this);
    m_phaseCombo = new QComboBox(this);
    m_phaseCombo->setObjectName(u"phaseFilter"_s);
    m_phaseLabel->setBuddy(m_phaseCombo);
    LaptopFit::shortCombo(m_ruleCombo, 6); // its list shows every entry whole
    LaptopFit::shortCombo(m_phaseCombo, 6);
    m_showWaived = new QCheckBox(this);
    m_showWaived->setObjectName(u"showWaived"_s);
    m_showWaived->setChecked(true);
    bar->addSpacing(8);
    bar->addWidget(m_ruleLabel);
    bar->addWidget(m_ruleCombo);
    bar->addWidget(m_phaseLabel);
    bar->addWidget(m_phaseCombo);
    bar->addWidget(m_showWaived);
    bar->addStretch(1);

    connect(m_ruleCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->rule = m_ruleCombo->itemData(index).toString();
        applyFilters();
    });
    connect(m_phaseCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant data = m_phaseCombo->itemData(index);
        m_proxy->phaseActive = data.isValid();
        m_proxy->phase = data.toString();
        applyFilters();
    });
    connect(m_showWaived, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->showWaived = on;
        applyFilters();
    });

    return bar;
}

void FindingsPane::createTable()
{
    m_view = new RowShiftTableView(this);
    m_view->setObjectName(u"findingsView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setFocusPolicy(Qt::StrongFocus);
    LaptopFit::compactRows(m_view, 5); // five in sight, on a laptop's short dock too
    connect(m_view, &QAbstractItemView::activated, this, &FindingsPane::onActivated);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    ensureDetailPart();
                refreshDetail();
                refreshButtons();
            });
}

void FindingsPane::setTabOrders()
{
    // Before the detail part is built: its placeholder in the browser's place, no stale waivers.
    QWidget *detail = m_detail ? static_cast<QWidget *>(m_detail) : m_detailPlaceholder;
    const QList<QWidget *> order{m_severityButtons[0],
                                 m_severityButtons[1],
                                 m_severityButtons[2],
                                 m_ruleCombo,
                                 m_phaseCombo,
                                 m_showWaived,
                                 m_view,
                                 detail,
                                 m_waiveButton,
                                 m_unwaiveButton,
                                 m_staleList,
                                 m_removeStaleButton};
    for (qsizetype i = 1; i < order.size() && order.at(i); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

FindingsPane::~FindingsPane() = default;

void FindingsPane::setDocument(PlanDocument *document, Checker *checker)
{
    disconnect(m_documentConnection);
    disconnect(m_checkerConnection);
    m_document = document;
    m_checker = checker;
    m_model->setChecker(checker);
    if (document) {
        m_documentConnection =
            connect(document, &PlanDocument::changed, this, &FindingsPane::onDocumentChanged);
    }
    if (checker) {
        m_checkerConnection =
            connect(checker, &Checker::findingsChanged, this, &FindingsPane::onFindingsChanged);
    }
    refreshPhaseCombo();
    onFindingsChanged();
}

PlanDocument *FindingsPane::document() const
{
    return m_document;
}

Checker *FindingsPane::checker() const
{
    return m_checker;
}

FindingCounts FindingsPane::counts() const
{
    return m_checker ? m_checker->counts() : FindingCounts();
}

void FindingsPane::setSeverityShown(Severity severity, bool shown)
{
    m_severityButtons[severityIndex(severity)]->setChecked(shown);
}

bool FindingsPane::isSeverityShown(Severity severity) const
{
    return m_proxy->shown[severityIndex(severity)];
}

void FindingsPane::setRuleFilter(const QString &rule)
{
    const int index = rule.isEmpty() ? 0 : m_ruleCombo->findData(rule);
    if (index >= 0)
        m_ruleCombo->setCurrentIndex(index);
}

QString FindingsPane::ruleFilter() const
{
    return m_proxy->rule;
}

void FindingsPane::setPhaseFilter(const QString &phaseId)
{
    const int index = m_phaseCombo->findData(phaseId);
    if (index >= 0)
        m_phaseCombo->setCurrentIndex(index);
}

void FindingsPane::clearPhaseFilter()
{
    m_phaseCombo->setCurrentIndex(0);
}

bool FindingsPane::hasPhaseFilter() const
{
    return m_proxy->phaseActive;
}

QString FindingsPane::phaseFilter() const
{
    return m_proxy->phase;
}

void FindingsPane::setShowWaived(bool show)
{
    m_showWaived->setChecked(show);
}

bool FindingsPane::showWaived() const
{
    return m_proxy->showWaived;
}

QAbstractItemModel *FindingsPane::proxyModel() const
{
    return m_proxy;
}

Finding FindingsPane::findingAt(int proxyRow) const
{
    return m_proxy->index(proxyRow, 0).data(FindingRole).value<Finding>();
}

void FindingsPane::setCurrentRow(int proxyRow)
{
    const QModelIndex index = m_proxy->index(proxyRow, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

bool FindingsPane::hasCurrentFinding() const
{
    return m_view->selectionModel()->currentIndex().isValid();
}

Finding FindingsPane::currentFinding() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(FindingRole).value<Finding>()
                             : Finding();
}

QString FindingsPane::detailText() const
{
    return m_detail ? m_detail->toPlainText() : m_detailPlaceholder->toPlainText();
}

bool FindingsPane::waiveFinding(const Finding &finding, const QString &justification,
                                const QString &author, const QDate &date)
{
    if (!editable() || justification.trimmed().isEmpty())
        return false;
    QList<Waiver> waivers = m_document->plan().waivers;
    if (waiverFor(waivers, finding))
        return false;
    Waiver w;
    w.rule = finding.rule;
    w.phase = finding.phase;
    w.item = finding.item;
    w.justification = justification.trimmed();
    w.author = author.trimmed();
    w.date = date;
    waivers.append(w);
    m_document->undoStack()->push(
        new SetWaiversCommand(m_document, waivers, tr("Waive %1").arg(finding.rule)));
    return true;
}

bool FindingsPane::removeWaiver(const Finding &finding)
{
    if (!editable())
        return false;
    QList<Waiver> waivers = m_document->plan().waivers;
    const Waiver *w = waiverFor(waivers, finding);
    if (!w)
        return false;
    waivers.removeAt(w - waivers.constData());
    m_document->undoStack()->push(
        new SetWaiversCommand(m_document, waivers, tr("Remove waiver of %1").arg(finding.rule)));
    return true;
}

QList<Waiver> FindingsPane::staleWaivers() const
{
    return m_stale;
}

bool FindingsPane::removeStaleWaiver(int index)
{
    if (!editable() || index < 0 || index >= m_stale.size())
        return false;
    QList<Waiver> waivers = m_document->plan().waivers;
    const qsizetype at = waivers.indexOf(m_stale.at(index));
    if (at < 0)
        return false;
    const QString rule = waivers.at(at).rule;
    waivers.removeAt(at);
    m_document->undoStack()->push(
        new SetWaiversCommand(m_document, waivers, tr("Remove stale waiver of %1").arg(rule)));
    return true;
}

void FindingsPane::waiveCurrent()
{
    if (!editable() || !hasCurrentFinding())
        return;
    const Finding finding = currentFinding();
    if (finding.waived)
        return;
    WaiverDialog dialog(finding, this);
    dialog.setPlaceNames(phaseLabel(finding.phase), itemLabel(finding.item));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Waiver w = dialog.waiver();
    waiveFinding(finding, w.justification, w.author, w.date);
}

void FindingsPane::removeCurrentWaiver()
{
    if (hasCurrentFinding())
        removeWaiver(currentFinding());
}

void FindingsPane::removeSelectedStaleWaivers()
{
    if (!editable())
        return;
    QList<Waiver> remove;
    if (!m_staleList)
        return;
    const QList<QTreeWidgetItem *> selected = m_staleList->selectedItems();
    for (QTreeWidgetItem *item : selected) {
        const int row = m_staleList->indexOfTopLevelItem(item);
        if (row >= 0 && row < m_stale.size())
            remove.append(m_stale.at(row));
    }
    if (remove.isEmpty())
        return;
    QList<Waiver> waivers = m_document->plan().waivers;
    for (const Waiver &w : std::as_const(remove))
        waivers.removeOne(w);
    m_document->undoStack()->push(new SetWaiversCommand(
        m_document, waivers, tr("Remove %n stale waiver(s)", nullptr, int(remove.size()))));
}

void FindingsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange) {
        for (Severity s : kSeverities) {
            m_proxy->icons[severityIndex(s)] = severityIcon(style(), s);
            m_severityButtons[severityIndex(s)]->setIcon(severityIcon(style(), s));
        }
        m_proxy->waivedBrush = palette().brush(QPalette::Disabled, QPalette::Text);
    }
    QWidget::changeEvent(event);
}

void FindingsPane::retranslateUi()
{
    setWindowTitle(tr("Findings"));
    setWidgetTexts({
        {m_ruleLabel, tr("&Rule:"), {}, {}},
        {m_phaseLabel, tr("P&hase:"), {}, {}},
        {m_ruleCombo, {}, {}, tr("Filter by rule")},
        {m_phaseCombo, {}, {}, tr("Filter by phase")},
        {m_showWaived, tr("Show &waived"), tr("Show the findings that carry a waiver (greyed)"),
         tr("Show waived findings")},
        {m_waiveButton, tr("Wai&ve..."),
         tr("Accept the selected finding with a written justification"), tr("Waive finding")},
        {m_unwaiveButton, tr("Re&move Waiver"), tr("Remove the waiver of the selected finding"),
         tr("Remove waiver")},
        {m_view, {}, {}, tr("Findings")},
    });
    retranslateDetailPart();
    m_view->setAccessibleDescription(
        tr("Findings of the principles check; press Enter to select the phase or placement"));

    refreshRuleCombo();
    refreshPhaseCombo();
    refreshCounts();
    refreshStale();
    refreshDetail();
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, FindingsModel::ColumnCount - 1);
}

void FindingsPane::onDocumentChanged(const ChangeEvent &event)
{
    switch (event.kind) {
    case ChangeEvent::Reset:
    case ChangeEvent::PhaseInserted:
    case ChangeEvent::PhaseRemoved:
    case ChangeEvent::PhaseMoved:
    case ChangeEvent::PhaseChanged:
        refreshPhaseCombo();
        refreshDetail();
        m_view->viewport()->update(); // the names beside the ids
        break;
    case ChangeEvent::WaiversChanged:
    case ChangeEvent::CatalogChanged:
        refreshDetail();
        m_view->viewport()->update();
        break;
    default:
        break;
    }
    // Waivers may turn stale (or stop being stale) without any finding changing.
    refreshStale();
}

void FindingsPane::onFindingsChanged()
{
    refreshCounts();
    refreshStale();
    refreshDetail();
    refreshButtons();
}

void FindingsPane::onActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex first = index.siblingAtColumn(0);
    Q_EMIT activated(first.data(PhaseIdRole).toString(), first.data(ItemIdRole).toString());
}

void FindingsPane::refreshRuleCombo()
{
    const QString current = m_proxy->rule;
    const QSignalBlocker blocker(m_ruleCombo);
    m_ruleCombo->clear();
    m_ruleCombo->addItem(tr("All rules"), QString());
    for (const Rule *rule : allRules()) {
        m_ruleCombo->addItem(rule->id(), rule->id());
        m_ruleCombo->setItemData(m_ruleCombo->count() - 1, rule->principle(), Qt::ToolTipRole);
    }
    m_ruleCombo->setCurrentIndex(std::max(0, m_ruleCombo->findData(current)));
}

void FindingsPane::refreshPhaseCombo()
{
    const QVariant current = m_proxy->phaseActive ? QVariant(m_proxy->phase) : QVariant();
    const QSignalBlocker blocker(m_phaseCombo);
    m_phaseCombo->clear();
    m_phaseCombo->addItem(tr("All phases"), QVariant());
    if (m_document) {
        for (const Phase &phase : m_document->plan().phases) {
            const QString text =
                phase.name.isEmpty() ? phase.id : tr("%1 (%2)").arg(phase.id, phase.name);
            m_phaseCombo->addItem(text, phase.id);
        }
    }
    m_phaseCombo->addItem(tr("(no phase)"), QString());
    int index = 0;
    if (current.isValid()) {
        index = m_phaseCombo->findData(current);
        if (index < 0) { // the phase is gone or renamed: keep filtering by its id
            m_phaseCombo->addItem(current.toString(), current);
            index = m_phaseCombo->count() - 1;
        }
    }
    m_phaseCombo->setCurrentIndex(index);
}

void FindingsPane::refreshStale()
{
    QList<Waiver> stale = m_checker ? m_checker->staleWaivers() : QList<Waiver>();
    if (!m_staleList && stale.isEmpty()) { // nothing to list: the box stays unbuilt
        m_stale.clear();
        return;
    }
    ensureDetailPart();
    if (stale == m_stale && m_staleList->topLevelItemCount() == stale.size())
        return;
    m_stale = std::move(stale);
    m_staleList->clear();
    const QLocale locale;
    for (const Waiver &w : std::as_const(m_stale)) {
        auto *item = new QTreeWidgetItem(m_staleList);
        item->setText(0, w.rule);
        item->setText(1, w.phase.isEmpty() ? tr("none") : w.phase);
        item->setText(2, w.item.isEmpty() ? tr("none") : w.item);
        item->setText(3, w.justification);
        item->setText(4, tr("%1, %2").arg(w.author, locale.toString(w.date, QLocale::ShortFormat)));
        item->setToolTip(3, plainToolTip(w.justification));
    }
    m_staleBox->setVisible(!m_stale.isEmpty());
    refreshButtons();
}

void FindingsPane::refreshCounts()
{
    const FindingCounts c = counts();
    m_severityButtons[0]->setText(tr("Violations (%1)").arg(c.violations));
    m_severityButtons[1]->setText(tr("Warnings (%1)").arg(c.warnings));
    m_severityButtons[2]->setText(tr("Infos (%1)").arg(c.infos));
    m_severityButtons[0]->setToolTip(tr("Show violations"));
    m_severityButtons[1]->setToolTip(tr("Show warnings"));
    m_severityButtons[2]->setToolTip(tr("Show infos"));
    m_severityButtons[0]->setAccessibleName(tr("Show violations"));
    m_severityButtons[1]->setAccessibleName(tr("Show warnings"));
    m_severityButtons[2]->setAccessibleName(tr("Show infos"));
    m_showWaived->setText(tr("Show &waived (%1)").arg(c.waived));
    if (!m_countsEmitted || !(c == m_lastCounts)) {
        m_lastCounts = c;
        m_countsEmitted = true;
        Q_EMIT countsChanged(c.violations, c.warnings, c.infos, c.waived);
    }
}

void FindingsPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refreshButtons();
}

bool FindingsPane::editable() const
{
    return m_document && !m_readOnly;
}

void FindingsPane::refreshButtons()
{
    const bool current = editable() && hasCurrentFinding();
    const bool waived = current && currentFinding().waived;
    m_waiveButton->setEnabled(current && !waived);
    m_unwaiveButton->setEnabled(waived);
    if (m_removeStaleButton)
        m_removeStaleButton->setEnabled(editable() && !m_staleList->selectedItems().isEmpty());
}

void FindingsPane::applyFilters()
{
    m_proxy->refilter();
    refreshDetail();
    refreshButtons();
}

} // namespace tranche
