#include "document/waivercommands.h"

#include "document/plandocument.h"

namespace tranche {

SetWaiversCommand::SetWaiversCommand(PlanDocument *doc, QList<Waiver> waivers, const QString &text,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent), m_doc(doc), m_old(doc->plan().waivers), m_new(std::move(waivers))
{
    setObsolete(m_old == m_new);
}

void SetWaiversCommand::redo()
{
    m_doc->setWaivers(m_new);
}
void SetWaiversCommand::undo()
{
    m_doc->setWaivers(m_old);
}

} // namespace tranche
