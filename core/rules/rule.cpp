#include "rules/rule.h"

#include "rules/ruleprofile.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tranche {

QString toString(Severity s)
{
    return s == Severity::Info      ? QStringLiteral("info")
           : s == Severity::Warning ? QStringLiteral("warning")
                                    : QStringLiteral("violation");
}

namespace tolerance {
namespace {
double slack(double a, double b)
{
    return kRelative * std::max(std::fabs(a), std::fabs(b));
}
} // namespace
bool atMost(double value, double threshold)
{
    return value <= threshold + slack(value, threshold);
}
bool atLeast(double value, double threshold)
{
    return value >= threshold - slack(value, threshold);
}
} // namespace tolerance

double stepValueAt(const StepFunction &f, int month)
{
    // Last point whose month is <= month.
    auto it = std::upper_bound(f.cbegin(), f.cend(), month,
                               [](int m, const StepPoint &p) { return m < p.month; });
    if (it == f.cbegin())
        return 0;
    return std::prev(it)->value;
}

namespace {

// buildReliefSteps() over sparse months: compressed to the ones that occur.
StepFunction sparseReliefSteps(const QList<Placement> &placements, const QList<double> &annual)
{
    QList<int> months;
    months.reserve(placements.size() * 2);
    for (const Placement &pl : placements) {
        if (pl.end && *pl.end <= pl.start)
            continue;
        months.append(pl.start);
        if (pl.end)
            months.append(*pl.end);
    }
    std::sort(months.begin(), months.end());
    months.erase(std::unique(months.begin(), months.end()), months.end());
    QList<double> delta(months.size(), 0.0);
    QList<int> count(months.size(), 0);
    auto slot = [&](int m) {
        return std::lower_bound(months.cbegin(), months.cend(), m) - months.cbegin();
    };
    for (qsizetype i = 0; i < placements.size(); ++i) {
        const Placement &pl = placements.at(i);
        if (pl.end && *pl.end <= pl.start)
            continue;
        delta[slot(pl.start)] += annual.at(i);
        ++count[slot(pl.start)];
        if (pl.end) {
            delta[slot(*pl.end)] -= annual.at(i);
            --count[slot(*pl.end)];
        }
    }
    StepFunction f;
    double sum = 0;
    int active = 0;
    for (qsizetype k = 0; k < months.size(); ++k) {
        sum += delta.at(k);
        active += count.at(k);
        if (active == 0)
            sum = 0;
        if (f.isEmpty() || f.constLast().value != sum)
            f.append({months.at(k), sum});
    }
    return f;
}

} // namespace

StepFunction buildReliefSteps(const QList<Placement> &placements, const QList<double> &annual)
{
    // Per month: the change of the sum (starts and ends added in placement
    // order) and of the number of active placements; then a running sum.
    // Zero-length placements are active in no month and skipped.
    int first = std::numeric_limits<int>::max();
    int last = std::numeric_limits<int>::min();
    for (const Placement &pl : placements) {
        if (pl.end && *pl.end <= pl.start)
            continue;
        first = std::min(first, pl.start);
        last = std::max(last, pl.end ? *pl.end : pl.start);
    }
    if (first > last)
        return {};
    const qsizetype range = qsizetype(last) - first + 1;
    if (range > 4 * placements.size() + 64)
        return sparseReliefSteps(placements, annual);
    QVarLengthArray<double, 256> delta(range, 0.0);
    QVarLengthArray<int, 256> count(range, 0);
    for (qsizetype i = 0; i < placements.size(); ++i) {
        const Placement &pl = placements.at(i);
        if (pl.end && *pl.end <= pl.start)
            continue;
        delta[pl.start - first] += annual.at(i);
        ++count[pl.start - first];
        if (pl.end) {
            delta[*pl.end - first] -= annual.at(i);
            --count[*pl.end - first];
        }
    }
    StepFunction f;
    double sum = 0;
    int active = 0;
    for (qsizetype k = 0; k < range; ++k) {
        if (count[k] == 0 && delta[k] == 0)
            continue; // nothing starts or ends this month
        sum += delta[k];
        active += count[k];
        if (active == 0)
            sum = 0; // no rounding residue when nothing is active
        if (f.isEmpty() || f.constLast().value != sum)
            f.append({first + int(k), sum});
    }
    return f;
}

const SanctionsItem *RuleContext::item(const QString &id) const
{
    return index.item(plan.catalog, id);
}

const CounterpartAction *RuleContext::action(const QString &id) const
{
    return index.action(plan.catalog, id);
}

QString RuleContext::itemLabel(const QString &id) const
{
    return itemLabel(item(id), id);
}

double RuleContext::threshold(const QString &rule, const QString &key) const
{
    return profile.threshold(rule, key);
}

Programs PhaseInput::gatedPrograms() const
{
    Programs p;
    for (const CounterpartAction *a : actions) {
        if (a)
            p |= a->completes;
    }
    return p;
}

PhaseInput resolvePhase(const RuleContext &ctx, const Phase &phase, int index)
{
    PhaseInput in;
    in.index = index;
    in.phase = &phase;
    in.items.reserve(phase.reliefs.size());
    in.annual.reserve(phase.reliefs.size());
    for (const Placement &pl : phase.reliefs) {
        const SanctionsItem *it = ctx.item(pl.item);
        in.items.append(it);
        in.annual.append(it ? it->annualValueUsd * pl.extent : 0.0);
    }
    in.actions.reserve(phase.actions.size());
    for (const RequiredAction &ra : phase.actions)
        in.actions.append(ctx.action(ra.action));
    in.relief = buildReliefSteps(phase.reliefs, in.annual);
    return in;
}

PhaseSummary summarizePhase(const RuleContext &ctx, const PhaseInput &in)
{
    PhaseSummary s;
    const Phase &ph = *in.phase;
    s.kind = ph.kind;
    s.relief = in.relief;
    for (int i = 0; i < ph.reliefs.size(); ++i) {
        if (s.minStartRelief < 0 || ph.reliefs.at(i).start < s.minStart) {
            s.minStart = ph.reliefs.at(i).start;
            s.minStartRelief = i;
        }
    }
    if (ph.kind == PhaseKind::Final) {
        const SanctionsItem *first = ctx.plan.catalog.items.constData();
        for (int i = 0; i < ph.reliefs.size(); ++i) {
            const Placement &pl = ph.reliefs.at(i);
            if (!in.items.at(i))
                continue;
            const int item = int(in.items.at(i) - first);
            auto it = std::lower_bound(
                s.finalExtents.begin(), s.finalExtents.end(), item,
                [](const std::pair<int, double> &e, int key) { return e.first < key; });
            if (it != s.finalExtents.end() && it->first == item)
                it->second = std::max(it->second, pl.extent);
            else
                s.finalExtents.insert(it, {item, pl.extent});
        }
    }
    return s;
}

void FindingSink::setRule(int order, const QString &id, const QString &principle)
{
    m_order = order;
    m_id = id;
    m_principle = principle;
}

void FindingSink::add(Severity severity, int phase, int relief, const QString &item,
                      const QString &message)
{
    OrderedFinding f;
    f.finding.rule = m_id;
    f.finding.severity = severity;
    f.finding.phase = phase >= 0 ? m_plan.phases.at(phase).id : QString();
    f.finding.item = item;
    f.finding.message = message;
    f.finding.principle = m_principle;
    f.phase = phase;
    f.rule = m_order;
    f.relief = relief;
    m_out.append(std::move(f));
}

QString Rule::principle() const
{
    return QCoreApplication::translate("tranche", m_spec.principle);
}

void flagInterimItems(const PhaseInput &in, FindingSink &sink,
                      bool (*flagged)(const SanctionsItem &), const char *message)
{
    if (!in.isInterim())
        return;
    RuleMessage text(message);
    for (int i = 0; i < in.items.size(); ++i) {
        const SanctionsItem *it = in.items.at(i);
        if (it && flagged(*it))
            sink.add(Severity::Violation, in.index, i, it->id, text.arg({in.label(i)}));
    }
}

void flagEarlyStarts(const PhaseInput &in, FindingSink &sink, int month,
                     bool (*flagged)(const SanctionsItem *), const char *message)
{
    RuleMessage text(message);
    const QList<Placement> &reliefs = in.phase->reliefs;
    for (int i = 0; i < reliefs.size(); ++i) {
        const Placement &pl = reliefs.at(i);
        if (pl.start >= month || (flagged && !flagged(in.items.at(i))))
            continue;
        sink.add(Severity::Violation, in.index, i, pl.item,
                 text.arg({in.label(i), Number(pl.start), Number(month)}));
    }
}

MessageTemplate::MessageTemplate(const QString &text) : m_text(text)
{
    qsizetype literal = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i + 1);
        if (text.at(i) != u'%' || c < u'1' || c > u'9')
            continue;
        if (i > literal)
            m_pieces.append({literal, i - literal, -1});
        m_pieces.append({0, 0, c.unicode() - u'1'});
        literal = i + 2;
        ++i;
    }
    if (literal < text.size())
        m_pieces.append({literal, text.size() - literal, -1});
}

QString MessageTemplate::arg(std::initializer_list<QStringView> args) const
{
    const QStringView *a = args.begin();
    const qsizetype n = qsizetype(args.size());
    qsizetype size = 0;
    for (const Piece &p : m_pieces)
        size += p.arg < 0 ? p.length : (p.arg < n ? a[p.arg].size() : 2);
    QString out;
    out.reserve(size);
    for (const Piece &p : m_pieces) {
        if (p.arg < 0)
            out.append(QStringView(m_text).mid(p.from, p.length));
        else if (p.arg < n)
            out.append(a[p.arg]);
        else
            out.append(u'%').append(QChar(u'1' + p.arg)); // no such argument: kept as written
    }
    return out;
}

QString RuleMessage::arg(std::initializer_list<QStringView> args)
{
    if (m_text.isNull())
        m_text = MessageTemplate(QCoreApplication::translate("tranche", m_source));
    return m_text.arg(args);
}

Number::Number(qint64 value)
{
    const bool negative = value < 0;
    quint64 v = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        m_buffer[--m_start] = char16_t(u'0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        m_buffer[--m_start] = u'-';
}

QString programsText(Programs programs)
{
    QStringList names;
    if (programs.testFlag(Program::Nuclear))
        names << QCoreApplication::translate("tranche", "nuclear");
    if (programs.testFlag(Program::Icbm))
        names << QCoreApplication::translate("tranche", "ICBM");
    if (programs.testFlag(Program::Wmd))
        names << QCoreApplication::translate("tranche", "WMD");
    if (names.isEmpty())
        return QCoreApplication::translate("tranche", "none");
    if (names.size() == 1)
        return names.constFirst();
    const QString last = names.takeLast();
    return QCoreApplication::translate("tranche", "%1 and %2")
        .arg(names.join(QStringLiteral(", ")), last);
}

QString monthsText(int months)
{
    return months == 1 ? QCoreApplication::translate("tranche", "1 month")
                       : QCoreApplication::translate("tranche", "%1 months").arg(months);
}

} // namespace tranche
