// ReportWriter, the annex's sources: the reference value and its basis, the
// value, source and confidence of every item relieved and action required,
// and the plan's numbered bibliography.
#include "export/reportwriter.h"

#include "document/commands.h"
#include "export/reportcells.h"
#include "export/reportflow.h"
#include "flow/briefing.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tranche {

using namespace reportcells;

void ReportWriter::addSources(ReportFlow &out) const
{
    const Plan &plan = m_exporter.plan();
    out.heading(1, tr("Sources and confidence"), true);
    const double reference = plan.referenceValue();
    // The plan's basis ends its sentence here: its own full stop is not doubled.
    QString basis = fieldValue(plan.meta, MetaField::ReferenceBasis).toString().trimmed();
    if (basis.endsWith(u'.'))
        basis.chop(1);
    out.paragraph(
        (plan.meta.referenceValueUsd
             ? tr("Reference value (INT-1 cap base): %1, given in the plan.").arg(exact(reference))
             : tr("Reference value (INT-1 cap base): %1, the sum of the catalog items' "
                  "annual values.")
                   .arg(exact(reference))) +
        (basis.isEmpty() ? QString() : u" "_s + tr("Basis: %1.").arg(basis)) + u" "_s +
        tr("Money is in US dollars a year as the catalog gives it; a month is a twelfth."));

    QStringList itemIds, actionIds;
    QSet<QString> seenItems, seenActions;
    for (const Phase &ph : plan.phases) {
        for (const Placement &pl : ph.reliefs) {
            if (!seenItems.contains(pl.item)) {
                seenItems.insert(pl.item);
                itemIds << pl.item;
            }
        }
        for (const RequiredAction &ra : ph.actions) {
            if (!seenActions.contains(ra.action)) {
                seenActions.insert(ra.action);
                actionIds << ra.action;
            }
        }
    }
    out.heading(2, tr("Sanctions items relieved"));
    if (itemIds.isEmpty()) {
        out.paragraph(tr("No item is relieved."));
    } else {
        out.beginTable({24, 12, 24, 28, 12}, {tr("Item"), tr("Annual value"), tr("Value basis"),
                                              tr("Source"), tr("Confidence")});
        for (const QString &id : std::as_const(itemIds)) {
            const SanctionsItem *item = findItem(id);
            if (!item) {
                out.row({plain(id), plain(tr("no value")), plain(tr("not stated")),
                         plain(tr("not in the catalog")), plain(tr("not stated"))});
                continue;
            }
            out.row(
                {named(item->name.isEmpty() ? id : item->name, id),
                 plain(item->valueQuantified ? exact(item->annualValueUsd) : tr("not quantified")),
                 plain(item->valueBasis.isEmpty() ? tr("not stated") : item->valueBasis),
                 sourceCell(item->source), plain(confidenceInFull(item->confidence))});
        }
        out.endTable();
    }
    addKeptItems(out);
    out.heading(2, tr("Counterpart actions required"));
    if (actionIds.isEmpty()) {
        out.paragraph(tr("No action is required."));
    } else {
        out.beginTable({36, 8, 40, 16},
                       {tr("Action"), tr("Weight"), tr("Source"), tr("Confidence")});
        for (const QString &id : std::as_const(actionIds)) {
            const CounterpartAction *a = findAction(id);
            if (!a) {
                out.row({plain(id), plain(tr("unknown")), plain(tr("not in the catalog")),
                         plain(tr("not stated"))});
                continue;
            }
            out.row({named(a->name.isEmpty() ? id : a->name, id),
                     plain(QLocale().toString(a->weight)), sourceCell(a->source),
                     plain(confidenceInFull(a->confidence))});
        }
        out.endTable();
    }
    addBibliography(out);
}

// "[3], [7]" for the cited sources (the id itself for one not in the
// bibliography), then the rest of the source text.
ReportCell ReportWriter::sourceCell(const QString &source) const
{
    if (source.trimmed().isEmpty())
        return plain(tr("no source given"));
    const QStringList ids = citedSourceIds(source);
    const QList<Source> &sources = m_exporter.plan().meta.sources;
    QStringList refs;
    for (const QString &id : ids) {
        const auto at = std::find_if(sources.begin(), sources.end(),
                                     [&id](const Source &s) { return s.id == id; });
        refs << (at == sources.end() ? tr("%1 (not in the bibliography)").arg(id)
                                     : u"[%1]"_s.arg(at - sources.begin() + 1));
    }
    if (refs.isEmpty())
        return plain(source);
    ReportCell cell = plain(refs.join(u", "_s));
    if (const QString note = sourceNote(source); !note.isEmpty())
        cell << ReportSpan{note, ReportSpan::Small, {}};
    return cell;
}

// Every item that stays in force (relieved by no placement), by authority.
void ReportWriter::addKeptItems(ReportFlow &out) const
{
    const Plan &plan = m_exporter.plan();
    if (!headedPart(out, 2, tr("Items that stay in force"), m_briefing->kept.isEmpty(),
                    tr("None: every item of the catalog is relieved in some phase.")))
        return;
    out.beginTable({30, 12, 22, 12, 24}, {tr("Item"), tr("Authority"), tr("Why it stays"),
                                          tr("Annual value"), tr("Confidence")});
    for (const KeptItem &k : m_briefing->kept) {
        const SanctionsItem &item = plan.catalog.items.at(k.item);
        out.row({named(nameOrId(item), item.id), plain(authorityText(item.authority)),
                 plain(keptReasonText(k.reason)),
                 plain(item.valueQuantified ? exact(item.annualValueUsd) : tr("not quantified")),
                 plain(confidenceInFull(item.confidence))});
    }
    out.endTable();
}

// The plan's sources, numbered in their order: [n] publisher, title (year), url, id.
void ReportWriter::addBibliography(ReportFlow &out) const
{
    const QList<Source> &sources = m_exporter.plan().meta.sources;
    if (!headedPart(out, 2, tr("Bibliography"), sources.isEmpty(),
                    tr("The plan lists no sources: the source texts above stand as written.")))
        return;
    out.beginTable({6, 30, 30, 8, 26},
                   {tr("No."), tr("Title"), tr("Publisher"), tr("Year"), tr("Address")});
    for (int i = 0; i < sources.size(); ++i) {
        const Source &s = sources.at(i);
        out.row({named(u"[%1]"_s.arg(i + 1), s.id),
                 plain(s.title.isEmpty() ? tr("untitled") : s.title),
                 plain(s.publisher.isEmpty() ? tr("not stated") : s.publisher),
                 plain(s.year.isEmpty() ? tr("not stated") : s.year),
                 plain(s.url.isEmpty() ? tr("none given") : s.url)});
    }
    out.endTable();
    const QStringList unknown = m_briefing->unknownCitations;
    if (!unknown.isEmpty())
        out.paragraph(tr("Cited but not in the bibliography (the text stands as written): %1.")
                          .arg(unknown.join(u", "_s)),
                      ReportSpan::Small);
}

} // namespace tranche
