#pragma once
// The exercise's plan as played on the timeline, for the control desk: the
// plan's timeline (read-only: the exercise never edits its plan) with the
// played state drawn over it (PlayedOverlay) and the overlay's legend above.
// It follows the session: every replay of the log redraws it. A click selects
// what decisions apply to (a placement, a phase or one of its required
// actions); a right-click on it asks for the decisions on it
// (targetMenuRequested), which the control desk offers.

#include "exercise/playedstate.h"

#include <QWidget>

namespace tranche {

class ExerciseSession;
class PlanDocument;
class TimelineView;

class PlayedTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit PlayedTimeline(ExerciseSession *session, QWidget *parent = nullptr);
    ~PlayedTimeline() override;

    TimelineView *view() const { return m_view; }
    const PlayedState &playedState() const { return m_state; }

    void refresh();

Q_SIGNALS:
    // A context menu on the selection (a placement, phase or action) at globalPos.
    void targetMenuRequested(const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    ExerciseSession *m_session;
    PlanDocument *m_document;
    TimelineView *m_view;
    PlayedState m_state;
    bool m_fitted = false;
};

} // namespace tranche
