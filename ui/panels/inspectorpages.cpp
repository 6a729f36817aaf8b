// Inspector, part two: building its four pages (plan, phase, placement,
// required action) and their translated texts. Refreshing and editing are in
// inspector.cpp.

#include "document/commands.h"
#include "document/plandocument.h"
#include "io/validation.h"
#include "panels/inspector.h"
#include "panels/namedwidget.h"
#include "panels/wraplabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

QDoubleSpinBox *percentSpin(QWidget *parent, const QString &objectName)
{
    auto *spin = named<QDoubleSpinBox>(parent, objectName);
    spin->setRange(0, 100);
    spin->setDecimals(1);
    spin->setSingleStep(5);
    spin->setSuffix(u" %"_s);
    return spin;
}

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = named<WrapLabel>(parent, objectName);
    QPalette pal = label->palette();
    // Readable red on light and dark palettes alike.
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28));
    label->setPalette(pal);
    label->hide();
    return label;
}

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(u"[a-z0-9._-]+"_s);
    return re;
}

QLabel *addFormRow(QFormLayout *form, QWidget *field, QList<QPair<QLabel *, const char *>> &labels,
                   const char *text)
{
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
    labels.append({label, text});
    return label;
}

// A new named widget of the form's page, in a row with its label (`text`, translated later).
template <typename Widget>
Widget *addField(QFormLayout *form, const QString &objectName,
                 QList<QPair<QLabel *, const char *>> &labels, const char *text)
{
    auto *field = named<Widget>(form->parentWidget(), objectName);
    addFormRow(form, field, labels, text);
    return field;
}

// A read-only line of the form's page, in a row with its label (`text`, translated later).
QLineEdit *addReadOnlyLine(QFormLayout *form, const QString &objectName,
                           QList<QPair<QLabel *, const char *>> &labels, const char *text)
{
    auto *line = addField<QLineEdit>(form, objectName, labels, text);
    line->setReadOnly(true);
    return line;
}

// A form at the top of a page, extra height going below it.
QFormLayout *topForm(QWidget *page)
{
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    // A narrow dock puts each field under its label rather than cutting it off.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(form);
    return form;
}

} // namespace

QSpinBox *Inspector::makeMonthSpin(QWidget *parent, const QString &objectName)
{
    auto *spin = named<QSpinBox>(parent, objectName);
    spin->setRange(0, kMaxPlanMonth);
    return spin;
}

void Inspector::buildPlanPage()
{
    m_planPage = new QWidget(m_stack);
    auto *form = topForm(m_planPage);
    m_metaTitle = addField<QLineEdit>(form, u"metaTitle"_s, m_labels, QT_TR_NOOP("&Title:"));
    m_metaCounterpart =
        addField<QLineEdit>(form, u"metaCounterpart"_s, m_labels, QT_TR_NOOP("&Counterpart:"));
    m_metaStart = named<QLineEdit>(m_planPage, u"metaStart"_s);
    m_metaStart->setPlaceholderText(u"YYYY-MM"_s);
    m_metaStart->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"(\\d{4}-(0[1-9]|1[0-2]))?"_s), m_metaStart));
    addFormRow(form, m_metaStart, m_labels, QT_TR_NOOP("&Start month:"));
    m_metaClassification = addField<QLineEdit>(form, u"metaClassification"_s, m_labels,
                                               QT_TR_NOOP("C&lassification:"));
    m_metaProfile =
        addField<QComboBox>(form, u"metaProfile"_s, m_labels, QT_TR_NOOP("Rule &profile:"));
    m_metaReferenceSet = addField<QCheckBox>(form, u"metaReferenceSet"_s, m_labels,
                                             QT_TR_NOOP("Own reference &value:"));
    m_metaReference = named<QDoubleSpinBox>(m_planPage, u"metaReference"_s);
    m_metaReference->setRange(0, 1e13);
    m_metaReference->setDecimals(0);
    m_metaReference->setSingleStep(1e7);
    m_metaReference->setPrefix(u"$"_s);
    m_metaReference->setGroupSeparatorShown(true);
    addFormRow(form, m_metaReference, m_labels, QT_TR_NOOP("&Reference value (USD/yr):"));
    m_metaReferenceBasis = named<QLineEdit>(m_planPage, u"metaReferenceBasis"_s);
    m_metaReferenceBasis->setPlaceholderText(tr("where the reference value comes from"));
    addFormRow(form, m_metaReferenceBasis, m_labels, QT_TR_NOOP("Reference value &basis:"));
    m_metaReferenceHint = new WrapLabel(m_planPage);
    form->addRow(m_metaReferenceHint);
    m_metaDecision = named<QLineEdit>(m_planPage, u"metaDecisionAsked"_s);
    m_metaDecision->setPlaceholderText(tr("the decision the briefing asks of its reader"));
    addFormRow(form, m_metaDecision, m_labels, QT_TR_NOOP("&Decision asked:"));
    m_metaSources =
        addField<QPushButton>(form, u"metaSources"_s, m_labels, QT_TR_NOOP("So&urces:"));
    m_metaSources->setAutoDefault(false);
    // The Sources dialog is read-only itself on a locked plan: the lock leaves the button on.
    m_metaSources->setProperty("trancheOpensReadOnly", true);
    m_metaCitations = errorLabel(m_planPage, u"metaCitations"_s); // cited ids not in plan.sources
    form->addRow(m_metaCitations);
    m_metaError = errorLabel(m_planPage, u"metaError"_s);
    form->addRow(m_metaError);
    static_cast<QBoxLayout *>(m_planPage->layout())->addStretch(1);
    m_stack->addWidget(m_planPage);

    auto textField = [this](QLineEdit *edit, MetaField field) {
        connect(edit, &QLineEdit::textEdited, this,
                [this, field](const QString &text) { editMeta(int(field), text); });
    };
    textField(m_metaTitle, MetaField::Title);
    textField(m_metaCounterpart, MetaField::Counterpart);
    textField(m_metaClassification, MetaField::Classification);
    textField(m_metaReferenceBasis, MetaField::ReferenceBasis);
    textField(m_metaDecision, MetaField::DecisionAsked);
    connect(m_metaSources, &QPushButton::clicked, this, &Inspector::sourcesRequested);
    connect(m_metaStart, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_metaStart->hasAcceptableInput()) {
            showError(m_metaError, tr("The start month is written YYYY-MM, e.g. 2026-07."));
            return;
        }
        editMeta(int(MetaField::Start), text);
    });
    connect(m_metaProfile, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            editMeta(int(MetaField::Profile), m_metaProfile->itemText(index));
    });
    connect(m_metaReferenceSet, &QCheckBox::toggled, this, [this](bool on) {
        editMeta(int(MetaField::ReferenceValue),
                 on ? QVariant(m_metaReference->value()) : QVariant());
    });
    connect(m_metaReference, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (m_metaReferenceSet->isChecked())
            editMeta(int(MetaField::ReferenceValue), v);
    });
}

void Inspector::buildPhasePage()
{
    m_phasePage = new QWidget(m_stack);
    auto *form = topForm(m_phasePage);
    auto *layout = static_cast<QVBoxLayout *>(m_phasePage->layout());
    m_phaseId = named<QLineEdit>(m_phasePage, u"phaseId"_s);
    m_phaseId->setValidator(new QRegularExpressionValidator(idPattern(), m_phaseId));
    addFormRow(form, m_phaseId, m_labels, QT_TR_NOOP("&Id:"));
    m_phaseName = addField<QLineEdit>(form, u"phaseName"_s, m_labels, QT_TR_NOOP("&Name:"));
    m_phaseKind = named<QComboBox>(m_phasePage, u"phaseKind"_s);
    m_phaseKind->addItem(QString(), int(PhaseKind::Interim));
    m_phaseKind->addItem(QString(), int(PhaseKind::Final));
    addFormRow(form, m_phaseKind, m_labels, QT_TR_NOOP("&Kind:"));
    m_phaseStart = makeMonthSpin(m_phasePage, u"phaseStart"_s);
    addFormRow(form, m_phaseStart, m_labels, QT_TR_NOOP("&Start month:"));
    m_phaseEnd = makeMonthSpin(m_phasePage, u"phaseEnd"_s);
    addFormRow(form, m_phaseEnd, m_labels, QT_TR_NOOP("&End month (exclusive):"));
    m_phaseError = errorLabel(m_phasePage, u"phaseError"_s);
    form->addRow(m_phaseError);

    auto *actionsLabel = new QLabel(m_phasePage);
    m_labels.append({actionsLabel, QT_TR_NOOP("Required actions:")});
    layout->addWidget(actionsLabel);
    m_phaseActions = new QTableWidget(0, 2, m_phasePage);
    m_phaseActions->setObjectName(u"phaseActions"_s);
    m_phaseActions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_phaseActions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_phaseActions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_phaseActions->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_phaseActions->verticalHeader()->hide();
    m_phaseActions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_phaseActions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_phaseActions->setMinimumHeight(120);
    m_phaseActions->installEventFilter(this);
    actionsLabel->setBuddy(m_phaseActions);
    layout->addWidget(m_phaseActions);

    auto *addRow = new QHBoxLayout;
    m_addAction = named<QComboBox>(m_phasePage, u"phaseAddAction"_s);
    m_addAction->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_addAction->setMinimumContentsLength(10);
    m_addMonth = makeMonthSpin(m_phasePage, u"phaseAddMonth"_s);
    m_addActionButton = named<QPushButton>(m_phasePage, u"phaseAddActionButton"_s);
    m_removeActionButton = named<QPushButton>(m_phasePage, u"phaseRemoveActionButton"_s);
    // The action on a line of its own, then its month and the buttons: the
    // page stays narrow enough for a side dock.
    layout->addWidget(m_addAction);
    addRow->addWidget(m_addMonth);
    addRow->addWidget(m_addActionButton);
    addRow->addStretch(1);
    layout->addLayout(addRow);
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_removeActionButton);
    layout->addLayout(removeRow);
    m_phaseSummary = named<WrapLabel>(m_phasePage, u"phaseSummary"_s);
    layout->addWidget(m_phaseSummary);
    layout->addStretch(1);
    m_stack->addWidget(m_phasePage);

    connect(m_phaseId, &QLineEdit::textEdited, this, &Inspector::editPhaseId);
    connect(m_phaseName, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (currentPhase())
            push(new EditPhaseFieldCommand(m_doc, m_phase, PhaseField::Name, text));
    });
    connect(m_phaseKind, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updating && index >= 0 && currentPhase())
            push(new EditPhaseFieldCommand(m_doc, m_phase, PhaseField::Kind,
                                           m_phaseKind->itemData(index).toInt()));
    });
    connect(m_phaseStart, &QSpinBox::valueChanged, this, &Inspector::editPhaseMonths);
    connect(m_phaseEnd, &QSpinBox::valueChanged, this, &Inspector::editPhaseMonths);
    connect(m_addActionButton, &QPushButton::clicked, this, &Inspector::addRequiredAction);
    connect(m_removeActionButton, &QPushButton::clicked, this, &Inspector::removeRequiredAction);
    connect(m_phaseActions, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeActionButton->setEnabled(m_phaseActions->currentRow() >= 0); });
}

void Inspector::buildPlacementPage()
{
    m_placementPage = new QWidget(m_stack);
    auto *form = topForm(m_placementPage);
    m_plItem = addReadOnlyLine(form, u"placementItem"_s, m_labels, QT_TR_NOOP("Item:"));
    m_plNotQuantified = addField<QCheckBox>(form, u"placementNotQuantified"_s, m_labels,
                                            QT_TR_NOOP("Value not &quantified:"));
    m_plPhase = addReadOnlyLine(form, u"placementPhase"_s, m_labels, QT_TR_NOOP("Phase:"));
    m_plExtent = percentSpin(m_placementPage, u"placementExtent"_s);
    addFormRow(form, m_plExtent, m_labels, QT_TR_NOOP("E&xtent:"));
    m_plStart = makeMonthSpin(m_placementPage, u"placementStart"_s);
    addFormRow(form, m_plStart, m_labels, QT_TR_NOOP("&Start month:"));
    m_plOpenEnded =
        addField<QCheckBox>(form, u"placementOpenEnded"_s, m_labels, QT_TR_NOOP("&Open-ended:"));
    m_plEnd = makeMonthSpin(m_placementPage, u"placementEnd"_s);
    addFormRow(form, m_plEnd, m_labels, QT_TR_NOOP("&End month (exclusive):"));
    m_plError = errorLabel(m_placementPage, u"placementError"_s);
    form->addRow(m_plError);
    m_plEscrowShare = percentSpin(m_placementPage, u"placementEscrowShare"_s);
    addFormRow(form, m_plEscrowShare, m_labels, QT_TR_NOOP("Escrow s&hare:"));
    m_plEscrowAgent = addField<QLineEdit>(form, u"placementEscrowAgent"_s, m_labels,
                                          QT_TR_NOOP("Escrow &agent:"));
    m_plPermittedUses = addField<QLineEdit>(form, u"placementPermittedUses"_s, m_labels,
                                            QT_TR_NOOP("&Permitted uses:"));
    m_plSnapback =
        addField<QCheckBox>(form, u"placementSnapback"_s, m_labels, QT_TR_NOOP("Snap&back:"));
    m_plNote = named<QPlainTextEdit>(m_placementPage, u"placementNote"_s);
    m_plNote->setTabChangesFocus(true);
    m_plNote->setFixedHeight(90);
    addFormRow(form, m_plNote, m_labels, QT_TR_NOOP("No&te:"));
    m_plSummary = named<WrapLabel>(m_placementPage, u"placementSummary"_s);
    form->addRow(m_plSummary);
    static_cast<QBoxLayout *>(m_placementPage->layout())->addStretch(1);
    m_stack->addWidget(m_placementPage);

    connect(m_plExtent, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { editPlacement(int(PlacementField::Extent), v / 100.0); });
    connect(m_plEscrowShare, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { editPlacement(int(PlacementField::EscrowShare), v / 100.0); });
    connect(m_plStart, &QSpinBox::valueChanged, this, &Inspector::editPlacementMonths);
    connect(m_plEnd, &QSpinBox::valueChanged, this, &Inspector::editPlacementMonths);
    connect(m_plOpenEnded, &QCheckBox::toggled, this, [this](bool on) {
        m_plEnd->setEnabled(!on);
        editPlacementMonths();
    });
    connect(m_plEscrowAgent, &QLineEdit::textEdited, this,
            [this](const QString &t) { editPlacement(int(PlacementField::EscrowAgent), t); });
    connect(m_plPermittedUses, &QLineEdit::textEdited, this,
            [this](const QString &t) { editPlacement(int(PlacementField::PermittedUses), t); });
    connect(m_plNotQuantified, &QCheckBox::toggled, this,
            [this](bool on) { editValueQuantified(!on); });
    connect(m_plSnapback, &QCheckBox::toggled, this,
            [this](bool on) { editPlacement(int(PlacementField::Snapback), on); });
    connect(m_plNote, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            editPlacement(int(PlacementField::Note), m_plNote->toPlainText());
    });
}

void Inspector::buildActionPage()
{
    m_actionPage = new QWidget(m_stack);
    auto *form = topForm(m_actionPage);
    m_acName = addReadOnlyLine(form, u"actionName"_s, m_labels, QT_TR_NOOP("Action:"));
    m_acPhase = addReadOnlyLine(form, u"actionPhase"_s, m_labels, QT_TR_NOOP("Phase:"));
    m_acDetails = new WrapLabel(m_actionPage);
    m_acDetails->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(m_acDetails);
    m_acMonth = makeMonthSpin(m_actionPage, u"actionVerifiedMonth"_s);
    addFormRow(form, m_acMonth, m_labels, QT_TR_NOOP("&Verified in month:"));
    m_acRemove = named<QPushButton>(m_actionPage, u"actionRemove"_s);
    form->addRow(m_acRemove);
    static_cast<QBoxLayout *>(m_actionPage->layout())->addStretch(1);
    m_stack->addWidget(m_actionPage);

    connect(m_acMonth, &QSpinBox::valueChanged, this, [this](int month) {
        const int index = actionIndex();
        if (!m_updating && index >= 0)
            push(new SetVerifiedMonthCommand(m_doc, m_phase, index, month));
    });
    connect(m_acRemove, &QPushButton::clicked, this, &Inspector::removeRequiredAction);
}

void Inspector::ensurePage(Mode mode)
{
    const QWidget *const pages[] = {m_planPage, m_phasePage, m_placementPage, m_actionPage};
    if (pages[int(mode)])
        return;
    switch (mode) {
    case Mode::Plan:
        buildPlanPage();
        break;
    case Mode::Phase:
        buildPhasePage();
        break;
    case Mode::Placement:
        buildPlacementPage();
        break;
    case Mode::Action:
        buildActionPage();
        break;
    }
    retranslatePages();
}

void Inspector::retranslateUi()
{
    setAccessibleName(tr("Inspector"));
    m_scroll->setAccessibleName(tr("Inspector fields"));
    m_title->setAccessibleName(tr("Inspected object"));
    retranslatePages();
    refresh();
}

void Inspector::retranslatePages()
{
    for (const auto &[label, text] : std::as_const(m_labels)) {
        const QString translated = tr(text);
        label->setText(translated);
        if (QWidget *buddy = label->buddy()) {
            QString name = translated;
            name.remove(u'&');
            if (name.endsWith(u':'))
                name.chop(1);
            buddy->setAccessibleName(name);
        }
    }
    if (m_planPage) {
        m_metaReferenceSet->setToolTip(tr("INT-1's cap is a share of this value"));
        m_metaReferenceHint->setAccessibleName(tr("Default reference value"));
        m_metaError->setAccessibleName(tr("Plan input error"));
        m_metaCitations->setAccessibleName(tr("Source citations not in the bibliography"));
        m_metaSources->setToolTip(tr("Edit the plan's bibliography (Plan > Sources...)"));
    }
    if (m_phasePage) {
        m_phaseKind->setItemText(0, tr("Interim"));
        m_phaseKind->setItemText(1, tr("Final"));
        m_phaseActions->setHorizontalHeaderLabels({tr("Action"), tr("Verified month")});
        m_addAction->setAccessibleName(tr("Action to require"));
        m_addMonth->setAccessibleName(tr("Verification month of the new action"));
        m_addActionButton->setText(tr("Re&quire"));
        m_addActionButton->setAccessibleName(tr("Require the action"));
        m_removeActionButton->setText(tr("Re&move action"));
        m_removeActionButton->setAccessibleName(tr("Remove the selected required action"));
        m_phaseSummary->setAccessibleName(tr("Phase summary"));
        m_phaseError->setAccessibleName(tr("Phase input error"));
    }
    if (m_placementPage) {
        m_plOpenEnded->setToolTip(
            tr("Relief without an end month stays in force to the end of the horizon"));
        m_plSnapback->setToolTip(
            tr("The relief ends by itself if the counterpart stops or reverses a step"));
        m_plSummary->setAccessibleName(tr("Relief summary"));
        m_plError->setAccessibleName(tr("Relief input error"));
    }
    if (m_actionPage) {
        m_acRemove->setText(tr("Re&move from phase"));
        m_acRemove->setAccessibleName(tr("Remove the action from the phase"));
        m_acDetails->setAccessibleName(tr("Action details"));
    }
}

} // namespace tranche
