#pragma once
// Shared by the JSON reader tests (tst_planjson, tst_untrustedjson): the base
// fixture, text edits on it, and plans with every field set or almost none;
// and a bundled scenario read as a plan (tst_briefing, tst_reportwriter).

#include "io/planjson.h"
#include "io/validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tranche::planjsontest {

inline QByteArray readFixture(const QString &name)
{
    QFile f(QStringLiteral(TRANCHE_FIXTURES "/json/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// A bundled scenario (resources/scenarios/NAME), or nothing when it does not read.
inline std::optional<Plan> bundledScenario(const QString &name)
{
    QFile f(u":/scenarios/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return readPlanJson(f.readAll()).plan;
}

// Applies text edits to base: each `from` must occur exactly once; an empty
// `from` replaces the whole text. Returns an error message in *error.
inline QByteArray applyEdits(QByteArray text, const QStringList &from, const QStringList &to,
                             QString *error)
{
    if (from.size() != to.size()) {
        *error = u"from and to differ in length"_s;
        return {};
    }
    for (qsizetype i = 0; i < from.size(); ++i) {
        if (from.at(i).isEmpty()) {
            text = to.at(i).toUtf8();
            continue;
        }
        const QByteArray f = from.at(i).toUtf8();
        if (text.count(f) != 1) {
            *error = u"fixture text occurs %1 times: "_s.arg(text.count(f)) + from.at(i);
            return {};
        }
        text.replace(f, to.at(i).toUtf8());
    }
    return text;
}

inline QString describe(const QList<Problem> &problems)
{
    return formatProblems(u"test"_s, problems);
}

// A plan with every field set to a value other than its default.
inline tranche::Plan richPlan()
{
    Plan p;
    p.meta.title = u"Singapore track, option \"B\""_s;
    p.meta.counterpart = u"DPRK"_s;
    p.meta.start = u"2026-07"_s;
    p.meta.classification = u"SECRET//NOFORN"_s;
    p.meta.profile = u"lenient"_s;
    p.meta.referenceValueUsd = 2820000000.0;
    p.meta.extra.insert(u"x-reviewer"_s, u"Kim"_s);

    SanctionsItem coal;
    coal.id = u"un-2371-coal"_s;
    coal.name = u"Coal export ban"_s;
    coal.authority = Authority::UN;
    coal.instrument = u"UNSCR 2371 (2017) para 8"_s;
    coal.category = u"sectoral-export"_s;
    coal.annualValueUsd = 1200000000;
    coal.reversibility = Reversibility::Moderate;
    coal.longTermBenefit = true;
    coal.escrowable = true;
    coal.targeted = Targeted::HumanRights;
    coal.fatf = true;
    coal.primaryTrade = true;
    coal.source = u"UN Panel of Experts S/2018/171"_s;
    coal.confidence = u"medium"_s;
    coal.valueBasis = u"revenue"_s;
    coal.extra.insert(u"x-tags"_s, QJsonArray{u"coal"_s, 1, 2.5, true, QJsonValue()});
    coal.extra.insert(u"x-nested"_s, QJsonObject{{u"a"_s, QJsonArray{QJsonObject{{u"b"_s, 1}}}},
                                                 {u"big"_s, qint64(9007199254740993LL)}});
    SanctionsItem fin;
    fin.id = u"us.fin_access-1"_s;
    fin.name = u"Tab\there, newline\nthere, \\ and \u0001 and \u00e9\u4e2d"_s;
    fin.authority = Authority::USEO;
    fin.annualValueUsd = 0.1 + 0.2; // not a short decimal
    fin.reversibility = Reversibility::Hard;
    fin.targeted = Targeted::None;
    p.catalog.items = {coal, fin};

    CounterpartAction dismantle;
    dismantle.id = u"yongbyon-dismantle"_s;
    dismantle.name = u"Dismantle Yongbyon"_s;
    dismantle.category = u"dismantlement"_s;
    dismantle.weight = 7.5;
    dismantle.completes = Programs(Program::Nuclear) | Program::Wmd;
    dismantle.financialReform = true;
    dismantle.source = u"Singapore statement"_s;
    dismantle.confidence = u"high"_s;
    dismantle.extra.insert(u"x-id"_s, 12);
    CounterpartAction freeze;
    freeze.id = u"freeze"_s;
    freeze.weight = 1.0 / 3.0 + 1;
    p.catalog.actions = {dismantle, freeze};

    Phase p1;
    p1.id = u"p1"_s;
    p1.name = u"Freeze and declare"_s;
    p1.kind = PhaseKind::Interim;
    p1.start = 0;
    p1.end = 6;
    p1.actions = {{u"freeze"_s, 4, QJsonObject{{u"x-note"_s, u"r"_s}}}};
    Placement coalRelief;
    coalRelief.item = u"un-2371-coal"_s;
    coalRelief.extent = 0.2;
    coalRelief.start = 4;
    coalRelief.end = 10;
    coalRelief.escrowShare = 0.8;
    coalRelief.escrowAgent = u"Bank of China, Dandong branch"_s;
    coalRelief.permittedUses = u"food, medicine"_s;
    coalRelief.snapback = true;
    coalRelief.note = u"free text"_s;
    coalRelief.extra.insert(u"x-colour"_s, u"#ff0000"_s);
    Placement again = coalRelief;
    again.end.reset();
    again.extent = 1e-9;
    again.extra = {};
    p1.reliefs = {coalRelief, again};
    p1.extra.insert(u"x-collapsed"_s, true);

    Phase p2;
    p2.id = u"p2"_s;
    p2.kind = PhaseKind::Final;
    p2.start = 6;
    p2.end = 6;
    p2.actions = {{u"yongbyon-dismantle"_s, 20, {}}, {u"freeze"_s, 0, {}}};
    Placement finRelief;
    finRelief.item = u"us.fin_access-1"_s;
    finRelief.extent = 1;
    finRelief.start = 1200;
    finRelief.end = 1200;
    p2.reliefs = {finRelief};
    p.phases = {p1, p2};

    p.waivers = {{u"INT-1"_s, u"p1"_s, u"un-2371-coal"_s, u"Accepted by the principals"_s,
                  u"J. Doe"_s, QDate(2026, 11, 27)},
                 {u"AFA-2"_s, QString(), QString(), u"Trial"_s, QString(), QDate()}};
    p.extra.insert(u"x-generator"_s, QJsonObject{{u"name"_s, u"script"_s}, {u"v"_s, 2}});
    return p;
}

inline tranche::Plan minimalPlan()
{
    Plan p;
    SanctionsItem it;
    it.id = u"a"_s;
    p.catalog.items = {it};
    return p;
}

// Row helper so that the table reads as one line per case.
struct Edit
{
    QStringList from, to;
};

} // namespace tranche::planjsontest
