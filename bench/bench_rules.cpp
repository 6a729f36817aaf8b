// Benchmarks of the principles engine on the stress plan (60 phases, 500
// items, 5,000 placements, 300 actions): a full check, and the incremental
// recheck after moving one placement to another phase (MovePlacementCommand
// pushed on a document watched by a Checker). Each is also reported as a
// ratio to a baseline measured in the same run that only reads every
// placement once and sums its annual relief.
//
//   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DTRANCHE_BUILD_BENCH=ON
//   cmake --build build-bench --target bench_rules && build-bench/bench/bench_rules

#include "benchsupport.h"
#include "document/commands.h"
#include "document/plandocument.h"
#include "rules/checker.h"
#include "rules/rule.h"
#include "rules/ruleengine.h"
#include "stressplan.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

#include <cstdio>
#include <ctime>
#include <map>
#include <string>

using namespace tranche;

namespace {

const Plan &stressPlan()
{
    static const Plan plan = makeStressPlan();
    return plan;
}

// Baseline: every placement read once, its annual relief summed (item lookup
// by a hash built once, outside the timing, as the engine builds its own).
double sumAnnualRelief(const Plan &plan, const CatalogIndex &index)
{
    double sum = 0;
    for (const Phase &phase : plan.phases) {
        for (const Placement &pl : phase.reliefs) {
            const int i = index.itemIndex(pl.item);
            if (i >= 0)
                sum += plan.catalog.items.at(i).annualValueUsd * pl.extent;
        }
    }
    return sum;
}

// CPU seconds of this process: the figures are CPU time, so that other
// programs on the shared machine do not count (Google Benchmark's own table
// shows wall time too).
double cpuSeconds()
{
    timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

// CPU seconds per call of f, measured over enough calls to last ~0.2 s.
template <typename F> double secondsPerCall(F &&f)
{
    int n = 1;
    for (;;) {
        const double t0 = cpuSeconds();
        for (int i = 0; i < n; ++i)
            f();
        const double s = cpuSeconds() - t0;
        if (s > 0.2)
            return s / n;
        n *= 2;
    }
}

// The baseline, measured once per run.
double baselineSeconds()
{
    static const double seconds = [] {
        const CatalogIndex index(stressPlan().catalog);
        return secondsPerCall(
            [&] { benchmark::DoNotOptimize(sumAnnualRelief(stressPlan(), index)); });
    }();
    return seconds;
}

std::map<std::string, double> &results()
{
    static std::map<std::string, double> r;
    return r;
}

void report(benchmark::State &state, const std::string &name, double seconds)
{
    results()[name] = seconds;
    state.counters["x_baseline"] = seconds / baselineSeconds();
}

void BM_Baseline(benchmark::State &state)
{
    const Plan &plan = stressPlan();
    const CatalogIndex index(plan.catalog);
    const double t0 = cpuSeconds();
    for (auto _ : state)
        benchmark::DoNotOptimize(sumAnnualRelief(plan, index));
    const double s = cpuSeconds() - t0;
    report(state, "baseline", s / double(state.iterations()));
}

// A full check of `plan` with the strict profile per iteration, reported as `figure`.
void fullCheck(benchmark::State &state, const Plan &plan, const std::string &figure)
{
    const RuleProfile profile;
    qsizetype findings = 0;
    const double t0 = cpuSeconds();
    for (auto _ : state) {
        const QList<Finding> f = RuleEngine::check(plan, profile);
        findings = f.size();
        benchmark::DoNotOptimize(f.constData());
    }
    const double s = cpuSeconds() - t0;
    state.counters["findings"] = double(findings);
    report(state, figure, s / double(state.iterations()));
}

void BM_FullCheck(benchmark::State &state)
{
    fullCheck(state, stressPlan(), "full check");
}

// One MovePlacementCommand pushed: the command, the document's two change
// events and the Checker's recheck of the two phases concerned plus the
// plan-wide rules. Alternates there and back so the plan keeps its size.
void BM_IncrementalMove(benchmark::State &state)
{
    PlanDocument doc(stressPlan());
    doc.undoStack()->setUndoLimit(8);
    Checker checker(&doc);
    bool back = false;
    int rechecked = 0;
    const double t0 = cpuSeconds();
    for (auto _ : state) {
        if (!back) {
            doc.undoStack()->push(new MovePlacementCommand(&doc, PlacementRef{10, 0}, 40));
        } else {
            const int last = int(doc.plan().phases.at(40).reliefs.size()) - 1;
            doc.undoStack()->push(new MovePlacementCommand(&doc, PlacementRef{40, last}, 10));
        }
        back = !back;
        rechecked = checker.recheckedPhases();
        benchmark::DoNotOptimize(checker.findings().constData());
    }
    const double s = cpuSeconds() - t0;
    state.counters["phases_rechecked"] = rechecked;
    report(state, "incremental move", s / double(state.iterations()));
    if (checker.findings() != RuleEngine::check(doc.plan(), checker.profile()))
        state.SkipWithError("incremental result differs from a full check");
}

// The same check on a plan where every placement has a defect (worst case:
// one finding or more per placement).
void BM_FullCheckAllBroken(benchmark::State &state)
{
    StressPlanSize size;
    size.brokenPercent = 100;
    fullCheck(state, makeStressPlan(size), "full check, all broken");
}

// The Checker's recheck alone after a placement edit, without the command.
void BM_IncrementalEdit(benchmark::State &state)
{
    PlanDocument doc(stressPlan());
    Checker checker(&doc);
    Placement pl = doc.plan().phases.at(20).reliefs.at(3);
    const double t0 = cpuSeconds();
    for (auto _ : state) {
        pl.extent = pl.extent == 1.0 ? 0.5 : 1.0;
        doc.setPlacement(PlacementRef{20, 3}, pl);
        benchmark::DoNotOptimize(checker.findings().constData());
    }
    const double s = cpuSeconds() - t0;
    report(state, "incremental edit", s / double(state.iterations()));
}

BENCHMARK(BM_Baseline)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_FullCheck)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_FullCheckAllBroken)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_IncrementalMove)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_IncrementalEdit)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // Checker is a QObject; resources for the profiles
    if (const int code = runBenchmarks(argc, argv))
        return code;

    const Plan &plan = stressPlan();
    qsizetype placements = 0;
    for (const Phase &ph : plan.phases)
        placements += ph.reliefs.size();
    std::printf("\nStress plan: %lld phases, %lld items, %lld placements, %lld actions\n",
                qlonglong(plan.phases.size()), qlonglong(plan.catalog.items.size()),
                qlonglong(placements), qlonglong(plan.catalog.actions.size()));
    std::printf("%-24s %12s %12s\n", "figure", "CPU (us)", "x baseline");
    const double base = baselineSeconds();
    std::printf("%-24s %12.1f %12s\n", "baseline (same run)", base * 1e6, "1.0");
    for (const auto &[name, seconds] : results()) {
        if (name != "baseline")
            std::printf("%-24s %12.1f %12.1f\n", name.c_str(), seconds * 1e6, seconds / base);
    }
    return 0;
}
