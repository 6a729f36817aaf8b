#pragma once
// The layout of a dialog that only shows something: the content above a Close button.

#include <QDialog>
#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace tranche {

// Lays dialog out as content above a Close button that rejects the dialog.
inline void setClosableContent(QDialog *dialog, QWidget *content)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(content);
    layout->addWidget(buttons);
}

} // namespace tranche
