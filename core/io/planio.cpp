#include "io/planio.h"

#include "io/planjson.h"
#include "io/planstore.h"
#include "io/saveerror.h"
#include "io/validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

bool isJson(const QString &path)
{
    return QFileInfo(path).suffix().compare(u"json"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

OpenResult openPlan(const QString &path)
{
    OpenResult result;
    result.file = QDir::toNativeSeparators(path);
    if (isJson(path)) {
        PlanReadResult read = readPlanJsonFile(path);
        if (read.ok())
            result.plan = std::move(read.plan);
        else
            result.problems = std::move(read.problems);
    } else {
        PlanLoadResult load = loadPlanFile(path);
        result.notes = load.notes;
        if (load.ok())
            result.plan = std::move(load.plan);
        else if (!load.problems.isEmpty())
            result.problems = std::move(load.problems);
        else
            result.problems.append(Problem::message(load.error));
    }
    if (!result.ok() && result.problems.isEmpty()) {
        result.problems.append(
            {QString(), QCoreApplication::translate("tranche", "the plan could not be read.")});
    }
    return result;
}

QString savePlan(const Plan &plan, const QString &path)
{
    // A file that would be refused when opened again is not written: the
    // plan stays in the window (and its recovery file) to be put right.
    const QList<Problem> problems = validatePlan(plan);
    if (!problems.isEmpty()) {
        constexpr int kShown = 10;
        QStringList lines;
        for (const Problem &problem : problems.mid(0, kShown))
            lines << problemText(problem);
        if (problems.size() > kShown)
            lines << QCoreApplication::translate("tranche", "and %n more", nullptr,
                                                 int(problems.size() - kShown));
        return QCoreApplication::translate("tranche",
                                           "Cannot save %1: the plan would not open again:\n%2")
            .arg(QDir::toNativeSeparators(path), lines.join(u'\n'));
    }
    if (!isJson(path))
        return savePlanFile(plan, path);
    QSaveFile file(path);
    const QByteArray json = writePlanJson(plan);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        const int error = errno; // of the call that failed, where QSaveFile kept it
        const QString name = QDir::toNativeSeparators(path);
        return QCoreApplication::translate("tranche", "Cannot save %1: %2")
            .arg(name,
                 saveErrorReason(error, name, QFileInfo(path).absolutePath(), file.errorString()));
    }
    return {};
}

QList<ScenarioInfo> bundledScenarios()
{
    return {
        {u":/scenarios/dprk-2018.json"_s,
         QCoreApplication::translate("tranche", "North Korea 2018: Singapore track")},
        {u":/scenarios/iran-2015.json"_s,
         QCoreApplication::translate("tranche", "Iran 2013-2016: JPOA and JCPOA")},
    };
}

QString defaultScenarioPath()
{
    return u":/scenarios/dprk-2018.json"_s;
}

} // namespace tranche
