// The editor window's file commands: open, save, reopen, refusal of a bad file
// with the open document untouched, the modified mark in the title, and
// recovery of unsaved changes after a simulated crash.

#include "document/commands.h"
#include "document/plandocument.h"
#include "export/exporter.h"
#include "io/planio.h"
#include "io/recovery.h"
#include "window/dockcontent.h"
#include "window/helpbrowser.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>

#include <memory>

using namespace tranche;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensBundledScenario();
    void saveAndReopen_data();
    void saveAndReopen();
    void badFileLeavesDocumentUntouched_data();
    void badFileLeavesDocumentUntouched();
    void titleShowsModifiedMark();
    void recoversAfterCrash();
    void cleanCloseLeavesNoRecovery();
    void closeRewritesOnlyChangedLayout();
    void toolBarAddsPhase();
    void reportDetailMenu_data();
    void reportDetailMenu();
    void lazyDocksBuiltOnFirstUse_data();
    void lazyDocksBuiltOnFirstUse();
    void copyChartBeforeChartsBuilt();
    void helpMenuShowsGuides_data();
    void helpMenuShowsGuides();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::opensBundledScenario()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openFile(defaultScenarioPath()));
    QVERIFY(!w.document()->plan().phases.isEmpty());
    QVERIFY(!w.document()->isModified());
    QVERIFY(w.document()->fileName().isEmpty()); // a bundled scenario is saved under a new name
}

void TestMainWindow::saveAndReopen_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("tranche") << QStringLiteral(".tranche");
    QTest::newRow("json") << QStringLiteral(".json");
}

void TestMainWindow::saveAndReopen()
{
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openFile(defaultScenarioPath()));
    PlanDocument *doc = w.document();
    doc->undoStack()->push(
        new EditMetaFieldCommand(doc, MetaField::Title, QStringLiteral("Reopened")));
    const QString path = dir.filePath(QStringLiteral("plan") + suffix);
    QVERIFY(w.saveTo(path));

    MainWindow other;
    other.setInteractive(false);
    QVERIFY(other.openFile(path));
    QCOMPARE(other.document()->plan(), doc->plan());
}

void TestMainWindow::badFileLeavesDocumentUntouched_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("random bytes") << QStringLiteral("x.tranche")
                                  << QByteArray("\x01\x02garbage\xff", 11);
    QTest::newRow("bad json") << QStringLiteral("x.json") << QByteArray("{\"format\": ");
    QTest::newRow("missing file") << QStringLiteral("absent.tranche") << QByteArray();
}

void TestMainWindow::badFileLeavesDocumentUntouched()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openFile(defaultScenarioPath()));
    PlanDocument *doc = w.document();
    doc->undoStack()->push(new EditMetaFieldCommand(doc, MetaField::Title, QStringLiteral("Mine")));
    const Plan before = doc->plan();
    QVERIFY(!w.openFile(path));
    QCOMPARE(doc->plan(), before);
    QVERIFY(doc->isModified());
    QCOMPARE(doc->undoStack()->count(), 1);
}

void TestMainWindow::titleShowsModifiedMark()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openFile(defaultScenarioPath()));
    QVERIFY(!w.isWindowModified());
    w.document()->undoStack()->push(
        new EditMetaFieldCommand(w.document(), MetaField::Title, QStringLiteral("Edited")));
    QVERIFY(w.isWindowModified());
    QVERIFY(w.windowTitle().contains(QLatin1StringView("[*]")));
    w.document()->undoStack()->undo();
    QVERIFY(!w.isWindowModified());
}

void TestMainWindow::recoversAfterCrash()
{
    QTemporaryDir recoveryDir;
    Plan edited;
    {
        // A window with unsaved changes autosaves, then "crashes": it is destroyed
        // without closeEvent, so its recovery file stays behind.
        MainWindow crashed;
        crashed.setInteractive(false);
        crashed.setRecoveryStore(std::make_unique<RecoveryStore>(recoveryDir.path()));
        QVERIFY(crashed.openFile(defaultScenarioPath()));
        PlanDocument *doc = crashed.document();
        doc->undoStack()->push(
            new EditMetaFieldCommand(doc, MetaField::Title, QStringLiteral("Unsaved work")));
        crashed.autosave();
        edited = doc->plan();
    }
    MainWindow next;
    next.setInteractive(false);
    next.setRecoveryStore(std::make_unique<RecoveryStore>(recoveryDir.path()));
    QVERIFY(next.offerRecovery());
    QCOMPARE(next.document()->plan(), edited);
    QVERIFY(next.document()->isModified());
    // Recovered once: a third window finds nothing more to recover from the crash.
    MainWindow third;
    third.setInteractive(false);
    third.setRecoveryStore(std::make_unique<RecoveryStore>(recoveryDir.path()));
    RecoveryStore store(recoveryDir.path());
    QCOMPARE(store.pending(next.sessionId()).size(), 0);
}

void TestMainWindow::cleanCloseLeavesNoRecovery()
{
    QTemporaryDir recoveryDir;
    MainWindow w;
    w.setInteractive(false);
    w.setRecoveryStore(std::make_unique<RecoveryStore>(recoveryDir.path()));
    QVERIFY(w.openFile(defaultScenarioPath()));
    w.document()->undoStack()->push(
        new EditMetaFieldCommand(w.document(), MetaField::Title, QStringLiteral("Edited")));
    w.autosave();
    RecoveryStore store(recoveryDir.path());
    QCOMPARE(store.pending().size(), 1);
    QVERIFY(w.close());
    QCOMPARE(store.pending().size(), 0);
}

// Closing the window saves its geometry and dock layout, but an exit that
// changed neither leaves the settings file as it was (not rewritten).
void TestMainWindow::closeRewritesOnlyChangedLayout()
{
    QSettings().remove(u"window"_s);
    const auto openAndClose = [](const QSize &resizeTo) {
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        if (resizeTo.isValid())
            w.resize(resizeTo);
        QVERIFY(w.close());
    };
    openAndClose({}); // the default layout, saved
    openAndClose({}); // the saved one restored, saved as restored
    const QString file = QSettings().fileName();
    const QByteArray state = QSettings().value(u"window/state"_s).toByteArray();
    QVERIFY(!state.isEmpty());
    const QDateTime old(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);
    {
        QFile settingsFile(file);
        QVERIFY(settingsFile.open(QIODevice::ReadWrite));
        QVERIFY(settingsFile.setFileTime(old, QFileDevice::FileModificationTime));
    }
    openAndClose({});
    QCOMPARE(QFileInfo(file).lastModified().toUTC(), old);
    QCOMPARE(QSettings().value(u"window/state"_s).toByteArray(), state);

    const QByteArray geometry = QSettings().value(u"window/geometry"_s).toByteArray();
    openAndClose({700, 500});
    QVERIFY(QFileInfo(file).lastModified().toUTC() != old);
    QVERIFY(QSettings().value(u"window/geometry"_s).toByteArray() != geometry);
    QSettings().remove(u"window"_s);
}

void TestMainWindow::toolBarAddsPhase()
{
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = window.findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(bar);
    QStringList texts;
    QAction *addPhase = nullptr;
    for (QAction *a : bar->actions()) {
        if (a->isSeparator())
            continue;
        texts << a->text();
        if (a->text() == u"Add &Phase"_s || a->text().remove(u'&') == u"Add Phase"_s)
            addPhase = a;
    }
    for (const QString &want : {u"&New Plan"_s, u"&Save"_s, u"Briefing &Report..."_s})
        QVERIFY2(texts.contains(want), qPrintable(texts.join(u" | "_s)));
    QVERIFY2(addPhase, qPrintable(texts.join(u" | "_s)));

    // A click on the button adds a phase, as one undoable step.
    const int phases = int(window.document()->plan().phases.size());
    QWidget *button = bar->widgetForAction(addPhase);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(window.document()->plan().phases.size(), phases + 1);
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->plan().phases.size(), phases);
}

void TestMainWindow::reportDetailMenu_data()
{
    QTest::addColumn<QString>("text"); // of the File > Export > Report Detail entry
    QTest::addColumn<int>("detail");
    QTest::newRow("summary") << u"&Summary"_s << int(ReportDetail::Summary);
    QTest::newRow("full") << u"&Every Placement and Finding"_s << int(ReportDetail::Full);
    QTest::newRow("automatic") << u"&Automatic (summarise very large plans)"_s
                               << int(ReportDetail::Auto);
}

void TestMainWindow::reportDetailMenu()
{
    QFETCH(QString, text);
    QFETCH(int, detail);
    QList<QAction *> entries;
    {
        MainWindow window;
        window.setInteractive(false);
        QMenu *menu = nullptr;
        for (QMenu *m : window.menuBar()->findChildren<QMenu *>()) {
            if (m->title() == u"Report &Detail"_s)
                menu = m;
        }
        QVERIFY(menu);
        entries = menu->actions();
        QCOMPARE(entries.size(), 3);
        QAction *entry = nullptr;
        for (QAction *a : std::as_const(entries)) {
            QVERIFY(a->isCheckable());
            if (a->text() == text)
                entry = a;
        }
        QVERIFY(entry);
        entry->trigger();
        QCOMPARE(int(window.reportDetail()), detail);
        int checked = 0;
        for (QAction *a : std::as_const(entries))
            checked += a->isChecked() ? 1 : 0;
        QCOMPARE(checked, 1);
        QVERIFY(entry->isChecked());
    }
    // Kept for the next window.
    MainWindow again;
    again.setInteractive(false);
    QCOMPARE(int(again.reportDetail()), detail);
}

void TestMainWindow::lazyDocksBuiltOnFirstUse_data()
{
    QTest::addColumn<QString>("dock");    // object name
    QTest::addColumn<QString>("content"); // class of the content built on first use
    QTest::addColumn<bool>("restored");   // in front by a saved layout (else its tab raised)
    QTest::newRow("charts, tab") << u"ChartsDock"_s << u"tranche::ChartsWidget"_s << false;
    QTest::newRow("charts, saved layout") << u"ChartsDock"_s << u"tranche::ChartsWidget"_s << true;
    QTest::newRow("history, tab") << u"HistoryDock"_s << u"QUndoView"_s << false;
    QTest::newRow("history, saved layout") << u"HistoryDock"_s << u"QUndoView"_s << true;
}

// The docks behind other tabs at start are built when first shown, by their
// tab or by a saved layout that has them in front; the docks built at start
// keep their shortcuts.
void TestMainWindow::lazyDocksBuiltOnFirstUse()
{
    QFETCH(QString, dock);
    QFETCH(QString, content);
    QFETCH(bool, restored);
    QSettings().remove(u"window"_s); // the default layout
    auto window = std::make_unique<MainWindow>();
    window->setInteractive(false);
    QVERIFY(window->openFile(defaultScenarioPath()));
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get())); // for the window's shortcuts
    auto *target = window->findChild<QDockWidget *>(dock);
    QVERIFY(target);
    QCOMPARE(target->widget(), nullptr);
    target->raise();
    if (restored) {
        QTRY_VERIFY(target->widget()); // built, then saved in front
        QVERIFY(window->close());
        window = std::make_unique<MainWindow>();
        window->setInteractive(false);
        target = window->findChild<QDockWidget *>(dock);
        QVERIFY(target);
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
    }
    QTRY_VERIFY(target->widget());
    auto *holder = qobject_cast<DockContent *>(target->widget());
    QVERIFY(holder);
    QCOMPARE(QString::fromLatin1(holder->content()->metaObject()->className()), content);
    QVERIFY(holder->content()->isVisible());

    for (const auto &[keys, name] :
         {std::pair{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), u"FindingsDock"_s},
          std::pair{QKeySequence(Qt::CTRL | Qt::Key_I), u"InspectorDock"_s},
          std::pair{QKeySequence(Qt::CTRL | Qt::Key_K), u"CatalogDock"_s}}) {
        QTest::keySequence(window.get(), keys);
        auto *reached = window->findChild<QDockWidget *>(name);
        QVERIFY(reached);
        QTRY_VERIFY2(reached->widget() && reached->widget()->isVisible(), qPrintable(name));
    }
    QSettings().remove(u"window"_s);
}

void TestMainWindow::copyChartBeforeChartsBuilt()
{
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openFile(defaultScenarioPath()));
    QGuiApplication::clipboard()->clear();
    QAction *copy = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C))
            copy = a;
    }
    QVERIFY(copy);
    copy->trigger();
    QCOMPARE(window.chartsDock()->widget(), nullptr); // the copy needs no charts dock
    QVERIFY(!QGuiApplication::clipboard()->image().isNull());
}

// Help > each guide opens the project's own documentation, bundled with the
// program, at its first heading; links between the guides resolve inside it.
void TestMainWindow::helpMenuShowsGuides_data()
{
    QTest::addColumn<QString>("entry"); // the Help menu's text
    QTest::addColumn<QString>("file");  // docs/<file>
    QTest::newRow("quick guide") << u"&Quick Guide"_s << u"quick-guide.md"_s;
    QTest::newRow("principles") << u"The &Principles and Their Rules"_s << u"principles.md"_s;
    QTest::newRow("format") << u"Plan &Format and Command Line"_s << u"plan-format.md"_s;
}

void TestMainWindow::helpMenuShowsGuides()
{
    QFETCH(QString, entry);
    QFETCH(QString, file);
    QFile doc(QStringLiteral(TRANCHE_SOURCE_DIR "/docs/") + file);
    QVERIFY(doc.open(QIODevice::ReadOnly));
    QString heading;
    while (!doc.atEnd() && heading.isEmpty()) {
        const QString line = QString::fromUtf8(doc.readLine()).trimmed();
        if (line.startsWith(u"# "_s))
            heading = line.mid(2);
    }
    QVERIFY(!heading.isEmpty());

    MainWindow window;
    window.setInteractive(false);
    QAction *action = nullptr;
    for (QMenu *m : window.menuBar()->findChildren<QMenu *>()) {
        if (m->title() != u"&Help"_s)
            continue;
        for (QAction *a : m->actions()) {
            if (a->text() == entry)
                action = a;
        }
    }
    QVERIFY2(action, qPrintable(entry));
    action->trigger();
    auto *help = window.findChild<HelpBrowser *>();
    QVERIFY(help);
    QVERIFY(help->isVisible());
    QCOMPARE(help->browser()->source(), QUrl(u"qrc:/docs/"_s + file));
    const QString text = help->browser()->toPlainText();
    QVERIFY2(text.startsWith(heading), qPrintable(text.left(200)));
    QVERIFY(text.size() > 1000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
