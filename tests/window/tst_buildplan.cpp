// The acceptance test of the timeline editor: a negotiator builds the bundled
// DPRK plan from an empty plan with the mouse alone, and again with the
// keyboard alone, saves it with Ctrl+S through the save dialog, reopens it, and
// the reopened plan equals the bundled one field by field. Runs under
// QT_QPA_PLATFORM=minimal so that the mouse path uses real drag and drop.

#include "window/buildplantest.h"

void TestBuildPlan::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const OpenResult target = openPlan(defaultScenarioPath());
    QVERIFY2(target.ok(), qPrintable(target.errorLines().join(u'\n')));
    m_target = *target.plan;
    QVERIFY(m_target.phases.size() >= 3);
}

void TestBuildPlan::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBuildPlan::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

// The keyboard routes the acceptance test found missing, each on the bundled plan.
void TestBuildPlan::editorFixes_data()
{
    QTest::addColumn<int>("fix");
    QTest::newRow("Ctrl+T goes back to the timeline") << 0;
    QTest::newRow("Enter in the item search goes to the first item, not its group") << 1;
    QTest::newRow("placing from the palette selects the new relief") << 2;
    QTest::newRow("Tab leaves the required-actions table in one step") << 3;
}

void TestBuildPlan::editorFixes()
{
    QFETCH(int, fix);
    startWindow();
    RETURN_IF_FAILED();
    QVERIFY(m_window->openFile(defaultScenarioPath()));
    TimelineView *view = m_window->timeline();
    CatalogPalette *palette = m_window->palette();
    switch (fix) {
    case 0:
        palette->itemSearch()->setFocus();
        QCOMPARE(focus(), palette->itemSearch());
        key(Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(focus(), view);
        break;
    case 1:
        key(Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(focus(), palette->itemSearch());
        type(u"un-coal"_s);
        key(Qt::Key_Return);
        QCOMPARE(focus(), palette->itemsView());
        QCOMPARE(palette->itemsView()->currentIndex().data(ItemIdRole).toString(), u"un-coal"_s);
        QCOMPARE(palette->selectedItemIds(), QStringList{u"un-coal"_s});
        break;
    case 2: {
        view->setSelectedPhase(1);
        const int before = int(plan().phases.at(1).reliefs.size());
        key(Qt::Key_K, Qt::ControlModifier);
        type(u"un-iron"_s);
        key(Qt::Key_Return);
        key(Qt::Key_Return);
        QCOMPARE(plan().phases.at(1).reliefs.size(), before + 1);
        QCOMPARE(view->selectedPlacements(), (QList<PlacementRef>{{1, before}}));
        QCOMPARE(m_window->inspector()->mode(), Inspector::Mode::Placement);
        QCOMPARE(focus(), palette->itemsView()); // ready to place the next one
        break;
    }
    case 3:
        view->setSelectedPhase(2);
        QVERIFY(plan().phases.at(2).actions.size() > 2);
        key(Qt::Key_I, Qt::ControlModifier);
        tabTo("phaseActions");
        RETURN_IF_FAILED();
        key(Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), u"phaseAddAction"_s);
        break;
    }
}

// --- Both paths ---------------------------------------------------------------------

void TestBuildPlan::startWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->setRecoveryStore(std::make_unique<RecoveryStore>(m_dir->filePath(u"recovery"_s)));
    // Room for the docks and a useful timeline (the minimal platform's screen is
    // tiny; drag and drop still finds the window beyond it). The docks keep their
    // default widths (the findings no longer widen the middle for their filter
    // buttons' texts): wide enough for the whole plan at the smallest zoom, so that
    // the longest drag (90 months) ends clear of the timeline's autoscroll margin.
    m_window->setGeometry(0, 0, 1760, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestBuildPlan::saveWithCtrlSAndReopen()
{
    const QString path = m_dir->filePath(u"built.tranche"_s);
    // Ctrl+S on an unnamed plan opens the (modal) save dialog: fill it in once it is up.
    bool typed = false;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        QFileDialog *dialog = nullptr;
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows) {
            if (auto *d = qobject_cast<QFileDialog *>(w); d && d->isVisible())
                dialog = d;
        }
        auto *edit = dialog ? dialog->findChild<QLineEdit *>(u"fileNameEdit"_s) : nullptr;
        if (!edit)
            return;
        typed = true;
        poll.stop();
        // The folder is chosen in code, the file name typed. The minimal platform
        // cannot activate the dialog, so its Save button does not accept there
        // (neither Return, Space nor click()): it is closed as accepted in code.
        dialog->setDirectory(m_dir->path());
        edit->selectAll();
        QTest::keyClicks(edit, QFileInfo(path).fileName());
        if (dialog->selectedFiles() == QStringList{path})
            static_cast<QDialog *>(dialog)->done(QDialog::Accepted);
        else
            dialog->reject(); // the test fails below
    });
    poll.start();
    key(Qt::Key_S, Qt::ControlModifier);
    poll.stop();
    QVERIFY2(typed, "the save dialog did not come up");
    QVERIFY2(m_window->document()->fileName() == path,
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!m_window->document()->isModified());

    const OpenResult reopened = openPlan(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorLines().join(u'\n')));
    const QString difference = firstDifference(*reopened.plan, m_target);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// --- Mouse --------------------------------------------------------------------------

QAction *TestBuildPlan::menuActionWithShortcut(const QKeySequence &keys) const
{
    const QList<QAction *> menus = m_window->menuBar()->actions();
    for (QAction *m : menus) {
        if (!m->menu())
            continue;
        const QList<QAction *> actions = m->menu()->actions();
        for (QAction *a : actions) {
            if (a->shortcut() == keys)
                return a;
        }
    }
    return nullptr;
}

void TestBuildPlan::clickMenuAction(QAction *action)
{
    QVERIFY(action);
    QMenuBar *bar = m_window->menuBar();
    QMenu *menu = nullptr;
    QAction *title = nullptr;
    const QList<QAction *> menus = bar->actions();
    for (QAction *m : menus) {
        if (m->menu() && m->menu()->actions().contains(action)) {
            menu = m->menu();
            title = m;
        }
    }
    QVERIFY2(menu, qPrintable(u"no menu has \"%1\""_s.arg(action->text())));
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(title).center());
    QTRY_VERIFY(menu->isVisible());
    // The minimal platform's screen is small: the menu may be narrower than its
    // rows; click the row where the menu shows it.
    const QRect row = menu->actionGeometry(action);
    const QPoint at(std::min(row.center().x(), menu->width() / 2), row.center().y());
    QVERIFY(menu->rect().contains(at));
    QTest::mouseMove(menu, at);
    QTest::mouseClick(menu, Qt::LeftButton, {}, at);
    QTRY_VERIFY(!menu->isVisible());
    reactivate();
}

// The minimal platform has no window manager to give the window back its
// activation after a popup or a drag; a desktop does.
void TestBuildPlan::reactivate()
{
    if (!m_window->isActiveWindow()) {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
}

void TestBuildPlan::clickPaletteTab(int index)
{
    QTabBar *tabs = m_window->palette()->tabs()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(index).center());
    QCOMPARE(m_window->palette()->tabs()->currentIndex(), index);
}

QPoint TestBuildPlan::timelinePoint(int phase, bool reliefLane, qreal month, qreal dy) const
{
    return test::lanePoint(m_window->timeline(), phase, reliefLane, month, dy);
}

void TestBuildPlan::realDrag(QWidget *source, QPoint from, QWidget *target, QPoint to)
{
    QTest::mousePress(source, Qt::LeftButton, {}, from);
    // QDrag::exec() blocks: the move onto the target and the release run from its loop.
    QTimer::singleShot(0, target, [target, to] {
        QTest::mouseMove(target, to - QPoint(3, 0));
        QTest::mouseMove(target, to);
        QTest::mouseRelease(target, Qt::LeftButton, {}, to);
    });
    // Item views start dragging on the second move past the drag distance.
    QTest::mouseMove(source, from + QPoint(4, 0));
    QTest::mouseMove(source, from + QPoint(40, 4));
    QCoreApplication::processEvents();
    reactivate();
}

void TestBuildPlan::dragEdge(PlacementRef ref, bool endEdge, int toMonth)
{
    TimelineView *view = m_window->timeline();
    const TimelineGeometry &geo = view->geometry();
    const QRectF bar = geo.placementRect(ref);
    const qreal x = endEdge ? bar.right() - 1 : bar.left() + 1;
    view->ensureContentVisible(QRectF(std::min(x, geo.monthToX(toMonth)) - 10, bar.top(),
                                      std::abs(x - geo.monthToX(toMonth)) + 20, bar.height()));
    const QPoint from = view->contentToViewport(QPointF(x, bar.center().y())).toPoint();
    const QPoint to =
        view->contentToViewport(QPointF(geo.monthToX(toMonth), bar.center().y())).toPoint();
    QWidget *vp = view->viewport();
    QVERIFY(vp->rect().contains(from));
    QVERIFY(vp->rect().contains(to));
    QTest::mousePress(vp, Qt::LeftButton, {}, from);
    QTest::mouseMove(vp, (from + to) / 2);
    QTest::mouseMove(vp, to);
    QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
}

void TestBuildPlan::clickPlacement(PlacementRef ref, Qt::KeyboardModifiers modifiers)
{
    TimelineView *view = m_window->timeline();
    const QRectF bar = view->geometry().placementRect(ref);
    view->ensureContentVisible(bar);
    const QPoint at = view->contentToViewport(bar.center()).toPoint();
    QVERIFY(view->viewport()->rect().contains(at));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, at);
}

// Select what a text field holds by dragging over it (which focuses it), type.
void TestBuildPlan::mouseType(QWidget *box, const QString &text)
{
    QVERIFY(box);
    const QPoint left(2, box->height() / 2);
    const QPoint right(box->width() - 2, box->height() / 2);
    // Past the right edge: the selection reaches the end of a text wider than the field.
    const QPoint beyond = right + QPoint(4000, 0);
    QTest::mousePress(box, Qt::LeftButton, {}, left);
    QTest::mouseMove(box, right);
    QTest::mouseMove(box, beyond);
    QTest::mouseRelease(box, Qt::LeftButton, {}, beyond);
    QVERIFY(focus());
    if (auto *line = qobject_cast<QLineEdit *>(box))
        QVERIFY2(line->selectedText() == line->text(), qPrintable(line->selectedText()));
    QTest::keyClicks(focus(), text);
}

void TestBuildPlan::mouseTypeSpin(QAbstractSpinBox *spin, const QString &text)
{
    QVERIFY(spin);
    auto *edit = spin->findChild<QLineEdit *>();
    QVERIFY(edit);
    const QPoint left(1, edit->height() / 2);
    const QPoint right(edit->width() - 1, edit->height() / 2);
    // Past the right edge: the selection reaches the end of a text wider than the field.
    const QPoint beyond = right + QPoint(4000, 0);
    QTest::mousePress(edit, Qt::LeftButton, {}, left);
    QTest::mouseMove(edit, right);
    QTest::mouseMove(edit, beyond);
    QTest::mouseRelease(edit, Qt::LeftButton, {}, beyond);
    QVERIFY2(edit->selectedText() == edit->text(), qPrintable(edit->selectedText()));
    QTest::keyClicks(spin, text);
}

void TestBuildPlan::buildWithMouse()
{
    startWindow();
    RETURN_IF_FAILED();
    clickMenuAction(menuActionWithShortcut(QKeySequence::New));
    RETURN_IF_FAILED();
    QVERIFY(plan().phases.isEmpty());
    QCOMPARE(plan().catalog, m_target.catalog);

    // The plan's metadata: nothing is selected, so the inspector shows it.
    QCOMPARE(m_window->inspector()->mode(), Inspector::Mode::Plan);
    mouseType(field<QLineEdit>("metaTitle"), m_target.meta.title);
    RETURN_IF_FAILED();
    // New Plan carries no counterpart and no reference value over: both are entered.
    mouseType(field<QLineEdit>("metaCounterpart"), m_target.meta.counterpart);
    RETURN_IF_FAILED();
    mouseType(field<QLineEdit>("metaStart"), m_target.meta.start);
    RETURN_IF_FAILED();
    QVERIFY(m_target.meta.referenceValueUsd.has_value());
    auto *ownReference = field<QCheckBox>("metaReferenceSet");
    QVERIFY(ownReference);
    QTest::mouseClick(ownReference, Qt::LeftButton, {}, {8, ownReference->height() / 2});
    QVERIFY(ownReference->isChecked());
    mouseTypeSpin(field<QDoubleSpinBox>("metaReference"),
                  QString::number(*m_target.meta.referenceValueUsd, 'f', 0));
    RETURN_IF_FAILED();
    mouseType(field<QLineEdit>("metaReferenceBasis"),
              m_target.meta.extra.value("referenceValueBasis"_L1).toString());
    RETURN_IF_FAILED();

    for (int p = 0; p < m_target.phases.size(); ++p) {
        buildPhaseWithMouse(p);
        RETURN_IF_FAILED();
        const QString difference = firstDifference(plan(), m_target);
        // Up to this phase everything matches: the first difference is further on.
        QVERIFY2(difference.startsWith(u"number of phases"_s) || difference.isEmpty(),
                 qPrintable(difference));
    }
    saveWithCtrlSAndReopen();
    RETURN_IF_FAILED();
}

void TestBuildPlan::buildPhaseWithMouse(int p)
{
    const Phase &want = m_target.phases.at(p);
    TimelineView *view = m_window->timeline();
    clickMenuAction(view->action(TimelineView::Command::AddPhase));
    RETURN_IF_FAILED();
    QCOMPARE(plan().phases.size(), p + 1);
    QCOMPARE(view->selectedPhase(), p);

    // Rename: double-click the header, type, click the header again to commit.
    const TimelineGeometry &geo = view->geometry();
    const QRectF header = geo.headerRect(p);
    view->ensureContentVisible(QRectF(geo.monthToX(want.start), header.top(), 10, header.height()));
    const int headerY = int(header.top() - view->verticalScrollBar()->value());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, QPoint(40, headerY + 10));
    auto *editor = view->findChild<QLineEdit *>(u"phaseNameEditor"_s);
    QVERIFY(editor);
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClicks(editor, want.name);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      QPoint(40, headerY + int(header.height()) - 6));
    QCOMPARE(plan().phases.at(p).name, want.name);
    QCOMPARE(m_window->inspector()->mode(), Inspector::Mode::Phase);

    // Kind (a turn of the wheel over the combo box) and months in the inspector.
    auto *kind = field<QComboBox>("phaseKind");
    if (plan().phases.at(p).kind != want.kind) {
        const QPoint at = kind->rect().center();
        QWheelEvent wheel(at, kind->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(kind, &wheel);
    }
    QCOMPARE(toString(plan().phases.at(p).kind), toString(want.kind));
    if (plan().phases.at(p).start != want.start)
        mouseTypeSpin(field<QSpinBox>("phaseStart"), QString::number(want.start));
    RETURN_IF_FAILED();
    if (plan().phases.at(p).end != want.end)
        mouseTypeSpin(field<QSpinBox>("phaseEnd"), QString::number(want.end));
    RETURN_IF_FAILED();
    QCOMPARE(plan().phases.at(p).start, want.start);
    QCOMPARE(plan().phases.at(p).end, want.end);

    // Required actions: dragged from the palette onto the action lane at their month.
    CatalogPalette *palette = m_window->palette();
    clickPaletteTab(1);
    for (const RequiredAction &ra : want.actions) {
        QPoint from;
        QTRY_VERIFY2(
            palette->actionsView()->viewport()->rect().contains(
                from = test::paletteRowPoint(palette->actionsView(), ActionIdRole, ra.action)),
            qPrintable(ra.action));
        const QPoint to = timelinePoint(p, false, ra.verifiedMonth);
        realDrag(palette->actionsView()->viewport(), from, view->viewport(), to);
        RETURN_IF_FAILED();
        QVERIFY2(plan().phases.at(p).actionIndex(ra.action) >= 0, qPrintable(ra.action));
    }

    // Relief: dragged from the palette onto the relief lane; fields in the inspector.
    clickPaletteTab(0);
    const bool many = want.reliefs.size() > 3;
    if (many) // the long final phase: see all of its months
        clickMenuAction(view->action(TimelineView::Command::FitToWindow));
    RETURN_IF_FAILED();
    for (int r = 0; r < want.reliefs.size(); ++r) {
        const Placement &pl = want.reliefs.at(r);
        QPoint from;
        QTRY_VERIFY2(palette->itemsView()->viewport()->rect().contains(
                         from = test::paletteRowPoint(palette->itemsView(), ItemIdRole, pl.item)),
                     qPrintable(pl.item));
        const QPoint to = timelinePoint(p, true, want.start + 0.5);
        realDrag(palette->itemsView()->viewport(), from, view->viewport(), to);
        RETURN_IF_FAILED();
        QCOMPARE(plan().phases.at(p).reliefs.size(), r + 1);
        QCOMPARE(plan().phases.at(p).reliefs.at(r).item, pl.item);
        if (!many)
            editPlacementWithMouse({p, r}, pl);
        RETURN_IF_FAILED();
    }
    if (!many)
        return;
    // Many placements with the same terms: select them all (click, Shift+click),
    // drag them together to their start, then open each one's end in the inspector.
    const int count = int(want.reliefs.size());
    clickPlacement({p, 0});
    RETURN_IF_FAILED();
    clickPlacement({p, count - 1}, Qt::ShiftModifier);
    RETURN_IF_FAILED();
    QCOMPARE(view->selectedPlacements().size(), count);
    const int shift = want.reliefs.constFirst().start - plan().phases.at(p).reliefs.at(0).start;
    const QRectF bar = geo.placementRect({p, count - 1});
    const qreal fromX = geo.monthToX(plan().phases.at(p).reliefs.at(count - 1).start + 1);
    view->ensureContentVisible(
        QRectF(fromX - 10, bar.top(), shift * geo.pixelsPerMonth() + 20, bar.height()));
    const QPoint from = view->contentToViewport(QPointF(fromX, bar.center().y())).toPoint();
    const QPoint to =
        view->contentToViewport(QPointF(fromX + shift * geo.pixelsPerMonth(), bar.center().y()))
            .toPoint();
    QVERIFY(view->viewport()->rect().contains(to));
    realDrag(view->viewport(), from, view->viewport(), to);
    RETURN_IF_FAILED();
    QCOMPARE(plan().phases.at(p).reliefs.at(0).start, want.reliefs.constFirst().start);
    for (int r = 0; r < count; ++r) {
        editPlacementWithMouse({p, r}, want.reliefs.at(r));
        RETURN_IF_FAILED();
    }
}

void TestBuildPlan::editPlacementWithMouse(PlacementRef ref, const Placement &want)
{
    clickPlacement(ref);
    RETURN_IF_FAILED();
    QCOMPARE(m_window->timeline()->selectedPlacements(), QList<PlacementRef>{ref});
    QCOMPARE(m_window->inspector()->mode(), Inspector::Mode::Placement);
    auto now = [&] { return plan().phases.at(ref.phase).reliefs.at(ref.relief); };
    // Months: drag the bar's edges (open ends: the inspector's check box).
    if (now().start != want.start) {
        if (now().end && *now().end < want.start && want.end)
            dragEdge(ref, true, *want.end);
        RETURN_IF_FAILED();
        dragEdge(ref, false, want.start);
        RETURN_IF_FAILED();
    }
    if (want.end && now().end != want.end)
        dragEdge(ref, true, *want.end);
    RETURN_IF_FAILED();
    QCOMPARE(now().start, want.start);
    if (!want.end && now().end) {
        auto *open = field<QCheckBox>("placementOpenEnded");
        QTest::mouseClick(open, Qt::LeftButton, {}, QPoint(6, open->height() / 2));
    }
    QCOMPARE(now().end, want.end);

    if (!sameNumber(now().extent, want.extent))
        mouseTypeSpin(field<QDoubleSpinBox>("placementExtent"), QString::number(want.extent * 100));
    RETURN_IF_FAILED();
    if (!sameNumber(now().escrowShare, want.escrowShare))
        mouseTypeSpin(field<QDoubleSpinBox>("placementEscrowShare"),
                      QString::number(want.escrowShare * 100));
    RETURN_IF_FAILED();
    if (now().escrowAgent != want.escrowAgent)
        mouseType(field<QLineEdit>("placementEscrowAgent"), want.escrowAgent);
    RETURN_IF_FAILED();
    if (now().permittedUses != want.permittedUses)
        mouseType(field<QLineEdit>("placementPermittedUses"), want.permittedUses);
    RETURN_IF_FAILED();
    if (now().snapback != want.snapback) {
        auto *snapback = field<QCheckBox>("placementSnapback");
        QTest::mouseClick(snapback, Qt::LeftButton, {}, QPoint(6, snapback->height() / 2));
    }
    if (now().note != want.note)
        mouseType(field<QPlainTextEdit>("placementNote")->viewport(), want.note);
    RETURN_IF_FAILED();
    const QString difference = placementDifference(now(), want);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_MAIN(TestBuildPlan)
