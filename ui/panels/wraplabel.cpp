#include "panels/wraplabel.h"

#include <QEvent>

#include <algorithm>

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
    m_answers.fill(Answer{});
}

int WrapLabel::heightForWidth(int width) const
{
    forgetIfStale();
    for (const Answer &a : m_answers) {
        if (a.width == width)
            return a.height;
    }
    const int height = QLabel::heightForWidth(width);
    ++m_computed;
    std::move_backward(m_answers.begin(), m_answers.end() - 1, m_answers.end());
    m_answers.front() = {width, height};
    return height;
}

void WrapLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
        m_answers.fill(Answer{});
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace tranche
