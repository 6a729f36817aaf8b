#pragma once
// Money and shares formatted for people: $1.2B, $412M, $13.9M, 14.2 %.

#include <QString>

namespace tranche {

// US dollars: "$2.9B", "$412M", "$13.9M", "$6K", "$950"; negative values get a leading '-'.
QString formatMoney(double usd);
// A share given as a fraction: 0.142 -> "14.2 %" (one decimal, trailing ".0" dropped: "10 %").
QString formatShare(double fraction);

} // namespace tranche
