#pragma once
// Chance adjudication: the SplitMix64 generator of the exercise and the exact
// choice of an option from a draw by the options' weights.

#include <QList>
#include <QtGlobal>

namespace tranche {

// One SplitMix64 step: advances state and returns the next 64-bit output.
quint64 splitMix64(quint64 &state);

// The option a draw z selects: the first whose cumulative weight / total
// weight > u, u = (z >> 11) / 2^53, compared exactly with the weights as the
// decimals they were written as (their shortest decimal form).
int chooseByWeight(const QList<double> &weights, quint64 z);

} // namespace tranche
