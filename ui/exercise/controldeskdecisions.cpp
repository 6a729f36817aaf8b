// The control desk's decisions: the panel of decision buttons by role, the
// open turn's list, and taking or withdrawing a decision (checked, replayed,
// saved).

#include "exercise/controldesk.h"

#include "exercise/exercisejson.h"
#include "exercise/exerciselogfile.h"
#include "exercise/exercisesession.h"
#include "panels/namedwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

bool needsRationale(DecisionType t)
{
    return t != DecisionType::Advance && t != DecisionType::Note && t != DecisionType::Observe &&
           t != DecisionType::EndExercise;
}

} // namespace

QPushButton *ControlDesk::decisionButton(const QString &text, DecisionType type, ExerciseRole role)
{
    auto *b = new QPushButton(text, this);
    // "hold", "walk-away@counterpart": a stable name for tests and accessibility.
    b->setObjectName(toString(type) +
                     (type == DecisionType::WalkAway ? u'@' + toString(role) : QString()));
    connect(b, &QPushButton::clicked, this, [this, type, role] { decide(type, role); });
    return b;
}

QWidget *ControlDesk::buildDecisions()
{
    auto *box = new QGroupBox(tr("Decisions"), this);
    auto *form = new QFormLayout;
    m_placement = named<QComboBox>(box, u"placement"_s);
    m_extend = new QSpinBox(box);
    m_extend->setRange(1, 24);
    m_extend->setPrefix(tr("by "));
    m_extend->setSuffix(tr(" month(s)"));
    m_action = named<QComboBox>(box, u"action"_s);
    m_delayTo = named<QSpinBox>(box, u"delayTo"_s);
    m_delayTo->setRange(0, 1200);
    m_delayTo->setPrefix(tr("to month "));
    m_reverse = new QCheckBox(tr("reverse it"), box);
    m_text = named<QLineEdit>(box, u"text"_s);
    m_rationale = named<QLineEdit>(box, u"rationale"_s);
    m_author = named<QLineEdit>(box, u"author"_s);
    form->addRow(tr("Placement:"), m_placement);
    form->addRow(tr("Extend:"), m_extend);
    auto *step = new QHBoxLayout;
    step->addWidget(m_action, 1);
    step->addWidget(m_delayTo);
    step->addWidget(m_reverse);
    form->addRow(tr("Counterpart action:"), step);
    form->addRow(tr("Note or observation:"), m_text);
    form->addRow(tr("Rationale:"), m_rationale);
    form->addRow(tr("Author:"), m_author);

    auto *grid = new QGridLayout;
    const auto add = [&](int row, int col, const QString &text, DecisionType t, ExerciseRole r) {
        grid->addWidget(decisionButton(text, t, r), row, col);
    };
    using T = DecisionType;
    using R = ExerciseRole;
    grid->addWidget(new QLabel(tr("Negotiators:"), box), 0, 0);
    add(0, 1, tr("Hold"), T::Hold, R::Negotiators);
    add(0, 2, tr("Release"), T::Release, R::Negotiators);
    add(0, 3, tr("Override gate"), T::OverrideGate, R::Negotiators);
    add(0, 4, tr("Re-impose"), T::Reimpose, R::Negotiators);
    add(1, 1, tr("Extend"), T::Extend, R::Negotiators);
    add(1, 2, tr("Invoke snapback"), T::InvokeSnapback, R::Negotiators);
    add(1, 3, tr("Walk away"), T::WalkAway, R::Negotiators);
    grid->addWidget(new QLabel(tr("Counterpart:"), box), 2, 0);
    add(2, 1, tr("Step"), T::Step, R::Counterpart);
    add(2, 2, tr("Cheat"), T::Cheat, R::Counterpart);
    add(2, 3, tr("Walk away"), T::WalkAway, R::Counterpart);
    grid->addWidget(new QLabel(tr("Control, observers:"), box), 3, 0);
    add(3, 1, tr("Note"), T::Note, R::Control);
    add(3, 2, tr("Observe"), T::Observe, R::Observers);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addLayout(grid);
    return box;
}

QWidget *ControlDesk::buildOpenTurn()
{
    auto *box = new QGroupBox(tr("This turn's decisions (withdrawable until Advance)"), this);
    auto *layout = new QVBoxLayout(box);
    m_openTurn = named<QListWidget>(box, u"openTurn"_s);
    m_openTurn->setWordWrap(true);
    m_openTurn->setMaximumHeight(110);
    layout->addWidget(m_openTurn);
    auto *withdraw = new QPushButton(tr("&Withdraw"), box);
    withdraw->setObjectName(u"withdraw"_s);
    connect(withdraw, &QPushButton::clicked, this, &ControlDesk::withdraw);
    layout->addWidget(withdraw);
    m_figures = named<QLabel>(box, u"figures"_s);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_figures);
    layout->addStretch();
    return box;
}

void ControlDesk::refreshTargets()
{
    const Plan &plan = m_session->plan();
    for (int p = 0; p < plan.phases.size(); ++p) {
        const Phase &phase = plan.phases.at(p);
        for (int r = 0; r < phase.reliefs.size(); ++r) {
            const SanctionsItem *item = plan.catalog.item(phase.reliefs.at(r).item);
            const QString text =
                tr("%1 / %2: %3")
                    .arg(phase.id)
                    .arg(r)
                    .arg(item && !item->name.isEmpty() ? item->name : phase.reliefs.at(r).item);
            m_placement->addItem(text, QPoint(p, r));
            m_placement->setItemData(m_placement->count() - 1, text, Qt::UserRole + 1);
        }
        for (const RequiredAction &a : phase.actions)
            if (m_action->findData(a.action) < 0)
                m_action->addItem(tr("%1 (phase %2)").arg(a.action, phase.id), a.action);
    }
}

// Each placement's state as played: waiting, held, running or ended (the
// item's text, so that the team picks what a decision may apply to).
void ControlDesk::refreshPlacementStates()
{
    QHash<QPair<int, int>, QString> state;
    for (const ExerciseMonth &m : m_session->run().months)
        for (const ExerciseEvent &e : m.events)
            if (e.type == ExerciseEventType::Start || e.type == ExerciseEventType::End)
                state.insert({e.placement.phase, e.placement.relief},
                             e.type == ExerciseEventType::Start ? tr("running") : tr("ended"));
    QSet<QPair<int, int>> held;
    for (const Decision &d : m_session->log().decisions) {
        if (d.turn >= m_session->run().turn)
            break; // the open turn's decisions apply at its first month
        if (d.type == DecisionType::Hold)
            held.insert({d.placement.phase, d.placement.relief});
        else if (d.type == DecisionType::Release)
            held.remove({d.placement.phase, d.placement.relief});
    }
    for (int i = 0; i < m_placement->count(); ++i) {
        const QPoint at = m_placement->itemData(i).toPoint();
        const QPair<int, int> key{at.x(), at.y()};
        const QString now = state.value(key, held.contains(key) ? tr("held") : tr("waiting"));
        m_placement->setItemText(i, m_placement->itemData(i, Qt::UserRole + 1).toString() +
                                        u" - "_s + now);
    }
}

void ControlDesk::refreshOpenTurn()
{
    m_openTurn->clear();
    const ExerciseRun &run = m_session->run();
    for (const Decision &d : m_session->log().decisions) {
        if (d.turn != run.turn)
            continue;
        QString text = tr("#%1 %2: %3").arg(d.seq).arg(toString(d.role), toString(d.type));
        if (!d.rationale.isEmpty())
            text += u" - "_s + d.rationale;
        auto *item = new QListWidgetItem(text, m_openTurn);
        item->setData(Qt::UserRole, d.seq);
    }
}

int ControlDesk::selectedInject() const
{
    const QList<QTableWidgetItem *> items = m_msel->selectedItems();
    return items.isEmpty() ? -1 : items.first()->row();
}

void ControlDesk::decide(DecisionType type, ExerciseRole role)
{
    Decision d;
    d.type = type;
    d.role = role;
    const QPoint placement = m_placement->currentData().toPoint();
    switch (type) {
    case DecisionType::FireInject:
    case DecisionType::SkipInject:
    case DecisionType::Adjudicate:
        d.inject = selectedInject();
        d.option = type == DecisionType::Adjudicate ? m_option->currentIndex() : -1;
        if (d.inject < 0 || (type == DecisionType::Adjudicate && d.option < 0)) {
            m_status->setText(
                tr("Select an inject in the MSEL first (and an option to adjudicate)."));
            return;
        }
        break;
    case DecisionType::Hold:
    case DecisionType::Release:
    case DecisionType::OverrideGate:
    case DecisionType::Reimpose:
    case DecisionType::Extend:
        d.placement = PlacementRef{placement.x(), placement.y()};
        d.months = type == DecisionType::Extend ? m_extend->value() : 0;
        break;
    case DecisionType::Step:
        d.action = m_action->currentData().toString();
        d.reverse = m_reverse->isChecked();
        if (!d.reverse)
            d.delayTo = m_delayTo->value();
        break;
    case DecisionType::Cheat:
    case DecisionType::Note:
    case DecisionType::Observe:
        d.text = m_text->text().trimmed();
        break;
    default:
        break;
    }
    take(d);
}

void ControlDesk::setTarget(PlacementRef ref, const QString &action)
{
    if (ref.isValid()) {
        const int i = m_placement->findData(QPoint(ref.phase, ref.relief));
        if (i >= 0)
            m_placement->setCurrentIndex(i);
    }
    if (!action.isEmpty()) {
        const int i = m_action->findData(action);
        if (i >= 0)
            m_action->setCurrentIndex(i);
    }
}

void ControlDesk::decideOn(PlacementRef ref, const QString &action, DecisionType type,
                           ExerciseRole role)
{
    setTarget(ref, action);
    decide(type, role);
}

bool ControlDesk::take(Decision d)
{
    ExerciseLog log = m_session->log();
    d.seq = int(log.decisions.size()) + 1;
    d.turn = m_session->run().turn;
    d.author = m_author->text().trimmed();
    if (needsRationale(d.type)) {
        d.rationale = m_rationale->text().trimmed();
        const bool required = m_session->package().rules.requireRationale;
        if (d.rationale.isEmpty() && required)
            d.rationale = askRationale(d.type);
        if (d.rationale.isEmpty() && required) {
            m_status->setText(
                tr("A rationale is required for %1: type it first.").arg(toString(d.type)));
            m_rationale->setFocus();
            return false;
        }
    }
    log.decisions.append(d);
    if (!commit(log))
        return false;
    m_rationale->clear();
    m_text->clear();
    return true;
}

// Checks the log as the command line would read it, replays it and saves it.
bool ControlDesk::commit(const ExerciseLog &log)
{
    const QByteArray json = exerciseLogJson(log, m_session->plan(), m_session->package());
    const LogReadResult read = readExerciseLog(json, m_session->plan(), m_session->package());
    QList<Problem> problems = read.problems;
    if (problems.isEmpty())
        problems = m_session->setLog(*read.log);
    if (!problems.isEmpty()) {
        m_status->setText(tr("Not taken: %1").arg(problems.first().reason));
        return false;
    }
    m_status->setText(m_keeper.keep(m_session->log(), m_session->plan(), m_session->package()));
    return true;
}

void ControlDesk::withdraw()
{
    const QListWidgetItem *item = m_openTurn->currentItem();
    if (!item)
        return;
    const int seq = item->data(Qt::UserRole).toInt();
    ExerciseLog log = m_session->log();
    log.decisions.removeAt(seq - 1);
    for (int i = seq - 1; i < log.decisions.size(); ++i)
        log.decisions[i].seq = i + 1;
    commit(log);
}

} // namespace tranche
