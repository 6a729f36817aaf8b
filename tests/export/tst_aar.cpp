// The after-action report as a file: more than one page, the classification
// banner and the exercise caveat on every page, DRAFT on every page until the
// log rates every objective and nowhere after, and its figures the same as
// `tranche exercise run --format json` of the same package and log.

#include "cli/exercisecli.h"
#include "export/aarwriter.h"
#include "export/reportflow.h"
#include "model/money.h"
#include "support/pdftext.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

const QString kDrill = QStringLiteral(TRANCHE_FIXTURES "/exercise/drill/");

// The drill log with its evaluation's ratings replaced, written into dir.
QString logWithRatings(const QTemporaryDir &dir, const QJsonObject &ratings)
{
    QFile in(kDrill + u"log.json"_s);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject log = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject evaluation = log.value("evaluation"_L1).toObject();
    evaluation.insert("ratings"_L1, ratings);
    log.insert("evaluation"_L1, evaluation);
    const QString path = dir.filePath(u"log.json"_s);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(log).toJson()) < 0)
        return {};
    return path;
}

// Every painted line of the report's text, joined by spaces.
QString flowText(const AarWriter &writer)
{
    QStringList lines;
    for (const ReportFlow *flow : {writer.before(), writer.after()})
        for (int page = 0; page < flow->pageCount(); ++page)
            lines << flow->pageLines(page);
    return lines.join(u' ');
}

} // namespace

class TestAar : public QObject
{
    Q_OBJECT
private slots:
    void pages_data();
    void pages();
    void figuresMatchTheRun();
    void cliWritesThePdf();
};

void TestAar::pages_data()
{
    QTest::addColumn<QJsonObject>("ratings");
    QTest::addColumn<bool>("draft");
    QTest::newRow("one of two rated") << QJsonObject{{u"ESCROW"_s, u"S"_s}} << true;
    QTest::newRow("none rated") << QJsonObject{} << true;
    QTest::newRow("every objective rated")
        << QJsonObject{{u"ESCROW"_s, u"S"_s}, {u"HOLD"_s, u"M"_s}} << false;
}

void TestAar::pages()
{
    QFETCH(QJsonObject, ratings);
    QFETCH(bool, draft);
    if (!pdftest::hasPoppler())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString log = logWithRatings(dir, ratings);
    QVERIFY(!log.isEmpty());
    QStringList errors;
    const auto played = playExercise(kDrill + u"package.json"_s, log, errors);
    QVERIFY2(played, qPrintable(errors.join(u'\n')));
    AarWriter writer(played->input());
    QCOMPARE(writer.isDraft(), draft);
    const QString pdf = dir.filePath(u"aar.pdf"_s);
    QCOMPARE(writer.write(pdf), QString());

    const QStringList pages = pdftest::pageTexts(pdf);
    QVERIFY2(pages.size() > 1, qPrintable(QString::number(pages.size())));
    QCOMPARE(pages.size(), writer.pageCount());
    for (int i = 0; i < pages.size(); ++i) {
        const QString &text = pages.at(i);
        QVERIFY2(text.count(u"UNCLASSIFIED"_s) >= 2, qPrintable(u"page %1"_s.arg(i + 1)));
        QVERIFY2(text.contains(played->package.caveat), qPrintable(u"page %1"_s.arg(i + 1)));
        QCOMPARE(text.contains(u"DRAFT"_s), draft);
    }
}

// Each turn's closing figures, X1..X8 and the ratings, as `exercise run --format json` has them.
void TestAar::figuresMatchTheRun()
{
    QStringList errors;
    const auto played = playExercise(kDrill + u"package.json"_s, kDrill + u"log.json"_s, errors);
    QVERIFY2(played, qPrintable(errors.join(u'\n')));
    const QJsonObject json = QJsonDocument::fromJson(exerciseJson(played->input(), false)).object();
    AarWriter writer(played->input());
    QVERIFY(writer.layout(QSizeF(1060, 730)) > 1);
    const QString text = flowText(writer);

    const QJsonArray months = json.value("months"_L1).toArray();
    int turns = 0;
    for (int i = 0; i < months.size(); ++i) {
        const QJsonObject m = months.at(i).toObject();
        QCOMPARE(m.value("month"_L1).toInt(), played->run.months.at(i).month);
        const bool lastOfTurn = i + 1 == months.size() ||
                                played->run.months.at(i + 1).turn != played->run.months.at(i).turn;
        if (played->run.months.at(i).turn == 0 || !lastOfTurn)
            continue;
        ++turns;
        const QString expected =
            u"released in all %1, in escrow %2, kept if they walk now %3."_s.arg(
                formatMoney(m.value("releasedCumulative"_L1).toDouble()),
                formatMoney(m.value("escrowBalance"_L1).toDouble()),
                formatMoney(m.value("exposure"_L1).toDouble()));
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    QCOMPARE(turns, 3);

    const QJsonObject metrics = json.value("metrics"_L1).toObject();
    for (const char *id : {"X1", "X2", "X5", "X8"}) {
        // The figures table's row: the id, what it measures, the value.
        const QRegularExpression row(u"\\b%1 [^$]+ %2 "_s.arg(QLatin1StringView(id))
                                         .arg(QRegularExpression::escape(formatMoney(
                                             metrics.value(QLatin1StringView(id)).toDouble()))));
        QVERIFY2(text.contains(row), qPrintable(row.pattern()));
    }
    const QString x3 = u"%1 (plan: %2)"_s.arg(formatMoney(metrics.value("X3"_L1).toDouble()),
                                              formatMoney(metrics.value("X3plan"_L1).toDouble()));
    QVERIFY2(text.contains(x3), qPrintable(x3));
    const QJsonObject objectives = json.value("objectives"_L1).toObject();
    QCOMPARE(objectives.value("ESCROW"_L1).toString(), u"S"_s);
    QCOMPARE(played->run.proposed.value(u"HOLD"_s), objectives.value("HOLD"_L1).toString());
    QVERIFY(text.contains(u"not rated"_s));
}

void TestAar::cliWritesThePdf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(u"aar.pdf"_s);
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const QStringList args{
        u"tranche"_s, u"exercise"_s,          u"report"_s, kDrill + u"package.json"_s,
        u"--log"_s,   kDrill + u"log.json"_s, u"-o"_s,     pdf};
    QCOMPARE(runExerciseCli(args, out, err, writeAfterActionReport), 0);
    QCOMPARE(errText, QString());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    // Without a writer (the core alone) the PDF is refused, and nothing is written.
    const QString refused = dir.filePath(u"refused.pdf"_s);
    QStringList noWriter = args;
    noWriter.last() = refused;
    QCOMPARE(runExerciseCli(noWriter, out, err), 2);
    QVERIFY(!QFile::exists(refused));
}

QTEST_MAIN(TestAar)
#include "tst_aar.moc"
