#include "panels/wraplabel.h"

#include <QEvent>

namespace tranche {

WrapLabel::WrapLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}

void WrapLabel::forgetIfStale() const
{
    // QLabel::setText and the margin setters are not virtual: a change is
    // seen here, by comparing what the answers were computed for.
    if (m_text == text() && m_margins == contentsMargins() && m_margin == margin() &&
        m_indent == indent())
        return;
    m_text = text();
    m_margins = contentsMargins();
    m_margin = margin();
    m_indent = indent();
    m_heights.clear();
}

int WrapLabel::heightForWidth(int width) const
{
    forgetIfStale();
    if (const std::optional<int> known = m_heights.find(width))
        return *known;
    const int height = QLabel::heightForWidth(width);
    ++m_computed;
    m_heights.remember(width, height);
    return height;
}

void WrapLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
        m_heights.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace tranche
