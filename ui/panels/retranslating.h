#pragma once
// Widgets that set their translated texts in one retranslateUi() function, called
// again on every change of language.

#include <QEvent>

namespace tranche {

// Base (QWidget, QDialog ...) that calls retranslateUi() on QEvent::LanguageChange.
template <typename Base> class Retranslating : public Base
{
public:
    using Base::Base;

protected:
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslateUi();
        Base::changeEvent(event);
    }
};

} // namespace tranche
