#include "window/dockcontent.h"

#include <QEvent>

namespace tranche {

DockContent::DockContent(QWidget *content, QWidget *parent) : QWidget(parent), m_content(content)
{
    content->setParent(this);
    content->move(0, 0);
    setFocusProxy(content);
    // Size hints are asked for when the dock is laid out, not here: a hidden
    // dock's content never computes them.
    setSizePolicy(content->sizePolicy());
    setMinimumSize(content->minimumSize());
    setMaximumSize(content->maximumSize());
}

QSize DockContent::sizeHint() const
{
    return m_content->sizeHint();
}

QSize DockContent::minimumSizeHint() const
{
    return m_content->minimumSizeHint();
}

DockContent::Constraints DockContent::constraints() const
{
    return {m_content->sizeHint(), m_content->minimumSizeHint(), m_content->minimumSize(),
            m_content->maximumSize(), m_content->sizePolicy()};
}

bool DockContent::event(QEvent *event)
{
    // The content asked for a new layout (it has no layout of ours to go
    // through): only new constraints concern the dock and the main window.
    if (event->type() == QEvent::LayoutRequest) {
        const Constraints now = constraints();
        if (!m_last || !(now == *m_last)) {
            m_last = now;
            setSizePolicy(now.policy);
            setMinimumSize(now.minimum);
            setMaximumSize(now.maximum);
            updateGeometry();
        }
        return true;
    }
    return QWidget::event(event);
}

void DockContent::resizeEvent(QResizeEvent *event)
{
    m_content->setGeometry(rect());
    QWidget::resizeEvent(event);
}

} // namespace tranche
