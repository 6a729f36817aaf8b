// The editor window's chores for a first-time user: New Plan starts clean, zoom
// and the walk-away month reset with each document, File > Close, Open Recent
// lists a file once, no stale drag message in the status bar, toolbar buttons
// keep their place, export dialogs' titles and file names, Help > Keyboard
// Shortcuts lists every action with a shortcut, the quick guide in Korean, and
// the empty plan's hint on the timeline.

#include "support/uitestpoints.h"

#include "charts/chartswidget.h"
#include "cli/exportoptions.h"
#include "document/commands.h"
#include "document/plandocument.h"
#include "io/planio.h"
#include "models/catalogmodel.h"
#include "models/roles.h"
#include "panels/catalogpalette.h"
#include "timeline/timelinegeometry.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelineview.h"
#include "window/exportnaming.h"
#include "window/helpbrowser.h"
#include "window/mainwindow.h"
#include "window/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <memory>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

// The window's action whose menu text is `text` (with its '&').
QAction *windowAction(const MainWindow &window, const QString &text)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

// Shows the window (not interactive) at `size` on the bundled scenario.
bool showScenario(MainWindow &window, const QSize &size)
{
    window.setInteractive(false);
    window.resize(size);
    window.show();
    return QTest::qWaitForWindowExposed(&window) && window.openFile(defaultScenarioPath());
}

QStringList recentMenuTexts(const MainWindow &window)
{
    for (const QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        if (menu->title() != u"Open &Recent"_s)
            continue;
        QStringList texts;
        for (const QAction *a : menu->actions())
            texts.append(a->toolTip());
        return texts;
    }
    return {u"no Open Recent menu"_s};
}

} // namespace

class TestWindowChores : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void newPlanStartsClean();
    void viewResetsPerDocument_data();
    void viewResetsPerDocument();
    void closeLeavesEmptyCleanWindow();
    void openRecentListsFileOnce_data();
    void openRecentListsFileOnce();
    void noStaleDragMessage_data();
    void noStaleDragMessage();
    void toolBarButtonsKeepPlace();
    void exportNames_data();
    void exportNames();
    void exportedStatus_data();
    void exportedStatus();
    void shortcutsListEveryAction();
    void quickGuideInKorean();
    void emptyPlanSaysWhatToDo();
};

void TestWindowChores::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWindowChores::init()
{
    QSettings().clear(); // no recent files, window state or detail level from another test
}

void TestWindowChores::newPlanStartsClean()
{
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openFile(defaultScenarioPath()));
    QVERIFY(!window.document()->plan().meta.counterpart.isEmpty());
    QVERIFY(window.document()->plan().meta.referenceValueUsd.has_value());
    QAction *newPlan = windowAction(window, u"&New Plan"_s);
    QVERIFY(newPlan);
    newPlan->trigger();
    const Plan &plan = window.document()->plan();
    QCOMPARE(plan.meta.counterpart, QString());
    QCOMPARE(plan.meta.referenceValueUsd, std::optional<double>());
    QVERIFY(plan.phases.isEmpty());
    QVERIFY(!plan.catalog.items.isEmpty()); // something to place
    QVERIFY(!window.document()->isModified());
}

void TestWindowChores::viewResetsPerDocument_data()
{
    QTest::addColumn<QString>("command"); // how the next document comes
    QTest::newRow("open") << u"open"_s;
    QTest::newRow("new plan") << u"&New Plan"_s;
    QTest::newRow("close") << u"&Close"_s;
}

void TestWindowChores::viewResetsPerDocument()
{
    QFETCH(QString, command);
    MainWindow window;
    QVERIFY(showScenario(window, {1000, 700}));
    window.timeline()->setZoom(TimelineGeometry::kDefaultPixelsPerMonth * 3);
    window.chartsWidget()->pickWalkAwayMonth(12);
    QCOMPARE(window.chartsWidget()->walkAwayMonth(), std::optional<int>(12));

    if (command == u"open"_s) {
        QVERIFY(window.openFile(defaultScenarioPath()));
    } else {
        QAction *action = windowAction(window, command);
        QVERIFY(action);
        action->trigger();
    }
    QCOMPARE(window.timeline()->zoom(), TimelineGeometry::kDefaultPixelsPerMonth);
    QCOMPARE(window.chartsWidget()->walkAwayMonth(), std::optional<int>());
}

void TestWindowChores::closeLeavesEmptyCleanWindow()
{
    MainWindow window;
    QVERIFY(window.openFile(defaultScenarioPath()));
    PlanDocument *doc = window.document();
    doc->undoStack()->push(new EditMetaFieldCommand(doc, MetaField::Title, u"Edited"_s));
    QVERIFY(doc->isModified());
    QAction *close = windowAction(window, u"&Close"_s);
    QVERIFY(close);
    QCOMPARE(close->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_W));

    // A modified plan: Close asks first; Cancel keeps the plan as it is.
    QString asked;
    QTimer::singleShot(0, &window, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    close->trigger();
    QCOMPARE(asked, u"The plan has unsaved changes. Save them first?"_s);
    QCOMPARE(doc->plan().meta.title, u"Edited"_s);
    QVERIFY(doc->isModified());

    window.setInteractive(false); // now the unsaved edit is discarded
    close->trigger();
    QCOMPARE(doc->plan(), Plan());
    QVERIFY(!doc->isModified());
    QCOMPARE(doc->fileName(), QString());
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(window.windowTitle(), u"Untitled[*] - Tranche"_s);
}

void TestWindowChores::openRecentListsFileOnce_data()
{
    QTest::addColumn<QString>("other"); // the same file by another path, relative to its folder
    QTest::newRow("same path") << u"plan.tranche"_s;
    QTest::newRow("dot-dot") << u"sub/../plan.tranche"_s;
    QTest::newRow("dot") << u"./plan.tranche"_s;
    QTest::newRow("symbolic link") << u"link.tranche"_s;
}

void TestWindowChores::openRecentListsFileOnce()
{
    QFETCH(QString, other);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
    const QString path = QDir(dir.path()).canonicalPath() + u"/plan.tranche"_s;
    {
        MainWindow writer;
        writer.setInteractive(false);
        QVERIFY(writer.openFile(defaultScenarioPath()));
        QVERIFY(writer.saveTo(path));
    }
    QVERIFY(QFile::link(path, dir.filePath(u"link.tranche"_s)));
    QSettings().clear();

    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openFile(path));
    QVERIFY(window.openFile(dir.path() + u'/' + other));
    QCOMPARE(recentMenuTexts(window), QStringList{path});
    // A list written by an older version with the same file twice is shown once.
    QSettings().setValue(u"recentFiles"_s, QStringList{dir.path() + u'/' + other, path});
    window.openFile(path);
    QCOMPARE(recentMenuTexts(window), QStringList{path});
}

void TestWindowChores::noStaleDragMessage_data()
{
    QTest::addColumn<QString>("end"); // how the drag ends after a refused point
    QTest::newRow("leaves (or is cancelled)") << u"leave"_s;
    QTest::newRow("moves on to a lane that takes it") << u"move"_s;
    QTest::newRow("is dropped where it is taken") << u"drop"_s;
}

void TestWindowChores::noStaleDragMessage()
{
    QFETCH(QString, end);
    MainWindow window;
    QVERIFY(showScenario(window, {1200, 800}));
    TimelineView *view = window.timeline();
    const Plan &plan = window.document()->plan();
    const int phase = int(plan.phases.size()) - 1;
    const QString item = plan.catalog.items.constLast().id;
    QAbstractItemModel *items = window.palette()->itemsModel();
    const QModelIndexList found = items->match(items->index(0, 0), ItemIdRole, item, 1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    const std::unique_ptr<QMimeData> data(items->mimeData(found));
    QCOMPARE(catalogItemIdsFromMime(data.get()), QStringList{item});
    const QMimeData &mime = *data;

    // An item over an action lane: refused, and the status bar says why.
    const QPoint refused = test::lanePoint(view, phase, false, plan.phases.at(phase).start + 1, 8);
    QDragEnterEvent enter(refused, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(!window.statusBar()->currentMessage().isEmpty());

    const QPoint taken = test::lanePoint(view, phase, true, plan.phases.at(phase).start + 1, 8);
    if (end == u"leave"_s) {
        QDragLeaveEvent leave;
        QApplication::sendEvent(view->viewport(), &leave);
    } else if (end == u"move"_s) {
        QDragMoveEvent move(taken, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(view->viewport(), &move);
        QVERIFY(move.isAccepted());
    } else {
        QDropEvent drop(taken, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(view->viewport(), &drop);
        QCOMPARE(window.document()->undoStack()->count(), 1);
    }
    QCOMPARE(window.statusBar()->currentMessage(), QString());
}

void TestWindowChores::toolBarButtonsKeepPlace()
{
    MainWindow window;
    window.setInteractive(false);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int round = 0; round < 3; ++round) // the default layout, fitted to the screen
        QCoreApplication::processEvents();
    auto *bar = window.findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(bar);
    const auto places = [bar] {
        QList<QRect> rects;
        for (QWidget *w : bar->findChildren<QWidget *>()) {
            if (w->isVisible() && w->parentWidget() == bar)
                rects.append(w->geometry());
        }
        return rects;
    };
    const QList<QRect> before = places();
    QVERIFY(before.size() >= 8);
    // Undo and redo now name the edits (a long name), then nothing again.
    PlanDocument *doc = window.document();
    doc->undoStack()->push(new EditMetaFieldCommand(doc, MetaField::Title, u"A title"_s));
    QVERIFY(doc->undoStack()->undoText().size() > 0);
    QCoreApplication::processEvents();
    QCOMPARE(places(), before);
    doc->undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(places(), before);
}

void TestWindowChores::exportNames_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("dialogTitle");
    QTest::newRow("chart") << u"DPRK roadmap"_s << int(ExportKind::Chart)
                           << u"DPRK roadmap - chart.pdf"_s << u"Export Chart"_s;
    QTest::newRow("timeline") << u"DPRK roadmap"_s << int(ExportKind::Timeline)
                              << u"DPRK roadmap - timeline.pdf"_s << u"Export Timeline"_s;
    QTest::newRow("report") << u"DPRK roadmap"_s << int(ExportKind::Report)
                            << u"DPRK roadmap - briefing report.pdf"_s
                            << u"Export Briefing Report"_s;
    QTest::newRow("unsafe characters") << u"A/B: \"C\" <2026>?"_s << int(ExportKind::Chart)
                                       << u"A B C 2026 - chart.pdf"_s << u"Export Chart"_s;
    QTest::newRow("no title") << u" . "_s << int(ExportKind::Timeline)
                              << u"Untitled - timeline.pdf"_s << u"Export Timeline"_s;
}

void TestWindowChores::exportNames()
{
    QFETCH(QString, title);
    QFETCH(int, kind);
    QFETCH(QString, fileName);
    QFETCH(QString, dialogTitle);
    QCOMPARE(ExportNaming::fileName(title, ExportKind(kind)), fileName);
    QCOMPARE(ExportNaming::dialogTitle(ExportKind(kind)), dialogTitle);
    QCOMPARE(ExportNaming::fileName(title, QString(), u"json"_s),
             fileName.section(u" - "_s, 0, -2) + u".json"_s);
}

void TestWindowChores::exportedStatus_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("status");
    QTest::newRow("one file") << QStringList{u"/tmp/plan - chart.pdf"_s}
                              << u"Exported /tmp/plan - chart.pdf"_s;
    QTest::newRow("pages") << QStringList{u"/tmp/t-1.png"_s, u"/tmp/t-2.png"_s, u"/tmp/t-3.png"_s}
                           << u"Exported 3 pages: /tmp/t-1.png \u2026 t-3.png"_s;
    QTest::newRow("two pages") << QStringList{u"/tmp/t-1.svg"_s, u"/tmp/t-2.svg"_s}
                               << u"Exported 2 pages: /tmp/t-1.svg \u2026 t-2.svg"_s;
}

// After an export the status bar names what was written: the file, or the
// first and last page of a timeline written a file a page.
void TestWindowChores::exportedStatus()
{
    QFETCH(QStringList, files);
    QFETCH(QString, status);
    QCOMPARE(ExportNaming::exported(files), status);
}

void TestWindowChores::shortcutsListEveryAction()
{
    MainWindow window;
    window.setInteractive(false);
    QAction *shortcuts = windowAction(window, u"&Keyboard Shortcuts"_s);
    QVERIFY(shortcuts);
    QStringList rows;
    QTimer::singleShot(0, &window, [&rows] {
        auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        const QTableWidget *table = dialog->table();
        for (int r = 0; r < table->rowCount(); ++r)
            rows.append(table->item(r, 0)->text() + u" | "_s + table->item(r, 1)->text());
        dialog->reject();
    });
    shortcuts->trigger();
    int withShortcut = 0;
    for (const QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        ++withShortcut;
        const QString row =
            ShortcutsDialog::commandText(a) + u" | "_s + ShortcutsDialog::keysText(a);
        QVERIFY2(rows.contains(row), qPrintable(row));
    }
    QVERIFY(withShortcut >= 20);
    QVERIFY(rows.contains(u"Close | Ctrl+W"_s));
    QVERIFY(rows.contains(u"Add Phase | Ins"_s));
}

void TestWindowChores::quickGuideInKorean()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    const QUrl korean = HelpBrowser::guideUrl(HelpBrowser::Guide::QuickGuide);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QUrl english = HelpBrowser::guideUrl(HelpBrowser::Guide::QuickGuide);
    QLocale::setDefault(before);
    QCOMPARE(korean, QUrl(u"qrc:/docs/quick-guide.ko.md"_s));
    QCOMPARE(english, QUrl(u"qrc:/docs/quick-guide.md"_s));
    for (const QUrl &url : {korean, english})
        QVERIFY(QFile::exists(u':' + url.path()));
}

void TestWindowChores::emptyPlanSaysWhatToDo()
{
    const QStringList hint = TimelinePainter::emptyPlanHint(u"Ins"_s);
    QCOMPARE(hint.size(), 3);
    QVERIFY(hint.at(1).contains(u"Add a phase (Ins"_s));
    QVERIFY(hint.at(2).contains(u"Drag an item from the catalog"_s));

    // On screen, the empty plan's body shows the hint: pixels other than the base colour.
    PlanDocument doc;
    TimelineView view(&doc);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto &m = view.geometry().metrics();
    const QImage image = view.viewport()->grab().toImage();
    const QColor base = view.palette().color(QPalette::Base);
    int ink = 0;
    for (int y = int(m.rulerHeight) + 1; y < image.height(); ++y) {
        for (int x = int(m.headerWidth) + 1; x < image.width(); ++x)
            ink += image.pixelColor(x, y) != base ? 1 : 0;
    }
    QVERIFY2(ink > 200, qPrintable(QString::number(ink)));

    // Lanes are labelled; an empty lane says what it takes.
    QCOMPARE(TimelinePainter::laneLabel(false, false), u"Counterpart steps"_s);
    QCOMPARE(TimelinePainter::laneLabel(true, false), u"Relief"_s);
    QVERIFY(TimelinePainter::laneLabel(false, true).contains(u"drag an action here"_s));
    QVERIFY(TimelinePainter::laneLabel(true, true).contains(u"drag a sanctions item here"_s));
}

QTEST_MAIN(TestWindowChores)
#include "tst_windowchores.moc"
