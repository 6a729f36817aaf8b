// The control desk driven with real clicks and keys on the bundled DPRK
// exercise (a copy in a temporary folder): advance, fire an inject,
// adjudicate one, hold a placement, a counterpart step, rationales typed, a
// decision withdrawn, a refusal for a missing rationale. After every turn the
// figures the desk shows are kept; at the end the log it saved beside the
// package is played through the core (`tranche exercise run`'s API) and each
// turn's figures must be the same. Reopening continues where it stopped.

#include "cli/exercisecli.h"
#include "exercise/controldesk.h"
#include "exercise/exerciselogfile.h"
#include "exercise/exercisesession.h"
#include "model/money.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

const QString kPackage =
    QStringLiteral(TRANCHE_SOURCE_DIR "/resources/exercises/dprk-breach-drill.json");

template <typename W> W *child(const QWidget *desk, const QString &name)
{
    W *w = desk->findChild<W *>(name);
    if (!w)
        qWarning("no widget %s", qPrintable(name));
    return w;
}

// What the desk shows after a turn: its clock, "kept if they walk now" and X1..X8.
struct Shown
{
    QString clock;
    QString kept;
    QString figures;
};

} // namespace

class TestControlDesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // recovery files
    void playsAndSavesTheSameRun();

private:
    void click(QWidget *desk, const QString &button);
    void type(QWidget *desk, const QString &field, const QString &text);
    void selectInject(QWidget *desk, const QString &id);
    Shown shown(QWidget *desk);
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

Shown TestControlDesk::shown(QWidget *desk)
{
    return {child<QLabel>(desk, u"clock"_s)->text(), child<QLabel>(desk, u"kept"_s)->text(),
            child<QLabel>(desk, u"figures"_s)->text()};
}

void TestControlDesk::playsAndSavesTheSameRun()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString package = dir.filePath(u"drill.json"_s);
    QVERIFY(QFile::copy(kPackage, package));
    QStringList errors;
    std::unique_ptr<ControlDesk> desk(ControlDesk::open(package, {}, errors));
    QVERIFY2(desk, qPrintable(errors.join(u'\n')));
    QCOMPARE(desk->logPath(), dir.filePath(u"drill.log.json"_s));
    desk->resize(1280, 800);
    desk->show();
    QVERIFY(QTest::qWaitForWindowExposed(desk.get()));
    QList<Shown> turns;

    // Turn 1: advance by 5 months (typed over the turn's 3).
    QSpinBox *months = child<QSpinBox>(desk.get(), u"months"_s);
    months->setFocus();
    months->selectAll();
    QTest::keyClicks(months, u"5"_s);
    click(desk.get(), u"advance"_s);
    QCOMPARE(desk->statusText(), QString());
    turns << shown(desk.get());

    // Turn 2: a hold refused without a rationale, then with one; a note withdrawn.
    child<QComboBox>(desk.get(), u"placement"_s)->setCurrentIndex(1);
    click(desk.get(), u"hold"_s);
    QVERIFY(desk->statusText().contains(u"rationale"_s));
    type(desk.get(), u"rationale"_s, u"The launch broke the moratorium."_s);
    type(desk.get(), u"author"_s, u"Blue lead"_s);
    click(desk.get(), u"hold"_s);
    QCOMPARE(desk->statusText(), QString());
    type(desk.get(), u"text"_s, u"to be withdrawn"_s);
    click(desk.get(), u"note"_s);
    QListWidget *open = child<QListWidget>(desk.get(), u"openTurn"_s);
    QCOMPARE(open->count(), 2);
    open->setCurrentRow(1);
    click(desk.get(), u"withdraw"_s);
    QCOMPARE(open->count(), 1);
    // A counterpart step: the first action delayed by a few months.
    child<QSpinBox>(desk.get(), u"delayTo"_s)->setValue(14);
    type(desk.get(), u"rationale"_s, u"Stalling for time."_s);
    click(desk.get(), u"step"_s);
    QCOMPARE(desk->statusText(), QString());
    click(desk.get(), u"advance"_s);
    turns << shown(desk.get());

    // Turn 3: fire the veto (manual) and advance.
    selectInject(desk.get(), u"veto"_s);
    type(desk.get(), u"rationale"_s, u"Test the team on a blocked snapback."_s);
    click(desk.get(), u"fire-inject"_s);
    QCOMPARE(desk->statusText(), QString());
    click(desk.get(), u"advance"_s);
    turns << shown(desk.get());

    // Turn 4: adjudicate the escrow agent (an inject with options) and advance.
    selectInject(desk.get(), u"escrow-agent"_s);
    QComboBox *option = child<QComboBox>(desk.get(), u"option"_s);
    QVERIFY(option->count() > 1);
    option->setCurrentIndex(1);
    type(desk.get(), u"rationale"_s, u"The agent holds."_s);
    click(desk.get(), u"adjudicate"_s);
    QCOMPARE(desk->statusText(), QString());
    click(desk.get(), u"advance"_s);
    turns << shown(desk.get());

    // The saved log, played by the core, gives what the desk showed.
    errors.clear();
    const auto played = playExercise(package, desk->logPath(), errors);
    QVERIFY2(played, qPrintable(errors.join(u'\n')));
    const QJsonObject json = QJsonDocument::fromJson(exerciseJson(played->input(), false)).object();
    const QJsonArray months_ = json.value("months"_L1).toArray();
    QList<double> keptAtTurnEnd;
    for (int i = 0; i < played->run.months.size(); ++i)
        if (played->run.months.at(i).turn > 0 &&
            (i + 1 == played->run.months.size() ||
             played->run.months.at(i + 1).turn != played->run.months.at(i).turn))
            keptAtTurnEnd << months_.at(i).toObject().value("exposure"_L1).toDouble();
    QCOMPARE(keptAtTurnEnd.size(), turns.size());
    for (int t = 0; t < turns.size(); ++t)
        QVERIFY2(turns.at(t).kept.endsWith(formatMoney(keptAtTurnEnd.at(t))),
                 qPrintable(u"turn %1: %2"_s.arg(t + 1).arg(turns.at(t).kept)));
    const QJsonObject metrics = json.value("metrics"_L1).toObject();
    QVERIFY(turns.constLast().figures.contains(u"X8 "_s +
                                               formatMoney(metrics.value("X8"_L1).toDouble())));
    QVERIFY(turns.constLast().figures.contains(u"X5 "_s +
                                               formatMoney(metrics.value("X5"_L1).toDouble())));
    QCOMPARE(played->run.turn, 5);
    QStringList types;
    for (const Decision &d : played->log->decisions)
        types << toString(d.type) + u'@' + QString::number(d.turn);
    QCOMPARE(types,
             QStringList({u"advance@1"_s, u"hold@2"_s, u"step@2"_s, u"advance@2"_s,
                          u"fire-inject@3"_s, u"advance@3"_s, u"adjudicate@4"_s, u"advance@4"_s}));
    QCOMPARE(played->log->decisions.at(1).rationale, u"The launch broke the moratorium."_s);
    QCOMPARE(played->log->decisions.at(1).author, u"Blue lead"_s);

    // Reopening continues where it stopped.
    const Shown last = turns.constLast();
    desk.reset();
    std::unique_ptr<ControlDesk> again(ControlDesk::open(package, {}, errors));
    QVERIFY(again);
    QCOMPARE(shown(again.get()).clock, last.clock);
    QCOMPARE(shown(again.get()).kept, last.kept);
    QCOMPARE(shown(again.get()).figures, last.figures);
}

QTEST_MAIN(TestControlDesk)
#include "tst_controldesk.moc"
