// MainWindow after new relief is placed (a drop, or Ctrl+Return in the catalog):
// when the drop could not fill the escrow terms (the plan has no escrowed
// placement to take them from), the inspector opens on the empty field that
// ESC-1 names.

#include "window/mainwindow.h"

#include "document/plandocument.h"
#include "panels/inspector.h"
#include "rules/checker.h"

#include <QDockWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tranche {

void MainWindow::openInspectorOnEmptyTerms(const QList<PlacementRef> &placed)
{
    if (placed.size() != 1)
        return;
    const Plan &plan = m_doc->plan();
    const Placement *pl = placementAt(plan, placed.constFirst());
    if (!pl)
        return;
    const QString phaseId = plan.phases.at(placed.constFirst().phase).id;
    const QList<Finding> &findings = m_checker->findings();
    const bool named = std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) {
        return f.rule == u"ESC-1"_s && f.phase == phaseId && f.item == pl->item;
    });
    if (!named)
        return;
    m_inspector->setSelection(placed.constFirst());
    m_inspectorDock->show();
    m_inspectorDock->raise();
    m_inspector->focusEmptyEscrowTerm();
}

} // namespace tranche
