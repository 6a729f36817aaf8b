#include "io/planlimits.h"

#include "io/validation.h"
#include "model/enumtext.h"
#include "model/plan.h"

#include <QCoreApplication>

#include <utility>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// What the message of each limit says, %1 the limit.
const std::pair<PlanLimit, const char *> kReasons[] = {
    {PlanLimit::Phases, QT_TRANSLATE_NOOP("tranche", "more than %1 phases (the limit)")},
    {PlanLimit::Items, QT_TRANSLATE_NOOP("tranche", "more than %1 items (the limit)")},
    {PlanLimit::Actions, QT_TRANSLATE_NOOP("tranche", "more than %1 actions (the limit)")},
    {PlanLimit::Placements,
     QT_TRANSLATE_NOOP("tranche", "more than %1 relief placements in the plan (the limit)")},
    {PlanLimit::RequiredActions,
     QT_TRANSLATE_NOOP("tranche", "more than %1 required actions in the plan (the limit)")},
    {PlanLimit::Waivers, QT_TRANSLATE_NOOP("tranche", "more than %1 waivers (the limit)")},
    {PlanLimit::Sources, QT_TRANSLATE_NOOP("tranche", "more than %1 sources (the limit)")},
    {PlanLimit::StringLength,
     QT_TRANSLATE_NOOP("tranche", "a string longer than %1 characters (the limit)")},
    {PlanLimit::Depth,
     QT_TRANSLATE_NOOP("tranche", "arrays and objects nested more than %1 deep (the limit)")},
    {PlanLimit::Problems, QT_TRANSLATE_NOOP("tranche", "more than %1 problems (the limit)")},
};

QString limitReason(PlanLimit limit, qint64 max)
{
    if (limit == PlanLimit::JsonFileBytes) {
        return QCoreApplication::translate("tranche", "the file is larger than %1 MiB (the limit)")
            .arg(max / (1024 * 1024));
    }
    return QCoreApplication::translate("tranche", enumText(limit, kReasons)).arg(max);
}

// The strings of a plan that the format defines (extras are checked as read),
// of the phase and item (or action) with those ids, where given.
void checkStrings(const QString &pointer, std::initializer_list<const QString *> strings,
                  QList<Problem> &out, const QString &phase = {}, const QString &item = {})
{
    for (const QString *s : strings) {
        if (s->size() > planLimit(PlanLimit::StringLength)) {
            Problem problem = limitProblem(PlanLimit::StringLength, pointer);
            problem.phase = phase;
            problem.item = item;
            out.append(std::move(problem));
            return;
        }
    }
}

} // namespace

Problem limitProblem(PlanLimit limit, const QString &pointer)
{
    return {pointer, limitReason(limit, planLimit(limit))};
}

std::optional<Problem> checkLimit(PlanLimit limit, qint64 count, const QString &pointer)
{
    if (count <= planLimit(limit))
        return std::nullopt;
    return limitProblem(limit, pointer);
}

QList<Problem> checkPlanLimits(const Plan &plan)
{
    QList<Problem> out;
    qint64 placements = 0;
    qint64 required = 0;
    for (const Phase &ph : plan.phases) {
        placements += ph.reliefs.size();
        required += ph.actions.size();
    }
    const std::pair<PlanLimit, std::pair<qint64, QString>> counts[] = {
        {PlanLimit::Items, {plan.catalog.items.size(), u"/catalog/items"_s}},
        {PlanLimit::Actions, {plan.catalog.actions.size(), u"/catalog/actions"_s}},
        {PlanLimit::Phases, {plan.phases.size(), u"/phases"_s}},
        {PlanLimit::Placements, {placements, u"/phases"_s}},
        {PlanLimit::RequiredActions, {required, u"/phases"_s}},
        {PlanLimit::Waivers, {plan.waivers.size(), u"/waivers"_s}},
        {PlanLimit::Sources, {plan.meta.sources.size(), u"/plan/sources"_s}},
    };
    for (const auto &[limit, count] : counts) {
        if (const auto problem = checkLimit(limit, count.first, count.second))
            out.append(*problem);
    }
    if (!out.isEmpty())
        return out; // strings of a plan that big are not worth walking
    const PlanMeta &m = plan.meta;
    checkStrings(
        u"/plan"_s,
        {&m.title, &m.counterpart, &m.start, &m.classification, &m.profile, &m.decisionAsked}, out);
    for (qsizetype i = 0; i < m.sources.size(); ++i) {
        const Source &s = m.sources.at(i);
        checkStrings(u"/plan/sources/"_s + QString::number(i),
                     {&s.id, &s.title, &s.publisher, &s.year, &s.url}, out);
    }
    for (qsizetype i = 0; i < plan.catalog.items.size(); ++i) {
        const SanctionsItem &it = plan.catalog.items.at(i);
        checkStrings(u"/catalog/items/"_s + QString::number(i),
                     {&it.id, &it.name, &it.instrument, &it.category, &it.source, &it.confidence,
                      &it.valueBasis, &it.variantOf},
                     out, QString(), it.id);
    }
    for (qsizetype i = 0; i < plan.catalog.actions.size(); ++i) {
        const CounterpartAction &a = plan.catalog.actions.at(i);
        checkStrings(u"/catalog/actions/"_s + QString::number(i),
                     {&a.id, &a.name, &a.category, &a.source, &a.confidence}, out, QString(), a.id);
    }
    for (qsizetype p = 0; p < plan.phases.size(); ++p) {
        const Phase &ph = plan.phases.at(p);
        const QString base = u"/phases/"_s + QString::number(p);
        checkStrings(base, {&ph.id, &ph.name}, out, ph.id);
        for (qsizetype i = 0; i < ph.actions.size(); ++i)
            checkStrings(base + u"/actions/"_s + QString::number(i), {&ph.actions.at(i).action},
                         out, ph.id, ph.actions.at(i).action);
        for (qsizetype i = 0; i < ph.reliefs.size(); ++i) {
            const Placement &pl = ph.reliefs.at(i);
            checkStrings(base + u"/reliefs/"_s + QString::number(i),
                         {&pl.item, &pl.escrowAgent, &pl.permittedUses, &pl.note}, out, ph.id,
                         pl.item);
        }
    }
    for (qsizetype i = 0; i < plan.waivers.size(); ++i) {
        const Waiver &w = plan.waivers.at(i);
        checkStrings(u"/waivers/"_s + QString::number(i),
                     {&w.rule, &w.phase, &w.item, &w.justification, &w.author}, out, w.phase,
                     w.item);
    }
    nameProblems(out, plan);
    return out;
}

void capProblems(QList<Problem> &problems, qsizetype unlisted)
{
    const qsizetype max = planLimit(PlanLimit::Problems);
    qsizetype more = unlisted;
    if (problems.size() > max) {
        more += problems.size() - max;
        problems.resize(max);
    }
    if (more > 0) {
        problems.append({QString(), QCoreApplication::translate("tranche", "and %n more problem(s)",
                                                                nullptr, int(more))});
    }
}

} // namespace tranche
