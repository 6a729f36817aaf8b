#include "exercise/exerciselogfile.h"

#include "exercise/exercisejson.h"
#include "io/planstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// The fields of one decision its type uses (section 4 of the exercise format).
void writeFields(QJsonObject &o, const Decision &d, const Plan &plan,
                 const ExercisePackage &package)
{
    if (d.months > 0 && (d.type == DecisionType::Advance || d.type == DecisionType::Extend))
        o.insert("months"_L1, d.months);
    if (d.inject >= 0)
        o.insert("inject"_L1, package.injects.at(d.inject).id);
    if (d.option >= 0)
        o.insert("option"_L1, package.injects.at(d.inject).options.at(d.option).id);
    if (d.placement.isValid()) {
        o.insert("phase"_L1, plan.phases.at(d.placement.phase).id);
        o.insert("relief"_L1, d.placement.relief);
    }
    if (d.type == DecisionType::Step) {
        o.insert("action"_L1, d.action);
        if (d.reverse)
            o.insert("reverse"_L1, true);
        else
            o.insert("delayTo"_L1, d.delayTo.value_or(0));
    }
    if (d.type == DecisionType::Cheat)
        o.insert("note"_L1, d.text);
    if (d.type == DecisionType::Note || d.type == DecisionType::Observe)
        o.insert("text"_L1, d.text);
    if (!d.objective.isEmpty())
        o.insert("objective"_L1, d.objective);
}

bool isStore(const QString &path)
{
    return QFileInfo(path).suffix().compare(u"tranche"_s, Qt::CaseInsensitive) == 0;
}

bool sameFile(const QString &a, const QString &b)
{
    return !a.isEmpty() && QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

// Puts the log into the .tranche package as it is on disk (replaced atomically).
QString storeInPackage(const QString &packagePath, const QString &json)
{
    PlanLoadResult loaded = loadPlanFile(packagePath);
    if (!loaded.ok())
        return loaded.error;
    if (loaded.plan->exerciseLog == json)
        return {};
    loaded.plan->exerciseLog = json;
    return savePlanFile(*loaded.plan, packagePath);
}

} // namespace

QString writeExerciseLogFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return ExerciseText::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QByteArray exerciseLogJson(const ExerciseLog &log, const Plan &plan, const ExercisePackage &package)
{
    QJsonArray decisions;
    for (const Decision &d : log.decisions) {
        QJsonObject o{{u"seq"_s, d.seq},
                      {u"turn"_s, d.turn},
                      {u"role"_s, toString(d.role)},
                      {u"type"_s, toString(d.type)}};
        writeFields(o, d, plan, package);
        if (!d.rationale.isEmpty())
            o.insert("rationale"_L1, d.rationale);
        if (!d.author.isEmpty())
            o.insert("author"_L1, d.author);
        if (!d.wallTime.isEmpty())
            o.insert("wallTime"_L1, d.wallTime);
        decisions.append(o);
    }
    QJsonObject root{{u"format"_s, u"tranche-exercise-log"_s},
                     {u"version"_s, 1},
                     {u"package"_s, package.id},
                     {u"decisions"_s, decisions}};
    if (!log.ratings.isEmpty() || !log.improvements.isEmpty()) {
        QJsonObject ratings;
        for (auto it = log.ratings.cbegin(); it != log.ratings.cend(); ++it)
            ratings.insert(it.key(), it.value());
        QJsonArray improvements;
        for (const Improvement &i : log.improvements)
            improvements.append(QJsonObject{{u"observation"_s, i.observation},
                                            {u"recommendation"_s, i.recommendation},
                                            {u"owner"_s, i.owner},
                                            {u"due"_s, i.due}});
        root.insert("evaluation"_L1,
                    QJsonObject{{u"ratings"_s, ratings}, {u"improvements"_s, improvements}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString saveExerciseLog(const QString &path, const ExerciseLog &log, const Plan &plan,
                        const ExercisePackage &package)
{
    return writeExerciseLogFile(path, exerciseLogJson(log, plan, package));
}

QString exerciseLogPath(const QString &packagePath)
{
    const QFileInfo info(packagePath);
    return info.dir().filePath(info.completeBaseName() + u".log.json"_s);
}

int exerciseLogLength(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError ||
        o.value("format"_L1).toString() != "tranche-exercise-log"_L1 ||
        !o.value("decisions"_L1).isArray())
        return -1;
    return int(o.value("decisions"_L1).toArray().size());
}

QString restoreExerciseLog(const QString &packagePath, const QString &logPath,
                           const RecoveryStore &recovery)
{
    int bestLength = -1;
    QFile file(logPath);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly) ||
            (bestLength = exerciseLogLength(file.read(kMaxPlanFileBytes))) < 0)
            return {}; // left as it is: reading it says what is wrong
    }
    QByteArray best;
    const auto consider = [&](const QString &json) {
        const QByteArray bytes = json.toUtf8();
        if (const int n = exerciseLogLength(bytes); n > bestLength) {
            bestLength = n;
            best = bytes;
        }
    };
    if (isStore(packagePath))
        if (const PlanLoadResult loaded = loadPlanFile(packagePath); loaded.ok())
            consider(loaded.plan->exerciseLog);
    for (const RecoveryStore::Entry &entry : recovery.pending())
        if (sameFile(entry.originalPath, packagePath))
            if (const RecoveryStore::Recovered r = recovery.open(entry); r.ok())
                consider(r.plan->exerciseLog);
    return best.isEmpty() ? QString() : writeExerciseLogFile(logPath, best);
}

ExerciseLogKeeper::ExerciseLogKeeper(QString logPath, QString packagePath, RecoveryStore recovery)
    : m_logPath(std::move(logPath)), m_packagePath(std::move(packagePath)),
      m_recovery(std::move(recovery))
{}

ExerciseLogKeeper::~ExerciseLogKeeper()
{
    m_recovery.remove(recoverySession(m_packagePath));
}

QString ExerciseLogKeeper::recoverySession(const QString &packagePath)
{
    const QByteArray path = QFileInfo(packagePath).absoluteFilePath().toUtf8();
    return u"exercise-"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(16));
}

QString ExerciseLogKeeper::keep(const ExerciseLog &log, const Plan &plan,
                                const ExercisePackage &package) const
{
    const QByteArray json = exerciseLogJson(log, plan, package);
    Plan kept = plan;
    kept.exerciseLog = QString::fromUtf8(json);
    // The recovery file first: it is what is left when the other writes fail.
    QStringList errors{m_recovery.save(recoverySession(m_packagePath), kept, m_packagePath),
                       writeExerciseLogFile(m_logPath, json)};
    if (isStore(m_packagePath))
        errors << storeInPackage(m_packagePath, kept.exerciseLog);
    errors.removeAll(QString());
    return errors.value(0);
}

} // namespace tranche
