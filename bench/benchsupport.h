#pragma once
// What every benchmark program of bench/ shares: running the registered
// benchmarks with a reporter, and the median of per-iteration times.

#include <benchmark/benchmark.h>

#include <vector>

namespace tranche {

// benchmark::Initialize, the check for unknown arguments, the run (with
// `reporter` when given) and Shutdown. Returns main()'s exit code: 1 for
// unknown arguments, else 0.
int runBenchmarks(int &argc, char **argv, benchmark::BenchmarkReporter *reporter = nullptr);

// The median of the samples (the upper one of an even count); 0 when none.
double median(std::vector<double> samples);

} // namespace tranche
