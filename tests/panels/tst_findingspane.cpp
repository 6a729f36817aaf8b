// Tests of the findings pane: a tiny plan that breaks INT-3 and INT-4 is
// listed; the severity, rule, phase and waived filters change the visible
// rows; waiving and un-waiving through the pane push one undoable command
// each; stale waivers are listed apart and removable; Enter and double-click
// emit activated(phase, item).

#include "document/commands.h"
#include "document/plandocument.h"
#include "models/findingsmodel.h"
#include "models/roles.h"
#include "panels/findingspane.h"
#include "panels/waiverdialog.h"
#include "rules/checker.h"
#include "rules/fixhints.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace tranche;

namespace {

SanctionsItem item(const QString &id)
{
    SanctionsItem it;
    it.id = id;
    it.name = u"Item "_s + id;
    it.authority = Authority::Other; // no LAW-1 warnings, no FIN-1 coverage
    it.annualValueUsd = 1e6;
    return it;
}

Placement placement(const QString &itemId, int start, int end, bool snapback)
{
    Placement p;
    p.item = itemId;
    p.start = start;
    p.end = end;
    p.snapback = snapback;
    return p;
}

// p1: INT-3 and INT-4 on item a, b passes; p2: INT-4 on item c; each phase a
// LAW-1 info; FIN-1 (no final phase) names no phase.
Plan tinyPlan()
{
    Plan plan;
    plan.meta.title = u"Tiny"_s;
    plan.meta.referenceValueUsd = 1e9;
    plan.catalog.items = {item(u"a"_s), item(u"b"_s), item(u"c"_s)};
    CounterpartAction freeze;
    freeze.id = u"freeze"_s;
    freeze.name = u"Freeze"_s;
    freeze.weight = 10;
    CounterpartAction declare = freeze;
    declare.id = u"declare"_s;
    declare.name = u"Declare"_s;
    plan.catalog.actions = {freeze, declare};

    Phase p1;
    p1.id = u"p1"_s;
    p1.name = u"First step"_s;
    p1.start = 0;
    p1.end = 12;
    p1.actions = {RequiredAction{u"freeze"_s, 0, {}}, RequiredAction{u"declare"_s, 0, {}}};
    p1.reliefs = {placement(u"a"_s, 1, 10, false), placement(u"b"_s, 1, 4, true)};
    Phase p2;
    p2.id = u"p2"_s;
    p2.name = u"Second step"_s;
    p2.start = 12;
    p2.end = 24;
    p2.actions = {RequiredAction{u"declare"_s, 12, {}}};
    p2.reliefs = {placement(u"c"_s, 13, 16, false)};
    plan.phases = {p1, p2};
    return plan;
}

QString key(const Finding &f)
{
    return f.rule + u'/' + f.phase + u'/' + f.item;
}

QStringList visibleKeys(const FindingsPane &pane)
{
    QStringList keys;
    for (int r = 0; r < pane.proxyModel()->rowCount(); ++r)
        keys << key(pane.findingAt(r));
    return keys;
}

int rowOf(const FindingsPane &pane, const QString &k)
{
    for (int r = 0; r < pane.proxyModel()->rowCount(); ++r) {
        if (key(pane.findingAt(r)) == k)
            return r;
    }
    return -1;
}

// Canonical order: the finding naming no phase first, then phases in order.
const QStringList kAll = {u"FIN-1//"_s,   u"INT-3/p1/a"_s, u"INT-4/p1/a"_s,
                          u"LAW-1/p1/"_s, u"INT-4/p2/c"_s, u"LAW-1/p2/"_s};

} // namespace

class TestFindingsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsFindings();
    void filters_data();
    void filters();
    void waiveAndUndo();
    void waiveThroughDialog();
    void namesAndHowToFix_data();
    void namesAndHowToFix();
    void waiverDialogRequiresJustification();
    void waiverDialogRequiresAuthor_data();
    void waiverDialogRequiresAuthor();
    void staleWaiver();
    void activated_data();
    void activated();
    void followsEdits();

private:
    QTemporaryDir m_settingsDir;
};

void TestFindingsPane::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(u"tranche-tests"_s);
    QCoreApplication::setApplicationName(u"tst_findingspane"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestFindingsPane::listsFindings()
{
    PlanDocument doc(tinyPlan());
    Checker checker(&doc);
    FindingsPane pane;
    QAbstractItemModelTester tester(pane.proxyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&pane, &FindingsPane::countsChanged);
    pane.setDocument(&doc, &checker);

    QCOMPARE(visibleKeys(pane), kAll);
    QCOMPARE(pane.proxyModel()->columnCount(), int(FindingsModel::ColumnCount));
    const FindingCounts c = pane.counts();
    QCOMPARE(c.violations, 3);
    QCOMPARE(c.warnings, 1);
    QCOMPARE(c.infos, 2);
    QCOMPARE(c.waived, 0);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.last().at(0).toInt(), 3);
    QCOMPARE(counts.last().at(1).toInt(), 1);
    QCOMPARE(counts.last().at(2).toInt(), 2);

    // Severity icon per row, the message with its numbers in the message column.
    const int row = rowOf(pane, u"INT-3/p1/a"_s);
    QVERIFY(row >= 0);
    const QModelIndex sev = pane.proxyModel()->index(row, FindingsModel::SeverityColumn);
    QVERIFY(!sev.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString message =
        pane.proxyModel()->index(row, FindingsModel::MessageColumn).data().toString();
    QVERIFY2(message.contains(u"9 months"_s), qPrintable(message));

    // The detail panel shows the principle and the message.
    pane.setCurrentRow(row);
    QVERIFY(pane.detailText().contains(u"Interim relief has a fixed end"_s));
    QVERIFY(pane.detailText().contains(message));
    QVERIFY(pane.detailText().contains(u"First step"_s));
}

void TestFindingsPane::namesAndHowToFix_data()
{
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("phase"); // the list's phase and item cells
    QTest::addColumn<QString>("item");
    QTest::newRow("INT-3") << u"INT-3/p1/a"_s << u"p1 \u00b7 First step"_s << u"a \u00b7 Item a"_s;
    QTest::newRow("INT-4") << u"INT-4/p2/c"_s << u"p2 \u00b7 Second step"_s << u"c \u00b7 Item c"_s;
    QTest::newRow("LAW-1") << u"LAW-1/p1/"_s << u"p1 \u00b7 First step"_s << QString();
    QTest::newRow("FIN-1") << u"FIN-1//"_s << QString() << QString();
}

// The list names phases and items beside their ids; the detail says how to fix
// the finding (its rule's hint) after the whole message.
void TestFindingsPane::namesAndHowToFix()
{
    QFETCH(QString, finding);
    QFETCH(QString, phase);
    QFETCH(QString, item);
    PlanDocument doc(tinyPlan());
    Checker checker(&doc);
    FindingsPane pane;
    pane.setDocument(&doc, &checker);
    const int row = rowOf(pane, finding);
    QVERIFY(row >= 0);
    const QAbstractItemModel *model = pane.proxyModel();
    QCOMPARE(model->index(row, FindingsModel::PhaseColumn).data().toString(), phase);
    QCOMPARE(model->index(row, FindingsModel::ItemColumn).data().toString(), item);
    pane.setCurrentRow(row);
    const Finding f = pane.findingAt(row);
    const QString detail = pane.detailText();
    QVERIFY2(detail.contains(f.message), qPrintable(detail));
    QVERIFY(!fixHint(f.rule).isEmpty());
    QVERIFY2(detail.contains(u"How to fix: "_s + fixHint(f.rule)), qPrintable(detail));
}

void TestFindingsPane::filters_data()
{
    QTest::addColumn<bool>("showViolations");
    QTest::addColumn<bool>("showWarnings");
    QTest::addColumn<bool>("showInfos");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QVariant>("phase"); // invalid: no phase filter
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("everything") << true << true << true << QString() << QVariant() << kAll;
    QTest::newRow("violations only")
        << true << false << false << QString() << QVariant()
        << QStringList{u"INT-3/p1/a"_s, u"INT-4/p1/a"_s, u"INT-4/p2/c"_s};
    QTest::newRow("no violations") << false << true << true << QString() << QVariant()
                                   << QStringList{u"FIN-1//"_s, u"LAW-1/p1/"_s, u"LAW-1/p2/"_s};
    QTest::newRow("warnings only")
        << false << true << false << QString() << QVariant() << QStringList{u"FIN-1//"_s};
    QTest::newRow("nothing") << false << false << false << QString() << QVariant() << QStringList();
    QTest::newRow("rule INT-4") << true << true << true << u"INT-4"_s << QVariant()
                                << QStringList{u"INT-4/p1/a"_s, u"INT-4/p2/c"_s};
    QTest::newRow("rule INT-3") << true << true << true << u"INT-3"_s << QVariant()
                                << QStringList{u"INT-3/p1/a"_s};
    QTest::newRow("rule without findings")
        << true << true << true << u"TGT-1"_s << QVariant() << QStringList();
    QTest::newRow("phase p1") << true << true << true << QString() << QVariant(u"p1"_s)
                              << QStringList{u"INT-3/p1/a"_s, u"INT-4/p1/a"_s, u"LAW-1/p1/"_s};
    QTest::newRow("phase p2, INT-4")
        << true << true << true << u"INT-4"_s << QVariant(u"p2"_s) << QStringList{u"INT-4/p2/c"_s};
    QTest::newRow("no phase") << true << true << true << QString() << QVariant(QString())
                              << QStringList{u"FIN-1//"_s};
    QTest::newRow("phase p1, infos only")
        << false << false << true << QString() << QVariant(u"p1"_s) << QStringList{u"LAW-1/p1/"_s};
}

void TestFindingsPane::filters()
{
    QFETCH(bool, showViolations);
    QFETCH(bool, showWarnings);
    QFETCH(bool, showInfos);
    QFETCH(QString, rule);
    QFETCH(QVariant, phase);
    QFETCH(QStringList, expected);

    PlanDocument doc(tinyPlan());
    Checker checker(&doc);
    FindingsPane pane;
    QAbstractItemModelTester tester(pane.proxyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.setDocument(&doc, &checker);

    pane.setSeverityShown(Severity::Violation, showViolations);
    pane.setSeverityShown(Severity::Warning, showWarnings);
    pane.setSeverityShown(Severity::Info, showInfos);
    pane.setRuleFilter(rule);
    if (phase.isValid())
        pane.setPhaseFilter(phase.toString());
    QCOMPARE(pane.ruleFilter(), rule);
    QCOMPARE(pane.hasPhaseFilter(), phase.isValid());
    QCOMPARE(visibleKeys(pane), expected);

    // Clearing every filter shows all rows again.
    pane.setSeverityShown(Severity::Violation, true);
    pane.setSeverityShown(Severity::Warning, true);
    pane.setSeverityShown(Severity::Info, true);
    pane.setRuleFilter(QString());
    pane.clearPhaseFilter();
    QCOMPARE(visibleKeys(pane), kAll);
}

void TestFindingsPane::waiveAndUndo()
{
    PlanDocument doc(tinyPlan());
    Checker checker(&doc);
    FindingsPane pane;
    QAbstractItemModelTester tester(pane.proxyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.setDocument(&doc, &checker);
    QSignalSpy undoIndex(doc.undoStack(), &QUndoStack::indexChanged);
    QSignalSpy counts(&pane, &FindingsPane::countsChanged);

    const int row = rowOf(pane, u"INT-3/p1/a"_s);
    pane.setCurrentRow(row);
    const Finding finding = pane.currentFinding();
    QCOMPARE(key(finding), u"INT-3/p1/a"_s);
    QVERIFY(!pane.waiveFinding(finding, u"   "_s, u"Ann"_s, QDate(2026, 11, 27)));
    QCOMPARE(undoIndex.size(), 0);
    QVERIFY(pane.waiveFinding(finding, u"Agreed at the table"_s, u"Ann"_s, QDate(2026, 11, 27)));
    QCOMPARE(undoIndex.size(), 1);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.plan().waivers.size(), 1);
    QCOMPARE(doc.plan().waivers.first().justification, u"Agreed at the table"_s);
    QCOMPARE(doc.plan().waivers.first().author, u"Ann"_s);
    // Waiving twice does nothing.
    QVERIFY(!pane.waiveFinding(finding, u"again"_s, u"Ann"_s, QDate(2026, 11, 27)));
    QCOMPARE(undoIndex.size(), 1);

    // Shown waived: the row keeps its place, greyed, marked, in the counts.
    const int waivedRow = rowOf(pane, u"INT-3/p1/a"_s);
    QCOMPARE(waivedRow, row);
    const QModelIndex idx = pane.proxyModel()->index(waivedRow, 0);
    QCOMPARE(idx.data(WaivedRole).toBool(), true);
    QVERIFY(idx.data(Qt::DisplayRole).toString().contains(u"waived"_s));
    QVERIFY(idx.data(Qt::ForegroundRole).isValid());
    QCOMPARE(pane.counts().violations, 2);
    QCOMPARE(pane.counts().waived, 1);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.last().at(3).toInt(), 1);
    QVERIFY(pane.currentFinding().waived);
    QVERIFY(pane.detailText().contains(u"Agreed at the table"_s));
    QVERIFY(pane.detailText().contains(u"Ann"_s));
    QVERIFY(pane.findChild<QPushButton *>(u"removeWaiverButton"_s)->isEnabled());
    QVERIFY(!pane.findChild<QPushButton *>(u"waiveButton"_s)->isEnabled());

    // Hiding waived findings hides it.
    pane.setShowWaived(false);
    QCOMPARE(rowOf(pane, u"INT-3/p1/a"_s), -1);
    QCOMPARE(pane.proxyModel()->rowCount(), kAll.size() - 1);
    pane.setShowWaived(true);
    QCOMPARE(pane.proxyModel()->rowCount(), kAll.size());

    // Undo restores.
    doc.undoStack()->undo();
    QCOMPARE(doc.plan().waivers.size(), 0);
    QCOMPARE(pane.findingAt(row).waived, false);
    QCOMPARE(pane.counts().violations, 3);
    QCOMPARE(pane.counts().waived, 0);
    doc.undoStack()->redo();
    QCOMPARE(pane.findingAt(row).waived, true);

    // Removing the waiver is one command, and undoable.
    pane.setCurrentRow(row);
    pane.removeCurrentWaiver();
    QCOMPARE(doc.undoStack()->count(), 2);
    QCOMPARE(doc.plan().waivers.size(), 0);
    QCOMPARE(pane.findingAt(row).waived, false);
    QVERIFY(!pane.removeWaiver(pane.findingAt(row)));
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QCOMPARE(pane.findingAt(row).waived, true);
}

void TestFindingsPane::waiveThroughDialog()
{
    QSettings().setValue(u"waivers/author"_s, u"Remembered Author"_s);
    PlanDocument doc(tinyPlan());
    Checker checker(&doc);
    FindingsPane pane;
    pane.setDocument(&doc, &checker);
    const int row = rowOf(pane, u"INT-4/p2/c"_s);
    pane.setCurrentRow(row);

    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        auto *dialog = qobject_cast<WaiverDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        QCOMPARE(dialog->waiver().author, u"Remembered Author"_s);
        QCOMPARE(dialog->waiver().date, QDate::currentDate());
        const auto *label = dialog->findChild<QLabel *>(u"waiverFinding"_s);
        QVERIFY(label);
        // The finding by its phase's and item's names beside their ids.
        QVERIFY2(label->text().startsWith(u"INT-4 (Second step (p2), item Item c (c)): "_s),
                 qPrintable(label->text()));
        dialog->setJustification(u"Snapback written into the side letter"_s);
        dialog->accept();
    });
    pane.findChild<QPushButton *>(u"waiveButton"_s)->click();
    QVERIFY(seen);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.plan().waivers.size(), 1);
    const Waiver w = doc.plan().waivers.first();
    QCOMPARE(w.rule, u"INT-4"_s);
    QCOMPARE(w.phase, u"p2"_s);
    QCOMPARE(w.item, u"c"_s);
    QCOMPARE(w.author, u"Remembered Author"_s);
    QCOMPARE(pane.findingAt(row).waived, true);
}

void TestFindingsPane::waiverDialogRequiresJustification()
{
    Finding f;
    f.rule = u"INT-3"_s;
    f.phase = u"p1"_s;
    f.item = u"a"_s;
    f.message = u"m"_s;
    WaiverDialog dialog(f);
    dialog.setAuthor(u"Ann"_s);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.isComplete());
    auto *text = dialog.findChild<QPlainTextEdit *>(u"justification"_s);
    QVERIFY(text);
    QTest::keyClicks(text, u"  "_s);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(text, u"why"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.waiver().justification, u"why"_s);
    QCOMPARE(dialog.waiver().rule, u"INT-3"_s);
    QCOMPARE(dialog.waiver().phase, u"p1"_s);
    QCOMPARE(dialog.waiver().item, u"a"_s);
}

void TestFindingsPane::waiverDialogRequiresAuthor_data()
{
    QTest::addColumn<QString>("justification");
    QTest::addColumn<QString>("author");
    QTest::addColumn<bool>("complete");
    QTest::newRow("both") << u"why"_s << u"Ann"_s << true;
    QTest::newRow("no author") << u"why"_s << QString() << false;
    QTest::newRow("blank author") << u"why"_s << u"   "_s << false;
    QTest::newRow("no justification") << QString() << u"Ann"_s << false;
    QTest::newRow("neither") << QString() << QString() << false;
}

void TestFindingsPane::waiverDialogRequiresAuthor()
{
    QFETCH(QString, justification);
    QFETCH(QString, author);
    QFETCH(bool, complete);
    Finding f;
    f.rule = u"INT-3"_s;
    f.message = u"m"_s;
    WaiverDialog dialog(f);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *authorEdit = dialog.findChild<QLineEdit *>(u"author"_s);
    QVERIFY(authorEdit);
    authorEdit->clear();
    QTest::keyClicks(authorEdit, author);
    QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(u"justification"_s), justification);
    QCOMPARE(dialog.isComplete(), complete);
    QCOMPARE(ok->isEnabled(), complete);
    dialog.accept(); // refused while incomplete
    QCOMPARE(dialog.result(), complete ? int(QDialog::Accepted) : int(QDialog::Rejected));
}

void TestFindingsPane::staleWaiver()
{
    Plan plan = tinyPlan();
    Waiver stale;
    stale.rule = u"TGT-1"_s;
    stale.phase = u"p1"_s;
    stale.item = u"b"_s;
    stale.justification = u"old"_s;
    stale.author = u"Bob"_s;
    stale.date = QDate(2026, 1, 2);
    Waiver live;
    live.rule = u"INT-4"_s;
    live.phase = u"p2"_s;
    live.item = u"c"_s;
    live.justification = u"ok"_s;
    plan.waivers = {stale, live};
    PlanDocument doc(plan);
    Checker checker(&doc);
    FindingsPane pane;
    pane.setDocument(&doc, &checker);

    QCOMPARE(pane.staleWaivers(), QList<Waiver>{stale});
    auto *list = pane.findChild<QTreeWidget *>(u"staleWaivers"_s);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"TGT-1"_s);
    QCOMPARE(pane.counts().waived, 1);

    // An edit that removes the live waiver's finding makes that waiver stale too.
    doc.undoStack()->push(
        new EditPlacementFieldCommand(&doc, PlacementRef{1, 0}, PlacementField::Snapback, true));
    QCOMPARE(pane.staleWaivers(), (QList<Waiver>{stale, live}));
    doc.undoStack()->undo();
    QCOMPARE(pane.staleWaivers(), QList<Waiver>{stale});

    // Removing it from the list is one undoable command.
    const int before = doc.undoStack()->index();
    list->topLevelItem(0)->setSelected(true);
    pane.findChild<QPushButton *>(u"removeStaleButton"_s)->click();
    QCOMPARE(doc.undoStack()->index(), before + 1);
    QCOMPARE(doc.plan().waivers, QList<Waiver>{live});
    QCOMPARE(pane.staleWaivers(), QList<Waiver>());
    QCOMPARE(list->topLevelItemCount(), 0);
    doc.undoStack()->undo();
    QCOMPARE(pane.staleWaivers(), QList<Waiver>{stale});
    QVERIFY(pane.removeStaleWaiver(0));
    QCOMPARE(doc.plan().waivers, QList<Waiver>{live});
}

void TestFindingsPane::activated_data()
{
    QTest::addColumn<QString>("finding");
    QTest::addColumn<bool>("doubleClick");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("item");
    QTest::newRow("placement, Enter") << u"INT-4/p2/c"_s << false << u"p2"_s << u"c"_s;
    QTest::newRow("placement, double-click") << u"INT-3/p1/a"_s << true << u"p1"_s << u"a"_s;
    QTest::newRow("phase, Enter") << u"LAW-1/p1/"_s << false << u"p1"_s << QString();
    QTest::newRow("no phase, double-click") << u"FIN-1//"_s << true << QString() << QString();
}

void TestFindingsPane::activated()
{
    QFETCH(QString, finding);
    QFETCH(bool, doubleClick);
    QFETCH(QString, phase);
    QFETCH(QString, item);

    PlanDocument doc(tinyPlan());
    Checker checker(&doc);
    FindingsPane pane;
    pane.setDocument(&doc, &checker);
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy spy(&pane, &FindingsPane::activated);

    const int row = rowOf(pane, finding);
    QVERIFY(row >= 0);
    QTableView *view = pane.view();
    if (doubleClick) {
        const QModelIndex index = pane.proxyModel()->index(row, FindingsModel::MessageColumn);
        view->scrollTo(index);
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    } else {
        view->setFocus();
        pane.setCurrentRow(row);
        QTest::keyClick(view, Qt::Key_Return);
    }
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(0).toString(), phase);
    QCOMPARE(spy.first().at(1).toString(), item);
}

void TestFindingsPane::followsEdits()
{
    PlanDocument doc(tinyPlan());
    Checker checker(&doc);
    FindingsPane pane;
    QAbstractItemModelTester tester(pane.proxyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.setDocument(&doc, &checker);
    pane.setRuleFilter(u"INT-4"_s);
    QCOMPARE(pane.proxyModel()->rowCount(), 2);
    QSignalSpy counts(&pane, &FindingsPane::countsChanged);

    // Giving c its snapback removes one INT-4 finding from the filtered rows.
    doc.undoStack()->push(
        new EditPlacementFieldCommand(&doc, PlacementRef{1, 0}, PlacementField::Snapback, true));
    QCOMPARE(visibleKeys(pane), QStringList{u"INT-4/p1/a"_s});
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.last().at(0).toInt(), 2);
    doc.undoStack()->undo();
    QCOMPARE(visibleKeys(pane), (QStringList{u"INT-4/p1/a"_s, u"INT-4/p2/c"_s}));

    // A phase renamed keeps the phase filter on its id; a new phase appears in the combo.
    pane.setRuleFilter(QString());
    pane.setPhaseFilter(u"p2"_s);
    QCOMPARE(visibleKeys(pane), (QStringList{u"INT-4/p2/c"_s, u"LAW-1/p2/"_s}));
    Phase p3;
    p3.id = u"p3"_s;
    p3.start = 24;
    p3.end = 30;
    doc.undoStack()->push(new AddPhaseCommand(&doc, 2, p3));
    pane.setPhaseFilter(u"p3"_s);
    QCOMPARE(pane.phaseFilter(), u"p3"_s);
    QCOMPARE(visibleKeys(pane), QStringList());

    // Detaching leaves an empty pane.
    pane.setDocument(nullptr, nullptr);
    QCOMPARE(pane.proxyModel()->rowCount(), 0);
}

QTEST_MAIN(TestFindingsPane)
#include "tst_findingspane.moc"
