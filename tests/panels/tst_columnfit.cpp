// Column widths to contents (ui/panels/columnfit.h) against Qt's own
// QTreeView::resizeColumnToContents(), which measures every row: on the
// bundled catalogs in English and Korean, with groups collapsed and rows
// filtered out, and on rows whose widths differ by kerning alone.

#include "document/plandocument.h"
#include "models/catalogmodel.h"
#include "panels/catalogpalette.h"
#include "panels/columnfit.h"
#include "support/planjsontestdata.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace tranche;

namespace {

// Each column's width from contentsWidth() and then from Qt (which resizes).
QString compareWithQt(QTreeView *view)
{
    QStringList differences;
    for (int c = 0; c < view->model()->columnCount(view->rootIndex()); ++c) {
        const int ours = contentsWidth(view, c);
        view->resizeColumnToContents(c);
        if (ours != view->columnWidth(c))
            differences << u"column %1: %2 against Qt's %3"_s.arg(c).arg(ours).arg(
                view->columnWidth(c));
    }
    return differences.join(u"; "_s);
}

} // namespace

class TestColumnFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogs_data();
    void catalogs();
    void kerning();
};

void TestColumnFit::catalogs_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("language");
    for (const QString &scenario : {u"dprk-2018.json"_s, u"iran-2015.json"_s}) {
        for (const QString &language : {u"en"_s, u"ko"_s})
            QTest::addRow("%s %s", qPrintable(scenario), qPrintable(language))
                << scenario << language;
    }
}

// Both tabs of the palette: all rows, a group collapsed, a search that hides
// rows; then the palette's own fit, which gives the value columns Qt's widths.
void TestColumnFit::catalogs()
{
    QFETCH(QString, scenario);
    QFETCH(QString, language);
    QTranslator translator;
    if (language == "ko"_L1) {
        QVERIFY(translator.load(QStringLiteral(TRANCHE_QM_DIR "/tranche_ko.qm")));
        QCoreApplication::installTranslator(&translator);
    }
    const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    const std::optional<Plan> plan = planjsontest::bundledScenario(scenario);
    QVERIFY(plan);
    PlanDocument doc(*plan);
    CatalogPalette palette;
    palette.setDocument(&doc);
    palette.resize(420, 600);
    palette.show();
    QVERIFY(QTest::qWaitForWindowExposed(&palette));

    QTreeView *items = palette.itemsView();
    QVERIFY(items->model()->rowCount() > 2);
    QCOMPARE(compareWithQt(items), QString());
    items->collapse(items->model()->index(0, 0));
    QCOMPARE(compareWithQt(items), QString());
    palette.itemSearch()->setText(u"oil"_s);
    QCOMPARE(compareWithQt(items), QString());

    palette.tabs()->setCurrentIndex(1);
    QTreeView *actions = palette.actionsView();
    QVERIFY(actions->model()->rowCount() > 2);
    QCOMPARE(compareWithQt(actions), QString());
    palette.actionSearch()->setText(u"a"_s);
    QCOMPARE(compareWithQt(actions), QString());
}

// Texts of the same characters in another order: their advances add up
// alike, kerning makes them differ. The widest is still found.
void TestColumnFit::kerning()
{
    QStandardItemModel model;
    const QStringList texts{u"AVAVAVAVAVAVTaTaTaTa"_s, u"AAAAAAVVVVVVTTTTaaaa"_s,
                            u"VAVAVAVAVAVATTTTaaaa"_s, u"ATVATVATVATVaaaaaaTT"_s};
    for (const QString &text : texts) {
        auto *parent = new QStandardItem(u"group"_s);
        parent->appendRow({new QStandardItem(text), new QStandardItem(text.left(7))});
        model.appendRow({parent, new QStandardItem(text)});
    }
    QTreeView view;
    view.setModel(&model);
    view.expandAll();
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QFontMetricsF metrics(view.font());
    QVERIFY2(metrics.horizontalAdvance(texts.at(0)) != metrics.horizontalAdvance(texts.at(1)),
             "the font has no kerning for these pairs: the test shows nothing");
    QCOMPARE(compareWithQt(&view), QString());
}

QTEST_MAIN(TestColumnFit)
#include "tst_columnfit.moc"
