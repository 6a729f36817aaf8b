#pragma once
// Creating a widget with the object name that tests and style sheets find it by.

#include <QString>
#include <QWidget>

namespace tranche {

// A new Widget child of parent, named objectName.
template <typename Widget> Widget *named(QWidget *parent, const QString &objectName)
{
    auto *widget = new Widget(parent);
    widget->setObjectName(objectName);
    return widget;
}

} // namespace tranche
