// The timeline on paper, on the bundled DPRK and Iran plans and the stress
// plan: its page count at A4; on every page the month header (the year and a
// month name of the page's first months) and the label of every phase shown;
// no drawn text ends in an ellipsis; no text under 7 pt; every placed item and
// required action named in full somewhere. Read twice: from the painted text
// (a recording paint device) and from the written PDF's text layer. Then the
// PNG and SVG files: one per page, or one file refused with the page count.

#include "export/exporter.h"
#include "export/phaseoverview.h"
#include "export/reportwriter.h"
#include "export/timelinepages.h"
#include "io/planio.h"
#include "model/catalogindex.h"
#include "rules/ruleengine.h"
#include "stressplan.h"
#include "support/pdftext.h"
#include "support/textrecorder.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

Plan loadPlan(const QString &which)
{
    if (which == "stress"_L1)
        return makeStressPlan();
    const OpenResult opened = openPlan(u":/scenarios/%1.json"_s.arg(which));
    return opened.plan.value_or(Plan());
}

// Text compared without its white space (a label wrapped over lines is the
// same label), its hyphens (pdftotext joins a line that ends in one to the
// next without it) and its ligatures (a PDF's text layer writes "fi" as one).
QString squeezed(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    out.remove(QRegularExpression(u"[\\s-]+"_s));
    return out;
}

bool elided(const QString &text)
{
    const QString t = text.trimmed();
    return t.endsWith(u'\u2026') || t.endsWith("..."_L1);
}

// Every name the timeline must show in full: placed items and required actions.
QStringList namesShown(const Plan &plan)
{
    const CatalogIndex index(plan.catalog);
    QStringList names;
    for (const Phase &ph : plan.phases) {
        for (const Placement &pl : ph.reliefs)
            names << nameOrId(index.item(plan.catalog, pl.item), pl.item);
        for (const RequiredAction &ra : ph.actions)
            names << nameOrId(index.action(plan.catalog, ra.action), ra.action);
    }
    names.removeDuplicates();
    return names;
}

// Whether `flat` (a page's text without white space) has the month header of
// `page`: its first month's name, and the year of its first month or (when
// that month is too close to the next January to be labelled) the next one.
bool hasHeader(const Plan &plan, const TimelinePages::Page &page, const QString &flat)
{
    const std::optional<QDate> d = plan.monthDate(page.firstMonth);
    if (!d)
        return flat.contains(u"M%1"_s.arg(page.firstMonth)) &&
               (flat.contains(u"Year%1"_s.arg(page.firstMonth / 12 + 1)) ||
                flat.contains(u"Year%1"_s.arg(page.firstMonth / 12 + 2)));
    return flat.contains(squeezed(QLocale().toString(*d, u"MMM"_s))) &&
           (flat.contains(QString::number(d->year())) ||
            flat.contains(QString::number(d->year() + 1)));
}

// The checks every page's text passes, painted or read from the PDF: the page
// number (when there are several pages), the month header, the label of every
// phase whose rows the page shows.
void checkPage(const Plan &plan, const TimelinePages &layout, int i, const QString &text)
{
    const QString flat = squeezed(text);
    if (layout.pageCount() > 1)
        QVERIFY2(flat.contains(squeezed(u"Page %1 of %2"_s.arg(i + 1).arg(layout.pageCount()))),
                 qPrintable(u"page %1 has no page number"_s.arg(i + 1)));
    QVERIFY2(hasHeader(plan, layout.page(i), flat),
             qPrintable(u"page %1 lacks its month header"_s.arg(i + 1)));
    const QList<int> phases = layout.phasesOn(i);
    QVERIFY(!phases.isEmpty());
    for (int ph : phases)
        QVERIFY2(flat.contains(squeezed(layout.phaseLabel(ph))),
                 qPrintable(u"page %1 lacks %2"_s.arg(i + 1).arg(layout.phaseLabel(ph))));
}

// Every placed item and required action is named in full on some page.
void checkNames(const Plan &plan, const QString &allPages)
{
    const QString flat = squeezed(allPages);
    for (const QString &name : namesShown(plan))
        QVERIFY2(flat.contains(squeezed(name)), qPrintable(u"never named: "_s + name));
}

} // namespace

class TestTimelinePages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void painted_data();
    void painted();
    void pdfTextLayer_data();
    void pdfTextLayer();
    void imageFiles_data();
    void imageFiles();
    void reportTimelinePages();
    void overviewWrapsNames();
    void pagesOption_data();
    void pagesOption();
};

void TestTimelinePages::painted_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("pages");
    QTest::newRow("DPRK") << u"dprk-2018"_s << 5;
    QTest::newRow("Iran") << u"iran-2015"_s << 4;
    QTest::newRow("stress") << u"stress"_s << 378;
}

void TestTimelinePages::painted()
{
    QFETCH(QString, plan);
    QFETCH(int, pages);
    const Plan p = loadPlan(plan);
    QVERIFY(!p.phases.isEmpty());
    Exporter exporter(p, RuleEngine::check(p), plan);
    const QSizeF a4 = ReportWriter::defaultPageSize();
    const std::unique_ptr<TimelinePages> layout = exporter.timelinePages(a4);
    QCOMPARE(layout->pageCount(), pages);

    texttest::TextRecorder device(a4.toSize());
    QString all;
    for (int i = 0; i < layout->pageCount(); ++i) {
        device.clear();
        {
            QPainter painter(&device);
            exporter.paintTimelinePage(&painter, QRectF(QPointF(0, 0), a4), *layout, i);
        }
        QString text;
        for (const texttest::DrawnText &t : device.texts()) {
            QVERIFY2(!elided(t.text), qPrintable(u"page %1: \"%2\""_s.arg(i + 1).arg(t.text)));
            QVERIFY2(
                t.points >= 7.0,
                qPrintable(u"page %1: \"%2\" at %3 pt"_s.arg(i + 1).arg(t.text).arg(t.points)));
            text += t.text + u' ';
        }
        checkPage(p, *layout, i, text);
        if (QTest::currentTestFailed())
            return;
        all += text;
    }
    checkNames(p, all);
}

void TestTimelinePages::pdfTextLayer_data()
{
    painted_data();
}

void TestTimelinePages::pdfTextLayer()
{
    QFETCH(QString, plan);
    QFETCH(int, pages);
    if (!pdftest::hasPoppler())
        QSKIP("pdfinfo / pdftotext (poppler-utils) are not installed");
    const Plan p = loadPlan(plan);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Exporter exporter(p, RuleEngine::check(p), plan);
    const QString out = dir.filePath(u"timeline.pdf"_s);
    QCOMPARE(exporter.write(ExportKind::Timeline, out), QString());

    const QStringList texts = pdftest::pageTexts(out);
    QCOMPARE(texts.size(), pages);
    // The PDF's page: A4 landscape less its margins, in whole pixels at 96 dpi.
    const QSizeF pdfPage = Exporter::pdfPageLayout().paintRectPixels(96).size();
    const std::unique_ptr<TimelinePages> layout = exporter.timelinePages(pdfPage);
    QString all;
    for (int i = 0; i < texts.size(); ++i) {
        const QString &text = texts.at(i);
        for (const QString &line : text.split(u'\n'))
            QVERIFY2(!elided(line), qPrintable(u"page %1: \"%2\""_s.arg(i + 1).arg(line)));
        checkPage(p, *layout, i, text);
        if (QTest::currentTestFailed())
            return;
        all += text;
    }
    checkNames(p, all);
}

void TestTimelinePages::imageFiles_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QStringList>("files"); // empty: refused
    QTest::newRow("DPRK png auto: a file a page")
        << u"dprk-2018"_s << u"t.png"_s << int(PageFiles::Auto)
        << QStringList{u"t-1.png"_s, u"t-2.png"_s, u"t-3.png"_s, u"t-4.png"_s, u"t-5.png"_s};
    QTest::newRow("Iran svg auto")
        << u"iran-2015"_s << u"t.svg"_s << int(PageFiles::Auto)
        << QStringList{u"t-1.svg"_s, u"t-2.svg"_s, u"t-3.svg"_s, u"t-4.svg"_s};
    QTest::newRow("DPRK png single: refused")
        << u"dprk-2018"_s << u"t.png"_s << int(PageFiles::Single) << QStringList();
}

void TestTimelinePages::imageFiles()
{
    QFETCH(QString, plan);
    QFETCH(QString, name);
    QFETCH(int, mode);
    QFETCH(QStringList, files);
    const Plan p = loadPlan(plan);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Exporter exporter(p, RuleEngine::check(p), plan);
    exporter.setPageFiles(PageFiles(mode));
    const QString error = exporter.write(ExportKind::Timeline, dir.filePath(name));
    const QStringList written = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        QCOMPARE(error, u"The timeline needs 5 pages to be read at this page size (no text "
                        u"under 7 pt, no label cut); one PNG file cannot hold them. Export it "
                        u"to PDF, or one file per page (t-1.png to t-5.png)."_s);
        QCOMPARE(written, QStringList());
        QCOMPARE(exporter.writtenFiles(), QStringList());
        return;
    }
    QCOMPARE(error, QString());
    QCOMPARE(written, files);
    QStringList said; // what the exporter says it wrote, in page order
    for (const QString &file : exporter.writtenFiles())
        said << QFileInfo(file).fileName();
    QCOMPARE(said, files);
    if (name.endsWith(".png"_L1)) {
        const QImage first(dir.filePath(files.first()));
        QCOMPARE(first.size(), exporter.imageSize(ExportKind::Timeline));
    }
}

// The report's timeline pages are TimelinePages' pages, with their page
// numbers in the report: every one names its phases and has no text under 7 pt.
void TestTimelinePages::reportTimelinePages()
{
    const Plan p = loadPlan(u"iran-2015"_s);
    Exporter exporter(p, RuleEngine::check(p), u"iran"_s);
    ReportWriter writer(exporter);
    const QSizeF a4 = ReportWriter::defaultPageSize();
    writer.layout(a4);
    QVERIFY(!writer.showsPhaseOverview());
    // The memo, the annex's cover, the timeline pages, the two chart pages, the text.
    const int firstTimelinePage = writer.firstAnnexPage() + 1;
    const int timelinePages = writer.firstTextPage() - firstTimelinePage - 2;
    QCOMPARE(timelinePages, 4);
    texttest::TextRecorder device(a4.toSize());
    QList<qsizetype> pageStarts{0}; // the first text of each page
    {
        QPainter painter(&device);
        writer.paint(&painter, [&] {
            pageStarts << device.texts().size();
            return true;
        });
    }
    QString text;
    const QList<texttest::DrawnText> &texts = device.texts();
    for (qsizetype i = pageStarts.at(firstTimelinePage);
         i < pageStarts.at(firstTimelinePage + timelinePages); ++i) {
        const texttest::DrawnText &t = texts.at(i);
        QVERIFY2(!elided(t.text), qPrintable(t.text));
        QVERIFY2(t.points >= 7.0, qPrintable(u"\"%1\" at %2 pt"_s.arg(t.text).arg(t.points)));
        text += t.text + u' ';
    }
    for (int i = 0; i < p.phases.size(); ++i) {
        const QString label = TimelinePages(p, {}).phaseLabel(i);
        QVERIFY2(squeezed(text).contains(squeezed(label)), qPrintable(label));
    }
}

// The report's phase overview (a plan too large for the timeline pages) wraps
// a long phase name instead of cutting it, repeats its ruler on every page and
// draws nothing under 7 pt.
void TestTimelinePages::overviewWrapsNames()
{
    Plan plan = makeStressPlan();
    const QString longName = u"Freeze of every enrichment, reprocessing and weaponisation "
                             u"activity under continuous IAEA monitoring"_s;
    plan.phases[1].name = longName;
    const PhaseOverview overview(plan, {});
    const QSizeF a4 = ReportWriter::defaultPageSize();
    const QList<int> starts = overview.pageStarts(a4.height());
    QVERIFY(starts.size() > 1);
    QCOMPARE(starts.first(), 0);
    texttest::TextRecorder device(a4.toSize());
    QString all;
    for (qsizetype page = 0; page < starts.size(); ++page) {
        device.clear();
        const int end = page + 1 < starts.size() ? starts.at(page + 1) : overview.phaseCount();
        {
            QPainter painter(&device);
            overview.paint(&painter, QRectF(QPointF(0, 0), a4), starts.at(page),
                           end - starts.at(page));
        }
        QString text;
        for (const texttest::DrawnText &t : device.texts()) {
            QVERIFY2(!elided(t.text), qPrintable(t.text));
            QVERIFY2(t.points >= 7.0, qPrintable(u"\"%1\" at %2 pt"_s.arg(t.text).arg(t.points)));
            text += t.text + u' ';
        }
        QVERIFY2(text.contains(u"2026"_s), qPrintable(u"page %1 has no ruler"_s.arg(page + 1)));
        all += text;
    }
    QVERIFY(squeezed(all).contains(squeezed(longName)));
}

void TestTimelinePages::pagesOption_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("pages");
    QTest::addColumn<int>("expected"); // -1: refused
    QTest::addColumn<QString>("error");
    const QString onlyTimeline =
        u"tranche export: --pages applies to --timeline written to PNG or SVG only"_s;
    QTest::newRow("not given: auto")
        << u"timeline"_s << u"t.png"_s << QString() << int(PageFiles::Auto) << QString();
    QTest::newRow("single svg") << u"timeline"_s << u"t.svg"_s << u"single"_s
                                << int(PageFiles::Single) << QString();
    QTest::newRow("split png") << u"timeline"_s << u"t.png"_s << u"split"_s << int(PageFiles::Split)
                               << QString();
    QTest::newRow("unknown") << u"timeline"_s << u"t.png"_s << u"two"_s << -1
                             << u"tranche export: unknown --pages \"two\" (auto, single or "
                                u"split)"_s;
    QTest::newRow("pdf") << u"timeline"_s << u"t.pdf"_s << u"auto"_s << -1 << onlyTimeline;
    QTest::newRow("chart") << u"chart"_s << u"c.png"_s << u"split"_s << -1 << onlyTimeline;
}

void TestTimelinePages::pagesOption()
{
    QFETCH(QString, kind);
    QFETCH(QString, out);
    QFETCH(QString, pages);
    QFETCH(int, expected);
    QFETCH(QString, error);
    ExportArguments arguments;
    arguments.plan = u"plan.json"_s;
    arguments.kind = exportKindFromString(kind);
    arguments.out = out;
    arguments.pages = pages;
    const ExportOptionsResult result = parseExportOptions(arguments);
    QCOMPARE(result.error, error);
    QCOMPARE(result.options.has_value(), expected >= 0);
    if (result.options)
        QCOMPARE(int(result.options->pages), expected);
}

QTEST_MAIN(TestTimelinePages)
#include "tst_timelinepages.moc"
