// FigureLabel (ui/charts/figurelabel.h), the figures under the charts: its
// heights are a word-wrapped QLabel's, it lays its text out once per text and
// width, and its text can be selected with the mouse and the keyboard,
// copied, and read by a screen reader.

#include "charts/figurelabel.h"
#include "support/labelheights.h"

#include <QAccessible>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tranche;

namespace {

const QString kRatio = u"Inducement ratio 0.42: the relief released before dismantlement is "
                       "complete is 42 % of the value still escrowed or withheld."_s;
const QString kKorean = u"유인 비율 0.42: 해체 완료 전에 해제된 구제는 아직 에스크로되거나 "
                        "보류된 가치의 42 %입니다."_s;

int qlabelHeight(const FigureLabel &figure, int width)
{
    return labelheights::qlabelHeight(figure.text(), figure.font(), figure.contentsMargins(), -1,
                                      width);
}

// A label showing `text` on one line.
std::unique_ptr<FigureLabel> shownFigure(const QString &text)
{
    auto figure = std::make_unique<FigureLabel>();
    figure->setText(text);
    figure->resize(2000, figure->heightForWidth(2000));
    figure->show();
    return figure;
}

// A left-button mouse event at `pos` (with the button held for a move).
void sendMouse(QWidget *w, QEvent::Type type, QPoint pos)
{
    const Qt::MouseButtons held =
        type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, QPointF(pos), w->mapToGlobal(QPointF(pos)),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, held,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(w, &event);
}

} // namespace

class TestFigureLabel : public QObject
{
    Q_OBJECT
private slots:
    void heightsAreQLabels_data();
    void heightsAreQLabels();
    void laidOutOncePerTextAndWidth();
    void mouseSelectsAndCopies();
    void doubleClickSelectsWord();
    void keyboardSelectsAllAndCopies();
    void screenReaderReadsFigure();
};

void TestFigureLabel::heightsAreQLabels_data()
{
    labelheights::addTextsAtWidths({{"ratio", kRatio}, {"Korean", kKorean}},
                                   {120, 240, 480, 960, 2000});
}

void TestFigureLabel::heightsAreQLabels()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    FigureLabel figure;
    figure.setContentsMargins(6, 2, 6, 4);
    figure.setText(text);
    QCOMPARE(figure.heightForWidth(width), qlabelHeight(figure, width));
    figure.resize(width, figure.heightForWidth(width));
    QCOMPARE(figure.heightForWidth(width), qlabelHeight(figure, width));
}

void TestFigureLabel::laidOutOncePerTextAndWidth()
{
    FigureLabel figure;
    figure.setText(kRatio);
    figure.resize(400, figure.heightForWidth(400));
    figure.show();
    QVERIFY(QTest::qWaitForWindowExposed(&figure));
    const int made = figure.layoutsMade();
    for (int i = 0; i < 3; ++i) {
        figure.repaint();
        QCOMPARE(figure.heightForWidth(400), figure.height());
    }
    QCOMPARE(figure.layoutsMade(), made);
    figure.heightForWidth(200);
    figure.heightForWidth(200);
    QCOMPARE(figure.layoutsMade(), made + 1);
    figure.setText(kKorean);
    figure.repaint();
    figure.heightForWidth(400);
    QCOMPARE(figure.layoutsMade(), made + 2);
    QCOMPARE(figure.heightForWidth(200), qlabelHeight(figure, 200)); // not the old text's
}

void TestFigureLabel::mouseSelectsAndCopies()
{
    const std::unique_ptr<FigureLabel> shown = shownFigure(kRatio);
    FigureLabel &figure = *shown;
    QVERIFY(QTest::qWaitForWindowExposed(&figure));
    const QFontMetrics fm(figure.font());
    const int y = figure.contentsRect().top() + fm.height() / 2;
    const int x0 = figure.contentsRect().left();
    // From the first character to just past "Inducement".
    sendMouse(&figure, QEvent::MouseButtonPress, {x0, y});
    sendMouse(&figure, QEvent::MouseMove, {x0 + fm.horizontalAdvance(u"Inducement"_s) + 1, y});
    sendMouse(&figure, QEvent::MouseButtonRelease,
              {x0 + fm.horizontalAdvance(u"Inducement"_s) + 1, y});
    QCOMPARE(figure.selectedText(), u"Inducement"_s);
    figure.copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"Inducement"_s);
    // A click alone selects nothing: copying then takes the whole text.
    sendMouse(&figure, QEvent::MouseButtonPress, {x0 + 5, y});
    sendMouse(&figure, QEvent::MouseButtonRelease, {x0 + 5, y});
    QVERIFY(figure.selectedText().isEmpty());
    figure.copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), kRatio);
    // A new text drops the selection.
    figure.selectAll();
    figure.setText(kKorean);
    QVERIFY(figure.selectedText().isEmpty());
}

void TestFigureLabel::doubleClickSelectsWord()
{
    const std::unique_ptr<FigureLabel> shown = shownFigure(kRatio);
    FigureLabel &figure = *shown;
    QVERIFY(QTest::qWaitForWindowExposed(&figure));
    const QFontMetrics fm(figure.font());
    const QPoint inRatio(figure.contentsRect().left() + fm.horizontalAdvance(u"Inducement ra"_s),
                         figure.contentsRect().top() + fm.height() / 2);
    QTest::mouseDClick(&figure, Qt::LeftButton, Qt::NoModifier, inRatio);
    QCOMPARE(figure.selectedText(), u"ratio"_s);
}

void TestFigureLabel::keyboardSelectsAllAndCopies()
{
    FigureLabel figure;
    figure.setText(kKorean);
    figure.show();
    QVERIFY(QTest::qWaitForWindowExposed(&figure));
    QCOMPARE(figure.focusPolicy(), Qt::StrongFocus); // Tab reaches it
    figure.setFocus();
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(&figure, QKeySequence::SelectAll);
    QCOMPARE(figure.selectedText(), kKorean);
    QTest::keySequence(&figure, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), kKorean);
}

void TestFigureLabel::screenReaderReadsFigure()
{
    FigureLabel figure;
    figure.setAccessibleName(u"Inducement ratio"_s);
    figure.setText(kRatio);
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(&figure);
    QVERIFY(face);
    QCOMPARE(face->role(), QAccessible::StaticText);
    QCOMPARE(face->text(QAccessible::Name), u"Inducement ratio"_s);
    QCOMPARE(face->text(QAccessible::Value), kRatio);
}

QTEST_MAIN(TestFigureLabel)
#include "tst_figurelabel.moc"
