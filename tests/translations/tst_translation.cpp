// The Korean translation: every message of translations/tranche_ko.ts is
// translated and keeps its placeholders and accelerator, the released .qm
// answers for every message, key strings come out in Korean at run time, and
// the main window retranslates when the translator is installed or removed.

#include "document/commands.h"
#include "document/plandocument.h"
#include "exercise/caveatbanner.h"
#include "export/reportcells.h"
#include "io/problem.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

// One <message> of the .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString translation; // the (first) numerus form for plural messages
    bool numerus = false;
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == "message"_L1)
                messages.append(current);
            continue;
        }
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = TsMessage();
            current.context = context;
            current.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            current.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            const QXmlStreamAttributes attributes = xml.attributes();
            current.unfinished = attributes.value("type"_L1) == "unfinished"_L1;
            if (!current.numerus)
                current.translation = xml.readElementText();
        } else if (name == "numerusform"_L1) {
            const QString form = xml.readElementText();
            if (current.translation.isEmpty())
                current.translation = form;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString tsPath()
{
    return QStringLiteral(TRANCHE_SOURCE_DIR "/translations/tranche_ko.ts");
}

QString qmPath()
{
    return QStringLiteral(TRANCHE_QM_DIR "/tranche_ko.qm");
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?\\d+|%n"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// The accelerator letters of a text ("&File" -> "F"; "&&" is a literal ampersand).
QString accelerators(const QString &text)
{
    QString letters;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            letters.append(text.at(i + 1).toUpper());
    }
    return letters;
}

QString fileMenuTitle(const MainWindow &window)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    return menus.isEmpty() ? QString() : menus.first()->text();
}

} // namespace

// Checks the Korean translation file, the released .qm and run-time retranslation.
class TestTranslation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyMessageTranslated();
    void placeholdersAndAcceleratorsKept();
    void qmAnswersEveryMessage();
    void keyStrings_data();
    void keyStrings();
    void commandTexts_data();
    void commandTexts();
    void mainWindowRetranslates();
    void englishPluralsComplete();
    void englishPlurals_data();
    void englishPlurals();
    void shownInKorean_data();
    void shownInKorean();
    void caveatBannerRetranslates();

private:
    QList<TsMessage> m_messages;
};

void TestTranslation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_messages = readTs(tsPath(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_messages.size() > 100, "the .ts file holds suspiciously few messages");
    QVERIFY2(QFile::exists(qmPath()),
             qPrintable(qmPath() + u" is missing: build release_translations"_s));
}

void TestTranslation::everyMessageTranslated()
{
    QStringList untranslated;
    for (const TsMessage &m : std::as_const(m_messages)) {
        if (m.unfinished || m.translation.isEmpty())
            untranslated.append(m.context + u": "_s + m.source);
    }
    // Names the messages, which QCOMPARE on two lists would not.
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u"\n"_s)));
}

void TestTranslation::placeholdersAndAcceleratorsKept()
{
    QStringList broken;
    for (const TsMessage &m : std::as_const(m_messages)) {
        if (m.translation.isEmpty())
            continue;
        if (placeholders(m.source) != placeholders(m.translation))
            broken.append(u"placeholders: "_s + m.source + u" => "_s + m.translation);
        const QString keys = accelerators(m.source);
        if (accelerators(m.translation) != keys)
            broken.append(u"accelerator: "_s + m.source + u" => "_s + m.translation);
        // Korean convention: the accelerator follows the word in parentheses, "파일(&F)".
        if (keys.size() == 1 && !m.translation.contains(u"(&"_s + keys + u')'))
            broken.append(u"accelerator style: "_s + m.source + u" => "_s + m.translation);
        if (m.source.count(u'\n') != m.translation.count(u'\n'))
            broken.append(u"line breaks: "_s + m.source + u" => "_s + m.translation);
    }
    // Names the messages, which QCOMPARE on two lists would not.
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u"\n"_s)));
}

void TestTranslation::qmAnswersEveryMessage()
{
    QTranslator translator;
    QVERIFY(translator.load(qmPath()));
    QCOMPARE(translator.language(), u"ko_KR"_s);
    QStringList stale;
    for (const TsMessage &m : std::as_const(m_messages)) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const QString answer = translator.translate(
            context.constData(), source.constData(),
            m.comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 1 : -1);
        if (answer.isEmpty())
            stale.append(m.context + u": "_s + m.source);
    }
    // Names the messages, which QCOMPARE on two lists would not.
    QVERIFY2(stale.isEmpty(), qPrintable(stale.join(u"\n"_s)));
}

void TestTranslation::keyStrings_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("korean");
    QTest::newRow("File menu") << "tranche::MainWindow"_ba
                               << "&File"_ba << u"파일(&F)"_s;
    QTest::newRow("Save As") << "tranche::MainWindow"_ba
                             << "Save &As..."_ba << u"다른 이름으로 저장(&A)..."_s;
    QTest::newRow("rule title") << "tranche"_ba
                                << "Relief follows action"_ba << u"조치 후 제재 완화"_s;
    QTest::newRow("rule message") << "tranche"_ba
                                  << "interim relief of %1 has no snapback"_ba
                                  << u"%1의 잠정 제재 완화에 스냅백(자동 복원)이 없습니다"_s;
    // The undo commands' texts share one context, "tranche::Commands" (commands.cpp).
    QTest::newRow("command text") << "tranche::Commands"_ba
                                  << "Move Phase"_ba << u"단계 이동"_s;
    QTest::newRow("edit command") << "tranche::Commands"_ba
                                  << "Change Escrow Share"_ba << u"에스크로 비율 변경"_s;
    // Texts of Q_DECLARE_TR_FUNCTIONS helpers: the command line ("main") and the catalog.
    QTest::newRow("command line") << "main"_ba
                                  << "Give at most one FILE."_ba
                                  << u"FILE은 하나만 지정할 수 있습니다."_s;
    QTest::newRow("catalog flag") << "tranche"_ba
                                  << "long-term benefit"_ba << u"장기적 혜택"_s;
    QTest::newRow("dock title") << "tranche::MainWindow"_ba
                                << "Inspector"_ba << u"속성"_s;
}

void TestTranslation::keyStrings()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, korean);
    QTranslator translator;
    QVERIFY(translator.load(qmPath()));
    QCOMPARE(translator.translate(context.constData(), source.constData()), korean);
}

void TestTranslation::commandTexts_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");
    QTest::newRow("add phase") << 0 << u"Add Phase"_s << u"단계 추가"_s;
    QTest::newRow("change plan title") << 1 << u"Change Plan Title"_s << u"계획 제목 변경"_s;
}

// The undo commands' texts, as the History dock and Edit menu show them, in the context
// "tranche::Commands" that commands.cpp declares and lupdate extracts them under.
void TestTranslation::commandTexts()
{
    QFETCH(int, kind);
    QFETCH(QString, english);
    QFETCH(QString, korean);
    PlanDocument doc;
    const auto make = [&doc, kind]() -> std::unique_ptr<QUndoCommand> {
        if (kind == 0)
            return std::make_unique<AddPhaseCommand>(&doc, 0, Phase());
        return std::make_unique<EditMetaFieldCommand>(&doc, MetaField::Title, u"T"_s);
    };
    QCOMPARE(make()->text(), english);

    QTranslator translator;
    QVERIFY(translator.load(qmPath()));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString translated = make()->text();
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(translated, korean);
}

void TestTranslation::mainWindowRetranslates()
{
    MainWindow window;
    window.setInteractive(false);
    QCOMPARE(fileMenuTitle(window), u"&File"_s);

    QTranslator translator;
    QVERIFY(translator.load(qmPath()));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(fileMenuTitle(window), u"파일(&F)"_s);

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(fileMenuTitle(window), u"&File"_s);
}

// Every plural message of the sources (the Korean file lists them all) has its
// English forms in tranche_en.ts, finished.
void TestTranslation::englishPluralsComplete()
{
    QString error;
    const QList<TsMessage> korean = readTs(tsPath(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<TsMessage> english =
        readTs(QStringLiteral(TRANCHE_SOURCE_DIR "/translations/tranche_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> have;
    for (const TsMessage &m : english) {
        QVERIFY2(m.numerus, qPrintable(u"not a plural message: "_s + m.source));
        QVERIFY2(!m.unfinished && !m.translation.isEmpty(), qPrintable(m.source));
        have.insert(m.context + u'|' + m.source);
    }
    QStringList missing;
    for (const TsMessage &m : korean) {
        if (m.numerus && !have.contains(m.context + u'|' + m.source))
            missing << m.context + u": "_s + m.source;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"; "_s)));
}

void TestTranslation::englishPlurals_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1 month") << u"ReportWriter"_s << u"%n month(s)"_s << 1 << u"1 month"_s;
    QTest::newRow("12 months") << u"ReportWriter"_s << u"%n month(s)"_s << 12 << u"12 months"_s;
    QTest::newRow("0 placements") << u"PhaseOverview"_s << u"%n placement(s)"_s << 0
                                  << u"0 placements"_s;
    QTest::newRow("1 violation") << u"PhaseOverview"_s << u"%n violation(s)"_s << 1
                                 << u"1 violation"_s;
}

void TestTranslation::englishPlurals()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(TRANCHE_QM_DIR "/tranche_en.qm")));
    const QByteArray c = context.toUtf8(), s = source.toUtf8();
    // Untranslated: the source text with its "(s)".
    QCOMPARE(QCoreApplication::translate(c.constData(), s.constData(), nullptr, n),
             QString(source).replace(u"%n"_s, QString::number(n)));
    QVERIFY(QCoreApplication::installTranslator(&english));
    const QString translated =
        QCoreApplication::translate(c.constData(), s.constData(), nullptr, n);
    QCoreApplication::removeTranslator(&english);
    QCOMPARE(translated, expected);
}

void TestTranslation::shownInKorean_data()
{
    QTest::addColumn<int>("what"); // 0 confidenceWord, 1 confidenceInFull, 2 caveat, 3 problem
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");
    QTest::newRow("grade") << 0 << u"High (derived)"_s << u"high"_s << u"높음"_s;
    QTest::newRow("medium") << 0 << u"medium; value from S12"_s << u"medium"_s << u"중간"_s;
    QTest::newRow("not quantified")
        << 0 << u"not quantified: no estimate"_s << u"not quantified"_s << u"정량화되지 않음"_s;
    QTest::newRow("unknown grade") << 0 << u"fair"_s << u"fair"_s << u"fair"_s;
    QTest::newRow("not stated") << 0 << QString() << u"not stated"_s << QString();
    QTest::newRow("in full") << 1 << u"low (derived, S3)"_s << u"low (derived, S3)"_s
                             << u"낮음 (derived, S3)"_s;
    QTest::newRow("in full, capital") << 1 << u"High"_s << u"High"_s << u"높음"_s;
    QTest::newRow("in full, unknown")
        << 1 << u"expert judgment"_s << u"expert judgment"_s << u"expert judgment"_s;
    QTest::newRow("default caveat")
        << 2 << u"EXERCISE - EXERCISE - EXERCISE"_s << u"EXERCISE - EXERCISE - EXERCISE"_s
        << u"연습 - 연습 - 연습"_s;
    QTest::newRow("own caveat") << 2 << u"DRILL ONLY"_s << u"DRILL ONLY"_s << u"DRILL ONLY"_s;
    QTest::newRow("problem") << 3 << u"/phases/0/start"_s
                             << u"F: /phases/0/start: x; phase \"Freeze\" (p1)"_s
                             << u"F: /phases/0/start: x; 단계 \"Freeze\" (p1)"_s;
}

// Words of the data (confidence grades, the default exercise caveat) shown in
// the reader's language, the data's own words as written.
void TestTranslation::shownInKorean()
{
    QFETCH(int, what);
    QFETCH(QString, text);
    QFETCH(QString, english);
    QFETCH(QString, korean);
    const auto shown = [&] {
        switch (what) {
        case 0:
            return reportcells::confidenceWord(text);
        case 1:
            return reportcells::confidenceInFull(text);
        case 2:
            return CaveatBanner::shown(text);
        default: {
            Problem p(text, u"x"_s, u"p1"_s);
            p.phaseName = u"Freeze"_s;
            return formatProblem(u"F"_s, p);
        }
        }
    };
    QCOMPARE(shown(), english);
    QTranslator translator;
    QVERIFY(translator.load(qmPath()));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString translated = shown();
    QCoreApplication::removeTranslator(&translator);
    if (!korean.isEmpty())
        QCOMPARE(translated, korean);
}

void TestTranslation::caveatBannerRetranslates()
{
    CaveatBanner banner(u"EXERCISE - EXERCISE - EXERCISE"_s);
    CaveatBanner own(u"DRILL ONLY"_s);
    QTranslator translator;
    QVERIFY(translator.load(qmPath()));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(banner.text(), u"연습 - 연습 - 연습"_s);
    QCOMPARE(own.text(), u"DRILL ONLY"_s);
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(banner.text(), u"EXERCISE - EXERCISE - EXERCISE"_s);
    QCOMPARE(banner.caveat(), u"EXERCISE - EXERCISE - EXERCISE"_s); // the data keeps English
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
