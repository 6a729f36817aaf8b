#pragma once
// The application's style, except that Qt's own icons that OneSizeIconEngine
// knows (the toolbar's and the menu bar's extension arrows among them) are read
// when first painted, one size, instead of every size when asked for. QMenuBar
// and QToolBar ask for their extension button's icon as they are built, and
// that first image read loaded every image format plugin before the window's
// first frame, for a button shown only when the bar overflows
// (docs/performance.md, Startup). Same pixels, sizes and modes. The dock title
// buttons' icons, which Fusion makes from the same built-in images on every
// layout of every dock, are made once.

#include <QHash>
#include <QIcon>
#include <QProxyStyle>

namespace tranche {

class LazyIconStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // A proxy over a new instance of the style named `key` (QStyleFactory).
    explicit LazyIconStyle(const QString &key);

    // Makes the application's style (the one it has now) a LazyIconStyle.
    static void install();

    QIcon standardIcon(StandardPixmap pixmap, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

private:
    // Fusion's dock title button icons, by pixmap, once made.
    mutable QHash<int, QIcon> m_titleButtons;
};

} // namespace tranche
