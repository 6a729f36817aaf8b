#include "exercise/exercisechance.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace tranche {

namespace {

__extension__ typedef unsigned __int128 Wide; // exact products up to 2^123

// A positive decimal as digits x 10^exponent.
struct Decimal
{
    quint64 digits = 0;
    int exponent = 0;
};

std::optional<Decimal> decimalOf(double w)
{
    const QString text = QString::number(w, 'e', QLocale::FloatingPointShortest); // d.ddde+XX
    const qsizetype e = text.indexOf(u'e');
    if (e < 0)
        return std::nullopt;
    QString mantissa = text.left(e);
    const qsizetype dot = mantissa.indexOf(u'.');
    int exponent = text.mid(e + 1).toInt();
    if (dot >= 0) {
        exponent -= int(mantissa.size() - dot - 1);
        mantissa.remove(dot, 1);
    }
    bool ok = false;
    const quint64 digits = mantissa.toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return Decimal{digits, exponent};
}

// The weights as whole numbers over one power of ten, when they fit.
std::optional<QList<Wide>> scaled(const QList<double> &weights)
{
    QList<Decimal> decimals;
    int low = 0;
    for (const double w : weights) {
        const auto d = decimalOf(w);
        if (!d)
            return std::nullopt;
        low = decimals.isEmpty() ? d->exponent : std::min(low, d->exponent);
        decimals.append(*d);
    }
    QList<Wide> out;
    const Wide limit = Wide(1) << 70;
    Wide total = 0;
    for (const Decimal &d : decimals) {
        Wide v = d.digits;
        for (int k = low; k < d.exponent; ++k) {
            v *= 10;
            if (v > limit)
                return std::nullopt;
        }
        total += v;
        if (total > limit)
            return std::nullopt;
        out.append(v);
    }
    return out;
}

} // namespace

quint64 splitMix64(quint64 &state)
{
    state += 0x9E3779B97F4A7C15ULL;
    quint64 z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int chooseByWeight(const QList<double> &weights, quint64 z)
{
    const quint64 k = z >> 11; // u = k / 2^53
    if (const auto exact = scaled(weights)) {
        Wide total = 0;
        for (const Wide w : *exact)
            total += w;
        Wide cumulative = 0;
        for (int i = 0; i < exact->size(); ++i) {
            cumulative += exact->at(i);
            // cumulative / total > k / 2^53  <=>  cumulative x 2^53 > k x total
            if ((cumulative << 53) > Wide(k) * total)
                return i;
        }
        return int(weights.size()) - 1;
    }
    // Weights too fine or too large to scale exactly: long double.
    long double total = 0;
    for (const double w : weights)
        total += w;
    const long double u = static_cast<long double>(k) / 9007199254740992.0L;
    long double cumulative = 0;
    for (int i = 0; i < weights.size(); ++i) {
        cumulative += weights.at(i);
        if (cumulative > u * total)
            return i;
    }
    return int(weights.size()) - 1;
}

} // namespace tranche
