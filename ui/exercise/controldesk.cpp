#include "exercise/controldesk.h"

#include "exercise/caveatbanner.h"
#include "exercise/exercisejson.h"
#include "exercise/exerciselogfile.h"
#include "exercise/exercisesession.h"
#include "exercise/playedcharts.h"
#include "exercise/publicscreen.h"
#include "export/exercisefigures.h"
#include "model/money.h"
#include "model/monthlabel.h"
#include "model/safetext.h"
#include "panels/namedwidget.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

QString triggerText(const ExercisePackage &package, const Inject &inject)
{
    switch (inject.trigger) {
    case TriggerKind::At:
        return ControlDesk::tr("at month %1").arg(inject.at);
    case TriggerKind::After:
        return ControlDesk::tr("%1 month(s) after %2")
            .arg(inject.delay)
            .arg(package.injects.at(inject.after).id);
    case TriggerKind::When:
        return ControlDesk::tr("when its condition holds (months %1-%2)")
            .arg(inject.notBefore)
            .arg(inject.notAfter);
    case TriggerKind::Manual:
        break;
    }
    return ControlDesk::tr("manual (control fires it)");
}

} // namespace

ControlDesk::ControlDesk(std::unique_ptr<ExerciseSession> session, const QString &logPath,
                         QWidget *parent)
    : QMainWindow(parent), m_session(std::move(session)), m_logPath(logPath),
      m_keeper(logPath, m_session->packagePath())
{
    setWindowTitle(tr("Exercise control desk - %1").arg(m_session->package().title));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_caveat = new CaveatBanner(m_session->package().caveat, central);
    layout->addWidget(m_caveat);
    layout->addWidget(buildClock());
    m_turnEvents = new QLabel(central);
    m_turnEvents->setTextFormat(Qt::PlainText); // inject titles from the package
    m_turnEvents->setObjectName(u"turnEvents"_s);
    layout->addWidget(m_turnEvents);
    auto *split = new QSplitter(Qt::Horizontal, central);
    auto *tabs = withPlayedTabs(buildMsel(), m_session.get()); // and the plan as played
    tabs->insertTab(1, buildPlayed(), tr("Months played"));
    watchPlayedTimeline(tabs);
    split->addWidget(tabs);
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(buildDecisions());
    rightLayout->addWidget(buildOpenTurn(), 1);
    split->addWidget(right);
    split->setSizes({740, 540});
    layout->addWidget(split, 1);
    m_status = new QLabel(central);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(u"status"_s);
    m_status->setStyleSheet(u"color: #c53030;"_s);
    layout->addWidget(m_status);
    setCentralWidget(central);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *publicAct = view->addAction(tr("&Public Screen"));
    connect(publicAct, &QAction::triggered, this, &ControlDesk::showPublicScreen);
    buildMenus();
    connect(m_session.get(), &ExerciseSession::changed, this, &ControlDesk::refresh);
    refreshTargets();
    refresh();
}

ControlDesk::~ControlDesk()
{
    delete m_public; // before the session it shows
}

ControlDesk *ControlDesk::open(const QString &package, const QString &log, QStringList &errors)
{
    const QString path = exerciseLogPath(package);
    // A newer log in the package or a recovery file goes beside first; one
    // that cannot be put there is not played over (that would lose it).
    if (const QString e = log.isEmpty() ? restoreExerciseLog(package, path) : QString();
        !e.isEmpty()) {
        errors << e;
        return nullptr;
    }
    const QString read = !log.isEmpty() ? log : (QFileInfo::exists(path) ? path : QString());
    std::unique_ptr<ExerciseSession> session = ExerciseSession::open(package, read, errors);
    if (!session)
        return nullptr;
    return new ControlDesk(std::move(session), log.isEmpty() ? path : log);
}

ControlDesk *ControlDesk::openWindow(const QString &package, QWidget *parent, const QString &title)
{
    QStringList errors;
    ControlDesk *desk = open(package, {}, errors);
    if (!desk) {
        QMessageBox::warning(parent, title, plainToolTip(errors.join(u'\n')));
        return nullptr;
    }
    desk->setAttribute(Qt::WA_DeleteOnClose);
    desk->resize(1280, 800);
    desk->show();
    return desk;
}

QString ControlDesk::statusText() const
{
    return m_status->text();
}

void ControlDesk::showPublicScreen()
{
    if (!m_public) {
        m_public = new PublicScreen(m_session.get());
        m_public->setAttribute(Qt::WA_DeleteOnClose);
        m_public->resize(1280, 720);
    }
    // With a second display (the projector), full screen there; else a window.
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() > 1 && screens.constLast() != screen()) {
        m_public->setGeometry(screens.constLast()->geometry());
        m_public->showFullScreen();
    } else {
        m_public->show();
    }
    m_public->raise();
}

QWidget *ControlDesk::buildClock()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_clock = named<QLabel>(box, u"clock"_s);
    QFont f = m_clock->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_clock->setFont(f);
    row->addWidget(m_clock, 1);
    m_kept = named<QLabel>(box, u"kept"_s);
    m_kept->setFont(f);
    row->addWidget(m_kept);
    m_months = named<QSpinBox>(box, u"months"_s);
    m_months->setRange(1, 12);
    m_months->setValue(std::max(1, m_session->package().monthsPerTurn));
    m_months->setSuffix(tr(" months"));
    row->addWidget(m_months);
    m_advance = namedButton(box, tr("&Advance"), u"advance"_s);
    connect(m_advance, &QPushButton::clicked, this, [this] {
        Decision d;
        d.type = DecisionType::Advance;
        d.months = m_months->value();
        take(d);
    });
    row->addWidget(m_advance);
    return box;
}

QWidget *ControlDesk::buildMsel()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_msel = named<QTableWidget>(box, u"msel"_s);
    m_msel->setColumnCount(6);
    m_msel->setHorizontalHeaderLabels({tr("Inject"), tr("Status"), tr("Trigger"), tr("Audience"),
                                       tr("Synopsis"), tr("Controller notes")});
    m_msel->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_msel->setSelectionMode(QAbstractItemView::SingleSelection);
    m_msel->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_msel->setWordWrap(true);
    m_msel->horizontalHeader()->setStretchLastSection(true);
    m_msel->verticalHeader()->hide();
    m_msel->verticalHeader()->setMaximumSectionSize(76); // the rest in the cell's tooltip
    m_msel->setTextElideMode(Qt::ElideNone);
    m_msel->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_msel, &QWidget::customContextMenuRequested, this, &ControlDesk::showMselMenu);
    for (const auto &[column, width] : {std::pair{0, 140}, {1, 90}, {2, 105}, {3, 55}, {4, 190}})
        m_msel->setColumnWidth(column, width);
    layout->addWidget(m_msel, 1);
    auto *fire = namedButton(box, tr("&Fire now"), u"fire-inject"_s);
    auto *skip = namedButton(box, tr("&Skip"), u"skip-inject"_s);
    m_option = named<QComboBox>(box, u"option"_s);
    auto *adjudicate = namedButton(box, tr("A&djudicate"), u"adjudicate"_s);
    QHBoxLayout *buttons = leftAlignedRow({fire, skip});
    buttons->addWidget(m_option, 1);
    buttons->addWidget(adjudicate);
    layout->addLayout(buttons);
    connect(fire, &QPushButton::clicked, this,
            [this] { decide(DecisionType::FireInject, ExerciseRole::Control); });
    connect(skip, &QPushButton::clicked, this,
            [this] { decide(DecisionType::SkipInject, ExerciseRole::Control); });
    connect(adjudicate, &QPushButton::clicked, this,
            [this] { decide(DecisionType::Adjudicate, ExerciseRole::Control); });
    connect(m_msel, &QTableWidget::itemSelectionChanged, this, [this] {
        m_option->clear();
        const int i = selectedInject();
        if (i >= 0)
            for (const InjectOption &o : m_session->package().injects.at(i).options)
                m_option->addItem(o.label.isEmpty() ? o.id : o.label);
    });
    return box;
}

void ControlDesk::refresh()
{
    const ExercisePackage &package = m_session->package();
    const ExerciseRun &run = m_session->run();
    m_caveat->setCaveat(package.caveat);
    const bool over = run.clock > package.endMonth;
    const std::optional<QDate> date = m_session->plan().monthDate(run.clock);
    const int left = std::max(0, package.endMonth + 1 - run.clock);
    m_clock->setText(over
                         ? tr("All %1 months played").arg(package.endMonth + 1 - package.startMonth)
                         : tr("Turn %1 - month %2%3 - %4 months still to play")
                               .arg(run.turn)
                               .arg(run.clock)
                               .arg(date ? u" (%1)"_s.arg(monthLabel(*date)) : QString())
                               .arg(left));
    m_advance->setEnabled(!over);
    const ExerciseMonth *last = m_session->lastPlayed();
    m_kept->setText(tr("Kept if they walk now: %1").arg(formatMoney(last ? last->exposure : 0)));
    refreshMsel();
    refreshOpenTurn();
    refreshFigures();
    refreshPlayed();
    refreshPlacementStates();
}

void ControlDesk::refreshMsel()
{
    const ExercisePackage &package = m_session->package();
    const int selected = selectedInject();
    QHash<int, int> fired; // inject -> month
    for (const auto &[month, index] : m_session->firedInjects())
        fired.insert(index, month);
    QSet<int> skipped;
    for (const Decision &d : m_session->log().decisions)
        if (d.type == DecisionType::SkipInject)
            skipped.insert(d.inject);
    m_msel->setRowCount(int(package.injects.size()));
    for (int i = 0; i < package.injects.size(); ++i) {
        const Inject &inject = package.injects.at(i);
        const bool due = m_session->run().due.contains(i);
        const QString status = fired.contains(i)     ? tr("fired (month %1)").arg(fired.value(i))
                               : skipped.contains(i) ? tr("skipped")
                               : due                 ? tr("due")
                                                     : tr("pending");
        const QStringList cells{
            inject.id + u": "_s + inject.title, status,          triggerText(package, inject),
            inject.audience.join(u", "_s),      inject.synopsis, inject.controllerNotes};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(plainToolTip(cells.at(c))); // package text: never markup
            if (c == 1 && (due || fired.contains(i)))
                item->setForeground(due ? QColor(0xc0, 0x56, 0x21) : QColor(0x27, 0x67, 0x49));
            m_msel->setItem(i, c, item);
        }
    }
    m_msel->resizeRowsToContents();
    if (selected >= 0)
        m_msel->selectRow(selected);
}

void ControlDesk::refreshFigures()
{
    QStringList lines;
    for (const ExerciseFigure &f : exerciseFigures(m_session->run()))
        lines << tr("%1 %2 (%3) - %4").arg(f.id, f.value, f.metText(), f.what);
    m_figures->setText(lines.join(u'\n'));
}

} // namespace tranche
