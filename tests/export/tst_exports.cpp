// Exports checked as files: PNG size and non-blank pixels with the banner
// colour at top and bottom; SVG well-formed with the banner and title text;
// PDF page count and banner text on every page (poppler-utils); the export
// command's exit codes, and never a partial or stray file.

#include "export/exportcli.h"
#include "export/exporter.h"
#include "export/pngoptionsdialog.h"
#include "export/reportwriter.h"
#include "io/planjson.h"
#include "support/pdftext.h"

#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

const QString kTitle = u"Exercise Blue Lantern"_s;
const QString kBanner = u"CONFIDENTIAL"_s;

Plan testPlan()
{
    Plan plan;
    plan.meta.title = kTitle;
    plan.meta.counterpart = u"Testland"_s;
    plan.meta.start = u"2027-01"_s;
    plan.meta.classification = kBanner;
    SanctionsItem coal;
    coal.id = u"coal"_s;
    coal.name = u"Coal export ban"_s;
    coal.authority = Authority::UN;
    coal.annualValueUsd = 1.2e9;
    coal.escrowable = true;
    coal.source = u"Panel of Experts"_s;
    coal.confidence = u"high"_s;
    SanctionsItem oil;
    oil.id = u"oil"_s;
    oil.name = u"Oil cap"_s;
    oil.authority = Authority::USStatute;
    oil.annualValueUsd = 4e8;
    oil.reversibility = Reversibility::Hard;
    plan.catalog.items = {coal, oil};
    CounterpartAction freeze;
    freeze.id = u"freeze"_s;
    freeze.name = u"Freeze"_s;
    freeze.weight = 8;
    CounterpartAction dismantle;
    dismantle.id = u"dismantle"_s;
    dismantle.name = u"Dismantle everything"_s;
    dismantle.weight = 10;
    dismantle.completes = allPrograms();
    plan.catalog.actions = {freeze, dismantle};
    Phase p1;
    p1.id = u"p1"_s;
    p1.name = u"Freeze"_s;
    p1.start = 0;
    p1.end = 6;
    p1.actions = {{u"freeze"_s, 1, {}}};
    Placement a;
    a.item = u"coal"_s;
    a.extent = 0.5;
    a.start = 1;
    a.end = 5;
    a.escrowShare = 0.5;
    a.escrowAgent = u"Agent"_s;
    a.permittedUses = u"food"_s;
    a.snapback = true;
    p1.reliefs = {a};
    Phase p2;
    p2.id = u"p2"_s;
    p2.name = u"Dismantle"_s;
    p2.kind = PhaseKind::Final;
    p2.start = 6;
    p2.end = 12;
    p2.actions = {{u"dismantle"_s, 8, {}}};
    Placement b;
    b.item = u"oil"_s;
    b.start = 8;
    p2.reliefs = {b};
    plan.phases = {p1, p2};
    Waiver w;
    w.rule = u"LAW-1"_s;
    w.phase = u"p1"_s;
    w.item = u"coal"_s;
    w.justification = u"Resolution already drafted"_s;
    w.author = u"J. Doe"_s;
    w.date = QDate(2026, 11, 1);
    plan.waivers = {w};
    return plan;
}

QList<Finding> testFindings()
{
    Finding f;
    f.rule = u"LAW-1"_s;
    f.severity = Severity::Warning;
    f.phase = u"p1"_s;
    f.item = u"coal"_s;
    f.message = u"interim relief of a UN item needs a Security Council resolution"_s;
    f.waived = true;
    return {f};
}

// Writes the test plan as JSON into dir; returns its path.
QString writePlanFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"plan.json"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(writePlanJson(testPlan()));
    return path;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

using pdftest::hasPoppler;
using pdftest::run;

// The export command as the command line runs it: the arguments read once
// into typed options (core/cli), then rendered (ui/export).
int runExport(const QString &plan, const QString &what, const QString &out, QTextStream &err,
              const QString &detail = {}, const QString &dpi = {}, const QString &size = {})
{
    const ExportOptionsResult options =
        parseExportOptions({plan, exportKindFromString(what), out, detail, dpi, size, {}});
    if (!options.options) {
        err << options.error << u'\n';
        err.flush();
        return 2;
    }
    return runExportCli(*options.options, err);
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void png_data();
    void png();
    void svg_data();
    void svg();
    void pdf_data();
    void pdf();
    void commandWrites_data();
    void commandWrites();
    void pngOptionsDialog();
    void commandPngOptions_data();
    void commandPngOptions();
    void commandFails_data();
    void commandFails();
    void commandLineTyped_data();
    void commandLineTyped();
    void cancelLeavesNothing_data();
    void cancelLeavesNothing();
    void bannerColours_data();
    void bannerColours();
};

void TestExports::png_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::newRow("chart 800x500 96dpi") << int(ExportKind::Chart) << QSize(800, 500) << 96;
    QTest::newRow("chart 1200x750 192dpi") << int(ExportKind::Chart) << QSize(1200, 750) << 192;
    QTest::newRow("timeline 1000x700 96dpi") << int(ExportKind::Timeline) << QSize(1000, 700) << 96;
    QTest::newRow("report default size") << int(ExportKind::Report) << QSize() << 96;
}

void TestExports::png()
{
    QFETCH(int, kind);
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Exporter exporter(testPlan(), testFindings(), u"plan.json"_s);
    exporter.setImageSize(size);
    exporter.setDpi(dpi);
    const QString path = dir.filePath(u"out.png"_s);
    QCOMPARE(exporter.write(ExportKind(kind), path), QString());

    QImage img(path);
    QVERIFY(!img.isNull());
    const QSize expected = size.isValid() ? size : exporter.imageSize(ExportKind(kind));
    QCOMPARE(img.size(), expected);
    QCOMPARE(img.dotsPerMeterX(), qRound(dpi / 0.0254));

    // Not blank: many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 3) {
        for (int x = 0; x < img.width(); x += 3)
            colours.insert(img.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(u"only %1 colours"_s.arg(colours.size())));

    // The classification banner's colour on the first and the last row.
    const QRgb banner = Exporter::bannerColour(kBanner).rgb();
    QCOMPARE(img.pixel(img.width() / 4, 1), banner);
    QCOMPARE(img.pixel(img.width() / 4, img.height() - 2), banner);
}

void TestExports::svg_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("subject");
    QTest::newRow("chart") << u"chart"_s << u"Value flow charts"_s;
    QTest::newRow("timeline") << u"timeline"_s << u"Timeline"_s;
    QTest::newRow("report") << u"report"_s << u"Briefing report"_s;
}

void TestExports::svg()
{
    QFETCH(QString, what);
    QFETCH(QString, subject);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plan = writePlanFile(dir);
    const QString out = dir.filePath(u"out.svg"_s);
    QString errors;
    QTextStream err(&errors);
    QCOMPARE(runExport(plan, what, out, err), 0);
    QCOMPARE(errors, QString());

    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int banners = 0;
    bool title = false, subjectSeen = false, svgRoot = false;
    QStringList open; // the element path, for text inside <text> only
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            open << xml.name().toString();
            if (xml.name() == "svg"_L1)
                svgRoot = true;
        } else if (xml.isEndElement()) {
            open.removeLast();
        }
        if (xml.isCharacters() && open.contains(u"text"_s)) {
            const QString text = xml.text().toString().trimmed();
            if (text == kBanner)
                ++banners;
            if (text.contains(kTitle))
                title = true;
            if (text.contains(subject))
                subjectSeen = true;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(svgRoot);
    QVERIFY(title);
    QVERIFY(subjectSeen);
    if (what == "report"_L1)
        QVERIFY(banners >= 2 * 5); // at least five pages, two banners each
    else
        QCOMPARE(banners, 2);
}

void TestExports::pdf_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("chart") << u"chart"_s;
    QTest::newRow("timeline") << u"timeline"_s;
    QTest::newRow("report") << u"report"_s;
}

void TestExports::pdf()
{
    QFETCH(QString, what);
    if (!hasPoppler())
        QSKIP("pdfinfo / pdftotext (poppler-utils) are not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plan = writePlanFile(dir);
    const QString out = dir.filePath(u"out.pdf"_s);
    QString errors;
    QTextStream err(&errors);
    QCOMPARE(runExport(plan, what, out, err), 0);

    int expectedPages = 1;
    if (what == "report"_L1) {
        Exporter exporter(testPlan(), {}, {});
        ReportWriter writer(exporter);
        expectedPages = writer.layout(ReportWriter::defaultPageSize());
        QVERIFY(expectedPages >= 5);
    }
    const QString info = run(u"pdfinfo"_s, {out});
    QVERIFY(!info.isEmpty());
    const QRegularExpression pagesLine(u"^Pages:\\s+(\\d+)$"_s,
                                       QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = pagesLine.match(info);
    QVERIFY(m.hasMatch());
    QCOMPARE(m.captured(1).toInt(), expectedPages);

    for (int page = 1; page <= expectedPages; ++page) {
        const QString text = run(u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s,
                                                  QString::number(page), out, u"-"_s});
        const QStringList lines = text.split(u'\n');
        const auto banners = std::count_if(lines.begin(), lines.end(),
                                           [](const QString &l) { return l.trimmed() == kBanner; });
        QVERIFY2(banners >= 2, qPrintable(u"page %1 has %2 banners"_s.arg(page).arg(banners)));
        QVERIFY2(text.contains(kTitle), qPrintable(u"page %1 lacks the title"_s.arg(page)));
    }
    if (what == "report"_L1) {
        const QString all = run(u"pdftotext"_s, {out, u"-"_s});
        QVERIFY(all.contains(u"Resolution already drafted"_s)); // the waiver's justification
        QVERIFY(all.contains(u"Panel of Experts"_s));           // a source
        QVERIFY(all.contains(u"Testland"_s));                   // the counterpart
    }
}

void TestExports::commandWrites_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("name");
    QTest::newRow("chart png") << u"chart"_s << u"c.png"_s;
    QTest::newRow("chart PNG upper case") << u"chart"_s << u"c.PNG"_s;
    QTest::newRow("timeline pdf") << u"timeline"_s << u"t.pdf"_s;
    QTest::newRow("report png") << u"report"_s << u"r.png"_s;
}

void TestExports::commandWrites()
{
    QFETCH(QString, what);
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plan = writePlanFile(dir);
    const QString out = dir.filePath(name);
    { // an old file is replaced whole
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QString errors;
    QTextStream err(&errors);
    QCOMPARE(runExport(plan, what, out, err), 0);
    QCOMPARE(errors, QString());
    QVERIFY(QFileInfo(out).size() > 1000);
    QStringList expected{name, u"plan.json"_s};
    expected.sort();
    QCOMPARE(entries(dir.path()), expected);
}

void TestExports::pngOptionsDialog()
{
    Exporter exporter(testPlan(), {}, {});
    const QSize natural96 = exporter.imageSize(ExportKind::Timeline);
    PngOptionsDialog dialog(exporter, ExportKind::Timeline);
    QCOMPARE(dialog.dpi(), 96);
    QCOMPARE(dialog.pixelSize(), natural96);

    // A higher resolution: the natural size grows with it.
    dialog.dpiBox()->setValue(192);
    QVERIFY(std::abs(dialog.pixelSize().width() - 2 * natural96.width()) <= 1);
    QVERIFY(std::abs(dialog.pixelSize().height() - 2 * natural96.height()) <= 1);

    // A width of one's own keeps the proportions...
    dialog.widthBox()->setValue(1000);
    const int keptHeight = int(std::lround(1000.0 * natural96.height() / natural96.width()));
    QVERIFY2(std::abs(dialog.pixelSize().height() - keptHeight) <= 1,
             qPrintable(QString::number(dialog.pixelSize().height())));
    // ...unless told not to.
    dialog.keepProportions()->setChecked(false);
    dialog.heightBox()->setValue(300);
    QCOMPARE(dialog.pixelSize(), QSize(1000, 300));

    dialog.apply();
    QCOMPARE(exporter.dpi(), 192);
    QCOMPARE(exporter.imageSize(ExportKind::Timeline), QSize(1000, 300));
    // The timeline's pages are of that size (each its own file here).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    exporter.setPageFiles(PageFiles::Split);
    QCOMPARE(exporter.write(ExportKind::Timeline, dir.filePath(u"t.png"_s)), QString());
    QCOMPARE(QImage(dir.filePath(u"t-1.png"_s)).size(), QSize(1000, 300));

    // Opening the dialog changes nothing; the natural size again leaves the
    // exporter no size of its own.
    PngOptionsDialog again(exporter, ExportKind::Timeline);
    QCOMPARE(exporter.imageSize(ExportKind::Timeline), QSize(1000, 300));
    QCOMPARE(exporter.dpi(), 192);
    again.dpiBox()->setValue(96);
    again.apply();
    QCOMPARE(exporter.imageSize(ExportKind::Timeline), natural96);
}

void TestExports::commandPngOptions_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("dpi");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QSize>("expected"); // pixels; invalid: twice the 96-dpi size
    QTest::addColumn<int>("expectedDpi");
    QTest::newRow("chart sized") << u"chart"_s << QString() << u"800x500"_s << QSize(800, 500)
                                 << 96;
    QTest::newRow("timeline 192 dpi") << u"timeline"_s << u"192"_s << QString() << QSize() << 192;
    QTest::newRow("chart sized at 150 dpi")
        << u"chart"_s << u"150"_s << u"1200x900"_s << QSize(1200, 900) << 150;
}

void TestExports::commandPngOptions()
{
    QFETCH(QString, what);
    QFETCH(QString, dpi);
    QFETCH(QString, size);
    QFETCH(QSize, expected);
    QFETCH(int, expectedDpi);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plan = writePlanFile(dir);
    const QString out = dir.filePath(u"out.png"_s);
    QString errors;
    QTextStream err(&errors);
    QCOMPARE(runExport(plan, what, out, err, QString(), dpi, size), 0);
    QImage image(out);
    QVERIFY(!image.isNull());
    if (expected.isValid()) {
        QCOMPARE(image.size(), expected);
    } else {
        // The natural size scales with the resolution (each side rounded on its own).
        const QString plain = dir.filePath(u"plain.png"_s);
        QCOMPARE(runExport(plan, what, plain, err), 0);
        const QSizeF scaled = QSizeF(QImage(plain).size()) * (expectedDpi / 96.0);
        QVERIFY2(std::abs(image.width() - scaled.width()) <= 1 &&
                     std::abs(image.height() - scaled.height()) <= 1,
                 qPrintable(u"%1x%2"_s.arg(image.width()).arg(image.height())));
    }
    QCOMPARE(int(std::lround(image.dotsPerMeterX() * 0.0254)), expectedDpi);
}

void TestExports::commandFails_data()
{
    QTest::addColumn<QString>("planContent"); // empty: the test plan
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("outName"); // relative to the temporary folder
    QTest::addColumn<QString>("message"); // part of the message on err
    QTest::addColumn<QString>("detail");  // --detail
    QTest::addColumn<QString>("dpi");     // --dpi, empty: not given
    QTest::addColumn<QString>("size");    // --size, empty: not given

    QTest::newRow("unknown suffix") << QString() << u"chart"_s << u"out.bmp"_s << u"bmp"_s
                                    << u"auto"_s << QString() << QString();
    QTest::newRow("unknown detail")
        << QString() << u"report"_s << u"out.pdf"_s << u"unknown detail \"everything\""_s
        << u"everything"_s << QString() << QString();
    QTest::newRow("no suffix") << QString() << u"report"_s << u"out"_s << u"png, svg or pdf"_s
                               << u"auto"_s << QString() << QString();
    QTest::newRow("unknown kind") << QString() << u"table"_s << u"out.png"_s << u"--chart"_s
                                  << u"auto"_s << QString() << QString();
    QTest::newRow("missing folder") << QString() << u"chart"_s << u"no/such/folder/out.png"_s
                                    << u"out.png"_s << u"auto"_s << QString() << QString();
    QTest::newRow("folder is a file") << QString() << u"timeline"_s << u"plan.json/out.svg"_s
                                      << u"out.svg"_s << u"auto"_s << QString() << QString();
    QTest::newRow("output is a folder") << QString() << u"chart"_s << u"sub.pdf"_s << u"sub.pdf"_s
                                        << u"auto"_s << QString() << QString();
    QTest::newRow("malformed json") << u"{ not json"_s << u"chart"_s << u"out.png"_s
                                    << u"plan.json"_s << u"auto"_s << QString() << QString();
    QTest::newRow("invalid plan")
        << uR"({"format":"tranche-plan","version":1,"plan":{},"catalog":{"items":[{"id":"A B"}]}})"_s
        << u"report"_s << u"out.pdf"_s << u"/catalog/items/0"_s << u"auto"_s << QString()
        << QString();
    QTest::newRow("newer version")
        << uR"({"format":"tranche-plan","version":2,"plan":{},"catalog":{"items":[]}})"_s
        << u"chart"_s << u"out.svg"_s << u"/version"_s << u"auto"_s << QString() << QString();
    QTest::newRow("dpi for svg") << QString() << u"chart"_s << u"out.svg"_s << u"PNG output only"_s
                                 << u"auto"_s << u"150"_s << QString();
    QTest::newRow("size for pdf") << QString() << u"report"_s << u"out.pdf"_s
                                  << u"PNG output only"_s << u"auto"_s << QString() << u"800x600"_s;
    QTest::newRow("dpi too low") << QString() << u"chart"_s << u"out.png"_s << u"48 to 600"_s
                                 << u"auto"_s << u"12"_s << QString();
    QTest::newRow("dpi not a number") << QString() << u"chart"_s << u"out.png"_s
                                      << u"(got \"high\")"_s << u"auto"_s << u"high"_s << QString();
    QTest::newRow("size malformed") << QString() << u"chart"_s << u"out.png"_s << u"WIDTHxHEIGHT"_s
                                    << u"auto"_s << QString() << u"800"_s;
    QTest::newRow("size too small") << QString() << u"timeline"_s << u"out.png"_s
                                    << u"16 to 20000"_s << u"auto"_s << QString() << u"10x600"_s;
}

void TestExports::commandFails()
{
    QFETCH(QString, planContent);
    QFETCH(QString, what);
    QFETCH(QString, outName);
    QFETCH(QString, message);
    QFETCH(QString, detail);
    QFETCH(QString, dpi);
    QFETCH(QString, size);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString plan = writePlanFile(dir);
    if (!planContent.isEmpty()) {
        QFile f(plan);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(planContent.toUtf8());
    }
    QVERIFY(QDir(dir.path()).mkpath(u"sub.pdf"_s));
    const QStringList before = entries(dir.path());
    const QString out = dir.filePath(outName);

    QString errors;
    QTextStream err(&errors);
    QCOMPARE(runExport(plan, what, out, err, detail, dpi, size), 2);
    err.flush();
    QVERIFY2(errors.contains(message), qPrintable(errors));
    QCOMPARE(entries(dir.path()), before); // nothing written, no temporary left
    QVERIFY(entries(dir.filePath(u"sub.pdf"_s)).isEmpty());
}

void TestExports::commandLineTyped_data()
{
    QTest::addColumn<QStringList>("arguments"); // after `tranche export plan.json`
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("detail");
    QTest::addColumn<int>("dpi");       // 0: not given
    QTest::addColumn<QSize>("size");    // invalid: not given
    QTest::addColumn<QString>("error"); // the exact refusal; empty: accepted

    const auto row = [](const char *name, const QString &args) {
        return &(QTest::newRow(name) << args.split(u' '));
    };
    *row("chart png", u"--chart -o a.png"_s)
        << int(ExportKind::Chart) << int(ExportFormat::Png) << int(ReportDetail::Auto) << 0
        << QSize() << QString();
    *row("report summary pdf", u"--report --detail summary -o a.PDF"_s)
        << int(ExportKind::Report) << int(ExportFormat::Pdf) << int(ReportDetail::Summary) << 0
        << QSize() << QString();
    *row("timeline png sized", u"--timeline -o a.png --dpi 150 --size 800x600"_s)
        << int(ExportKind::Timeline) << int(ExportFormat::Png) << int(ReportDetail::Auto) << 150
        << QSize(800, 600) << QString();
    *row("two kinds", u"--chart --report -o a.png"_s)
        << 0 << 0 << 0 << 0 << QSize()
        << u"Give exactly one of --chart, --timeline, --report, and -o OUT."_s;
    *row("no output", u"--chart"_s) << 0 << 0 << 0 << 0 << QSize()
                                    << u"Give exactly one of --chart, --timeline, --report, and "
                                       u"-o OUT."_s;
    *row("detail for a chart", u"--chart --detail full -o a.png"_s)
        << 0 << 0 << 0 << 0 << QSize() << u"--detail applies to --report only."_s;
    *row("bad detail", u"--report --detail all -o a.pdf"_s)
        << 0 << 0 << 0 << 0 << QSize()
        << u"tranche export: unknown detail \"all\" (auto, full or summary)"_s;
    *row("dpi for svg", u"--chart --dpi 100 -o a.svg"_s)
        << 0 << 0 << 0 << 0 << QSize()
        << u"tranche export: --dpi and --size apply to PNG output only"_s;
    *row("dpi too high", u"--chart --dpi 601 -o a.png"_s)
        << 0 << 0 << 0 << 0 << QSize()
        << u"tranche export: --dpi must be a whole number from 48 to 600 (got \"601\")"_s;
    *row("size too large", u"--chart --size 20001x10 -o a.png"_s)
        << 0 << 0 << 0 << 0 << QSize()
        << u"tranche export: --size must be WIDTHxHEIGHT in pixels, 16 to 20000 each (got "
           u"\"20001x10\")"_s;
}

void TestExports::commandLineTyped()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, kind);
    QFETCH(int, format);
    QFETCH(int, detail);
    QFETCH(int, dpi);
    QFETCH(QSize, size);
    QFETCH(QString, error);
    QCommandLineParser parser;
    const ExportCommandLine commandLine;
    commandLine.addTo(parser);
    QVERIFY(parser.parse(QStringList{u"tranche"_s, u"export"_s, u"plan.json"_s} + arguments));
    const ExportOptionsResult result = commandLine.read(parser, u"plan.json"_s);
    QCOMPARE(result.error, error);
    QCOMPARE(result.options.has_value(), error.isEmpty());
    if (!result.options)
        return;
    const ExportOptions &options = *result.options;
    QCOMPARE(options.plan, u"plan.json"_s);
    QCOMPARE(int(options.kind), kind);
    QCOMPARE(int(options.format), format);
    QCOMPARE(int(options.detail), detail);
    QCOMPARE(options.dpi.value_or(0), dpi);
    QCOMPARE(options.size.value_or(QSize()), size);
}

void TestExports::cancelLeavesNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("report pdf") << int(ExportKind::Report) << u"r.pdf"_s;
    QTest::newRow("report svg") << int(ExportKind::Report) << u"r.svg"_s;
    QTest::newRow("report png") << int(ExportKind::Report) << u"r.png"_s;
}

void TestExports::cancelLeavesNothing()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Exporter exporter(testPlan(), testFindings(), u"plan.json"_s);
    int calls = 0;
    const QString error =
        exporter.write(ExportKind(kind), dir.filePath(name), [&calls](int done, int total) {
            ++calls;
            return done < 2 && total > 2; // cancel at the third page
        });
    QCOMPARE(error, Exporter::cancelledMessage());
    QCOMPARE(calls, 3);
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestExports::bannerColours_data()
{
    QTest::addColumn<QString>("classification");
    QTest::addColumn<QColor>("colour");
    QTest::newRow("unclassified") << u"UNCLASSIFIED"_s << QColor(0x007a33);
    QTest::newRow("unclassified lower case") << u"unclassified//fouo"_s << QColor(0x007a33);
    QTest::newRow("confidential") << u"CONFIDENTIAL"_s << QColor(0x0033a0);
    QTest::newRow("secret") << u"SECRET//NOFORN"_s << QColor(0xc8102e);
    QTest::newRow("top secret") << u"TOP SECRET//SCI"_s << QColor(0xff8c00);
    QTest::newRow("cui") << u"CUI"_s << QColor(0x502b85);
    QTest::newRow("empty means unclassified") << QString() << QColor(0x007a33);
    QTest::newRow("unknown marking") << u"EXERCISE ONLY"_s << QColor(0x4a5568);
}

void TestExports::bannerColours()
{
    QFETCH(QString, classification);
    QFETCH(QColor, colour);
    QCOMPARE(Exporter::bannerColour(classification), colour);
}

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
