#include "charts/figurelabel.h"

#include <QEvent>
#include <QLabel>
#include <QResizeEvent>

namespace tranche {

FigureLabel::FigureLabel(QWidget *parent) : QWidget(parent), m_label(new QLabel(this))
{
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFocusProxy(m_label);
    // Opaque: a new text repaints the label, not the dock and window under it.
    setAutoFillBackground(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void FigureLabel::setText(const QString &text)
{
    m_label->setText(text);
    // Seen, the label's request to be laid out again comes here as an event
    // (this holder has no layout); unseen, none comes, so pass it on now.
    if (!isVisible())
        updateGeometry();
}

QString FigureLabel::text() const
{
    return m_label->text();
}

QSize FigureLabel::sizeHint() const
{
    return m_label->sizeHint();
}

QSize FigureLabel::minimumSizeHint() const
{
    return m_label->minimumSizeHint();
}

bool FigureLabel::hasHeightForWidth() const
{
    return true;
}

int FigureLabel::heightForWidth(int width) const
{
    return m_label->heightForWidth(width);
}

bool FigureLabel::event(QEvent *event)
{
    // The label's text changed: the dock is laid out again only if the text
    // needs another height at this width (then the new height is given).
    if (event->type() == QEvent::LayoutRequest) {
        if (m_label->heightForWidth(width()) != height())
            updateGeometry();
        return true;
    }
    return QWidget::event(event);
}

void FigureLabel::resizeEvent(QResizeEvent *event)
{
    m_label->setGeometry(QRect(QPoint(0, 0), event->size()));
    QWidget::resizeEvent(event);
}

} // namespace tranche
