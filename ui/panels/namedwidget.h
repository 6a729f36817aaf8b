#pragma once
// Creating a widget with the object name that tests and style sheets find it by,
// and the rows of buttons that forms put under a list or table.

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QString>
#include <QWidget>

#include <initializer_list>
#include <type_traits>

namespace tranche {

// A text field shows at least this many characters: a narrow dock puts it under
// its label (QFormLayout::WrapLongRows) rather than squeezing it beside.
inline constexpr int kMinFieldChars = 16;

// A new Object child of parent (a widget, an action...), named objectName.
template <typename Object, typename Parent> Object *named(Parent *parent, const QString &objectName)
{
    auto *object = new Object(parent);
    object->setObjectName(objectName);
    if constexpr (std::is_same_v<Object, QLineEdit>)
        object->setMinimumWidth(object->fontMetrics().averageCharWidth() * kMinFieldChars);
    return object;
}

// A new push button child of parent showing text, named objectName.
inline QPushButton *namedButton(QWidget *parent, const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

// A row holding widgets at its left, then a stretch taking the rest of the row.
inline QHBoxLayout *leftAlignedRow(std::initializer_list<QWidget *> widgets)
{
    auto *row = new QHBoxLayout;
    for (QWidget *widget : widgets)
        row->addWidget(widget);
    row->addStretch();
    return row;
}

} // namespace tranche
