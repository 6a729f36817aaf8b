#include "document/sourcecommands.h"

#include "document/commandtext.h"
#include "document/plandocument.h"
#include "io/validation.h"

using namespace Qt::StringLiterals;

namespace tranche {

void SourceList::insert(PlanDocument *doc, int at, const Source &source)
{
    doc->insertSource(at, source);
}

Source SourceList::take(PlanDocument *doc, int at)
{
    return doc->takeSource(at);
}

AddSourceCommand::AddSourceCommand(PlanDocument *doc, Source source, int at, QUndoCommand *parent)
    : EntryCommand(doc, at < 0 ? int(doc->plan().meta.sources.size()) : at, std::move(source), true,
                   Commands::tr("Add Source"), parent)
{}

RemoveSourceCommand::RemoveSourceCommand(PlanDocument *doc, int index, QUndoCommand *parent)
    : EntryCommand(doc, index, {}, false, Commands::tr("Remove Source"), parent)
{}

namespace {

// The problems the reader reports against a plan holding only these sources.
QList<Problem> sourceProblems(const QList<Source> &sources)
{
    Plan probe;
    probe.meta.sources = sources;
    QList<Problem> problems = validatePlan(probe);
    problems.removeIf([](const Problem &p) { return !p.pointer.startsWith(u"/plan/sources/"_s); });
    return problems;
}

} // namespace

std::optional<Problem> sourceIdRefusal(const QList<Source> &sources, int index, const QString &id)
{
    QList<Source> edited = sources;
    if (index >= edited.size())
        edited.append(Source{});
    edited[index].id = id;
    const QList<Problem> before = sourceProblems(sources);
    for (const Problem &p : sourceProblems(edited)) {
        if (!before.contains(p))
            return p;
    }
    return std::nullopt;
}

Source newSource(const QList<Source> &sources)
{
    Source source;
    for (qsizetype n = sources.size() + 1;; ++n) {
        source.id = u"S"_s + QString::number(n);
        if (!sourceIdRefusal(sources, int(sources.size()), source.id))
            return source;
    }
}

QString valueQuantifiedRefusal(const SanctionsItem &item, bool quantified)
{
    if (quantified || item.annualValueUsd == 0 || !item.valueQuantified)
        return {};
    return QCoreApplication::translate("tranche",
                                       "%1 has an estimated value: an item whose value is not "
                                       "quantified is valued 0 in the catalog")
        .arg(nameOrId(item));
}

} // namespace tranche
