// WrapLabel (ui/panels/wraplabel.h): the heights it remembers are QLabel's
// own, for every width asked, and are forgotten when what they depend on
// changes (text, font, margins, indent).

#include "panels/wraplabel.h"
#include "support/labelheights.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tranche;

namespace {

const QString kLong = u"3 relief placement(s), $1,250,000,000/yr in all. 2 of them not "
                      "quantified (no estimate, not in the total)."_s;
const QString kKorean = u"구호 배치 3건, 연간 총 12억 5천만 달러. 그중 2건은 정량화되지 않음."_s;
const QString kLongWord = u"Supercalifragilisticexpialidocious-and-then-some words"_s;

// A word-wrapped plain QLabel set up as `label` is.
int qlabelHeight(const WrapLabel &label, int width)
{
    return labelheights::qlabelHeight(label.text(), label.font(), label.contentsMargins(),
                                      label.indent(), width);
}

} // namespace

class TestWrapLabel : public QObject
{
    Q_OBJECT
private slots:
    void heightsAreQLabels_data();
    void heightsAreQLabels();
    void rememberedUntilChanged_data();
    void rememberedUntilChanged();
};

void TestWrapLabel::heightsAreQLabels_data()
{
    labelheights::addTextsAtWidths(
        {{"short", u"Item:"_s}, {"long", kLong}, {"Korean", kKorean}, {"long word", kLongWord}},
        {20, 80, 160, 300, 1200});
}

// Asked twice (the second answer remembered), both are QLabel's answer.
void TestWrapLabel::heightsAreQLabels()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    WrapLabel label;
    label.setContentsMargins(6, 6, 6, 0);
    label.setText(text);
    const int expected = qlabelHeight(label, width);
    QCOMPARE(label.heightForWidth(width), expected);
    QCOMPARE(label.heightForWidth(width), expected);
    QCOMPARE(label.heightsComputed(), 1);
}

void TestWrapLabel::rememberedUntilChanged_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<bool>("forgets");
    QTest::newRow("nothing") << 0 << false;
    QTest::newRow("same text again") << 1 << false;
    QTest::newRow("new text") << 2 << true;
    QTest::newRow("bold font") << 3 << true;
    QTest::newRow("margins") << 4 << true;
    QTest::newRow("indent") << 5 << true;
}

// After a change, the next answer is computed afresh and is QLabel's for the
// changed label; with no change the remembered ones are given.
void TestWrapLabel::rememberedUntilChanged()
{
    QFETCH(int, change);
    QFETCH(bool, forgets);
    WrapLabel label;
    label.setText(kLong);
    for (int width : {100, 200, 300})
        label.heightForWidth(width);
    QCOMPARE(label.heightsComputed(), 3);
    switch (change) {
    case 1:
        label.setText(kLong);
        break;
    case 2:
        label.setText(kLong + u" And a sentence more, to need another line."_s);
        break;
    case 3: {
        QFont bold = label.font();
        bold.setBold(true);
        bold.setPointSize(bold.pointSize() + 4);
        label.setFont(bold);
        break;
    }
    case 4:
        label.setContentsMargins(40, 0, 40, 10);
        break;
    case 5:
        label.setIndent(50);
        break;
    default:
        break;
    }
    for (int width : {100, 200, 300})
        QCOMPARE(label.heightForWidth(width), qlabelHeight(label, width));
    QCOMPARE(label.heightsComputed(), forgets ? 6 : 3);
}

QTEST_MAIN(TestWrapLabel)
#include "tst_wraplabel.moc"
