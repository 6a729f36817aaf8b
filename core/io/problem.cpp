#include "io/problem.h"

#include "cli/terminalsafe.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

QString quotedName(const QString &text)
{
    return u'"' + terminalSafeElided(text, kQuotedNameLength) + u'"';
}

// The index N of a pointer "/list/N..." (list given with its slashes), when
// it starts so.
std::optional<qsizetype> indexAfter(const QString &pointer, QStringView list)
{
    if (!pointer.startsWith(list))
        return std::nullopt;
    const qsizetype end = pointer.indexOf(u'/', list.size());
    bool ok = false;
    const qsizetype n = QStringView(pointer)
                            .sliced(list.size(), (end < 0 ? pointer.size() : end) - list.size())
                            .toLongLong(&ok);
    return ok && n >= 0 ? std::optional(n) : std::nullopt;
}

// The first name of each id of a list, built when first asked for.
template <typename T> class NamesById
{
public:
    explicit NamesById(const QList<T> &list) : m_list(list) {}
    QString operator()(const QString &id)
    {
        if (!m_built) {
            m_built = true;
            m_names.reserve(m_list.size());
            for (auto it = m_list.crbegin(); it != m_list.crend(); ++it)
                m_names.insert(it->id, it->name); // backwards: the first of an id wins
        }
        return m_names.value(id);
    }

private:
    const QList<T> &m_list;
    QHash<QString, QString> m_names;
    bool m_built = false;
};

// The name of the entry at index `at` of list when it has the id, else by id.
template <typename T>
QString nameAt(const QList<T> &list, std::optional<qsizetype> at, const QString &id,
               NamesById<T> &byId)
{
    if (at && *at < list.size() && list.at(*at).id == id)
        return list.at(*at).name;
    return byId(id);
}

// The entry at pointer token `token` of a list, when it is an index into it.
template <typename T>
const T *entryAt(const QStringList &tokens, qsizetype token, const QList<T> &list)
{
    bool ok = false;
    const qsizetype i = tokens.value(token).toLongLong(&ok);
    return ok && i >= 0 && i < list.size() ? &list.at(i) : nullptr;
}

// The ids of the phase and item (or action) at a problem's pointer, where the
// problem has none (a problem the text scan found before the plan was read).
void fillIds(Problem &p, const Plan &plan)
{
    const QStringList tokens = p.pointer.split(u'/'); // "", "phases", "0", "reliefs", "1", ...
    const QString &list = tokens.value(1);
    if (list == u"phases"_s) {
        const Phase *phase = entryAt(tokens, 2, plan.phases);
        if (!phase)
            return;
        if (p.phase.isEmpty())
            p.phase = phase->id;
        const Placement *pl =
            tokens.value(3) == u"reliefs"_s ? entryAt(tokens, 4, phase->reliefs) : nullptr;
        const RequiredAction *ra =
            tokens.value(3) == u"actions"_s ? entryAt(tokens, 4, phase->actions) : nullptr;
        if (p.item.isEmpty())
            p.item = pl ? pl->item : ra ? ra->action : QString();
    } else if (list == u"catalog"_s && p.item.isEmpty()) {
        const SanctionsItem *it =
            tokens.value(2) == u"items"_s ? entryAt(tokens, 3, plan.catalog.items) : nullptr;
        const CounterpartAction *a =
            tokens.value(2) == u"actions"_s ? entryAt(tokens, 3, plan.catalog.actions) : nullptr;
        p.item = it ? it->id : a ? a->id : QString();
    }
}

// The ids and names a pointer's array positions stand for, where the reason
// does not already quote them: "; phase "Freeze" (p1), item "Coal" (coal)".
QString namesOf(const Problem &problem)
{
    const QString &pointer = problem.pointer;
    const bool inPhase = pointer.startsWith(u"/phases/"_s);
    const bool items = pointer.startsWith(u"/catalog/items/"_s);
    const bool actions = pointer.startsWith(u"/catalog/actions/"_s);
    // What the reason quotes is not repeated; a name being complained about is not shown.
    const auto left = [&](const QString &text) {
        return text.isEmpty() || problem.reason.contains(u'"' + text + u'"') ? QString() : text;
    };
    const auto ownName = [&](QStringView list) {
        const std::optional<qsizetype> at = indexAfter(pointer, list);
        return at && pointer == list.toString() + QString::number(*at) + u"/name"_s;
    };
    QStringList named;
    if (inPhase) {
        const QString name = ownName(u"/phases/") ? QString() : left(problem.phaseName);
        const QString text = namedText(NamedKind::Phase, name, left(problem.phase));
        if (!text.isEmpty())
            named << text;
    }
    if (inPhase || items || actions) {
        const bool own = ownName(u"/catalog/items/") || ownName(u"/catalog/actions/");
        const QString name = own ? QString() : left(problem.itemName);
        const bool action = actions || pointer.contains(u"/actions/"_s);
        const QString text =
            namedText(action ? NamedKind::Action : NamedKind::Item, name, left(problem.item));
        if (!text.isEmpty())
            named << text;
    }
    return named.isEmpty() ? QString() : u"; "_s + named.join(u", "_s);
}

} // namespace

QString namedText(const QString &name, const QString &id)
{
    if (name.isEmpty() || name == id)
        return id.isEmpty() ? QString() : quotedName(id);
    if (id.isEmpty())
        return quotedName(name);
    return quotedName(name) + u" ("_s + terminalSafeElided(id, kQuotedNameLength) + u')';
}

QString namedText(NamedKind kind, const QString &name, const QString &id)
{
    const QString named = namedText(name, id);
    if (named.isEmpty())
        return named;
    switch (kind) {
    case NamedKind::Phase:
        return QCoreApplication::translate("tranche", "phase %1").arg(named);
    case NamedKind::Item:
        return QCoreApplication::translate("tranche", "item %1").arg(named);
    case NamedKind::Action:
        return QCoreApplication::translate("tranche", "action %1").arg(named);
    }
    return named;
}

void nameProblems(QList<Problem> &problems, const Plan &plan)
{
    NamesById<Phase> phases(plan.phases);
    NamesById<SanctionsItem> items(plan.catalog.items);
    NamesById<CounterpartAction> actions(plan.catalog.actions);
    for (Problem &p : problems) {
        if (p.phase.isEmpty() || p.item.isEmpty())
            fillIds(p, plan);
        const std::optional<qsizetype> phaseAt = indexAfter(p.pointer, u"/phases/");
        if (!p.phase.isEmpty())
            p.phaseName = nameAt(plan.phases, phaseAt, p.phase, phases);
        if (p.item.isEmpty())
            continue;
        const std::optional<qsizetype> itemAt = indexAfter(p.pointer, u"/catalog/items/");
        const std::optional<qsizetype> actionAt = indexAfter(p.pointer, u"/catalog/actions/");
        if (itemAt)
            p.itemName = nameAt(plan.catalog.items, itemAt, p.item, items);
        else if (actionAt || (phaseAt && p.pointer.contains(u"/actions/"_s)))
            p.itemName = nameAt(plan.catalog.actions, actionAt, p.item, actions);
        else if (phaseAt) // a placement's item
            p.itemName = items(p.item);
        else if (p.itemName = items(p.item); p.itemName.isEmpty()) // a waiver's item or action
            p.itemName = actions(p.item);
    }
}

QString problemText(const Problem &problem)
{
    return problem.pointer + u": "_s + problem.reason + namesOf(problem);
}

QString formatProblem(const QString &file, const Problem &problem)
{
    if (problem.namesFile)
        return problem.reason;
    // The whole document ("" pointer) has no pointer to print.
    if (problem.pointer.isEmpty())
        return file + u": "_s + problem.reason;
    return file + u": "_s + problemText(problem);
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
