// Every rule has its "how to fix" sentence, and only the rules have one.

#include "rules/fixhints.h"
#include "rules/rule.h"

#include <QTest>

using namespace tranche;
using namespace Qt::StringLiterals;

class TestFixHints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRuleHasOne_data();
    void everyRuleHasOne();
    void unknownRuleHasNone();
};

void TestFixHints::everyRuleHasOne_data()
{
    QTest::addColumn<QString>("rule");
    QCOMPARE(allRules().size(), 13);
    for (const Rule *rule : allRules())
        QTest::newRow(qPrintable(rule->id())) << rule->id();
}

void TestFixHints::everyRuleHasOne()
{
    QFETCH(QString, rule);
    const QString hint = fixHint(rule);
    QVERIFY2(!hint.isEmpty(), qPrintable(rule));
    QVERIFY2(hint.endsWith(u'.'), qPrintable(hint)); // one whole sentence
}

void TestFixHints::unknownRuleHasNone()
{
    QCOMPARE(fixHint(u"XYZ-9"_s), QString());
    QCOMPARE(fixHint(QString()), QString());
}

QTEST_GUILESS_MAIN(TestFixHints)
#include "tst_fixhints.moc"
