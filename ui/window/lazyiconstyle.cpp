#include "window/lazyiconstyle.h"

#include "window/onesizeiconengine.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace tranche {

LazyIconStyle::LazyIconStyle(const QString &key) : QProxyStyle(key) {}

void LazyIconStyle::install()
{
    QApplication::setStyle(new LazyIconStyle(QApplication::style()->name()));
}

QIcon LazyIconStyle::standardIcon(StandardPixmap pixmap, const QStyleOption *option,
                                  const QWidget *widget) const
{
    switch (pixmap) {
    case SP_TitleBarNormalButton:
    case SP_TitleBarCloseButton:
    case SP_DockWidgetCloseButton:
        // Fusion's are fixed images, whatever the option and the widget.
        if (baseStyle()->name() == "fusion"_L1) {
            auto found = m_titleButtons.constFind(pixmap);
            if (found == m_titleButtons.constEnd())
                found = m_titleButtons.insert(pixmap,
                                              baseStyle()->standardIcon(pixmap, option, widget));
            return *found;
        }
        break;
    default:
        break;
    }
    return OneSizeIconEngine::standardIcon(baseStyle(), pixmap, option, widget);
}

} // namespace tranche
