#include "window/repairdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tranche {

RepairDialog::RepairDialog(const QString &file, const RepairOffer &offer, QWidget *parent)
    : QDialog(parent), m_file(QDir::toNativeSeparators(file)), m_offer(offer)
{
    setObjectName(u"repairDialog"_s);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"repairList"_s);
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    for (const RepairStep &step : std::as_const(m_offer.steps)) {
        auto *row = new QTreeWidgetItem(m_list, {step.where, step.problem.reason, step.action});
        row->setToolTip(0, step.problem.pointer);
        row->setToolTip(1, step.problem.pointer + u": "_s + step.problem.reason);
        row->setToolTip(2, step.action);
    }
    m_list->header()->resizeSection(0, 260);
    m_list->header()->resizeSection(1, 300);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_repair = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_repair->setObjectName(u"repairButton"_s);
    m_repair->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RepairDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RepairDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    resize(900, 420);
    retranslateUi();
}

void RepairDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RepairDialog::retranslateUi()
{
    setWindowTitle(tr("Repair Plan"));
    m_intro->setText(tr("%1 cannot be opened as it is: %n problem(s) below refer to things "
                        "the plan does not have, or cannot be kept. The repair drops each of "
                        "them as listed, and nothing else.",
                        nullptr, int(m_offer.steps.size()))
                         .arg(m_file));
    m_note->setText(tr("The repaired plan opens as a modified plan; the file stays as it is "
                       "until you save."));
    m_list->setHeaderLabels({tr("Where"), tr("Problem"), tr("Repair")});
    m_repair->setText(tr("&Repair and Open"));
}

} // namespace tranche
