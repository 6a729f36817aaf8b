#include "exercise/exercisesession.h"

#include "rules/ruleprofile.h"

namespace tranche {

namespace {

RuleProfile profileOf(const Plan &plan)
{
    const ProfileResult found = findRuleProfile(plan.meta.profile);
    return found.ok() ? *found.profile : RuleProfile();
}

} // namespace

ExerciseSession::ExerciseSession(PlayedExercise played, QObject *parent)
    : QObject(parent), m_played(std::move(played)), m_profile(profileOf(m_played.plan))
{
    if (!m_played.log) {
        m_played.log = ExerciseLog();
        m_played.log->package = m_played.package.id;
        m_played.run = runExercise(m_played.plan, m_played.package, &*m_played.log, m_profile);
    }
}

std::unique_ptr<ExerciseSession> ExerciseSession::open(const QString &package, const QString &log,
                                                       QStringList &errors)
{
    std::optional<PlayedExercise> played = playExercise(package, log, errors);
    if (!played)
        return nullptr;
    auto session = std::make_unique<ExerciseSession>(std::move(*played));
    session->m_packagePath = package;
    return session;
}

QList<Problem> ExerciseSession::setLog(const ExerciseLog &log)
{
    ExerciseRun run = runExercise(m_played.plan, m_played.package, &log, m_profile);
    if (!run.problems.isEmpty())
        return run.problems;
    m_played.log = log;
    m_played.run = std::move(run);
    emit changed();
    return {};
}

const ExerciseMonth *ExerciseSession::lastPlayed() const
{
    return run().months.isEmpty() ? nullptr : &run().months.constLast();
}

QList<ExerciseMonth> ExerciseSession::turnMonths() const
{
    QList<ExerciseMonth> months;
    for (const ExerciseMonth &m : run().months)
        if (m.turn > 0)
            months << m;
    return months;
}

QList<std::pair<int, int>> ExerciseSession::firedInjects() const
{
    QList<std::pair<int, int>> fired;
    for (const ExerciseMonth &m : run().months)
        for (const ExerciseEvent &e : m.events)
            if (e.type == ExerciseEventType::Inject)
                fired.append({m.month, e.inject});
    return fired;
}

} // namespace tranche
