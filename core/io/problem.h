#pragma once
// One thing wrong with a plan file or a plan: where (a JSON pointer into the
// interchange form and, where known, the phase and item it belongs to) and
// why. Every reader (JSON, .tranche) and validatePlan() report a list of
// these; the window and the command line print them as they are.

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace tranche {

// A problem of a plan, addressed by its JSON pointer.
struct Problem
{
    QString pointer; // JSON pointer into the interchange form, e.g. "/phases/0/reliefs/2/extent"
    QString reason;  // one sentence, translated
    QString phase;   // id of the phase it belongs to, where known
    QString item;    // id of the item (or action) it concerns, where known
    // The reason is a whole message that names the file itself (the .tranche
    // reader's): printed as it is, without "FILE: " before it.
    bool namesFile = false;

    Problem() = default;
    Problem(QString pointer, QString reason, QString phase = {}, QString item = {})
        : pointer(std::move(pointer)), reason(std::move(reason)), phase(std::move(phase)),
          item(std::move(item))
    {}
    // A whole message naming the file (namesFile).
    static Problem message(QString text)
    {
        Problem p({}, std::move(text));
        p.namesFile = true;
        return p;
    }

    bool operator==(const Problem &) const = default;
};

// "FILE: /pointer: reason" (or "FILE: reason" for the whole document), as
// the command line prints it. Under /phases/N and /catalog/..., the ids of the
// phase and item (or action) the positions stand for follow the reason, where
// known and not already named: "...; phase "p1", item "coal"".
QString formatProblem(const QString &file, const Problem &problem);
// One line a problem.
QStringList formatProblemLines(const QString &file, const QList<Problem> &problems);
// The lines joined with '\n'.
QString formatProblems(const QString &file, const QList<Problem> &problems);

} // namespace tranche
