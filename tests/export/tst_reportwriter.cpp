// ReportWriter: what the briefing report says, read from its laid-out text
// (ReportFlow::pageLines): full detail lists every placement and finding; the
// summary of a very large plan lists relief by authority, the largest
// placements, every violation and every waiver, and counts the rest; findings
// are grouped by rule with the principle stated once; a timeline too large to
// print legibly becomes the phase overview. The memo of page 1 (the decision,
// they do / we give / we keep, the key risks) and the annex's tables are
// checked on small plans, the bundled DPRK and Iran plans and the stress plan:
// every table has its rows, no cell is empty, no placeholder reaches the text,
// a value without an estimate reads "not quantified", and every figure
// carries its confidence.

#include "export/exporter.h"
#include "export/reportflow.h"
#include "export/reportwriter.h"
#include "io/planjson.h"
#include "rules/ruleengine.h"
#include "stressplan.h"
#include "support/planjsontestdata.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

// `phases` phases of `perPhase` placements each, over 10 catalog items of
// rotating authorities; item i is worth (i + 1) million a year.
Plan makePlan(int phases, int perPhase)
{
    Plan plan;
    plan.meta.title = u"Report test"_s;
    plan.meta.counterpart = u"Testland"_s;
    plan.meta.start = u"2026-07"_s;
    const Authority authorities[] = {Authority::UN, Authority::USStatute, Authority::USEO,
                                     Authority::Other};
    for (int i = 0; i < 10; ++i) {
        SanctionsItem item;
        item.id = u"item-%1"_s.arg(i);
        item.name = u"Item %1"_s.arg(i);
        item.authority = authorities[i % 4];
        item.instrument = u"Instrument %1"_s.arg(i);
        item.annualValueUsd = (i + 1) * 1e6;
        item.escrowable = true;
        item.source = u"Source %1"_s.arg(i);
        item.confidence = u"medium"_s;
        plan.catalog.items << item;
    }
    for (int p = 0; p < phases; ++p) {
        Phase ph;
        ph.id = u"p%1"_s.arg(p);
        ph.name = u"Phase %1"_s.arg(p);
        ph.kind = p + 1 == phases ? PhaseKind::Final : PhaseKind::Interim;
        ph.start = p * 3;
        ph.end = p * 3 + 6;
        for (int r = 0; r < perPhase; ++r) {
            Placement pl;
            pl.item = u"item-%1"_s.arg((p + r) % 10);
            pl.extent = 0.1;
            pl.start = ph.start;
            pl.end = ph.end;
            pl.escrowShare = 1;
            pl.snapback = true;
            pl.note = u"note-%1-%2"_s.arg(p).arg(r);
            ph.reliefs << pl;
        }
        plan.phases << ph;
    }
    return plan;
}

Finding finding(const QString &rule, Severity severity, const QString &phase, const QString &item,
                const QString &message)
{
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.phase = phase;
    f.item = item;
    f.message = message;
    f.principle = u"Principle of "_s + rule;
    return f;
}

QStringList flowLines(const ReportFlow *flow)
{
    QStringList out;
    for (int p = 0; p < flow->pageCount(); ++p)
        out << flow->pageLines(p);
    return out;
}

QStringList allLines(const ReportWriter &writer)
{
    return flowLines(writer.textFlow());
}

QString cellText(const ReportCell &cell)
{
    QStringList parts;
    for (const ReportSpan &s : cell)
        parts << s.text;
    return parts.join(u' ');
}

QString squeezed(QString s)
{
    s.remove(QRegularExpression(u"\\s"_s));
    return s;
}

// A placeholder that must never reach an export: a text that is only "TODO",
// "TBD", "?", "-", "n/a" or "placeholder", or that starts with "TODO"/"TBD".
// (Prose that uses the word, such as a source saying an old figure "was a
// placeholder guess", is not one.)
bool isPlaceholder(const QString &text)
{
    static const QRegularExpression only(
        u"^(TODO|TBD|FIXME|XXX|placeholder|\\?+|-|n/a|\\(\\?\\))[.:]?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression start(u"^(TODO|TBD|FIXME)\\b"_s);
    const QString t = text.trimmed();
    return only.match(t).hasMatch() || start.match(t).hasMatch();
}

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT
private slots:
    void detail_data();
    void detail();
    void findingsByRule_data();
    void findingsByRule();
    void phaseOverview_data();
    void phaseOverview();
    void layoutCanBeCancelled_data();
    void layoutCanBeCancelled();
    void tablesHaveRows_data();
    void tablesHaveRows();
    void memo_data();
    void memo();
    void notQuantified();
    void keyFiguresSayEachLabelOnce();
    void bibliographyNumbered();
    void referenceBasisEndsOnce_data();
    void referenceBasisEndsOnce();
};

void TestReportWriter::detail_data()
{
    QTest::addColumn<int>("phases");
    QTest::addColumn<int>("perPhase");
    QTest::addColumn<int>("detail");
    QTest::addColumn<bool>("summary");

    const int above = ReportWriter::kSummaryAbove;
    QTest::newRow("small, auto") << 3 << 10 << int(ReportDetail::Auto) << false;
    QTest::newRow("at the limit, auto") << 2 << above / 2 << int(ReportDetail::Auto) << false;
    QTest::newRow("above the limit, auto") << 2 << above / 2 + 1 << int(ReportDetail::Auto) << true;
    QTest::newRow("small, summary") << 3 << 10 << int(ReportDetail::Summary) << true;
    QTest::newRow("large, full") << 2 << above << int(ReportDetail::Full) << false;
}

void TestReportWriter::detail()
{
    QFETCH(int, phases);
    QFETCH(int, perPhase);
    QFETCH(int, detail);
    QFETCH(bool, summary);

    const Plan plan = makePlan(phases, perPhase);
    Exporter exporter(plan, {}, u"test.json"_s);
    exporter.setReportDetail(ReportDetail(detail));
    ReportWriter writer(exporter);
    writer.layout(ReportWriter::defaultPageSize());
    QCOMPARE(writer.isSummary(), summary);
    const QStringList lines = allLines(writer);

    int notes = 0;
    for (const QString &l : lines)
        notes += l.startsWith(u"note-"_s) ? 1 : 0;
    if (!summary) {
        // Every placement, with its note.
        QCOMPARE(notes, phases * perPhase);
        QVERIFY(!lines.contains(u"Placements"_s));
        return;
    }
    // Per phase: a row per authority and the largest placements in full.
    QCOMPARE(notes, phases * std::min(perPhase, ReportWriter::kLargestListed));
    QCOMPARE(lines.count(u"Placements"_s) >= phases, true); // the summary table's header
    for (const QString &authority : {u"UN"_s, u"US-statute"_s, u"US-EO"_s, u"other"_s}) {
        if (perPhase >= 4) // every authority appears in every phase
            QVERIFY2(lines.count(authority) >= phases, qPrintable(authority));
    }
    // The largest placement of phase 0 is item-9 (worth the most): listed in full.
    QVERIFY(lines.contains(u"item-9"_s));
}

void TestReportWriter::findingsByRule_data()
{
    QTest::addColumn<int>("detail");
    QTest::addColumn<bool>("warningsListed");
    QTest::newRow("full") << int(ReportDetail::Full) << true;
    QTest::newRow("summary") << int(ReportDetail::Summary) << false;
}

void TestReportWriter::findingsByRule()
{
    QFETCH(int, detail);
    QFETCH(bool, warningsListed);

    Plan plan = makePlan(2, 5);
    QList<Finding> findings;
    for (int i = 0; i < 30; ++i)
        findings << finding(u"LAW-1"_s, Severity::Warning, u"p%1"_s.arg(i % 2),
                            u"item-%1"_s.arg(i % 10), u"warning number %1"_s.arg(i));
    for (int i = 0; i < 3; ++i)
        findings << finding(u"INT-3"_s, Severity::Violation, u"p0"_s, u"item-%1"_s.arg(i),
                            u"violation number %1"_s.arg(i));
    Finding waived =
        finding(u"INT-3"_s, Severity::Warning, u"p1"_s, u"item-7"_s, u"the waived one"_s);
    waived.waived = true;
    findings << waived;
    plan.waivers << Waiver{u"INT-3"_s,        u"p1"_s,
                           u"item-7"_s,       u"Agreed in the room"_s,
                           u"Desk officer"_s, QDate(2026, 11, 1)};

    Exporter exporter(plan, findings, u"test.json"_s);
    exporter.setReportDetail(ReportDetail(detail));
    ReportWriter writer(exporter);
    writer.layout(ReportWriter::defaultPageSize());
    const QStringList lines = allLines(writer);

    // One section per rule, the principle stated once (not per finding).
    QCOMPARE(lines.count(u"LAW-1: Principle of LAW-1"_s), 1);
    QCOMPARE(lines.count(u"INT-3: Principle of INT-3"_s), 1);
    QVERIFY(!lines.contains(u"Principle of LAW-1"_s));
    QVERIFY(lines.contains(u"0 violations, 30 warnings, 0 info, 0 waived"_s));
    QVERIFY(lines.contains(u"3 violations, 1 warnings, 0 info, 1 waived"_s));
    // Violations and the waiver with its justification are always listed.
    for (int i = 0; i < 3; ++i)
        QVERIFY(lines.contains(u"violation number %1"_s.arg(i)));
    QVERIFY(lines.contains(u"the waived one"_s));
    QVERIFY(lines.contains(u"Agreed in the room"_s));
    // Warnings: listed in full, or counted per phase.
    int listed = 0;
    for (const QString &l : lines)
        listed += l.startsWith(u"warning number"_s) ? 1 : 0;
    QCOMPARE(listed, warningsListed ? 30 : 0);
    const bool counted = std::any_of(lines.begin(), lines.end(), [](const QString &l) {
        return l.contains(u"p0 (15)"_s) && l.contains(u"p1 (15)"_s);
    });
    QCOMPARE(counted, !warningsListed);
}

void TestReportWriter::phaseOverview_data()
{
    QTest::addColumn<int>("phases");
    QTest::addColumn<int>("perPhase");
    QTest::addColumn<bool>("overview");
    QTest::newRow("small plan: the timeline") << 3 << 4 << false;
    QTest::newRow("huge plan: the overview") << 40 << 60 << true;
}

void TestReportWriter::phaseOverview()
{
    QFETCH(int, phases);
    QFETCH(int, perPhase);
    QFETCH(bool, overview);

    const Plan plan = makePlan(phases, perPhase);
    Exporter exporter(plan, {}, u"test.json"_s);
    ReportWriter writer(exporter);
    const int pages = writer.layout(ReportWriter::defaultPageSize());
    QCOMPARE(writer.showsPhaseOverview(), overview);
    QCOMPARE(pages, writer.firstTextPage() + writer.textFlow()->pageCount());

    // Every page paints: the overview pages carry ink beyond their frame.
    QImage image = exporter.image(ExportKind::Report);
    QVERIFY(!image.isNull());
    const QSizeF page = ReportWriter::defaultPageSize();
    // The first timeline or overview page: count dark pixels in its middle band.
    const int index = writer.firstAnnexPage() + 1;
    const int top = int(index * (page.height() + 16) + page.height() * 0.3);
    int inked = 0;
    for (int y = top; y < top + int(page.height() * 0.3); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            inked += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
    }
    QVERIFY2(inked > 100,
             qPrintable(u"the timeline page is nearly blank: %1 inked pixels"_s.arg(inked)));
}

void TestReportWriter::layoutCanBeCancelled_data()
{
    QTest::addColumn<int>("cancelAtCall"); // 0: never
    QTest::newRow("never") << 0;
    QTest::newRow("first call") << 1;
    QTest::newRow("third call") << 3;
}

void TestReportWriter::layoutCanBeCancelled()
{
    QFETCH(int, cancelAtCall);
    const Plan plan = makePlan(4, 400); // full detail: 1,600 rows, several progress calls
    Exporter exporter(plan, {}, u"test.json"_s);
    exporter.setReportDetail(ReportDetail::Full);
    ReportWriter writer(exporter);
    int calls = 0;
    const int pages = writer.layout(ReportWriter::defaultPageSize(), [&](int done, int) {
        ++calls;
        if (done != 0)
            return false; // layout reports no pages done
        return calls != cancelAtCall;
    });
    if (cancelAtCall == 0) {
        QVERIFY(calls >= 3);
        QVERIFY(pages > 0);
        QCOMPARE(writer.pageCount(), pages);
    } else {
        QCOMPARE(calls, cancelAtCall);
        QCOMPARE(pages, 0);
        QCOMPARE(writer.pageCount(), 0);
    }

    // Through the exporter: a cancelled export leaves no file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"r.pdf"_s);
    int exportCalls = 0;
    const QString error = exporter.write(ExportKind::Report, path, [&](int, int) {
        ++exportCalls;
        return cancelAtCall == 0 || exportCalls < cancelAtCall;
    });
    QCOMPARE(error.isEmpty(), cancelAtCall == 0);
    QCOMPARE(QFile::exists(path), cancelAtCall == 0);
}

// The plans the memo checks run on: a small one with a stale waiver, the
// bundled DPRK and Iran plans, and the benchmarks' stress plan (summary).
void addPlanRows()
{
    QTest::addColumn<Plan>("plan");
    Plan small = makePlan(3, 4);
    small.waivers << Waiver{u"INT-3"_s, QString(), QString(), u"No longer applies"_s,
                            QString(),  {}};
    QTest::newRow("small") << small;
    for (const char *name : {"dprk-2018.json", "iran-2015.json"}) {
        const std::optional<Plan> plan = planjsontest::bundledScenario(QString::fromLatin1(name));
        QVERIFY2(plan, name);
        QTest::newRow(name) << *plan;
    }
    QTest::newRow("stress") << makeStressPlan();
}

void TestReportWriter::tablesHaveRows_data()
{
    addPlanRows();
}

// Every table of the memo and the annex has columns, a header that prints, and
// rows whose every cell says something and prints; nothing is a placeholder.
void TestReportWriter::tablesHaveRows()
{
    QFETCH(Plan, plan);
    Exporter exporter(plan, RuleEngine::check(plan), u"plan.json"_s);
    ReportWriter writer(exporter);
    QVERIFY(writer.layout(ReportWriter::defaultPageSize()) > 0);
    for (const ReportFlow *flow : {writer.memoFlow(), writer.textFlow()}) {
        const QStringList lines = flowLines(flow);
        const QString printed = squeezed(lines.join(QString()));
        for (const QString &line : lines)
            QVERIFY2(!isPlaceholder(line), qPrintable(line));
        const QList<ReportFlow::TableContent> tables = flow->tables();
        QVERIFY(!tables.isEmpty());
        for (const ReportFlow::TableContent &t : tables) {
            const QString table = t.header.join(u" | "_s);
            QCOMPARE(t.columns, t.header.size());
            QVERIFY2(!t.rows.isEmpty(), qPrintable(u"no rows: "_s + table));
            for (const QString &h : t.header)
                QVERIFY2(printed.contains(squeezed(h)), qPrintable(u"header not printed: "_s + h));
            for (const QList<ReportCell> &row : t.rows) {
                QCOMPARE(row.size(), t.columns);
                for (const ReportCell &cell : row) {
                    const QString text = cellText(cell);
                    QVERIFY2(!text.trimmed().isEmpty(), qPrintable(u"empty cell in "_s + table));
                    QVERIFY2(!isPlaceholder(text), qPrintable(text));
                    QVERIFY2(printed.contains(squeezed(cell.first().text)),
                             qPrintable(u"not printed: "_s + text));
                }
            }
        }
    }
    QVERIFY(!isPlaceholder(writer.annexTitleText()));
}

void TestReportWriter::memo_data()
{
    addPlanRows();
}

// Page 1: the decision asked, they do / we give / we keep, the key risks; the
// memo fits on the first page; the walk-away table lists its months.
void TestReportWriter::memo()
{
    QFETCH(Plan, plan);
    Exporter exporter(plan, RuleEngine::check(plan), u"plan.json"_s);
    ReportWriter writer(exporter);
    writer.layout(ReportWriter::defaultPageSize());
    QCOMPARE(writer.memoFlow()->pageCount(), 1);
    QCOMPARE(writer.firstAnnexPage(), 1);
    const QStringList lines = flowLines(writer.memoFlow());
    for (const QString &heading :
         {u"Decision asked"_s, u"What the plan trades"_s, u"We keep (stays in force)"_s,
          u"Key risks"_s, u"Largest exposure before payout"_s, u"Steps for nothing"_s,
          u"Relief that does not end by itself"_s, u"Open violations and waivers"_s})
        QVERIFY2(lines.contains(heading), qPrintable(heading));
    const QString text = squeezed(lines.join(QString()));
    if (!plan.meta.decisionAsked.isEmpty())
        QVERIFY(text.contains(squeezed(plan.meta.decisionAsked)));
    // They do / we give: a row per phase.
    const ReportFlow::TableContent trade = writer.memoFlow()->tables().first();
    QCOMPARE(trade.rows.size(), std::min<qsizetype>(plan.phases.size(), 4));
    QVERIFY(text.contains(u"confidence:"_s));

    // The walk-away table of the annex has its months (it printed none before).
    const QList<ReportFlow::TableContent> tables = writer.textFlow()->tables();
    const auto walk = std::find_if(tables.begin(), tables.end(), [](const auto &t) {
        return t.header.value(0) == u"Walk away at the end of month"_s;
    });
    QVERIFY(walk != tables.end());
    QCOMPARE(walk->columns, 5);
    QVERIFY(!walk->rows.isEmpty());
    QVERIFY(squeezed(allLines(writer).join(QString())).contains(u"Walkawayattheendofmonth"_s));
}

// An item with no estimate reads "not quantified", never "$0".
void TestReportWriter::notQuantified()
{
    Plan plan = makePlan(2, 3);
    plan.catalog.items[0].annualValueUsd = 0;
    plan.catalog.items[0].valueQuantified = false;
    Exporter exporter(plan, {}, u"plan.json"_s);
    ReportWriter writer(exporter);
    writer.layout(ReportWriter::defaultPageSize());
    const QStringList lines = allLines(writer);
    QVERIFY(lines.contains(u"not quantified"_s));
    const QList<ReportFlow::TableContent> tables = writer.textFlow()->tables();
    for (const ReportFlow::TableContent &t : tables) {
        for (const QList<ReportCell> &row : t.rows) {
            if (!cellText(row.first()).contains(u"item-0"_s))
                continue;
            for (const ReportCell &cell : row)
                QVERIFY2(!cellText(cell).startsWith(u"$0"_s), qPrintable(cellText(cell)));
        }
    }
    QVERIFY(squeezed(flowLines(writer.memoFlow()).join(QString())).contains(u"notquantified"_s));
}

// The key figures name each figure once: its value does not repeat the label,
// and the figures a principal would misread say what they mean.
void TestReportWriter::keyFiguresSayEachLabelOnce()
{
    const std::optional<Plan> plan = planjsontest::bundledScenario(u"dprk-2018.json"_s);
    QVERIFY(plan);
    Exporter exporter(*plan, RuleEngine::check(*plan), u"plan.json"_s);
    ReportWriter writer(exporter);
    writer.layout(ReportWriter::defaultPageSize());
    const QString text = writer.annexTitleText();
    QCOMPARE(text.count(u"Inducement ratio"_s), 1);
    QCOMPARE(text.count(u"Released over the horizon"_s), 1);
    QCOMPARE(text.count(u"Payout month"_s), 1);
    QVERIFY(text.contains(u"released in the 12 months from the payout"_s));
    QVERIFY(text.contains(u"payout included"_s));
    QVERIFY(text.contains(u"confidence:"_s));
}

// Item sources cite the numbered bibliography: [n] in place of the id.
void TestReportWriter::bibliographyNumbered()
{
    Plan plan = makePlan(2, 3);
    plan.meta.sources << Source{u"S1"_s,   u"First title"_s,           u"Publisher A"_s,
                                u"2017"_s, u"https://example.org/a"_s, {}}
                      << Source{u"S2"_s,   u"Second title"_s,          u"Publisher B"_s,
                                u"2018"_s, u"https://example.org/b"_s, {}};
    for (SanctionsItem &it : plan.catalog.items)
        it.source = u"S2;S1 - export revenue"_s;
    Exporter exporter(plan, {}, u"plan.json"_s);
    ReportWriter writer(exporter);
    writer.layout(ReportWriter::defaultPageSize());
    const QStringList lines = allLines(writer);
    QVERIFY(lines.contains(u"Bibliography"_s));
    QVERIFY(lines.contains(u"[2], [1]"_s));
    QVERIFY(lines.contains(u"export revenue"_s));
    QVERIFY(lines.contains(u"[1]"_s));
    QVERIFY(lines.contains(u"First title"_s));
    QVERIFY(lines.contains(u"Second title"_s));
}

void TestReportWriter::referenceBasisEndsOnce_data()
{
    QTest::addColumn<QString>("basis");
    QTest::addColumn<QString>("written"); // squeezed: no spaces
    QTest::newRow("with its full stop")
        << u"2016 exports (KOTRA; S13)."_s << u"Basis:2016exports(KOTRA;S13).Money"_s;
    QTest::newRow("without") << u"2016 exports"_s << u"Basis:2016exports.Money"_s;
    QTest::newRow("ends with an abbreviation")
        << u"estimate by the U.S."_s << u"Basis:estimatebytheU.S.Money"_s;
    QTest::newRow("trailing spaces") << u"2016 exports.  "_s << u"Basis:2016exports.Money"_s;
    QTest::newRow("none") << QString() << u"annualvalues.Money"_s;
}

// The sources' opening paragraph quotes the plan's reference value basis as
// a sentence of its own, ended by one full stop.
void TestReportWriter::referenceBasisEndsOnce()
{
    QFETCH(QString, basis);
    QFETCH(QString, written);
    Plan plan = makePlan(2, 3);
    if (!basis.isNull())
        plan.meta.extra.insert(u"referenceValueBasis"_s, basis);
    Exporter exporter(plan, {}, u"plan.json"_s);
    ReportWriter writer(exporter);
    writer.layout(ReportWriter::defaultPageSize());
    const QString text = squeezed(allLines(writer).join(QString()));
    QVERIFY2(text.contains(written), qPrintable(text.left(400)));
    QVERIFY(!text.contains(u"..Money"_s));
}

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
