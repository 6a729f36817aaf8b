// The acceptance test of the timeline editor, its keyboard path: the bundled DPRK
// plan built from an empty plan with the keyboard alone (tst_buildplan.cpp has
// the rest).

#include "window/buildplantest.h"

void TestBuildPlan::key(Qt::Key k, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = focus() ? focus() : m_window.get();
    QTest::keyClick(target, k, modifiers);
}

void TestBuildPlan::type(const QString &text)
{
    QVERIFY(focus());
    QTest::keyClicks(focus(), text);
}

void TestBuildPlan::replaceText(const QString &text)
{
    key(Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        key(Qt::Key_Backspace);
    else
        type(text);
}

// Tab (or Shift+Tab) until the field `objectName` has the focus.
void TestBuildPlan::tabTo(const char *objectName, bool back)
{
    const QLatin1StringView name(objectName);
    for (int i = 0; i < 12 && !(focus() && focus()->objectName() == name); ++i)
        key(back ? Qt::Key_Backtab : Qt::Key_Tab, back ? Qt::ShiftModifier : Qt::NoModifier);
    QVERIFY2(focus() && focus()->objectName() == name,
             qPrintable(u"focus on \"%1\", not on %2"_s.arg(
                 focus() ? focus()->objectName() : u"nothing"_s, name)));
}

void TestBuildPlan::buildWithKeyboard()
{
    startWindow();
    RETURN_IF_FAILED();
    key(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(plan().phases.isEmpty());
    QCOMPARE(plan().catalog, m_target.catalog);

    key(Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(focus(), m_window->timeline());
    key(Qt::Key_I, Qt::ControlModifier); // nothing selected: the plan's fields
    QCOMPARE(focus()->objectName(), u"metaTitle"_s);
    replaceText(m_target.meta.title);
    tabTo("metaCounterpart"); // New Plan carries none over
    RETURN_IF_FAILED();
    replaceText(m_target.meta.counterpart);
    tabTo("metaStart");
    RETURN_IF_FAILED();
    replaceText(m_target.meta.start);
    tabTo("metaReferenceSet"); // nor a reference value
    RETURN_IF_FAILED();
    key(Qt::Key_Space);
    tabTo("metaReference");
    RETURN_IF_FAILED();
    replaceText(QString::number(*m_target.meta.referenceValueUsd, 'f', 0));
    tabTo("metaReferenceBasis");
    RETURN_IF_FAILED();
    replaceText(m_target.meta.extra.value("referenceValueBasis"_L1).toString());

    for (int p = 0; p < m_target.phases.size(); ++p) {
        buildPhaseWithKeyboard(p);
        RETURN_IF_FAILED();
        const QString difference = firstDifference(plan(), m_target);
        QVERIFY2(difference.startsWith(u"number of phases"_s) || difference.isEmpty(),
                 qPrintable(difference));
    }
    saveWithCtrlSAndReopen();
    RETURN_IF_FAILED();
}

void TestBuildPlan::buildPhaseWithKeyboard(int p)
{
    const Phase &want = m_target.phases.at(p);
    TimelineView *view = m_window->timeline();
    key(Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(focus(), view);
    key(Qt::Key_Insert);
    QCOMPARE(plan().phases.size(), p + 1);
    QCOMPARE(view->selectedPhase(), p);
    key(Qt::Key_F2);
    QCOMPARE(focus()->objectName(), u"phaseNameEditor"_s);
    type(want.name);
    key(Qt::Key_Return);
    QCOMPARE(plan().phases.at(p).name, want.name);
    QCOMPARE(focus(), view);

    // Kind and months in the inspector.
    key(Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(focus()->objectName(), u"phaseName"_s);
    tabTo("phaseKind");
    RETURN_IF_FAILED();
    if (plan().phases.at(p).kind != want.kind)
        key(want.kind == PhaseKind::Final ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(toString(plan().phases.at(p).kind), toString(want.kind));
    tabTo("phaseStart");
    RETURN_IF_FAILED();
    replaceText(QString::number(want.start));
    tabTo("phaseEnd");
    RETURN_IF_FAILED();
    replaceText(QString::number(want.end));
    QCOMPARE(plan().phases.at(p).start, want.start);
    QCOMPARE(plan().phases.at(p).end, want.end);

    // Required actions: the inspector's "require" row (action, month, button).
    auto *combo = field<QComboBox>("phaseAddAction");
    for (const RequiredAction &ra : want.actions) {
        // Forward from the months, back from the button after the previous one.
        tabTo("phaseAddAction", focus()->objectName() == u"phaseAddActionButton"_s);
        RETURN_IF_FAILED();
        key(Qt::Key_Home);
        const int index = combo->findData(ra.action);
        QVERIFY2(index >= 0, qPrintable(ra.action));
        for (int i = 0; i < index; ++i)
            key(Qt::Key_Down);
        QCOMPARE(combo->currentData().toString(), ra.action);
        tabTo("phaseAddMonth");
        RETURN_IF_FAILED();
        replaceText(QString::number(ra.verifiedMonth));
        tabTo("phaseAddActionButton");
        RETURN_IF_FAILED();
        key(Qt::Key_Space);
        QVERIFY2(plan().phases.at(p).actionIndex(ra.action) >= 0, qPrintable(ra.action));
        QCOMPARE(plan().phases.at(p).actions.constLast().verifiedMonth, ra.verifiedMonth);
    }

    // Relief: Ctrl+K, the item's id in the search, Enter (to the list), Enter (place).
    CatalogPalette *palette = m_window->palette();
    for (int r = 0; r < want.reliefs.size(); ++r) {
        const Placement &pl = want.reliefs.at(r);
        key(Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(focus(), palette->itemSearch());
        type(pl.item);
        key(Qt::Key_Return);
        QCOMPARE(focus(), palette->itemsView());
        QTreeView *list = palette->itemsView();
        for (int i = 0; i < 12 && list->currentIndex().data(ItemIdRole).toString() != pl.item; ++i)
            key(Qt::Key_Down);
        QCOMPARE(list->currentIndex().data(ItemIdRole).toString(), pl.item);
        key(Qt::Key_Return);
        QCOMPARE(plan().phases.at(p).reliefs.size(), r + 1);
        QCOMPARE(plan().phases.at(p).reliefs.at(r).item, pl.item);
        editPlacementWithKeyboard({p, r}, pl);
        RETURN_IF_FAILED();
    }
}

void TestBuildPlan::editPlacementWithKeyboard(PlacementRef ref, const Placement &want)
{
    TimelineView *view = m_window->timeline();
    QCOMPARE(view->selectedPlacements(), QList<PlacementRef>{ref});
    auto now = [&] { return plan().phases.at(ref.phase).reliefs.at(ref.relief); };
    if (ref.phase == 1 && ref.relief == 0) {
        // Moving between phases (Alt+Left, Alt+Right): out to the first phase and back.
        key(Qt::Key_T, Qt::ControlModifier);
        const Placement before = now();
        const int inFirst = int(plan().phases.at(0).reliefs.size());
        key(Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(view->selectedPlacements(), (QList<PlacementRef>{{0, inFirst}}));
        QCOMPARE(plan().phases.at(1).reliefs.size(), 0);
        key(Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(view->selectedPlacements(), QList<PlacementRef>{ref});
        QCOMPARE(plan().phases.at(0).reliefs.size(), inFirst);
        const QString difference = placementDifference(now(), before);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
    if (want.end) {
        // Months with the timeline's commands: shift (Shift+Left/Right), then
        // lengthen or shorten (Shift+Alt+Right/Left).
        key(Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(focus(), view);
        for (int i = 0; i < 48 && now().start != want.start; ++i)
            key(now().start < want.start ? Qt::Key_Right : Qt::Key_Left, Qt::ShiftModifier);
        for (int i = 0; i < 48 && now().end != want.end; ++i)
            key(now().end < want.end ? Qt::Key_Right : Qt::Key_Left,
                Qt::ShiftModifier | Qt::AltModifier);
    }
    QCOMPARE(view->selectedPlacements(), QList<PlacementRef>{ref});

    key(Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(focus()->objectName(), u"placementExtent"_s);
    replaceText(QString::number(want.extent * 100));
    tabTo("placementStart");
    RETURN_IF_FAILED();
    if (now().start != want.start)
        replaceText(QString::number(want.start));
    tabTo("placementOpenEnded");
    RETURN_IF_FAILED();
    if (now().end.has_value() == !want.end.has_value())
        key(Qt::Key_Space);
    if (want.end && now().end != want.end) {
        tabTo("placementEnd");
        RETURN_IF_FAILED();
        replaceText(QString::number(*want.end));
    }
    tabTo("placementEscrowShare");
    RETURN_IF_FAILED();
    replaceText(QString::number(want.escrowShare * 100));
    tabTo("placementEscrowAgent");
    RETURN_IF_FAILED();
    replaceText(want.escrowAgent);
    tabTo("placementPermittedUses");
    RETURN_IF_FAILED();
    replaceText(want.permittedUses);
    tabTo("placementSnapback");
    RETURN_IF_FAILED();
    if (now().snapback != want.snapback)
        key(Qt::Key_Space);
    tabTo("placementNote");
    RETURN_IF_FAILED();
    replaceText(want.note);
    const QString difference = placementDifference(now(), want);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}
