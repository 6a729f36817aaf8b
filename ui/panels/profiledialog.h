#pragma once
// Chooses the plan's rule profile (an undoable metadata edit) and edits rule
// profiles: per rule on/off and its thresholds, "Save As" a user profile,
// import a profile file (a bad file is refused with its problems shown) and
// export one to share. Bundled profiles are read-only: edits of them are saved
// under a new name.

#include "rules/ruleprofile.h"

#include "panels/retranslating.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace tranche {

class Checker;
class PlanDocument;

class ProfileDialog : public Retranslating<QDialog>
{
    Q_OBJECT
public:
    explicit ProfileDialog(PlanDocument *document, QWidget *parent = nullptr);

    // When set, saving the profile the plan uses makes the checker reload it.
    void setChecker(Checker *checker);

    // The profile chosen for the plan (shown in the editor).
    QString chosenProfileName() const;
    void setChosenProfileName(const QString &name);

    // The profile in the editor, with the user's edits.
    RuleProfile editedProfile() const { return m_profile; }
    void setEditedProfile(const RuleProfile &profile);
    bool isModified() const { return !(m_profile == m_loaded); }
    bool isBundled() const;

    QCheckBox *enabledCheckBox(const QString &rule) const { return m_enabled.value(rule); }
    QDoubleSpinBox *thresholdSpinBox(const QString &rule, const QString &key) const;

    // Each returns the problems (empty on success) and shows them in the dialog.
    // Saves the edited profile as the user's profile `name` (overwriting it) and chooses it.
    QStringList saveAs(const QString &name);
    // Saves the edits of a user profile under its own name; bundled ones are refused.
    QStringList save();
    // Reads a profile file, keeps it among the user's profiles and chooses it.
    QStringList importProfile(const QString &path);
    // Writes the edited profile as JSON to path (its name becomes the file's base
    // name when that is a valid profile name, so that the file imports again).
    QStringList exportProfile(const QString &path);
    QString messageText() const;

    // Pushes the choice of profile to the plan (one undoable command) when it changed.
    void apply();
    void accept() override;

private:
    void buildRules(QWidget *area);
    void retranslateUi() override;
    void refreshProfileCombo(const QString &select);
    void loadChosen();
    void showProfile();
    void updateState();
    void showMessage(const QStringList &lines, bool error);
    void afterSaved(const RuleProfile &saved);

    void onSave();
    void onSaveAs();
    void onImport();
    void onExport();

    QPointer<PlanDocument> m_document;
    QPointer<Checker> m_checker;
    RuleProfile m_profile;
    RuleProfile m_loaded;

    QFormLayout *m_form = nullptr; // the profile chosen and its description
    QComboBox *m_profileCombo = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_kindLabel = nullptr;
    // The rules, in a scroll area: on/off and thresholds.
    QScrollArea *m_scroll = nullptr;
    QHash<QString, QCheckBox *> m_enabled;
    QHash<QString, QDoubleSpinBox *> m_spins; // "RULE/key"
    QList<QLabel *> m_thresholdLabels;
    enum FileButton { Save, SaveAs, Import, Export };
    QList<QPushButton *> m_fileButtons; // by FileButton
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tranche
