#pragma once
// The exercise control desk: the trainer's window for running a tabletop
// exercise. The clock with Advance, the MSEL (every inject with its trigger,
// audience, synopsis, controller notes and status) with fire now, skip and
// adjudicate, decisions by role on the selected placement or action with the
// rationale asked for, the open turn's decisions (withdrawable until Advance),
// and the running figures X1..X8 and "kept if they walk now". Every decision
// is appended to the log, checked as `tranche exercise run --log` would read
// it, replayed through the same engine, and saved atomically beside the
// package as NAME.log.json. View > Public Screen opens the room's screen.

#include "exercise/exerciseengine.h"
#include "exercise/exerciselog.h"
#include "exercise/exerciselogfile.h"
#include "exercise/publicscreen.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace tranche {

class CaveatBanner;
class ExerciseSession;
class PlayedTimeline;

class ControlDesk : public QMainWindow
{
    Q_OBJECT
public:
    // session: an open exercise; logPath: where its log is saved after every decision.
    ControlDesk(std::unique_ptr<ExerciseSession> session, const QString &logPath,
                QWidget *parent = nullptr);
    ~ControlDesk() override;

    // Opens PACKAGE with LOG (empty: NAME.log.json beside it when it exists).
    static ControlDesk *open(const QString &package, const QString &log, QStringList &errors);
    // The same, shown in a window of its own (deleted on close); when it cannot
    // open, a warning titled title over parent lists why and null is returned.
    static ControlDesk *openWindow(const QString &package, QWidget *parent, const QString &title);

    ExerciseSession *session() const { return m_session.get(); }
    QString logPath() const { return m_logPath; }
    // The last refusal or save error shown in the status line ("" when none).
    QString statusText() const;
    PublicScreen *publicScreen() const { return m_public; }
    // Writes the after-action report of the run as it stands; "" or why not.
    QString exportAfterActionReport(const QString &path) const;

public slots:
    void showPublicScreen();
    // The evaluators' ratings and improvement plan (after play), saved with the log.
    void editEvaluation();
    // Makes ref (when valid) the placement and action (when not empty) the
    // counterpart's action the desk's decisions apply to.
    void setTarget(tranche::PlacementRef ref, const QString &action);
    // Takes a decision of type by role on that target first chosen, through
    // the same path as the Decisions menu (the rationale asked for if required).
    void decideOn(tranche::PlacementRef ref, const QString &action, tranche::DecisionType type,
                  tranche::ExerciseRole role);

private:
    QWidget *buildClock();
    QWidget *buildMsel();
    QWidget *buildDecisions();
    QWidget *buildOpenTurn();
    QWidget *buildPlayed();
    void buildMenus();
    void showMselMenu(const QPoint &pos);
    // The "Timeline as played" tab: its selection is the decisions' target and
    // its context menu offers the decisions on it, grouped by role.
    void watchPlayedTimeline(QTabWidget *tabs);
    void targetFromPlayed();
    void showPlayedMenu(const QPoint &globalPos);
    QString askRationale(DecisionType type);
    QString eventText(const ExerciseEvent &e) const;
    void refreshPlayed();
    QPushButton *decisionButton(const QString &text, DecisionType type, ExerciseRole role);
    void refresh();
    void refreshMsel();
    void refreshOpenTurn();
    void refreshFigures();
    void refreshTargets();
    void refreshPlacementStates();

    int selectedInject() const;
    // Appends the decision (seq, turn, author, rationale filled in) and replays.
    bool take(Decision d);
    bool commit(const ExerciseLog &log);
    void decide(DecisionType type, ExerciseRole role);
    void withdraw();

    std::unique_ptr<ExerciseSession> m_session;
    QString m_logPath;
    ExerciseLogKeeper m_keeper; // the log beside, in a .tranche package, in a recovery file
    QPointer<PublicScreen> m_public;
    CaveatBanner *m_caveat = nullptr;
    QLabel *m_clock = nullptr;
    QSpinBox *m_months = nullptr;
    QPushButton *m_advance = nullptr;
    QTableWidget *m_msel = nullptr;
    QComboBox *m_option = nullptr;
    QComboBox *m_placement = nullptr;
    QComboBox *m_action = nullptr;
    QSpinBox *m_delayTo = nullptr;
    QCheckBox *m_reverse = nullptr;
    QSpinBox *m_extend = nullptr;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_rationale = nullptr;
    QLineEdit *m_author = nullptr;
    QListWidget *m_openTurn = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_kept = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_played = nullptr;
    QLabel *m_turnEvents = nullptr;
    PlayedTimeline *m_playedTimeline = nullptr;
};

} // namespace tranche
