// The control desk's menus and its record of the months played: the
// Decisions menu (every decision type by role, on the selected placement,
// counterpart action or inject), the MSEL's context menu (fire, skip,
// adjudicate with the option's label), the decisions on the selection of the
// "Timeline as played" tab (its context menu), the rationale asked for when the
// package requires one, the table of months played with their events (chance
// draws named as such), and the evaluation and after-action report.

#include "exercise/controldesk.h"

#include "exercise/evaluationdialog.h"
#include "exercise/exercisesession.h"
#include "exercise/playedtimeline.h"
#include "export/aarwriter.h"
#include "model/money.h"
#include "timeline/timelineview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

#include <algorithm>
#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace tranche {

void ControlDesk::buildMenus()
{
    QMenu *exercise = menuBar()->addMenu(tr("&Exercise"));
    QAction *evaluation = exercise->addAction(tr("&Evaluation..."));
    evaluation->setObjectName(u"evaluation"_s);
    connect(evaluation, &QAction::triggered, this, &ControlDesk::editEvaluation);
    QAction *aar = exercise->addAction(tr("Export &After-Action Report..."));
    aar->setObjectName(u"exportAar"_s);
    connect(aar, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export After-Action Report"),
                                                          QString(), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            m_status->setText(exportAfterActionReport(path));
    });

    QMenu *decisions = menuBar()->addMenu(tr("&Decisions"));
    QMenu *control = decisions->addMenu(tr("&Control"));
    QAction *advance = control->addAction(tr("&Advance"));
    advance->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(advance, &QAction::triggered, m_advance, &QPushButton::click);
    QMenu *menus[] = {control, decisions->addMenu(tr("&Negotiators")),
                      decisions->addMenu(tr("C&ounterpart")), decisions};
    using T = DecisionType;
    using R = ExerciseRole;
    static const struct
    {
        int menu;
        const char *text;
        T type;
        R role;
    } entries[] = {
        {0, QT_TR_NOOP("&Fire the selected inject now"), T::FireInject, R::Control},
        {0, QT_TR_NOOP("&Skip the selected inject"), T::SkipInject, R::Control},
        {0, QT_TR_NOOP("A&djudicate the selected inject"), T::Adjudicate, R::Control},
        {0, QT_TR_NOOP("&End the exercise"), T::EndExercise, R::Control},
        {1, QT_TR_NOOP("&Hold the selected placement"), T::Hold, R::Negotiators},
        {1, QT_TR_NOOP("&Release the selected placement"), T::Release, R::Negotiators},
        {1, QT_TR_NOOP("&Override its gate"), T::OverrideGate, R::Negotiators},
        {1, QT_TR_NOOP("Re-&impose it"), T::Reimpose, R::Negotiators},
        {1, QT_TR_NOOP("&Extend it"), T::Extend, R::Negotiators},
        {1, QT_TR_NOOP("Invoke &snapback"), T::InvokeSnapback, R::Negotiators},
        {1, QT_TR_NOOP("&Walk away"), T::WalkAway, R::Negotiators},
        {2, QT_TR_NOOP("&Step on the selected action"), T::Step, R::Counterpart},
        {2, QT_TR_NOOP("&Cheat"), T::Cheat, R::Counterpart},
        {2, QT_TR_NOOP("&Walk away"), T::WalkAway, R::Counterpart},
        {3, QT_TR_NOOP("&Note"), T::Note, R::Control},
        {3, QT_TR_NOOP("O&bserve"), T::Observe, R::Observers},
    };
    for (const auto &e : entries) {
        if (e.menu == 3 && e.type == T::Note)
            decisions->addSeparator();
        QAction *a = menus[e.menu]->addAction(tr(e.text));
        connect(a, &QAction::triggered, this,
                [this, type = e.type, role = e.role] { decide(type, role); });
    }
    decisions->addSeparator();
    QAction *withdrawAct = decisions->addAction(tr("&Withdraw the selected decision"));
    connect(withdrawAct, &QAction::triggered, this, &ControlDesk::withdraw);
}

// Right-click on an inject: fire, skip, or adjudicate one of its options.
void ControlDesk::showMselMenu(const QPoint &pos)
{
    const int row = m_msel->rowAt(pos.y());
    if (row < 0)
        return;
    m_msel->selectRow(row);
    QMenu menu(this);
    menu.setObjectName(u"mselMenu"_s);
    menu.addAction(tr("Fire now"), this,
                   [this] { decide(DecisionType::FireInject, ExerciseRole::Control); });
    menu.addAction(tr("Skip"), this,
                   [this] { decide(DecisionType::SkipInject, ExerciseRole::Control); });
    const Inject &inject = m_session->package().injects.at(row);
    if (!inject.options.isEmpty()) {
        QMenu *adjudicate = menu.addMenu(tr("Adjudicate"));
        for (int o = 0; o < inject.options.size(); ++o) {
            const InjectOption &option = inject.options.at(o);
            adjudicate->addAction(option.label.isEmpty() ? option.id : option.label, this,
                                  [this, o] {
                                      m_option->setCurrentIndex(o);
                                      decide(DecisionType::Adjudicate, ExerciseRole::Control);
                                  });
        }
    }
    menu.exec(m_msel->viewport()->mapToGlobal(pos));
}

void ControlDesk::watchPlayedTimeline(QTabWidget *tabs)
{
    m_playedTimeline = tabs->findChild<PlayedTimeline *>();
    if (!m_playedTimeline)
        return;
    connect(m_playedTimeline->view(), &TimelineView::selectionChanged, this,
            &ControlDesk::targetFromPlayed);
    connect(m_playedTimeline, &PlayedTimeline::targetMenuRequested, this,
            &ControlDesk::showPlayedMenu);
}

// The played timeline's selection becomes the target: its first placement,
// or its action (a phase alone: the phase's first action).
void ControlDesk::targetFromPlayed()
{
    const TimelineView *view = m_playedTimeline->view();
    const QList<PlacementRef> placements = view->selectedPlacements();
    const int phase = view->selectedPhase();
    QString action;
    if (phase >= 0 && placements.isEmpty()) {
        const QList<RequiredAction> &actions = m_session->plan().phases.at(phase).actions;
        const int a = std::max(0, view->selectedAction());
        action = a < actions.size() ? actions.at(a).action : QString();
    }
    setTarget(placements.isEmpty() ? PlacementRef{} : placements.first(), action);
}

// Right-click on the played timeline: the decisions that apply to what is
// selected there, under their role: a placement's by the negotiators, a
// phase's required actions' steps by the counterpart.
void ControlDesk::showPlayedMenu(const QPoint &globalPos)
{
    const TimelineView *view = m_playedTimeline->view();
    auto *menu = new QMenu(this);
    menu->setObjectName(u"playedMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    bool any = false;
    // reverse: a step's "reverse" (0, 1), -1 for the other types.
    const auto add = [&](const QString &text, const QString &name, PlacementRef ref,
                         const QString &action, DecisionType type, ExerciseRole role, int reverse) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, [this, ref, action, type, role, reverse] {
            if (reverse >= 0)
                m_reverse->setChecked(reverse == 1);
            decideOn(ref, action, type, role);
        });
        any = true;
    };
    using T = DecisionType;
    const QList<PlacementRef> placements = view->selectedPlacements();
    if (!placements.isEmpty()) {
        const PlacementRef ref = placements.first();
        menu->addSection(tr("Negotiators, on %1").arg(m_placement->currentText()));
        const std::initializer_list<std::pair<T, QString>> types{
            {T::Hold, tr("&Hold")},
            {T::Release, tr("&Release")},
            {T::OverrideGate, tr("&Override its gate")},
            {T::Reimpose, tr("Re-&impose")},
            {T::Extend, tr("&Extend by %1 month(s)").arg(m_extend->value())}};
        for (const auto &[type, text] : types)
            add(text, toString(type), ref, {}, type, ExerciseRole::Negotiators, -1);
    } else if (const int phase = view->selectedPhase(); phase >= 0) {
        const QList<RequiredAction> &actions = m_session->plan().phases.at(phase).actions;
        const int only = view->selectedAction();
        menu->addSection(tr("Counterpart"));
        for (int i = 0; i < actions.size(); ++i) {
            if (only >= 0 && i != only)
                continue;
            const QString id = actions.at(i).action;
            add(tr("Delay %1 to month %2").arg(id).arg(m_delayTo->value()), u"delay:"_s + id, {},
                id, T::Step, ExerciseRole::Counterpart, 0);
            add(tr("Reverse %1 (fail its verification)").arg(id), u"reverse:"_s + id, {}, id,
                T::Step, ExerciseRole::Counterpart, 1);
        }
    }
    if (!any) {
        delete menu;
        return;
    }
    menu->popup(globalPos);
}

QString ControlDesk::askRationale(DecisionType type)
{
    QInputDialog dialog(this);
    dialog.setObjectName(u"rationaleDialog"_s);
    dialog.setWindowTitle(tr("Rationale"));
    dialog.setLabelText(tr("Why this %1? The exercise asks for a rationale.").arg(toString(type)));
    dialog.setTextEchoMode(QLineEdit::Normal);
    return dialog.exec() == QDialog::Accepted ? dialog.textValue().trimmed() : QString();
}

QWidget *ControlDesk::buildPlayed()
{
    m_played = new QTableWidget(this);
    m_played->setObjectName(u"played"_s);
    m_played->setColumnCount(8);
    m_played->setHorizontalHeaderLabels({tr("Month"), tr("Turn"), tr("Released"),
                                         tr("Released so far"), tr("In escrow"),
                                         tr("Kept if they walk"), tr("Breach"), tr("Events")});
    m_played->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_played->verticalHeader()->hide();
    m_played->horizontalHeader()->setStretchLastSection(true);
    m_played->setWordWrap(true);
    return m_played;
}

// An event as the desk lists it ("" for those it leaves to the journal).
QString ControlDesk::eventText(const ExerciseEvent &e) const
{
    const ExercisePackage &package = m_session->package();
    const Plan &plan = m_session->plan();
    const auto placement = [&plan](const PlacementRef &r) {
        return u"%1/%2"_s.arg(plan.phases.value(r.phase).id).arg(r.relief);
    };
    switch (e.type) {
    case ExerciseEventType::Inject:
        return tr("%1 fired").arg(package.injects.at(e.inject).id);
    case ExerciseEventType::Option: {
        const Inject &inject = package.injects.at(e.inject);
        const InjectOption &option = inject.options.at(e.option);
        bool adjudicated = false;
        for (const Decision &d : m_session->log().decisions)
            adjudicated |= d.type == DecisionType::Adjudicate && d.inject == e.inject;
        const QString label = option.label.isEmpty() ? option.id : option.label;
        return inject.chance && !adjudicated ? tr("%1: chance drew \"%2\"").arg(inject.id, label)
                                             : tr("%1: \"%2\"").arg(inject.id, label);
    }
    case ExerciseEventType::Failed:
        return tr("%1 failed").arg(e.action);
    case ExerciseEventType::Start:
        return tr("%1 starts").arg(placement(e.placement));
    case ExerciseEventType::End:
        return tr("%1 ends").arg(placement(e.placement));
    case ExerciseEventType::Breach:
        return tr("breach");
    case ExerciseEventType::Cure:
        return tr("cured");
    case ExerciseEventType::Payout:
        return tr("escrow paid out %1").arg(formatMoney(e.amount));
    case ExerciseEventType::EscrowBreach:
        return tr("escrow leaked %1").arg(formatMoney(e.amount));
    default:
        break;
    }
    return {};
}

void ControlDesk::refreshPlayed()
{
    const QList<ExerciseMonth> &months = m_session->run().months;
    m_played->setRowCount(int(months.size()));
    QStringList options; // the options of the turn just played: drawn or adjudicated
    for (int r = 0; r < months.size(); ++r) {
        const ExerciseMonth &m = months.at(r);
        QStringList events;
        for (const ExerciseEvent &e : m.events) {
            const QString text = eventText(e);
            if (text.isEmpty())
                continue;
            events << text;
            if (e.type == ExerciseEventType::Option && m.turn + 1 == m_session->run().turn)
                options << tr("Month %1: %2").arg(m.month).arg(text);
        }
        const QStringList cells{QString::number(m.month),
                                m.turn > 0 ? QString::number(m.turn) : u"-"_s,
                                formatMoney(m.released),
                                formatMoney(m.releasedCumulative),
                                formatMoney(m.escrowBalance),
                                formatMoney(m.exposure),
                                m.inBreach ? tr("in breach") : QString(),
                                events.join(u"; "_s)};
        for (int c = 0; c < cells.size(); ++c)
            m_played->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_played->resizeColumnsToContents();
    if (!months.isEmpty())
        m_played->scrollToBottom();
    m_turnEvents->setText(options.join(u'\n'));
}

void ControlDesk::editEvaluation()
{
    if (m_session->turnMonths().isEmpty()) {
        m_status->setText(tr("The evaluation comes after play: advance a turn first."));
        return;
    }
    EvaluationDialog dialog(m_session->package(), m_session->run(), m_session->log(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExerciseLog log = m_session->log();
    log.ratings = dialog.ratings();
    log.improvements = dialog.improvements();
    commit(log);
}

QString ControlDesk::exportAfterActionReport(const QString &path) const
{
    return writeAfterActionReport(m_session->input(), path);
}

} // namespace tranche
