#include "window/firstframewatcher.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QWidget>

namespace tranche {

FirstFrameWatcher::FirstFrameWatcher(QWidget *widget, QObject *parent)
    : QObject(parent), m_widget(widget)
{
    widget->installEventFilter(this);
}

bool FirstFrameWatcher::wait(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_painted && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return m_painted;
}

bool FirstFrameWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_widget || event->type() != QEvent::Paint || m_painted)
        return QObject::eventFilter(watched, event);
    // The paint itself first; then it has been seen.
    m_widget->removeEventFilter(this);
    QCoreApplication::sendEvent(m_widget, event);
    m_painted = true;
    Q_EMIT firstFramePainted();
    return true;
}

} // namespace tranche
