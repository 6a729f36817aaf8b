// FontWarmup: the font configuration loaded on its thread before the
// application exists is the one Qt then uses (loaded once, not twice), and
// the fonts Qt finds are the same.

#include "window/fontwarmup.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QtTest>

#include <fontconfig/fontconfig.h>

#include <memory>

using namespace tranche;

namespace {
FcConfig *g_warmConfig = nullptr; // what the warm-up loaded, before the QApplication
}

class TstFontWarmup : public QObject
{
    Q_OBJECT
private slots:
    void qtUsesTheWarmConfiguration();
    void waitTwice();
};

void TstFontWarmup::qtUsesTheWarmConfiguration()
{
    QVERIFY(g_warmConfig != nullptr);
    QVERIFY(!QFontDatabase::families().isEmpty()); // Qt reads its fonts now
    QCOMPARE(FcConfigGetCurrent(), g_warmConfig);
    QVERIFY(!QFontInfo(QApplication::font()).family().isEmpty());
}

void TstFontWarmup::waitTwice()
{
    FontWarmup again;
    again.wait();
    again.wait(); // and the destructor: a third time
    QCOMPARE(FcConfigGetCurrent(), g_warmConfig);
}

int main(int argc, char **argv)
{
    // As in the editor's main(): started before the application object.
    auto warmup = std::make_unique<FontWarmup>();
    QApplication app(argc, argv);
    warmup->wait();
    g_warmConfig = FcConfigGetCurrent();
    TstFontWarmup test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fontwarmup.moc"
