#include "window/mainwindow.h"

#include "window/exportnaming.h"
#include "window/helpbrowser.h"
#include "window/onesizeiconengine.h"
#include "window/shortcutsdialog.h"

#include "charts/chartswidget.h"
#include "document/plandocument.h"
#include "exercise/controldesk.h"
#include "export/exporter.h"
#include "io/planio.h"
#include "io/recovery.h"
#include "model/money.h"
#include "model/safetext.h"
#include "panels/catalogpalette.h"
#include "panels/findingspane.h"
#include "panels/inspector.h"
#include "rules/checker.h"
#include "timeline/timelinegeometry.h"
#include "timeline/timelineview.h"
#include "window/mainwindowexercise.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUuid>

#include <utility>

namespace tranche {

namespace {
constexpr int kMaxRecentFiles = 8;
constexpr int kAutosaveMs = 60 * 1000;
const char *const kRecentKey = "recentFiles";

// Recent files as canonical paths (links, "." and ".." resolved; a file that is
// gone keeps its clean absolute path), each once, in their order.
QStringList uniqueRecentFiles(const QStringList &files)
{
    QStringList unique;
    for (const QString &path : files) {
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        const QString key =
            canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
        if (!unique.contains(key))
            unique.append(key);
    }
    return unique;
}

// A new action of window with its shortcut keys, calling slot when triggered.
template <typename Window, typename Slot>
QAction *keyedAction(Window *window, const QKeySequence &keys, Slot slot)
{
    auto *action = new QAction(window);
    action->setShortcut(keys);
    QObject::connect(action, &QAction::triggered, window, slot);
    return action;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_doc(std::make_unique<PlanDocument>()),
      m_recovery(std::make_unique<RecoveryStore>()),
      m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(QStringLiteral("MainWindow"));
    setDockNestingEnabled(true);
    m_checker = new Checker(m_doc.get(), this);

    createActions();
    createDocks();
    createMenus();
    createStatusBar();
    m_exercise->lockWhenPlayed({m_placeAct, m_profileAct}, m_undoAct, m_redoAct);

    connect(m_doc.get(), &PlanDocument::modifiedChanged, this, [this] { updateTitle(); });
    connect(m_doc.get(), &PlanDocument::fileNameChanged, this, [this] { updateTitle(); });

    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setInterval(kAutosaveMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    m_autosaveTimer->start();

    // A generous first size, but never larger than the screen (a small laptop
    // screen would otherwise cut the docks and the status bar off).
    QSize size(1600, 1000);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // Without a saved layout, the default one is applied as the window is shown (showEvent).
    m_defaultLayoutPending =
        !restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::setRecoveryStore(std::unique_ptr<RecoveryStore> store)
{
    m_recovery = std::move(store);
}

void MainWindow::createActions()
{
    createFileActions();
    m_undoAct = m_doc->undoStack()->createUndoAction(this);
    m_undoAct->setShortcut(QKeySequence::Undo);
    m_redoAct = m_doc->undoStack()->createRedoAction(this);
    m_redoAct->setShortcut(QKeySequence::Redo);
    // The toolbar says "Undo" and "Redo" (Qt's translated defaults, the
    // actions' text while nothing is done), of a fixed width; the menu and the
    // tool tips name the edit.
    m_undoAct->setIconText(m_undoAct->text());
    m_redoAct->setIconText(m_redoAct->text());
    createExportActions();
    m_copyChartAct = new QAction(this);
    m_copyChartAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_profileAct = new QAction(this);
    connect(m_profileAct, &QAction::triggered, this, &MainWindow::editProfile);
    m_sourcesAct =
        keyedAction(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), &MainWindow::editSources);
    m_placeAct = new QAction(this);
    m_placeAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_focusCatalogAct = new QAction(this);
    m_focusCatalogAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_focusInspectorAct = new QAction(this);
    m_focusInspectorAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    // Back to the timeline from a dock, for keyboard users (its commands need its focus).
    m_focusTimelineAct = new QAction(this);
    m_focusTimelineAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_focusFindingsAct = new QAction(this);
    m_focusFindingsAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    createHelpActions();
}

// New, open, save, save as, import, export as JSON, quit.
void MainWindow::createFileActions()
{
    m_newAct = keyedAction(this, QKeySequence::New, &MainWindow::newPlan);
    m_openAct = keyedAction(this, QKeySequence::Open, &MainWindow::open);
    m_saveAct = keyedAction(this, QKeySequence::Save, &MainWindow::save);
    m_saveAsAct = keyedAction(this, QKeySequence::SaveAs, &MainWindow::saveAs);
    m_closeAct = keyedAction(this, QKeySequence(Qt::CTRL | Qt::Key_W), &MainWindow::closePlan);
    m_importAct = new QAction(this);
    connect(m_importAct, &QAction::triggered, this, &MainWindow::importJson);
    m_exportJsonAct = new QAction(this);
    connect(m_exportJsonAct, &QAction::triggered, this, &MainWindow::exportJson);
    m_quitAct = keyedAction(this, QKeySequence::Quit, &QWidget::close);
}

// The export kinds, the report detail levels and print.
void MainWindow::createExportActions()
{
    for (int i = 0; i < 3; ++i) {
        m_exportActs[i] = new QAction(this);
        const auto kind = ExportKind(i);
        connect(m_exportActs[i], &QAction::triggered, this, [this, kind] { exportView(kind); });
    }
    auto *detailGroup = new QActionGroup(this);
    const ReportDetail detail = reportDetail();
    for (int i = 0; i < 3; ++i) {
        m_detailActs[i] = new QAction(this);
        m_detailActs[i]->setCheckable(true);
        m_detailActs[i]->setChecked(int(detail) == i);
        detailGroup->addAction(m_detailActs[i]);
        connect(m_detailActs[i], &QAction::triggered, this,
                [this, i] { setReportDetail(ReportDetail(i)); });
    }
    m_printAct = new QAction(this);
    m_printAct->setShortcut(QKeySequence::Print);
    connect(m_printAct, &QAction::triggered, this, [this] { printView(ExportKind::Report); });
}

// The guides, the keyboard shortcuts and the about box.
void MainWindow::createHelpActions()
{
    m_quickGuideAct = new QAction(this);
    m_shortcutsAct = new QAction(this);
    connect(m_shortcutsAct, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_principlesAct = new QAction(this);
    m_principlesAct->setShortcut(QKeySequence::HelpContents);
    m_planFormatAct = new QAction(this);
    const auto showGuide = [this](HelpBrowser::Guide guide) {
        if (!m_help)
            m_help = new HelpBrowser(this);
        m_help->showGuide(guide);
        m_help->show();
        m_help->raise();
    };
    connect(m_quickGuideAct, &QAction::triggered, this,
            [showGuide] { showGuide(HelpBrowser::Guide::QuickGuide); });
    connect(m_principlesAct, &QAction::triggered, this,
            [showGuide] { showGuide(HelpBrowser::Guide::Principles); });
    connect(m_planFormatAct, &QAction::triggered, this,
            [showGuide] { showGuide(HelpBrowser::Guide::PlanFormat); });
    m_aboutAct = new QAction(this);
    connect(m_aboutAct, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Tranche"),
            tr("<h3>Tranche %1</h3><p>Plans phased, action-for-action sanctions-relief "
               "deals and checks every phase against the guiding principles.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    createFileMenu();

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAct);
    m_editMenu->addAction(m_redoAct);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_copyChartAct);

    m_planMenu = menuBar()->addMenu(QString());
    m_planMenu->addAction(m_placeAct);
    m_planMenu->addSeparator();
    const QList<QAction *> timelineActions = m_timeline->editActions();
    for (QAction *a : timelineActions) {
        const auto command = TimelineView::Command(a->data().toInt());
        if (command == TimelineView::Command::ZoomIn)
            break;
        m_planMenu->addAction(a);
    }
    m_planMenu->addSeparator();
    m_planMenu->addAction(m_profileAct);
    m_planMenu->addAction(m_sourcesAct);

    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction *a : timelineActions) {
        const auto command = TimelineView::Command(a->data().toInt());
        if (command == TimelineView::Command::ZoomIn || command == TimelineView::Command::ZoomOut ||
            command == TimelineView::Command::FitToWindow)
            m_viewMenu->addAction(a);
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_focusTimelineAct);
    m_viewMenu->addAction(m_focusCatalogAct);
    m_viewMenu->addAction(m_focusInspectorAct);
    m_viewMenu->addAction(m_focusFindingsAct);
    m_viewMenu->addSeparator();
    for (QDockWidget *dock :
         {m_paletteDock, m_inspectorDock, m_findingsDock, m_chartsDock, m_historyDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    createToolBar();
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_toolBar->toggleViewAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_quickGuideAct);
    m_helpMenu->addAction(m_shortcutsAct);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_principlesAct);
    m_helpMenu->addAction(m_planFormatAct);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAct);
    retranslateUi();
    updateRecentMenu();
}

// The File menu with its scenario, recent-file, export and detail submenus.
void MainWindow::createFileMenu()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAct);
    m_scenarioMenu = m_fileMenu->addMenu(QString());
    for (const ScenarioInfo &s : bundledScenarios()) {
        QAction *a = m_scenarioMenu->addAction(s.title);
        const QString path = s.resourcePath;
        connect(a, &QAction::triggered, this, [this, path] { newFromScenario(path); });
    }
    m_fileMenu->addAction(m_openAct);
    m_fileMenu->addAction(tr("Open &Exercise..."), this, &MainWindow::openExercise);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAct);
    m_fileMenu->addAction(m_saveAsAct);
    m_fileMenu->addAction(m_closeAct);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAct);
    m_fileMenu->addAction(m_exportJsonAct);
    m_exportMenu = m_fileMenu->addMenu(QString());
    for (QAction *a : m_exportActs)
        m_exportMenu->addAction(a);
    m_exportMenu->addSeparator();
    m_detailMenu = m_exportMenu->addMenu(QString());
    for (QAction *a : m_detailActs)
        m_detailMenu->addAction(a);
    m_fileMenu->addAction(m_printAct);
    m_exercise = new MainWindowExercise(this, m_fileMenu, m_exportMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAct);
}

// The main toolbar: the everyday commands within one click (file, undo,
// phases, zoom, the briefing report). Its buttons carry their text too,
// since the standard icons are not on every desktop.
void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState()/restoreState() need it
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto icon = [this](QAction *a, QStyle::StandardPixmap pixmap) {
        if (a->icon().isNull())
            a->setIcon(OneSizeIconEngine::standardIcon(style(), pixmap)); // read when painted
    };
    icon(m_newAct, QStyle::SP_FileIcon);
    icon(m_openAct, QStyle::SP_DialogOpenButton);
    icon(m_saveAct, QStyle::SP_DialogSaveButton);
    icon(m_undoAct, QStyle::SP_ArrowBack);
    icon(m_redoAct, QStyle::SP_ArrowForward);
    m_toolBar->addAction(m_newAct);
    m_toolBar->addAction(m_openAct);
    m_toolBar->addAction(m_saveAct);
    m_toolBar->addSeparator();
    // Undo and redo change with every edit: as buttons of a fixed size they
    // repaint themselves only (a toolbar relayouts the window on any change of
    // its actions).
    for (QAction *a : {m_undoAct, m_redoAct}) {
        auto *button = new QToolButton(m_toolBar);
        button->setDefaultAction(a);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolButtonStyle(m_toolBar->toolButtonStyle());
        button->setIconSize(m_toolBar->iconSize());
        button->setFixedSize(button->sizeHint());
        m_toolBar->addWidget(button);
    }
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_timeline->action(TimelineView::Command::AddPhase));
    m_toolBar->addAction(m_timeline->action(TimelineView::Command::Delete));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_timeline->action(TimelineView::Command::ZoomOut));
    m_toolBar->addAction(m_timeline->action(TimelineView::Command::ZoomIn));
    m_toolBar->addAction(m_timeline->action(TimelineView::Command::FitToWindow));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportActs[int(ExportKind::Report)]);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_scenarioMenu->setTitle(tr("New from &Scenario"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_planMenu->setTitle(tr("&Plan"));
    m_exportMenu->setTitle(tr("E&xport"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_exportActs[0]->setText(tr("&Chart..."));
    m_exportActs[1]->setText(tr("&Timeline..."));
    m_exportActs[2]->setText(tr("Briefing &Report..."));
    m_printAct->setText(tr("&Print Report..."));
    m_detailMenu->setTitle(tr("Report &Detail"));
    m_detailActs[int(ReportDetail::Auto)]->setText(tr("&Automatic (summarise very large plans)"));
    m_detailActs[int(ReportDetail::Full)]->setText(tr("&Every Placement and Finding"));
    m_detailActs[int(ReportDetail::Summary)]->setText(tr("&Summary"));
    m_copyChartAct->setText(tr("Copy &Chart"));
    m_profileAct->setText(tr("Rule &Profile..."));
    m_sourcesAct->setText(tr("&Sources..."));
    m_placeAct->setText(tr("Place Selected Catalog &Entry in Phase"));
    m_focusCatalogAct->setText(tr("Go to &Catalog"));
    m_focusInspectorAct->setText(tr("Go to &Inspector"));
    m_focusTimelineAct->setText(tr("Go to &Timeline"));
    m_focusFindingsAct->setText(tr("Go to &Findings"));
    m_paletteDock->setWindowTitle(tr("Catalog"));
    m_inspectorDock->setWindowTitle(tr("Inspector"));
    m_findingsDock->setWindowTitle(tr("Findings"));
    m_chartsDock->setWindowTitle(tr("Value Flow"));
    m_historyDock->setWindowTitle(tr("History"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAct->setText(tr("&New Plan"));
    m_openAct->setText(tr("&Open..."));
    m_saveAct->setText(tr("&Save"));
    m_saveAsAct->setText(tr("Save &As..."));
    m_closeAct->setText(tr("&Close"));
    m_importAct->setText(tr("&Import JSON..."));
    m_exportJsonAct->setText(tr("&Export JSON..."));
    m_quitAct->setText(tr("&Quit"));
    m_quickGuideAct->setText(tr("&Quick Guide"));
    m_shortcutsAct->setText(tr("&Keyboard Shortcuts"));
    m_principlesAct->setText(tr("The &Principles and Their Rules"));
    m_planFormatAct->setText(tr("Plan &Format and Command Line"));
    m_aboutAct->setText(tr("&About Tranche"));
    updateTitle();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Shown means laid out at its size: the docks have their size hints. Applied
    // now, before the first frame is painted, not after it (nothing moves then).
    if (std::exchange(m_defaultLayoutPending, false))
        applyDefaultLayout();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    const QString name = m_doc->fileName().isEmpty() ? m_doc->plan().meta.title
                                                     : QFileInfo(m_doc->fileName()).fileName();
    setWindowTitle(tr("%1[*] - Tranche").arg(name.isEmpty() ? tr("Untitled") : name));
    setWindowModified(m_doc->isModified());
}

void MainWindow::showError(const QString &title, const QString &text)
{
    statusBar()->showMessage(text.section(u'\n', 0, 0), 10000);
    if (m_interactive)
        QMessageBox::warning(this, title, plainToolTip(text));
}

void MainWindow::setPlan(const Plan &plan, const QString &fileName)
{
    m_recovery->remove(m_sessionId);
    m_doc->resetPlan(plan);
    m_doc->setFileName(fileName);
    m_doc->markSaved();
    resetDocumentView();
    updateTitle();
}

void MainWindow::resetDocumentView()
{
    m_timeline->setZoom(TimelineGeometry::kDefaultPixelsPerMonth);
    m_timeline->horizontalScrollBar()->setValue(0);
    m_timeline->verticalScrollBar()->setValue(0);
    if (m_charts)
        m_charts->pickWalkAwayMonth(std::nullopt);
}

bool MainWindow::openFile(const QString &path)
{
    return openFile(path, openPlan(path));
}

bool MainWindow::openFile(const QString &path, const OpenResult &result)
{
    if (!result.ok()) {
        if (const RepairAnswer repair = offerRepair(path); repair != RepairAnswer::NotOffered)
            return repair == RepairAnswer::Repaired;
        showError(tr("Cannot open plan"), result.errorLines().join(u'\n'));
        return false;
    }
    const bool bundled = path.startsWith(u':');
    setPlan(*result.plan,
            bundled || !path.endsWith(QLatin1StringView(".tranche")) ? QString() : path);
    if (!bundled)
        addRecentFile(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Opened %1").arg(bundled ? result.plan->meta.title : path), 5000);
    return true;
}

bool MainWindow::saveTo(const QString &path, QString *failure)
{
    const QString error = savePlan(m_doc->plan(), path);
    if (!error.isEmpty() && failure) {
        *failure = error;
        return false;
    }
    if (!error.isEmpty()) {
        showError(tr("Cannot save plan"), tr("%1: %2").arg(path, error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_doc->isModified())
        return true;
    if (!m_interactive)
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("The plan has unsaved changes. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newPlan()
{
    if (!maybeSave())
        return;
    Plan plan;
    plan.meta.title = tr("Untitled plan");
    // A new plan starts with the catalog of the bundled scenario, so there is something
    // to place; nothing else of it (counterpart, reference value) is carried over.
    const OpenResult scenario = openPlan(defaultScenarioPath());
    if (scenario.ok())
        plan.catalog = scenario.plan->catalog;
    setPlan(plan, QString());
}

void MainWindow::closePlan()
{
    if (!maybeSave())
        return;
    setPlan(Plan(), QString());
    statusBar()->clearMessage();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
    dialog.setActions(findChildren<QAction *>());
    dialog.exec();
}

void MainWindow::newFromScenario(const QString &resourcePath)
{
    if (!maybeSave())
        return;
    openFile(resourcePath);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Plan"), QString(), tr("Tranche plans (*.tranche *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

// A tabletop exercise runs in its own window, the control desk.
void MainWindow::openExercise()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Exercise"), QString(),
                                     tr("Exercise packages (*.json *.tranche);;All files (*)"));
    if (!path.isEmpty())
        ControlDesk::openWindow(path, this, tr("Open Exercise"));
}

bool MainWindow::save()
{
    if (m_doc->fileName().isEmpty())
        return saveAs();
    if (QString error; !saveTo(m_doc->fileName(), &error))
        return saveFailed(error);
    m_doc->markSaved();
    m_recovery->remove(m_sessionId);
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Plan As"), m_doc->fileName(),
                                                tr("Tranche plans (*.tranche)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1StringView(".tranche")))
        path += QLatin1StringView(".tranche");
    if (QString error; !saveTo(path, &error))
        return saveFailed(error);
    m_doc->setFileName(path);
    m_doc->markSaved();
    m_recovery->remove(m_sessionId);
    addRecentFile(path);
    return true;
}

void MainWindow::importJson()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import JSON Plan"), QString(),
                                                      tr("JSON plans (*.json)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::exportJson()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Plan as JSON"),
        ExportNaming::fileName(m_doc->plan().meta.title, QString(), QStringLiteral("json")),
        tr("JSON plans (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1StringView(".json")))
        path += QLatin1StringView(".json");
    saveTo(path);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QLatin1StringView(kRecentKey)).toStringList();
    files.prepend(path);
    files = uniqueRecentFiles(files);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(QLatin1StringView(kRecentKey), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files =
        uniqueRecentFiles(QSettings().value(QLatin1StringView(kRecentKey)).toStringList());
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(plainToolTip(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::autosave()
{
    if (!m_doc->isModified())
        return;
    const QString error = m_recovery->save(m_sessionId, m_doc->plan(), m_doc->fileName());
    if (!error.isEmpty())
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
}

bool MainWindow::offerRecovery()
{
    const QList<RecoveryStore::Entry> entries = m_recovery->pending(m_sessionId);
    if (entries.isEmpty())
        return false;
    const RecoveryStore::Entry &e = entries.first();
    if (m_interactive) {
        const auto answer = QMessageBox::question(
            this, tr("Recover unsaved changes?"),
            plainToolTip(tr("Tranche did not close cleanly. Unsaved changes to \"%1\" "
                            "from %2 can be recovered.\n\n"
                            "Recover them?")
                             .arg(e.title.isEmpty() ? tr("Untitled") : e.title,
                                  QLocale().toString(e.savedAt.toLocalTime()))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            RecoveryStore::discard(e);
            return false;
        }
    }
    // Opened even when it fails validation: it is unsaved work. One that cannot
    // be read at all is moved aside by the store, so it is not offered again.
    const RecoveryStore::Recovered result = m_recovery->open(e);
    if (!result.ok()) {
        const QString kept =
            result.keptAt.isEmpty()
                ? QString()
                : QStringLiteral("\n\n") + tr("The recovery file was kept in %1.")
                                               .arg(QDir::toNativeSeparators(result.keptAt));
        showError(tr("Cannot recover plan"), result.error + kept);
        return false;
    }
    m_doc->resetPlan(*result.plan);
    m_doc->setFileName(e.originalPath);
    resetDocumentView();
    // Recovered changes are unsaved: keep the document modified until the user saves.
    m_doc->undoStack()->resetClean();
    RecoveryStore::discard(e);
    autosave();
    updateTitle();
    statusBar()->showMessage(tr("Recovered unsaved changes to %1").arg(e.title), 10000);
    if (!result.problems.isEmpty()) {
        showError(tr("Recovered plan has problems"),
                  tr("The recovered plan cannot be saved until these problems are put right:\n%1")
                      .arg(result.problems.join(u'\n')));
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // The layout is written only where it changed: an exit that changed
    // nothing rewrites no settings file (nor syncs one to disk).
    QSettings settings;
    const auto store = [&settings](const QString &key, const QByteArray &value) {
        if (settings.value(key).toByteArray() != value)
            settings.setValue(key, value);
    };
    store(QStringLiteral("window/geometry"), saveGeometry());
    store(QStringLiteral("window/state"), saveState());
    m_recovery->remove(m_sessionId);
    event->accept();
}

} // namespace tranche
