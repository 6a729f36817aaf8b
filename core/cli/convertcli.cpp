#include "cli/convertcli.h"

#include "io/planio.h"
#include "model/safetext.h"

#include <QCoreApplication>
#include <QFileInfo>

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
    const OpenResult opened = openPlan(in);
    if (!opened.ok()) {
        for (const QString &line : opened.errors)
            err << terminalSafeLines(line) << Qt::endl;
        return 2;
    }
    const QString error = savePlan(*opened.plan, out);
    if (!error.isEmpty()) {
        err << terminalSafeLines(out + QStringLiteral(": ") + error) << Qt::endl;
        return 2;
    }
    return 0;
}

} // namespace tranche
