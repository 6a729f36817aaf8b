#pragma once
// Keeps the editor's plan read-only once the exercise package open in it has
// been played (its log beside has an advance, as the package editor reads
// it): the plan's edit actions disabled, drops on the timeline refused with
// the reason, the timeline's drag and rename gestures ignored and the
// inspector's fields read-only. File > Save As stays: a new run starts from a
// copy (whose name has no log beside it, so the copy is editable again).

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace tranche {

class MainWindow;

class PlayedLock : public QObject
{
    Q_OBJECT
public:
    // editActions: the window's actions that edit the plan (the timeline's own
    // editing commands are added); undo, redo: its Undo and Redo (given back
    // as the undo stack allows).
    PlayedLock(MainWindow *window, const QList<QAction *> &editActions, QAction *undo,
               QAction *redo);

    bool isLocked() const { return m_locked; }
    // Why an edit is refused while locked.
    static QString reason();
    // When locked: says why in the status bar and returns true.
    bool refuse() const;
    // Reads again whether the open package has been played, and applies it.
    void update();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void applyToInspector();

    MainWindow *m_window;
    QList<QPointer<QAction>> m_actions;
    QPointer<QAction> m_undo;
    QPointer<QAction> m_redo;
    bool m_locked = false;
};

} // namespace tranche
