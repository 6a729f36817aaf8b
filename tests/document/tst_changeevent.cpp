// Where a stored phase index or placement reference points after each kind of
// structural edit (ChangeEvent::phaseAfter / placementAfter / remap /
// remapPerPhase): one table for every listener (timeline selection, inspector,
// the rule engine's per-phase cache). Also: the events the commands emit name
// the fields they changed.

#include "document/commands.h"
#include "document/plandocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

class TestChangeEvent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void remap_data();
    void remap();
    void remapListDropsRemoved();
    void remapPerPhase_data();
    void remapPerPhase();
    void fieldEditNamesItsField_data();
    void fieldEditNamesItsField();
};

void TestChangeEvent::remap_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("relief");
    QTest::addColumn<int>("toPhase");
    QTest::addColumn<int>("storedPhase");
    QTest::addColumn<int>("storedRelief");
    QTest::addColumn<int>("phaseAfter");    // phaseAfter(storedPhase)
    QTest::addColumn<int>("refPhaseAfter"); // placementAfter({storedPhase, storedRelief})
    QTest::addColumn<int>("refReliefAfter");

    using E = ChangeEvent;
    // clang-format off
    QTest::newRow("reset")                  << int(E::Reset)             << -1 << -1 << -1 << 1 << 0 << -1 << -1 << -1;
    QTest::newRow("phase inserted before")  << int(E::PhaseInserted)     <<  0 << -1 << -1 << 1 << 2 <<  2 <<  2 <<  2;
    QTest::newRow("phase inserted at")      << int(E::PhaseInserted)     <<  1 << -1 << -1 << 1 << 2 <<  2 <<  2 <<  2;
    QTest::newRow("phase inserted after")   << int(E::PhaseInserted)     <<  2 << -1 << -1 << 1 << 2 <<  1 <<  1 <<  2;
    QTest::newRow("phase removed before")   << int(E::PhaseRemoved)      <<  0 << -1 << -1 << 1 << 2 <<  0 <<  0 <<  2;
    QTest::newRow("phase removed itself")   << int(E::PhaseRemoved)      <<  1 << -1 << -1 << 1 << 2 << -1 << -1 << -1;
    QTest::newRow("phase removed after")    << int(E::PhaseRemoved)      <<  2 << -1 << -1 << 1 << 2 <<  1 <<  1 <<  2;
    QTest::newRow("phase moved itself")     << int(E::PhaseMoved)        <<  1 << -1 <<  3 << 1 << 0 <<  3 <<  3 <<  0;
    QTest::newRow("phase moved across down")<< int(E::PhaseMoved)        <<  0 << -1 <<  2 << 1 << 0 <<  0 <<  0 <<  0;
    QTest::newRow("phase moved across up")  << int(E::PhaseMoved)        <<  3 << -1 <<  0 << 1 << 0 <<  2 <<  2 <<  0;
    QTest::newRow("phase moved elsewhere")  << int(E::PhaseMoved)        <<  2 << -1 <<  3 << 1 << 0 <<  1 <<  1 <<  0;
    QTest::newRow("placement inserted before") << int(E::PlacementInserted) << 1 << 0 << -1 << 1 << 1 << 1 << 1 << 2;
    QTest::newRow("placement inserted at")  << int(E::PlacementInserted) <<  1 <<  1 << -1 << 1 << 1 <<  1 <<  1 <<  2;
    QTest::newRow("placement inserted after") << int(E::PlacementInserted) << 1 << 2 << -1 << 1 << 1 << 1 << 1 << 1;
    QTest::newRow("placement inserted other phase") << int(E::PlacementInserted) << 0 << 0 << -1 << 1 << 1 << 1 << 1 << 1;
    QTest::newRow("placement removed before") << int(E::PlacementRemoved) << 1 << 0 << -1 << 1 << 1 <<  1 <<  1 <<  0;
    QTest::newRow("placement removed itself") << int(E::PlacementRemoved) << 1 << 1 << -1 << 1 << 1 <<  1 << -1 << -1;
    QTest::newRow("placement removed after") << int(E::PlacementRemoved) << 1 << 2 << -1 << 1 << 1 <<  1 <<  1 <<  1;
    QTest::newRow("placement removed other phase") << int(E::PlacementRemoved) << 2 << 0 << -1 << 1 << 1 << 1 << 1 << 1;
    QTest::newRow("placement changed")      << int(E::PlacementChanged)  <<  1 <<  1 << -1 << 1 << 1 <<  1 <<  1 <<  1;
    QTest::newRow("phase changed")          << int(E::PhaseChanged)      <<  1 << -1 << -1 << 1 << 1 <<  1 <<  1 <<  1;
    QTest::newRow("nothing stored")         << int(E::PhaseInserted)     <<  0 << -1 << -1 << -1 << -1 << -1 << -1 << -1;
    // clang-format on
}

void TestChangeEvent::remap()
{
    QFETCH(int, kind);
    QFETCH(int, phase);
    QFETCH(int, relief);
    QFETCH(int, toPhase);
    QFETCH(int, storedPhase);
    QFETCH(int, storedRelief);
    QFETCH(int, phaseAfter);
    QFETCH(int, refPhaseAfter);
    QFETCH(int, refReliefAfter);
    ChangeEvent e;
    e.kind = ChangeEvent::Kind(kind);
    e.phase = phase;
    e.relief = relief;
    e.toPhase = toPhase;
    QCOMPARE(e.phaseAfter(storedPhase), phaseAfter);
    const PlacementRef after = e.placementAfter({storedPhase, storedRelief});
    QCOMPARE(after.phase, refPhaseAfter);
    QCOMPARE(after.relief, refReliefAfter);
}

void TestChangeEvent::remapListDropsRemoved()
{
    QList<PlacementRef> refs{{0, 0}, {0, 1}, {0, 2}, {1, 0}};
    ChangeEvent{.kind = ChangeEvent::PlacementRemoved, .phase = 0, .relief = 1}.remap(refs);
    QCOMPARE(refs, (QList<PlacementRef>{{0, 0}, {0, 1}, {1, 0}}));
    ChangeEvent{.kind = ChangeEvent::PhaseRemoved, .phase = 0}.remap(refs);
    QCOMPARE(refs, (QList<PlacementRef>{{0, 0}}));
}

void TestChangeEvent::remapPerPhase_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("toPhase");
    QTest::addColumn<QStringList>("expected");
    using E = ChangeEvent;
    const auto list = [](const char *text) {
        return QString::fromLatin1(text).split(u',', Qt::KeepEmptyParts);
    };
    QTest::newRow("inserted") << int(E::PhaseInserted) << 1 << -1 << list("a,,b,c");
    QTest::newRow("inserted at end") << int(E::PhaseInserted) << 3 << -1 << list("a,b,c,");
    QTest::newRow("removed") << int(E::PhaseRemoved) << 0 << -1 << list("b,c");
    QTest::newRow("moved down") << int(E::PhaseMoved) << 0 << 2 << list("b,c,a");
    QTest::newRow("moved up") << int(E::PhaseMoved) << 2 << 0 << list("c,a,b");
    QTest::newRow("not structural") << int(E::PhaseChanged) << 0 << -1 << list("a,b,c");
}

void TestChangeEvent::remapPerPhase()
{
    QFETCH(int, kind);
    QFETCH(int, phase);
    QFETCH(int, toPhase);
    QFETCH(QStringList, expected);
    QStringList perPhase{u"a"_s, u"b"_s, u"c"_s};
    ChangeEvent e;
    e.kind = ChangeEvent::Kind(kind);
    e.phase = phase;
    e.toPhase = toPhase;
    e.remapPerPhase(perPhase);
    QCOMPARE(perPhase, expected);
}

void TestChangeEvent::fieldEditNamesItsField_data()
{
    QTest::addColumn<std::function<QUndoCommand *(PlanDocument *)>>("edit");
    QTest::addColumn<quint32>("fields");
    using Edit = std::function<QUndoCommand *(PlanDocument *)>;
    QTest::newRow("placement extent") << Edit([](PlanDocument *d) {
        return new EditPlacementFieldCommand(d, {0, 0}, PlacementField::Extent, 0.5);
    }) << ChangeEvent::fieldBit(PlacementField::Extent);
    QTest::newRow("placement months") << Edit([](PlanDocument *d) {
        Placement p = d->plan().phases.at(0).reliefs.at(0);
        p.start = 1;
        p.end = 3;
        return new SetPlacementCommand(d, {0, 0}, p, u"set"_s);
    })
                                      << (ChangeEvent::fieldBit(PlacementField::Start) |
                                          ChangeEvent::fieldBit(PlacementField::End));
    QTest::newRow("phase name") << Edit([](PlanDocument *d) {
        return new EditPhaseFieldCommand(d, 0, PhaseField::Name, u"X"_s);
    }) << ChangeEvent::fieldBit(PhaseField::Name);
    QTest::newRow("phase months") << Edit([](PlanDocument *d) {
        return new ResizePhaseCommand(d, 0, 1, 9);
    }) << (ChangeEvent::fieldBit(PhaseField::Start) | ChangeEvent::fieldBit(PhaseField::End));
    QTest::newRow("verified month")
        << Edit([](PlanDocument *d) { return new SetVerifiedMonthCommand(d, 0, 0, 5); })
        << ChangeEvent::fieldBit(ActionField::VerifiedMonth);
    QTest::newRow("meta profile") << Edit([](PlanDocument *d) {
        return new EditMetaFieldCommand(d, MetaField::Profile, u"flexible"_s);
    }) << ChangeEvent::fieldBit(MetaField::Profile);
}

void TestChangeEvent::fieldEditNamesItsField()
{
    using Edit = std::function<QUndoCommand *(PlanDocument *)>;
    QFETCH(Edit, edit);
    QFETCH(quint32, fields);
    Plan plan;
    Phase ph;
    ph.id = u"p1"_s;
    ph.end = 6;
    ph.actions = {{u"a"_s, 2, {}}};
    Placement pl;
    pl.item = u"i"_s;
    pl.end = 6;
    ph.reliefs = {pl};
    plan.phases = {ph};
    PlanDocument doc(plan);
    QSignalSpy changed(&doc, &PlanDocument::changed);
    doc.undoStack()->push(edit(&doc));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<ChangeEvent>().fields, fields);
    doc.undoStack()->undo();
    QCOMPARE(changed.last().first().value<ChangeEvent>().fields, fields);
}

QTEST_GUILESS_MAIN(TestChangeEvent)
#include "tst_changeevent.moc"
