#pragma once
// A line of figures under the charts (the inducement ratio, the walk-away
// what-if): word-wrapped plain text that the user can select and copy.
//
// The figures change on every edit, so the label is cheap to change. A QLabel
// whose text can be selected keeps it in a rich-text document: each new text,
// each height asked for a width and each paint lays the document out again,
// and a new text makes the whole dock be laid out again. This label keeps
// one text layout for its width, shaped once per text, remembers the heights
// asked for other widths, paints from the layout, and asks for a new layout of
// the dock only when a new text needs another height at its width.
//
// Selecting: drag with the mouse, double-click a word, Ctrl+A. Copying
// (Ctrl+C or the context menu) copies the selection, or the whole text when
// nothing is selected. Tab reaches the label; a screen reader reads its
// accessible name and, as its value, the text.

#include "panels/heightsbywidth.h"

#include <QTextLayout>
#include <QWidget>

#include <algorithm>
#include <cstdlib>

namespace tranche {

class FigureLabel : public QWidget
{
    Q_OBJECT
public:
    explicit FigureLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    QString selectedText() const;
    void selectAll();
    // Copies the selection, or the whole text when nothing is selected.
    void copy() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

    // How many times the text was laid out (for tests).
    int layoutsMade() const { return m_layoutsMade; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    // Lays `layout` out at `textWidth`; returns the text's height.
    int layOut(QTextLayout &layout, int textWidth) const;
    // The layout at the label's own width, made when missing.
    const QTextLayout &shownLayout() const;
    // The text's height at `textWidth`, laid out only if not known.
    int textHeight(int textWidth) const;
    void forget();
    int cursorAt(const QPoint &pos) const;
    void setSelection(int anchor, int cursor);
    int selectionStart() const { return std::min(m_anchor, m_cursor); }
    int selectionLength() const { return std::abs(m_cursor - m_anchor); }

    QString m_text;
    mutable QTextLayout m_layout;
    mutable int m_layoutWidth = -1; // the text width m_layout is laid out at
    mutable int m_layoutHeight = 0;
    mutable HeightsByWidth m_heights; // at other text widths (without the margins)
    mutable int m_layoutsMade = 0;
    int m_anchor = 0;
    int m_cursor = 0;
};

} // namespace tranche
