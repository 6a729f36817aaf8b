#pragma once
// Holds the content of a dock and passes a change of its geometry on to the
// main window only when the content's size constraints (size hint, minimum
// and maximum size, size policy) have changed. Qt's layouts pass every
// updateGeometry() of every child up to the QMainWindow, whose layout then
// repaints the whole window (all docks, toolbar, status bar): with this
// holder, a changed label or count inside a dock repaints only that dock.

#include <QSize>
#include <QSizePolicy>
#include <QWidget>

#include <optional>

namespace tranche {

class DockContent : public QWidget
{
    Q_OBJECT
public:
    // Takes `content` (reparented); it fills the holder.
    explicit DockContent(QWidget *content, QWidget *parent = nullptr);

    QWidget *content() const { return m_content; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Constraints
    {
        QSize hint, minimumHint, minimum, maximum;
        QSizePolicy policy;
        bool operator==(const Constraints &) const = default;
    };
    Constraints constraints() const;

    QWidget *m_content;
    std::optional<Constraints> m_last; // as last passed on
};

} // namespace tranche
