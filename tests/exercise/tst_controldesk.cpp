// The control desk driven end to end with real clicks and keys on the bundled
// DPRK exercise (a copy in a temporary folder): advance by a chosen number,
// an inject shown due before it fires, re-impose a running placement, hold
// one with the rationale typed into the dialog the desk asks with, a
// counterpart step, a note withdrawn, adjudicate an inject before it fires
// and fire a manual one, a chance draw named where it happens. After every
// turn the desk's table of months played, its clock and "kept if they walk
// now" are kept; at the end the log it saved beside the package is played
// exactly as `tranche exercise run --format json` plays it and every month of
// every turn must show the same numbers. The evaluation entered in the window
// is saved with the log and the after-action report it writes drops DRAFT.
// A click on the "Timeline as played" tab picks a placement, a required
// action or a phase, and its context menu takes the decision on it.

#include "cli/exercisecli.h"
#include "exercise/controldesk.h"
#include "exercise/exerciselogfile.h"
#include "exercise/exerciseoutput.h"
#include "exercise/exercisesession.h"
#include "exercise/playedtimeline.h"
#include "export/aarwriter.h"
#include "model/money.h"
#include "support/bundledexercise.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

template <typename W> W *child(const QWidget *desk, const QString &name)
{
    W *w = desk->findChild<W *>(name);
    if (!w)
        qWarning("no widget %s", qPrintable(name));
    return w;
}

// What the desk shows after a turn: its clock, "kept if they walk now", X1..X8
// and the table of months played (one list of cells a month).
struct Shown
{
    QString clock;
    QString kept;
    QString figures;
    QList<QStringList> months;
};

// The modal dialog the desk opens next: types text into its line edit and
// presses Return (empty text: Escape).
void answerNextDialog(const QString &text)
{
    QTimer::singleShot(0, qApp, [text] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), u"rationaleDialog"_s);
        auto *line = dialog->findChild<QLineEdit *>();
        QVERIFY(line);
        QTest::keyClicks(line, text);
        QTest::keyClick(line, text.isEmpty() ? Qt::Key_Escape : Qt::Key_Return);
    });
}

} // namespace

class TestControlDesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // recovery files
    void playsAndSavesTheSameRun();
    void evaluationInTheWindow();
    void packageTextIsPlain();
    void refusalQuotesFileNameAsWritten();
    void decisionsFromThePlayedTimeline_data();
    void decisionsFromThePlayedTimeline();

private:
    void click(QWidget *desk, const QString &button);
    void type(QWidget *desk, const QString &field, const QString &text);
    void selectInject(QWidget *desk, const QString &id);
    void fire(QWidget *desk, const QString &inject, const QString &rationale);
    void selectPlacement(QWidget *desk, int phase, int relief);
    QString injectStatus(QWidget *desk, const QString &id);
    Shown shown(QWidget *desk);
    void advance(QWidget *desk, int months, QList<Shown> &turns);
    void playThroughTheWindow(ControlDesk *d, QList<Shown> &turns);
    void compareTurn(const Shown &s, int turn, const QJsonArray &months,
                     const PlayedExercise &played, int &compared, int &draws);
};

void TestControlDesk::click(QWidget *desk, const QString &button)
{
    QPushButton *b = child<QPushButton>(desk, button);
    QVERIFY(b);
    QTest::mouseClick(b, Qt::LeftButton);
}

void TestControlDesk::type(QWidget *desk, const QString &field, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(desk, field);
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

void TestControlDesk::selectInject(QWidget *desk, const QString &id)
{
    QTableWidget *msel = child<QTableWidget>(desk, u"msel"_s);
    QVERIFY(msel);
    for (int r = 0; r < msel->rowCount(); ++r)
        if (msel->item(r, 0)->text().startsWith(id + u':')) {
            msel->scrollToItem(msel->item(r, 1));
            QTest::mouseClick(msel->viewport(), Qt::LeftButton, {},
                              msel->visualItemRect(msel->item(r, 1)).center());
            QCOMPARE(msel->currentRow(), r);
            return;
        }
    QFAIL(qPrintable(u"no inject "_s + id));
}

// Selects the inject, types the rationale and clicks Fire now.
void TestControlDesk::fire(QWidget *desk, const QString &inject, const QString &rationale)
{
    selectInject(desk, inject);
    type(desk, u"rationale"_s, rationale);
    click(desk, u"fire-inject"_s);
    QCOMPARE(static_cast<ControlDesk *>(desk)->statusText(), QString());
}

// Picks the placement in the desk's list with the keyboard.
void TestControlDesk::selectPlacement(QWidget *desk, int phase, int relief)
{
    QComboBox *combo = child<QComboBox>(desk, u"placement"_s);
    QVERIFY(combo);
    const int at = combo->findData(QPoint(phase, relief));
    QVERIFY(at >= 0);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < at; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), at);
}

QString TestControlDesk::injectStatus(QWidget *desk, const QString &id)
{
    QTableWidget *msel = child<QTableWidget>(desk, u"msel"_s);
    for (int r = 0; r < msel->rowCount(); ++r)
        if (msel->item(r, 0)->text().startsWith(id + u':'))
            return msel->item(r, 1)->text();
    return {};
}

Shown TestControlDesk::shown(QWidget *desk)
{
    Shown s{child<QLabel>(desk, u"clock"_s)->text(),
            child<QLabel>(desk, u"kept"_s)->text(),
            child<QLabel>(desk, u"figures"_s)->text(),
            {}};
    const QTableWidget *played = child<QTableWidget>(desk, u"played"_s);
    for (int r = 0; r < played->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < played->columnCount(); ++c)
            cells << played->item(r, c)->text();
        s.months << cells;
    }
    return s;
}

// Types the number of months into the spin box and clicks Advance.
void TestControlDesk::advance(QWidget *desk, int months, QList<Shown> &turns)
{
    QSpinBox *spin = child<QSpinBox>(desk, u"months"_s);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(months));
    QCOMPARE(spin->value(), months);
    click(desk, u"advance"_s);
    QCOMPARE(static_cast<ControlDesk *>(desk)->statusText(), QString());
    turns << shown(desk);
}

// One turn as the desk showed it against the saved log's run: each month it
// played (figures, breach, chance draws) and, from the log as it stood after
// that turn, the clock and "kept if they walk now".
void TestControlDesk::compareTurn(const Shown &s, int turn, const QJsonArray &months,
                                  const PlayedExercise &played, int &compared, int &draws)
{
    for (int m = 0; m < s.months.size(); ++m) {
        const QJsonObject month = months.at(m).toObject();
        const QStringList &cells = s.months.at(m);
        if (cells.at(1) != QString::number(turn))
            continue; // played in another turn
        ++compared;
        const QString where = u"turn %1 month %2"_s.arg(turn).arg(m);
        QCOMPARE(cells.at(0), QString::number(month.value("month"_L1).toInt()));
        QVERIFY2(cells.at(2) == formatMoney(month.value("released"_L1).toDouble()),
                 qPrintable(where));
        QVERIFY2(cells.at(3) == formatMoney(month.value("releasedCumulative"_L1).toDouble()),
                 qPrintable(where));
        QVERIFY2(cells.at(4) == formatMoney(month.value("escrowBalance"_L1).toDouble()),
                 qPrintable(where));
        QVERIFY2(cells.at(5) == formatMoney(month.value("exposure"_L1).toDouble()),
                 qPrintable(where));
        QCOMPARE(!cells.at(6).isEmpty(), month.value("inBreach"_L1).toBool());
        // Every chance draw is named in the month it happened.
        for (const QJsonValue &e : month.value("events"_L1).toArray()) {
            const QJsonObject event = e.toObject();
            if (event.value("type"_L1).toString() != "option"_L1)
                continue;
            const int inject = played.package.injectIndex(event.value("inject"_L1).toString());
            const bool adjudicated =
                std::any_of(played.log->decisions.cbegin(), played.log->decisions.cend(),
                            [inject](const Decision &d) {
                                return d.type == DecisionType::Adjudicate && d.inject == inject;
                            });
            if (played.package.injects.at(inject).chance && !adjudicated) {
                QVERIFY2(cells.at(7).contains(u"chance drew"_s), qPrintable(where));
                ++draws;
            }
        }
    }
    // The clock and "kept if they walk now" of that turn, from the log as it then stood.
    ExerciseLog prefix = *played.log;
    int advances = 0;
    for (int i = 0; i < prefix.decisions.size(); ++i)
        if (prefix.decisions.at(i).type == DecisionType::Advance && ++advances == turn) {
            prefix.decisions = prefix.decisions.mid(0, i + 1);
            break;
        }
    const ExerciseRun run = runExercise(played.plan, played.package, &prefix);
    QVERIFY2(s.clock.contains(u"month %1 "_s.arg(run.clock)) || s.clock.startsWith(u"All "_s),
             qPrintable(s.clock));
    QVERIFY2(s.kept.endsWith(formatMoney(run.months.constLast().exposure)), qPrintable(s.kept));
}

// Plays eight turns of the drill at the desk with clicks and keys, keeping
// what it shows after each.
void TestControlDesk::playThroughTheWindow(ControlDesk *d, QList<Shown> &turns)
{

    // Turn 1: four months (not the package's three); the interim relief starts in month 3.
    QCOMPARE(injectStatus(d, u"launch"_s), u"pending"_s);
    advance(d, 4, turns);

    // Turn 2 (month 4): the launch is due. Re-impose the running interim relief
    // (rationale typed in the field), hold a phase-2 placement (the rationale
    // asked for by the dialog: refused once, then typed), a counterpart step,
    // a note withdrawn.
    QCOMPARE(injectStatus(d, u"launch"_s), u"due"_s);
    selectPlacement(d, 0, 0);
    type(d, u"rationale"_s, u"Relief must stop before they launch."_s);
    type(d, u"author"_s, u"Blue lead"_s);
    click(d, u"reimpose"_s);
    QCOMPARE(d->statusText(), QString());
    selectPlacement(d, 1, 0);
    answerNextDialog(QString());
    click(d, u"hold"_s);
    QVERIFY2(d->statusText().contains(u"rationale"_s), qPrintable(d->statusText()));
    answerNextDialog(u"No coal relief while the launch is unanswered."_s);
    click(d, u"hold"_s);
    QCOMPARE(d->statusText(), QString());
    type(d, u"text"_s, u"to be withdrawn"_s);
    click(d, u"note"_s);
    QListWidget *open = child<QListWidget>(d, u"openTurn"_s);
    QCOMPARE(open->count(), 3);
    open->setCurrentRow(2);
    click(d, u"withdraw"_s);
    QCOMPARE(open->count(), 2);
    QComboBox *action = child<QComboBox>(d, u"action"_s);
    action->setCurrentIndex(action->findData(u"a11"_s));
    QSpinBox *delayTo = child<QSpinBox>(d, u"delayTo"_s);
    delayTo->setFocus();
    delayTo->selectAll();
    QTest::keyClicks(delayTo, u"14"_s);
    type(d, u"rationale"_s, u"Stall the protocol."_s);
    click(d, u"step"_s);
    QCOMPARE(d->statusText(), QString());
    QCOMPARE(open->count(), 3);
    advance(d, 3, turns);

    // Turn 3 (month 7): adjudicate the test site before it fires, fire the veto.
    selectInject(d, u"test-site"_s);
    QComboBox *option = child<QComboBox>(d, u"option"_s);
    QVERIFY(option->count() > 1);
    option->setCurrentIndex(1);
    type(d, u"rationale"_s, u"Journalists are not inspectors."_s);
    click(d, u"adjudicate"_s);
    QCOMPARE(d->statusText(), QString());
    fire(d, u"veto"_s, u"Test the team on a blocked snapback."_s);
    advance(d, 3, turns);
    QVERIFY2(child<QLabel>(d, u"turnEvents"_s)->text().contains(u"test-site"_s),
             qPrintable(child<QLabel>(d, u"turnEvents"_s)->text()));

    // Turns 4 to 8: release the hold, then play on (the escrow agent's chance inject).
    selectPlacement(d, 1, 0);
    type(d, u"rationale"_s, u"The protocol is back on track."_s);
    click(d, u"release"_s);
    QCOMPARE(d->statusText(), QString());
    fire(d, u"escrow-agent"_s, u"Press the escrow agent early."_s); // chance decides it
    advance(d, 6, turns);
    QVERIFY2(child<QLabel>(d, u"turnEvents"_s)->text().contains(u"chance drew"_s),
             qPrintable(child<QLabel>(d, u"turnEvents"_s)->text()));
    for (int t = 0; t < 4; ++t)
        advance(d, 6, turns);
}

void TestControlDesk::playsAndSavesTheSameRun()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString package = exercisetest::copyBundledExercise(dir, false);
    QVERIFY(!package.isEmpty());
    QStringList errors;
    std::unique_ptr<ControlDesk> desk(ControlDesk::open(package, {}, errors));
    QVERIFY2(desk, qPrintable(errors.join(u'\n')));
    QCOMPARE(desk->logPath(), dir.filePath(u"drill.log.json"_s));
    desk->resize(1280, 800);
    desk->show();
    QVERIFY(QTest::qWaitForWindowExposed(desk.get()));
    QList<Shown> turns;
    playThroughTheWindow(desk.get(), turns);
    if (QTest::currentTestFailed())
        return;

    // The saved log, played as `tranche exercise run --format json` plays it.
    errors.clear();
    const auto played = playExercise(package, desk->logPath(), errors);
    QVERIFY2(played, qPrintable(errors.join(u'\n')));
    const QJsonObject json = QJsonDocument::fromJson(exerciseJson(played->input(), false)).object();
    const QJsonArray months = json.value("months"_L1).toArray();
    QCOMPARE(months.size(), turns.constLast().months.size());
    int compared = 0;
    int draws = 0;
    for (int t = 0; t < turns.size(); ++t) {
        compareTurn(turns.at(t), t + 1, months, *played, compared, draws);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(compared, months.size());
    QCOMPARE(draws, 1);
    const QJsonObject metrics = json.value("metrics"_L1).toObject();
    QVERIFY(turns.constLast().figures.contains(u"X8 "_s +
                                               formatMoney(metrics.value("X8"_L1).toDouble())));
    QCOMPARE(played->run.turn, 9);
    QStringList types;
    for (const Decision &dd : played->log->decisions)
        types << toString(dd.type) + u'@' + QString::number(dd.turn);
    QCOMPARE(types.mid(0, 11),
             QStringList({u"advance@1"_s, u"reimpose@2"_s, u"hold@2"_s, u"step@2"_s, u"advance@2"_s,
                          u"adjudicate@3"_s, u"fire-inject@3"_s, u"advance@3"_s, u"release@4"_s,
                          u"fire-inject@4"_s, u"advance@4"_s}));
    QCOMPARE(played->log->decisions.at(2).rationale,
             u"No coal relief while the launch is unanswered."_s);
    QCOMPARE(played->log->decisions.at(1).author, u"Blue lead"_s);

    // Reopening continues where it stopped.
    const Shown last = turns.constLast();
    desk.reset();
    std::unique_ptr<ControlDesk> again(ControlDesk::open(package, {}, errors));
    QVERIFY(again);
    QCOMPARE(shown(again.get()).clock, last.clock);
    QCOMPARE(shown(again.get()).kept, last.kept);
    QCOMPARE(shown(again.get()).months, last.months);
}

// The evaluators rate every objective and add an improvement row in the
// window; the log keeps them and the after-action report is no longer DRAFT.
void TestControlDesk::evaluationInTheWindow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString package = exercisetest::copyBundledExercise(dir, true);
    QVERIFY(!package.isEmpty());
    QStringList errors;
    std::unique_ptr<ControlDesk> desk(ControlDesk::open(package, {}, errors));
    QVERIFY2(desk, qPrintable(errors.join(u'\n')));
    QVERIFY(AarWriter(desk->session()->input()).isDraft());
    QTimer::singleShot(0, qApp, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), u"evaluationDialog"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"acceptProposed"_s), Qt::LeftButton);
        QComboBox *escrow = dialog->findChild<QComboBox *>(u"rating-ESCROW"_s);
        QVERIFY(escrow);
        escrow->setCurrentIndex(2); // S
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addImprovement"_s), Qt::LeftButton);
        auto *rows = dialog->findChild<QTableWidget *>(u"improvements"_s);
        const int last = rows->rowCount() - 1;
        rows->setCurrentCell(last, 0);
        rows->editItem(rows->item(last, 0));
        QLineEdit *cell = rows->findChild<QLineEdit *>();
        QVERIFY(cell);
        QTest::keyClicks(cell, u"Escrow terms were not briefed"_s);
        QTest::keyClick(cell, Qt::Key_Tab);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    desk->editEvaluation();
    QCOMPARE(desk->statusText(), QString());
    const ExerciseLog &log = desk->session()->log();
    QCOMPARE(log.ratings.size(), desk->session()->package().objectives.size());
    QCOMPARE(log.ratings.value(u"ESCROW"_s), u"S"_s);
    QCOMPARE(log.ratings.value(u"RESPOND"_s), u"S"_s); // kept from the bundled log
    QCOMPARE(log.improvements.constLast().observation, u"Escrow terms were not briefed"_s);

    // Saved with the log: the command line reads the same evaluation.
    errors.clear();
    const auto played = playExercise(package, desk->logPath(), errors);
    QVERIFY2(played, qPrintable(errors.join(u'\n')));
    QCOMPARE(played->log->ratings, log.ratings);
    QVERIFY(!AarWriter(played->input()).isDraft());
    const QString pdf = dir.filePath(u"aar.pdf"_s);
    QCOMPARE(desk->exportAfterActionReport(pdf), QString());
    QVERIFY(QFile(pdf).size() > 0);
}

// The package is a file from elsewhere: an inject's title or notes that look
// like markup are shown as written, in the cells and their tool tips.
void TestControlDesk::packageTextIsPlain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString package = exercisetest::copyBundledExercise(dir, false);
    QVERIFY(!package.isEmpty());
    QFile file(package);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject exercise = root.value(u"exercise"_s).toObject();
    QJsonArray injects = exercise.value(u"injects"_s).toArray();
    QVERIFY(!injects.isEmpty());
    QJsonObject first = injects.at(0).toObject();
    const QString title = u"<b>Talks</b> <img src='x.png'>stall"_s;
    const QString notes = u"<i>read aloud</i> & <a href='x'>wait</a>"_s;
    first.insert(u"title"_s, title);
    first.insert(u"controllerNotes"_s, notes);
    injects.replace(0, first);
    exercise.insert(u"injects"_s, injects);
    root.insert(u"exercise"_s, exercise);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();

    QStringList errors;
    std::unique_ptr<ControlDesk> desk(ControlDesk::open(package, {}, errors));
    QVERIFY2(desk, qPrintable(errors.join(u'\n')));
    QTableWidget *msel = child<QTableWidget>(desk.get(), u"msel"_s);
    QVERIFY(msel);
    const QString id = first.value(u"id"_s).toString();
    int row = -1;
    for (int r = 0; r < msel->rowCount(); ++r)
        row = msel->item(r, 0)->text().startsWith(id + u':') ? r : row;
    QVERIFY(row >= 0);
    for (int c = 0; c < msel->columnCount(); ++c) {
        const QTableWidgetItem *cell = msel->item(row, c);
        QTextDocument rendered; // as QToolTip decides between plain and rich text
        if (Qt::mightBeRichText(cell->toolTip()))
            rendered.setHtml(cell->toolTip());
        else
            rendered.setPlainText(cell->toolTip());
        QCOMPARE(rendered.toPlainText(), cell->text());
    }
    QCOMPARE(msel->item(row, 0)->text(), id + u": "_s + title);
    QCOMPARE(msel->item(row, 5)->text(), notes);
}

// A package that cannot be played is refused in a message box that names the
// file: a name with markup in it is shown as written.
void TestControlDesk::refusalQuotesFileNameAsWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = u"<img src=x onerror=alert(5)><b>drill"_s;
    QFile file(dir.filePath(name + u".json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not a package");
    file.close();
    QString text;
    QTimer::singleShot(0, qApp, [&text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        text = box->text();
        box->close();
    });
    QVERIFY(!ControlDesk::openWindow(file.fileName(), nullptr, u"Run Exercise"_s));
    QTextDocument rendered; // as QMessageBox decides between plain and rich text
    if (Qt::mightBeRichText(text))
        rendered.setHtml(text);
    else
        rendered.setPlainText(text);
    QVERIFY2(rendered.toPlainText().contains(name), qPrintable(text));
}

void TestControlDesk::decisionsFromThePlayedTimeline_data()
{
    QTest::addColumn<QString>("target"); // placement, action or phase (its header)
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("index"); // the relief or the action, -1 for a phase
    QTest::addColumn<QString>("menuAction");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("reverse");
    QTest::newRow("hold a placement") << u"placement"_s << 1 << 1 << u"hold"_s << u"hold"_s
                                      << u"negotiators"_s << QString() << false;
    QTest::newRow("extend a placement") << u"placement"_s << 0 << 0 << u"extend"_s << u"extend"_s
                                        << u"negotiators"_s << QString() << false;
    QTest::newRow("reverse an action") << u"action"_s << 1 << 2 << u"reverse:a12"_s << u"step"_s
                                       << u"counterpart"_s << u"a12"_s << true;
    QTest::newRow("delay an action of a phase")
        << u"phase"_s << 0 << -1 << u"delay:a02"_s << u"step"_s << u"counterpart"_s << u"a02"_s
        << false;
}

// Clicks the target on the played timeline, right-clicks it, picks the menu's
// decision and types the rationale the desk asks for: the open turn has it.
void TestControlDesk::decisionsFromThePlayedTimeline()
{
    QFETCH(QString, target);
    QFETCH(int, phase);
    QFETCH(int, index);
    QFETCH(QString, menuAction);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString package = exercisetest::copyBundledExercise(dir, false);
    QVERIFY(!package.isEmpty());
    QStringList errors;
    std::unique_ptr<ControlDesk> desk(ControlDesk::open(package, {}, errors));
    QVERIFY2(desk, qPrintable(errors.join(u'\n')));
    desk->resize(1280, 800);
    desk->show();
    QVERIFY(QTest::qWaitForWindowExposed(desk.get()));
    auto *played = desk->findChild<PlayedTimeline *>();
    QVERIFY(played);
    desk->findChild<QTabWidget *>(u"deskTabs"_s)->setCurrentWidget(played);
    child<QSpinBox>(desk.get(), u"delayTo"_s)->setValue(30);
    TimelineView *view = played->view();
    const TimelineGeometry &geo = view->geometry();
    const QRectF rect = target == u"placement"_s ? geo.placementRect({phase, index})
                        : target == u"action"_s  ? geo.actionMarkerRect(phase, index)
                                                 : geo.headerRect(phase);
    view->ensureContentVisible(rect);
    QPoint at = view->contentToViewport(rect.center()).toPoint();
    if (target == u"phase"_s) // the header column does not scroll sideways
        at.setX(int(rect.center().x()));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(view->selectedPhase(), phase);
    QCOMPARE(view->selectedPlacements().size(), target == u"placement"_s ? 1 : 0);
    if (target == u"placement"_s) // the desk's own target follows
        QCOMPARE(child<QComboBox>(desk.get(), u"placement"_s)->currentData().toPoint(),
                 QPoint(phase, index));
    QTest::mouseClick(view->viewport(), Qt::RightButton, {}, at);
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &menuEvent); // what the window system adds
    auto *menu = desk->findChild<QMenu *>(u"playedMenu"_s);
    QVERIFY(menu);
    QVERIFY(menu->isVisible());
    QAction *decision = menu->findChild<QAction *>(menuAction);
    QVERIFY2(decision, qPrintable(menuAction));
    answerNextDialog(u"Chosen on the timeline"_s);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(decision).center());
    QCOMPARE(desk->statusText(), QString());

    const ExerciseLog &log = desk->session()->log();
    QCOMPARE(log.decisions.size(), 1);
    const Decision &d = log.decisions.constFirst();
    QCOMPARE(d.turn, desk->session()->run().turn);
    QTEST(toString(d.type), "type");
    QTEST(toString(d.role), "role");
    QCOMPARE(d.rationale, u"Chosen on the timeline"_s);
    if (target == u"placement"_s) {
        QCOMPARE(d.placement, (PlacementRef{phase, index}));
    } else {
        QTEST(d.action, "action");
        QTEST(d.reverse, "reverse");
        QCOMPARE(d.delayTo.value_or(-1), d.reverse ? -1 : 30);
    }
    QCOMPARE(child<QListWidget>(desk.get(), u"openTurn"_s)->count(), 1);
}

QTEST_MAIN(TestControlDesk)
#include "tst_controldesk.moc"
