// Tests of the inspector: every field edited through its widget pushes the
// matching command with the right value (one undo step, undo restores),
// consecutive edits of one field merge, invalid input is refused, and the
// inspector follows the document's structural changes.

#include "document/commands.h"
#include "document/plandocument.h"
#include "panels/inspector.h"
#include "support/eventcounter.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace tranche;

namespace {

enum Target { PlanTarget, PhaseTarget, PlacementTarget, ActionTarget };

Plan samplePlan()
{
    Plan plan;
    plan.meta.title = u"Sample plan"_s;
    plan.meta.counterpart = u"DPRK"_s;
    plan.meta.start = u"2026-07"_s;
    auto item = [](const QString &id, double value) {
        SanctionsItem it;
        it.id = id;
        it.name = u"Item "_s + id;
        it.annualValueUsd = value;
        return it;
    };
    plan.catalog.items = {item(u"un-coal"_s, 1.2e9), item(u"un-iron"_s, 2.5e8),
                          item(u"un-oil"_s, 4e8)};
    auto action = [](const QString &id, double weight) {
        CounterpartAction a;
        a.id = id;
        a.name = u"Action "_s + id;
        a.weight = weight;
        return a;
    };
    plan.catalog.actions = {action(u"freeze"_s, 4), action(u"yongbyon"_s, 8), action(u"icbm"_s, 9)};

    Phase p1;
    p1.id = u"p1"_s;
    p1.name = u"Freeze and declare"_s;
    p1.kind = PhaseKind::Interim;
    p1.start = 1;
    p1.end = 6;
    p1.actions = {RequiredAction{u"freeze"_s, 2, {}}, RequiredAction{u"yongbyon"_s, 4, {}}};
    Placement coal;
    coal.item = u"un-coal"_s;
    coal.extent = 0.2;
    coal.start = 4;
    coal.end = 10;
    coal.escrowShare = 0.8;
    coal.snapback = true;
    coal.note = u"n"_s;
    Placement iron;
    iron.item = u"un-iron"_s;
    iron.start = 5;
    p1.reliefs = {coal, iron};

    Phase p2;
    p2.id = u"p12"_s;
    p2.name = u"Dismantle"_s;
    p2.kind = PhaseKind::Final;
    p2.start = 6;
    p2.end = 24;
    p2.actions = {RequiredAction{u"icbm"_s, 20, {}}};
    Placement oil;
    oil.item = u"un-oil"_s;
    oil.start = 20;
    p2.reliefs = {oil};
    plan.phases = {p1, p2};
    return plan;
}

// Types `text` into the named control as a user would: replace its content
// (Ctrl+A), type, then press `key` if given. Check boxes and combo boxes take
// only the key (Space, Down).
void edit(QWidget *root, const QString &name, const QString &text, int key = 0)
{
    QWidget *w = root->findChild<QWidget *>(name);
    QVERIFY2(w, qPrintable(name));
    const bool textual = qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                         qobject_cast<QPlainTextEdit *>(w);
    const bool stepKey = key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
                         key == Qt::Key_PageDown;
    if (textual && !stepKey)
        QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(w, text);
    if (key)
        QTest::keyClick(w, Qt::Key(key));
}

void select(Inspector &inspector, Target target)
{
    switch (target) {
    case PlanTarget:
        inspector.clear();
        break;
    case PhaseTarget:
        inspector.setPhase(0);
        break;
    case PlacementTarget:
        inspector.setSelection({0, 0});
        break;
    case ActionTarget:
        inspector.setRequiredAction(0, 1);
        break;
    }
}

// Edits one field through its widget: exactly one undo step, a `Command`; `read`
// then gives `expected`; undo restores the plan and redo the edit.
template <typename Command, typename Read>
void checkFieldEdit(Target target, const QString &widget, const QString &text, int key, Read read,
                    const QVariant &expected)
{
    PlanDocument doc(samplePlan());
    Inspector inspector;
    inspector.setDocument(&doc);
    select(inspector, target);
    const Plan before = doc.plan();

    edit(&inspector, widget, text, key);
    QUndoStack *stack = doc.undoStack();
    QCOMPARE(stack->count(), 1);
    QVERIFY(dynamic_cast<const Command *>(stack->command(0)));
    QCOMPARE(read(doc.plan()), expected);
    QVERIFY(doc.plan() != before);
    stack->undo();
    QCOMPARE(doc.plan(), before);
    stack->redo();
    QCOMPARE(read(doc.plan()), expected);
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placementField_data();
    void placementField();
    void phaseField_data();
    void phaseField();
    void metaField_data();
    void metaField();
    void mergeConsecutive_data();
    void mergeConsecutive();
    void differentFieldsDoNotMerge();
    void invalidRefused_data();
    void invalidRefused();
    void monthsStayWithinFormat_data();
    void monthsStayWithinFormat();
    void requiredActions();
    void actionPage();
    void followsDocument();
    void accessibleAndFocusable();
    void pagesBuiltOnFirstUse();
    void pageSwitchPaintsOnce_data();
    void pageSwitchPaintsOnce();
    void summaries_data();
    void summaries();
};

void TestInspector::placementField_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("extent") << u"placementExtent"_s << u"25"_s << 0 << int(PlacementField::Extent)
                            << QVariant(0.25);
    QTest::newRow("start") << u"placementStart"_s << u"5"_s << 0 << int(PlacementField::Start)
                           << QVariant(5);
    QTest::newRow("end (through 1 < start)")
        << u"placementEnd"_s << u"12"_s << 0 << int(PlacementField::End) << QVariant(12);
    QTest::newRow("end by arrow") << u"placementEnd"_s << QString() << int(Qt::Key_Up)
                                  << int(PlacementField::End) << QVariant(11);
    QTest::newRow("open-ended") << u"placementOpenEnded"_s << QString() << int(Qt::Key_Space)
                                << int(PlacementField::End) << QVariant();
    QTest::newRow("escrow share") << u"placementEscrowShare"_s << u"90"_s << 0
                                  << int(PlacementField::EscrowShare) << QVariant(0.9);
    QTest::newRow("escrow agent") << u"placementEscrowAgent"_s << u"Bank X"_s << 0
                                  << int(PlacementField::EscrowAgent) << QVariant(u"Bank X"_s);
    QTest::newRow("permitted uses") << u"placementPermittedUses"_s << u"food"_s << 0
                                    << int(PlacementField::PermittedUses) << QVariant(u"food"_s);
    QTest::newRow("snapback off") << u"placementSnapback"_s << QString() << int(Qt::Key_Space)
                                  << int(PlacementField::Snapback) << QVariant(false);
    QTest::newRow("note") << u"placementNote"_s << u"watch"_s << 0 << int(PlacementField::Note)
                          << QVariant(u"watch"_s);
}

void TestInspector::placementField()
{
    QFETCH(QString, widget);
    QFETCH(QString, text);
    QFETCH(int, key);
    QFETCH(int, field);
    QFETCH(QVariant, expected);
    checkFieldEdit<EditPlacementFieldCommand>(
        PlacementTarget, widget, text, key,
        [&](const Plan &p) {
            return fieldValue(p.phases.at(0).reliefs.at(0), PlacementField(field));
        },
        expected);
}

void TestInspector::phaseField_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("id") << u"phaseId"_s << u"p9"_s << 0 << int(PhaseField::Id) << QVariant(u"p9"_s);
    QTest::newRow("name") << u"phaseName"_s << u"Freeze"_s << 0 << int(PhaseField::Name)
                          << QVariant(u"Freeze"_s);
    QTest::newRow("kind") << u"phaseKind"_s << QString() << int(Qt::Key_Down)
                          << int(PhaseField::Kind) << QVariant(int(PhaseKind::Final));
    QTest::newRow("start") << u"phaseStart"_s << u"3"_s << 0 << int(PhaseField::Start)
                           << QVariant(3);
    QTest::newRow("end") << u"phaseEnd"_s << u"8"_s << 0 << int(PhaseField::End) << QVariant(8);
}

void TestInspector::phaseField()
{
    QFETCH(QString, widget);
    QFETCH(QString, text);
    QFETCH(int, key);
    QFETCH(int, field);
    QFETCH(QVariant, expected);
    checkFieldEdit<EditPhaseFieldCommand>(
        PhaseTarget, widget, text, key,
        [&](const Plan &p) { return fieldValue(p.phases.at(0), PhaseField(field)); }, expected);
}

void TestInspector::metaField_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("title") << u"metaTitle"_s << u"Option B"_s << 0 << int(MetaField::Title)
                           << QVariant(u"Option B"_s);
    QTest::newRow("counterpart") << u"metaCounterpart"_s << u"Iran"_s << 0
                                 << int(MetaField::Counterpart) << QVariant(u"Iran"_s);
    QTest::newRow("start") << u"metaStart"_s << u"2027-01"_s << 0 << int(MetaField::Start)
                           << QVariant(u"2027-01"_s);
    QTest::newRow("start cleared") << u"metaStart"_s << QString() << int(Qt::Key_Delete)
                                   << int(MetaField::Start) << QVariant(QString());
    QTest::newRow("classification") << u"metaClassification"_s << u"SECRET"_s << 0
                                    << int(MetaField::Classification) << QVariant(u"SECRET"_s);
    QTest::newRow("reference value basis")
        << u"metaReferenceBasis"_s << u"2016 exports (KOTRA)"_s << 0
        << int(MetaField::ReferenceBasis) << QVariant(u"2016 exports (KOTRA)"_s);
    QTest::newRow("decision asked")
        << u"metaDecisionAsked"_s << u"Approve phase 1 on these terms."_s << 0
        << int(MetaField::DecisionAsked) << QVariant(u"Approve phase 1 on these terms."_s);
    QTest::newRow("profile") << u"metaProfile"_s << QString() << int(Qt::Key_Down)
                             << int(MetaField::Profile) << QVariant(u"flexible"_s);
    QTest::newRow("own reference value")
        << u"metaReferenceSet"_s << QString() << int(Qt::Key_Space)
        << int(MetaField::ReferenceValue) << QVariant(1.2e9 + 2.5e8 + 4e8);
}

void TestInspector::metaField()
{
    QFETCH(QString, widget);
    QFETCH(QString, text);
    QFETCH(int, key);
    QFETCH(int, field);
    QFETCH(QVariant, expected);
    checkFieldEdit<EditMetaFieldCommand>(
        PlanTarget, widget, text, key,
        [&](const Plan &p) { return fieldValue(p.meta, MetaField(field)); }, expected);
}

void TestInspector::mergeConsecutive_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");

    QTest::newRow("extent") << int(PlacementTarget) << u"placementExtent"_s << u"30"_s << u"40"_s;
    QTest::newRow("relief start") << int(PlacementTarget) << u"placementStart"_s << u"5"_s
                                  << u"6"_s;
    QTest::newRow("escrow agent") << int(PlacementTarget) << u"placementEscrowAgent"_s << u"A"_s
                                  << u"B"_s;
    QTest::newRow("phase name") << int(PhaseTarget) << u"phaseName"_s << u"One"_s << u"Two"_s;
    QTest::newRow("phase end") << int(PhaseTarget) << u"phaseEnd"_s << u"7"_s << u"9"_s;
    QTest::newRow("verified month (table)")
        << int(PhaseTarget) << u"verifiedMonth_freeze"_s << u"1"_s << u"3"_s;
    QTest::newRow("verified month (action)")
        << int(ActionTarget) << u"actionVerifiedMonth"_s << u"5"_s << u"6"_s;
    QTest::newRow("plan title") << int(PlanTarget) << u"metaTitle"_s << u"X"_s << u"Y"_s;
}

void TestInspector::mergeConsecutive()
{
    QFETCH(int, target);
    QFETCH(QString, widget);
    QFETCH(QString, first);
    QFETCH(QString, second);

    PlanDocument doc(samplePlan());
    Inspector inspector;
    inspector.setDocument(&doc);
    select(inspector, Target(target));
    const Plan before = doc.plan();
    QUndoStack *stack = doc.undoStack();
    QSignalSpy indexSpy(stack, &QUndoStack::indexChanged);

    edit(&inspector, widget, first);
    const Plan afterFirst = doc.plan();
    QVERIFY(afterFirst != before);
    edit(&inspector, widget, second);
    QVERIFY(doc.plan() != afterFirst);

    QVERIFY(indexSpy.count() >= 2); // every keystroke was pushed...
    QCOMPARE(stack->count(), 1);    // ...into one undo step
    QCOMPARE(stack->index(), 1);
    stack->undo();
    QCOMPARE(doc.plan(), before);
}

void TestInspector::differentFieldsDoNotMerge()
{
    PlanDocument doc(samplePlan());
    Inspector inspector;
    inspector.setDocument(&doc);
    inspector.setSelection({0, 0});
    edit(&inspector, u"placementExtent"_s, u"50"_s);
    edit(&inspector, u"placementEscrowShare"_s, u"100"_s);
    QCOMPARE(doc.undoStack()->count(), 2);
    // Another placement's extent is another object: no merge either.
    inspector.setSelection({0, 1});
    edit(&inspector, u"placementExtent"_s, u"50"_s);
    QCOMPARE(doc.undoStack()->count(), 3);
    QCOMPARE(doc.plan().phases.at(0).reliefs.at(0).extent, 0.5);
    QCOMPARE(doc.plan().phases.at(0).reliefs.at(1).extent, 0.5);
}

void TestInspector::invalidRefused_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("error"); // object name of the error label shown, or empty

    QTest::newRow("phase end before start")
        << int(PhaseTarget) << u"phaseEnd"_s << u"0"_s << 0 << u"phaseError"_s;
    QTest::newRow("phase start after end")
        << int(PhaseTarget) << u"phaseStart"_s << u"9"_s << 0 << u"phaseError"_s;
    QTest::newRow("phase id upper case")
        << int(PhaseTarget) << u"phaseId"_s << u"P"_s << 0 << QString();
    QTest::newRow("phase id with space")
        << int(PhaseTarget) << u"phaseId"_s << u" "_s << 0 << QString();
    QTest::newRow("phase id emptied")
        << int(PhaseTarget) << u"phaseId"_s << QString() << int(Qt::Key_Delete) << u"phaseError"_s;
    QTest::newRow("phase id taken")
        << int(PhaseTarget) << u"phaseId"_s << QString() << int(Qt::Key_2) << u"phaseError"_s;
    QTest::newRow("relief end before start")
        << int(PlacementTarget) << u"placementEnd"_s << u"2"_s << 0 << u"placementError"_s;
    QTest::newRow("relief start after end")
        << int(PlacementTarget) << u"placementStart"_s << QString() << int(Qt::Key_PageUp)
        << u"placementError"_s;
    QTest::newRow("negative extent")
        << int(PlacementTarget) << u"placementExtent"_s << u"-"_s << 0 << QString();
    QTest::newRow("plan start month 13")
        << int(PlanTarget) << u"metaStart"_s << u"2026-13"_s << 0 << u"metaError"_s;
    QTest::newRow("plan start letters")
        << int(PlanTarget) << u"metaStart"_s << u"July"_s << 0 << QString();
}

void TestInspector::invalidRefused()
{
    QFETCH(int, target);
    QFETCH(QString, widget);
    QFETCH(QString, text);
    QFETCH(int, key);
    QFETCH(QString, error);

    PlanDocument doc(samplePlan());
    Inspector inspector;
    inspector.setDocument(&doc);
    select(inspector, Target(target));
    const Plan before = doc.plan();
    QSignalSpy messages(&inspector, &Inspector::statusMessage);

    if (widget == u"phaseId"_s && key == Qt::Key_2) {
        // "p1" + "2" = "p12", the other phase's id.
        auto *id = inspector.findChild<QLineEdit *>(widget);
        id->setCursorPosition(int(id->text().size()));
        QTest::keyClick(id, Qt::Key_2);
    } else {
        edit(&inspector, widget, text, key);
    }
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.plan(), before);
    if (!error.isEmpty()) {
        auto *label = inspector.findChild<QLabel *>(error);
        QVERIFY(label);
        QVERIFY(!label->isHidden());
        QVERIFY(!label->text().isEmpty());
        QVERIFY(messages.count() > 0);
    }
}

void TestInspector::monthsStayWithinFormat_data()
{
    // A month spin box set beyond the format's months 0..1200 stops at the bound,
    // and so does the month it writes into the plan.
    using Stored = std::function<int(const Plan &)>;
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("widget");
    QTest::addColumn<int>("typed");
    QTest::addColumn<int>("expected");
    QTest::addColumn<Stored>("stored");
    QTest::newRow("placement end")
        << int(PlacementTarget) << u"placementEnd"_s << 5000 << 1200
        << Stored([](const Plan &p) { return *p.phases.at(0).reliefs.at(0).end; });
    QTest::newRow("placement start")
        << int(PlacementTarget) << u"placementStart"_s << -5 << 0
        << Stored([](const Plan &p) { return p.phases.at(0).reliefs.at(0).start; });
    QTest::newRow("phase end") << int(PhaseTarget) << u"phaseEnd"_s << 5000 << 1200
                               << Stored([](const Plan &p) { return p.phases.at(0).end; });
    QTest::newRow("verified month")
        << int(ActionTarget) << u"actionVerifiedMonth"_s << 5000 << 1200
        << Stored([](const Plan &p) { return p.phases.at(0).actions.at(1).verifiedMonth; });
}

void TestInspector::monthsStayWithinFormat()
{
    using Stored = std::function<int(const Plan &)>;
    QFETCH(int, target);
    QFETCH(QString, widget);
    QFETCH(int, typed);
    QFETCH(int, expected);
    QFETCH(Stored, stored);
    PlanDocument doc(samplePlan());
    Inspector inspector;
    inspector.setDocument(&doc);
    select(inspector, Target(target));
    auto *spin = inspector.findChild<QSpinBox *>(widget);
    QVERIFY(spin);
    spin->setValue(typed);
    QCOMPARE(spin->value(), expected);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(stored(doc.plan()), expected);
}

void TestInspector::requiredActions()
{
    PlanDocument doc(samplePlan());
    Inspector inspector;
    inspector.setDocument(&doc);
    inspector.setPhase(0);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    QUndoStack *stack = doc.undoStack();
    auto *table = inspector.findChild<QTableWidget *>(u"phaseActions"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), u"Action freeze"_s);

    // Add: only actions the phase does not require yet are offered.
    auto *combo = inspector.findChild<QComboBox *>(u"phaseAddAction"_s);
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->itemData(0).toString(), u"icbm"_s);
    edit(&inspector, u"phaseAddMonth"_s, u"7"_s);
    QTest::mouseClick(inspector.findChild<QPushButton *>(u"phaseAddActionButton"_s),
                      Qt::LeftButton);
    QCOMPARE(stack->count(), 1);
    QVERIFY(dynamic_cast<const AddRequiredActionCommand *>(stack->command(0)));
    QCOMPARE(doc.plan().phases.at(0).actions.last(), (RequiredAction{u"icbm"_s, 7, {}}));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(combo->count(), 0);

    // Edit a verification month in the table.
    edit(&inspector, u"verifiedMonth_yongbyon"_s, u"5"_s);
    QCOMPARE(stack->count(), 2);
    QVERIFY(dynamic_cast<const SetVerifiedMonthCommand *>(stack->command(1)));
    QCOMPARE(doc.plan().phases.at(0).actions.at(1).verifiedMonth, 5);

    // Remove the selected row with the button, then another with Delete.
    table->setCurrentCell(0, 0);
    QTest::mouseClick(inspector.findChild<QPushButton *>(u"phaseRemoveActionButton"_s),
                      Qt::LeftButton);
    QCOMPARE(stack->count(), 3);
    QVERIFY(dynamic_cast<const RemoveRequiredActionCommand *>(stack->command(2)));
    QCOMPARE(doc.plan().phases.at(0).actionIndex(u"freeze"_s), -1);
    QCOMPARE(table->rowCount(), 2);
    table->setCurrentCell(1, 0);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(stack->count(), 4);
    QCOMPARE(doc.plan().phases.at(0).actions.size(), 1);
    QCOMPARE(doc.plan().phases.at(0).actions.at(0).action, u"yongbyon"_s);

    for (int i = 0; i < 4; ++i)
        stack->undo();
    QCOMPARE(doc.plan(), samplePlan());
    QCOMPARE(table->rowCount(), 2);
}

void TestInspector::actionPage()
{
    PlanDocument doc(samplePlan());
    Inspector inspector;
    inspector.setDocument(&doc);
    inspector.setRequiredAction(0, 1);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    QCOMPARE(inspector.mode(), Inspector::Mode::Action);
    QCOMPARE(inspector.actionIndex(), 1);
    QVERIFY(inspector.findChild<QLineEdit *>(u"actionName"_s)->text().contains(u"yongbyon"_s));
    QCOMPARE(inspector.findChild<QSpinBox *>(u"actionVerifiedMonth"_s)->value(), 4);

    // The required action is followed by id when an earlier one goes away.
    doc.undoStack()->push(new RemoveRequiredActionCommand(&doc, 0, 0));
    QCOMPARE(inspector.mode(), Inspector::Mode::Action);
    QCOMPARE(inspector.actionIndex(), 0);

    QTest::mouseClick(inspector.findChild<QPushButton *>(u"actionRemove"_s), Qt::LeftButton);
    QCOMPARE(doc.plan().phases.at(0).actions.size(), 0);
    QCOMPARE(inspector.mode(), Inspector::Mode::Phase);
    QCOMPARE(inspector.phase(), 0);
}

void TestInspector::followsDocument()
{
    PlanDocument doc(samplePlan());
    Inspector inspector;
    inspector.setDocument(&doc);
    QUndoStack *stack = doc.undoStack();

    inspector.setSelection({0, 1}); // builds the placement page
    auto *item = inspector.findChild<QLineEdit *>(u"placementItem"_s);
    auto *extent = inspector.findChild<QDoubleSpinBox *>(u"placementExtent"_s);
    QVERIFY(item->text().contains(u"un-iron"_s));
    // An edit made elsewhere shows at once.
    stack->push(new EditPlacementFieldCommand(&doc, {0, 1}, PlacementField::Extent, 0.5));
    QCOMPARE(extent->value(), 50.0);
    // Removing an earlier placement keeps the same placement selected.
    stack->push(new RemovePlacementCommand(&doc, {0, 0}));
    QCOMPARE(inspector.selection(), (PlacementRef{0, 0}));
    QVERIFY(item->text().contains(u"un-iron"_s));
    stack->undo();
    QCOMPARE(inspector.selection(), (PlacementRef{0, 1}));
    // Removing the shown placement shows its phase.
    stack->push(new RemovePlacementCommand(&doc, {0, 1}));
    QCOMPARE(inspector.mode(), Inspector::Mode::Phase);
    QCOMPARE(inspector.phase(), 0);

    // Phases before the shown one come and go.
    inspector.setPhase(1);
    Phase extra;
    extra.id = u"p0"_s;
    stack->push(new AddPhaseCommand(&doc, 0, extra));
    QCOMPARE(inspector.phase(), 2);
    stack->push(new MovePhaseCommand(&doc, 2, 0));
    QCOMPARE(inspector.phase(), 0);
    QCOMPARE(inspector.findChild<QLineEdit *>(u"phaseId"_s)->text(), u"p12"_s);
    stack->push(new RemovePhaseCommand(&doc, 0));
    QCOMPARE(inspector.mode(), Inspector::Mode::Plan);

    // A new plan shows its metadata.
    inspector.setPhase(0);
    Plan other = samplePlan();
    other.meta.title = u"Other"_s;
    doc.resetPlan(other);
    QCOMPARE(inspector.mode(), Inspector::Mode::Plan);
    QCOMPARE(inspector.findChild<QLineEdit *>(u"metaTitle"_s)->text(), u"Other"_s);

    // Out-of-range selections show the plan.
    inspector.setSelection({5, 0});
    QCOMPARE(inspector.mode(), Inspector::Mode::Plan);
    inspector.setRequiredAction(0, 9);
    QCOMPARE(inspector.mode(), Inspector::Mode::Plan);
}

// A new inspector holds the plan's page only; each other page is built when
// first shown, once.
void TestInspector::pagesBuiltOnFirstUse()
{
    PlanDocument doc(samplePlan());
    Inspector inspector;
    inspector.setDocument(&doc);
    const QString firstFields[] = {u"metaTitle"_s, u"phaseName"_s, u"placementExtent"_s,
                                   u"actionVerifiedMonth"_s};
    QVERIFY(inspector.findChild<QWidget *>(firstFields[PlanTarget]));
    for (int target = PhaseTarget; target <= ActionTarget; ++target)
        QVERIFY(!inspector.findChild<QWidget *>(firstFields[target]));
    for (int target = ActionTarget; target >= PlanTarget; --target) {
        select(inspector, Target(target));
        QCOMPARE(inspector.findChildren<QWidget *>(firstFields[target]).size(), 1);
    }
    select(inspector, PlacementTarget);
    QCOMPARE(inspector.findChildren<QWidget *>(firstFields[PlacementTarget]).size(), 1);
}

void TestInspector::accessibleAndFocusable()
{
    PlanDocument doc(samplePlan());
    Inspector inspector;
    inspector.setDocument(&doc);
    for (int target = PlanTarget; target <= ActionTarget; ++target) {
        select(inspector, Target(target));
        // Pages are built when first shown: every editor built so far is named,
        // and the page shown has its editors.
        const QList<QWidget *> widgets = inspector.findChildren<QWidget *>();
        const auto *stack = inspector.findChild<QStackedWidget *>();
        QVERIFY(stack && stack->currentWidget());
        int editors = 0;
        for (QWidget *w : widgets) {
            if (w->focusPolicy() == Qt::NoFocus ||
                qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
                qobject_cast<QComboBox *>(w->parentWidget()) ||
                w->inherits("QComboBoxPrivateContainer") ||
                w->parentWidget()->inherits("QComboBoxPrivateContainer") ||
                w->objectName().startsWith(u"qt_"_s))
                continue;
            if (stack->currentWidget()->isAncestorOf(w))
                ++editors;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(u"%1 %2"_s.arg(QString::fromLatin1(w->metaObject()->className()),
                                               w->objectName())));
        }
        QVERIFY(editors >= 4);
    }
    // Each page has a keyboard entry point.
    inspector.show();
    QVERIFY(QTest::qWaitForWindowActive(&inspector));
    const QString firstFields[] = {u"metaTitle"_s, u"phaseName"_s, u"placementExtent"_s,
                                   u"actionVerifiedMonth"_s};
    for (int target = PlanTarget; target <= ActionTarget; ++target) {
        select(inspector, Target(target));
        inspector.focusFirstField();
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        const QString name = focus->objectName().isEmpty() && focus->parentWidget()
                                 ? focus->parentWidget()->objectName()
                                 : focus->objectName();
        QCOMPARE(name, firstFields[target]);
    }
}

void TestInspector::pageSwitchPaintsOnce_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("phase to placement") << int(PhaseTarget) << int(PlacementTarget);
    QTest::newRow("placement to phase") << int(PlacementTarget) << int(PhaseTarget);
    QTest::newRow("plan to action") << int(PlanTarget) << int(ActionTarget);
}

// The page that comes into view is painted once, not once as an opaque
// widget and again with the window (each drop and undo in the editor switches
// between the phase and placement pages).
void TestInspector::pageSwitchPaintsOnce()
{
    QFETCH(int, from);
    QFETCH(int, to);
    PlanDocument doc(samplePlan());
    Inspector inspector;
    inspector.setDocument(&doc);
    inspector.resize(320, 700);
    for (int target = PlanTarget; target <= ActionTarget; ++target)
        select(inspector, Target(target)); // every page built
    select(inspector, Target(from));
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    QCoreApplication::processEvents();

    auto *stack = inspector.findChild<QStackedWidget *>();
    QVERIFY(stack);
    select(inspector, Target(to));
    EventCounter page(stack->currentWidget(), QEvent::Paint);
    QTRY_VERIFY(page.count > 0);
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    QCOMPARE(page.count, 1);
}

void TestInspector::summaries_data()
{
    QTest::addColumn<bool>("ironQuantified");
    QTest::addColumn<QString>("phase");     // the phase page's summary of p1
    QTest::addColumn<QString>("placement"); // the relief page's summary of p1's iron
    QTest::newRow("quantified") << true << u"2 relief placement(s), $490M/yr in all."_s
                                << u"Annual relief $250M (item $250M/yr x extent); 0 % escrowed."_s;
    // An item without an estimate is never shown as $0 a year.
    QTest::newRow("iron not quantified")
        << false
        << u"2 relief placement(s), $240M/yr in all. 1 of them not quantified (no estimate, not "
           "in the total)."_s
        << u"Annual relief not quantified (the item has no estimate); 0 % escrowed."_s;
}

void TestInspector::summaries()
{
    QFETCH(bool, ironQuantified);
    QFETCH(QString, phase);
    QFETCH(QString, placement);
    Plan plan = samplePlan();
    if (!ironQuantified) {
        plan.catalog.items[1].valueQuantified = false;
        plan.catalog.items[1].annualValueUsd = 0;
    }
    PlanDocument doc(plan);
    Inspector inspector;
    inspector.setDocument(&doc);
    inspector.setPhase(0);
    auto *phaseSummary = inspector.findChild<QLabel *>(u"phaseSummary"_s);
    QVERIFY(phaseSummary);
    QCOMPARE(phaseSummary->text(), phase);
    inspector.setSelection({0, 1});
    auto *placementSummary = inspector.findChild<QLabel *>(u"placementSummary"_s);
    QVERIFY(placementSummary);
    QCOMPARE(placementSummary->text(), placement);
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
