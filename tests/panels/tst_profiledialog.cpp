// Tests of the rule-profile dialog: enabling/disabling a rule and changing a
// threshold edits the profile; "Save As" writes a user profile that reloads
// equal; bundled profiles cannot be overwritten; a bad profile file is refused
// with its problems shown; export writes a file that imports again; choosing
// the plan's profile is one undoable command the checker follows.

#include "document/plandocument.h"
#include "panels/profiledialog.h"
#include "rules/checker.h"
#include "rules/ruleprofile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tranche;

class TestProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void editAndSaveAs_data();
    void editAndSaveAs();
    void bundledIsReadOnly();
    void saveUserProfile();
    void badFileRefused_data();
    void badFileRefused();
    void importGoodFile();
    void exportRoundTrip();
    void choosePlanProfile();

private:
    static bool writeFile(const QString &path, const QByteArray &data);
};

bool TestProfileDialog::writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

void TestProfileDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"tranche-tests"_s);
    QCoreApplication::setApplicationName(u"tst_profiledialog"_s);
    QVERIFY(userProfileFolder().contains(u"qttest"_s));
}

void TestProfileDialog::init()
{
    // Every test starts without user profiles (the test-mode folder only).
    QDir folder(userProfileFolder());
    QVERIFY(folder.path().contains(u"qttest"_s));
    if (folder.exists())
        QVERIFY(folder.removeRecursively());
    QCOMPARE(ruleProfileNames(), bundledProfileNames());
}

void TestProfileDialog::editAndSaveAs_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("key"); // empty: the rule has no threshold
    QTest::addColumn<double>("value");

    QTest::newRow("INT-3 longer") << u"INT-3"_s << true << u"maxMonths"_s << 9.0;
    QTest::newRow("INT-1 share, off") << u"INT-1"_s << false << u"share"_s << 0.15;
    QTest::newRow("ESC-1 violation threshold") << u"ESC-1"_s << true << u"violationBelow"_s << 0.5;
    QTest::newRow("AFA-2 weight") << u"AFA-2"_s << true << u"minWeight"_s << 12.0;
    QTest::newRow("FIN-1 coverage off") << u"FIN-1"_s << false << u"coverage"_s << 0.7;
    QTest::newRow("LAW-1 off") << u"LAW-1"_s << false << QString() << 0.0;
}

void TestProfileDialog::editAndSaveAs()
{
    QFETCH(QString, rule);
    QFETCH(bool, enabled);
    QFETCH(QString, key);
    QFETCH(double, value);

    PlanDocument doc;
    ProfileDialog dialog(&doc);
    QCOMPARE(dialog.chosenProfileName(), u"strict"_s);
    QVERIFY(dialog.isBundled());
    QVERIFY(!dialog.isModified());

    QCheckBox *check = dialog.enabledCheckBox(rule);
    QVERIFY(check);
    QVERIFY(check->isChecked());
    if (!enabled)
        check->click();
    QCOMPARE(check->isChecked(), enabled);
    if (!key.isEmpty()) {
        QDoubleSpinBox *spin = dialog.thresholdSpinBox(rule, key);
        QVERIFY(spin);
        QCOMPARE(spin->value(), RuleProfile().threshold(rule, key));
        QCOMPARE(spin->isEnabled(), enabled);
        spin->setValue(value);
    }

    RuleProfile expected = *findRuleProfile(u"strict"_s).profile;
    expected.setEnabled(rule, enabled);
    if (!key.isEmpty())
        expected.setThreshold(rule, key, value);
    QCOMPARE(dialog.editedProfile(), expected);
    QVERIFY(dialog.isModified());

    QCOMPARE(dialog.saveAs(u"trainer-1"_s), QStringList());
    QVERIFY(QFileInfo::exists(userProfileFolder() + u"/trainer-1.json"_s));
    QCOMPARE(dialog.chosenProfileName(), u"trainer-1"_s);
    QVERIFY(!dialog.isBundled());
    QVERIFY(!dialog.isModified());
    QVERIFY(ruleProfileNames().contains(u"trainer-1"_s));

    expected.setName(u"trainer-1"_s);
    const ProfileResult reloaded = findRuleProfile(u"trainer-1"_s);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.errors.join(u'\n')));
    QCOMPARE(*reloaded.profile, expected);

    // A fresh dialog on the saved profile shows the edits.
    ProfileDialog again(&doc);
    again.setChosenProfileName(u"trainer-1"_s);
    QCOMPARE(again.editedProfile(), expected);
    QCOMPARE(again.enabledCheckBox(rule)->isChecked(), enabled);
    if (!key.isEmpty())
        QCOMPARE(again.thresholdSpinBox(rule, key)->value(), value);
}

void TestProfileDialog::bundledIsReadOnly()
{
    PlanDocument doc;
    ProfileDialog dialog(&doc);
    dialog.setChosenProfileName(u"flexible"_s);
    QCOMPARE(dialog.chosenProfileName(), u"flexible"_s);
    QVERIFY(dialog.isBundled());
    const RuleProfile before = dialog.editedProfile();
    QCOMPARE(before.name(), u"flexible"_s);
    dialog.thresholdSpinBox(u"INT-3"_s, u"maxMonths"_s)->setValue(20);
    QVERIFY(dialog.isModified());
    QVERIFY(!dialog.findChild<QWidget *>(u"saveButton"_s)->isEnabled());
    QVERIFY(!dialog.save().isEmpty());
    QVERIFY(!dialog.saveAs(u"strict"_s).isEmpty());
    QVERIFY(!dialog.saveAs(u".hidden"_s).isEmpty());
    QVERIFY(!dialog.saveAs(u"a b"_s).isEmpty());
    QVERIFY(!dialog.messageText().isEmpty());
    QCOMPARE(ruleProfileNames(), bundledProfileNames());
    QCOMPARE(*findRuleProfile(u"flexible"_s).profile, before);
}

void TestProfileDialog::saveUserProfile()
{
    PlanDocument doc;
    ProfileDialog dialog(&doc);
    QCOMPARE(dialog.saveAs(u"mine"_s), QStringList());
    dialog.enabledCheckBox(u"TGT-1"_s)->click();
    QVERIFY(dialog.isModified());
    QVERIFY(dialog.findChild<QWidget *>(u"saveButton"_s)->isEnabled());
    QCOMPARE(dialog.save(), QStringList());
    QVERIFY(!dialog.isModified());
    QCOMPARE(findRuleProfile(u"mine"_s).profile->isEnabled(u"TGT-1"_s), false);
    const RuleProfile saved = dialog.editedProfile();

    // An inconsistent profile (ESC-1 violation threshold above its warning one) is refused.
    dialog.thresholdSpinBox(u"ESC-1"_s, u"violationBelow"_s)->setValue(0.95);
    dialog.thresholdSpinBox(u"ESC-1"_s, u"warningBelow"_s)->setValue(0.9);
    const QStringList problems = dialog.save();
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.join(u'\n').contains(u"/rules/ESC-1/violationBelow"_s),
             qPrintable(problems.join(u'\n')));
    QVERIFY(dialog.isModified());
    QCOMPARE(*findRuleProfile(u"mine"_s).profile, saved);
}

void TestProfileDialog::badFileRefused_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("pointer"); // expected in the message

    QTest::newRow("not JSON") << u"broken.json"_s << QByteArray("{\"format\": ") << QString();
    QTest::newRow("wrong format") << u"wrong.json"_s
                                  << QByteArray(
                                         R"({"format":"something","version":1,"name":"wrong"})")
                                  << u"/format"_s;
    QTest::newRow("unknown rule")
        << u"unknown.json"_s
        << QByteArray(
               R"({"format":"tranche-profile","version":1,"name":"unknown","rules":{"XYZ-9":{}}})")
        << u"/rules/XYZ-9"_s;
    QTest::newRow("out of range")
        << u"range.json"_s
        << QByteArray(R"({"format":"tranche-profile","version":1,"name":"range",)"
                      R"("rules":{"INT-1":{"share":3}}})")
        << u"/rules/INT-1/share"_s;
    QTest::newRow("name differs from file")
        << u"other.json"_s
        << QByteArray(R"({"format":"tranche-profile","version":1,"name":"different"})")
        << u"/name"_s;
}

void TestProfileDialog::badFileRefused()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, json);
    QFETCH(QString, pointer);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    QVERIFY(writeFile(path, json));

    PlanDocument doc;
    ProfileDialog dialog(&doc);
    const QStringList errors = dialog.importProfile(path);
    QVERIFY(!errors.isEmpty());
    if (!pointer.isEmpty())
        QVERIFY2(errors.join(u'\n').contains(pointer), qPrintable(errors.join(u'\n')));
    // The dialog shows every problem.
    for (const QString &e : errors)
        QVERIFY2(dialog.messageText().contains(e), qPrintable(dialog.messageText()));
    QCOMPARE(ruleProfileNames(), bundledProfileNames());
    QCOMPARE(dialog.chosenProfileName(), u"strict"_s);
}

void TestProfileDialog::importGoodFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"shared.json"_s);
    QVERIFY(writeFile(path, QByteArray(R"({"format":"tranche-profile","version":1,)"
                                       R"("name":"shared","rules":{"INT-3":{"maxMonths":8}}})")));
    PlanDocument doc;
    ProfileDialog dialog(&doc);
    QCOMPARE(dialog.importProfile(path), QStringList());
    QCOMPARE(dialog.chosenProfileName(), u"shared"_s);
    QCOMPARE(dialog.thresholdSpinBox(u"INT-3"_s, u"maxMonths"_s)->value(), 8.0);
    QVERIFY(ruleProfileNames().contains(u"shared"_s));
    QCOMPARE(findRuleProfile(u"shared"_s).profile->threshold(u"INT-3"_s, u"maxMonths"_s), 8.0);
}

void TestProfileDialog::exportRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PlanDocument doc;
    ProfileDialog dialog(&doc);
    dialog.enabledCheckBox(u"INT-5"_s)->click();
    dialog.thresholdSpinBox(u"ESC-1"_s, u"warningBelow"_s)->setValue(0.9);
    const QString path = dir.filePath(u"to-share.json"_s);
    QCOMPARE(dialog.exportProfile(path), QStringList());
    const ProfileResult loaded = loadRuleProfileFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(u'\n')));
    RuleProfile expected = dialog.editedProfile();
    expected.setName(u"to-share"_s);
    QCOMPARE(*loaded.profile, expected);
    // An unwritable destination is reported.
    QVERIFY(!dialog.exportProfile(dir.filePath(u"missing/x.json"_s)).isEmpty());
}

void TestProfileDialog::choosePlanProfile()
{
    PlanDocument doc;
    Checker checker(&doc);
    ProfileDialog dialog(&doc);
    dialog.setChecker(&checker);
    QCOMPARE(checker.profile().name(), u"strict"_s);
    QSignalSpy undo(doc.undoStack(), &QUndoStack::indexChanged);

    dialog.setChosenProfileName(u"flexible"_s);
    dialog.apply();
    QCOMPARE(undo.size(), 1);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.plan().meta.profile, u"flexible"_s);
    QCOMPARE(checker.profile().name(), u"flexible"_s);
    dialog.apply(); // no change, no command
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.plan().meta.profile, u"strict"_s);
    QCOMPARE(checker.profile().name(), u"strict"_s);

    // Saving the profile the plan uses makes the checker use the saved one.
    QCOMPARE(dialog.saveAs(u"house"_s), QStringList());
    dialog.apply();
    QCOMPARE(doc.plan().meta.profile, u"house"_s);
    QCOMPARE(checker.profile().name(), u"house"_s);
    dialog.thresholdSpinBox(u"INT-3"_s, u"maxMonths"_s)->setValue(11);
    QCOMPARE(dialog.save(), QStringList());
    QCOMPARE(checker.profile().threshold(u"INT-3"_s, u"maxMonths"_s), 11.0);
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
