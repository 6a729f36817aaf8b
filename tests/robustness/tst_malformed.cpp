// Malformed input through the command line: every bad plan of badinputs.h
// (broken JSON, wrong fields and values, damaged or foreign .tranche files,
// folders, links, missing files) given to `tranche check`, `flow`, `convert`
// and `export` as a child process. Each must exit with code 2, print nothing
// on standard output, write no output file, and name on standard error the
// file, the JSON pointer where there is one, and the reason.
//
// Set TRANCHE_MALFORMED_DIR to keep the inputs in that folder (measure.sh).

#include "badinputs.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tranche::robustness;
using namespace Qt::StringLiterals;

class TestMalformed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inputsWritten();
    void refused_data();
    void refused();

private:
    QTemporaryDir m_tmp;
    QString m_inputDir;
    QList<BadInput> m_inputs;
};

void TestMalformed::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(TRANCHE_BINARY)).isExecutable(), TRANCHE_BINARY);
    m_inputDir = qEnvironmentVariableIsSet("TRANCHE_MALFORMED_DIR")
                     ? qEnvironmentVariable("TRANCHE_MALFORMED_DIR")
                     : m_tmp.filePath(u"inputs"_s);
    QFile base(QStringLiteral(TRANCHE_FIXTURES "/json/base.json"));
    QVERIFY(base.open(QIODevice::ReadOnly));
    const QByteArray baseJson = base.readAll();

    const QString validStore = m_tmp.filePath(u"valid.tranche"_s);
    QProcess convert;
    convert.start(QStringLiteral(TRANCHE_BINARY), {u"convert"_s, base.fileName(), validStore});
    QVERIFY(convert.waitForFinished(120000));
    QCOMPARE(convert.exitCode(), 0);

    QString error;
    const std::optional<QList<BadInput>> inputs =
        writeBadInputs(m_inputDir, baseJson, validStore, &error);
    QVERIFY2(inputs, qPrintable(error));
    m_inputs = *inputs;
}

void TestMalformed::inputsWritten()
{
    QVERIFY2(m_inputs.size() >= 80, qPrintable(QString::number(m_inputs.size())));
}

void TestMalformed::refused_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<QString>("defect");
    for (const BadInput &in : std::as_const(m_inputs)) {
        for (const char *command : {"check", "flow", "convert", "export"}) {
            QTest::addRow("%s/%s", qPrintable(in.name), command)
                << QString::fromLatin1(command) << in.path << in.pointer << in.reasons
                << QString::fromUtf8(in.defect ? in.defect : "");
        }
    }
}

void TestMalformed::refused()
{
    QFETCH(QString, command);
    QFETCH(QString, path);
    QFETCH(QString, pointer);
    QFETCH(QStringList, reasons);
    QFETCH(QString, defect);

    QTemporaryDir outDir;
    QVERIFY(outDir.isValid());
    QStringList args{command, path};
    QString out;
    if (command == "convert"_L1) {
        out = outDir.filePath(path.endsWith(".json"_L1) ? u"out.tranche"_s : u"out.json"_s);
        args << out;
    } else if (command == "export"_L1) {
        out = outDir.filePath(u"out.png"_s);
        args << u"--chart"_s << u"-o"_s << out;
    }
    QProcess p;
    p.setWorkingDirectory(outDir.path());
    p.start(QStringLiteral(TRANCHE_BINARY), args);
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit); // never a crash

    // Every way the refusal falls short, so that a known defect is one expected failure.
    QStringList problems;
    if (p.exitCode() != 2)
        problems << u"exit code %1, not 2"_s.arg(p.exitCode());
    if (const QByteArray stdOut = p.readAllStandardOutput(); !stdOut.isEmpty())
        problems << u"standard output: "_s + QString::fromUtf8(stdOut.left(200));
    if (!out.isEmpty() && QFileInfo::exists(out))
        problems << u"wrote "_s + out;
    const QString where = pointer.isEmpty() ? path : path + u": "_s + pointer + u": "_s;
    if (!err.contains(where))
        problems << u"no \"%1\""_s.arg(where);
    for (const QString &reason : std::as_const(reasons)) {
        if (!err.contains(reason))
            problems << u"no \"%1\""_s.arg(reason);
    }
    if (!defect.isEmpty())
        QEXPECT_FAIL("", qPrintable(defect), Abort);
    QVERIFY2(problems.isEmpty(),
             qPrintable(problems.join(u"; "_s) + u"\nstandard error:\n"_s + err.left(2000)));
}

QTEST_GUILESS_MAIN(TestMalformed)
#include "tst_malformed.moc"
