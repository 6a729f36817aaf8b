#include "model/monthlabel.h"

#include <QCoreApplication>

namespace tranche {

QString monthLabel(QDate date, const QLocale &locale)
{
    const QString format = QCoreApplication::translate(
        "tranche", "MMM yyyy", "month label date format: QDate format, short month name and year");
    return locale.toString(date, format);
}

} // namespace tranche
