#include "panels/deferredclearbutton.h"

#include <QEvent>
#include <QLineEdit>
#include <QTimer>

namespace tranche {

void DeferredClearButton::install(QLineEdit *line)
{
    new DeferredClearButton(line);
}

DeferredClearButton::DeferredClearButton(QLineEdit *line) : QObject(line), m_line(line)
{
    line->installEventFilter(this);
}

bool DeferredClearButton::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_line && !m_enabled) {
        switch (event->type()) {
        case QEvent::FocusIn:
        case QEvent::KeyPress:
        case QEvent::InputMethod:
            enable(); // before the first character is typed
            break;
        case QEvent::Paint:
            // After this frame: the timer's event comes after the paint has finished.
            QTimer::singleShot(0, this, &DeferredClearButton::enable);
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void DeferredClearButton::enable()
{
    if (m_enabled)
        return;
    m_enabled = true;
    m_line->removeEventFilter(this);
    m_line->setClearButtonEnabled(true);
    deleteLater();
}

} // namespace tranche
