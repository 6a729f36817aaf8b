// ReportWriter, the annex's phases: gate actions and relief of every phase
// (in full or summarised by authority), and the walk-away what-ifs.
#include "export/reportwriter.h"

#include "charts/flowcharts.h"
#include "export/reportcells.h"
#include "export/reportflow.h"
#include "model/money.h"

#include <QLocale>
#include <QMap>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace tranche {

using namespace reportcells;

void ReportWriter::addPhases(ReportFlow &out) const
{
    const Plan &plan = m_exporter.plan();
    const FlowCharts *charts = m_exporter.charts();
    const ValueFlow &flow = charts->model()->flow();
    out.heading(1, tr("Phases"));
    if (plan.phases.isEmpty())
        out.paragraph(tr("The plan has no phases."));
    for (int pi = 0; pi < plan.phases.size(); ++pi) {
        const Phase &ph = plan.phases.at(pi);
        const PhaseFlow *pf = pi < flow.phases.size() ? &flow.phases.at(pi) : nullptr;
        out.heading(2, ph.name.isEmpty() ? tr("Phase %1").arg(ph.id)
                                         : tr("Phase %1: %2").arg(ph.id, ph.name));
        const QString months =
            ph.end > ph.start
                ? tr("months %1 to %2")
                      .arg(charts->monthLabel(ph.start), charts->monthLabel(ph.end - 1))
                : tr("no months (starts and ends at %1)").arg(charts->monthLabel(ph.start));
        QString summary =
            (ph.kind == PhaseKind::Final ? tr("Final phase, %1.") : tr("Interim phase, %1."))
                .arg(months);
        if (pf)
            summary += u' ' + tr("Annual relief %1; %2 released and %3 escrowed over the plan's "
                                 "%n-month horizon, to %4 (%5).",
                                 nullptr, flow.horizon)
                                  .arg(formatMoney(pf->annualRelief), formatMoney(pf->released),
                                       formatMoney(pf->escrowed),
                                       charts->monthLabel(std::max(0, flow.horizon - 1)),
                                       phaseConfidence(ph));
        out.paragraph(summary);

        out.heading(3, tr("Gate actions"));
        if (ph.actions.isEmpty()) {
            out.paragraph(tr("None: this phase requires no action."));
        } else {
            out.beginTable({55, 8, 12, 10, 15}, {tr("Action"), tr("Weight"), tr("Completes"),
                                                 tr("Financial reform"), tr("Verified in month")});
            for (const RequiredAction &ra : ph.actions) {
                const CounterpartAction *a = findAction(ra.action);
                QStringList completes;
                for (Program prog : {Program::Nuclear, Program::Icbm, Program::Wmd}) {
                    if (a && a->completes.testFlag(prog))
                        completes << toString(prog);
                }
                out.row({named(a && !a->name.isEmpty() ? a->name : ra.action, ra.action),
                         plain(a ? QLocale().toString(a->weight) : tr("not in the catalog")),
                         plain(completes.isEmpty() ? tr("none") : completes.join(u", "_s)),
                         plain(a && a->financialReform ? tr("yes") : tr("no")),
                         plain(charts->monthLabel(ra.verifiedMonth))});
            }
            out.endTable();
        }

        out.heading(3, m_summary ? tr("Relief, by authority") : tr("Relief"));
        if (ph.reliefs.isEmpty()) {
            out.paragraph(tr("None: this phase grants no relief."));
            continue;
        }
        if (m_summary) {
            addReliefSummary(out, ph);
            continue;
        }
        beginReliefTable(out);
        for (const Placement &pl : ph.reliefs)
            out.row(reliefRow(pl));
        out.endTable();
    }
}

void ReportWriter::beginReliefTable(ReportFlow &out) const
{
    out.beginTable({22, 14, 6, 16, 9, 9, 17, 7},
                   {tr("Item"), tr("Authority"), tr("Extent"), tr("Active months"),
                    tr("Annual relief"), tr("Value over the horizon"), tr("Escrow"),
                    tr("Snapback")});
}

QList<ReportCell> ReportWriter::reliefRow(const Placement &pl) const
{
    const FlowCharts *charts = m_exporter.charts();
    const int h = charts->model()->flow().horizon;
    const SanctionsItem *item = findItem(pl.item);
    const double annual = (item ? item->annualValueUsd : 0) * pl.extent;
    const int from = std::max(0, pl.start);
    const int to = std::min(h, pl.end.value_or(h));
    const int active = std::max(0, to - from);
    QString monthsText;
    if (pl.end && *pl.end <= pl.start)
        monthsText = tr("none (ends where it starts, month %1)").arg(pl.start);
    else if (pl.end)
        monthsText = tr("%1 to %2 (%n month(s))", nullptr, *pl.end - pl.start)
                         .arg(charts->monthLabel(pl.start), charts->monthLabel(*pl.end - 1));
    else
        monthsText = tr("from %1, open-ended").arg(charts->monthLabel(pl.start));
    ReportCell escrow = plain(formatShare(pl.escrowShare));
    if (pl.escrowShare > 0) {
        escrow << ReportSpan{pl.escrowAgent.isEmpty() ? tr("No escrow agent named")
                                                      : tr("Agent: %1").arg(pl.escrowAgent),
                             ReportSpan::Small,
                             {}};
        escrow << ReportSpan{pl.permittedUses.isEmpty() ? tr("No permitted uses named")
                                                        : tr("Uses: %1").arg(pl.permittedUses),
                             ReportSpan::Small,
                             {}};
    }
    ReportCell snap = plain(pl.snapback ? tr("yes") : tr("no"));
    if (item && item->reversibility == Reversibility::Hard)
        snap << ReportSpan{tr("hard to reverse"), ReportSpan::Small, {}};
    ReportCell name = named(item && !item->name.isEmpty() ? item->name : pl.item, pl.item);
    if (!pl.note.isEmpty())
        name << ReportSpan{pl.note, ReportSpan::Italic, {}};
    ReportCell value = plain(itemMoney(item, annual, u"/yr"_s));
    value << ReportSpan{confidenceOf(item), ReportSpan::Small, {}};
    return {
        name,
        plain(item ? authorityText(item->authority) + u' ' + item->instrument : tr("unknown item")),
        plain(formatShare(pl.extent)),
        plain(monthsText),
        value,
        plain(itemMoney(item, annual / 12.0 * active)),
        escrow,
        snap};
}

void ReportWriter::addReliefSummary(ReportFlow &out, const Phase &ph) const
{
    const FlowCharts *charts = m_exporter.charts();
    const int h = charts->model()->flow().horizon;
    struct Group
    {
        int placements = 0;
        double annual = 0;
        double overHorizon = 0;
        double escrowedAnnual = 0;
        int firstMonth = std::numeric_limits<int>::max();
        int lastMonth = -1; // last active month of the ended placements
        int openEnded = 0;
        int snapback = 0;
        int hard = 0;
        int unquantified = 0;
        QList<const SanctionsItem *> items;
    };
    // Keyed by the authority's text; items missing from the catalog go under "unknown item".
    QMap<QString, Group> groups;
    for (const Placement &pl : ph.reliefs) {
        const SanctionsItem *item = findItem(pl.item);
        Group &g = groups[item ? authorityText(item->authority) : tr("unknown item")];
        const double annual = (item ? item->annualValueUsd : 0) * pl.extent;
        const int active = std::max(0, std::min(h, pl.end.value_or(h)) - std::max(0, pl.start));
        ++g.placements;
        g.annual += annual;
        g.overHorizon += annual / 12.0 * active;
        g.escrowedAnnual += annual * std::clamp(pl.escrowShare, 0.0, 1.0);
        g.firstMonth = std::min(g.firstMonth, pl.start);
        if (pl.end)
            g.lastMonth = std::max(g.lastMonth, *pl.end - 1);
        else
            ++g.openEnded;
        g.snapback += pl.snapback ? 1 : 0;
        g.unquantified += item && !item->valueQuantified ? 1 : 0;
        if (!g.items.contains(item))
            g.items << item;
        g.hard += item && item->reversibility == Reversibility::Hard ? 1 : 0;
    }
    out.beginTable({16, 9, 11, 11, 11, 22, 10, 10},
                   {tr("Authority"), tr("Placements"), tr("Annual relief"),
                    tr("Value over the horizon"), tr("Escrowed (value-weighted)"),
                    tr("Active months"), tr("Snapback"), tr("Hard to reverse")});
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const Group &g = it.value();
        QString months = g.lastMonth >= 0 ? tr("%1 to %2")
                                                .arg(charts->monthLabel(g.firstMonth),
                                                     charts->monthLabel(g.lastMonth))
                                          : tr("from %1").arg(charts->monthLabel(g.firstMonth));
        if (g.openEnded > 0)
            months += u"; "_s + tr("%n open-ended", nullptr, g.openEnded);
        ReportCell annual = plain(formatMoney(g.annual) + u"/yr"_s);
        if (g.unquantified > 0)
            annual << ReportSpan{tr("and %n placement(s) not quantified", nullptr, g.unquantified),
                                 ReportSpan::Small,
                                 {}};
        annual << ReportSpan{confidenceSummary(g.items), ReportSpan::Small, {}};
        out.row({plain(it.key()), plain(QLocale().toString(g.placements)), annual,
                 plain(formatMoney(g.overHorizon)),
                 plain(g.annual > 0 ? formatShare(g.escrowedAnnual / g.annual) : tr("no value")),
                 plain(months), plain(tr("%1 of %2").arg(g.snapback).arg(g.placements)),
                 plain(QLocale().toString(g.hard))});
    }
    out.endTable();

    addLargestPlacements(out, ph);
}

// The largest placements of a phase in full (under its summary table).
void ReportWriter::addLargestPlacements(ReportFlow &out, const Phase &ph) const
{
    QList<std::pair<double, const Placement *>> byValue; // annual relief, placement
    for (const Placement &pl : ph.reliefs) {
        const SanctionsItem *item = findItem(pl.item);
        byValue.append({(item ? item->annualValueUsd : 0) * pl.extent, &pl});
    }
    const auto listed = std::min<qsizetype>(kLargestListed, byValue.size());
    std::partial_sort(byValue.begin(), byValue.begin() + listed, byValue.end(),
                      [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<const Placement *> largest;
    for (qsizetype i = 0; i < listed; ++i)
        largest << byValue.at(i).second;
    out.paragraph(tr("The %n largest placement(s) of this phase:", nullptr, int(largest.size())),
                  ReportSpan::Small, {}, true);
    beginReliefTable(out);
    for (const Placement *pl : std::as_const(largest))
        out.row(reliefRow(*pl));
    out.endTable();
}

void ReportWriter::addWalkAway(ReportFlow &out) const
{
    const Plan &plan = m_exporter.plan();
    const FlowCharts *charts = m_exporter.charts();
    const ValueFlow &flow = charts->model()->flow();
    QList<int> months;
    for (const Phase &ph : plan.phases) {
        if (ph.end > 0)
            months << ph.end - 1;
    }
    if (flow.payoutMonth) {
        months << *flow.payoutMonth - 1 << *flow.payoutMonth;
        if (const std::optional<int> peak = charts->model()->peakExposureMonth())
            months << *peak;
    }
    std::sort(months.begin(), months.end());
    months.erase(std::unique(months.begin(), months.end()), months.end());
    months.removeIf([&flow](int m) { return m < 0 || m >= flow.months.size(); });
    out.heading(1, tr("Walk-away what-ifs"), true);
    out.paragraph(inducementSentence());
    out.paragraph(tr("What the counterpart keeps if it walks away at the end of a month: the "
                     "relief released so far, plus relief that does not end by itself (no "
                     "snapback, or hard to reverse) for up to 12 more months. Escrow freezes "
                     "and does not count. The values behind these figures: %1.")
                      .arg(relievedConfidence()),
                  ReportSpan::Small);
    if (months.isEmpty()) {
        out.paragraph(tr("No month to show: the plan has no phase that ends after month 0."));
        return;
    }
    out.beginTable({24, 19, 19, 19, 19},
                   {tr("Walk away at the end of month"), tr("Released so far"), tr("Keeps flowing"),
                    tr("Kept (exposure)"), tr("Escrow frozen")});
    for (int m : std::as_const(months)) {
        const WalkAway w = charts->model()->walkAwayAt(m);
        out.row({plain(charts->monthLabel(m)),
                 plain(formatMoney(w.releasedSoFar)),
                 plain(formatMoney(w.keepsFlowing)),
                 {ReportSpan{formatMoney(w.kept), ReportSpan::Bold, {}}},
                 plain(formatMoney(w.escrowFrozen))});
    }
    out.endTable();
}

} // namespace tranche
