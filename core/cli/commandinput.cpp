#include "cli/commandinput.h"

#include "cli/terminalsafe.h"
#include "io/planio.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace tranche {

std::optional<RuleProfile> profileForCommand(const QString &command, const QString &file,
                                             const Plan &plan, const QString &option,
                                             QTextStream &err)
{
    ProfileResult found = findRuleProfile(option.isEmpty() ? plan.meta.profile : option);
    if (found.ok())
        return std::move(found.profile);
    const QString where = option.isEmpty() ? QDir::toNativeSeparators(file) + u": /plan/profile: "_s
                                           : u"tranche "_s + command + u": --profile: "_s;
    QStringList lines;
    for (const QString &e : std::as_const(found.errors))
        lines << where + e;
    writeSafeLines(err, lines);
    return std::nullopt;
}

std::optional<Plan> openPlanReporting(const QString &file, QTextStream &err)
{
    OpenResult opened = openPlan(file);
    if (!opened.ok())
        writeSafeLines(err, opened.errorLines());
    return std::move(opened.plan);
}

} // namespace tranche
