#include "exercise/exercisepackage.h"

#include "exercise/exercisejson.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

const QStringList &effectTypeNames()
{
    static const QStringList names{u"message"_s,
                                   u"delay-verification"_s,
                                   u"fail-verification"_s,
                                   u"verify"_s,
                                   u"breach"_s,
                                   u"cure"_s,
                                   u"counterpart-walks"_s,
                                   u"escrow-breach"_s,
                                   u"snapback-blocked"_s};
    return names;
}

const QStringList &authorityNames()
{
    static const QStringList names{u"UN"_s, u"US-statute"_s, u"US-EO"_s, u"FATF"_s, u"other"_s};
    return names;
}

// Reads the exercise member into a package, collecting every problem.
class PackageReader
{
public:
    PackageReader(const Plan *plan) : m_plan(plan) {}

    PackageReadResult read(const QJsonValue &exercise);

private:
    void readSettings(const QJsonObject &o);
    void readRules(const QJsonObject &o);
    void readObjectives(const QJsonObject &o);
    void readInjects(const QJsonObject &o);
    void readInject(const QJsonObject &o, const QString &base, int index, Inject &inject);
    void readTrigger(const QJsonObject &o, const QString &base, int index, Inject &inject);
    void readOptions(const QJsonArray &options, const QString &base, Inject &inject);
    QList<Effect> readEffects(const QJsonObject &o, const QString &base);
    void readEffect(const QJsonObject &o, const QString &base, Effect &effect);
    Condition readCondition(const QJsonValue &v, const QString &pointer, int depth);
    bool month(const QJsonObject &o, const QString &base, QLatin1StringView key, int &out,
               bool required);
    void action(const QJsonObject &o, const QString &base, QString &out);
    int injectRef(const QJsonObject &o, const QString &base, QLatin1StringView key);

    const Plan *m_plan;
    ExerciseJsonReader r;
    ExercisePackage p;
    QStringList m_injectIds; // every inject id (for `fired` conditions)
};

PackageReadResult PackageReader::read(const QJsonValue &exercise)
{
    PackageReadResult result;
    const QString base = u"/exercise"_s;
    const auto o = r.object(exercise, base);
    if (!o) {
        result.problems = r.problems;
        return result;
    }
    qint64 version = 0;
    if (r.whole(*o, base, "version"_L1, version, 0, 1LL << 53, true) &&
        version != kExerciseVersion) {
        r.add(base + u"/version"_s,
              QCoreApplication::translate("tranche",
                                          "exercise version %1 is not supported (this program "
                                          "reads version %2)")
                  .arg(version)
                  .arg(kExerciseVersion));
        result.problems = r.problems;
        return result;
    }
    r.id(*o, base, "id"_L1, p.id);
    r.text(*o, base, "title"_L1, p.title);
    r.string(*o, base, "description"_L1, p.description);
    r.string(*o, base, "caveat"_L1, p.caveat);
    readSettings(*o);
    readRules(*o);
    readObjectives(*o);
    readInjects(*o);
    result.problems = r.problems;
    if (result.problems.isEmpty())
        result.package = std::move(p);
    return result;
}

void PackageReader::readSettings(const QJsonObject &o)
{
    const QString base = u"/exercise"_s;
    const int h = m_plan ? m_plan->horizon() : kExerciseLastMonth + 1;
    const int last = std::min(h + 23, kExerciseLastMonth);
    r.whole(o, base, "startMonth"_L1, p.startMonth, 0, kExerciseLastMonth);
    p.endMonth = m_plan ? h - 1 : last; // without the plan: only the outer bound
    if (r.whole(o, base, "endMonth"_L1, p.endMonth, 0, last) && p.endMonth < p.startMonth)
        r.add(base + u"/endMonth"_s, ExerciseText::tr("must not be before startMonth"));
    if (p.startMonth > p.endMonth && !o.contains("endMonth"_L1))
        r.add(base + u"/startMonth"_s, ExerciseText::tr("must not be after endMonth"));
    r.whole(o, base, "monthsPerTurn"_L1, p.monthsPerTurn, 1, 12);
    qint64 seed = 0;
    if (r.whole(o, base, "seed"_L1, seed, 0, (1LL << 53) - 1))
        p.seed = quint64(seed);
}

void PackageReader::readRules(const QJsonObject &o)
{
    const auto v = r.field(o, u"/exercise"_s, "rules"_L1, false);
    if (!v)
        return;
    const QString base = u"/exercise/rules"_s;
    const auto rules = r.object(*v, base);
    if (!rules)
        return;
    r.whole(*rules, base, "snapbackLagMonths"_L1, p.rules.snapbackLagMonths, 0, 24);
    r.boolean(*rules, base, "requireRationale"_L1, p.rules.requireRationale);
    const auto lags = r.field(*rules, base, "reimposeLagMonths"_L1, false);
    if (!lags)
        return;
    const auto lagObject = r.object(*lags, base + u"/reimposeLagMonths"_s);
    if (!lagObject)
        return;
    for (auto it = lagObject->constBegin(); it != lagObject->constEnd(); ++it) {
        const QString pointer = base + u"/reimposeLagMonths/"_s + jsonPointerToken(it.key());
        const int index = int(authorityNames().indexOf(it.key()));
        if (index < 0) {
            r.add(pointer, unknownReason(ExerciseText::tr("authority"), it.key()));
            continue;
        }
        const double d = it->toDouble();
        if (!it->isDouble() || d != std::floor(d) || d < 0 || d > 24)
            r.add(pointer, rangeReason(0, 24));
        else
            p.rules.reimposeLagMonths[index] = int(d);
    }
}

void PackageReader::readObjectives(const QJsonObject &o)
{
    const auto list = r.array(o, u"/exercise"_s, "objectives"_L1);
    if (!list)
        return;
    QSet<QString> ids;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString base = u"/exercise/objectives/"_s + QString::number(i);
        const auto obj = r.object(list->at(i), base);
        if (!obj)
            continue;
        Objective objective;
        if (r.id(*obj, base, "id"_L1, objective.id, true) && ids.contains(objective.id))
            r.add(base + u"/id"_s, ExerciseText::tr("repeats an earlier objective's id"));
        ids.insert(objective.id);
        r.text(*obj, base, "title"_L1, objective.title);
        const auto metrics = r.array(*obj, base, "metrics"_L1, true);
        if (metrics && metrics->isEmpty())
            r.add(base + u"/metrics"_s, ExerciseText::tr("must name at least one of X1..X8"));
        for (qsizetype k = 0; metrics && k < metrics->size(); ++k) {
            const QString id = metrics->at(k).toString();
            if (!metrics->at(k).isString() || !exerciseMetricIds().contains(id))
                r.add(base + u"/metrics/"_s + QString::number(k),
                      unknownReason(ExerciseText::tr("metric"),
                                    metrics->at(k).isString() ? id : QString()));
            else
                objective.metrics.append(id);
        }
        p.objectives.append(objective);
    }
}

void PackageReader::readInjects(const QJsonObject &o)
{
    const auto list = r.array(o, u"/exercise"_s, "injects"_L1);
    if (!list)
        return;
    for (const QJsonValue &v : *list)
        m_injectIds.append(v.toObject().value("id"_L1).toString());
    QSet<QString> ids;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString base = u"/exercise/injects/"_s + QString::number(i);
        const auto obj = r.object(list->at(i), base);
        Inject inject;
        if (obj) {
            readInject(*obj, base, int(i), inject);
            if (ids.contains(inject.id))
                r.add(base + u"/id"_s, ExerciseText::tr("repeats an earlier inject's id"));
            ids.insert(inject.id);
        }
        p.injects.append(inject);
    }
}

void PackageReader::readInject(const QJsonObject &o, const QString &base, int index, Inject &inject)
{
    r.id(o, base, "id"_L1, inject.id);
    r.text(o, base, "title"_L1, inject.title);
    r.string(o, base, "synopsis"_L1, inject.synopsis);
    r.string(o, base, "controllerNotes"_L1, inject.controllerNotes);
    if (const auto audience = r.array(o, base, "audience"_L1)) {
        static const QStringList allowed{u"all"_s, u"negotiators"_s, u"counterpart"_s,
                                         u"observers"_s};
        inject.audience.clear();
        if (audience->isEmpty())
            r.add(base + u"/audience"_s, ExerciseText::tr("must not be empty"));
        for (qsizetype k = 0; k < audience->size(); ++k) {
            const QString a = audience->at(k).toString();
            if (!allowed.contains(a))
                r.add(base + u"/audience/"_s + QString::number(k),
                      unknownReason(ExerciseText::tr("audience"), a));
            else if (!inject.audience.contains(a))
                inject.audience.append(a);
        }
    }
    if (const auto trigger = r.field(o, base, "trigger"_L1, true)) {
        if (const auto t = r.object(*trigger, base + u"/trigger"_s))
            readTrigger(*t, base + u"/trigger"_s, index, inject);
    }
    const bool hasEffects = r.field(o, base, "effects"_L1, false).has_value();
    const auto options = r.array(o, base, "options"_L1);
    if (hasEffects && o.value("options"_L1).isArray())
        r.add(base + u"/options"_s,
              ExerciseText::tr("an inject has either effects or options, not both"));
    inject.effects = readEffects(o, base);
    if (options)
        readOptions(*options, base, inject);
    if (!inject.options.isEmpty()) {
        const int adjudication =
            r.oneOf(o, base, "adjudication"_L1, {u"control"_s, u"chance"_s}, false, 0);
        inject.chance = adjudication == 1;
        QString def;
        if (r.string(o, base, "defaultOption"_L1, def)) {
            inject.defaultOption = inject.optionIndex(def);
            if (inject.defaultOption < 0)
                r.add(base + u"/defaultOption"_s, unknownReason(ExerciseText::tr("option"), def));
        }
    }
}

void PackageReader::readTrigger(const QJsonObject &o, const QString &base, int index,
                                Inject &inject)
{
    const QStringList kinds{u"at"_s, u"after"_s, u"when"_s, u"manual"_s};
    int found = 0;
    for (const QString &k : kinds)
        found += o.contains(k) ? 1 : 0;
    if (found != 1) {
        r.add(base, ExerciseText::tr("must have exactly one of at, after, when, manual"));
        return;
    }
    if (o.contains("at"_L1)) {
        inject.trigger = TriggerKind::At;
        month(o, base, "at"_L1, inject.at, true);
    } else if (o.contains("after"_L1)) {
        inject.trigger = TriggerKind::After;
        inject.after = injectRef(o, base, "after"_L1);
        if (inject.after >= index) {
            r.add(base + u"/after"_s, ExerciseText::tr("must name an earlier inject"));
            inject.after = -1;
        }
        r.whole(o, base, "delay"_L1, inject.delay, 0, kExerciseLastMonth);
    } else if (o.contains("when"_L1)) {
        inject.trigger = TriggerKind::When;
        inject.when = readCondition(o.value("when"_L1), base + u"/when"_s, 0);
        inject.notBefore = p.startMonth;
        inject.notAfter = p.endMonth;
        month(o, base, "notBefore"_L1, inject.notBefore, false);
        month(o, base, "notAfter"_L1, inject.notAfter, false);
        if (inject.notBefore > inject.notAfter)
            r.add(base + u"/notAfter"_s, ExerciseText::tr("must not be before notBefore"));
    } else {
        inject.trigger = TriggerKind::Manual;
        if (o.value("manual"_L1) != QJsonValue(true))
            r.add(base + u"/manual"_s, ExerciseText::tr("must be true"));
    }
}

void PackageReader::readOptions(const QJsonArray &options, const QString &base, Inject &inject)
{
    if (options.size() < 2)
        r.add(base + u"/options"_s, ExerciseText::tr("must have at least 2 options"));
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString ob = base + u"/options/"_s + QString::number(i);
        const auto o = r.object(options.at(i), ob);
        if (!o)
            continue;
        InjectOption option;
        if (r.string(*o, ob, "id"_L1, option.id, true) && inject.optionIndex(option.id) >= 0)
            r.add(ob + u"/id"_s, ExerciseText::tr("repeats an earlier option's id"));
        r.string(*o, ob, "label"_L1, option.label);
        option.effects = readEffects(*o, ob);
        if (const auto w = r.field(*o, ob, "weight"_L1, false)) {
            if (!w->isDouble() || !(w->toDouble() > 0))
                r.add(ob + u"/weight"_s, ExerciseText::tr("must be a number above 0"));
            else
                option.weight = w->toDouble();
        }
        inject.options.append(option);
    }
}

QList<Effect> PackageReader::readEffects(const QJsonObject &o, const QString &base)
{
    QList<Effect> effects;
    const auto list = r.array(o, base, "effects"_L1);
    for (qsizetype i = 0; list && i < list->size(); ++i) {
        const QString eb = base + u"/effects/"_s + QString::number(i);
        Effect effect;
        if (const auto e = r.object(list->at(i), eb))
            readEffect(*e, eb, effect);
        effects.append(effect);
    }
    return effects;
}

void PackageReader::readEffect(const QJsonObject &o, const QString &base, Effect &effect)
{
    const int type = r.oneOf(o, base, "type"_L1, effectTypeNames(), true, -1);
    if (type < 0)
        return;
    effect.type = EffectType(type);
    switch (effect.type) {
    case EffectType::DelayVerification:
        action(o, base, effect.action);
        month(o, base, "toMonth"_L1, effect.toMonth, true);
        break;
    case EffectType::FailVerification:
    case EffectType::Verify:
        action(o, base, effect.action);
        break;
    case EffectType::Breach:
    case EffectType::Cure:
        r.string(o, base, "note"_L1, effect.note);
        break;
    case EffectType::SnapbackBlocked: {
        const int a = r.oneOf(o, base, "authority"_L1, authorityNames(), true, -1);
        if (a >= 0)
            effect.authority = Authority(a);
        break;
    }
    default:
        break;
    }
}

Condition PackageReader::readCondition(const QJsonValue &v, const QString &pointer, int depth)
{
    Condition c;
    const auto o = r.object(v, pointer);
    if (!o)
        return c;
    if (depth > 32) {
        r.add(pointer, ExerciseText::tr("conditions nest too deeply"));
        return c;
    }
    if (o->contains("all"_L1) || o->contains("any"_L1)) {
        const bool all = o->contains("all"_L1);
        c.kind = all ? Condition::Kind::All : Condition::Kind::Any;
        const auto list = r.array(*o, pointer, all ? "all"_L1 : "any"_L1, true);
        for (qsizetype i = 0; list && i < list->size(); ++i)
            c.children.append(readCondition(
                list->at(i), pointer + (all ? u"/all/"_s : u"/any/"_s) + QString::number(i),
                depth + 1));
    } else if (o->contains("not"_L1)) {
        c.kind = Condition::Kind::Not;
        c.children.append(readCondition(o->value("not"_L1), pointer + u"/not"_s, depth + 1));
    } else if (o->contains("action"_L1)) {
        c.kind = Condition::Kind::Action;
        action(*o, pointer, c.action);
        const int s =
            r.oneOf(*o, pointer, "status"_L1, {u"pending"_s, u"verified"_s, u"failed"_s}, true, -1);
        c.status = RequirementStatus(std::max(s, 0));
    } else if (o->contains("fired"_L1)) {
        c.kind = Condition::Kind::Fired;
        c.inject = injectRef(*o, pointer, "fired"_L1);
    } else if (o->contains("breach"_L1)) {
        c.kind = Condition::Kind::Breach;
        if (o->value("breach"_L1) != QJsonValue(true))
            r.add(pointer + u"/breach"_s, ExerciseText::tr("must be true"));
    } else if (o->contains("metric"_L1)) {
        c.kind = Condition::Kind::Metric;
        const int m = r.oneOf(
            *o, pointer, "metric"_L1,
            {u"released"_s, u"releasedCumulative"_s, u"escrowBalance"_s, u"exposure"_s}, true, -1);
        const int op = r.oneOf(*o, pointer, "op"_L1, {u">="_s, u">"_s, u"<="_s, u"<"_s}, true, -1);
        c.metric = ExerciseMetric(std::max(m, 0));
        c.op = CompareOp(std::max(op, 0));
        const auto value = r.field(*o, pointer, "value"_L1, true);
        if (value && !value->isDouble())
            r.add(pointer + u"/value"_s, ExerciseText::tr("must be a number"));
        else if (value)
            c.value = value->toDouble();
    } else {
        r.add(pointer, ExerciseText::tr(
                           "unknown condition (all, any, not, action, fired, breach or metric)"));
    }
    return c;
}

bool PackageReader::month(const QJsonObject &o, const QString &base, QLatin1StringView key,
                          int &out, bool required)
{
    return r.whole(o, base, key, out, p.startMonth, std::max(p.startMonth, p.endMonth), required);
}

void PackageReader::action(const QJsonObject &o, const QString &base, QString &out)
{
    if (!r.string(o, base, "action"_L1, out, true))
        return;
    if (m_plan && !m_plan->catalog.action(out))
        r.add(base + u"/action"_s, unknownReason(ExerciseText::tr("action"), out));
}

int PackageReader::injectRef(const QJsonObject &o, const QString &base, QLatin1StringView key)
{
    QString id;
    if (!r.string(o, base, key, id, true))
        return -1;
    const int index = int(m_injectIds.indexOf(id));
    if (index < 0)
        r.add(base + u'/' + key, unknownReason(ExerciseText::tr("inject"), id));
    return index;
}

} // namespace

int Inject::optionIndex(const QString &optionId) const
{
    for (int i = 0; i < options.size(); ++i) {
        if (options.at(i).id == optionId)
            return i;
    }
    return -1;
}

int ExercisePackage::injectIndex(const QString &injectId) const
{
    for (int i = 0; i < injects.size(); ++i) {
        if (injects.at(i).id == injectId)
            return i;
    }
    return -1;
}

int ExercisePackage::objectiveIndex(const QString &objectiveId) const
{
    for (int i = 0; i < objectives.size(); ++i) {
        if (objectives.at(i).id == objectiveId)
            return i;
    }
    return -1;
}

QStringList exerciseMetricIds()
{
    return {u"X1"_s, u"X2"_s, u"X3"_s, u"X4"_s, u"X5"_s, u"X6"_s, u"X7"_s, u"X8"_s};
}

PackageReadResult readExercisePackage(const QJsonValue &exercise, const Plan *plan)
{
    PackageReader reader(plan);
    return reader.read(exercise);
}

PackageReadResult readExercisePackage(const Plan &plan)
{
    const auto it = plan.extra.constFind("exercise"_L1);
    if (it == plan.extra.constEnd() || it->isNull()) {
        PackageReadResult result;
        result.problems.append({u"/exercise"_s, ExerciseText::tr("required field is missing")});
        return result;
    }
    return readExercisePackage(*it, &plan);
}

} // namespace tranche
