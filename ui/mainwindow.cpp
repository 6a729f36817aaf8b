#include "mainwindow.h"

#include "money.h"
#include "planio.h"
#include "plandocument.h"

#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>

namespace tranche {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_doc(std::make_unique<PlanDocument>())
{
    m_summary = new QLabel(this);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setMargin(16);
    m_summary->setAccessibleName(tr("Plan summary"));
    setCentralWidget(m_summary);
    connect(m_doc.get(), &PlanDocument::changed, this, [this] { updateSummary(); });
    connect(m_doc.get(), &PlanDocument::modifiedChanged, this, [this] { updateTitle(); });
    resize(1280, 800);
    updateTitle();
    updateSummary();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    const OpenResult result = openPlan(path);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Cannot open plan"), result.errors.join(u'\n'));
        return false;
    }
    m_doc->resetPlan(*result.plan);
    m_doc->setFileName(path.startsWith(u':') ? QString() : path);
    updateTitle();
    return true;
}

void MainWindow::updateTitle()
{
    const QString name = m_doc->fileName().isEmpty() ? m_doc->plan().meta.title
                                                     : QFileInfo(m_doc->fileName()).fileName();
    setWindowTitle(tr("%1[*] - Tranche").arg(name.isEmpty() ? tr("Untitled") : name));
    setWindowModified(m_doc->isModified());
}

void MainWindow::updateSummary()
{
    const Plan &plan = m_doc->plan();
    QString text = tr("<h2>%1</h2><p>Counterpart: %2 &middot; Start: %3 &middot; %4</p>")
                       .arg(plan.meta.title.toHtmlEscaped(), plan.meta.counterpart.toHtmlEscaped(),
                            plan.meta.start.toHtmlEscaped(), plan.meta.classification.toHtmlEscaped());
    text += tr("<p>%n phase(s), ", nullptr, plan.phases.size());
    text += tr("%n catalog item(s), ", nullptr, plan.catalog.items.size());
    text += tr("%n counterpart action(s).</p>", nullptr, plan.catalog.actions.size());
    text += QStringLiteral("<ul>");
    for (const Phase &ph : plan.phases) {
        text += tr("<li><b>%1</b> (%2, months %3-%4): %5 action(s), %6 relief placement(s)</li>")
                    .arg(ph.name.toHtmlEscaped(), toString(ph.kind))
                    .arg(ph.start)
                    .arg(ph.end)
                    .arg(ph.actions.size())
                    .arg(ph.reliefs.size());
    }
    text += QStringLiteral("</ul>");
    m_summary->setText(text);
}

} // namespace tranche
