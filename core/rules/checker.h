#pragma once
// Live checking of one open plan: listens to its PlanDocument's change events
// and rechecks only what an edit can affect (the changed phases' cached
// results, then the plan-wide rules from per-phase summaries). The findings
// always equal a full RuleEngine::check() of the plan under the profile.

#include "document/plandocument.h"
#include "model/finding.h"
#include "rules/ruleengine.h"
#include "rules/ruleprofile.h"

#include <QObject>
#include <QPointer>

namespace tranche {

class Checker : public QObject
{
    Q_OBJECT
public:
    // Checks under the profile the plan names (plan.profile; "strict" when
    // that name is unknown) until setProfile() sets one explicitly.
    explicit Checker(PlanDocument *document, QObject *parent = nullptr);
    ~Checker() override;

    PlanDocument *document() const { return m_document; }
    const QList<Finding> &findings() const { return m_findings; }
    FindingCounts counts() const { return m_counts; }
    // Counts of the findings naming one phase.
    FindingCounts phaseCounts(const QString &phaseId) const;
    // Waivers of the plan that match no finding.
    QList<Waiver> staleWaivers() const;

    const RuleProfile &profile() const { return m_engine.profile(); }
    void setProfile(const RuleProfile &profile);
    // Back to the profile the plan names.
    void followPlanProfile();
    // Why the plan's profile could not be used (empty when it could).
    QString profileError() const { return m_profileError; }

    // How many phases the last recheck looked at again (for tests and benchmarks).
    int recheckedPhases() const { return m_engine.recheckedPhases(); }

Q_SIGNALS:
    void findingsChanged();
    void profileChanged();

private:
    void onChanged(const ChangeEvent &event);
    void loadPlanProfile();
    void recheck();

    QPointer<PlanDocument> m_document;
    RuleEngine m_engine;
    bool m_explicitProfile = false;
    QString m_profileError;
    QList<Finding> m_findings;
    FindingCounts m_counts;
};

} // namespace tranche
