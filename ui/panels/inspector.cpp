#include "panels/inspector.h"

#include "document/commands.h"
#include "document/plandocument.h"
#include "flow/briefing.h"
#include "model/catalogindex.h"
#include "model/money.h"
#include "model/safetext.h"
#include "panels/namedwidget.h"
#include "panels/wraplabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// Shows a value in a field's widget without the widget signalling an edit, and
// leaves a widget that shows it already alone (its cursor stays where it is).
template <typename Widget, typename Apply>
void setQuietly(Widget *widget, bool differs, Apply apply)
{
    if (!differs)
        return;
    const QSignalBlocker blocker(widget);
    apply(widget);
}

// setText() leaves the cursor at the end, which scrolls a long value's start out
// of a narrow field: the start is shown (it is what tells values apart).
void setLineText(QLineEdit *edit, const QString &text)
{
    setQuietly(edit, edit->text() != text, [&](QLineEdit *w) {
        w->setText(text);
        w->setCursorPosition(0);
    });
}

void setSpin(QSpinBox *spin, int value)
{
    setQuietly(spin, spin->value() != value, [&](QSpinBox *w) { w->setValue(value); });
}

void setDoubleSpin(QDoubleSpinBox *spin, double value)
{
    setQuietly(spin, std::fabs(spin->value() - value) > 1e-9,
               [&](QDoubleSpinBox *w) { w->setValue(value); });
}

void setChecked(QCheckBox *box, bool on)
{
    setQuietly(box, box->isChecked() != on, [&](QCheckBox *w) { w->setChecked(on); });
}

} // namespace

Inspector::Inspector(QWidget *parent) : QWidget(parent), m_profiles{u"strict"_s, u"flexible"_s}
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_title = named<WrapLabel>(this, u"inspectorTitle"_s);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_title->setContentsMargins(6, 6, 6, 0);
    outer->addWidget(m_title);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // a container: its fields take the focus
    m_scroll = scroll;
    m_stack = new QStackedWidget(scroll);
    scroll->setWidget(m_stack);
    // QScrollArea fills its widget's background, which makes Qt paint the
    // pages twice when they switch (once as an opaque widget, once with the
    // window); the scroll area's viewport paints the same background.
    m_stack->setAutoFillBackground(false);
    outer->addWidget(scroll, 1);

    ensurePage(Mode::Plan);
    retranslateUi();
    setMode(Mode::Plan);
    refresh();
}

Inspector::~Inspector() = default;

PlanDocument *Inspector::document() const
{
    return m_doc;
}

void Inspector::setDocument(PlanDocument *doc)
{
    if (m_doc == doc)
        return;
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (doc)
        connect(doc, &PlanDocument::changed, this, &Inspector::onDocumentChanged);
    clear();
}

void Inspector::setSelection(PlacementRef ref)
{
    if (!m_doc || !hasPlacement(m_doc->plan(), ref)) {
        clear();
        return;
    }
    m_ref = ref;
    m_phase = ref.phase;
    setMode(Mode::Placement);
}

void Inspector::setPhase(int phase)
{
    if (!m_doc || phase < 0 || phase >= m_doc->plan().phases.size()) {
        clear();
        return;
    }
    m_ref = {};
    m_phase = phase;
    ensurePage(Mode::Phase);
    setSpin(m_addMonth, m_doc->plan().phases.at(phase).start);
    setMode(Mode::Phase);
}

void Inspector::setRequiredAction(int phase, int index)
{
    if (!m_doc || phase < 0 || phase >= m_doc->plan().phases.size() || index < 0 ||
        index >= m_doc->plan().phases.at(phase).actions.size()) {
        clear();
        return;
    }
    m_ref = {};
    m_phase = phase;
    m_actionId = m_doc->plan().phases.at(phase).actions.at(index).action;
    setMode(Mode::Action);
}

void Inspector::clear()
{
    m_ref = {};
    m_phase = -1;
    m_actionId.clear();
    setMode(Mode::Plan);
}

int Inspector::actionIndex() const
{
    const Phase *ph = currentPhase();
    return ph && m_mode == Mode::Action ? ph->actionIndex(m_actionId) : -1;
}

void Inspector::setProfileNames(const QStringList &names)
{
    m_profiles = names;
    refresh();
}

void Inspector::focusFirstField()
{
    QWidget *first[] = {m_metaTitle, m_phaseName, m_plExtent, m_acMonth}; // by Mode
    first[int(m_mode)]->setFocus(Qt::ShortcutFocusReason);
}

bool Inspector::focusEmptyEscrowTerm()
{
    const Placement *pl = m_mode == Mode::Placement ? currentPlacement() : nullptr;
    if (!pl || pl->escrowShare <= 0)
        return false;
    QLineEdit *field = pl->escrowAgent.trimmed().isEmpty()     ? m_plEscrowAgent
                       : pl->permittedUses.trimmed().isEmpty() ? m_plPermittedUses
                                                               : nullptr;
    if (!field)
        return false;
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

void Inspector::setMode(Mode mode)
{
    m_mode = mode;
    ensurePage(mode);
    QWidget *pages[] = {m_planPage, m_phasePage, m_placementPage, m_actionPage};
    m_stack->setCurrentWidget(pages[int(mode)]);
    for (QLabel *l : {m_metaError, m_phaseError, m_plError}) {
        if (l)
            l->hide();
    }
    refresh();
}

const Phase *Inspector::currentPhase() const
{
    if (!m_doc || m_phase < 0 || m_phase >= m_doc->plan().phases.size())
        return nullptr;
    return &m_doc->plan().phases.at(m_phase);
}

const Placement *Inspector::currentPlacement() const
{
    if (!currentPhase() || m_mode != Mode::Placement)
        return nullptr;
    return placementAt(m_doc->plan(), {m_phase, m_ref.relief});
}

void Inspector::onDocumentChanged(const ChangeEvent &e)
{
    switch (e.kind) {
    case ChangeEvent::Reset:
        clear();
        return;
    case ChangeEvent::PhaseInserted:
    case ChangeEvent::PhaseRemoved:
    case ChangeEvent::PhaseMoved:
        if (m_phase >= 0 && e.phaseAfter(m_phase) < 0) {
            clear();
            return;
        }
        m_phase = e.phaseAfter(m_phase);
        break;
    case ChangeEvent::PlacementInserted:
    case ChangeEvent::PlacementRemoved:
        if (m_mode == Mode::Placement) {
            const PlacementRef now = e.placementAfter({m_phase, m_ref.relief});
            if (!now.isValid()) {
                setPhase(m_phase);
                return;
            }
            m_ref.relief = now.relief;
        }
        break;
    case ChangeEvent::ActionsChanged:
        if (m_mode == Mode::Action && e.phase == m_phase && actionIndex() < 0) {
            setPhase(m_phase);
            return;
        }
        break;
    default:
        break;
    }
    m_ref.phase = m_mode == Mode::Placement ? m_phase : -1;
    if (pageShows(e))
        refresh();
}

bool Inspector::pageShows(const ChangeEvent &e) const
{
    switch (e.kind) {
    case ChangeEvent::MetaChanged:
        return m_mode == Mode::Plan;
    case ChangeEvent::WaiversChanged:
        return false;
    case ChangeEvent::PhaseChanged:
    case ChangeEvent::ActionsChanged:
    case ChangeEvent::PlacementInserted:
    case ChangeEvent::PlacementRemoved:
    case ChangeEvent::PlacementChanged:
        return m_mode != Mode::Plan && e.phase == m_phase;
    default: // reset, catalog, phases inserted, removed or moved
        return true;
    }
}

void Inspector::refresh()
{
    const bool was = m_updating;
    m_updating = true;
    switch (m_mode) {
    case Mode::Plan:
        refreshPlan();
        break;
    case Mode::Phase:
        refreshPhase();
        break;
    case Mode::Placement:
        refreshPlacement();
        break;
    case Mode::Action:
        refreshAction();
        break;
    }
    m_updating = was;
}

void Inspector::refreshPlan()
{
    m_title->setText(tr("Plan"));
    const bool enabled = m_doc != nullptr;
    m_planPage->setEnabled(enabled);
    const PlanMeta meta = m_doc ? m_doc->plan().meta : PlanMeta{};
    setLineText(m_metaTitle, meta.title);
    setLineText(m_metaCounterpart, meta.counterpart);
    if (m_metaStart->hasAcceptableInput() || !m_metaStart->hasFocus())
        setLineText(m_metaStart, meta.start);
    setLineText(m_metaClassification, meta.classification);
    setLineText(m_metaReferenceBasis, fieldValue(meta, MetaField::ReferenceBasis).toString());
    setLineText(m_metaDecision, meta.decisionAsked);
    const QStringList unknown = m_doc ? unknownSourceCitations(m_doc->plan()) : QStringList();
    m_metaCitations->setText(
        tr("Cited but not in the plan's sources (the text stays as written): %1")
            .arg(unknown.join(u", "_s)));
    m_metaCitations->setVisible(!unknown.isEmpty());
    m_metaSources->setText(tr("%n source(s)...", nullptr, int(meta.sources.size())));
    {
        const QSignalBlocker blocker(m_metaProfile);
        QStringList names = m_profiles;
        if (!meta.profile.isEmpty() && !names.contains(meta.profile))
            names << meta.profile;
        QStringList current;
        for (int i = 0; i < m_metaProfile->count(); ++i)
            current << m_metaProfile->itemText(i);
        if (current != names) {
            m_metaProfile->clear();
            m_metaProfile->addItems(names);
        }
        m_metaProfile->setCurrentIndex(int(names.indexOf(meta.profile)));
    }
    setChecked(m_metaReferenceSet, meta.referenceValueUsd.has_value());
    m_metaReference->setEnabled(meta.referenceValueUsd.has_value());
    const double total = m_doc ? m_doc->plan().catalog.totalAnnualValue() : 0.0;
    setDoubleSpin(m_metaReference, meta.referenceValueUsd.value_or(total));
    m_metaReferenceHint->setText(
        tr("Without its own value the plan uses the sum of the catalog items: %1/yr.")
            .arg(formatMoney(total)));
    if (m_metaStart->hasAcceptableInput())
        m_metaError->hide();
}

void Inspector::refreshPhase()
{
    const Phase *ph = currentPhase();
    if (!ph)
        return;
    m_title->setText(tr("Phase %1: %2").arg(ph->id, ph->name));
    if (m_phaseId->hasAcceptableInput() || !m_phaseId->hasFocus())
        setLineText(m_phaseId, ph->id);
    setLineText(m_phaseName, ph->name);
    {
        const QSignalBlocker blocker(m_phaseKind);
        m_phaseKind->setCurrentIndex(m_phaseKind->findData(int(ph->kind)));
    }
    setSpin(m_phaseStart, ph->start);
    setSpin(m_phaseEnd, ph->end);
    m_phaseError->hide();
    refreshPhaseActions();
    refreshAddActionCombo();

    double annual = 0;
    int unquantified = 0;
    const Catalog &catalog = m_doc->plan().catalog;
    const CatalogIndex index(catalog); // a phase may hold hundreds of placements
    for (const Placement &p : ph->reliefs) {
        if (const SanctionsItem *it = index.item(catalog, p.item)) {
            annual += it->annualValueUsd * p.extent;
            unquantified += it->valueQuantified ? 0 : 1;
        }
    }
    QString summary = tr("%n relief placement(s), %1/yr in all.", nullptr, int(ph->reliefs.size()))
                          .arg(formatMoney(annual));
    if (unquantified > 0)
        summary += u' ' + tr("%n of them not quantified (no estimate, not in the total).", nullptr,
                             unquantified);
    m_phaseSummary->setText(summary);
}

void Inspector::refreshPhaseActions()
{
    const Phase *ph = currentPhase();
    const Catalog &cat = m_doc->plan().catalog;
    bool same = m_phaseActions->rowCount() == ph->actions.size();
    for (int r = 0; same && r < ph->actions.size(); ++r) {
        const QTableWidgetItem *cell = m_phaseActions->item(r, 0);
        same = cell && cell->data(Qt::UserRole).toString() == ph->actions.at(r).action;
    }
    if (!same) {
        m_phaseActions->setRowCount(int(ph->actions.size()));
        for (int r = 0; r < ph->actions.size(); ++r) {
            const QString id = ph->actions.at(r).action;
            const CounterpartAction *a = cat.action(id);
            auto *cell = new QTableWidgetItem(nameOrId(a, id));
            cell->setData(Qt::UserRole, id);
            cell->setToolTip(plainToolTip(a ? id : tr("%1 (not in the catalog)").arg(id)));
            m_phaseActions->setItem(r, 0, cell);
            auto *spin = makeMonthSpin(m_phaseActions, u"verifiedMonth_%1"_s.arg(id));
            spin->setAccessibleName(tr("Verified month of %1").arg(cell->text()));
            spin->setFrame(false);
            m_phaseActions->setCellWidget(r, 1, spin);
            connect(spin, &QSpinBox::valueChanged, this, [this, id](int month) {
                const Phase *p = currentPhase();
                const int index = p ? p->actionIndex(id) : -1;
                if (!m_updating && index >= 0)
                    push(new SetVerifiedMonthCommand(m_doc, m_phase, index, month));
            });
        }
    }
    for (int r = 0; r < ph->actions.size(); ++r) {
        if (auto *spin = qobject_cast<QSpinBox *>(m_phaseActions->cellWidget(r, 1)))
            setSpin(spin, ph->actions.at(r).verifiedMonth);
    }
    m_removeActionButton->setEnabled(m_phaseActions->currentRow() >= 0 && !ph->actions.isEmpty());
}

void Inspector::refreshAddActionCombo()
{
    const Phase *ph = currentPhase();
    const Catalog &cat = m_doc->plan().catalog;
    QStringList ids;
    for (const CounterpartAction &a : cat.actions) {
        if (ph->actionIndex(a.id) < 0)
            ids << a.id;
    }
    QStringList current;
    for (int i = 0; i < m_addAction->count(); ++i)
        current << m_addAction->itemData(i).toString();
    if (current != ids) {
        const QSignalBlocker blocker(m_addAction);
        const QString keep = m_addAction->currentData().toString();
        m_addAction->clear();
        for (const QString &id : std::as_const(ids)) {
            const CounterpartAction *a = cat.action(id);
            m_addAction->addItem(nameOrId(*a), id);
        }
        m_addAction->setCurrentIndex(std::max(0, m_addAction->findData(keep)));
    }
    m_addAction->setEnabled(!ids.isEmpty());
    m_addActionButton->setEnabled(!ids.isEmpty());
}

void Inspector::refreshPlacement()
{
    const Placement *p = currentPlacement();
    if (!p)
        return;
    const Phase *ph = currentPhase();
    const SanctionsItem *it = m_doc->plan().catalog.item(p->item);
    const QString itemName = nameOrId(it, p->item);
    m_title->setText(tr("Relief: %1").arg(itemName));
    setLineText(m_plItem, tr("%1 (%2)").arg(itemName, p->item));
    m_plItem->setCursorPosition(0);
    m_plItem->setToolTip(plainToolTip(it ? it->instrument : tr("Not in the catalog")));
    setChecked(m_plNotQuantified, it && !it->valueQuantified);
    const QString refusal = it ? valueQuantifiedRefusal(*it, false) : tr("Not in the catalog");
    m_plNotQuantified->setEnabled(refusal.isEmpty());
    m_plNotQuantified->setToolTip(
        refusal.isEmpty() ? tr("No estimate of the item's value exists: reports say \"not "
                               "quantified\" rather than \"$0\"")
                          : plainToolTip(refusal)); // the item's name
    setLineText(m_plPhase, ph->name.isEmpty() ? ph->id : tr("%1 (%2)").arg(ph->name, ph->id));
    setDoubleSpin(m_plExtent, p->extent * 100.0);
    setSpin(m_plStart, p->start);
    setChecked(m_plOpenEnded, !p->end.has_value());
    m_plEnd->setEnabled(p->end.has_value());
    setSpin(m_plEnd, p->end.value_or(std::max(p->start, ph->end)));
    m_plError->hide();
    setDoubleSpin(m_plEscrowShare, p->escrowShare * 100.0);
    setLineText(m_plEscrowAgent, p->escrowAgent);
    setLineText(m_plPermittedUses, p->permittedUses);
    setChecked(m_plSnapback, p->snapback);
    if (m_plNote->toPlainText() != p->note) {
        const QSignalBlocker blocker(m_plNote);
        m_plNote->setPlainText(p->note);
    }
    if (it && !it->valueQuantified) {
        m_plSummary->setText(tr("Annual relief not quantified (the item has no estimate); %1 "
                                "escrowed.")
                                 .arg(formatShare(p->escrowShare)));
    } else if (it) {
        m_plSummary->setText(tr("Annual relief %1 (item %2/yr x extent); %3 escrowed.")
                                 .arg(formatMoney(it->annualValueUsd * p->extent),
                                      formatMoney(it->annualValueUsd),
                                      formatShare(p->escrowShare)));
    } else {
        m_plSummary->setText(tr("The item %1 is not in the catalog.").arg(p->item));
    }
}

void Inspector::refreshAction()
{
    const int index = actionIndex();
    if (index < 0)
        return;
    const Phase *ph = currentPhase();
    const RequiredAction &ra = ph->actions.at(index);
    const CounterpartAction *a = m_doc->plan().catalog.action(ra.action);
    const QString name = nameOrId(a, ra.action);
    m_title->setText(tr("Required action: %1").arg(name));
    setLineText(m_acName, tr("%1 (%2)").arg(name, ra.action));
    m_acName->setCursorPosition(0);
    setLineText(m_acPhase, ph->name.isEmpty() ? ph->id : tr("%1 (%2)").arg(ph->name, ph->id));
    if (a) {
        QStringList completes;
        if (a->completes.testFlag(Program::Nuclear))
            completes << tr("nuclear");
        if (a->completes.testFlag(Program::Icbm))
            completes << tr("ICBM");
        if (a->completes.testFlag(Program::Wmd))
            completes << tr("other WMD");
        QString details =
            tr("Weight %1; category %2.")
                .arg(QString::number(a->weight), a->category.isEmpty() ? tr("none") : a->category);
        if (!completes.isEmpty())
            details += u' ' + tr("Completes dismantlement: %1.").arg(completes.join(u", "_s));
        if (a->financialReform)
            details += u' ' + tr("Financial-sector reform.");
        m_acDetails->setText(details);
    } else {
        m_acDetails->setText(tr("The action %1 is not in the catalog.").arg(ra.action));
    }
    setSpin(m_acMonth, ra.verifiedMonth);
}

void Inspector::push(QUndoCommand *command)
{
    if (!m_doc || m_updating) {
        delete command;
        return;
    }
    m_doc->undoStack()->push(command);
}

void Inspector::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->show();
    Q_EMIT statusMessage(message);
}

bool Inspector::monthsInOrder(QLabel *error, int start, std::optional<int> end)
{
    if (end && *end < start) {
        showError(
            error,
            tr("The end month (%1) must not be before the start month (%2).").arg(*end).arg(start));
        return false;
    }
    error->hide();
    return true;
}

void Inspector::editMeta(int field, const QVariant &value)
{
    if (m_updating || !m_doc)
        return;
    m_metaError->hide();
    push(new EditMetaFieldCommand(m_doc, MetaField(field), value));
}

void Inspector::editPhaseId(const QString &text)
{
    const Phase *ph = currentPhase();
    if (m_updating || !ph)
        return;
    if (!m_phaseId->hasAcceptableInput()) {
        showError(m_phaseError, tr("A phase id is one or more of a-z, 0-9, '.', '_' and '-'."));
        return;
    }
    const int other = m_doc->plan().phaseIndex(text);
    if (other >= 0 && other != m_phase) {
        showError(m_phaseError, tr("Another phase already has the id \"%1\".").arg(text));
        return;
    }
    m_phaseError->hide();
    push(new EditPhaseFieldCommand(m_doc, m_phase, PhaseField::Id, text));
}

void Inspector::editPhaseMonths()
{
    const Phase *ph = currentPhase();
    if (m_updating || !ph)
        return;
    const int start = m_phaseStart->value();
    const int end = m_phaseEnd->value();
    if (!monthsInOrder(m_phaseError, start, end))
        return;
    const bool startChanged = start != ph->start;
    const bool endChanged = end != ph->end;
    if (startChanged)
        push(new EditPhaseFieldCommand(m_doc, m_phase, PhaseField::Start, start));
    if (endChanged)
        push(new EditPhaseFieldCommand(m_doc, m_phase, PhaseField::End, end));
}

void Inspector::editPlacementMonths()
{
    const Placement *p = currentPlacement();
    if (m_updating || !p)
        return;
    const int start = m_plStart->value();
    const std::optional<int> end =
        m_plOpenEnded->isChecked() ? std::nullopt : std::optional<int>(m_plEnd->value());
    if (!monthsInOrder(m_plError, start, end))
        return;
    const PlacementRef ref = m_ref;
    const bool startChanged = start != p->start;
    const bool endChanged = end != p->end;
    if (startChanged)
        push(new EditPlacementFieldCommand(m_doc, ref, PlacementField::Start, start));
    if (endChanged)
        push(new EditPlacementFieldCommand(m_doc, ref, PlacementField::End,
                                           end ? QVariant(*end) : QVariant()));
}

void Inspector::editPlacement(int field, const QVariant &value)
{
    if (m_updating || !currentPlacement())
        return;
    push(new EditPlacementFieldCommand(m_doc, m_ref, PlacementField(field), value));
}

void Inspector::editValueQuantified(bool quantified)
{
    const Placement *p = currentPlacement();
    const int item = p ? m_doc->plan().catalog.itemIndex(p->item) : -1;
    if (m_updating || item < 0)
        return;
    const QString refusal =
        valueQuantifiedRefusal(m_doc->plan().catalog.items.at(item), quantified);
    if (!refusal.isEmpty()) {
        showError(m_plError, refusal);
        refresh();
        return;
    }
    push(new SetValueQuantifiedCommand(m_doc, item, quantified));
}

void Inspector::addRequiredAction()
{
    const Phase *ph = currentPhase();
    const QString id = m_addAction->currentData().toString();
    if (!ph || id.isEmpty())
        return;
    if (ph->actionIndex(id) >= 0) {
        Q_EMIT statusMessage(tr("The phase already requires this action."));
        return;
    }
    push(new AddRequiredActionCommand(m_doc, m_phase, RequiredAction{id, m_addMonth->value(), {}}));
}

void Inspector::removeRequiredAction()
{
    const Phase *ph = currentPhase();
    if (!ph)
        return;
    const int index = m_mode == Mode::Action ? actionIndex()
                      : m_phaseActions       ? m_phaseActions->currentRow()
                                             : -1;
    if (index < 0 || index >= ph->actions.size())
        return;
    push(new RemoveRequiredActionCommand(m_doc, m_phase, index));
}

bool Inspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_phaseActions && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeRequiredAction();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Inspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tranche
