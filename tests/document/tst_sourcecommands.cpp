// The undo commands on the plan's bibliography (plan.sources) and on an item's
// valueQuantified flag: redo and undo restore the plan exactly, with
// QSignalSpy on the undo stack and the document; source ids refused as the
// plan reader refuses them (exact pointer and reason); the edited plan saved
// and opened again as JSON and as .tranche.

#include "document/commands.h"
#include "document/plandocument.h"
#include "io/planio.h"
#include "support/sourcestestplan.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace tranche;

namespace {

Plan samplePlan()
{
    return sourcestest::plan();
}

using Edit = std::function<QUndoCommand *(PlanDocument *)>;

} // namespace

class TestSourceCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redoUndoRestore_data();
    void redoUndoRestore();
    void fieldEditsMerge();
    void idRefusal_data();
    void idRefusal();
    void newSourceIdIsFree_data();
    void newSourceIdIsFree();
    void valueQuantifiedRefusal_data();
    void valueQuantifiedRefusal();
    void saveAndReopen_data();
    void saveAndReopen();
};

void TestSourceCommands::redoUndoRestore_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("kind");     // ChangeEvent::Kind of every event
    QTest::addColumn<QString>("text"); // the undo text
    const int meta = ChangeEvent::MetaChanged;
    QTest::newRow("add at end") << Edit([](PlanDocument *d) {
        return new AddSourceCommand(d, Source{u"S04"_s, u"T"_s, u"P"_s, u"2020"_s, u"u"_s, {}});
    }) << meta << u"Add Source"_s;
    QTest::newRow("add first") << Edit([](PlanDocument *d) {
        return new AddSourceCommand(d, Source{u"S00"_s, {}, {}, {}, {}, {}}, 0);
    }) << meta << u"Add Source"_s;
    QTest::newRow("remove cited") << Edit([](PlanDocument *d) {
        return new RemoveSourceCommand(d, 0);
    }) << meta << u"Remove Source"_s;
    QTest::newRow("remove last") << Edit([](PlanDocument *d) {
        return new RemoveSourceCommand(d, 2);
    }) << meta << u"Remove Source"_s;
    QTest::newRow("id") << Edit([](PlanDocument *d) {
        return new EditSourceFieldCommand(d, 1, SourceField::Id, u"POE-2019"_s);
    }) << meta << u"Change Source Id"_s;
    QTest::newRow("title") << Edit([](PlanDocument *d) {
        return new EditSourceFieldCommand(d, 0, SourceField::Title, u"Fact sheet \u2014 2"_s);
    }) << meta << u"Change Source Title"_s;
    QTest::newRow("publisher") << Edit([](PlanDocument *d) {
        return new EditSourceFieldCommand(d, 0, SourceField::Publisher, QString());
    }) << meta << u"Change Source Publisher"_s;
    QTest::newRow("year") << Edit([](PlanDocument *d) {
        return new EditSourceFieldCommand(d, 1, SourceField::Year, u"2019-03"_s);
    }) << meta << u"Change Source Year"_s;
    QTest::newRow("url") << Edit([](PlanDocument *d) {
        return new EditSourceFieldCommand(d, 1, SourceField::Url, u"https://un.org/x"_s);
    }) << meta << u"Change Source URL"_s;
    QTest::newRow("the whole bibliography") << Edit([](PlanDocument *d) {
        QList<Source> reversed(d->plan().meta.sources.crbegin(), d->plan().meta.sources.crend());
        return new EditMetaFieldCommand(d, MetaField::Sources, QVariant::fromValue(reversed));
    }) << meta << u"Change Sources"_s;
    QTest::newRow("not quantified")
        << Edit([](PlanDocument *d) { return new SetValueQuantifiedCommand(d, 1, false); })
        << int(ChangeEvent::CatalogChanged) << u"Change Value Quantified"_s;
    QTest::newRow("quantified again")
        << Edit([](PlanDocument *d) { return new SetValueQuantifiedCommand(d, 2, true); })
        << int(ChangeEvent::CatalogChanged) << u"Change Value Quantified"_s;
}

void TestSourceCommands::redoUndoRestore()
{
    QFETCH(Edit, edit);
    QFETCH(int, kind);
    QFETCH(QString, text);
    PlanDocument doc(samplePlan());
    const Plan before = doc.plan();
    QUndoStack *stack = doc.undoStack();
    QSignalSpy index(stack, &QUndoStack::indexChanged);
    QSignalSpy clean(stack, &QUndoStack::cleanChanged);
    QSignalSpy changed(&doc, &PlanDocument::changed);

    stack->push(edit(&doc));
    QCOMPARE(index.count(), 1);
    QCOMPARE(index.last().at(0).toInt(), 1);
    QCOMPARE(clean.count(), 1);
    QCOMPARE(stack->undoText(), text);
    QVERIFY(doc.plan() != before);
    const Plan after = doc.plan();
    QCOMPARE(changed.count(), 1);
    const auto event = changed.last().at(0).value<ChangeEvent>();
    QCOMPARE(int(event.kind), kind);
    if (kind == ChangeEvent::MetaChanged)
        QCOMPARE(event.fields, ChangeEvent::fieldBit(MetaField::Sources));

    stack->undo();
    QCOMPARE(index.last().at(0).toInt(), 0);
    QVERIFY(doc.plan() == before);
    QVERIFY(!doc.isModified());
    stack->redo();
    QVERIFY(doc.plan() == after);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(index.count(), 3);
}

void TestSourceCommands::fieldEditsMerge()
{
    PlanDocument doc(samplePlan());
    const Plan before = doc.plan();
    QUndoStack *stack = doc.undoStack();
    QSignalSpy index(stack, &QUndoStack::indexChanged);
    stack->push(new EditSourceFieldCommand(&doc, 0, SourceField::Title, u"F"_s));
    stack->push(new EditSourceFieldCommand(&doc, 0, SourceField::Title, u"Fa"_s));
    QCOMPARE(stack->count(), 1); // typing a title is one step
    QCOMPARE(doc.plan().meta.sources.at(0).title, u"Fa"_s);
    stack->push(new EditSourceFieldCommand(&doc, 1, SourceField::Title, u"Fa"_s));
    QCOMPARE(stack->count(), 2); // another source: another step
    stack->push(new EditSourceFieldCommand(&doc, 1, SourceField::Year, u"2020"_s));
    QCOMPARE(stack->count(), 3); // another field: another step
    stack->setIndex(0);
    QVERIFY(doc.plan() == before);
    QCOMPARE(index.last().at(0).toInt(), 0);
}

void TestSourceCommands::idRefusal_data()
{
    QTest::addColumn<int>("index"); // 3: a new source after S01, S02, S03
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("pointer"); // empty: accepted
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << 0 << QString() << u"/plan/sources/0/id"_s
                           << u"must match [A-Za-z0-9._-]+ (got \"\")"_s;
    QTest::newRow("space") << 1 << u"S 2"_s << u"/plan/sources/1/id"_s
                           << u"must match [A-Za-z0-9._-]+ (got \"S 2\")"_s;
    QTest::newRow("not ascii") << 1 << u"S\u00e92"_s << u"/plan/sources/1/id"_s
                               << u"must match [A-Za-z0-9._-]+ (got \"S\u00e92\")"_s;
    QTest::newRow("new, empty") << 3 << QString() << u"/plan/sources/3/id"_s
                                << u"must match [A-Za-z0-9._-]+ (got \"\")"_s;
    QTest::newRow("duplicate of an earlier one")
        << 1 << u"S01"_s << u"/plan/sources/1/id"_s
        << u"duplicate source id \"S01\" (first at /plan/sources/0)"_s;
    QTest::newRow("duplicate of a later one")
        << 0 << u"S02"_s << u"/plan/sources/1/id"_s
        << u"duplicate source id \"S02\" (first at /plan/sources/0)"_s;
    QTest::newRow("new duplicate") << 3 << u"S02"_s << u"/plan/sources/3/id"_s
                                   << u"duplicate source id \"S02\" (first at /plan/sources/1)"_s;
    QTest::newRow("unchanged") << 0 << u"S01"_s << QString() << QString();
    QTest::newRow("upper, lower, . _ -") << 1 << u"Ab.c_d-9"_s << QString() << QString();
    QTest::newRow("new, free") << 3 << u"S04"_s << QString() << QString();
}

void TestSourceCommands::idRefusal()
{
    QFETCH(int, index);
    QFETCH(QString, id);
    QFETCH(QString, pointer);
    QFETCH(QString, reason);
    const std::optional<Problem> refusal = sourceIdRefusal(samplePlan().meta.sources, index, id);
    QCOMPARE(refusal.has_value(), !pointer.isEmpty());
    if (refusal) {
        QCOMPARE(refusal->pointer, pointer);
        QCOMPARE(refusal->reason, reason);
    }
}

void TestSourceCommands::newSourceIdIsFree_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("fresh");
    QTest::newRow("none") << QStringList() << u"S1"_s;
    QTest::newRow("S01, S02") << QStringList{u"S01"_s, u"S02"_s} << u"S3"_s;
    QTest::newRow("S3 taken") << QStringList{u"S1"_s, u"S3"_s} << u"S4"_s;
}

void TestSourceCommands::newSourceIdIsFree()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, fresh);
    QList<Source> sources;
    for (const QString &id : std::as_const(ids))
        sources.append(Source{id, {}, {}, {}, {}, {}});
    QCOMPARE(newSource(sources).id, fresh);
}

void TestSourceCommands::valueQuantifiedRefusal_data()
{
    QTest::addColumn<int>("item");
    QTest::addColumn<bool>("quantified");
    QTest::addColumn<QString>("reason"); // empty: allowed
    QTest::newRow("valued item, not quantified")
        << 0 << false
        << u"Coal export ban has an estimated value: an item whose value is not quantified is "
           "valued 0 in the catalog"_s;
    QTest::newRow("valued item, quantified") << 0 << true << QString();
    QTest::newRow("item valued 0, not quantified") << 1 << false << QString();
    QTest::newRow("not quantified, quantified again") << 2 << true << QString();
}

void TestSourceCommands::valueQuantifiedRefusal()
{
    QFETCH(int, item);
    QFETCH(bool, quantified);
    QFETCH(QString, reason);
    QCOMPARE(tranche::valueQuantifiedRefusal(samplePlan().catalog.items.at(item), quantified),
             reason);
}

void TestSourceCommands::saveAndReopen_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("JSON") << u"plan.json"_s;
    QTest::newRow(".tranche") << u"plan.tranche"_s;
}

void TestSourceCommands::saveAndReopen()
{
    QFETCH(QString, fileName);
    PlanDocument doc(samplePlan());
    QUndoStack *stack = doc.undoStack();
    stack->push(new AddSourceCommand(
        &doc, Source{u"S04"_s, u"Title \"q\"\n2"_s, u"\ud55c\uad6d"_s, u"2020"_s, u"u"_s, {}}));
    stack->push(new RemoveSourceCommand(&doc, 1));
    stack->push(new EditSourceFieldCommand(&doc, 0, SourceField::Year, u"2018"_s));
    stack->push(new EditSourceFieldCommand(&doc, 1, SourceField::Id, u"S-3.b_"_s));
    stack->push(new SetValueQuantifiedCommand(&doc, 1, false));
    stack->push(new SetValueQuantifiedCommand(&doc, 2, true));
    QCOMPARE(stack->count(), 6);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    QCOMPARE(savePlan(doc.plan(), path), QString());
    const OpenResult reopened = openPlan(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorLines().join(u'\n')));
    const Plan &plan = *reopened.plan;
    QCOMPARE(plan.meta.sources.size(), 3);
    QVERIFY(plan.meta.sources == doc.plan().meta.sources);
    QCOMPARE(plan.meta.sources.at(1).id, u"S-3.b_"_s);
    QCOMPARE(plan.catalog.items.at(1).valueQuantified, false);
    QCOMPARE(plan.catalog.items.at(2).valueQuantified, true);
    QVERIFY(plan.catalog == doc.plan().catalog);
    QVERIFY(plan.meta == doc.plan().meta);
}

QTEST_GUILESS_MAIN(TestSourceCommands)
#include "tst_sourcecommands.moc"
