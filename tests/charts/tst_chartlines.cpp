// The value-flow charts' lines: which are dashed, and that the dashed ones
// keep Qt::DashLine's look whatever their pen does to be cheaper to stroke.

#include "charts/flowcharts.h"
#include "document/plandocument.h"
#include "support/planjsontestdata.h"

#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tranche;

class TestChartLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void balanceLinesDashedAsDashLine();
};

namespace {

// The lengths of the inked and blank runs along a horizontal line drawn with
// `pen`, leaving out the first and last run (cut by the line's ends).
QList<int> dashRuns(QPen pen)
{
    pen.setColor(Qt::black);
    QImage image(420, 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(pen);
        p.drawLine(QPointF(10, 10), QPointF(410, 10));
    }
    QList<int> runs;
    bool inked = false;
    int length = 0;
    for (int x = 0; x < image.width(); ++x) {
        const bool ink = qGray(image.pixel(x, 10)) < 128;
        if (ink != inked) {
            runs << length;
            inked = ink;
            length = 0;
        }
        ++length;
    }
    return runs.mid(2, runs.size() - 3);
}

} // namespace

// The escrow balance and the released exposure are drawn dashed as
// Qt::DashLine draws them (its dashes and gaps, whatever the pen says to make
// them cheaper to stroke); the other two lines are solid.
void TestChartLines::balanceLinesDashedAsDashLine()
{
    const std::optional<Plan> plan = planjsontest::bundledScenario(u"dprk-2018.json"_s);
    QVERIFY(plan);
    PlanDocument doc(*plan);
    FlowCharts charts(&doc);
    for (QLineSeries *dashed : {charts.escrowBalanceLine(), charts.exposureReleasedLine()}) {
        const QPen pen = dashed->pen();
        const QList<int> runs = dashRuns(pen);
        QVERIFY2(runs.size() > 20, "the line is not dashed");
        QCOMPARE(runs, dashRuns(QPen(Qt::black, pen.widthF(), Qt::DashLine)).mid(0, runs.size()));
    }
    for (QLineSeries *solid : {charts.releasedCumulativeLine(), charts.exposureLine()})
        QCOMPARE(solid->pen().style(), Qt::SolidLine);
}

QTEST_MAIN(TestChartLines)
#include "tst_chartlines.moc"
