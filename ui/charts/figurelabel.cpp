#include "charts/figurelabel.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <cmath>

namespace tranche {

namespace {

// What a screen reader is told: static text, whose value is the figure.
class FigureLabelAccessible : public QAccessibleWidget
{
public:
    explicit FigureLabelAccessible(QWidget *w) : QAccessibleWidget(w, QAccessible::StaticText) {}
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value ||
            (t == QAccessible::Name && widget()->accessibleName().isEmpty()))
            return static_cast<const FigureLabel *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *figureLabelAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String(FigureLabel::staticMetaObject.className()) &&
        object->isWidgetType())
        return new FigureLabelAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

FigureLabel::FigureLabel(QWidget *parent) : QWidget(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(figureLabelAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    m_layout.setCacheEnabled(true); // else each paint shapes the text again
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::IBeamCursor);
    // Opaque: a new text repaints the label, not the dock and window under it.
    setAutoFillBackground(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void FigureLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    forget();
    m_anchor = m_cursor = 0;
    if (QAccessible::isActive()) {
        QAccessibleValueChangeEvent changed(this, text);
        QAccessible::updateAccessibility(&changed);
    }
    // The dock is laid out again only if the text needs another height at
    // this width; unseen, the width is not known yet.
    if (!isVisible() || heightForWidth(width()) != height())
        updateGeometry();
    update();
}

QString FigureLabel::selectedText() const
{
    return m_text.mid(selectionStart(), selectionLength());
}

void FigureLabel::selectAll()
{
    setSelection(0, int(m_text.size()));
}

void FigureLabel::copy() const
{
    const QString copied = m_anchor != m_cursor ? selectedText() : m_text;
    QGuiApplication::clipboard()->setText(copied);
}

int FigureLabel::layOut(QTextLayout &layout, int textWidth) const
{
    layout.setText(m_text);
    layout.setFont(font());
    QTextOption option(Qt::AlignLeading);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(layoutDirection());
    layout.setTextOption(option);
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(textWidth);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    ++m_layoutsMade;
    return int(std::ceil(y));
}

const QTextLayout &FigureLabel::shownLayout() const
{
    const int textWidth = std::max(0, contentsRect().width());
    if (m_layoutWidth != textWidth) {
        m_layoutHeight = layOut(m_layout, textWidth);
        m_layoutWidth = textWidth;
    }
    return m_layout;
}

int FigureLabel::textHeight(int textWidth) const
{
    if (textWidth == m_layoutWidth)
        return m_layoutHeight;
    if (const std::optional<int> known = m_heights.find(textWidth))
        return *known;
    if (textWidth == std::max(0, contentsRect().width())) {
        shownLayout();
        return m_layoutHeight;
    }
    QTextLayout probe;
    const int height = layOut(probe, textWidth);
    m_heights.remember(textWidth, height);
    return height;
}

void FigureLabel::forget()
{
    m_layoutWidth = -1;
    m_heights.clear();
}

QSize FigureLabel::sizeHint() const
{
    // As a word-wrapped QLabel: at most 80 average characters a line.
    const QTextLayout &layout = shownLayout();
    const int natural = int(std::ceil(layout.maximumWidth()));
    const int textWidth = std::min(natural, fontMetrics().averageCharWidth() * 80);
    const QMargins m = contentsMargins();
    return {textWidth + m.left() + m.right(), textHeight(textWidth) + m.top() + m.bottom()};
}

QSize FigureLabel::minimumSizeHint() const
{
    // As a word-wrapped QLabel: its widest word, one line high.
    const QTextLayout &layout = shownLayout();
    const int widestWord = int(std::ceil(layout.minimumWidth()));
    const int lineHeight =
        layout.lineCount() > 0 ? int(std::ceil(layout.lineAt(0).height())) : fontMetrics().height();
    const QMargins m = contentsMargins();
    return {widestWord + m.left() + m.right(), lineHeight + m.top() + m.bottom()};
}

bool FigureLabel::hasHeightForWidth() const
{
    return true;
}

int FigureLabel::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    return textHeight(std::max(0, width - m.left() - m.right())) + m.top() + m.bottom();
}

void FigureLabel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QTextLayout &layout = shownLayout();
    QList<QTextLayout::FormatRange> selection;
    if (m_anchor != m_cursor) {
        const QPalette::ColorGroup group = hasFocus() ? QPalette::Active : QPalette::Inactive;
        QTextLayout::FormatRange range;
        range.start = selectionStart();
        range.length = selectionLength();
        range.format.setBackground(palette().brush(group, QPalette::Highlight));
        range.format.setForeground(palette().brush(group, QPalette::HighlightedText));
        selection.append(range);
    }
    p.setPen(palette().color(foregroundRole()));
    layout.draw(&p, contentsRect().topLeft(), selection);
    QStyleOptionFocusRect focus;
    focus.initFrom(this);
    if (hasFocus() && (focus.state & QStyle::State_KeyboardFocusChange)) {
        focus.backgroundColor = palette().color(backgroundRole());
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &p, this);
    }
}

void FigureLabel::resizeEvent(QResizeEvent *event)
{
    // The shown layout's height stays known for its width, should it come back.
    if (m_layoutWidth >= 0 && m_layoutWidth != std::max(0, contentsRect().width())) {
        m_heights.remember(m_layoutWidth, m_layoutHeight);
        m_layoutWidth = -1;
    }
    QWidget::resizeEvent(event);
}

void FigureLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
        forget();
        updateGeometry();
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

int FigureLabel::cursorAt(const QPoint &pos) const
{
    const QTextLayout &layout = shownLayout();
    const QPointF at = QPointF(pos - contentsRect().topLeft());
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (at.y() < line.rect().bottom() || i == layout.lineCount() - 1)
            return line.xToCursor(at.x());
    }
    return 0;
}

void FigureLabel::setSelection(int anchor, int cursor)
{
    if (anchor == m_anchor && cursor == m_cursor)
        return;
    m_anchor = anchor;
    m_cursor = cursor;
    update();
}

void FigureLabel::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int at = cursorAt(event->position().toPoint());
    setSelection(at, at);
}

void FigureLabel::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return QWidget::mouseMoveEvent(event);
    setSelection(m_anchor, cursorAt(event->position().toPoint()));
}

void FigureLabel::mouseReleaseEvent(QMouseEvent *event)
{
    // As other text on X11: the selection can be pasted with the middle button.
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (event->button() == Qt::LeftButton && m_anchor != m_cursor && clipboard->supportsSelection())
        clipboard->setText(selectedText(), QClipboard::Selection);
    QWidget::mouseReleaseEvent(event);
}

void FigureLabel::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseDoubleClickEvent(event);
    // The word under the pointer.
    const int at = cursorAt(event->position().toPoint());
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, m_text);
    words.setPosition(at);
    const bool atStart =
        words.isAtBoundary() && words.boundaryReasons().testFlag(QTextBoundaryFinder::StartOfItem);
    const int start = atStart ? at : std::max(0, int(words.toPreviousBoundary()));
    words.setPosition(start);
    const qsizetype end = words.toNextBoundary();
    setSelection(start, end < 0 ? int(m_text.size()) : int(end));
}

bool FigureLabel::event(QEvent *event)
{
    // Copy and Select All go to the focused label before any shortcut.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::SelectAll)) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void FigureLabel::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy))
        copy();
    else if (event->matches(QKeySequence::SelectAll))
        selectAll();
    else
        QWidget::keyPressEvent(event);
}

void FigureLabel::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(m_anchor != m_cursor ? tr("&Copy") : tr("&Copy All"));
    copyAction->setShortcut(QKeySequence::Copy);
    connect(copyAction, &QAction::triggered, this, &FigureLabel::copy);
    QAction *all = menu.addAction(tr("Select &All"));
    all->setShortcut(QKeySequence::SelectAll);
    connect(all, &QAction::triggered, this, &FigureLabel::selectAll);
    menu.exec(event->globalPos());
}

void FigureLabel::focusInEvent(QFocusEvent *event)
{
    update(); // the selection's colours follow the focus
    QWidget::focusInEvent(event);
}

void FigureLabel::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

} // namespace tranche
