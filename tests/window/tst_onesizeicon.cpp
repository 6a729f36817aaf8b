// OneSizeIconEngine: the toolbar's standard icons (and the bars' extension
// arrows, which LazyIconStyle gives every bar), read one size at a time,
// paint the same pixels as QStyle::standardIcon() at every size and in every
// mode, and report the same sizes.

#include "window/lazyiconstyle.h"
#include "window/onesizeiconengine.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace tranche;
using namespace Qt::StringLiterals;

class TstOneSizeIcon : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void samePixels_data();
    void samePixels();
    void sameSizes_data();
    void sameSizes();
    void titleButtons_data();
    void titleButtons();
};

namespace {

void addIcons()
{
    QTest::addColumn<int>("pixmap");
    const std::pair<const char *, QStyle::StandardPixmap> icons[] = {
        {"file", QStyle::SP_FileIcon},
        {"open", QStyle::SP_DialogOpenButton},
        {"save", QStyle::SP_DialogSaveButton},
        {"back", QStyle::SP_ArrowBack},
        {"forward", QStyle::SP_ArrowForward},
        {"toolbar extension", QStyle::SP_ToolBarHorizontalExtensionButton},
        {"vertical extension", QStyle::SP_ToolBarVerticalExtensionButton},
        {"line edit clear", QStyle::SP_LineEditClearButton},
    };
    for (const auto &[name, pixmap] : icons)
        QTest::newRow(name) << int(pixmap);
}

// The icon painted by QIcon::paint() into a transparent image of side x side.
QImage painted(const QIcon &icon, int side, QIcon::Mode mode)
{
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    icon.paint(&painter, image.rect(), Qt::AlignCenter, mode);
    return image;
}

} // namespace

void TstOneSizeIcon::samePixels_data()
{
    addIcons();
}

void TstOneSizeIcon::samePixels()
{
    QFETCH(int, pixmap);
    const auto sp = QStyle::StandardPixmap(pixmap);
    QStyle *style = QApplication::style();
    // Each size on a fresh icon as well as on one that has read other sizes before.
    const QIcon reused = OneSizeIconEngine::standardIcon(style, sp);
    for (const int side : {8, 16, 20, 24, 32, 48, 64, 128, 200}) {
        for (const QIcon::Mode mode :
             {QIcon::Normal, QIcon::Disabled, QIcon::Active, QIcon::Selected}) {
            const QIcon qt = style->standardIcon(sp);
            const QIcon fresh = OneSizeIconEngine::standardIcon(style, sp);
            const QString where = u"size %1, mode %2"_s.arg(side).arg(int(mode));
            const QImage expected = qt.pixmap(QSize(side, side), 1.0, mode).toImage();
            QVERIFY2(fresh.pixmap(QSize(side, side), 1.0, mode).toImage() == expected,
                     qPrintable(where));
            QVERIFY2(reused.pixmap(QSize(side, side), 1.0, mode).toImage() == expected,
                     qPrintable(where));
            QVERIFY2(painted(fresh, side, mode) == painted(qt, side, mode), qPrintable(where));
            // On a screen at twice the scale.
            const QPixmap twice = fresh.pixmap(QSize(side, side), 2.0, mode);
            const QPixmap qtTwice = qt.pixmap(QSize(side, side), 2.0, mode);
            QVERIFY2(twice.toImage() == qtTwice.toImage(), qPrintable(where));
            QCOMPARE(twice.devicePixelRatio(), qtTwice.devicePixelRatio());
            QCOMPARE(fresh.actualSize(QSize(side, side), mode),
                     qt.actualSize(QSize(side, side), mode));
        }
    }
}

void TstOneSizeIcon::sameSizes_data()
{
    addIcons();
}

void TstOneSizeIcon::sameSizes()
{
    QFETCH(int, pixmap);
    const auto sp = QStyle::StandardPixmap(pixmap);
    QStyle *style = QApplication::style();
    const QIcon qt = style->standardIcon(sp);
    const QIcon lazy = OneSizeIconEngine::standardIcon(style, sp);
    QCOMPARE(lazy.availableSizes(), qt.availableSizes());
    QCOMPARE(lazy.availableSizes(QIcon::Disabled), qt.availableSizes(QIcon::Disabled));
    QCOMPARE(lazy.isNull(), false);
    // The application's style made lazy gives the engine's icon, of the same sizes.
    const LazyIconStyle lazyStyle(style->name());
    const QIcon fromStyle = lazyStyle.standardIcon(sp);
    QCOMPARE(fromStyle.availableSizes(), qt.availableSizes());
    QCOMPARE(fromStyle.pixmap(QSize(16, 16)).toImage(), qt.pixmap(QSize(16, 16)).toImage());
    // Through the proxy too, the engine reads Qt's files lazily (not as before).
    QCOMPARE(OneSizeIconEngine::standardIcon(&lazyStyle, sp).availableSizes(), qt.availableSizes());
}

void TstOneSizeIcon::titleButtons_data()
{
    QTest::addColumn<int>("pixmap");
    QTest::newRow("float") << int(QStyle::SP_TitleBarNormalButton);
    QTest::newRow("title close") << int(QStyle::SP_TitleBarCloseButton);
    QTest::newRow("dock close") << int(QStyle::SP_DockWidgetCloseButton);
}

// The dock title buttons' icons, made once by LazyIconStyle: Fusion's, every time.
void TstOneSizeIcon::titleButtons()
{
    QFETCH(int, pixmap);
    const auto sp = QStyle::StandardPixmap(pixmap);
    QStyle *style = QApplication::style();
    const LazyIconStyle lazyStyle(style->name());
    const QIcon qt = style->standardIcon(sp);
    for (int asked = 0; asked < 2; ++asked) {
        const QIcon icon = lazyStyle.standardIcon(sp);
        QCOMPARE(icon.availableSizes(), qt.availableSizes());
        for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled, QIcon::Active})
            QCOMPARE(icon.pixmap(QSize(16, 16), 1.0, mode).toImage(),
                     qt.pixmap(QSize(16, 16), 1.0, mode).toImage());
    }
}

// The tests run without an icon theme, as the offscreen start does: the
// engine, not Qt's standard icon, is what they compare.
void TstOneSizeIcon::initTestCase()
{
    QCOMPARE(QIcon::themeName(), QString());
    QCOMPARE(QApplication::style()->name(), u"fusion"_s);
}

QTEST_MAIN(TstOneSizeIcon)
#include "tst_onesizeicon.moc"
