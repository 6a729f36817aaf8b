#pragma once
// One open plan: owns the Plan, its undo stack, its file name and modified
// state, and emits typed change events. Views and commands change the plan
// only through the mutators below; user edits go through the commands in
// core/document/commands.h (push them with undoStack()->push()).

#include "document/changeevent.h"
#include "model/plan.h"

#include <QObject>
#include <QUndoStack>

namespace tranche {

class PlanDocument : public QObject
{
    Q_OBJECT
public:
    explicit PlanDocument(QObject *parent = nullptr);
    explicit PlanDocument(Plan plan, QObject *parent = nullptr);
    ~PlanDocument() override;

    const Plan &plan() const { return m_plan; }
    QUndoStack *undoStack() { return &m_undo; }

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    bool isModified() const { return !m_undo.isClean(); }
    void markSaved() { m_undo.setClean(); }

    // Replace the whole plan (load, revert); clears the undo stack.
    void resetPlan(Plan plan);

    // --- Mutators: used by undo commands only. Each emits changed(); `fields`
    // names the fields that changed (ChangeEvent::fieldBit of the object's field enum). ---
    void setMeta(const PlanMeta &meta, ChangeEvent::Fields fields = ChangeEvent::AllFields);
    void setCatalog(const Catalog &catalog);
    void insertPhase(int index, Phase phase);
    Phase takePhase(int index);
    void movePhase(int from, int to);
    void setPhaseFields(int index, const QString &id, const QString &name, PhaseKind kind,
                        int start, int end, ChangeEvent::Fields fields = ChangeEvent::AllFields);
    void insertRequiredAction(int phase, int index, RequiredAction action);
    RequiredAction takeRequiredAction(int phase, int index);
    void setRequiredAction(int phase, int index, const RequiredAction &action,
                           ChangeEvent::Fields fields = ChangeEvent::AllFields);
    void insertPlacement(PlacementRef ref, Placement placement);
    Placement takePlacement(PlacementRef ref);
    void setPlacement(PlacementRef ref, const Placement &placement,
                      ChangeEvent::Fields fields = ChangeEvent::AllFields);
    void setWaivers(const QList<Waiver> &waivers);
    // The plan's bibliography (plan.meta.sources): MetaChanged, field MetaField::Sources.
    void insertSource(int index, Source source);
    Source takeSource(int index);
    void setSource(int index, const Source &source);
    // One catalog item: CatalogChanged.
    void setCatalogItem(int index, const SanctionsItem &item);
    // The plan's kept top-level members (e.g. `exercise`); emits extraChanged()
    // only: the rules, the timeline and the flow do not read them.
    void setExtra(const QJsonObject &extra);

Q_SIGNALS:
    void changed(const tranche::ChangeEvent &event);
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);
    void extraChanged();

private:
    void emitChange(const ChangeEvent &event);

    Plan m_plan;
    QUndoStack m_undo;
    QString m_fileName;
};

} // namespace tranche
