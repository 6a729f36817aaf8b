// MainWindow, part two: the docks around the timeline and how they follow
// each other (selection, findings, counts), exports and the profile dialog.

#include "window/mainwindow.h"

#include "charts/chartswidget.h"
#include "charts/flowcharts.h"
#include "document/plandocument.h"
#include "document/timelineedits.h"
#include "export/exporter.h"
#include "export/pngoptionsdialog.h"
#include "panels/catalogpalette.h"
#include "panels/findingspane.h"
#include "panels/inspector.h"
#include "panels/profiledialog.h"
#include "panels/sourcesdialog.h"
#include "rules/checker.h"
#include "rules/ruleprofile.h"
#include "timeline/timelineview.h"
#include "window/dockcontent.h"
#include "window/exportnaming.h"
#include "window/mainwindowexercise.h"
#include "window/playedlock.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoView>

namespace tranche {

QDockWidget *MainWindow::addDock(QWidget *content, const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(objectName); // saveState() keys
    if (content)
        dock->setWidget(new DockContent(content, dock));
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_timeline = new TimelineView(m_doc.get(), this);
    m_timeline->setAccessibleName(tr("Timeline"));
    setCentralWidget(m_timeline);

    m_palette = new CatalogPalette(this);
    m_palette->setDocument(m_doc.get());
    m_paletteDock = addDock(m_palette, QStringLiteral("CatalogDock"), Qt::LeftDockWidgetArea);

    m_inspector = new Inspector(this);
    m_inspector->setDocument(m_doc.get());
    m_inspector->setProfileNames(ruleProfileNames());
    m_inspectorDock =
        addDock(m_inspector, QStringLiteral("InspectorDock"), Qt::RightDockWidgetArea);

    // The history and the charts (Qt Charts) sit behind other tabs at first:
    // their content is built when their dock is first shown.
    m_historyDock = addDock(nullptr, QStringLiteral("HistoryDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(m_inspectorDock, m_historyDock);
    m_inspectorDock->raise();

    m_findings = new FindingsPane(this);
    m_findings->setDocument(m_doc.get(), m_checker);
    m_findingsDock = addDock(m_findings, QStringLiteral("FindingsDock"), Qt::BottomDockWidgetArea);

    m_chartsDock = addDock(nullptr, QStringLiteral("ChartsDock"), Qt::BottomDockWidgetArea);
    // Findings and charts share the bottom at full width: tabs, findings in front.
    tabifyDockWidget(m_findingsDock, m_chartsDock);
    m_findingsDock->raise();
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            historyView();
    });
    connect(m_chartsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            chartsWidget();
        if (m_charts)
            m_charts->setInSight(visible); // behind the findings' tab it is not hidden
    });

    connectDocks();
    m_timeline->setFindings(m_checker->findings());

    // Default layout (a saved one replaces it): side docks take the full height,
    // the timeline keeps most of the window.
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
}

// The docks' and the window's actions' signals, once all exist.
void MainWindow::connectDocks()
{
    connect(m_timeline, &TimelineView::selectionChanged, this, &MainWindow::syncInspector);
    connect(m_timeline, &TimelineView::reliefPlaced, this, &MainWindow::openInspectorOnEmptyTerms);
    connect(m_timeline, &TimelineView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_inspector, &Inspector::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_inspector, &Inspector::sourcesRequested, this, &MainWindow::editSources);
    connect(m_findings, &FindingsPane::activated, this, &MainWindow::selectFinding);
    connect(m_palette, &CatalogPalette::itemActivated, this, &MainWindow::placeCatalogItem);
    connect(m_palette, &CatalogPalette::actionActivated, this, &MainWindow::requireCatalogAction);
    connect(m_checker, &Checker::findingsChanged, this, [this] {
        m_timeline->setFindings(m_checker->findings());
        updateCounts();
    });
    connect(m_checker, &Checker::profileChanged, this, [this] {
        if (!m_checker->profileError().isEmpty())
            statusBar()->showMessage(m_checker->profileError(), 10000);
    });
    connect(m_copyChartAct, &QAction::triggered, this, &MainWindow::copyChart);
    connect(m_placeAct, &QAction::triggered, this, [this] {
        const QStringList items = m_palette->selectedItemIds();
        const QStringList actions = m_palette->selectedActionIds();
        if (m_palette->tabs()->currentIndex() == 0 && !items.isEmpty())
            placeCatalogItem(items.first());
        else if (!actions.isEmpty())
            requireCatalogAction(actions.first());
    });
    connect(m_focusCatalogAct, &QAction::triggered, this, [this] {
        m_paletteDock->show();
        m_paletteDock->raise();
        m_palette->focusItemSearch();
    });
    connect(m_focusInspectorAct, &QAction::triggered, this, [this] {
        m_inspectorDock->show();
        m_inspectorDock->raise();
        m_inspector->focusFirstField();
    });
    connect(m_focusTimelineAct, &QAction::triggered, this,
            [this] { m_timeline->setFocus(Qt::ShortcutFocusReason); });
    connect(m_focusFindingsAct, &QAction::triggered, this, [this] {
        m_findingsDock->show();
        m_findingsDock->raise();
        m_findings->setFocus(Qt::ShortcutFocusReason);
    });
}

ChartsWidget *MainWindow::chartsWidget()
{
    if (!m_charts) {
        m_charts = new ChartsWidget(m_doc.get());
        m_chartsDock->setWidget(new DockContent(m_charts, m_chartsDock));
    }
    return m_charts;
}

QUndoView *MainWindow::historyView()
{
    if (!m_history) {
        m_history = new QUndoView(m_doc->undoStack());
        m_history->setAccessibleName(tr("Edit history"));
        m_history->setEmptyLabel(tr("<opened plan>"));
        m_historyDock->setWidget(new DockContent(m_history, m_historyDock));
    }
    return m_history;
}

// The inspector under the catalog, the history behind it, so that the findings
// under the timeline keep their width. The history shows for a moment as the docks
// move: its content is not built for that (its dock's signals are held).
void MainWindow::stackSideDocks()
{
    const QSignalBlocker holdHistory(m_historyDock);
    splitDockWidget(m_paletteDock, m_inspectorDock, Qt::Vertical);
    tabifyDockWidget(m_inspectorDock, m_historyDock);
    m_inspectorDock->raise();
}

void MainWindow::applyDefaultLayout()
{
    if (width() >= kNarrowWidth) {
        resizeDocks({m_paletteDock, m_inspectorDock}, {width() * 27 / 100, width() / 5},
                    Qt::Horizontal);
        resizeDocks({m_findingsDock}, {height() * 2 / 5}, Qt::Vertical);
        return;
    }
    stackSideDocks();
    // Once the docks have their new minimum sizes (the layout activated now, not
    // after a first frame): back within the screen (the three columns' minimum
    // height may have grown the window past it when it was shown).
    layout()->activate();
    QSize fit = size();
    if (const QScreen *s = screen())
        fit = fit.boundedTo(s->availableGeometry().size() * 0.95);
    resize(fit);
    resizeDocks({m_paletteDock}, {fit.width() * 33 / 100}, Qt::Horizontal);
    resizeDocks({m_paletteDock, m_inspectorDock}, {fit.height() * 3 / 5, fit.height() * 2 / 5},
                Qt::Vertical);
    resizeDocks({m_findingsDock}, {fit.height() * 2 / 5}, Qt::Vertical);
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setAccessibleName(tr("Finding counts"));
    statusBar()->addPermanentWidget(m_countLabel);
    updateCounts();
}

void MainWindow::updateCounts()
{
    const FindingCounts c = m_checker->counts();
    m_countLabel->setText(tr("%1 violation(s) \u00b7 %2 warning(s) \u00b7 %3 info \u00b7 %4 waived")
                              .arg(c.violations)
                              .arg(c.warnings)
                              .arg(c.infos)
                              .arg(c.waived));
    const QString style =
        c.violations > 0 ? QStringLiteral("color: #c62828; font-weight: bold;") : QString();
    if (m_countLabel->styleSheet() != style) // a new style sheet re-polishes the label
        m_countLabel->setStyleSheet(style);
    // The label only grows: a fixed size keeps a new count from relayouting
    // (and repainting) the whole window.
    m_countLabel->setFixedSize(m_countLabel->sizeHint().expandedTo(m_countLabel->minimumSize()));
}

void MainWindow::syncInspector()
{
    const QList<PlacementRef> placements = m_timeline->selectedPlacements();
    const int phase = m_timeline->selectedPhase();
    if (placements.size() == 1)
        m_inspector->setSelection(placements.first());
    else if (phase >= 0 && m_timeline->selectedAction() >= 0)
        m_inspector->setRequiredAction(phase, m_timeline->selectedAction());
    else if (phase >= 0)
        m_inspector->setPhase(phase);
    else
        m_inspector->clear();
}

int MainWindow::currentPhase() const
{
    const QList<PlacementRef> placements = m_timeline->selectedPlacements();
    if (!placements.isEmpty())
        return placements.first().phase;
    if (m_timeline->selectedPhase() >= 0)
        return m_timeline->selectedPhase();
    return m_doc->plan().phases.isEmpty() ? -1 : 0;
}

void MainWindow::selectFinding(const QString &phaseId, const QString &itemId)
{
    const Plan &plan = m_doc->plan();
    const int phase = plan.phaseIndex(phaseId);
    if (phase < 0)
        return;
    if (!itemId.isEmpty()) {
        const QList<Placement> &reliefs = plan.phases.at(phase).reliefs;
        for (int i = 0; i < reliefs.size(); ++i) {
            if (reliefs.at(i).item == itemId) {
                m_timeline->setSelectedPlacements({PlacementRef{phase, i}});
                m_timeline->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    }
    m_timeline->setSelectedPhase(phase);
    m_timeline->setFocus(Qt::OtherFocusReason);
}

void MainWindow::placeCatalogItem(const QString &itemId)
{
    if (m_exercise->playedLock()->refuse())
        return;
    const int phase = currentPhase();
    if (phase < 0) {
        statusBar()->showMessage(tr("Add a phase first: relief is placed in a phase."), 8000);
        return;
    }
    QList<PlacementRef> placed;
    const QString refused = TimelineEdits::placeItems(m_doc.get(), phase, {itemId}, &placed);
    if (refused.isEmpty()) // as a drop does: the new relief is selected, for the inspector
        m_timeline->setSelectedPlacements(placed);
    openInspectorOnEmptyTerms(placed);
    statusBar()->showMessage(
        refused.isEmpty() ? tr("Placed %1 in %2").arg(itemId, m_doc->plan().phases.at(phase).id)
                          : refused,
        8000);
}

void MainWindow::requireCatalogAction(const QString &actionId)
{
    if (m_exercise->playedLock()->refuse())
        return;
    const int phase = currentPhase();
    if (phase < 0) {
        statusBar()->showMessage(tr("Add a phase first: actions are required by a phase."), 8000);
        return;
    }
    const Phase &ph = m_doc->plan().phases.at(phase);
    const QString refused = TimelineEdits::requireActions(m_doc.get(), phase, {actionId}, ph.start);
    statusBar()->showMessage(
        refused.isEmpty() ? tr("%1 now requires %2").arg(ph.id, actionId) : refused, 8000);
}

std::unique_ptr<Exporter> MainWindow::makeExporter() const
{
    const QString source = m_doc->fileName().isEmpty() ? m_doc->plan().meta.title
                                                       : QFileInfo(m_doc->fileName()).fileName();
    auto exporter = std::make_unique<Exporter>(m_doc->plan(), m_checker->findings(), source);
    exporter->setReportDetail(reportDetail());
    return exporter;
}

void MainWindow::exportView(ExportKind kind)
{
    const QString path =
        QFileDialog::getSaveFileName(this, ExportNaming::dialogTitle(kind),
                                     ExportNaming::fileName(m_doc->plan().meta.title, kind),
                                     tr("PDF (*.pdf);;SVG image (*.svg);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    const std::unique_ptr<Exporter> exporter = makeExporter();
    if (exportFormatForPath(path) == ExportFormat::Png) {
        PngOptionsDialog options(*exporter, kind, this);
        if (options.exec() != QDialog::Accepted)
            return;
        options.apply();
    }
    const QString error = exportWithProgress(this, *exporter, kind, path);
    if (!error.isEmpty())
        showError(tr("Export failed"), error);
    else
        statusBar()->showMessage(ExportNaming::exported(exporter->writtenFiles()), 8000);
}

void MainWindow::printView(ExportKind kind)
{
    printWithPreview(this, *makeExporter(), kind);
}

void MainWindow::copyChart()
{
    const std::unique_ptr<Exporter> exporter = makeExporter();
    // The copy marks the walk-away month picked on the charts, as they show it.
    if (m_charts)
        exporter->charts()->setWalkAwayMonth(m_charts->walkAwayMonth());
    copyToClipboard(*exporter, ExportKind::Chart);
}

namespace {
constexpr auto kReportDetailKey = "export/reportDetail";
const char *const kReportDetailNames[] = {"auto", "full", "summary"};
} // namespace

ReportDetail MainWindow::reportDetail() const
{
    return reportDetailFromString(QSettings().value(QLatin1StringView(kReportDetailKey)).toString())
        .value_or(ReportDetail::Auto);
}

void MainWindow::setReportDetail(ReportDetail detail)
{
    QSettings().setValue(QLatin1StringView(kReportDetailKey),
                         QLatin1StringView(kReportDetailNames[int(detail)]));
    if (m_detailActs[int(detail)])
        m_detailActs[int(detail)]->setChecked(true);
}

void MainWindow::editProfile()
{
    ProfileDialog dialog(m_doc.get(), this);
    dialog.setChecker(m_checker);
    dialog.exec();
    m_inspector->setProfileNames(ruleProfileNames());
}

// The plan's bibliography; read-only (but shown) once the exercise has been played.
void MainWindow::editSources()
{
    SourcesDialog dialog(m_doc.get(), this);
    if (m_exercise->playedLock()->isLocked())
        dialog.setReadOnly(true, PlayedLock::reason());
    dialog.exec();
}

} // namespace tranche
