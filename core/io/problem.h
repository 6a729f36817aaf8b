#pragma once
// One thing wrong with a plan file or a plan: where (a JSON pointer into the
// interchange form and, where known, the phase and item it belongs to, by id
// and name) and why. Every reader (JSON, .tranche) and validatePlan() report a
// list of these; the window and the command line print them as they are.

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace tranche {

struct Plan;

// A problem of a plan, addressed by its JSON pointer.
struct Problem
{
    QString pointer;   // JSON pointer into the interchange form, e.g. "/phases/0/reliefs/2/extent"
    QString reason;    // one sentence, translated
    QString phase;     // id of the phase it belongs to, where known
    QString item;      // id of the item (or action) it concerns, where known
    QString phaseName; // name of that phase, where known (untrusted plan text)
    QString itemName;  // name of that item or action, where known (untrusted plan text)
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

// The longest name or id a message quotes; a longer one is cut with "...".
inline constexpr qsizetype kQuotedNameLength = 40;

// How every message names a phase, item or action: "\"Freeze\" (p2)", or
// "\"p2\"" when it has no name (or its name is its id), "\"Freeze\"" when the
// id is left out; empty when both are. Names and ids are plan text: control
// characters are escaped as on a terminal (terminalSafe()) and each is cut to
// kQuotedNameLength characters.
QString namedText(const QString &name, const QString &id);

// What a message calls a phase, an item and an action: "phase \"Freeze\" (p2)".
enum class NamedKind { Phase, Item, Action };
QString namedText(NamedKind kind, const QString &name, const QString &id);

// Fills the phase and item ids a problem lacks from the plan's entries at its
// pointer, then phaseName and itemName of each problem that has a phase or
// item id: the phase at /phases/N (or with that id), the catalog entry at
// /catalog/items/N or /catalog/actions/N, else the item or action with that
// id. Every reader calls it on the problems it found in a plan it read.
void nameProblems(QList<Problem> &problems, const Plan &plan);

// "/pointer: reason" and, under /phases/N and /catalog/..., the phase and
// item (or action) the positions stand for, by name and id, where known and
// not already named in the reason: "...; phase "Freeze" (p1), item "Coal" (coal)".
QString problemText(const Problem &problem);
// "FILE: /pointer: reason..." (or "FILE: reason" for the whole document), as
// the command line prints it.
QString formatProblem(const QString &file, const Problem &problem);
// One line a problem.
QStringList formatProblemLines(const QString &file, const QList<Problem> &problems);
// The lines joined with '\n'.
QString formatProblems(const QString &file, const QList<Problem> &problems);

} // namespace tranche
