#include "io/problem.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// The ids a pointer's array positions stand for, where the reason does not
// already name them: "; phase "p1", item "coal"", "; item "coal"".
QString idsOf(const Problem &problem)
{
    QStringList ids;
    const auto named = [&](const QString &id) { return problem.reason.contains(u'"' + id + u'"'); };
    const bool inPhase = problem.pointer.startsWith(u"/phases/"_s);
    const bool inCatalog = problem.pointer.startsWith(u"/catalog/items/"_s) ||
                           problem.pointer.startsWith(u"/catalog/actions/"_s);
    if (inPhase && !problem.phase.isEmpty() && !named(problem.phase))
        ids << QCoreApplication::translate("tranche", "phase \"%1\"").arg(problem.phase);
    if ((inPhase || inCatalog) && !problem.item.isEmpty() && !named(problem.item)) {
        const bool action = problem.pointer.contains(u"/actions/"_s);
        ids << (action ? QCoreApplication::translate("tranche", "action \"%1\"")
                       : QCoreApplication::translate("tranche", "item \"%1\""))
                   .arg(problem.item);
    }
    return ids.isEmpty() ? QString() : u"; "_s + ids.join(u", "_s);
}

} // namespace

QString formatProblem(const QString &file, const Problem &problem)
{
    if (problem.namesFile)
        return problem.reason;
    // The whole document ("" pointer) has no pointer to print.
    if (problem.pointer.isEmpty())
        return file + u": "_s + problem.reason;
    return file + u": "_s + problem.pointer + u": "_s + problem.reason + idsOf(problem);
}

QStringList formatProblemLines(const QString &file, const QList<Problem> &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const Problem &p : problems)
        lines.append(formatProblem(file, p));
    return lines;
}

QString formatProblems(const QString &file, const QList<Problem> &problems)
{
    return formatProblemLines(file, problems).join(u'\n');
}

} // namespace tranche
