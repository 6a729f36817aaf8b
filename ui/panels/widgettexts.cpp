#include "panels/widgettexts.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>

namespace tranche {

namespace {

void setText(QWidget *widget, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(widget))
        label->setText(text);
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        button->setText(text);
    else if (auto *box = qobject_cast<QGroupBox *>(widget))
        box->setTitle(text);
    else if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->setPlaceholderText(text);
    else
        Q_ASSERT_X(false, "setWidgetTexts", "a widget without a text");
}

} // namespace

void setWidgetTexts(std::initializer_list<WidgetTexts> rows)
{
    for (const WidgetTexts &row : rows) {
        if (!row.widget)
            continue;
        if (!row.text.isNull())
            setText(row.widget, row.text);
        if (!row.toolTip.isNull())
            row.widget->setToolTip(row.toolTip);
        if (!row.accessibleName.isNull())
            row.widget->setAccessibleName(row.accessibleName);
    }
}

QFormLayout *labelledForm(QWidget *parent, std::initializer_list<QWidget *> fields)
{
    auto *form = new QFormLayout;
    for (QWidget *field : fields) {
        auto *label = new QLabel(parent);
        label->setBuddy(field);
        form->addRow(label, field);
    }
    return form;
}

} // namespace tranche
