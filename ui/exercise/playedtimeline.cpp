#include "exercise/playedtimeline.h"

#include "document/plandocument.h"
#include "exercise/exercisesession.h"
#include "timeline/playedoverlay.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace tranche {

namespace {

// The overlay's legend, wrapped to the widget's width.
class PlayedLegend : public QWidget
{
public:
    using QWidget::QWidget;
    QSize sizeHint() const override
    {
        return PlayedOverlay::legendSize(font(), std::max(200, width())).toSize();
    }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override
    {
        return int(PlayedOverlay::legendSize(font(), w).height()) + 1;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        PlayedOverlay::paintLegend(&p, QRectF(rect()));
    }
};

// What a read-only view refuses: every gesture that would edit the plan (a
// press only selects, a context menu only asks for decisions).
bool isEditing(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
    case QEvent::ContextMenu:
        return true;
    default:
        return false;
    }
}

} // namespace

PlayedTimeline::PlayedTimeline(ExerciseSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_document(new PlanDocument(session->plan(), this)),
      m_view(new TimelineView(m_document, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *legend = new PlayedLegend(this); // above: a short window still shows it
    legend->setObjectName(QStringLiteral("playedLegend"));
    layout->addWidget(legend);
    layout->addWidget(m_view, 1);
    for (QAction *a : m_view->actions())
        a->setEnabled(a == m_view->action(TimelineView::Command::ZoomIn) ||
                      a == m_view->action(TimelineView::Command::ZoomOut) ||
                      a == m_view->action(TimelineView::Command::FitToWindow));
    m_view->setAcceptDrops(false);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(session, &ExerciseSession::changed, this, &PlayedTimeline::refresh);
    refresh();
}

PlayedTimeline::~PlayedTimeline()
{
    m_view->setPlayedState(nullptr);
}

void PlayedTimeline::refresh()
{
    m_state = PlayedState::build(m_session->plan(), m_session->run(), m_session->log());
    m_view->setPlayedState(&m_state);
}

bool PlayedTimeline::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress) {
        m_view->selectAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        return true;
    }
    if (watched == m_view->viewport() && event->type() == QEvent::ContextMenu) {
        const auto *menu = static_cast<QContextMenuEvent *>(event);
        if (menu->reason() == QContextMenuEvent::Mouse)
            m_view->selectAt(menu->pos());
        if (m_view->selectedPhase() >= 0)
            emit targetMenuRequested(menu->globalPos());
        return true;
    }
    if ((watched == m_view || watched == m_view->viewport()) && isEditing(event->type()))
        return true;
    return QWidget::eventFilter(watched, event);
}

void PlayedTimeline::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_fitted) { // the exercise's months fill the width at first
        m_fitted = true;
        const qreal width = m_view->viewport()->width() - m_view->geometry().metrics().headerWidth;
        m_view->setZoom(width / (m_session->package().endMonth + 1));
    }
}

} // namespace tranche
