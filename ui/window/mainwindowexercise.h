#pragma once
// The editor's exercise commands: File > New Exercise (adds an `exercise`
// member made from the plan, undoable), File > Edit Exercise (the MSEL and
// objectives editor), File > Run Exercise (the control desk on the saved
// package) and File > Export > After-Action Report (the open package played under
// its log), and the lock that keeps a played package's plan read-only
// (PlayedLock). Kept apart from MainWindow, which only installs it.

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace tranche {

class MainWindow;
class PackageEditor;
class PlayedLock;

class MainWindowExercise : public QObject
{
    Q_OBJECT
public:
    // Adds its actions to the File menu and to File > Export.
    MainWindowExercise(MainWindow *window, QMenu *fileMenu, QMenu *exportMenu);

    QAction *newExerciseAction() const { return m_new; }
    QAction *editExerciseAction() const { return m_edit; }
    QAction *runExerciseAction() const { return m_run; }
    QAction *exportAarAction() const { return m_aar; }
    // Keeps the plan read-only while its package has been played; editActions:
    // the window's actions that edit the plan, and its Undo and Redo.
    void lockWhenPlayed(const QList<QAction *> &editActions, QAction *undo, QAction *redo);
    PlayedLock *playedLock() const { return m_lock; }

    // The open plan's exercise member, added (false when it already has one).
    bool newExercise();
    PackageEditor *editExercise();
    // Writes the after-action report of the open package played under log
    // (empty: the log beside the plan's file) to path; "" on success, else why.
    QString exportAfterActionReport(const QString &path, QString log = {}) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void runExercise();
    void chooseAarFile();
    // NAME.log.json beside the plan's file, when there is one.
    QString besideLog() const;

    MainWindow *m_window;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_run = nullptr;
    QAction *m_aar = nullptr;
    QPointer<PackageEditor> m_editor;
    PlayedLock *m_lock = nullptr;
};

} // namespace tranche
