#include "window/playedlock.h"

#include "document/plandocument.h"
#include "exercise/packageeditor.h"
#include "panels/findingspane.h"
#include "panels/inspector.h"
#include "timeline/timelineview.h"
#include "window/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextEdit>
#include <QToolTip>

namespace tranche {

PlayedLock::PlayedLock(MainWindow *window, const QList<QAction *> &editActions, QAction *undo,
                       QAction *redo)
    : QObject(window), m_window(window), m_undo(undo), m_redo(redo)
{
    for (QAction *a : editActions)
        m_actions << a;
    TimelineView *timeline = window->timeline();
    for (QAction *a : timeline->editActions()) {
        const auto command = TimelineView::Command(a->data().toInt());
        if (command != TimelineView::Command::ZoomIn && command != TimelineView::Command::ZoomOut &&
            command != TimelineView::Command::FitToWindow)
            m_actions << a;
    }
    timeline->viewport()->installEventFilter(this);
    window->installEventFilter(this); // activation: the desk may have played meanwhile
    PlanDocument *doc = window->document();
    connect(doc, &PlanDocument::fileNameChanged, this, &PlayedLock::update);
    connect(doc, &PlanDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.kind == ChangeEvent::Reset)
            update();
    });
    // After the inspector shows the new selection (it enables its fields anew).
    connect(timeline, &TimelineView::selectionChanged, this, [this] {
        if (m_locked)
            applyToInspector();
    });
    update();
}

QString PlayedLock::reason()
{
    return tr("This exercise has been played: start a new run from a copy (File > Save As)");
}

bool PlayedLock::refuse() const
{
    if (m_locked)
        m_window->statusBar()->showMessage(reason(), 10000);
    return m_locked;
}

void PlayedLock::update()
{
    const bool locked = PackageEditor::isPlayed(m_window->document()->fileName());
    if (locked == m_locked)
        return;
    m_locked = locked;
    apply();
}

void PlayedLock::apply()
{
    for (QAction *a : std::as_const(m_actions))
        if (a)
            a->setEnabled(!m_locked);
    const QUndoStack *stack = m_window->document()->undoStack();
    if (m_undo)
        m_undo->setEnabled(!m_locked && stack->canUndo());
    if (m_redo)
        m_redo->setEnabled(!m_locked && stack->canRedo());
    m_window->timeline()->setToolTip(m_locked ? reason() : QString());
    m_window->findingsPane()->setReadOnly(m_locked);
    applyToInspector();
    if (m_locked)
        refuse();
}

namespace {

// The mark of what the lock changed: only that is given back on unlock (a
// field read-only or off by design stays so).
constexpr char kLocked[] = "tranchePlayedLock";

// Sets a field of kind W read-only (readOnly: setReadOnly, else setEnabled)
// while locked, or gives it back. A widget whose "trancheOpensReadOnly"
// property is set (it opens a view that is read-only itself) is left alone.
template <typename W> void lockAll(QWidget *root, bool locked, bool readOnly)
{
    for (W *w : root->findChildren<W *>()) {
        QWidget *parent = w->parentWidget(); // a spin box's or combo box's own parts
        if (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent) ||
            w->window() != root->window() || w->property("trancheOpensReadOnly").toBool())
            continue;
        bool open = w->isEnabled();
        if constexpr (requires { w->isReadOnly(); })
            if (readOnly)
                open = !w->isReadOnly();
        if (locked && !open)
            continue;
        if (!locked && !w->property(kLocked).toBool())
            continue;
        w->setProperty(kLocked, locked);
        if constexpr (requires { w->setReadOnly(true); })
            if (readOnly) {
                w->setReadOnly(locked);
                continue;
            }
        w->setEnabled(!locked);
    }
}

} // namespace

// Read-only fields (their text still selectable); the choices and buttons off.
void PlayedLock::applyToInspector()
{
    QWidget *inspector = m_window->inspector();
    lockAll<QLineEdit>(inspector, m_locked, true);
    lockAll<QAbstractSpinBox>(inspector, m_locked, true);
    lockAll<QPlainTextEdit>(inspector, m_locked, true);
    lockAll<QTextEdit>(inspector, m_locked, true);
    lockAll<QComboBox>(inspector, m_locked, false);
    lockAll<QAbstractButton>(inspector, m_locked, false);
    lockAll<QAbstractItemView>(inspector, m_locked, false);
}

bool PlayedLock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::WindowActivate)
            update();
        return false;
    }
    if (!m_locked)
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        drag->ignore();
        refuse();
        QToolTip::showText(
            m_window->timeline()->viewport()->mapToGlobal(drag->position().toPoint()), reason(),
            m_window->timeline());
        return true;
    }
    case QEvent::Drop:
        static_cast<QDropEvent *>(event)->ignore();
        refuse();
        return true;
    case QEvent::MouseButtonPress: // selects only: no drag of a bar, an edge or a marker
        if (static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton)
            m_window->timeline()->selectAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        return true;
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick: // renames a phase
        return true;
    case QEvent::MouseMove:
        return static_cast<QMouseEvent *>(event)->buttons() != Qt::NoButton;
    default:
        return false;
    }
}

} // namespace tranche
