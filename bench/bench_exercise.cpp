// Benchmarks of the exercise engine on the stress plan with a package of 200
// injects and a log of 1,000 decisions over 200 months: a whole run with the
// projection and the evaluation, and one month played from a played state.
// Each is also reported as a ratio to computeValueFlow() of the same plan in
// the same run (the column x_flow).
//
//   cmake --build build --target bench_exercise && build/bench/bench_exercise

#include "exercise/exerciserun.h"
#include "flow/valueflow.h"
#include "stressplan.h"

#include <benchmark/benchmark.h>

#include <ctime>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

constexpr int kMonths = 200;

const Plan &stressPlan()
{
    static const Plan plan = makeStressPlan();
    return plan;
}

QString actionId(int i)
{
    return u"action-%1"_s.arg(i % 300, 3, 10, QLatin1Char('0'));
}

Effect effect(EffectType type, const QString &action = {}, int toMonth = 0)
{
    Effect e;
    e.type = type;
    e.action = action;
    e.toMonth = toMonth;
    return e;
}

// One inject a month, cycling through every trigger kind and effect.
Inject stressInject(int i)
{
    Inject in;
    in.id = u"inject-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
    in.title = in.id;
    in.trigger = TriggerKind::At;
    in.at = i;
    switch (i % 10) {
    case 0:
        in.effects = {effect(EffectType::DelayVerification, actionId(i), std::min(i + 3, 199))};
        break;
    case 1:
        in.effects = {effect(EffectType::FailVerification, actionId(i))};
        break;
    case 2:
        in.effects = {effect(EffectType::Verify, actionId(i - 1))};
        break;
    case 3:
        in.trigger = TriggerKind::After;
        in.after = i - 1;
        in.delay = 1;
        in.effects = {effect(EffectType::Message)};
        break;
    case 4: {
        in.trigger = TriggerKind::When;
        Condition exposure;
        exposure.kind = Condition::Kind::Metric;
        exposure.metric = ExerciseMetric::Exposure;
        exposure.op = CompareOp::Above;
        exposure.value = 1e12;
        Condition fired;
        fired.kind = Condition::Kind::Fired;
        fired.inject = i - 2;
        in.when.kind = Condition::Kind::Any;
        in.when.children = {exposure, fired};
        in.notBefore = i;
        in.notAfter = kMonths - 1;
        in.effects = {effect(EffectType::Breach)};
        break;
    }
    case 5:
        in.chance = true;
        in.options = {{u"cure"_s, {}, {effect(EffectType::Cure)}, 3}, {u"nothing"_s, {}, {}, 1}};
        break;
    case 6:
        in.trigger = TriggerKind::Manual;
        in.effects = {effect(EffectType::Message)};
        break;
    case 7:
        in.effects = {effect(i == 157 ? EffectType::EscrowBreach : EffectType::Cure)};
        break;
    default:
        in.effects = {effect(EffectType::Message)};
        break;
    }
    return in;
}

const ExercisePackage &stressPackage()
{
    static const ExercisePackage package = [] {
        ExercisePackage p;
        p.id = u"stress"_s;
        p.title = u"Stress"_s;
        p.endMonth = kMonths - 1;
        p.seed = 20261206;
        for (int i = 0; i < kMonths; ++i)
            p.injects.append(stressInject(i));
        return p;
    }();
    return package;
}

Decision decision(int seq, int turn, ExerciseRole role, DecisionType type)
{
    Decision d;
    d.seq = seq;
    d.turn = turn;
    d.role = role;
    d.type = type;
    d.rationale = u"stress"_s;
    d.text = u"stress"_s;
    return d;
}

// 200 turns of one month, five decisions each: a note, an observation, a
// counterpart's delayed step, a manual inject fired (or another note), advance.
const ExerciseLog &stressLog()
{
    static const ExerciseLog log = [] {
        ExerciseLog l;
        l.package = u"stress"_s;
        int seq = 0;
        for (int turn = 1; turn <= kMonths; ++turn) {
            const int month = turn - 1;
            l.decisions.append(
                decision(++seq, turn, ExerciseRole::Negotiators, DecisionType::Note));
            l.decisions.append(
                decision(++seq, turn, ExerciseRole::Observers, DecisionType::Observe));
            Decision step = decision(++seq, turn, ExerciseRole::Counterpart, DecisionType::Step);
            step.action = actionId(month * 7);
            step.delayTo = month + 2;
            l.decisions.append(step);
            if (month % 10 == 6) {
                Decision fire =
                    decision(++seq, turn, ExerciseRole::Control, DecisionType::FireInject);
                fire.inject = month;
                l.decisions.append(fire);
            } else {
                l.decisions.append(
                    decision(++seq, turn, ExerciseRole::Control, DecisionType::Note));
            }
            Decision advance = decision(++seq, turn, ExerciseRole::Control, DecisionType::Advance);
            advance.months = 1;
            l.decisions.append(advance);
        }
        return l;
    }();
    return log;
}

// The CPU time of one computeValueFlow() of the stress plan, measured in this run.
double flowSeconds()
{
    static const double seconds = [] {
        constexpr int kRounds = 200;
        const std::clock_t start = std::clock(); // CPU time, like the counters' rates
        for (int i = 0; i < kRounds; ++i)
            benchmark::DoNotOptimize(computeValueFlow(stressPlan()).months.data());
        return double(std::clock() - start) / CLOCKS_PER_SEC / kRounds;
    }();
    return seconds;
}

// x_flow: seconds per iteration / flowSeconds() (a rate of iterations x base, inverted).
void reportRatio(benchmark::State &state)
{
    state.counters["x_flow"] =
        benchmark::Counter(double(state.iterations()) * flowSeconds(),
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_Flow(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(computeValueFlow(stressPlan()).months.data());
    reportRatio(state);
}
BENCHMARK(BM_Flow)->Unit(benchmark::kMillisecond);

// The whole run: silent months, 200 turns, projection, X1..X8 (X7 checks the
// plan and the effective plan), ratings.
void BM_ExerciseRun(benchmark::State &state)
{
    ExerciseRun run;
    for (auto _ : state) {
        run = runExercise(stressPlan(), stressPackage(), &stressLog());
        benchmark::DoNotOptimize(run.months.data());
    }
    state.counters["problems"] = double(run.problems.size());
    state.counters["breachMonth"] = run.metrics.firstBreachMonth.value_or(-1);
    reportRatio(state);
}
BENCHMARK(BM_ExerciseRun)->Unit(benchmark::kMillisecond);

// One month (steps 0-7, one turn's decisions) played from the state after
// 100 turns; the copy of the state is not timed.
void BM_ExerciseMonth(benchmark::State &state)
{
    ExerciseEngine played(stressPlan(), stressPackage());
    played.playSilentMonths();
    const QList<Decision> &decisions = stressLog().decisions;
    for (int turn = 0; turn < 100; ++turn) {
        QList<const Decision *> list;
        for (int k = 0; k < 5; ++k)
            list.append(&decisions.at(turn * 5 + k));
        played.playTurn(list, 1);
    }
    QList<const Decision *> next;
    for (int k = 0; k < 5; ++k)
        next.append(&decisions.at(100 * 5 + k));
    for (auto _ : state) {
        state.PauseTiming();
        ExerciseEngine engine = played;
        state.ResumeTiming();
        engine.playTurn(next, 1);
        benchmark::DoNotOptimize(engine.months().constLast().exposure);
    }
    reportRatio(state);
}
BENCHMARK(BM_ExerciseMonth)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
