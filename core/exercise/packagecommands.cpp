#include "exercise/packagecommands.h"

#include "document/plandocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

struct PackageText
{
    Q_DECLARE_TR_FUNCTIONS(tranche)
};

// "DPRK: Freeze for relief" -> "dprk-freeze-for-relief".
QString slug(const QString &text)
{
    QString id = text.toLower();
    static const QRegularExpression other(u"[^a-z0-9._-]+"_s);
    id.replace(other, u"-"_s);
    static const QRegularExpression edges(u"^-+|-+$"_s);
    return id.remove(edges).left(64);
}

} // namespace

SetExerciseCommand::SetExerciseCommand(PlanDocument *doc, QJsonObject exercise, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(text, parent), m_doc(doc), m_old(exerciseMember(doc->plan())),
      m_new(std::move(exercise))
{
    setObsolete(m_old == m_new);
}

void SetExerciseCommand::redo()
{
    apply(m_new);
}

void SetExerciseCommand::undo()
{
    apply(m_old);
}

void SetExerciseCommand::apply(const QJsonObject &exercise)
{
    QJsonObject extra = m_doc->plan().extra;
    if (exercise.isEmpty())
        extra.remove(kExerciseKey);
    else
        extra.insert(kExerciseKey, exercise);
    m_doc->setExtra(extra);
}

QJsonObject exerciseMember(const Plan &plan)
{
    return plan.extra.value(kExerciseKey).toObject();
}

QJsonObject newExerciseMember(const Plan &plan, const QString &fallbackName)
{
    QString id = slug(plan.meta.title);
    if (id.isEmpty())
        id = slug(fallbackName);
    if (id.isEmpty())
        id = u"exercise"_s;
    const QString title = plan.meta.title.trimmed().isEmpty()
                              ? PackageText::tr("Exercise")
                              : PackageText::tr("%1 - exercise").arg(plan.meta.title.trimmed());
    return {{u"version"_s, 1}, {u"id"_s, id}, {u"title"_s, title}};
}

SetExerciseCommand *newExerciseCommand(PlanDocument *doc, const QString &fallbackName)
{
    return new SetExerciseCommand(doc, newExerciseMember(doc->plan(), fallbackName),
                                  PackageText::tr("New exercise"));
}

} // namespace tranche
