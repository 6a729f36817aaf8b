#include "exercise/exerciselog.h"

#include "exercise/exercisejson.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

const QStringList &typeNames()
{
    static const QStringList names{u"advance"_s,         u"fire-inject"_s, u"skip-inject"_s,
                                   u"adjudicate"_s,      u"hold"_s,        u"release"_s,
                                   u"override-gate"_s,   u"reimpose"_s,    u"extend"_s,
                                   u"invoke-snapback"_s, u"walk-away"_s,   u"step"_s,
                                   u"cheat"_s,           u"note"_s,        u"observe"_s,
                                   u"end-exercise"_s};
    return names;
}

const QStringList &roleNames()
{
    static const QStringList names{u"control"_s, u"negotiators"_s, u"counterpart"_s,
                                   u"observers"_s};
    return names;
}

bool roleMayTake(ExerciseRole role, DecisionType type)
{
    switch (type) {
    case DecisionType::Advance:
    case DecisionType::FireInject:
    case DecisionType::SkipInject:
    case DecisionType::Adjudicate:
    case DecisionType::EndExercise:
        return role == ExerciseRole::Control;
    case DecisionType::Hold:
    case DecisionType::Release:
    case DecisionType::OverrideGate:
    case DecisionType::Reimpose:
    case DecisionType::Extend:
    case DecisionType::InvokeSnapback:
        return role == ExerciseRole::Negotiators;
    case DecisionType::WalkAway:
        return role == ExerciseRole::Negotiators || role == ExerciseRole::Counterpart;
    case DecisionType::Step:
    case DecisionType::Cheat:
        return role == ExerciseRole::Counterpart;
    case DecisionType::Note:
        return true;
    case DecisionType::Observe:
        return role == ExerciseRole::Observers;
    }
    return false;
}

bool needsRationale(DecisionType t)
{
    return t != DecisionType::Advance && t != DecisionType::Note && t != DecisionType::Observe &&
           t != DecisionType::EndExercise;
}

// Reads the log's decisions and evaluation, collecting every problem.
class LogReader
{
public:
    LogReader(const Plan &plan, const ExercisePackage &package) : m_plan(plan), m_package(package)
    {}

    LogReadResult read(const QByteArray &json);

private:
    void readDecision(const QJsonObject &o, const QString &base, int index, Decision &d);
    void readFields(const QJsonObject &o, const QString &base, Decision &d);
    void readPlacement(const QJsonObject &o, const QString &base, Decision &d);
    int readInject(const QJsonObject &o, const QString &base);
    void checkPlay(const QString &base, Decision &d);
    void readEvaluation(const QJsonObject &root);

    const Plan &m_plan;
    const ExercisePackage &m_package;
    ExerciseJsonReader r;
    ExerciseLog m_log;
    int m_turn = 1;
    int m_clock = 0;
    bool m_ended = false;
};

LogReadResult LogReader::read(const QByteArray &json)
{
    LogReadResult result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        r.add(QString(), error.error != QJsonParseError::NoError
                             ? QCoreApplication::translate("tranche", "not JSON: %1 at byte %2")
                                   .arg(error.errorString())
                                   .arg(error.offset)
                             : ExerciseText::tr("must be an object"));
        result.problems = r.problems;
        return result;
    }
    const QJsonObject root = doc.object();
    QString format;
    if (r.string(root, QString(), "format"_L1, format, true) && format != "tranche-exercise-log"_L1)
        r.add(u"/format"_s, ExerciseText::tr("must be \"tranche-exercise-log\""));
    int version = 0;
    if (r.whole(root, QString(), "version"_L1, version, 0, 1 << 30, true) && version != 1)
        r.add(u"/version"_s,
              ExerciseText::tr("log version %1 is not supported (this program reads version 1)")
                  .arg(version));
    if (r.string(root, QString(), "package"_L1, m_log.package, true) &&
        m_log.package != m_package.id)
        r.add(u"/package"_s, QCoreApplication::translate(
                                 "tranche", "names exercise \"%1\", not this package's \"%2\"")
                                 .arg(m_log.package, m_package.id));
    m_clock = m_package.startMonth;
    if (const auto decisions = r.array(root, QString(), "decisions"_L1, true)) {
        for (qsizetype i = 0; i < decisions->size(); ++i) {
            const QString base = u"/decisions/"_s + QString::number(i);
            Decision d;
            if (const auto o = r.object(decisions->at(i), base))
                readDecision(*o, base, int(i), d);
            m_log.decisions.append(d);
        }
    }
    readEvaluation(root);
    result.problems = r.problems;
    if (result.problems.isEmpty())
        result.log = std::move(m_log);
    return result;
}

void LogReader::readDecision(const QJsonObject &o, const QString &base, int index, Decision &d)
{
    if (r.whole(o, base, "seq"_L1, d.seq, 0, 1 << 30, true) && d.seq != index + 1)
        r.add(base + u"/seq"_s,
              QCoreApplication::translate("tranche", "must be %1").arg(index + 1));
    if (r.whole(o, base, "turn"_L1, d.turn, 0, 1 << 30, true) && d.turn != m_turn)
        r.add(base + u"/turn"_s,
              QCoreApplication::translate("tranche", "must be %1, the turn the exercise is in")
                  .arg(m_turn));
    const int role = r.oneOf(o, base, "role"_L1, roleNames(), true, -1);
    const int type = r.oneOf(o, base, "type"_L1, typeNames(), true, -1);
    r.string(o, base, "author"_L1, d.author);
    r.string(o, base, "wallTime"_L1, d.wallTime);
    r.string(o, base, "rationale"_L1, d.rationale);
    if (role < 0 || type < 0)
        return;
    d.role = ExerciseRole(role);
    d.type = DecisionType(type);
    if (!roleMayTake(d.role, d.type))
        r.add(base + u"/role"_s,
              QCoreApplication::translate("tranche", "%1 cannot take a %2 decision")
                  .arg(roleNames().at(role), typeNames().at(type)));
    readFields(o, base, d);
    if (m_package.rules.requireRationale && needsRationale(d.type) &&
        d.rationale.trimmed().isEmpty())
        r.add(base + u"/rationale"_s, ExerciseText::tr("rationale is missing"));
    checkPlay(base, d);
}

void LogReader::readFields(const QJsonObject &o, const QString &base, Decision &d)
{
    switch (d.type) {
    case DecisionType::Advance:
        r.whole(o, base, "months"_L1, d.months, 1, 12);
        break;
    case DecisionType::FireInject:
    case DecisionType::SkipInject:
        d.inject = readInject(o, base);
        break;
    case DecisionType::Adjudicate: {
        d.inject = readInject(o, base);
        QString option;
        if (!r.string(o, base, "option"_L1, option, true) || d.inject < 0)
            break;
        const Inject &inject = m_package.injects.at(d.inject);
        if (inject.options.isEmpty())
            r.add(base + u"/inject"_s, ExerciseText::tr("the inject has no options to adjudicate"));
        else if ((d.option = inject.optionIndex(option)) < 0)
            r.add(base + u"/option"_s, unknownReason(ExerciseText::tr("option"), option));
        break;
    }
    case DecisionType::Extend:
        r.whole(o, base, "months"_L1, d.months, 1, 24, true);
        readPlacement(o, base, d);
        break;
    case DecisionType::Hold:
    case DecisionType::Release:
    case DecisionType::OverrideGate:
    case DecisionType::Reimpose:
        readPlacement(o, base, d);
        break;
    case DecisionType::Step: {
        if (r.string(o, base, "action"_L1, d.action, true) && !m_plan.catalog.action(d.action))
            r.add(base + u"/action"_s, unknownReason(ExerciseText::tr("action"), d.action));
        int delayTo = 0;
        const bool hasDelay = r.whole(o, base, "delayTo"_L1, delayTo, 0, kMaxPlanMonth);
        if (hasDelay)
            d.delayTo = delayTo;
        const bool hasReverse = o.contains("reverse"_L1);
        if (hasReverse && o.value("reverse"_L1) != QJsonValue(true))
            r.add(base + u"/reverse"_s, ExerciseText::tr("must be true"));
        d.reverse = hasReverse;
        if (hasReverse == o.contains("delayTo"_L1))
            r.add(base, ExerciseText::tr("a step has exactly one of delayTo and reverse"));
        break;
    }
    case DecisionType::Cheat:
        r.string(o, base, "note"_L1, d.text, true);
        break;
    case DecisionType::Note:
        r.string(o, base, "text"_L1, d.text, true);
        break;
    case DecisionType::Observe:
        r.string(o, base, "text"_L1, d.text, true);
        if (r.string(o, base, "objective"_L1, d.objective) &&
            m_package.objectiveIndex(d.objective) < 0)
            r.add(base + u"/objective"_s,
                  unknownReason(ExerciseText::tr("objective"), d.objective));
        break;
    default:
        break;
    }
}

void LogReader::readPlacement(const QJsonObject &o, const QString &base, Decision &d)
{
    QString phase;
    int relief = 0;
    const bool hasPhase = r.string(o, base, "phase"_L1, phase, true);
    const bool hasRelief = r.whole(o, base, "relief"_L1, relief, 0, 1 << 30, true);
    if (!hasPhase)
        return;
    const int p = m_plan.phaseIndex(phase);
    if (p < 0) {
        r.add(base + u"/phase"_s, unknownReason(ExerciseText::tr("phase"), phase));
        return;
    }
    if (hasRelief && relief >= m_plan.phases.at(p).reliefs.size()) {
        r.add(base + u"/relief"_s,
              QCoreApplication::translate("tranche", "phase %1 has no placement %2")
                  .arg(phase)
                  .arg(relief));
        return;
    }
    if (hasRelief)
        d.placement = {p, relief};
}

int LogReader::readInject(const QJsonObject &o, const QString &base)
{
    QString id;
    if (!r.string(o, base, "inject"_L1, id, true))
        return -1;
    const int index = m_package.injectIndex(id);
    if (index < 0)
        r.add(base + u"/inject"_s, unknownReason(ExerciseText::tr("inject"), id));
    return index;
}

// Turns, the end of play and end-exercise, known from the log alone.
void LogReader::checkPlay(const QString &base, Decision &d)
{
    if (m_ended) {
        r.add(base, ExerciseText::tr("no decision may follow end-exercise"));
        return;
    }
    const bool allPlayed = m_clock > m_package.endMonth;
    const bool afterwardsAllowed = d.type == DecisionType::Note ||
                                   d.type == DecisionType::Observe ||
                                   d.type == DecisionType::EndExercise;
    if (allPlayed && !afterwardsAllowed) {
        r.add(base + u"/type"_s,
              ExerciseText::tr(
                  "every month to endMonth is played: only note, observe and end-exercise may "
                  "follow"));
        return;
    }
    if (d.type == DecisionType::EndExercise)
        m_ended = true;
    if (d.type == DecisionType::Advance) {
        m_clock += d.months > 0 ? d.months : m_package.monthsPerTurn;
        ++m_turn;
    }
}

void LogReader::readEvaluation(const QJsonObject &root)
{
    const auto v = r.field(root, QString(), "evaluation"_L1, false);
    if (!v)
        return;
    const auto evaluation = r.object(*v, u"/evaluation"_s);
    if (!evaluation)
        return;
    if (const auto ratings = r.field(*evaluation, u"/evaluation"_s, "ratings"_L1, false)) {
        const auto o = r.object(*ratings, u"/evaluation/ratings"_s);
        for (auto it = o ? o->constBegin() : QJsonObject::const_iterator();
             o && it != o->constEnd(); ++it) {
            const QString pointer = u"/evaluation/ratings/"_s + jsonPointerToken(it.key());
            static const QStringList grades{u"P"_s, u"S"_s, u"M"_s, u"U"_s};
            if (m_package.objectiveIndex(it.key()) < 0)
                r.add(pointer, unknownReason(ExerciseText::tr("objective"), it.key()));
            else if (!grades.contains(it->toString()))
                r.add(pointer, ExerciseText::tr("must be one of P, S, M, U"));
            else
                m_log.ratings.insert(it.key(), it->toString());
        }
    }
    const auto improvements = r.array(*evaluation, u"/evaluation"_s, "improvements"_L1);
    for (qsizetype i = 0; improvements && i < improvements->size(); ++i) {
        const QString base = u"/evaluation/improvements/"_s + QString::number(i);
        const auto o = r.object(improvements->at(i), base);
        if (!o)
            continue;
        Improvement imp;
        r.string(*o, base, "observation"_L1, imp.observation);
        r.string(*o, base, "recommendation"_L1, imp.recommendation);
        r.string(*o, base, "owner"_L1, imp.owner);
        r.string(*o, base, "due"_L1, imp.due);
        m_log.improvements.append(imp);
    }
}

} // namespace

QString toString(DecisionType t)
{
    return typeNames().value(int(t));
}

QString toString(ExerciseRole r)
{
    return roleNames().value(int(r));
}

LogReadResult readExerciseLog(const QByteArray &json, const Plan &plan,
                              const ExercisePackage &package)
{
    LogReader reader(plan, package);
    return reader.read(json);
}

} // namespace tranche
