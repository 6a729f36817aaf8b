// The texts the value-flow charts' overlays draw (phase names, the shaded
// spans' labels, the counterpart's steps with their counts and caption, the
// note) on the bundled plans, from a small dock to a full page.

#include "charts/chartoverlay.h"
#include "charts/flowcharts.h"
#include "document/plandocument.h"
#include "support/planjsontestdata.h"

#include <QChart>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tranche;

class TestChartOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overlayTextsApart_data();
    void overlayTextsApart();
};

void TestChartOverlay::overlayTextsApart_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QSize>("size");
    for (const QString &scenario : {u"dprk-2018.json"_s, u"iran-2015.json"_s}) {
        for (const QSize size : {QSize(520, 300), QSize(660, 240), QSize(760, 420),
                                 QSize(1000, 600), QSize(1600, 1000)})
            QTest::addRow("%s %dx%d", qPrintable(scenario), size.width(), size.height())
                << scenario << size;
    }
}

// The labels the overlays draw on the per-month and exposure charts (phase
// markers, shaded spans, the steps' counts and caption, the note) do not
// overlap one another, from a small dock to a full page.
void TestChartOverlay::overlayTextsApart()
{
    QFETCH(QString, scenario);
    QFETCH(QSize, size);
    const std::optional<Plan> plan = planjsontest::bundledScenario(scenario);
    QVERIFY(plan);
    PlanDocument doc(*plan);
    FlowCharts charts(&doc);
    for (const auto kind : {FlowCharts::Kind::Monthly, FlowCharts::Kind::Exposure}) {
        QChart *chart = charts.chart(kind);
        chart->resize(QSizeF(size));
        QCoreApplication::processEvents();
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        chart->scene()->render(&painter, QRectF(QPointF(), QSizeF(size)),
                               chart->sceneBoundingRect());
        painter.end();
        const ChartOverlay *overlay =
            kind == FlowCharts::Kind::Monthly ? charts.monthlyOverlay() : charts.exposureOverlay();
        const QList<QRectF> &texts = overlay->textRects();
        QVERIFY(!texts.isEmpty());
        for (qsizetype i = 0; i < texts.size(); ++i) {
            for (qsizetype j = i + 1; j < texts.size(); ++j) {
                const QRectF both = texts.at(i).intersected(texts.at(j));
                QVERIFY2(both.width() < 0.5 || both.height() < 0.5,
                         qPrintable(u"chart %1: text %2 (%3,%4 %5x%6) and %7 (%8,%9 %10x%11)"_s
                                        .arg(int(kind))
                                        .arg(i)
                                        .arg(texts.at(i).x())
                                        .arg(texts.at(i).y())
                                        .arg(texts.at(i).width())
                                        .arg(texts.at(i).height())
                                        .arg(j)
                                        .arg(texts.at(j).x())
                                        .arg(texts.at(j).y())
                                        .arg(texts.at(j).width())
                                        .arg(texts.at(j).height())));
            }
        }
    }
}

QTEST_MAIN(TestChartOverlay)
#include "tst_chartoverlay.moc"
