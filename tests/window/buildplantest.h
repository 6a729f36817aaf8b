#pragma once
// The acceptance test of the timeline editor (tst_buildplan.cpp: the mouse path,
// tst_buildplankeyboard.cpp: the keyboard path): the test class both parts define.

#include "support/plancomparison.h"
#include "support/uitestpoints.h"

#include "document/plandocument.h"
#include "io/planio.h"
#include "io/recovery.h"
#include "models/roles.h"
#include "panels/catalogpalette.h"
#include "panels/inspector.h"
#include "timeline/timelineview.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>

using namespace tranche;
using namespace tranche::testing;
using namespace Qt::StringLiterals;

// Helpers report failures with QVERIFY; the caller stops there too.
#define RETURN_IF_FAILED()                                                                         \
    do {                                                                                           \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

class TestBuildPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editorFixes_data();
    void editorFixes();
    void buildWithMouse();
    void buildWithKeyboard();

private:
    // --- Both paths ---
    void startWindow();
    void saveWithCtrlSAndReopen();
    QWidget *focus() const { return QApplication::focusWidget(); }
    template <typename T> T *field(const char *objectName) const
    {
        return m_window->inspector()->findChild<T *>(QLatin1StringView(objectName));
    }
    const Plan &plan() const { return m_window->document()->plan(); }

    // --- Mouse ---
    void clickMenuAction(QAction *action);
    void reactivate();
    QAction *menuActionWithShortcut(const QKeySequence &keys) const;
    void clickPaletteTab(int index);
    QPoint timelinePoint(int phase, bool reliefLane, qreal month, qreal dy = 8) const;
    void realDrag(QWidget *source, QPoint from, QWidget *target, QPoint to);
    void dragEdge(PlacementRef ref, bool endEdge, int toMonth);
    void clickPlacement(PlacementRef ref, Qt::KeyboardModifiers modifiers = {});
    void mouseType(QWidget *box, const QString &text);
    void mouseTypeSpin(QAbstractSpinBox *spin, const QString &text);
    void buildPhaseWithMouse(int p);
    void editPlacementWithMouse(PlacementRef ref, const Placement &want);

    // --- Keyboard ---
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = {});
    void type(const QString &text);
    void replaceText(const QString &text); // Ctrl+A, then type
    void tabTo(const char *objectName, bool back = false);
    void buildPhaseWithKeyboard(int p);
    void editPlacementWithKeyboard(PlacementRef ref, const Placement &want);

    Plan m_target;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};
