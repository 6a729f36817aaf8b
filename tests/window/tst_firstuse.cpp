// The editor for a first-time user, on the window: a drop that cannot fill the
// escrow terms opens the inspector on the field ESC-1 names; a failed save says
// why in plain words and offers Save As.

#include "document/commands.h"
#include "document/plandocument.h"
#include "io/planio.h"
#include "io/planrepair.h"
#include "models/mimetypes.h"
#include "panels/catalogpalette.h"
#include "panels/inspector.h"
#include "support/timelinetestplan.h"
#include "timeline/timelinegeometry.h"
#include "timeline/timelineview.h"
#include "window/mainwindow.h"
#include "window/repairdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace tranche;
using namespace Qt::StringLiterals;

class TestFirstUse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyEscrowTermOpensInspector_data();
    void emptyEscrowTermOpensInspector();
    void saveErrorOffersSaveAs();
    void repairOnOpen_data();
    void repairOnOpen();
    void openErrorNamesPhases();
    void repairListIsPlainText();
};

namespace {

// Drops catalog item `id` on the relief lane of `phase`, at its start.
void dropItem(TimelineView *view, int phase, const QString &id)
{
    const TimelineGeometry &geo = view->geometry();
    const QRectF lane = geo.reliefLaneRect(phase);
    const int month = view->document()->plan().phases.at(phase).start;
    view->ensureContentVisible(QRectF(geo.monthToX(month), lane.top(), 20, lane.height()));
    const QPoint at =
        view->contentToViewport(QPointF(geo.monthToX(month) + 4, lane.center().y())).toPoint();
    const auto mime = testing::payload(QString(mime::kCatalogItems), u"items"_s, {id});
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &move);
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &drop);
}

} // namespace

void TestFirstUse::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFirstUse::emptyEscrowTermOpensInspector_data()
{
    QTest::addColumn<bool>("drop");     // else Ctrl+Return in the catalog (itemActivated)
    QTest::addColumn<QString>("agent"); // of the plan's only escrowed placement ("-": none)
    QTest::addColumn<QString>("uses");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("focused"); // the inspector field with the focus, or ""
    for (const bool drop : {true, false}) {
        const char *how = drop ? "drop" : "catalog";
        QTest::addRow("%s: no escrow yet", how)
            << drop << u"-"_s << QString() << u"un-textiles"_s << u"placementEscrowAgent"_s;
        QTest::addRow("%s: terms without uses", how)
            << drop << u"Bank"_s << QString() << u"un-textiles"_s << u"placementPermittedUses"_s;
        QTest::addRow("%s: terms taken over", how)
            << drop << u"Bank"_s << u"food"_s << u"un-textiles"_s << QString();
        QTest::addRow("%s: not escrowable", how)
            << drop << u"-"_s << QString() << u"us-fin"_s << QString();
    }
}

void TestFirstUse::emptyEscrowTermOpensInspector()
{
    QFETCH(bool, drop);
    QFETCH(QString, agent);
    QFETCH(QString, uses);
    QFETCH(QString, item);
    QFETCH(QString, focused);

    MainWindow w;
    w.setInteractive(false);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    Plan plan = testing::timelineTestPlan();
    Placement &coal = plan.phases[0].reliefs[0];
    if (agent == u"-"_s)
        coal.escrowShare = 0;
    else
        coal.escrowAgent = agent;
    coal.permittedUses = uses;
    w.document()->resetPlan(plan);
    w.timeline()->setFocus();

    if (drop)
        dropItem(w.timeline(), 1, item);
    else {
        w.timeline()->setSelectedPhase(1);
        Q_EMIT w.palette()->itemActivated(item);
    }
    QCOMPARE(w.document()->plan().phases.at(1).reliefs.size(), 2);
    QCOMPARE(w.document()->plan().phases.at(1).reliefs.at(1).item, item);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    if (focused.isEmpty()) {
        QVERIFY2(!w.inspector()->isAncestorOf(focus), qPrintable(focus->objectName()));
        return;
    }
    QCOMPARE(w.inspector()->mode(), Inspector::Mode::Placement);
    QCOMPARE(w.inspector()->selection(), (PlacementRef{1, 1}));
    QCOMPARE(focus->objectName(), focused);
    QVERIFY(w.inspector()->isAncestorOf(focus));
}

// Saving into a folder that is gone: the message says why and offers Save As.
void TestFirstUse::saveErrorOffersSaveAs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow w;
    w.setInteractive(true);
    w.document()->resetPlan(testing::timelineTestPlan());
    const QString path = dir.filePath(u"gone/plan.tranche"_s);
    w.document()->setFileName(path);
    QAction *save = nullptr;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Save))
            save = a;
    }
    QVERIFY(save);
    QString text;
    bool offered = false;
    QTimer::singleShot(0, &w, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        text = box->text();
        auto *saveAs = box->findChild<QPushButton *>(u"saveAsButton"_s);
        offered = saveAs && saveAs->text() == u"Save &As..."_s && box->defaultButton() == saveAs;
        box->button(QMessageBox::Cancel)->click();
    });
    save->trigger();
    QVERIFY(offered);
    QCOMPARE(text, u"Cannot save %1: the folder %2 does not exist."_s.arg(
                       QDir::toNativeSeparators(path),
                       QDir::toNativeSeparators(dir.filePath(u"gone"_s))));
    QCOMPARE(w.document()->fileName(), path);
}

void TestFirstUse::repairOnOpen_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("accept");
    QTest::newRow("dangling item, repaired") << u"dangling-item"_s << true;
    QTest::newRow("dangling item, cancelled") << u"dangling-item"_s << false;
    QTest::newRow("waivers, repaired") << u"waivers"_s << true;
}

// A plan with a dangling reference: the dialog lists every drop; yes opens the
// repaired plan modified and untitled (a .json file), no changes nothing; the file
// is untouched either way.
void TestFirstUse::repairOnOpen()
{
    QFETCH(QString, fixture);
    QFETCH(bool, accept);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plan.json"_s);
    QVERIFY(
        QFile::copy(QStringLiteral(TRANCHE_FIXTURES "/repair/") + fixture + u"/plan.json"_s, path));
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    original.close();
    const RepairOffer offer = PlanRepair::read(path);
    QVERIFY(offer.repairable());

    MainWindow w;
    w.setInteractive(true);
    QVERIFY(w.openFile(defaultScenarioPath()));
    const Plan before = w.document()->plan();
    QStringList listed;
    bool seen = false;
    QTimer::singleShot(0, &w, [&] {
        auto *dialog = qobject_cast<RepairDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        const QTableWidget *list = dialog->list();
        for (int i = 0; i < list->rowCount(); ++i) {
            listed << list->item(i, 0)->text() + u" | "_s + list->item(i, 1)->text() + u" | "_s +
                          list->item(i, 2)->text();
        }
        if (accept)
            dialog->repairButton()->click();
        else
            dialog->reject();
    });
    QCOMPARE(w.openFile(path), accept);
    QVERIFY(seen);
    QStringList expected;
    for (const RepairStep &step : offer.steps)
        expected << step.where + u" | "_s + step.problem.reason + u" | "_s + step.action;
    QCOMPARE(listed, expected);
    if (accept) {
        QCOMPARE(w.document()->plan(), PlanRepair::apply(*offer.plan, offer.steps));
        QVERIFY(w.document()->isModified());
        QCOMPARE(w.document()->fileName(), QString());
    } else {
        QCOMPARE(w.document()->plan(), before);
        QVERIFY(!w.document()->isModified());
    }
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), bytes);
}

// A plan that cannot be opened nor repaired: the error names each phase by
// name and id, as the command line does.
void TestFirstUse::openErrorNamesPhases()
{
    const QString path = QStringLiteral(TRANCHE_FIXTURES "/repair/unreadable/plan.json");
    const QString file = QDir::toNativeSeparators(path);
    MainWindow w;
    w.setInteractive(true);
    QString shown;
    QTimer::singleShot(0, &w, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->reject();
        }
    });
    QVERIFY(!w.openFile(path));
    const QString first = file + u": /phases/0/start: must be a number; phase \"Freeze\" (p1)"_s;
    QCOMPARE(shown, first + u'\n' + file +
                        u": /phases/1/reliefs/0/item: unknown item \"un-gone\" (not in the "
                        "catalog); phase \"Complete\" (p2)"_s);
    QCOMPARE(w.statusBar()->currentMessage(), first);
}

// Names, ids and reasons in the repair list come from the file: a name that
// looks like markup is shown as written, in the cells and their tool tips.
void TestFirstUse::repairListIsPlainText()
{
    RepairOffer offer;
    offer.plan = Plan();
    RepairStep step;
    step.where = u"phase \"<b>Freeze</b>\" (p1)"_s;
    step.problem.pointer = u"/phases/0/reliefs/0/item"_s;
    step.problem.reason = u"unknown item \"<img src='x.png'>coal\""_s;
    step.action = u"the relief <i>is</i> dropped"_s;
    offer.steps = {step};
    RepairDialog dialog(u"plan.json"_s, offer);
    const QStringList shown{step.where, step.problem.pointer + u": "_s + step.problem.reason,
                            step.action};
    for (int c = 0; c < 3; ++c) {
        const QTableWidgetItem *cell = dialog.list()->item(0, c);
        const QString tip = cell->toolTip();
        QTextDocument rendered; // as QToolTip decides between plain and rich text
        if (Qt::mightBeRichText(tip))
            rendered.setHtml(tip);
        else
            rendered.setPlainText(tip);
        QCOMPARE(rendered.toPlainText(), shown.at(c));
    }
    QCOMPARE(dialog.list()->item(0, 1)->text(), step.problem.reason);
}

QTEST_MAIN(TestFirstUse)
#include "tst_firstuse.moc"
