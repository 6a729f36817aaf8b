#include "cli/convertcli.h"

#include "cli/commandinput.h"
#include "cli/terminalsafe.h"
#include "exercise/exerciselogfile.h"
#include "io/planio.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {
bool knownSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1StringView("json") || suffix == QLatin1StringView("tranche");
}
} // namespace

int runConvertCli(const QString &in, const QString &out, QTextStream &err)
{
    for (const QString &path : {in, out}) {
        if (!knownSuffix(path)) {
            err << QCoreApplication::translate("tranche",
                                               "%1: unknown file type (expected .tranche or .json)")
                       .arg(path)
                << Qt::endl;
            return 2;
        }
    }
    const std::optional<Plan> opened = openPlanReporting(in, err);
    if (!opened)
        return 2;
    QString error = savePlan(*opened, out);
    // JSON has no place for a package's log: it goes beside, as NAME.log.json.
    if (error.isEmpty() && !opened->exerciseLog.isEmpty() &&
        QFileInfo(out).suffix().compare("json"_L1, Qt::CaseInsensitive) == 0)
        error = writeExerciseLogFile(exerciseLogPath(out), opened->exerciseLog.toUtf8());
    if (!error.isEmpty()) {
        writeSafeLines(err, (out + u": "_s + error).split(u'\n'));
        return 2;
    }
    return 0;
}

} // namespace tranche
