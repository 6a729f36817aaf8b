#include "window/mainwindowexercise.h"

#include "cli/exercisecli.h"
#include "document/plandocument.h"
#include "exercise/controldesk.h"
#include "exercise/exerciselogfile.h"
#include "exercise/packagecommands.h"
#include "exercise/packageeditor.h"
#include "export/aarwriter.h"
#include "panels/namedwidget.h"
#include "window/mainwindow.h"
#include "window/playedlock.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace tranche {

MainWindowExercise::MainWindowExercise(MainWindow *window, QMenu *fileMenu, QMenu *exportMenu)
    : QObject(window), m_window(window)
{
    m_new = named<QAction>(this, u"newExercise"_s);
    m_edit = named<QAction>(this, u"editExercise"_s);
    m_run = named<QAction>(this, u"runExercise"_s);
    m_aar = named<QAction>(this, u"exportAar"_s);
    retranslate();
    window->installEventFilter(this); // its LanguageChange
    connect(m_new, &QAction::triggered, this, &MainWindowExercise::newExercise);
    connect(m_edit, &QAction::triggered, this, &MainWindowExercise::editExercise);
    connect(m_run, &QAction::triggered, this, &MainWindowExercise::runExercise);
    connect(m_aar, &QAction::triggered, this, &MainWindowExercise::chooseAarFile);
    fileMenu->addSeparator();
    fileMenu->addActions({m_new, m_edit, m_run});
    exportMenu->addSeparator();
    exportMenu->addAction(m_aar);
    connect(fileMenu, &QMenu::aboutToShow, this, &MainWindowExercise::updateActions);
    connect(exportMenu, &QMenu::aboutToShow, this, &MainWindowExercise::updateActions);
    updateActions();
}

void MainWindowExercise::retranslate()
{
    m_new->setText(tr("New E&xercise"));
    m_edit->setText(tr("Edit Exercise (MSEL, &Objectives)..."));
    m_run->setText(tr("R&un Exercise"));
    m_aar->setText(tr("&After-Action Report..."));
}

bool MainWindowExercise::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void MainWindowExercise::updateActions()
{
    const PlanDocument *doc = m_window->document();
    const bool has = doc && !exerciseMember(doc->plan()).isEmpty();
    m_new->setEnabled(doc && !has);
    m_edit->setEnabled(has);
    m_run->setEnabled(has);
    m_aar->setEnabled(has);
}

void MainWindowExercise::lockWhenPlayed(const QList<QAction *> &editActions, QAction *undo,
                                        QAction *redo)
{
    m_lock = new PlayedLock(m_window, editActions, undo, redo);
}

bool MainWindowExercise::newExercise()
{
    PlanDocument *doc = m_window->document();
    if (!doc || !exerciseMember(doc->plan()).isEmpty())
        return false;
    doc->undoStack()->push(newExerciseCommand(doc, QFileInfo(doc->fileName()).baseName()));
    updateActions();
    return true;
}

PackageEditor *MainWindowExercise::editExercise()
{
    PlanDocument *doc = m_window->document();
    if (!doc || exerciseMember(doc->plan()).isEmpty())
        return nullptr;
    delete m_editor; // anew: the plan (and whether it was played) may have changed
    m_editor = new PackageEditor(doc, PackageEditor::isPlayed(doc->fileName()), m_window);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->show();
    m_editor->raise();
    return m_editor;
}

// The control desk plays the package as saved.
void MainWindowExercise::runExercise()
{
    const PlanDocument *doc = m_window->document();
    if (doc->fileName().isEmpty() || doc->isModified()) {
        QMessageBox::information(m_window, tr("Run Exercise"),
                                 tr("Save the plan first: the exercise plays the saved package."));
        return;
    }
    ControlDesk::openWindow(doc->fileName(), m_window, tr("Run Exercise"));
}

QString MainWindowExercise::besideLog() const
{
    const QString fileName = m_window->document()->fileName();
    const QString log = fileName.isEmpty() ? QString() : exerciseLogPath(fileName);
    return !log.isEmpty() && QFileInfo::exists(log) ? log : QString();
}

QString MainWindowExercise::exportAfterActionReport(const QString &path, QString log) const
{
    const PlanDocument *doc = m_window->document();
    if (log.isEmpty())
        log = besideLog();
    if (log.isEmpty())
        return tr("No exercise log to report on: run the exercise first (its log is kept "
                  "beside the saved package).");
    QStringList errors;
    const QString name = doc->fileName().isEmpty() ? doc->plan().meta.title : doc->fileName();
    const std::optional<PlayedExercise> played = playExercise(doc->plan(), name, log, errors);
    if (!played)
        return errors.join(u'\n');
    return writeAfterActionReport(played->input(), path);
}

void MainWindowExercise::chooseAarFile()
{
    QString log = besideLog();
    if (log.isEmpty())
        log = QFileDialog::getOpenFileName(m_window, tr("The Exercise Log"), QString(),
                                           tr("Exercise logs (*.log.json *.json)"));
    if (log.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export After-Action Report"),
                                                      QString(), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = exportAfterActionReport(path, log);
    if (!error.isEmpty())
        m_window->showError(tr("Export After-Action Report"), error); // quotes the plan's name
}

} // namespace tranche
