#include "rules/checker.h"

#include "document/changeevent.h"
#include "document/editfieldcommand.h"
#include "document/plandocument.h"

namespace tranche {

Checker::Checker(PlanDocument *document, QObject *parent) : QObject(parent), m_document(document)
{
    Q_ASSERT(document);
    connect(document, &PlanDocument::changed, this, &Checker::onChanged);
    loadPlanProfile();
    recheck();
}

Checker::~Checker() = default;

FindingCounts Checker::phaseCounts(const QString &phaseId) const
{
    QList<Finding> of;
    for (const Finding &f : m_findings) {
        if (f.phase == phaseId)
            of.append(f);
    }
    return countFindings(of);
}

QList<Waiver> Checker::staleWaivers() const
{
    if (!m_document)
        return {};
    return tranche::staleWaivers(m_document->plan().waivers, m_findings);
}

void Checker::setProfile(const RuleProfile &profile)
{
    m_explicitProfile = true;
    m_profileError.clear();
    if (!(profile == m_engine.profile())) {
        m_engine.setProfile(profile);
        Q_EMIT profileChanged();
    }
    recheck();
}

void Checker::followPlanProfile()
{
    m_explicitProfile = false;
    loadPlanProfile();
    recheck();
}

void Checker::loadPlanProfile()
{
    if (m_explicitProfile || !m_document)
        return;
    const QString name = m_document->plan().meta.profile;
    if (name == m_engine.profile().name() && m_profileError.isEmpty())
        return;
    ProfileResult found = findRuleProfile(name);
    RuleProfile profile;
    if (found.ok()) {
        profile = *found.profile;
        m_profileError.clear();
    } else {
        m_profileError = found.errors.join(u'\n');
    }
    if (!(profile == m_engine.profile())) {
        m_engine.setProfile(profile);
        Q_EMIT profileChanged();
    }
}

void Checker::onChanged(const ChangeEvent &event)
{
    switch (event.kind) {
    case ChangeEvent::Reset:
        m_engine.invalidate();
        loadPlanProfile();
        break;
    case ChangeEvent::MetaChanged:
        if (event.touches(MetaField::Profile))
            loadPlanProfile(); // the reference value is compared by the engine itself
        break;
    case ChangeEvent::PhaseInserted:
    case ChangeEvent::PhaseRemoved:
    case ChangeEvent::PhaseMoved:
        m_engine.remapPhases(event);
        break;
    case ChangeEvent::CatalogChanged: // the engine compares the catalog it indexed
    case ChangeEvent::PhaseChanged:   // and every phase with its cached copy,
    case ChangeEvent::ActionsChanged: // so these need no hint
    case ChangeEvent::PlacementInserted:
    case ChangeEvent::PlacementRemoved:
    case ChangeEvent::PlacementChanged:
        break;
    case ChangeEvent::WaiversChanged: {
        QList<Finding> findings = m_findings;
        applyWaivers(m_document->plan().waivers, findings);
        if (findings != m_findings) {
            m_findings = std::move(findings);
            m_counts = countFindings(m_findings);
            Q_EMIT findingsChanged();
        }
        return;
    }
    }
    recheck();
}

void Checker::recheck()
{
    if (!m_document)
        return;
    QList<Finding> findings = m_engine.update(m_document->plan());
    if (findings == m_findings)
        return;
    m_findings = std::move(findings);
    m_counts = countFindings(m_findings);
    Q_EMIT findingsChanged();
}

} // namespace tranche
