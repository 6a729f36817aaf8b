#pragma once
// Offers the repair of a plan file that cannot be opened as it is: lists every
// problem with where it is (phase and item by name and id) and what the repair
// drops, and opens the plan repaired only when the user accepts. Nothing is
// dropped that the list does not show; the file is not written.

#include "io/planrepair.h"
#include "panels/retranslating.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tranche {

class RepairDialog : public Retranslating<QDialog>
{
    Q_OBJECT
public:
    RepairDialog(const QString &file, const RepairOffer &offer, QWidget *parent = nullptr);

    // The list: one row a problem (where, problem, repair).
    QTableWidget *list() const { return m_list; }
    QPushButton *repairButton() const { return m_repair; }

private:
    void retranslateUi() override;

    QString m_file;
    RepairOffer m_offer;
    QLabel *m_intro = nullptr;
    QLabel *m_note = nullptr;
    QTableWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_repair = nullptr;
};

} // namespace tranche
