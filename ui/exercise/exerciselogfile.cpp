#include "exercise/exerciselogfile.h"

#include "exercise/exercisejson.h"

#include <QDir>
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

} // namespace

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
    const QByteArray bytes = exerciseLogJson(log, plan, package);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return ExerciseText::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString exerciseLogPath(const QString &packagePath)
{
    const QFileInfo info(packagePath);
    return info.dir().filePath(info.completeBaseName() + u".log.json"_s);
}

} // namespace tranche
