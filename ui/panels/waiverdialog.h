#pragma once
// Asks for the waiver of one finding: a written justification and the author
// (both required; the author remembered in QSettings, else the user's login
// name) and the date.

#include "model/finding.h"
#include "model/plan.h"

#include "panels/retranslating.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tranche {

class WaiverDialog : public Retranslating<QDialog>
{
    Q_OBJECT
public:
    explicit WaiverDialog(const Finding &finding, QWidget *parent = nullptr);

    // The waiver as entered, matching the finding (rule, phase, item).
    Waiver waiver() const;
    // Whether OK is possible (neither the justification nor the author is blank).
    bool isComplete() const;

    // The finding's phase and item as the dialog names them (e.g. "Freeze (p1)");
    // their ids when not set.
    void setPlaceNames(const QString &phase, const QString &item);
    void setJustification(const QString &text);
    void setAuthor(const QString &author);
    void setDate(const QDate &date);

    // The author to prefill: the last one used (QSettings "waivers/author"),
    // else the login name from the environment.
    static QString defaultAuthor();

    void accept() override;

private:
    void retranslateUi() override;
    void updateOk();

    Finding m_finding;
    QString m_phaseName;
    QString m_itemName;
    QLabel *m_findingLabel = nullptr;
    QFormLayout *m_form = nullptr; // justification, author, date
    QPlainTextEdit *m_justification = nullptr;
    QLineEdit *m_author = nullptr;
    QDateEdit *m_date = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tranche
