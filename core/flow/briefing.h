#pragma once
// The facts of the briefing memo, computed from a plan, its value flow and
// its findings: what the plan trades (they do / we give / we keep) and the
// key risks a principal must see (largest exposure before payout, months in
// which the counterpart gives steps for nothing, relief that does not end by
// itself, open violations and waivers). Plain values; the report words them.

#include "flow/valueflow.h"
#include "model/finding.h"
#include "model/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tranche {

// One phase of the trade: the steps the counterpart takes, the relief granted.
struct TradePhase
{
    int phase = -1;            // index in Plan::phases
    QList<int> steps;          // indices in the phase's actions (they do)
    QList<int> reliefs;        // indices in the phase's reliefs (we give)
    double annualRelief = 0;   // quantified annual relief of those placements
    double escrowedAnnual = 0; // the part of it held in escrow
    QStringList unquantified;  // ids of relieved items with no estimate of value
};

// An item that stays in force: never relieved by any placement (extent > 0).
struct KeptItem
{
    enum class Reason { Targeted, Fatf, Unrelieved };
    int item = -1; // index in the catalog
    Reason reason = Reason::Unrelieved;
};

// A placement whose relief does not end by itself (PRINCIPLES.md exposure:
// snapback false, or the item is hard to reverse).
struct LastingRelief
{
    PlacementRef at;
    bool openEnded = false;
    bool hardToReverse = false;
};

// The inducement ratio with what it compares.
struct InducementFacts
{
    std::optional<double> ratio;
    std::optional<int> payoutMonth;
    double releasedAfterPayout = 0; // released in months P .. P+11
    double peakExposure = 0;        // largest exposure before P
};

struct Briefing
{
    QList<TradePhase> trade; // one per phase, in plan order
    QList<KeptItem> kept;    // by authority (catalog order within), targeted, FATF, then others
    // Largest exposure before the payout month (every month when there is none).
    std::optional<int> peakExposureMonth;
    double peakExposure = 0;
    // Months in which a required action is verified while no relief flows at
    // all (no placement of extent > 0 active and nothing released).
    QList<int> stepsForNothing;
    QList<LastingRelief> lasting;
    int openViolations = 0; // violations not waived
    int waivedFindings = 0;
    InducementFacts inducement;
    double releasedOverHorizon = 0;
    int horizon = 0;
    // Citations (by items and actions) of plan.sources ids that are not
    // there, as "owner-id: S99"; none when the plan has no bibliography.
    QStringList unknownCitations;
};

Briefing computeBriefing(const Plan &plan, const ValueFlow &flow, const QList<Finding> &findings);

// Briefing::unknownCitations alone (the inspector warns of them).
QStringList unknownSourceCitations(const Plan &plan);

// The source ids an item's source text cites: the leading ids separated by
// ';' (PLAN-FORMAT.md), up to the first text that is not an id, e.g.
// "S10;S65 - [REVENUE] 2016 exports" -> {S10, S65}. Empty when it starts with prose.
QStringList citedSourceIds(const QString &sourceText);
// The text after the cited ids ("[REVENUE] 2016 exports" above), or the whole text.
QString sourceNote(const QString &sourceText);

} // namespace tranche
