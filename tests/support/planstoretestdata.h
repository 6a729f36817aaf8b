#pragma once
// Test data and file helpers of tst_planstore: a plan that sets every field,
// SQL run on a file with the test's own connection, folder listings.

#include "model/plan.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace planstoretest {

using namespace Qt::StringLiterals;
using namespace tranche;

// A plan that sets every field, with awkward text and doubles.
inline Plan richPlan()
{
    Plan plan;
    plan.meta.title = u"Singapore track, option B \u2014 \"quoted\"\nsecond line"_s;
    plan.meta.counterpart = u"DPRK \uc870\uc120"_s;
    plan.meta.start = u"2026-07"_s;
    plan.meta.classification = u"SECRET//REL TO USA, KOR"_s;
    plan.meta.profile = u"lenient"_s;
    plan.meta.referenceValueUsd = 2820000000.0 + 1.0 / 3.0;
    plan.meta.extra =
        QJsonObject{{u"reviewer"_s, u"J. Doe"_s},
                    {u"ratio"_s, 0.1 + 0.2},
                    {u"nested"_s, QJsonObject{{u"list"_s, QJsonArray{1, 2.5, u"x"_s}}}}};
    plan.extra = QJsonObject{{u"x-tool"_s, u"generator 2"_s}, {u"flag"_s, true}};
    plan.meta.decisionAsked = u"Approve phase 1 \u2014 on these terms"_s;
    plan.meta.sources = {Source{u"S01"_s, u"Fact sheet"_s, u"US Mission"_s, u"2017"_s,
                                u"https://example.org/a?b=1"_s,
                                QJsonObject{{u"x-pages"_s, u"4-6"_s}}},
                         Source{u"U.2_b"_s, QString(), QString(), QString(), QString(), {}}};

    SanctionsItem coal;
    coal.id = u"un-2371-coal"_s;
    coal.name = u"Coal export ban"_s;
    coal.authority = Authority::UN;
    coal.instrument = u"UNSCR 2371 (2017) para 8"_s;
    coal.category = u"sectoral-export"_s;
    coal.annualValueUsd = 1200000000.123456789;
    coal.reversibility = Reversibility::Moderate;
    coal.longTermBenefit = true;
    coal.escrowable = true;
    coal.targeted = Targeted::None;
    coal.fatf = false;
    coal.primaryTrade = true;
    coal.source = u"UN Panel of Experts S/2018/171"_s;
    coal.confidence = u"medium (OP from memory)"_s;
    coal.valueBasis = u"revenue-cap"_s;
    coal.extra = QJsonObject{{u"tonnes"_s, 1.0e-300}, {u"unicode"_s, u"\U0001F600"_s}};
    SanctionsItem kpa;
    kpa.id = u"eo-13382.kpa_1"_s;
    kpa.name = u"Designation of the Korean People's Army"_s;
    kpa.authority = Authority::USEO;
    kpa.annualValueUsd = 0.1;
    kpa.reversibility = Reversibility::Hard;
    kpa.valueQuantified = false;
    kpa.targeted = Targeted::HumanRights;
    kpa.fatf = true;
    kpa.variantOf = u"un-2371-coal"_s; // a graded variant survives the round trip
    SanctionsItem fin;
    fin.id = u"fatf-countermeasures"_s;
    fin.authority = Authority::FATF;
    fin.annualValueUsd = 9007199254740993.0;
    fin.targeted = Targeted::Finance;
    fin.escrowable = true;
    plan.catalog.items = {coal, kpa, fin};

    CounterpartAction yongbyon;
    yongbyon.id = u"yongbyon-dismantle"_s;
    yongbyon.name = u"Dismantle Yongbyon nuclear complex"_s;
    yongbyon.category = u"dismantlement"_s;
    yongbyon.weight = 1.0 + 1.0 / 3.0;
    yongbyon.completes = Programs(Program::Nuclear) | Program::Wmd;
    yongbyon.financialReform = false;
    yongbyon.source = u"38 North"_s;
    yongbyon.confidence = u"high"_s;
    yongbyon.extra = QJsonObject{{u"sites"_s, 3}};
    CounterpartAction reform;
    reform.id = u"fatf-reform"_s;
    reform.weight = 10;
    reform.completes = allPrograms();
    reform.financialReform = true;
    CounterpartAction freeze;
    freeze.id = u"test-freeze"_s;
    freeze.weight = 1;
    plan.catalog.actions = {yongbyon, reform, freeze};

    Phase p1;
    p1.id = u"p1"_s;
    p1.name = u"Freeze and declare"_s;
    p1.kind = PhaseKind::Interim;
    p1.start = 0;
    p1.end = 6;
    p1.actions = {{u"test-freeze"_s, 2, QJsonObject{{u"inspector"_s, u"IAEA"_s}}},
                  {u"yongbyon-dismantle"_s, 5, {}}};
    Placement coal1;
    coal1.item = u"un-2371-coal"_s;
    coal1.extent = 0.2;
    coal1.start = 4;
    coal1.end = 10;
    coal1.escrowShare = 0.8;
    coal1.escrowAgent = u"Bank of China, Dandong branch"_s;
    coal1.permittedUses = u"food, medicine, agricultural inputs"_s;
    coal1.snapback = true;
    coal1.note = u"free text; with 'quotes' and %1 %2"_s;
    coal1.extra = QJsonObject{{u"tracked"_s, false}};
    Placement coal2 = coal1;
    coal2.extent = 1.0 / 3.0;
    coal2.start = 10;
    coal2.end = std::nullopt; // open-ended
    coal2.snapback = false;
    coal2.extra = {};
    p1.reliefs = {coal1, coal2};
    p1.extra = QJsonObject{{u"colour"_s, u"#ff8800"_s}};
    Phase p2;
    p2.id = u"p2"_s;
    p2.kind = PhaseKind::Final;
    p2.start = 6;
    p2.end = 6; // empty phase
    Phase p3;
    p3.id = u"p3"_s;
    p3.name = u"Normalisation"_s;
    p3.kind = PhaseKind::Final;
    p3.start = 6;
    p3.end = 1200;
    p3.actions = {{u"fatf-reform"_s, 1200, {}}, {u"yongbyon-dismantle"_s, 0, {}}};
    Placement finPl;
    finPl.item = u"fatf-countermeasures"_s;
    finPl.extent = 0;
    finPl.start = 1200;
    finPl.end = 1200;
    finPl.escrowShare = 1;
    Placement kpaPl;
    kpaPl.item = u"eo-13382.kpa_1"_s;
    kpaPl.extent = 1;
    kpaPl.start = 0;
    p3.reliefs = {finPl, kpaPl, coal1};
    plan.phases = {p1, p2, p3};

    plan.waivers = {{u"INT-3"_s, u"p1"_s, u"un-2371-coal"_s, u"Agreed at the\nsummit"_s,
                     u"A. Negotiator"_s, QDate(2026, 2, 28)},
                    {u"REV-1"_s, QString(), QString(), u"Whole plan"_s, QString(), QDate()}};
    return plan;
}

// A small valid plan.
inline Plan smallPlan()
{
    Plan plan;
    plan.meta.title = u"Small"_s;
    SanctionsItem item;
    item.id = u"item"_s;
    item.annualValueUsd = 1000;
    plan.catalog.items = {item};
    return plan;
}

inline QString fixture(const QString &name)
{
    return QStringLiteral(TRANCHE_FIXTURES) + u"/store/"_s + name;
}

// Runs SQL statements on a SQLite file with a connection of the test's own.
inline QString execSql(const QString &file, const QStringList &statements)
{
    const QString name = u"tst-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &sql : statements) {
                if (!query.exec(sql)) {
                    error = sql + u": "_s + query.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// The statements of an SQL script: ';' at the end of a line ends one; "--" lines are comments.
inline QStringList sqlStatements(const QString &scriptPath)
{
    QFile file(scriptPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList statements;
    QString current;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.trimmed().startsWith(u"--"_s))
            continue;
        current += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
            statements.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    return statements;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace planstoretest
