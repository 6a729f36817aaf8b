// MainWindow's file paths that need more than a line: a failed save told in
// plain words with Save As offered, and the repair of a plan that did not open.

#include "window/mainwindow.h"

#include "document/plandocument.h"
#include "io/planrepair.h"
#include "model/safetext.h"
#include "window/repairdialog.h"

#include <QFileInfo>

#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace tranche {

bool MainWindow::saveFailed(const QString &error)
{
    statusBar()->showMessage(error.section(u'\n', 0, 0), 10000);
    if (!m_interactive)
        return false;
    QMessageBox box(QMessageBox::Warning, tr("Cannot save plan"), plainToolTip(error),
                    QMessageBox::Cancel, this);
    box.setObjectName(u"saveErrorBox"_s);
    QPushButton *saveAsButton = box.addButton(tr("Save &As..."), QMessageBox::AcceptRole);
    saveAsButton->setObjectName(u"saveAsButton"_s);
    box.setDefaultButton(saveAsButton);
    box.exec();
    return box.clickedButton() == saveAsButton && saveAs();
}

MainWindow::RepairAnswer MainWindow::offerRepair(const QString &path)
{
    if (!m_interactive || path.startsWith(u':'))
        return RepairAnswer::NotOffered;
    const RepairOffer offer = PlanRepair::read(path);
    if (!offer.repairable())
        return RepairAnswer::NotOffered;
    RepairDialog dialog(path, offer, this);
    if (dialog.exec() != QDialog::Accepted) {
        statusBar()->showMessage(tr("Not opened: %1").arg(path), 8000);
        return RepairAnswer::Cancelled;
    }
    // As openFile() names what it opens: a .tranche file keeps its path (written
    // only when the user saves), anything else is saved under a new name.
    setPlan(PlanRepair::apply(*offer.plan, offer.steps),
            path.endsWith(QLatin1StringView(".tranche")) ? path : QString());
    m_doc->undoStack()->resetClean(); // modified: the repair is not in the file
    updateTitle();
    addRecentFile(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Opened %1 repaired; not saved yet").arg(path), 8000);
    return RepairAnswer::Repaired;
}

} // namespace tranche
