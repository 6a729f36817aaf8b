#pragma once
// The inspector dock content: every field of the selected phase, placement or
// required action (or the plan's metadata when nothing is selected), validated
// as typed; each edit is pushed as the matching undoable command.

#include "document/changeevent.h"
#include "model/plan.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QUndoCommand;

namespace tranche {

class PlanDocument;

class Inspector : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Plan, Phase, Placement, Action };

    explicit Inspector(QWidget *parent = nullptr);
    ~Inspector() override;

    void setDocument(PlanDocument *doc);
    PlanDocument *document() const;

    // What to show. An invalid ref / index shows the plan metadata.
    void setSelection(PlacementRef ref);
    void setPhase(int phase);
    void setRequiredAction(int phase, int index);
    void clear();

    Mode mode() const { return m_mode; }
    PlacementRef selection() const { return m_ref; }
    int phase() const { return m_phase; }
    int actionIndex() const;

    // Rule profiles offered for the plan (default: strict, flexible).
    void setProfileNames(const QStringList &names);
    // Move keyboard focus to the first editable field of what is shown.
    void focusFirstField();
    // When a placement is shown that escrows value but names no escrow agent or no
    // permitted uses (ESC-1), moves the focus to the first of those fields that is
    // blank and returns true.
    bool focusEmptyEscrowTerm();

Q_SIGNALS:
    // A short reason when an edit was refused (also shown in the inspector).
    void statusMessage(const QString &message);
    // The plan page's Sources button: edit the plan's bibliography.
    void sourcesRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static QSpinBox *makeMonthSpin(QWidget *parent, const QString &objectName);
    void buildPlanPage();
    void buildPhasePage();
    void buildPlacementPage();
    void buildActionPage();
    // Pages are built when first shown (the plan's at once): a window starts
    // without the pages nobody has looked at yet.
    void ensurePage(Mode mode);
    void retranslateUi();
    // The texts of the pages built so far, without refreshing their values.
    void retranslatePages();
    void setMode(Mode mode);

    void onDocumentChanged(const ChangeEvent &event);
    // Whether `event` changed what the current page shows: the plan page shows the
    // metadata and the catalog, the others one phase and catalog entries.
    bool pageShows(const ChangeEvent &event) const;
    void refresh();
    void refreshPlan();
    void refreshPhase();
    void refreshPhaseActions();
    void refreshAddActionCombo();
    void refreshPlacement();
    void refreshAction();

    void push(QUndoCommand *command);
    void editMeta(int field, const QVariant &value);
    void editPhaseMonths();
    void editPhaseId(const QString &text);
    void editPlacementMonths();
    void editPlacement(int field, const QVariant &value);
    void editValueQuantified(bool quantified);
    void addRequiredAction();
    void removeRequiredAction();
    void showError(QLabel *label, const QString &message);
    // Whether a span from start to end (none: open-ended) is in order; if not,
    // error says why, else error is hidden.
    bool monthsInOrder(QLabel *error, int start, std::optional<int> end);

    const Phase *currentPhase() const;
    const Placement *currentPlacement() const;

    QPointer<PlanDocument> m_doc;
    Mode m_mode = Mode::Plan;
    PlacementRef m_ref;
    int m_phase = -1;
    QString m_actionId; // Mode::Action: the required action's id within m_phase
    bool m_updating = false;
    QStringList m_profiles;

    QLabel *m_title = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_scroll = nullptr;

    // Plan metadata.
    QWidget *m_planPage = nullptr;
    QLineEdit *m_metaTitle = nullptr;
    QLineEdit *m_metaCounterpart = nullptr;
    QLineEdit *m_metaStart = nullptr;
    QLineEdit *m_metaClassification = nullptr;
    QLineEdit *m_metaReferenceBasis = nullptr;
    QLineEdit *m_metaDecision = nullptr;
    QLabel *m_metaCitations = nullptr;
    QPushButton *m_metaSources = nullptr;
    QComboBox *m_metaProfile = nullptr;
    QCheckBox *m_metaReferenceSet = nullptr;
    QDoubleSpinBox *m_metaReference = nullptr;
    QLabel *m_metaReferenceHint = nullptr;
    QLabel *m_metaError = nullptr;

    // Phase.
    QWidget *m_phasePage = nullptr;
    QLineEdit *m_phaseId = nullptr;
    QLineEdit *m_phaseName = nullptr;
    QComboBox *m_phaseKind = nullptr;
    QSpinBox *m_phaseStart = nullptr;
    QSpinBox *m_phaseEnd = nullptr;
    QLabel *m_phaseError = nullptr;
    QTableWidget *m_phaseActions = nullptr;
    QComboBox *m_addAction = nullptr;
    QSpinBox *m_addMonth = nullptr;
    QPushButton *m_addActionButton = nullptr;
    QPushButton *m_removeActionButton = nullptr;
    QLabel *m_phaseSummary = nullptr;

    // Placement.
    QWidget *m_placementPage = nullptr;
    QLineEdit *m_plItem = nullptr;
    QLineEdit *m_plPhase = nullptr;
    QCheckBox *m_plNotQuantified = nullptr; // the item's valueQuantified, inverted
    QDoubleSpinBox *m_plExtent = nullptr;
    QSpinBox *m_plStart = nullptr;
    QCheckBox *m_plOpenEnded = nullptr;
    QSpinBox *m_plEnd = nullptr;
    QLabel *m_plError = nullptr;
    QDoubleSpinBox *m_plEscrowShare = nullptr;
    QLineEdit *m_plEscrowAgent = nullptr;
    QLineEdit *m_plPermittedUses = nullptr;
    QCheckBox *m_plSnapback = nullptr;
    QPlainTextEdit *m_plNote = nullptr;
    QLabel *m_plSummary = nullptr;

    // Required action.
    QWidget *m_actionPage = nullptr;
    QLineEdit *m_acName = nullptr;
    QLineEdit *m_acPhase = nullptr;
    QLabel *m_acDetails = nullptr;
    QSpinBox *m_acMonth = nullptr;
    QPushButton *m_acRemove = nullptr;

    // Form labels, kept for retranslation: (label, source text).
    QList<QPair<QLabel *, const char *>> m_labels;
};

} // namespace tranche
