#pragma once
// The findings dock content: the live findings of a plan in a filterable table
// (severity, rule, phase, waived), a detail panel for the selected finding,
// waiving and un-waiving as undoable commands, and the stale waivers apart.

#include "document/changeevent.h"
#include "model/finding.h"
#include "model/plan.h"
#include "rules/ruleengine.h"

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QVBoxLayout;

namespace tranche {

class Checker;
class FindingDetailPlaceholder;
class FindingsModel;
class PlanDocument;

class FindingsPane : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPane(QWidget *parent = nullptr);
    ~FindingsPane() override;

    // The plan and its live checker (neither owned; both may be null).
    void setDocument(PlanDocument *document, Checker *checker);
    PlanDocument *document() const;
    Checker *checker() const;

    // Counts per severity (not waived) and of waived findings, for the status bar.
    FindingCounts counts() const;

    // --- Filters (also driven by the pane's own buttons and combos) ---
    void setSeverityShown(Severity severity, bool shown);
    bool isSeverityShown(Severity severity) const;
    // Empty: every rule.
    void setRuleFilter(const QString &rule);
    QString ruleFilter() const;
    // Only the findings naming this phase id ("" = findings naming no phase).
    void setPhaseFilter(const QString &phaseId);
    void clearPhaseFilter();
    bool hasPhaseFilter() const;
    QString phaseFilter() const;
    void setShowWaived(bool show);
    bool showWaived() const;

    // The filtered, displayed findings (rows of the view).
    QAbstractItemModel *proxyModel() const;
    QTableView *view() const { return m_view; }
    Finding findingAt(int proxyRow) const;
    // Selection: the finding shown in the detail panel (a default Finding when none).
    void setCurrentRow(int proxyRow);
    bool hasCurrentFinding() const;
    Finding currentFinding() const;
    QString detailText() const; // plain text of the detail panel

    // Read-only (a played exercise's plan): the waiver buttons are off and the
    // waiver functions below refuse.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // --- Waivers (each pushes one SetWaiversCommand) ---
    // Waives the finding; false when there is no document, the justification
    // is blank or the finding is already waived.
    bool waiveFinding(const Finding &finding, const QString &justification, const QString &author,
                      const QDate &date);
    // Removes the waiver that matches the finding; false when none does.
    bool removeWaiver(const Finding &finding);
    // Waivers of the plan that match no finding, as listed in the pane.
    QList<Waiver> staleWaivers() const;
    bool removeStaleWaiver(int index);

public Q_SLOTS:
    // Opens the WaiverDialog for the selected finding.
    void waiveCurrent();
    void removeCurrentWaiver();
    void removeSelectedStaleWaivers();

Q_SIGNALS:
    // The user double-clicked or pressed Enter on a finding: select its phase
    // (and the placement of its item when itemId is not empty).
    void activated(const QString &phaseId, const QString &itemId);
    void countsChanged(int violations, int warnings, int infos, int waived);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool editable() const; // a document, and not read-only
    QHBoxLayout *createFilterBar();
    void createTable();
    QWidget *createDetailPart();
    // The detail's browser and the stale waivers' box, built on the first
    // selection of a finding, the first stale waiver, or the placeholder's focus.
    void ensureDetailPart(Qt::FocusReason focusReason = Qt::OtherFocusReason);
    void createStaleBox();
    void retranslateDetailPart();
    void setTabOrders();
    void retranslateUi();
    void onDocumentChanged(const ChangeEvent &event);
    void onFindingsChanged();
    void onActivated(const QModelIndex &index);
    void refreshPhaseCombo();
    void refreshRuleCombo();
    void refreshStale();
    void refreshDetail();
    void setDetailHtml(const QString &html);
    void refreshCounts();
    void refreshButtons();
    void applyFilters();
    QString phaseLabel(const QString &phaseId) const;
    QString itemLabel(const QString &itemId) const;
    // In the list: "id · name" (the id alone when there is no other name).
    QString phaseListText(const QString &phaseId) const;
    QString itemListText(const QString &itemId) const;

    QPointer<PlanDocument> m_document;
    bool m_readOnly = false;
    QPointer<Checker> m_checker;
    QMetaObject::Connection m_documentConnection;
    QMetaObject::Connection m_checkerConnection;
    FindingsModel *m_model = nullptr;
    class Filter;
    Filter *m_proxy = nullptr;

    QToolButton *m_severityButtons[3] = {};
    QComboBox *m_ruleCombo = nullptr;
    QComboBox *m_phaseCombo = nullptr;
    QCheckBox *m_showWaived = nullptr;
    QLabel *m_ruleLabel = nullptr;
    QLabel *m_phaseLabel = nullptr;
    QTableView *m_view = nullptr;
    QVBoxLayout *m_lowerLayout = nullptr;
    FindingDetailPlaceholder *m_detailPlaceholder = nullptr; // until m_detail is built
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_waiveButton = nullptr;
    QPushButton *m_unwaiveButton = nullptr;
    QGroupBox *m_staleBox = nullptr;
    QTreeWidget *m_staleList = nullptr;
    QPushButton *m_removeStaleButton = nullptr;
    QList<Waiver> m_stale;
    QString m_detailHtml;
    FindingCounts m_lastCounts;
    bool m_countsEmitted = false;
};

} // namespace tranche
