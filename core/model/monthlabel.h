#pragma once
// A plan month as people read it: "Jul 2026" in English, "2026년 7월" in Korean.

#include <QDate>
#include <QLocale>
#include <QString>

namespace tranche {

// The month and year of date in locale's month names. The QDate format is itself a
// translatable message (context "tranche", source "MMM yyyy"), so that each language
// puts year and month in its own order.
QString monthLabel(QDate date, const QLocale &locale = QLocale());

} // namespace tranche
