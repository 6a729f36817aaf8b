#pragma once
// Test helper: counts the events of one type that an object receives (paints,
// layout requests...), to check that a change repaints or relays out no more
// than it must.

#include <QEvent>
#include <QObject>

namespace tranche {

class EventCounter : public QObject
{
public:
    EventCounter(QObject *watched, QEvent::Type type) : m_type(type)
    {
        watched->installEventFilter(this);
    }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == m_type)
            ++count;
        return false;
    }

private:
    QEvent::Type m_type;
};

} // namespace tranche
