// FlowTableModel: shape, roles, and recomputation on every document edit
// (reset only when the number of months changes). Expected figures by hand.

#include "document/commands.h"
#include "document/plandocument.h"
#include "model/money.h"
#include "models/flowtablemodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tranche;

namespace {

// H = 16, P = 3 (verified in the final phase p2).
// p1: a ($1,200/yr: 100/month) months 0..3, escrow 0.5, NO snapback.
// p2: b ($2,400/yr: 200/month) open-ended from 3, no escrow, snapback.
// released 50, 50, 50, 450 (50 + payout 200 + 200), then 200 a month;
// exposure(m < 3) = cumulative + a's remaining months x 50 = 200.
Plan samplePlan()
{
    Plan p;
    for (const auto &[id, annual] : {std::pair{u"a"_s, 1200.0}, std::pair{u"b"_s, 2400.0}}) {
        SanctionsItem it;
        it.id = id;
        it.annualValueUsd = annual;
        p.catalog.items.append(it);
    }
    Phase p1;
    p1.id = u"p1"_s;
    p1.start = 0;
    p1.end = 2;
    p1.actions = {RequiredAction{u"act1"_s, 0, {}}};
    Placement a;
    a.item = u"a"_s;
    a.start = 0;
    a.end = 4;
    a.escrowShare = 0.5;
    a.snapback = false;
    p1.reliefs = {a};
    Phase p2;
    p2.id = u"p2"_s;
    p2.kind = PhaseKind::Final;
    p2.start = 2;
    p2.end = 3;
    p2.actions = {RequiredAction{u"act2"_s, 3, {}}};
    Placement b;
    b.item = u"b"_s;
    b.start = 3;
    b.snapback = true;
    p2.reliefs = {b};
    p.phases = {p1, p2};
    return p;
}

enum class Edit { EscrowShare, LaterEnd, EarlierVerification, RemoveFinalPhase, Waivers };

QUndoCommand *makeCommand(PlanDocument *doc, Edit edit)
{
    switch (edit) {
    case Edit::EscrowShare:
        return new EditPlacementFieldCommand(doc, {0, 0}, PlacementField::EscrowShare, 0.0);
    case Edit::LaterEnd:
        return new EditPlacementFieldCommand(doc, {0, 0}, PlacementField::End, 10);
    case Edit::EarlierVerification:
        return new SetVerifiedMonthCommand(doc, 1, 0, 2);
    case Edit::RemoveFinalPhase:
        return new RemovePhaseCommand(doc, 1);
    case Edit::Waivers: {
        Waiver w;
        w.rule = u"INT-4"_s;
        w.justification = u"test"_s;
        return new SetWaiversCommand(doc, {w}, u"Waive"_s);
    }
    }
    return nullptr;
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestFlowModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void shape();
    void roles_data();
    void roles();
    void rawDisplayMode();
    void edits_data();
    void edits();
    void walkAway();
    void documentGone();

private:
    std::unique_ptr<PlanDocument> m_doc;
    std::unique_ptr<FlowTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestFlowModel::init()
{
    m_doc = std::make_unique<PlanDocument>(samplePlan());
    m_model = std::make_unique<FlowTableModel>(m_doc.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestFlowModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_doc.reset();
}

void TestFlowModel::shape()
{
    QCOMPARE(m_model->rowCount(), 16);
    QCOMPARE(m_model->columnCount(), int(FlowTableModel::ColumnCount));
    QCOMPARE(m_model->columnCount(), 7);
    QCOMPARE(m_model->flow().payoutMonth, std::optional<int>(3));
    QCOMPARE(m_model->flow().inducementRatio, std::optional<double>(13.25));
    QCOMPARE(m_model->headerData(FlowTableModel::ExposureColumn, Qt::Horizontal).toString(),
             u"Exposure"_s);
    QCOMPARE(m_model->headerData(5, Qt::Vertical).toInt(), 5);

    // With a plan start the rows are named by calendar month.
    PlanMeta meta = m_doc->plan().meta;
    meta.start = u"2026-07"_s;
    m_doc->undoStack()->push(new EditMetaFieldCommand(m_doc.get(), MetaField::Start, meta.start));
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), u"2026-07"_s);
    QCOMPARE(m_model->headerData(6, Qt::Vertical).toString(), u"2027-01"_s);
}

void TestFlowModel::roles_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<double>("raw");

    QTest::newRow("month") << 4 << int(FlowTableModel::MonthColumn) << u"4"_s << 4.0;
    QTest::newRow("released at P")
        << 3 << int(FlowTableModel::ReleasedColumn) << u"$450"_s << 450.0;
    QTest::newRow("cumulative") << 15 << int(FlowTableModel::ReleasedCumulativeColumn)
                                << formatMoney(3000) << 3000.0;
    QTest::newRow("escrowed") << 1 << int(FlowTableModel::EscrowedColumn) << u"$50"_s << 50.0;
    QTest::newRow("balance") << 2 << int(FlowTableModel::EscrowBalanceColumn) << u"$150"_s << 150.0;
    QTest::newRow("payout") << 3 << int(FlowTableModel::PayoutColumn) << u"$200"_s << 200.0;
    QTest::newRow("no payout") << 4 << int(FlowTableModel::PayoutColumn) << u"$0"_s << 0.0;
    QTest::newRow("exposure") << 0 << int(FlowTableModel::ExposureColumn) << u"$200"_s << 200.0;
}

void TestFlowModel::roles()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(double, raw);

    const QModelIndex idx = m_model->index(row, column);
    QCOMPARE(idx.data(Qt::DisplayRole).toString(), display);
    for (const int role : {int(Qt::EditRole), int(Qt::UserRole), int(RawValueRole)}) {
        bool ok = false;
        QCOMPARE(idx.data(role).toDouble(&ok), raw);
        QVERIFY(ok);
    }
    QCOMPARE(FlowTableModel::value(m_model->flow().months.at(row), column), raw);
}

void TestFlowModel::rawDisplayMode()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setDisplayMode(FlowTableModel::DisplayMode::Raw);
    QCOMPARE(changed.size(), 1);
    const QVariant v = m_model->index(3, FlowTableModel::ReleasedColumn).data(Qt::DisplayRole);
    QCOMPARE(v.typeId(), QMetaType::Double);
    QCOMPARE(v.toDouble(), 450.0); // what a Qt Charts mapper reads (toReal of DisplayRole)
    m_model->setDisplayMode(FlowTableModel::DisplayMode::Raw);
    QCOMPARE(changed.size(), 1); // no change, no signal
}

void TestFlowModel::edits_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<bool>("reset");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<double>("before");
    QTest::addColumn<double>("after");
    QTest::addColumn<bool>("recomputed");

    // Escrow 0: a releases 100; exposure(0) = 100 + 3 x 100 = 400 (was 200).
    QTest::newRow("escrow share") << Edit::EscrowShare << false << 16 << 0
                                  << int(FlowTableModel::ExposureColumn) << 200.0 << 400.0 << true;
    // a ends at 10: H = 22; exposure(0) = 50 + 9 x 50 = 500.
    QTest::newRow("later end, more months")
        << Edit::LaterEnd << true << 22 << 0 << int(FlowTableModel::ExposureColumn) << 200.0
        << 500.0 << true;
    // P = 2: balance 100 + 50 paid out; released(2) = 50 + 150 = 200 (was 50).
    QTest::newRow("earlier verification")
        << Edit::EarlierVerification << false << 16 << 2 << int(FlowTableModel::ReleasedColumn)
        << 50.0 << 200.0 << true;
    // No final phase: H = 12 + 4 stays 16; no payout, released(3) = 50 (was 450).
    QTest::newRow("remove final phase")
        << Edit::RemoveFinalPhase << false << 16 << 3 << int(FlowTableModel::ReleasedColumn)
        << 450.0 << 50.0 << true;
    // Waivers do not touch the flow: no signal at all.
    QTest::newRow("waivers") << Edit::Waivers << false << 16 << 3
                             << int(FlowTableModel::ReleasedColumn) << 450.0 << 450.0 << false;
}

void TestFlowModel::edits()
{
    QFETCH(Edit, edit);
    QFETCH(bool, reset);
    QFETCH(int, rows);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(double, before);
    QFETCH(double, after);
    QFETCH(bool, recomputed);

    const auto cell = [&] { return m_model->index(row, column).data(RawValueRole).toDouble(); };
    QCOMPARE(cell(), before);

    const QList<FlowMonth> monthsBefore = m_model->flow().months;
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy flows(m_model.get(), &FlowTableModel::flowChanged);
    m_doc->undoStack()->push(makeCommand(m_doc.get(), edit));

    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(cell(), after);
    QCOMPARE(resets.size(), reset ? 1 : 0);
    QCOMPARE(changes.size(), recomputed && !reset ? 1 : 0);
    QCOMPARE(flows.size(), recomputed ? 1 : 0);
    if (recomputed && !reset) {
        // Exactly the months whose figures differ, found by comparing every figure.
        int first = -1, last = -1;
        for (int m = 0; m < rows; ++m) {
            for (int c = FlowTableModel::ReleasedColumn; c < FlowTableModel::ColumnCount; ++c) {
                if (FlowTableModel::value(monthsBefore.at(m), c) !=
                    FlowTableModel::value(m_model->flow().months.at(m), c)) {
                    first = first < 0 ? m : first;
                    last = m;
                }
            }
        }
        QVERIFY(first >= 0);
        const auto topLeft = changes.first().at(0).value<QModelIndex>();
        const auto bottomRight = changes.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft, m_model->index(first, 0));
        QCOMPARE(bottomRight, m_model->index(last, FlowTableModel::ColumnCount - 1));
        QCOMPARE(m_model->changedMonths(), std::optional(std::pair{first, last}));
    } else if (reset) {
        QCOMPARE(m_model->changedMonths(), std::optional(std::pair{0, rows - 1}));
    }

    m_doc->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 16);
    QCOMPARE(cell(), before);
    QCOMPARE(m_model->flow().inducementRatio, std::optional<double>(13.25));
}

void TestFlowModel::walkAway()
{
    // End of month 1: cumulative 100, escrow 100 frozen, a 2 x 50 keeps flowing.
    const WalkAway w = m_model->walkAwayAt(1);
    QCOMPARE(w.month, 1);
    QCOMPARE(w.kept, 200.0);
    QCOMPARE(w.escrowFrozen, 100.0);
    QCOMPARE(w.keepsFlowing, 100.0);
    QCOMPARE(w.releasedSoFar, 100.0);
}

void TestFlowModel::documentGone()
{
    const QList<FlowMonth> monthsBefore = m_model->flow().months;
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_doc.reset();
    QCOMPARE(resets.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->document(), nullptr);

    PlanDocument other(samplePlan());
    m_model->setDocument(&other);
    QCOMPARE(resets.size(), 2);
    QCOMPARE(m_model->rowCount(), 16);
    m_model->setDocument(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestFlowModel)
#include "tst_flowmodel.moc"
