#pragma once
// The editor window: one open PlanDocument with its timeline, catalog
// palette, inspector, findings and charts; file commands, recent files,
// autosave to a recovery file, window state kept in QSettings.

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTimer;
class QToolBar;
class QUndoView;

namespace tranche {

class CatalogPalette;
class ChartsWidget;
class HelpBrowser;
class Checker;
class Exporter;
class FindingsPane;
class Inspector;
class MainWindowExercise;
class PlanDocument;
class RecoveryStore;
class TimelineView;
struct OpenResult;
struct Plan;
struct PlacementRef;
enum class ExportKind;
enum class ReportDetail;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens FILE (.tranche, .json or a ":/scenarios/..." resource). On failure shows
    // the reason and keeps the current document; returns false. A file refused only
    // for problems a drop repairs is offered for repair (when interactive).
    bool openFile(const QString &path);
    // The same with FILE read already (openPlan(path)): the start reads it while
    // the font configuration loads.
    bool openFile(const QString &path, const OpenResult &read);
    // Saves to path (.tranche or .json); returns false and says why on failure
    // (or only puts the reason in `failure`, when given).
    bool saveTo(const QString &path, QString *failure = nullptr);
    // A refusal: its first line in the status bar; the whole in a message box
    // (when interactive) that shows text from files as written, never as markup.
    void showError(const QString &title, const QString &text);
    PlanDocument *document() const { return m_doc.get(); }
    MainWindowExercise *exercise() const { return m_exercise; }
    Checker *checker() const { return m_checker; }
    TimelineView *timeline() const { return m_timeline; }
    CatalogPalette *palette() const { return m_palette; }
    Inspector *inspector() const { return m_inspector; }
    FindingsPane *findingsPane() const { return m_findings; }
    // The charts dock's and the history dock's content, built on first use
    // (the dock shown, or this call).
    ChartsWidget *chartsWidget();
    QUndoView *historyView();
    QDockWidget *chartsDock() const { return m_chartsDock; }
    QDockWidget *historyDock() const { return m_historyDock; }

    // Recovery (autosave). The session id names this window's recovery file.
    void setRecoveryStore(std::unique_ptr<RecoveryStore> store);
    QString sessionId() const { return m_sessionId; }
    // Writes the recovery file now when there are unsaved changes (the timer calls it).
    void autosave();
    // Offers recovery files left by a crash; returns true when one was restored.
    bool offerRecovery();

    // How much a briefing report of a large plan lists (File > Export > Report
    // Detail), kept in QSettings; exports and print use it.
    ReportDetail reportDetail() const;
    void setReportDetail(ReportDetail detail);

    // Message boxes are skipped (answer: discard / defaults) when false; tests use it.
    void setInteractive(bool interactive) { m_interactive = interactive; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createFileActions();
    void createExportActions();
    void createHelpActions();
    void createDocks();
    void connectDocks();
    void applyDefaultLayout();
    // A window narrower than this (a laptop at twice the scale: 800 wide) has no room
    // for three columns: stackSideDocks() puts the inspector under the catalog.
    static constexpr int kNarrowWidth = 1000;
    void stackSideDocks();
    void createMenus();
    void createFileMenu();
    void createToolBar();
    void createStatusBar();
    void updateCounts();
    void syncInspector();
    void selectFinding(const QString &phaseId, const QString &itemId);
    void placeCatalogItem(const QString &itemId);
    // After a drop: the inspector on the escrow field ESC-1 names empty, if any.
    void openInspectorOnEmptyTerms(const QList<PlacementRef> &placed);
    void requireCatalogAction(const QString &actionId);
    int currentPhase() const;
    // An exporter of the open plan with its findings and the report detail:
    // exports, print and the chart copy use it.
    std::unique_ptr<Exporter> makeExporter() const;
    void exportView(ExportKind kind);
    void printView(ExportKind kind);
    void copyChart();
    void editProfile();
    void editSources();
    // content may be null: set on first use.
    QDockWidget *addDock(QWidget *content, const QString &objectName, Qt::DockWidgetArea area);
    void retranslateUi();
    void updateTitle();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    bool maybeSave();
    void newPlan();
    // File > Close: asks to save a modified plan, then leaves an empty, clean window.
    void closePlan();
    // A new document starts at the default zoom, scrolled to its start, with no
    // walk-away month picked.
    void resetDocumentView();
    void showShortcuts();
    void newFromScenario(const QString &resourcePath);
    void open();
    void openExercise();
    bool save();
    bool saveAs();
    // A failed save: says why in plain words and offers Save As; true when that saved.
    bool saveFailed(const QString &error);
    // A file that did not open: when a repair can put it right, lists what the repair
    // drops and opens the repaired plan (modified; the file unwritten) on the user's yes.
    enum class RepairAnswer { NotOffered, Cancelled, Repaired };
    RepairAnswer offerRepair(const QString &path);
    void importJson();
    void exportJson();
    void setPlan(const Plan &plan, const QString &fileName);

    std::unique_ptr<PlanDocument> m_doc;
    MainWindowExercise *m_exercise = nullptr;
    std::unique_ptr<RecoveryStore> m_recovery;
    QString m_sessionId;
    QTimer *m_autosaveTimer = nullptr;
    bool m_interactive = true;
    bool m_defaultLayoutPending = false; // no saved layout: the default one when first shown

    Checker *m_checker = nullptr;
    TimelineView *m_timeline = nullptr;
    CatalogPalette *m_palette = nullptr;
    Inspector *m_inspector = nullptr;
    FindingsPane *m_findings = nullptr;
    ChartsWidget *m_charts = nullptr;
    QUndoView *m_history = nullptr;
    QDockWidget *m_paletteDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QLabel *m_countLabel = nullptr;
    QMenu *m_planMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_exportActs[3] = {};
    QAction *m_printAct = nullptr;
    QMenu *m_detailMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_detailActs[3] = {}; // indexed by ReportDetail
    QAction *m_copyChartAct = nullptr;
    QAction *m_profileAct = nullptr;
    QAction *m_sourcesAct = nullptr;
    QAction *m_focusInspectorAct = nullptr;
    QAction *m_focusTimelineAct = nullptr;
    QAction *m_focusFindingsAct = nullptr;
    QAction *m_focusCatalogAct = nullptr;
    QAction *m_placeAct = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_scenarioMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAct = nullptr;
    QAction *m_openAct = nullptr;
    QAction *m_saveAct = nullptr;
    QAction *m_saveAsAct = nullptr;
    QAction *m_closeAct = nullptr;
    QAction *m_importAct = nullptr;
    QAction *m_exportJsonAct = nullptr;
    QAction *m_quitAct = nullptr;
    QAction *m_undoAct = nullptr;
    QAction *m_redoAct = nullptr;
    QAction *m_aboutAct = nullptr;
    QAction *m_quickGuideAct = nullptr;
    QAction *m_shortcutsAct = nullptr;
    QAction *m_principlesAct = nullptr;
    QAction *m_planFormatAct = nullptr;
    HelpBrowser *m_help = nullptr; // built on first use
};

} // namespace tranche
