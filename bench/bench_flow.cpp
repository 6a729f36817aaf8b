// Benchmarks of the value flow on the stress plan: the whole computation, the
// walk-away what-if, and a same-run baseline that reads every placement once
// and sums its annual relief. Prints each figure as a ratio to the baseline.
//
//   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DTRANCHE_BUILD_BENCH=ON
//   cmake --build build-bench --target bench_flow && build-bench/bench/bench_flow

#include "benchsupport.h"
#include "flow/valueflow.h"
#include "stressplan.h"

#include <benchmark/benchmark.h>

#include <QHash>

#include <cstdio>
#include <map>
#include <string>

using namespace tranche;

namespace {

const Plan &stressPlan()
{
    static const Plan plan = makeStressPlan();
    return plan;
}

// Baseline: one read of every placement, summing its annual relief (with the
// per-item lookup built once, as the flow does).
double sumAnnualRelief(const Plan &plan)
{
    QHash<QString, double> value;
    value.reserve(plan.catalog.items.size());
    for (const SanctionsItem &item : plan.catalog.items)
        value.insert(item.id, item.annualValueUsd);
    double sum = 0;
    for (const Phase &phase : plan.phases) {
        for (const Placement &pl : phase.reliefs)
            sum += value.value(pl.item) * pl.extent;
    }
    return sum;
}

void BM_Baseline(benchmark::State &state)
{
    const Plan &plan = stressPlan();
    for (auto _ : state)
        benchmark::DoNotOptimize(sumAnnualRelief(plan));
}
BENCHMARK(BM_Baseline)->Unit(benchmark::kMicrosecond);

void BM_Flow(benchmark::State &state)
{
    const Plan &plan = stressPlan();
    for (auto _ : state) {
        ValueFlow flow = computeValueFlow(plan);
        benchmark::DoNotOptimize(flow.months.data());
    }
    const ValueFlow flow = computeValueFlow(plan);
    state.counters["months"] = flow.horizon;
    state.counters["ratio_defined"] = flow.inducementRatio ? 1 : 0;
}
BENCHMARK(BM_Flow)->Unit(benchmark::kMicrosecond);

// The what-if at the month before the payout (or mid-horizon without one).
void BM_WalkAway(benchmark::State &state)
{
    const Plan &plan = stressPlan();
    const ValueFlow flow = computeValueFlow(plan);
    const int month =
        flow.payoutMonth && *flow.payoutMonth > 0 ? *flow.payoutMonth - 1 : flow.horizon / 2;
    for (auto _ : state)
        benchmark::DoNotOptimize(walkAwayAt(plan, flow, month));
}
BENCHMARK(BM_WalkAway)->Unit(benchmark::kMicrosecond);

// Console output as usual, plus each benchmark's CPU time over the baseline's.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    RatioReporter() : ConsoleReporter(OO_Tabular) {}

    // Keeps the CPU time of each benchmark: of its run, or with repetitions
    // of its median.
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs) {
            if (run.error_occurred)
                continue;
            if (run.run_type == Run::RT_Aggregate && run.aggregate_name != "median")
                continue;
            m_cpuNs[run.run_name.str()] =
                run.GetAdjustedCPUTime() / benchmark::GetTimeUnitMultiplier(run.time_unit) * 1e9;
        }
    }

    void Finalize() override
    {
        ConsoleReporter::Finalize();
        const auto base = m_cpuNs.find("BM_Baseline");
        if (base == m_cpuNs.end() || base->second <= 0)
            return;
        std::printf("\n%-16s %12s %10s\n", "benchmark", "cpu (us)", "x baseline");
        for (const auto &[name, ns] : m_cpuNs)
            std::printf("%-16s %12.1f %10.2f\n", name.c_str(), ns / 1e3, ns / base->second);
        std::printf("stress plan: %lld placements, %d months; flow target <= 2000 us\n",
                    placementCount(), computeValueFlow(stressPlan()).horizon);
    }

private:
    static long long placementCount()
    {
        long long n = 0;
        for (const Phase &phase : stressPlan().phases)
            n += phase.reliefs.size();
        return n;
    }

    std::map<std::string, double> m_cpuNs;
};

} // namespace

int main(int argc, char **argv)
{
    RatioReporter reporter;
    if (const int code = runBenchmarks(argc, argv, &reporter))
        return code;
    return 0;
}
