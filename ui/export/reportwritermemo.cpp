// ReportWriter, page 1: the memo, bottom line up front. The decision asked,
// what the plan trades (they do / we give / we keep), and the key risks, from
// the facts computeBriefing() finds; every money figure with the confidence
// of the values behind it. Everything after it is the annex.
#include "export/reportwriter.h"

#include "charts/flowcharts.h"
#include "export/reportcells.h"
#include "export/reportflow.h"
#include "flow/briefing.h"
#include "models/flowtablemodel.h"

#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tranche {

using namespace reportcells;

namespace {

// Names shown in a memo cell before "and N more".
constexpr int kNamesShown = 2;
// Phases with a row of their own in the memo; the rest share one row.
constexpr int kMemoPhases = 4;
// Items that stay in force named in the memo, per authority.
constexpr int kKeptNamed = 15;

QString someNames(const QStringList &names)
{
    if (names.size() <= kNamesShown)
        return names.join(u"; "_s);
    return ReportWriter::tr("%1; and %n more", nullptr, int(names.size() - kNamesShown))
        .arg(names.mid(0, kNamesShown).join(u"; "_s));
}

} // namespace

QString ReportWriter::monthText(int month) const
{
    return m_exporter.charts()->monthLabel(month);
}

// The confidence of the values of the items a phase relieves.
QString ReportWriter::phaseConfidence(const Phase &ph) const
{
    QList<const SanctionsItem *> items;
    for (const Placement &pl : ph.reliefs) {
        if (const SanctionsItem *item = findItem(pl.item); item && !items.contains(item))
            items << item;
    }
    return confidenceSummary(items);
}

// The confidence of the values of every item the plan relieves.
QString ReportWriter::relievedConfidence() const
{
    QList<const SanctionsItem *> items;
    for (const Phase &ph : m_exporter.plan().phases) {
        for (const Placement &pl : ph.reliefs) {
            if (const SanctionsItem *item = findItem(pl.item); item && !items.contains(item))
                items << item;
        }
    }
    return confidenceSummary(items);
}

// The inducement ratio with what it compares (or why there is none).
QString ReportWriter::inducementValue() const
{
    const InducementFacts &f = m_briefing->inducement;
    if (!f.payoutMonth)
        return tr("undefined: no final phase requires an action, so escrow is never paid out");
    if (*f.payoutMonth == 0)
        return tr("undefined: the payout month is the plan's first month");
    if (!f.ratio)
        return tr("undefined: nothing is exposed before the payout in %1")
            .arg(monthText(*f.payoutMonth));
    return tr("%1x: %2 released in the 12 months from the payout in %3 against %4, the most the "
              "counterpart keeps by walking away before it")
        .arg(QLocale().toString(*f.ratio, 'f', *f.ratio >= 100 ? 0 : 1),
             formatMoney(f.releasedAfterPayout), monthText(*f.payoutMonth),
             formatMoney(f.peakExposure));
}

QString ReportWriter::inducementSentence() const
{
    return tr("Inducement ratio %1.").arg(inducementValue());
}

void ReportWriter::addMemo(ReportFlow &out) const
{
    const Plan &plan = m_exporter.plan(); // its title and facts head the page
    out.heading(2, tr("Decision asked"));
    out.paragraph(plan.meta.decisionAsked.trimmed().isEmpty()
                      ? tr("The plan states no decision for its reader to take.")
                      : plan.meta.decisionAsked.trimmed());

    out.heading(2, tr("What the plan trades"));
    addTrade(out);
    addKept(out);
    out.heading(2, tr("Key risks"));
    addRisks(out);
    out.paragraph(tr("Everything after this page is the annex: key figures, the timeline, the "
                     "value charts, each phase in full, walk-away what-ifs, findings with "
                     "waivers, and the sources with a numbered bibliography."),
                  ReportSpan::Small);
}

// They do / we give: one row per phase.
void ReportWriter::addTrade(ReportFlow &out) const
{
    const Plan &plan = m_exporter.plan();
    if (plan.phases.isEmpty()) {
        out.paragraph(tr("Nothing yet: the plan has no phases."));
        return;
    }
    out.beginTable({18, 34, 32, 16}, {tr("Phase"), tr("They do (counterpart steps)"),
                                      tr("We give (relief a year)"), tr("Escrow")});
    const QList<TradePhase> &trade = m_briefing->trade;
    const qsizetype own = trade.size() > kMemoPhases ? kMemoPhases - 1 : trade.size();
    for (qsizetype i = 0; i < own; ++i) {
        const TradePhase &t = trade.at(i);
        const Phase &ph = plan.phases.at(t.phase);
        ReportCell phase = plain(ph.name.isEmpty() ? ph.id : ph.name);
        phase << ReportSpan{
            (ph.kind == PhaseKind::Final ? tr("final, %1 to %2") : tr("interim, %1 to %2"))
                .arg(monthText(ph.start), monthText(std::max(ph.start, ph.end - 1))),
            ReportSpan::Small,
            {}};
        QStringList steps;
        int last = -1;
        for (int a : t.steps) {
            const RequiredAction &ra = ph.actions.at(a);
            steps << nameOrId(findAction(ra.action), ra.action);
            last = std::max(last, ra.verifiedMonth);
        }
        ReportCell they = plain(
            steps.isEmpty() ? tr("no step required")
                            : tr("%n step(s), the last verified in %1", nullptr, int(steps.size()))
                                  .arg(monthText(last)));
        if (!steps.isEmpty())
            they << ReportSpan{someNames(steps), ReportSpan::Small, {}};
        out.row({phase, they, giveCell(t), escrowCell(t)});
    }
    if (own < trade.size())
        addTradeRest(out, trade.mid(own));
    out.endTable();
}

// The phases after the first few, in one row of totals.
void ReportWriter::addTradeRest(ReportFlow &out, const QList<TradePhase> &rest) const
{
    const Plan &plan = m_exporter.plan();
    TradePhase sum;
    int steps = 0;
    QSet<QString> unquantified;
    for (const TradePhase &t : rest) {
        steps += int(t.steps.size());
        sum.annualRelief += t.annualRelief;
        sum.escrowedAnnual += t.escrowedAnnual;
        sum.reliefs += t.reliefs;
        for (const QString &id : t.unquantified)
            unquantified.insert(id);
    }
    const Phase &first = plan.phases.at(rest.first().phase);
    const Phase &last = plan.phases.at(rest.last().phase);
    ReportCell give = plain(tr("%1 a year, %n placement(s)", nullptr, int(sum.reliefs.size()))
                                .arg(formatMoney(sum.annualRelief)));
    if (!unquantified.isEmpty())
        give << ReportSpan{tr("plus %n item(s) not quantified", nullptr, int(unquantified.size())),
                           ReportSpan::Small,
                           {}};
    give << ReportSpan{relievedConfidence(), ReportSpan::Small, {}};
    out.row({{ReportSpan{tr("%n more phase(s)", nullptr, int(rest.size())), ReportSpan::Body, {}},
              ReportSpan{
                  tr("%1 to %2, each in the annex")
                      .arg(monthText(first.start), monthText(std::max(last.start, last.end - 1))),
                  ReportSpan::Small,
                  {}}},
             plain(tr("%n step(s) in all", nullptr, steps)),
             give,
             sum.reliefs.isEmpty() ? plain(tr("no relief")) : escrowShareCell(sum)});
}

ReportCell ReportWriter::giveCell(const TradePhase &t) const
{
    const Phase &ph = m_exporter.plan().phases.at(t.phase);
    if (t.reliefs.isEmpty())
        return plain(tr("no relief"));
    QStringList names;
    for (int r : t.reliefs) {
        const Placement &pl = ph.reliefs.at(r);
        const QString name = nameOrId(findItem(pl.item), pl.item);
        if (!names.contains(name))
            names << name;
    }
    ReportCell cell = plain(tr("%1 a year, %n placement(s)", nullptr, int(t.reliefs.size()))
                                .arg(formatMoney(t.annualRelief)));
    if (!t.unquantified.isEmpty())
        cell << ReportSpan{
            tr("plus %n item(s) not quantified", nullptr, int(t.unquantified.size())),
            ReportSpan::Small,
            {}};
    cell << ReportSpan{phaseConfidence(ph), ReportSpan::Small, {}}
         << ReportSpan{someNames(names), ReportSpan::Small, {}};
    return cell;
}

ReportCell ReportWriter::escrowCell(const TradePhase &t) const
{
    if (t.reliefs.isEmpty())
        return plain(tr("no relief"));
    return escrowShareCell(t);
}

ReportCell ReportWriter::escrowShareCell(const TradePhase &t) const
{
    if (t.escrowedAnnual <= 0)
        return plain(tr("none: all released"));
    if (t.annualRelief <= 0)
        return plain(tr("escrowed, no quantified value"));
    return {ReportSpan{formatShare(t.escrowedAnnual / t.annualRelief), ReportSpan::Body, {}},
            ReportSpan{tr("%1 a year held until the payout").arg(formatMoney(t.escrowedAnnual)),
                       ReportSpan::Small,
                       {}}};
}

// We keep: what stays in force, by authority.
void ReportWriter::addKept(ReportFlow &out) const
{
    const Plan &plan = m_exporter.plan();
    if (!headedPart(out, 3, tr("We keep (stays in force)"), m_briefing->kept.isEmpty(),
                    tr("Nothing: every item of the catalog is relieved in some phase.")))
        return;
    QMap<int, QList<const KeptItem *>> byAuthority;
    for (const KeptItem &k : m_briefing->kept)
        byAuthority[int(plan.catalog.items.at(k.item).authority)] << &k;
    out.beginTable({22, 78}, {tr("Authority"), tr("Items in force")});
    for (auto it = byAuthority.cbegin(); it != byAuthority.cend(); ++it) {
        QMap<int, int> counts;
        QStringList names;
        for (const KeptItem *k : it.value()) {
            ++counts[int(k->reason)];
            names << nameOrId(plan.catalog.items.at(k->item));
        }
        QStringList what;
        for (auto c = counts.cbegin(); c != counts.cend(); ++c)
            what << keptReasonCount(KeptItem::Reason(c.key()), c.value());
        const QString shown = names.size() <= kKeptNamed
                                  ? names.join(u"; "_s)
                                  : tr("%1; and %n more (the annex lists every item in force)",
                                       nullptr, int(names.size() - kKeptNamed))
                                        .arg(names.mid(0, kKeptNamed).join(u"; "_s));
        out.row({{ReportSpan{authorityText(Authority(it.key())), ReportSpan::Body, {}},
                  ReportSpan{what.join(u", "_s), ReportSpan::Small, {}}},
                 small(shown)});
    }
    out.endTable();
}

void ReportWriter::addRisks(ReportFlow &out) const
{
    const Briefing &b = *m_briefing;
    out.beginTable({26, 74}, {tr("Risk"), tr("In this plan")});
    ReportCell exposure = plain(
        b.peakExposureMonth
            ? tr("%1 if the counterpart walks away at the end of %2%3")
                  .arg(formatMoney(b.peakExposure), monthText(*b.peakExposureMonth),
                       b.inducement.payoutMonth ? tr(", before the payout in %1")
                                                      .arg(monthText(*b.inducement.payoutMonth))
                                                : tr(" (the plan has no payout)"))
            : tr("none: the counterpart keeps nothing by walking away before the payout"));
    exposure << ReportSpan{relievedConfidence(), ReportSpan::Small, {}};
    out.row({plain(tr("Largest exposure before payout")), exposure});

    QStringList months;
    for (int m : b.stepsForNothing)
        months << monthText(m);
    out.row({plain(tr("Steps for nothing")),
             plain(months.isEmpty()
                       ? tr("none: relief flows in every month a required step is verified")
                       : tr("%n month(s) in which a required step is verified while no relief "
                            "flows at all: %1",
                            nullptr, int(months.size()))
                             .arg(months.join(u", "_s)))});
    out.row({plain(tr("Relief that does not end by itself")), lastingCell()});

    out.row({plain(tr("Open violations and waivers")),
             plain(tr("%n open violation(s)", nullptr, b.openViolations) + u"; "_s +
                   tr("%n finding(s) waived, each with its justification in the annex", nullptr,
                      b.waivedFindings))});
    out.endTable();
}

ReportCell ReportWriter::lastingCell() const
{
    const Plan &plan = m_exporter.plan();
    const QList<LastingRelief> &lasting = m_briefing->lasting;
    if (lasting.isEmpty())
        return plain(tr("none: every placement has snapback and is easy to reverse"));
    int open = 0;
    QStringList names;
    QList<const SanctionsItem *> items;
    for (const LastingRelief &l : lasting) {
        const Placement &pl = *placementAt(plan, l.at);
        open += l.openEnded ? 1 : 0;
        const SanctionsItem *item = findItem(pl.item);
        const QString name = nameOrId(item, pl.item);
        if (!names.contains(name))
            names << name;
        if (!items.contains(item))
            items << item;
    }
    return {ReportSpan{tr("%n placement(s) without snapback or hard to reverse, %1 of them "
                          "open-ended: the counterpart keeps them after walking away",
                          nullptr, int(lasting.size()))
                           .arg(open),
                       ReportSpan::Body,
                       {}},
            ReportSpan{someNames(names), ReportSpan::Small, {}},
            ReportSpan{confidenceSummary(items), ReportSpan::Small, {}}};
}

} // namespace tranche
