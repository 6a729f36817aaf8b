#include "timeline/timelinefindingindex.h"

#include <algorithm>

namespace tranche {

void TimelineFindingIndex::build(const Plan &plan, const QList<Finding> &findings)
{
    m_phaseIds.clear();
    m_phaseIndex.clear();
    m_counts.clear();
    m_items.clear();
    m_phaseIds.reserve(plan.phases.size());
    for (int i = 0; i < plan.phases.size(); ++i) {
        m_phaseIds.append(plan.phases.at(i).id);
        m_phaseIndex.insert(plan.phases.at(i).id, i);
    }
    for (const Finding &f : findings)
        count(f, 1);
}

bool TimelineFindingIndex::builtFor(const Plan &plan) const
{
    if (plan.phases.size() != m_phaseIds.size())
        return false;
    for (qsizetype i = 0; i < m_phaseIds.size(); ++i) {
        if (plan.phases.at(i).id != m_phaseIds.at(i))
            return false;
    }
    return true;
}

QList<int> TimelineFindingIndex::phasesChanged(const QList<Finding> &before,
                                               const QList<Finding> &after,
                                               const FindingsDiff &diff) const
{
    QList<int> phases;
    const auto note = [&](const QList<Finding> &list, qsizetype count) {
        for (qsizetype i = diff.prefix; i < diff.prefix + count; ++i) {
            const auto it = m_phaseIndex.constFind(list.at(i).phase);
            if (it != m_phaseIndex.cend() && (phases.isEmpty() || phases.constLast() != *it))
                phases.append(*it);
        }
    };
    note(before, diff.oldMiddle);
    note(after, diff.newMiddle);
    std::sort(phases.begin(), phases.end());
    phases.erase(std::unique(phases.begin(), phases.end()), phases.end());
    return phases;
}

void TimelineFindingIndex::update(const QList<Finding> &before, const QList<Finding> &after,
                                  const FindingsDiff &diff)
{
    for (qsizetype i = diff.prefix; i < diff.prefix + diff.oldMiddle; ++i)
        count(before.at(i), -1);
    for (qsizetype i = diff.prefix; i < diff.prefix + diff.newMiddle; ++i)
        count(after.at(i), 1);
}

void TimelineFindingIndex::count(const Finding &f, int sign)
{
    if (f.waived || f.phase.isEmpty())
        return;
    const auto it = m_phaseIndex.constFind(f.phase);
    if (it == m_phaseIndex.cend())
        return;
    Counts &c = m_counts[*it];
    switch (f.severity) {
    case Severity::Violation:
        c.violations += sign;
        break;
    case Severity::Warning:
        c.warnings += sign;
        break;
    case Severity::Info:
        c.infos += sign;
        break;
    }
    if (f.item.isEmpty())
        return;
    QHash<QString, SeverityCounts> &items = m_items[*it];
    SeverityCounts &n = items[f.item];
    n[std::size_t(f.severity)] += sign;
    if (n == SeverityCounts{})
        items.remove(f.item);
}

int TimelineFindingIndex::worstSeverity(int phase, const QString &item) const
{
    const auto items = m_items.constFind(phase);
    if (items == m_items.cend())
        return -1;
    const auto it = items->constFind(item);
    if (it == items->cend())
        return -1;
    for (int s = int(it->size()) - 1; s >= 0; --s) {
        if ((*it)[std::size_t(s)] > 0)
            return s;
    }
    return -1;
}

TimelineFindingIndex::PhaseBadges TimelineFindingIndex::badges(const Plan &plan, int phase,
                                                               int reliefs) const
{
    PhaseBadges b;
    b.counts = phaseCounts(phase);
    if (phase < 0 || phase >= plan.phases.size())
        return b;
    const QList<Placement> &list = plan.phases.at(phase).reliefs;
    const int n = std::min(reliefs, int(list.size()));
    b.worst.reserve(n);
    for (int i = 0; i < n; ++i)
        b.worst.append(worstSeverity(phase, list.at(i).item));
    return b;
}

} // namespace tranche
