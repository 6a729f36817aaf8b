#pragma once
// Undo commands on a plan's exercise package (its kept top-level `exercise`
// member): File > New Exercise adds one, and every edit of the MSEL and
// objectives editor replaces it. The member is kept as JSON, exactly as the
// plan file holds it, so that fields Tranche does not know survive an edit.

#include <QJsonObject>
#include <QUndoCommand>

namespace tranche {

class PlanDocument;
struct Plan;

inline constexpr QLatin1StringView kExerciseKey{"exercise"};

// Sets (or, with an empty object, removes) the plan's `exercise` member.
class SetExerciseCommand : public QUndoCommand
{
public:
    SetExerciseCommand(PlanDocument *doc, QJsonObject exercise, const QString &text,
                       QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    void apply(const QJsonObject &exercise);

    PlanDocument *m_doc;
    QJsonObject m_old, m_new;
};

// The plan's `exercise` member (empty when it has none).
QJsonObject exerciseMember(const Plan &plan);
// The member File > New Exercise adds: version 1, an id made from the plan's
// title (lower case, other characters as '-'; else from fallbackName, else
// "exercise") and a title made from the plan's; the trainer fills the rest.
QJsonObject newExerciseMember(const Plan &plan, const QString &fallbackName);
// The command File > New Exercise pushes.
SetExerciseCommand *newExerciseCommand(PlanDocument *doc, const QString &fallbackName);

} // namespace tranche
