// A model-based test of the document: 10,000 random edit sequences through
// every kind of undo command (seeded; a failure names its seed), each undone
// to the start and redone to the end, with every state compared with the one
// recorded when it was reached; after each sequence the plan goes through a
// JSON write + read and a .tranche save + reload and comes back equal; the
// Checker's live findings equal a fresh full check at every step.

#include "document/commands.h"
#include "document/plandocument.h"
#include "io/planjson.h"
#include "io/planstore.h"
#include "rules/checker.h"
#include "rules/ruleengine.h"
#include "support/randomplaneditor.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

// 10,000 sequences of kSteps edits each: about 12 steps keeps the whole test
// well under a minute in a Release build while every command kind still comes
// up in most sequences.
constexpr int kSequences = 10000;
constexpr int kSteps = 12;

// The .tranche round trips write 10,000 files: in memory (/dev/shm) where the
// system has such a folder, so that the disk's syncs do not set the pace.
QString scratchTemplate()
{
    const QString base = QDir(u"/dev/shm"_s).exists() ? u"/dev/shm"_s : QDir::tempPath();
    return base + u"/tst_randomedits-XXXXXX"_s;
}

} // namespace

class TestRandomEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sequences_data();
    void sequences();

private:
    // False (with the failure recorded) when the live findings differ from a full check.
    static bool liveEqualsFull(const Checker &checker, const char *where);
    QTemporaryDir m_dir{scratchTemplate()};
};

void TestRandomEdits::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

bool TestRandomEdits::liveEqualsFull(const Checker &checker, const char *where)
{
    const QList<Finding> full = RuleEngine::check(checker.document()->plan(), checker.profile());
    if (checker.findings() == full)
        return true;
    QTest::qFail(where, __FILE__, __LINE__);
    return false;
}

void TestRandomEdits::sequences_data()
{
    // Four blocks of seeds, so that a failure also names its block.
    QTest::addColumn<quint32>("firstSeed");
    for (quint32 block = 0; block < 4; ++block)
        QTest::addRow("seeds %u..", block * kSequences / 4 + 1) << block * kSequences / 4 + 1;
}

void TestRandomEdits::sequences()
{
    QFETCH(quint32, firstSeed);
    const QString store = m_dir.filePath(u"random.tranche"_s);
    QSet<QString> kinds; // of the edits made, to show that every command kind came up
    for (quint32 seed = firstSeed; seed < firstSeed + kSequences / 4; ++seed) {
        const QByteArray seedText = "seed " + QByteArray::number(seed);
        PlanDocument doc;
        testing::RandomEditor editor(seed, &doc);
        doc.resetPlan(editor.makePlan());
        Checker checker(&doc);
        QUndoStack *undo = doc.undoStack();
        QList<Plan> states{doc.plan()}; // states[i]: the plan at undo index i
        for (int i = 0; i < kSteps; ++i) {
            kinds.insert(editor.step(checker.findings(), true));
            states.resize(undo->index() + 1);
            states[undo->index()] = doc.plan();
            if (!liveEqualsFull(checker, (seedText + " after an edit").constData()))
                return;
        }
        const Plan end = doc.plan();
        while (undo->canUndo()) {
            undo->undo();
            QVERIFY2(doc.plan() == states.at(undo->index()), (seedText + " undo").constData());
            if (!liveEqualsFull(checker, (seedText + " after undo").constData()))
                return;
        }
        while (undo->canRedo()) {
            undo->redo();
            QVERIFY2(doc.plan() == states.at(undo->index()), (seedText + " redo").constData());
            if (!liveEqualsFull(checker, (seedText + " after redo").constData()))
                return;
        }
        QVERIFY2(doc.plan() == end, (seedText + " redone to the end").constData());

        const PlanReadResult json = readPlanJson(writePlanJson(end));
        const QString problem =
            json.problems.isEmpty()
                ? QString()
                : json.problems.constFirst().pointer + u": "_s + json.problems.constFirst().reason;
        QVERIFY2(json.ok(), (seedText + " JSON read: " + problem.toUtf8()).constData());
        QVERIFY2(*json.plan == end, (seedText + " JSON round trip").constData());
        QVERIFY2(savePlanFile(end, store).isEmpty(), (seedText + " .tranche save").constData());
        const PlanLoadResult stored = loadPlanFile(store);
        QVERIFY2(stored.ok(), (seedText + " .tranche load: " + stored.error.toUtf8()).constData());
        QVERIFY2(*stored.plan == end, (seedText + " .tranche round trip").constData());

        PlanDocument reopened(*stored.plan);
        Checker fresh(&reopened);
        QVERIFY2(fresh.findings() == checker.findings(),
                 (seedText + " findings after reload").constData());
    }
    const QStringList everyKind{
        u"add placement"_s, u"remove placement"_s, u"move placement"_s, u"edit placement field"_s,
        u"set placement"_s, u"add phase"_s,        u"remove phase"_s,   u"move phase"_s,
        u"resize phase"_s,  u"phase kind"_s,       u"phase id"_s,       u"phase field"_s,
        u"add action"_s,    u"remove action"_s,    u"verified month"_s, u"meta field"_s,
        u"waivers"_s};
    for (const QString &kind : everyKind)
        QVERIFY2(kinds.contains(kind), qPrintable(u"no \u201c%1\u201d edit came up"_s.arg(kind)));
}

QTEST_GUILESS_MAIN(TestRandomEdits)
#include "tst_randomedits.moc"
