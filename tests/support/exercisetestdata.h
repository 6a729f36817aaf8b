#pragma once
// The small plan the exercise tests play by hand, and helpers that read an
// exercise member and a log from JSON text and summarise a run's months.
//
// The plan (H = 12 + 20 = 32, so endMonth defaults to 31):
//   catalog: coal (UN, $1,200/yr: $100/month), oil (US-EO, $2,400/yr: $200/month)
//   p1 interim 0..6, requires a1 (verified month 1):
//      coal extent 1, months 2..6 (last month 5), escrowShare 0.5, snapback
//      -> $50 released and $50 escrowed a month
//   p2 final 6..20, requires fin (verified month 8; completes every program):
//      oil extent 1, from month 8, open-ended, no escrow, no snapback
// As planned: months 2..5 release 50 and escrow 50 (balance 50, 100, 150, 200);
// payout P = 8 releases the 200 with oil's 200 (released 400, cumulative 600);
// from month 9 oil releases 200 a month and exposure adds 12 x 200 = 2400.

#include "exercise/exerciselog.h"
#include "exercise/exercisepackage.h"
#include "exercise/exerciserun.h"
#include "io/planjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace tranche::exercisetest {

inline QByteArray planJson()
{
    return R"({"format": "tranche-plan", "version": 1,
 "plan": {"title": "Exercise test plan"},
 "catalog": {
  "items": [
   {"id": "coal", "authority": "UN", "annualValueUsd": 1200, "reversibility": "easy", "escrowable": true},
   {"id": "oil", "authority": "US-EO", "annualValueUsd": 2400, "reversibility": "easy"}],
  "actions": [
   {"id": "a1", "weight": 10},
   {"id": "fin", "weight": 10, "completes": ["nuclear", "icbm", "wmd"]}]},
 "phases": [
  {"id": "p1", "kind": "interim", "start": 0, "end": 6,
   "actions": [{"action": "a1", "verifiedMonth": 1}],
   "reliefs": [{"item": "coal", "extent": 1, "start": 2, "end": 6, "escrowShare": 0.5,
                "escrowAgent": "agent", "permittedUses": "food", "snapback": true}]},
  {"id": "p2", "kind": "final", "start": 6, "end": 20,
   "actions": [{"action": "fin", "verifiedMonth": 8}],
   "reliefs": [{"item": "oil", "extent": 1, "start": 8}]}]})";
}

inline Plan testPlan()
{
    return *readPlanJson(planJson()).plan;
}

// The exercise member: {"version":1,"id":"t","title":"T"} plus the fields of extra.
inline QJsonObject exerciseMember(const QByteArray &extra)
{
    QJsonObject o = QJsonDocument::fromJson(extra.isEmpty() ? QByteArray("{}") : extra).object();
    for (const auto &[k, v] : std::initializer_list<std::pair<const char *, QJsonValue>>{
             {"version", 1}, {"id", QStringLiteral("t")}, {"title", QStringLiteral("T")}}) {
        if (!o.contains(QLatin1StringView(k)))
            o.insert(QLatin1StringView(k), v);
    }
    return o;
}

// A log of the package "t" with these decisions (a JSON list's text).
inline QByteArray logJson(const QByteArray &decisions)
{
    return "{\"format\": \"tranche-exercise-log\", \"version\": 1, \"package\": \"t\", "
           "\"decisions\": " +
           decisions + "}";
}

// One event as text: inject:ID, option:INJ/OPT, decision:SEQ, verified:PHASE/ACTION,
// failed:PHASE/ACTION, start:PHASE/I, end:PHASE/I, breach, cure, payout:AMOUNT,
// escrow-breach:AMOUNT; "+note" per remark.
inline QString eventText(const Plan &plan, const ExercisePackage &pkg, const ExerciseEvent &e)
{
    QString s = toString(e.type);
    switch (e.type) {
    case ExerciseEventType::Inject:
        s += u':' + pkg.injects.at(e.inject).id;
        break;
    case ExerciseEventType::Option:
        s += u':' + pkg.injects.at(e.inject).id + u'/' +
             pkg.injects.at(e.inject).options.at(e.option).id;
        break;
    case ExerciseEventType::Decision:
        s += u':' + QString::number(e.seq);
        break;
    case ExerciseEventType::Verified:
    case ExerciseEventType::Failed:
        s += u':' + plan.phases.at(e.phase).id + u'/' + e.action;
        break;
    case ExerciseEventType::Start:
    case ExerciseEventType::End:
        s += u':' + plan.phases.at(e.placement.phase).id + u'/' +
             QString::number(e.placement.relief);
        break;
    case ExerciseEventType::Payout:
    case ExerciseEventType::EscrowBreach:
        s += u':' + QString::number(e.amount, 'g', 15);
        break;
    default:
        break;
    }
    for (qsizetype i = 0; i < e.notes.size(); ++i)
        s += QStringLiteral("+note");
    return s;
}

// "released cumulative balance exposure breach" of a month (breach 0/1).
inline QString monthText(const ExerciseMonth &m)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(m.released, 0, 'g', 15)
        .arg(m.releasedCumulative, 0, 'g', 15)
        .arg(m.escrowBalance, 0, 'g', 15)
        .arg(m.exposure, 0, 'g', 15)
        .arg(m.inBreach ? 1 : 0);
}

} // namespace tranche::exercisetest
