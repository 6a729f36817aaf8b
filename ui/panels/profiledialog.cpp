#include "panels/profiledialog.h"

#include "panels/namedwidget.h"
#include "panels/widgettexts.h"

#include "document/commands.h"
#include "document/plandocument.h"
#include "rules/checker.h"
#include "rules/rule.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

QString spinKey(const QString &rule, const QString &key)
{
    return rule + u'/' + key;
}

// A legible label for a threshold key of the profile format.
QString thresholdText(const QString &key)
{
    static constexpr struct
    {
        const char *key;
        const char *text;
    } texts[] = {
        {"minWeight", QT_TRANSLATE_NOOP("tranche::ProfileDialog", "Minimum weight:")},
        {"share", QT_TRANSLATE_NOOP("tranche::ProfileDialog", "Cap share:")},
        {"warnShare", QT_TRANSLATE_NOOP("tranche::ProfileDialog", "Warn above share of cap:")},
        {"maxMonths", QT_TRANSLATE_NOOP("tranche::ProfileDialog", "Maximum months:")},
        {"violationBelow", QT_TRANSLATE_NOOP("tranche::ProfileDialog", "Violation below:")},
        {"warningBelow", QT_TRANSLATE_NOOP("tranche::ProfileDialog", "Warning below:")},
        {"coverage", QT_TRANSLATE_NOOP("tranche::ProfileDialog", "Minimum coverage:")},
    };
    for (const auto &entry : texts) {
        if (key == QLatin1StringView(entry.key))
            return ProfileDialog::tr(entry.text);
    }
    return key + u':';
}

// The problems a profile would have when read back (e.g. ESC-1's violation
// threshold above its warning threshold); empty when it is consistent.
QStringList validate(const RuleProfile &profile)
{
    return readRuleProfileJson(writeRuleProfileJson(profile), profile.name()).errors;
}

} // namespace

ProfileDialog::ProfileDialog(PlanDocument *document, QWidget *parent)
    : Retranslating(parent), m_document(document)
{
    m_profileCombo = named<QComboBox>(this, u"profileCombo"_s);
    m_kindLabel = new QLabel(this);
    m_kindLabel->setWordWrap(true);
    m_kindLabel->setTextFormat(Qt::PlainText); // quotes the profile's name
    m_description = named<QLineEdit>(this, u"description"_s);

    m_form = labelledForm(this, {m_profileCombo, m_description});

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    auto *area = new QWidget(m_scroll);
    buildRules(area);
    m_scroll->setWidget(area);

    // In FileButton order: Save and Save As on the left, Import and Export on the right.
    const std::pair<QString, void (ProfileDialog::*)()> fileActions[] = {
        {u"saveButton"_s, &ProfileDialog::onSave},
        {u"saveAsButton"_s, &ProfileDialog::onSaveAs},
        {u"importButton"_s, &ProfileDialog::onImport},
        {u"exportButton"_s, &ProfileDialog::onExport}};
    auto *fileButtons = new QHBoxLayout;
    for (const auto &[name, slot] : fileActions) {
        auto *button = named<QPushButton>(this, name);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, slot);
        if (m_fileButtons.size() == Import)
            fileButtons->addStretch(1);
        fileButtons->addWidget(button);
        m_fileButtons.append(button);
    }

    m_message = named<QLabel>(this, u"message"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_kindLabel);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(fileButtons);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this] { loadChosen(); });
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_profile.setDescription(text);
        updateState();
    });

    retranslateUi();
    const QString planProfile = m_document ? m_document->plan().meta.profile : RuleProfile().name();
    refreshProfileCombo(planProfile);
    loadChosen();
    resize(640, 560);
}

void ProfileDialog::buildRules(QWidget *area)
{
    auto *grid = new QGridLayout(area);
    int row = 0;
    for (const Rule *rule : allRules()) {
        const QString id = rule->id();
        auto *check = new QCheckBox(area);
        check->setObjectName(u"enabled:"_s + id);
        connect(check, &QCheckBox::toggled, this, [this, id](bool on) {
            m_profile.setEnabled(id, on);
            for (auto it = m_spins.cbegin(); it != m_spins.cend(); ++it) {
                if (it.key().startsWith(id + u'/'))
                    it.value()->setEnabled(on);
            }
            updateState();
        });
        m_enabled.insert(id, check);
        grid->addWidget(check, row, 0);
        auto *thresholds = new QHBoxLayout;
        for (const ThresholdSpec &spec : rule->thresholds()) {
            auto *label = new QLabel(area);
            label->setProperty("thresholdKey", spec.key);
            auto *spin = new QDoubleSpinBox(area);
            spin->setObjectName(u"threshold:"_s + id + u':' + spec.key);
            spin->setDecimals(spec.wholeNumber ? 0 : 4);
            spin->setRange(spec.minimum, spec.maximum);
            spin->setSingleStep(spec.wholeNumber || spec.maximum > 1 ? 1.0 : 0.01);
            spin->setKeyboardTracking(false);
            label->setBuddy(spin);
            const QString key = spec.key;
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this, id, key](double value) {
                m_profile.setThreshold(id, key, value);
                updateState();
            });
            m_spins.insert(spinKey(id, key), spin);
            m_thresholdLabels.append(label);
            thresholds->addWidget(label);
            thresholds->addWidget(spin);
        }
        thresholds->addStretch(1);
        grid->addLayout(thresholds, row, 1);
        ++row;
    }
    grid->setRowStretch(row, 1);
    grid->setColumnStretch(1, 1);
}

void ProfileDialog::setChecker(Checker *checker)
{
    m_checker = checker;
}

QString ProfileDialog::chosenProfileName() const
{
    return m_profileCombo->currentData().toString();
}

void ProfileDialog::setChosenProfileName(const QString &name)
{
    const int index = m_profileCombo->findData(name);
    if (index >= 0)
        m_profileCombo->setCurrentIndex(index);
}

void ProfileDialog::setEditedProfile(const RuleProfile &profile)
{
    m_profile = profile;
    showProfile();
}

bool ProfileDialog::isBundled() const
{
    return bundledProfileNames().contains(m_loaded.name());
}

QDoubleSpinBox *ProfileDialog::thresholdSpinBox(const QString &rule, const QString &key) const
{
    return m_spins.value(spinKey(rule, key));
}

QStringList ProfileDialog::saveAs(const QString &name)
{
    RuleProfile profile = m_profile;
    profile.setName(name);
    if (const QStringList problems = validate(profile); !problems.isEmpty()) {
        showMessage(problems, true);
        return problems;
    }
    const QString error = saveUserRuleProfile(profile);
    if (!error.isEmpty()) {
        showMessage({error}, true);
        return {error};
    }
    afterSaved(profile);
    showMessage({tr("Saved the profile \"%1\" in %2.").arg(name, userProfileFolder())}, false);
    return {};
}

QStringList ProfileDialog::save()
{
    if (isBundled()) {
        const QString error = tr("\"%1\" is a bundled profile; save your changes under a new name.")
                                  .arg(m_loaded.name());
        showMessage({error}, true);
        return {error};
    }
    return saveAs(m_loaded.name());
}

QStringList ProfileDialog::importProfile(const QString &path)
{
    const ProfileResult result = loadRuleProfileFile(path);
    if (!result.ok()) {
        QStringList lines = result.errors;
        lines.prepend(tr("The file %1 is not a usable rule profile:").arg(path));
        showMessage(lines, true);
        return result.errors;
    }
    const QString error = saveUserRuleProfile(*result.profile);
    if (!error.isEmpty()) {
        showMessage({error}, true);
        return {error};
    }
    afterSaved(*result.profile);
    showMessage({tr("Imported the profile \"%1\".").arg(result.profile->name())}, false);
    return {};
}

QStringList ProfileDialog::exportProfile(const QString &path)
{
    RuleProfile profile = m_profile;
    const QString base = QFileInfo(path).completeBaseName();
    if (isValidProfileName(base))
        profile.setName(base);
    if (const QStringList problems = validate(profile); !problems.isEmpty()) {
        showMessage(problems, true);
        return problems;
    }
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly)) {
        error = file.errorString();
    } else {
        file.write(writeRuleProfileJson(profile));
        if (!file.commit())
            error = file.errorString();
    }
    if (!error.isEmpty()) {
        const QString line = tr("Could not write %1: %2").arg(path, error);
        showMessage({line}, true);
        return {line};
    }
    showMessage({tr("Exported the profile \"%1\" to %2.").arg(profile.name(), path)}, false);
    return {};
}

QString ProfileDialog::messageText() const
{
    return m_message->text();
}

void ProfileDialog::apply()
{
    const QString name = chosenProfileName();
    if (!m_document || name.isEmpty() || name == m_document->plan().meta.profile)
        return;
    m_document->undoStack()->push(new EditMetaFieldCommand(m_document, MetaField::Profile, name));
}

void ProfileDialog::accept()
{
    if (isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Profile Changes"),
            tr("The changes to the profile \"%1\" are not saved. Close anyway?")
                .arg(m_loaded.name()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    apply();
    QDialog::accept();
}

void ProfileDialog::retranslateUi()
{
    setWindowTitle(tr("Rule Profiles"));
    setWidgetTexts({
        {m_form->labelForField(m_profileCombo), tr("Plan's rule &profile:"), {}, {}},
        {m_profileCombo, {}, {}, tr("Rule profile of the plan")},
        {m_form->labelForField(m_description), tr("&Description:"), {}, {}},
        {m_description, {}, {}, tr("Profile description")},
        {m_scroll, {}, {}, tr("Rules and thresholds")},
        {m_fileButtons.at(Save), tr("&Save"), tr("Save the changes of your own profile"), {}},
        {m_fileButtons.at(SaveAs),
         tr("Save &As..."),
         tr("Save the profile shown as one of your own under a new name"),
         {}},
        {m_fileButtons.at(Import), tr("&Import..."), tr("Add a profile file shared with you"), {}},
        {m_fileButtons.at(Export),
         tr("&Export..."),
         tr("Write the profile shown to a file to share it"),
         {}},
    });
    for (const Rule *rule : allRules()) {
        QCheckBox *check = m_enabled.value(rule->id());
        check->setText(tr("%1: %2").arg(rule->id(), rule->principle()));
        check->setToolTip(tr("Check the rule %1").arg(rule->id()));
        for (const ThresholdSpec &spec : rule->thresholds()) {
            QDoubleSpinBox *spin = m_spins.value(spinKey(rule->id(), spec.key));
            spin->setAccessibleName(tr("%1 %2").arg(rule->id(), spec.key));
            spin->setToolTip(tr("%1 \"%2\": from %3 to %4 (strict: %5)")
                                 .arg(rule->id(), spec.key)
                                 .arg(spec.minimum)
                                 .arg(spec.maximum)
                                 .arg(spec.defaultValue));
        }
    }
    for (QLabel *label : std::as_const(m_thresholdLabels))
        label->setText(thresholdText(label->property("thresholdKey").toString()));
    updateState();
}

void ProfileDialog::refreshProfileCombo(const QString &select)
{
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    const QStringList bundled = bundledProfileNames();
    QStringList names = ruleProfileNames();
    if (!select.isEmpty() && !names.contains(select))
        names.append(select); // the plan names a profile that is not installed
    for (const QString &name : std::as_const(names)) {
        const QString text = bundled.contains(name) ? tr("%1 (bundled)").arg(name) : name;
        m_profileCombo->addItem(text, name);
    }
    m_profileCombo->setCurrentIndex(std::max(0, m_profileCombo->findData(select)));
}

void ProfileDialog::loadChosen()
{
    const QString name = chosenProfileName();
    const ProfileResult found = findRuleProfile(name);
    RuleProfile profile;
    if (found.ok()) {
        profile = *found.profile;
        m_message->clear();
        m_message->hide();
    } else {
        profile.setName(name);
        QStringList lines = found.errors;
        lines.prepend(
            tr("The profile \"%1\" cannot be read; showing the strict defaults.").arg(name));
        showMessage(lines, true);
    }
    m_loaded = profile;
    m_profile = profile;
    showProfile();
}

void ProfileDialog::showProfile()
{
    for (const Rule *rule : allRules()) {
        const QString id = rule->id();
        const bool on = m_profile.isEnabled(id);
        QCheckBox *check = m_enabled.value(id);
        {
            const QSignalBlocker blocker(check);
            check->setChecked(on);
        }
        for (const ThresholdSpec &spec : rule->thresholds()) {
            QDoubleSpinBox *spin = m_spins.value(spinKey(id, spec.key));
            const QSignalBlocker blocker(spin);
            spin->setValue(m_profile.threshold(id, spec.key));
            spin->setEnabled(on);
        }
    }
    m_description->setText(m_profile.description());
    updateState();
}

void ProfileDialog::updateState()
{
    const bool bundled = isBundled();
    m_fileButtons.at(Save)->setEnabled(!bundled && isModified());
    if (bundled) {
        m_kindLabel->setText(tr("\"%1\" is bundled with Tranche and read-only: to change it, "
                                "edit it here and save it under a new name.")
                                 .arg(m_loaded.name()));
    } else {
        m_kindLabel->setText(tr("\"%1\" is your own profile, kept in %2.")
                                 .arg(m_loaded.name(), userProfileFolder()));
    }
    if (isModified())
        m_kindLabel->setText(m_kindLabel->text() + u' ' + tr("(modified)"));
}

void ProfileDialog::showMessage(const QStringList &lines, bool error)
{
    m_message->setText(lines.join(u'\n'));
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_message->setPalette(pal);
    m_message->setVisible(!lines.isEmpty());
}

void ProfileDialog::afterSaved(const RuleProfile &saved)
{
    refreshProfileCombo(saved.name());
    m_loaded = saved;
    m_profile = saved;
    showProfile();
    // The plan's own profile changed on disk: the live check follows it.
    if (m_checker && m_document && m_document->plan().meta.profile == saved.name()) {
        m_checker->setProfile(saved);
        m_checker->followPlanProfile();
    }
}

void ProfileDialog::onSave()
{
    save();
}

void ProfileDialog::onSaveAs()
{
    bool ok = false;
    const QString suggested = isBundled() ? m_loaded.name() + u"-custom"_s : m_loaded.name();
    const QString name = QInputDialog::getText(
        this, tr("Save Profile As"), tr("Name of the profile (letters, digits, '.', '_' or '-'):"),
        QLineEdit::Normal, suggested, &ok);
    if (!ok)
        return;
    const QString trimmed = name.trimmed();
    if (!isValidProfileName(trimmed) || bundledProfileNames().contains(trimmed)) {
        showMessage({tr("\"%1\" cannot be a profile name: use letters, digits, '.', '_' or '-', "
                        "not starting with '.', and not a bundled name.")
                         .arg(trimmed)},
                    true);
        return;
    }
    if (ruleProfileNames().contains(trimmed) && trimmed != m_loaded.name()) {
        const auto answer = QMessageBox::question(
            this, tr("Replace Profile"),
            tr("A profile named \"%1\" exists already. Replace it?").arg(trimmed),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    saveAs(trimmed);
}

void ProfileDialog::onImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Rule Profile"), QString(),
                                                      tr("Rule profiles (*.json);;All files (*)"));
    if (!path.isEmpty())
        importProfile(path);
}

void ProfileDialog::onExport()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Rule Profile"), m_profile.name() + u".json"_s,
                                     tr("Rule profiles (*.json)"));
    if (!path.isEmpty())
        exportProfile(path);
}

} // namespace tranche
