#include "model/money.h"

#include <cmath>

namespace tranche {

namespace {
QString trimmed(double v, int decimals)
{
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}
} // namespace

QString formatMoney(double usd)
{
    const QString sign = usd < 0 ? QStringLiteral("-") : QString();
    const double a = std::fabs(usd);
    auto scaled = [&](double unit, QChar suffix) {
        const double v = a / unit;
        return sign + u'$' + trimmed(v, v >= 100 ? 0 : 1) + suffix;
    };
    if (a >= 1e9)
        return sign + u'$' + trimmed(a / 1e9, a >= 1e11 ? 0 : 1) + u'B';
    if (a >= 1e6)
        return scaled(1e6, u'M');
    if (a >= 1e3)
        return scaled(1e3, u'K');
    return sign + u'$' + QString::number(std::llround(a));
}

QString formatShare(double fraction)
{
    return trimmed(fraction * 100.0, 1) + QStringLiteral(" %");
}

} // namespace tranche
