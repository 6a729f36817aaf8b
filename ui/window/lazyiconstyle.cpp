#include "window/lazyiconstyle.h"

#include "window/onesizeiconengine.h"

#include <QApplication>

namespace tranche {

LazyIconStyle::LazyIconStyle(const QString &key) : QProxyStyle(key) {}

void LazyIconStyle::install()
{
    QApplication::setStyle(new LazyIconStyle(QApplication::style()->name()));
}

QIcon LazyIconStyle::standardIcon(StandardPixmap pixmap, const QStyleOption *option,
                                  const QWidget *widget) const
{
    return OneSizeIconEngine::standardIcon(baseStyle(), pixmap, option, widget);
}

} // namespace tranche
