// ReportFlow: the briefing report's own line and page breaking. Checked as
// layout (what lands on which page), without looking at pixels: nothing is
// lost or repeated except table headers, rows stay whole unless taller than a
// page, headers repeat on every page a table runs onto, headings stay with
// what follows them, wrapped lines fit their column.

#include "export/reportflow.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

// A cell text of `words` distinct words: "r3c1w0 r3c1w1 ...".
QString words(int row, int col, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << u"r%1c%2w%3"_s.arg(row).arg(col).arg(i);
    return out.join(u' ');
}

// Every word painted on every page, in order, headers left out.
QStringList paintedWords(const ReportFlow &flow, const QStringList &header)
{
    QStringList out;
    for (int p = 0; p < flow.pageCount(); ++p) {
        for (const QString &line : flow.pageLines(p)) {
            if (header.contains(line))
                continue;
            out << line.split(u' ', Qt::SkipEmptyParts);
        }
    }
    return out;
}

} // namespace

class TestReportFlow : public QObject
{
    Q_OBJECT
private slots:
    void tablePagination_data();
    void tablePagination();
    void longCellWraps();
    void headingStaysWithFollowing_data();
    void headingStaysWithFollowing();
    void pageBreakBeforeHeading();
    void paragraphsSplitBetweenLines();
    void paintsEveryPage();
};

void TestReportFlow::tablePagination_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("wordsPerCell"); // of the middle column
    QTest::addColumn<double>("pageHeight");
    QTest::addColumn<bool>("rowTallerThanPage");

    QTest::newRow("one row") << 1 << 1 << 400.0 << false;
    QTest::newRow("fits one page") << 10 << 2 << 600.0 << false;
    QTest::newRow("many short rows") << 500 << 1 << 400.0 << false;
    QTest::newRow("wrapped rows") << 60 << 30 << 400.0 << false;
    QTest::newRow("row taller than a page") << 3 << 900 << 300.0 << true;
}

void TestReportFlow::tablePagination()
{
    QFETCH(int, rows);
    QFETCH(int, wordsPerCell);
    QFETCH(double, pageHeight);
    QFETCH(bool, rowTallerThanPage);

    ReportFlow flow;
    const QStringList header{u"First"_s, u"Second"_s, u"Third"_s};
    flow.beginTable({20, 60, 20}, header);
    QStringList expected;
    for (int r = 0; r < rows; ++r) {
        const QString a = words(r, 0, 1), b = words(r, 1, wordsPerCell), c = words(r, 2, 2);
        flow.row({{ReportSpan{a, ReportSpan::Body, {}}},
                  {ReportSpan{b, ReportSpan::Body, {}}},
                  {ReportSpan{c, ReportSpan::Small, {}}}});
        expected << a.split(u' ') << b.split(u' ') << c.split(u' ');
    }
    flow.endTable();
    const QSizeF content(500, pageHeight);
    const int pages = flow.paginate(content);
    QCOMPARE(pages, flow.pageCount());
    QVERIFY(pages >= 1);

    // Nothing lost, nothing repeated.
    QStringList painted = paintedWords(flow, header);
    QStringList sortedExpected = expected;
    painted.sort();
    sortedExpected.sort();
    QCOMPARE(painted, sortedExpected);

    // The header opens every page the table is on.
    for (int p = 0; p < pages; ++p) {
        const QStringList lines = flow.pageLines(p);
        QVERIFY(lines.size() >= header.size());
        QCOMPARE(lines.mid(0, header.size()), header);
    }

    // Rows keep their order and stay on their page unless taller than one.
    const QList<ReportFlow::RowPlace> &places = flow.rowPlaces();
    QCOMPARE(places.size(), rows);
    for (int r = 0; r < rows; ++r) {
        const ReportFlow::RowPlace &pl = places.at(r);
        if (r > 0) {
            const ReportFlow::RowPlace &prev = places.at(r - 1);
            QVERIFY(pl.page > prev.page || (pl.page == prev.page && pl.top > prev.top));
        }
        if (!rowTallerThanPage)
            QVERIFY2(pl.top + pl.height <= pageHeight + 1e-6,
                     qPrintable(u"row %1 ends at %2"_s.arg(r).arg(pl.top + pl.height)));
    }
    if (rowTallerThanPage) {
        QVERIFY(places.first().height > pageHeight);
        QVERIFY(pages > rows);
    }
}

void TestReportFlow::longCellWraps()
{
    ReportFlow flow;
    const double width = 400;
    flow.beginTable({1, 3}, {u"Key"_s, u"Value"_s});
    const QString longText = words(0, 1, 60) + u" "_s + QString(80, u'x'); // and one long word
    flow.row({{ReportSpan{u"k"_s, ReportSpan::Body, {}}},
              {ReportSpan{longText, ReportSpan::Italic, {}}}});
    flow.endTable();
    QCOMPARE(flow.paginate(QSizeF(width, 1000)), 1);

    const QStringList lines = flow.pageLines(0);
    const QStringList valueLines = lines.mid(3); // header (2) and the key
    QVERIFY2(valueLines.size() > 3, qPrintable(valueLines.join(u'|')));
    const double column = width * 3 / 4 - 2 * ReportFlow::kCellPadding;
    const QFontMetricsF fm(flow.font(ReportSpan::Italic));
    for (const QString &l : valueLines)
        QVERIFY2(fm.horizontalAdvance(l) <= column + 0.5, qPrintable(l));
    // Rejoined without the breaks, the text is whole.
    QCOMPARE(valueLines.join(QString()).remove(u' '), QString(longText).remove(u' '));
}

void TestReportFlow::headingStaysWithFollowing_data()
{
    QTest::addColumn<bool>("heading"); // else a paragraph marked keepWithNext
    QTest::addColumn<bool>("chained"); // a heading before it, kept with it in turn
    QTest::newRow("heading") << true << false;
    QTest::newRow("lead-in paragraph") << false << false;
    QTest::newRow("heading after a heading") << true << true;
    QTest::newRow("lead-in after a heading") << false << true;
}

void TestReportFlow::headingStaysWithFollowing()
{
    // Fill a page nearly to the bottom, then a heading (or a lead-in) and a
    // table: it must move to the next page with the table rather than end the page.
    QFETCH(bool, heading);
    QFETCH(bool, chained);
    ReportFlow flow;
    const double line = flow.lineHeight(ReportSpan::Body);
    const int filler = 20;
    for (int i = 0; i < filler; ++i)
        flow.paragraph(u"filler %1"_s.arg(i));
    if (chained)
        flow.heading(1, u"Section"_s);
    if (heading)
        flow.heading(2, u"Heading"_s);
    else
        flow.paragraph(u"Heading"_s, ReportSpan::Small, {}, true);
    flow.beginTable({1}, {u"Only"_s});
    flow.row({{ReportSpan{u"row"_s, ReportSpan::Body, {}}}});
    flow.endTable();

    // Try page heights around the point where it would be stranded.
    for (double height = line * filler; height < line * (filler + 16); height += line / 3) {
        flow.paginate(QSizeF(300, height));
        for (int p = 0; p < flow.pageCount(); ++p) {
            const QStringList lines = flow.pageLines(p);
            QVERIFY2(
                lines.isEmpty() || (lines.last() != u"Heading"_s && lines.last() != u"Section"_s),
                qPrintable(u"stranded at the bottom of page %1 (height %2)"_s.arg(p).arg(height)));
        }
    }
}

void TestReportFlow::pageBreakBeforeHeading()
{
    ReportFlow flow;
    flow.paragraph(u"intro"_s);
    flow.heading(1, u"Chapter"_s, true);
    flow.paragraph(u"body"_s);
    flow.pageBreak();
    flow.pageBreak(); // a second break makes no empty page
    flow.paragraph(u"last"_s);
    QCOMPARE(flow.paginate(QSizeF(300, 500)), 3);
    QCOMPARE(flow.pageLines(0), QStringList{u"intro"_s});
    QCOMPARE(flow.pageLines(1), (QStringList{u"Chapter"_s, u"body"_s}));
    QCOMPARE(flow.pageLines(2), QStringList{u"last"_s});

    // A heading asking for a new page at the very top makes no empty page either.
    ReportFlow first;
    first.heading(1, u"Top"_s, true);
    QCOMPARE(first.paginate(QSizeF(300, 500)), 1);
}

void TestReportFlow::paragraphsSplitBetweenLines()
{
    ReportFlow flow;
    const QString text = words(0, 0, 400);
    flow.paragraph(text);
    const double line = flow.lineHeight(ReportSpan::Body);
    const int pages = flow.paginate(QSizeF(200, line * 5.5)); // five lines a page
    QVERIFY(pages > 2);
    QStringList all;
    for (int p = 0; p < pages; ++p) {
        const QStringList lines = flow.pageLines(p);
        QVERIFY(lines.size() <= 5);
        if (p + 1 < pages)
            QCOMPARE(lines.size(), 5);
        all << lines;
    }
    QCOMPARE(all.join(u' ').split(u' ', Qt::SkipEmptyParts), text.split(u' '));
}

void TestReportFlow::paintsEveryPage()
{
    ReportFlow flow;
    flow.heading(1, u"Title"_s);
    flow.beginTable({1, 1}, {u"A"_s, u"B"_s});
    for (int r = 0; r < 80; ++r)
        flow.row({{ReportSpan{u"left %1"_s.arg(r), ReportSpan::Bold, QColor(Qt::red)}},
                  {ReportSpan{u"right"_s, ReportSpan::Body, {}}}});
    flow.endTable();
    const QSize size(400, 300);
    const int pages = flow.paginate(size);
    QVERIFY(pages > 1);
    for (int p = 0; p < pages; ++p) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            flow.paint(&painter, p, QPointF(0, 0));
        }
        bool red = false, dark = false;
        for (int y = 0; y < image.height() && !(red && dark); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                red = red || (c.red() > 150 && c.green() < 100 && c.blue() < 100);
                dark = dark || (c.red() < 80 && c.green() < 80 && c.blue() < 80);
            }
        }
        QVERIFY2(red, qPrintable(u"page %1 has no red text"_s.arg(p)));
        QVERIFY2(dark, qPrintable(u"page %1 has no black text"_s.arg(p)));
    }
}

QTEST_MAIN(TestReportFlow)
#include "tst_reportflow.moc"
