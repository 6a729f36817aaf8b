#include "io/problem.h"

using namespace Qt::StringLiterals;

namespace tranche {

QString formatProblem(const QString &file, const Problem &problem)
{
    if (problem.namesFile)
        return problem.reason;
    // The whole document ("" pointer) has no pointer to print.
    if (problem.pointer.isEmpty())
        return file + u": "_s + problem.reason;
    return file + u": "_s + problem.pointer + u": "_s + problem.reason;
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
