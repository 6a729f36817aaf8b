#include "panels/findingdetailplaceholder.h"

#include <QAbstractTextDocumentLayout>
#include <QFocusEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTextOption>

namespace tranche {

FindingDetailPlaceholder::FindingDetailPlaceholder(QWidget *parent) : QFrame(parent)
{
    // As QAbstractScrollArea and QTextEdit set themselves up.
    setFrameStyle(QFrame::StyledPanel | QFrame::Sunken);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    QTextOption option = m_document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // QTextEdit's default
    m_document.setDefaultTextOption(option);
    QAccessible::installActivationObserver(this);
}

FindingDetailPlaceholder::~FindingDetailPlaceholder()
{
    QAccessible::removeActivationObserver(this);
}

void FindingDetailPlaceholder::setHtml(const QString &html)
{
    m_document.setHtml(html);
    update();
}

QString FindingDetailPlaceholder::toPlainText() const
{
    return m_document.toPlainText();
}

QSize FindingDetailPlaceholder::sizeHint() const
{
    return {256, 192}; // QAbstractScrollArea::sizeHint() with AdjustIgnored, QTextEdit's
}

QSize FindingDetailPlaceholder::minimumSizeHint() const
{
    // QAbstractScrollArea::minimumSizeHint(): both scroll bars' size hints and the frame.
    const auto barHint = [this](Qt::Orientation orientation) {
        QStyleOptionSlider option;
        option.initFrom(this);
        option.orientation = orientation;
        if (orientation == Qt::Horizontal)
            option.state |= QStyle::State_Horizontal;
        const int extent = style()->pixelMetric(QStyle::PM_ScrollBarExtent, &option);
        const int sliderMin = style()->pixelMetric(QStyle::PM_ScrollBarSliderMin, &option);
        const QSize size = orientation == Qt::Horizontal ? QSize(extent * 2 + sliderMin, extent)
                                                         : QSize(extent, extent * 2 + sliderMin);
        return style()->sizeFromContents(QStyle::CT_ScrollBar, &option, size);
    };
    const QSize horizontal = barHint(Qt::Horizontal);
    const QSize vertical = barHint(Qt::Vertical);
    int extra = 2 * frameWidth();
    QStyleOption option;
    option.initFrom(this);
    if (style()->styleHint(QStyle::SH_ScrollView_FrameOnlyAroundContents, &option))
        extra += style()->pixelMetric(QStyle::PM_ScrollView_ScrollBarSpacing, &option);
    return {horizontal.width() + vertical.width() + extra,
            vertical.height() + horizontal.height() + extra};
}

void FindingDetailPlaceholder::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event); // the frame first: the browser's viewport covers its inside
    QPainter painter(this);
    const QRect viewport = contentsRect();
    painter.fillRect(viewport, palette().brush(QPalette::Base)); // the viewport's background
    if (m_document.defaultFont() != font())
        m_document.setDefaultFont(font());
    m_document.setTextWidth(viewport.width()); // QTextEdit::WidgetWidth wrapping
    painter.save();
    painter.translate(viewport.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.clip = QRectF(event->rect().translated(-viewport.topLeft()));
    painter.setClipRect(context.clip, Qt::IntersectClip);
    m_document.documentLayout()->draw(&painter, context);
    painter.restore();
}

void FindingDetailPlaceholder::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    Q_EMIT browserRequested(event->reason());
}

void FindingDetailPlaceholder::accessibilityActiveChanged(bool active)
{
    if (active)
        Q_EMIT browserRequested(Qt::OtherFocusReason);
}

} // namespace tranche
