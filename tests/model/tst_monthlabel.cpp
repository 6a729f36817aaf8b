// monthLabel(): a plan month in the locale's words and the translation's order,
// "Jul 2026" in English and, with the Korean translation installed, "2026년 7월".
// Plan::monthDate(): the date of a plan month from the plan's start ("yyyy-MM").

#include "model/monthlabel.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace tranche;

// Checks monthLabel() against locales with and without the Korean translator installed.
class TestMonthLabel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void monthLabel_data();
    void monthLabel();
    void defaultLocale();
    void monthDate_data();
    void monthDate();
};

void TestMonthLabel::monthLabel_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("korean"); // install the Korean translation first
    QTest::addColumn<QString>("expected");

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
    QTest::newRow("English July") << QDate(2026, 7, 1) << english << false << u"Jul 2026"_s;
    QTest::newRow("English mid-month") << QDate(2026, 7, 19) << english << false << u"Jul 2026"_s;
    QTest::newRow("English January") << QDate(2027, 1, 1) << english << false << u"Jan 2027"_s;
    QTest::newRow("English December") << QDate(1999, 12, 1) << english << false << u"Dec 1999"_s;
    // Without the translation the Korean locale only renames the month; the order stays English.
    QTest::newRow("Korean locale, untranslated")
        << QDate(2026, 7, 1) << korean << false << u"7월 2026"_s;
    QTest::newRow("Korean July") << QDate(2026, 7, 1) << korean << true << u"2026년 7월"_s;
    QTest::newRow("Korean December") << QDate(2026, 12, 1) << korean << true << u"2026년 12월"_s;
    QTest::newRow("Korean January") << QDate(2027, 1, 31) << korean << true << u"2027년 1월"_s;
}

void TestMonthLabel::monthLabel()
{
    QFETCH(QDate, date);
    QFETCH(QLocale, locale);
    QFETCH(bool, korean);
    QFETCH(QString, expected);

    QTranslator translator;
    if (korean) {
        QVERIFY(translator.load(QStringLiteral(TRANCHE_QM_DIR "/tranche_ko.qm")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    const QString label = tranche::monthLabel(date, locale);
    if (korean)
        QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCOMPARE(label, expected);
}

// Without a locale argument the default locale names the month.
void TestMonthLabel::defaultLocale()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    const QString korean = tranche::monthLabel(QDate(2026, 7, 1));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString english = tranche::monthLabel(QDate(2026, 7, 1));
    QLocale::setDefault(saved);
    QCOMPARE(korean, u"7월 2026"_s);
    QCOMPARE(english, u"Jul 2026"_s);
}

void TestMonthLabel::monthDate_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("month");
    QTest::addColumn<QDate>("expected"); // invalid: no date

    QTest::newRow("start") << u"2026-07"_s << 0 << QDate(2026, 7, 1);
    QTest::newRow("into the next year") << u"2026-07"_s << 7 << QDate(2027, 2, 1);
    QTest::newRow("ten years on") << u"2026-07"_s << 120 << QDate(2036, 7, 1);
    QTest::newRow("December") << u"1999-12"_s << 1 << QDate(2000, 1, 1);
    QTest::newRow("month 13") << u"2026-13"_s << 0 << QDate();
    QTest::newRow("month 00") << u"2026-00"_s << 0 << QDate();
    QTest::newRow("one-digit month") << u"2026-7"_s << 0 << QDate();
    QTest::newRow("slash") << u"2026/07"_s << 0 << QDate();
    QTest::newRow("day given") << u"2026-07-01"_s << 0 << QDate();
    QTest::newRow("letters") << u"20x6-07"_s << 0 << QDate();
    QTest::newRow("full-width digits") << u"２０２６-07"_s << 0 << QDate();
    QTest::newRow("leading space") << u" 2026-07"_s << 0 << QDate();
    QTest::newRow("empty") << QString() << 0 << QDate();
}

// The date of a plan month, and the same as Qt's own reading of the start
// with the format "yyyy-MM-dd" (the start read by hand must not differ).
void TestMonthLabel::monthDate()
{
    QFETCH(QString, start);
    QFETCH(int, month);
    QFETCH(QDate, expected);
    Plan plan;
    plan.meta.start = start;
    const std::optional<QDate> date = plan.monthDate(month);
    QCOMPARE(date.value_or(QDate()), expected);
    const QDate byFormat = QDate::fromString(start + u"-01"_s, u"yyyy-MM-dd"_s);
    QCOMPARE(date.has_value(), byFormat.isValid());
    if (byFormat.isValid())
        QCOMPARE(*date, byFormat.addMonths(month));
}

QTEST_GUILESS_MAIN(TestMonthLabel)
#include "tst_monthlabel.moc"
