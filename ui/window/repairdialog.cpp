#include "window/repairdialog.h"

#include "model/safetext.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tranche {

RepairDialog::RepairDialog(const QString &file, const RepairOffer &offer, QWidget *parent)
    : Retranslating(parent), m_file(QDir::toNativeSeparators(file)), m_offer(offer)
{
    setObjectName(u"repairDialog"_s);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_list = new QTableWidget(int(m_offer.steps.size()), 3, this);
    m_list->setObjectName(u"repairList"_s);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 340);
    m_list->setColumnWidth(1, 300);
    for (int r = 0; r < m_offer.steps.size(); ++r) {
        const RepairStep &step = m_offer.steps.at(r);
        const QStringList cells{step.where, step.problem.reason, step.action};
        for (int c = 0; c < 3; ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            // Names and ids come from the file: never markup in a tool tip.
            cell->setToolTip(
                plainToolTip(c == 1 ? step.problem.pointer + u": "_s + cells.at(c) : cells.at(c)));
            m_list->setItem(r, c, cell);
        }
    }
    m_list->resizeRowsToContents(); // each row as high as its wrapped text
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
    resize(960, 420);
    retranslateUi();
}

void RepairDialog::retranslateUi()
{
    setWindowTitle(tr("Repair Plan"));
    m_intro->setText(tr("%1 cannot be opened as it is: each problem below refers to "
                        "something the plan does not have, or cannot be kept. The repair drops "
                        "what each row says, and nothing else.")
                         .arg(m_file));
    m_note->setText(tr("The repaired plan opens as a modified plan; the file stays as it is "
                       "until you save."));
    m_list->setHorizontalHeaderLabels({tr("Where"), tr("Problem"), tr("Repair")});
    m_repair->setText(tr("&Repair and Open"));
}

} // namespace tranche
