#pragma once
// A line of figures under the charts (the inducement ratio, the walk-away
// what-if): selectable, word-wrapped plain text that keeps its geometry when
// only its text changes. A QLabel asks its parent's layout to lay everything
// out again on every new text; held here, a new figure repaints the label
// alone, and the dock is laid out again only when the text needs another
// height at the label's width.

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace tranche {

class FigureLabel : public QWidget
{
    Q_OBJECT
public:
    explicit FigureLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // The label itself (for its margins, accessible name and description).
    QLabel *label() const { return m_label; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *m_label;
};

} // namespace tranche
