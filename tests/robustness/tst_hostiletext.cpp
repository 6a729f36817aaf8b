// Plans arrive by mail: their text is untrusted. A plan whose title, names,
// notes and justifications carry markup, control characters or bidirectional
// overrides must come out as the same text, never as markup or terminal
// commands: SVG exports parse as XML with no script and the title round-trips
// (chart, timeline, report x SVG), PDF metadata and PNG text keep the title,
// `tranche check` writes no control character, and tooltips and labels of the
// models, the inspector and the findings pane show the text as written.

#include "cli/checkcli.h"
#include "cli/terminalsafe.h"
#include "document/plandocument.h"
#include "export/exporter.h"
#include "io/planjson.h"
#include "model/safetext.h"
#include "models/catalogmodel.h"
#include "models/findingsmodel.h"
#include "models/sourcetablemodel.h"
#include "panels/findingspane.h"
#include "panels/inspector.h"
#include "rules/checker.h"

#include <QCheckBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

// What a person is shown for text that Qt may take as rich text.
QString shown(const QString &text, Qt::TextFormat format = Qt::AutoText)
{
    const bool rich =
        format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    return rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// A small valid plan whose every free text is `text` (ids stay valid).
Plan hostilePlan(const QString &text)
{
    Plan plan;
    plan.meta.title = text;
    plan.meta.counterpart = text;
    plan.meta.classification = text;
    plan.meta.start = u"2027-01"_s;
    SanctionsItem coal;
    coal.id = u"coal"_s;
    coal.name = text;
    coal.instrument = text;
    coal.category = text;
    coal.source = text;
    coal.authority = Authority::UN;
    coal.annualValueUsd = 1.2e9;
    coal.escrowable = true;
    CounterpartAction freeze;
    freeze.id = u"freeze"_s;
    freeze.name = text;
    freeze.category = text;
    freeze.weight = 8;
    freeze.completes = allPrograms();
    plan.catalog.items = {coal};
    plan.catalog.actions = {freeze};
    Phase p1;
    p1.id = u"p1"_s;
    p1.name = text;
    p1.kind = PhaseKind::Final;
    p1.start = 0;
    p1.end = 12;
    p1.actions = {{u"freeze"_s, 2, {}}};
    Placement a;
    a.item = u"coal"_s;
    a.extent = 0.5;
    a.start = 3;
    a.end = 9;
    a.escrowShare = 0.5;
    a.escrowAgent = text;
    a.permittedUses = text;
    a.note = text;
    a.snapback = true;
    p1.reliefs = {a};
    plan.phases = {p1};
    Waiver w; // names no finding of this plan: listed as stale
    w.rule = u"TGT-1"_s;
    w.phase = u"p1"_s;
    w.item = u"coal"_s;
    w.justification = text;
    w.author = text;
    w.date = QDate(2026, 11, 1);
    plan.waivers = {w};
    return plan;
}

QList<Finding> hostileFindings(const QString &text)
{
    Finding f;
    f.rule = u"INT-2"_s;
    f.severity = Severity::Violation;
    f.phase = u"p1"_s;
    f.item = u"coal"_s;
    f.message = text;
    return {f};
}

struct Hostile
{
    const char *name;
    QString text;
    bool printable; // no control character: tools that print it show it as it is
};

QList<Hostile> hostileTexts()
{
    return {
        {"script", u"<script>alert(1)</script>"_s, true},
        {"cdata", u"]]><script>alert(2)</script><![CDATA["_s, true},
        {"attribute", u"\" onload=\"alert(3)\" x='"_s, true},
        {"entities", u"&amp; &lt;svg onload=alert(4)&gt; &#x3C; &"_s, true},
        {"img", u"<img src=x onerror=alert(5)><a href=\"javascript:alert(6)\">x</a>"_s, true},
        {"svg-in-svg", u"</title><script>alert(7)</script><title>"_s, true},
        {"controls", u"a\u0001b\u0008c\u001b[31mred\u001b]0;pwned\u0007d\u007fe\u0085f"_s, false},
        {"nul", QString(u"before\u0000after"_s), false},
        {"bidi", u"safe\u202Eevil\u202C\u2066x\u2069"_s, true},
        {"unicode", u"\U0001F600 \u2622 \uD55C\uAD6D\uC5B4 \u00e9"_s, true},
    };
}

void addHostileRows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("printable");
    for (const Hostile &h : hostileTexts())
        QTest::newRow(h.name) << h.text << h.printable;
}

// Reads an SVG: fails on an XML error, a script element, an event-handler
// attribute or a javascript: value; returns the text of <title> and <desc>.
struct SvgText
{
    QString title, desc;
};

SvgText readSafeSvg(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QTest::qFail("cannot open the SVG", __FILE__, __LINE__);
        return {};
    }
    QXmlStreamReader xml(&f);
    SvgText out;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString().toLower();
        if (name == "script"_L1 || name == "foreignobject"_L1) {
            QTest::qFail(qPrintable(u"element <%1> in the SVG"_s.arg(name)), __FILE__, __LINE__);
            return {};
        }
        for (const QXmlStreamAttribute &a : xml.attributes()) {
            const QString attr = a.name().toString().toLower();
            if (attr.startsWith("on"_L1) ||
                a.value().contains("javascript:"_L1, Qt::CaseInsensitive)) {
                QTest::qFail(qPrintable(u"attribute %1 in the SVG"_s.arg(attr)), __FILE__,
                             __LINE__);
                return {};
            }
        }
        if (name == "title"_L1 && out.title.isNull())
            out.title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (name == "desc"_L1 && out.desc.isNull())
            out.desc = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    if (xml.hasError())
        QTest::qFail(qPrintable(u"the SVG is not well-formed: "_s + xml.errorString()), __FILE__,
                     __LINE__);
    return out;
}

QString pdfTitle(const QString &path)
{
    QProcess p;
    p.start(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return u"(pdfinfo failed)"_s;
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith("Title:"_L1))
            return line.mid(6).trimmed();
    }
    return {};
}

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpers_data();
    void helpers();
    void svgExports_data();
    void svgExports();
    void pdfAndPngMetadata_data() { addHostileRows(); }
    void pdfAndPngMetadata();
    void checkOutput_data() { addHostileRows(); }
    void checkOutput();
    void toolTipsAndLabels_data() { addHostileRows(); }
    void toolTipsAndLabels();
    void namesInToolTips_data() { addHostileRows(); }
    void namesInToolTips();
};

void TestHostileText::helpers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("terminal");
    QTest::newRow("plain") << u"Plan B"_s << u"Plan B"_s << u"Plan B"_s;
    QTest::newRow("markup") << u"<a href='x'>&\"</a>"_s
                            << u"&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"_s
                            << u"<a href='x'>&\"</a>"_s;
    QTest::newRow("escape") << u"\u001b[2J\tx\ny"_s << u"\uFFFD[2J\tx\ny"_s
                            << u"\\x1B[2J\\x09x\\x0Ay"_s;
    QTest::newRow("c1 and bidi") << u"\u009b1m\u202e"_s << u"\u009b1m\u202e"_s
                                 << u"\\x9B1m\\u202E"_s;
    QTest::newRow("lone surrogate")
        << QString(QChar(0xD800)) + u"x"_s << u"\uFFFDx"_s << QString(QChar(0xD800)) + u"x"_s;
    QTest::newRow("pair kept") << u"\U0001F600"_s << u"\U0001F600"_s << u"\U0001F600"_s;
}

void TestHostileText::helpers()
{
    QFETCH(QString, text);
    QFETCH(QString, xml);
    QFETCH(QString, terminal);
    QCOMPARE(xmlEscaped(text), xml);
    const QByteArray utf8 = u"<t>"_s.toUtf8() + text.toUtf8() + "</t>";
    QCOMPARE(QString::fromUtf8(xmlSafeUtf8(utf8)), xmlRoundTrip(QString::fromUtf8(utf8)));
    QCOMPARE(terminalSafe(text), terminal);
    QString once, twice;
    QTextStream onceStream(&once), twiceStream(&twice);
    writeSafeLines(onceStream, text.split(u'\n'));
    writeSafeLines(twiceStream, (text + u'\n' + text).split(u'\n'));
    QCOMPARE(twice, once + once);
    QCOMPARE(twice.count(u'\n'), 2 * text.count(u'\n') + 2); // line breaks kept, nothing else
    QCOMPARE(shown(plainToolTip(text)), text);
}

void TestHostileText::svgExports_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    const QList<std::pair<const char *, ExportKind>> kinds = {{"chart", ExportKind::Chart},
                                                              {"timeline", ExportKind::Timeline},
                                                              {"report", ExportKind::Report}};
    for (const Hostile &h : hostileTexts()) {
        for (const auto &[kindName, kind] : kinds)
            QTest::addRow("%s/%s", h.name, kindName) << h.text << int(kind);
    }
}

void TestHostileText::svgExports()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Exporter exporter(hostilePlan(text), hostileFindings(text), text);
    const QString path = dir.filePath(u"out.svg"_s);
    QCOMPARE(exporter.write(ExportKind(kind), path), QString());
    const SvgText svg = readSafeSvg(path);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(svg.title, xmlRoundTrip(text));
    QCOMPARE(svg.desc, xmlRoundTrip(text.trimmed().toUpper()));
}

void TestHostileText::pdfAndPngMetadata()
{
    QFETCH(QString, text);
    QFETCH(bool, printable);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Exporter exporter(hostilePlan(text), hostileFindings(text), text);
    const QString png = dir.filePath(u"out.png"_s);
    QCOMPARE(exporter.write(ExportKind::Chart, png), QString());
    const QImage image(png);
    QCOMPARE(image.isNull(), false);
    if (printable)
        QCOMPARE(image.text(u"Title"_s), text);

    const QString pdf = dir.filePath(u"out.pdf"_s);
    QCOMPARE(exporter.write(ExportKind::Report, pdf), QString());
    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed");
    const QString title = pdfTitle(pdf);
    QVERIFY2(title != "(pdfinfo failed)"_L1, qPrintable(pdf));
    if (printable)
        QCOMPARE(title, text);
}

void TestHostileText::checkOutput()
{
    QFETCH(QString, text);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plan.json"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(writePlanJson(hostilePlan(text)));
    }
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const int code = runCheckCli(path, {}, {}, out, err);
    QVERIFY2(code == 0 || code == 1, qPrintable(errText));
    QCOMPARE(errText, QString());
    for (const QChar c : std::as_const(outText)) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f) ||
                             (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        QVERIFY2(!control, qPrintable(u"U+%1 in: "_s.arg(int(u), 4, 16, QChar(u'0')) + outText));
    }
    QVERIFY2(outText.startsWith(terminalSafe(text) + u" - profile strict\n"_s),
             qPrintable(outText));
}

void TestHostileText::toolTipsAndLabels()
{
    QFETCH(QString, text);
    PlanDocument doc(hostilePlan(text));

    FindingsModel findings;
    findings.setFindings(hostileFindings(text));
    QVERIFY(shown(findings.index(0, FindingsModel::MessageColumn).data(Qt::ToolTipRole).toString())
                .endsWith(text));

    CatalogItemsModel catalog;
    catalog.setDocument(&doc);
    const QModelIndex category = catalog.index(0, 0, catalog.index(0, 0));
    QVERIFY(category.isValid());
    QVERIFY(shown(category.data(Qt::ToolTipRole).toString()).startsWith(text + u':'));

    Inspector inspector;
    inspector.setDocument(&doc);
    inspector.setSelection(PlacementRef{0, 0});
    auto *item = inspector.findChild<QLineEdit *>(u"placementItem"_s);
    QVERIFY(item);
    QCOMPARE(shown(item->toolTip()), text);
    inspector.setRequiredAction(0, 0);
    int labelsWithText = 0;
    const QList<QLabel *> labels = inspector.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        const QString raw = label->text();
        if (!raw.contains(text) && !shown(raw, label->textFormat()).contains(text))
            continue;
        ++labelsWithText;
        QVERIFY2(shown(raw, label->textFormat()).contains(text),
                 qPrintable(label->objectName() + u": "_s + raw));
    }
    QVERIFY(labelsWithText > 0);

    Checker checker(&doc);
    FindingsPane pane;
    pane.setDocument(&doc, &checker);
    auto *stale = pane.findChild<QTreeWidget *>(u"staleWaivers"_s);
    QVERIFY(stale);
    QCOMPARE(stale->topLevelItemCount(), 1);
    QCOMPARE(shown(stale->topLevelItem(0)->toolTip(3)), text);
}

// Tooltips that quote names from the plan: the sources' "cited by" list and
// the inspector's refusal to mark a valued item as not quantified.
void TestHostileText::namesInToolTips()
{
    QFETCH(QString, text);
    Plan plan = hostilePlan(text);
    Source source;
    source.id = u"S1"_s;
    plan.meta.sources = {source};
    plan.catalog.items[0].source = u"S1 - "_s + text;
    PlanDocument doc(plan);

    SourceTableModel sources(&doc);
    const QString citers =
        sources.index(0, SourceTableModel::CitedByColumn).data(Qt::ToolTipRole).toString();
    QCOMPARE(shown(citers), text + u" (coal)"_s);

    Inspector inspector;
    inspector.setDocument(&doc);
    inspector.setSelection(PlacementRef{0, 0});
    auto *notQuantified = inspector.findChild<QCheckBox *>(u"placementNotQuantified"_s);
    QVERIFY(notQuantified);
    QVERIFY(!notQuantified->isEnabled()); // the item has an estimate
    QVERIFY2(shown(notQuantified->toolTip()).startsWith(text + u" has an estimated value"_s),
             qPrintable(notQuantified->toolTip()));
}

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
