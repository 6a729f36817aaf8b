// ReportWriter, the annex's findings: one section per rule with its counts,
// the findings (or, in a summary, the violations and waived ones), the
// waivers with their justifications, and stale waivers.
#include "export/reportwriter.h"

#include "export/reportcells.h"
#include "export/reportflow.h"
#include "rules/ruleengine.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tranche {

using namespace reportcells;

namespace {

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Violation:
        return ReportWriter::tr("Violation");
    case Severity::Warning:
        return ReportWriter::tr("Warning");
    case Severity::Info:
        return ReportWriter::tr("Info");
    }
    return {};
}

QColor severityColour(Severity s)
{
    switch (s) {
    case Severity::Violation:
        return QColor(0xc5, 0x30, 0x30);
    case Severity::Warning:
        return QColor(0xb7, 0x79, 0x1f);
    case Severity::Info:
        return QColor(0x2b, 0x6c, 0xb0);
    }
    return {};
}

} // namespace

ReportCell ReportWriter::waiverCell(const Finding &f) const
{
    ReportCell waiver;
    if (const Waiver *w = f.waived ? waiverFor(m_exporter.plan().waivers, f) : nullptr) {
        QString who = tr("Waived");
        if (!w->author.isEmpty())
            who += tr(" by %1").arg(w->author);
        if (w->date.isValid())
            who += tr(" on %1").arg(w->date.toString(Qt::ISODate));
        waiver << ReportSpan{who + u':', ReportSpan::Bold, {}}
               << ReportSpan{w->justification, ReportSpan::Body, {}};
    } else if (f.waived) {
        waiver << ReportSpan{tr("Waived"), ReportSpan::Bold, {}};
    } else {
        waiver << ReportSpan{tr("not waived"), ReportSpan::Small, {}};
    }
    return waiver;
}

void ReportWriter::addFindings(ReportFlow &out) const
{
    const QList<Finding> &findings = m_exporter.findings();
    out.heading(1, tr("Findings"), true);
    if (findings.isEmpty())
        out.paragraph(tr("The principles engine found nothing to report."));
    if (m_summary && !findings.isEmpty())
        out.paragraph(tr("Summary: every violation and every waived finding is listed; warnings "
                         "and information are counted per phase."),
                      ReportSpan::Small);

    // One section per rule, in rule order; findings keep the engine's order.
    QMap<QString, QList<const Finding *>> byRule;
    for (const Finding &f : findings)
        byRule[f.rule] << &f;
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
        addRuleFindings(out, it.key(), it.value());
    addStaleWaivers(out);
}

// One rule's section: its counts, then its findings (in summary mode only
// violations and waived ones, the rest counted per phase).
void ReportWriter::addRuleFindings(ReportFlow &out, const QString &rule,
                                   const QList<const Finding *> &group) const
{
    int counts[3] = {0, 0, 0};
    int waived = 0;
    for (const Finding *f : group) {
        ++counts[std::clamp(int(f->severity), 0, 2)];
        waived += f->waived ? 1 : 0;
    }
    const QString principle = group.first()->principle;
    out.heading(3, principle.isEmpty() ? rule : tr("%1: %2").arg(rule, principle));
    out.paragraph(tr("%1 violations, %2 warnings, %3 info, %4 waived")
                      .arg(counts[int(Severity::Violation)])
                      .arg(counts[int(Severity::Warning)])
                      .arg(counts[int(Severity::Info)])
                      .arg(waived),
                  ReportSpan::Small);
    QList<const Finding *> listed;
    QMap<QString, int> unlistedPerPhase; // phase -> count (summary only)
    int unlisted = 0;
    for (const Finding *f : group) {
        if (!m_summary || f->waived || f->severity == Severity::Violation) {
            listed << f;
        } else {
            ++unlistedPerPhase[f->phase.isEmpty() ? tr("plan-wide") : f->phase];
            ++unlisted;
        }
    }
    if (!listed.isEmpty()) {
        if (waived > 0)
            out.beginTable({9, 8, 12, 45, 26},
                           {tr("Severity"), tr("Phase"), tr("Item"), tr("Finding"), tr("Waiver")});
        else
            out.beginTable({9, 8, 12, 71},
                           {tr("Severity"), tr("Phase"), tr("Item"), tr("Finding")});
        for (const Finding *f : std::as_const(listed)) {
            QList<ReportCell> cells{{ReportSpan{severityText(f->severity), ReportSpan::Bold,
                                                severityColour(f->severity)}},
                                    plain(f->phase.isEmpty() ? tr("plan-wide") : f->phase),
                                    plain(f->item.isEmpty() ? tr("none") : f->item),
                                    plain(f->message)};
            if (waived > 0)
                cells << waiverCell(*f);
            out.row(cells);
        }
        out.endTable();
    }
    if (unlisted > 0) {
        QStringList perPhase;
        for (auto p = unlistedPerPhase.cbegin(); p != unlistedPerPhase.cend(); ++p)
            perPhase << tr("%1 (%2)").arg(p.key()).arg(p.value());
        out.paragraph(tr("Not listed: %n warning(s) and information finding(s), per phase: %1.",
                         nullptr, unlisted)
                          .arg(perPhase.join(u", "_s)),
                      ReportSpan::Small);
    }
}

// Waivers that match no current finding.
void ReportWriter::addStaleWaivers(ReportFlow &out) const
{
    const Plan &plan = m_exporter.plan();
    const QList<Finding> &findings = m_exporter.findings();
    QList<const Waiver *> stale;
    for (const Waiver &w : plan.waivers) {
        const bool matched = std::any_of(findings.begin(), findings.end(), [&](const Finding &f) {
            return w.rule == f.rule && w.phase == f.phase && w.item == f.item;
        });
        if (!matched)
            stale << &w;
    }
    if (!stale.isEmpty()) {
        out.heading(3, tr("Stale waivers (no current finding matches them)"));
        out.beginTable({10, 10, 14, 40, 14, 12}, {tr("Rule"), tr("Phase"), tr("Item"),
                                                  tr("Justification"), tr("Author"), tr("Date")});
        for (const Waiver *w : std::as_const(stale))
            out.row(
                {plain(w->rule), plain(w->phase.isEmpty() ? tr("plan-wide") : w->phase),
                 plain(w->item.isEmpty() ? tr("none") : w->item), plain(w->justification),
                 plain(w->author.isEmpty() ? tr("not recorded") : w->author),
                 plain(w->date.isValid() ? w->date.toString(Qt::ISODate) : tr("not recorded"))});
        out.endTable();
    }
}

} // namespace tranche
