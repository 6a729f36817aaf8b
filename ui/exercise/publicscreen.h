#pragma once
// The exercise's public screen, for a projector in the room: the caveat, the
// clock, the injects addressed to all that have fired, released value, escrow
// and "kept if they walk now", and the chart of the months played. It never
// shows the projection (that would give away the open turn's decisions), the
// controller notes, the injects still to come or the teams' rationales.

#include "exercise/playedchartwidget.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace tranche {

class CaveatBanner;
class ExerciseSession;

class PublicScreen : public QWidget
{
    Q_OBJECT
public:
    explicit PublicScreen(ExerciseSession *session, QWidget *parent = nullptr);

    void refresh();

private:
    QLabel *figure(const QString &caption, QLabel *&value);

    ExerciseSession *m_session;
    CaveatBanner *m_caveat = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_released = nullptr;
    QLabel *m_escrow = nullptr;
    QLabel *m_kept = nullptr;
    QListWidget *m_injects = nullptr;
    PlayedChartWidget *m_chart = nullptr;
};

} // namespace tranche
