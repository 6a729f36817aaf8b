#pragma once
// The translated texts of a form's widgets set from one table, a row per
// widget, as retranslateUi() functions do on every language change: the
// visible text (a label's, a button's, a group box's title), the tool tip and
// the accessible name. An empty entry leaves that property as it is.

#include <QString>

#include <initializer_list>

class QFormLayout;
class QWidget;

namespace tranche {

struct WidgetTexts
{
    QWidget *widget = nullptr;
    QString text; // QLabel, QAbstractButton, QGroupBox (title), QLineEdit (placeholder)
    QString toolTip;
    QString accessibleName;
};

void setWidgetTexts(std::initializer_list<WidgetTexts> rows);

// A form of a row per field, each field's label (its buddy) without a text
// yet: retranslateUi() sets it through QFormLayout::labelForField(field).
QFormLayout *labelledForm(QWidget *parent, std::initializer_list<QWidget *> fields);

} // namespace tranche
