#include "flow/briefing.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

bool isIdChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') ||
           u == u'.' || u == u'_' || u == u'-';
}

// The cited ids and where the note after them starts (-1: no citation).
std::pair<QStringList, qsizetype> parseCitation(const QString &text)
{
    QStringList ids;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (true) {
        while (i < n && text.at(i) == u' ')
            ++i;
        const qsizetype start = i;
        // An id, but not the '-' of a " - " separator.
        while (i < n && isIdChar(text.at(i)) &&
               !(text.at(i) == u'-' && i + 1 < n && text.at(i + 1) == u' ' && i > start))
            ++i;
        if (i == start)
            return {{}, -1};
        ids.append(text.mid(start, i - start));
        while (i < n && text.at(i) == u' ')
            ++i;
        if (i == n)
            return {ids, n};
        if (text.at(i) == u';') {
            ++i;
            continue;
        }
        if (text.at(i) == u'-' && (i + 1 == n || text.at(i + 1) == u' '))
            return {ids, std::min(n, i + 2)};
        return {{}, -1}; // prose, not a list of ids
    }
}

// Whether any placement relieves the item (extent > 0).
QSet<QString> relievedItems(const Plan &plan)
{
    QSet<QString> out;
    for (const Phase &ph : plan.phases) {
        for (const Placement &pl : ph.reliefs) {
            if (pl.extent > 0)
                out.insert(pl.item);
        }
    }
    return out;
}

QList<KeptItem> keptItems(const Plan &plan)
{
    const QSet<QString> relieved = relievedItems(plan);
    QList<KeptItem> kept;
    for (int i = 0; i < plan.catalog.items.size(); ++i) {
        const SanctionsItem &it = plan.catalog.items.at(i);
        if (relieved.contains(it.id))
            continue;
        KeptItem k{i, KeptItem::Reason::Unrelieved};
        if (isRetainedClass(it.targeted))
            k.reason = KeptItem::Reason::Targeted;
        else if (it.fatf)
            k.reason = KeptItem::Reason::Fatf;
        kept.append(k);
    }
    std::stable_sort(kept.begin(), kept.end(), [&plan](const KeptItem &a, const KeptItem &b) {
        const Authority x = plan.catalog.items.at(a.item).authority;
        const Authority y = plan.catalog.items.at(b.item).authority;
        return x != y ? x < y : a.reason < b.reason;
    });
    return kept;
}

QList<TradePhase> tradeOf(const Plan &plan, const QHash<QString, const SanctionsItem *> &items)
{
    QList<TradePhase> trade;
    for (int p = 0; p < plan.phases.size(); ++p) {
        const Phase &ph = plan.phases.at(p);
        TradePhase t;
        t.phase = p;
        for (int a = 0; a < ph.actions.size(); ++a)
            t.steps.append(a);
        for (int r = 0; r < ph.reliefs.size(); ++r) {
            const Placement &pl = ph.reliefs.at(r);
            t.reliefs.append(r);
            const SanctionsItem *item = items.value(pl.item);
            if (!item)
                continue;
            if (!item->valueQuantified && !t.unquantified.contains(item->id))
                t.unquantified.append(item->id);
            const double annual = item->annualValueUsd * pl.extent;
            t.annualRelief += annual;
            t.escrowedAnnual += annual * std::clamp(pl.escrowShare, 0.0, 1.0);
        }
        trade.append(t);
    }
    return trade;
}

// Months with a verified required action in which no relief flows at all.
QList<int> stepsForNothing(const Plan &plan, const ValueFlow &flow)
{
    QSet<int> verified;
    for (const Phase &ph : plan.phases) {
        for (const RequiredAction &ra : ph.actions)
            verified.insert(ra.verifiedMonth);
    }
    QList<int> out;
    for (int m : std::as_const(verified)) {
        const bool released = m >= 0 && m < flow.months.size() && flow.months.at(m).released > 0;
        const bool active =
            std::any_of(plan.phases.begin(), plan.phases.end(), [m](const Phase &ph) {
                return std::any_of(ph.reliefs.begin(), ph.reliefs.end(), [m](const Placement &pl) {
                    return pl.extent > 0 && pl.isActive(m);
                });
            });
        if (!released && !active)
            out.append(m);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<LastingRelief> lastingRelief(const Plan &plan,
                                   const QHash<QString, const SanctionsItem *> &items)
{
    QList<LastingRelief> out;
    for (int p = 0; p < plan.phases.size(); ++p) {
        const QList<Placement> &reliefs = plan.phases.at(p).reliefs;
        for (int r = 0; r < reliefs.size(); ++r) {
            const Placement &pl = reliefs.at(r);
            const SanctionsItem *item = items.value(pl.item);
            const bool hard = item && item->reversibility == Reversibility::Hard;
            if (item && (!pl.snapback || hard))
                out.append({{p, r}, !pl.end.has_value(), hard});
        }
    }
    return out;
}

InducementFacts inducementOf(const ValueFlow &flow)
{
    InducementFacts f;
    f.ratio = flow.inducementRatio;
    f.payoutMonth = flow.payoutMonth;
    if (!flow.payoutMonth)
        return f;
    const int p = *flow.payoutMonth;
    for (const FlowMonth &m : flow.months) {
        if (m.month >= p && m.month <= p + 11)
            f.releasedAfterPayout += m.released;
        if (m.month < p)
            f.peakExposure = std::max(f.peakExposure, m.exposure);
    }
    return f;
}

} // namespace

QStringList unknownSourceCitations(const Plan &plan)
{
    QStringList out;
    if (plan.meta.sources.isEmpty())
        return out; // without a bibliography a source text cites nothing
    const auto check = [&](const QString &owner, const QString &source) {
        for (const QString &id : citedSourceIds(source)) {
            if (!plan.meta.source(id))
                out.append(owner + u": "_s + id);
        }
    };
    for (const SanctionsItem &it : plan.catalog.items)
        check(it.id, it.source);
    for (const CounterpartAction &a : plan.catalog.actions)
        check(a.id, a.source);
    return out;
}

QStringList citedSourceIds(const QString &sourceText)
{
    return parseCitation(sourceText).first;
}

QString sourceNote(const QString &sourceText)
{
    const auto [ids, at] = parseCitation(sourceText);
    return at < 0 ? sourceText : sourceText.mid(at).trimmed();
}

Briefing computeBriefing(const Plan &plan, const ValueFlow &flow, const QList<Finding> &findings)
{
    QHash<QString, const SanctionsItem *> items;
    for (auto it = plan.catalog.items.crbegin(); it != plan.catalog.items.crend(); ++it)
        items.insert(it->id, &*it); // the first item of an id wins
    Briefing b;
    b.trade = tradeOf(plan, items);
    b.kept = keptItems(plan);
    for (const FlowMonth &m : flow.months) {
        if (flow.payoutMonth && m.month >= *flow.payoutMonth)
            break;
        if (m.exposure > b.peakExposure) {
            b.peakExposure = m.exposure;
            b.peakExposureMonth = m.month;
        }
    }
    b.stepsForNothing = stepsForNothing(plan, flow);
    b.lasting = lastingRelief(plan, items);
    for (const Finding &f : findings) {
        if (f.waived)
            ++b.waivedFindings;
        else if (f.severity == Severity::Violation)
            ++b.openViolations;
    }
    b.inducement = inducementOf(flow);
    b.horizon = flow.horizon;
    b.releasedOverHorizon = flow.months.isEmpty() ? 0 : flow.months.last().releasedCumulative;
    b.unknownCitations = unknownSourceCitations(plan);
    return b;
}

} // namespace tranche
