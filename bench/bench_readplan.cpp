// Reading a JSON plan (issue 12): the stream reader against a plain
// QJsonDocument::fromJson of the same bytes (the baseline, same run), and
// against the full reader through the QJsonDocument tree; heap growth of the
// plan read, as a multiple of the file size. On the stress plan scaled 8x
// (items, placements and actions; phases kept).
//
//   cmake --build build --target bench_readplan && build/bench/bench_readplan
//   build/bench/bench_readplan --write-plan PATH   (writes the 8x plan, for `tranche check PATH`)
//   build/bench/bench_readplan --write-stress-plan PATH   (the stress plan itself, to open it)

#include "io/planjson.h"
#include "stressplan.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <malloc.h>

#include <cstdio>
#include <cstring>

using namespace tranche;

namespace {

StressPlanSize eightTimes()
{
    StressPlanSize size;
    size.items *= 8;
    size.placements *= 8;
    size.actions *= 8;
    return size;
}

const QByteArray &planText()
{
    static const QByteArray text = [] {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stress8.json"));
        writeStressPlan(path, eightTimes());
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    return text;
}

// Bytes of heap in use: the arena's and the large blocks malloc maps alone.
double heapBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks) + double(info.hblkhd);
}

// Each iteration parses with Qt and reads with reader, each timed on its own;
// the counters give the reader's time as a multiple of Qt's parse, the heap
// the plan holds as a multiple of the file size, and for comparison the heap
// of Qt's tree (which the stream reader never builds).
template <typename Reader> void compare(benchmark::State &state, Reader reader)
{
    const QByteArray &text = planText();
    qint64 qtNs = 0;
    qint64 readerNs = 0;
    double heap = 0;
    double tree = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        {
            const double start = heapBytes();
            const QJsonDocument doc = QJsonDocument::fromJson(text);
            qtNs += timer.nsecsElapsed();
            tree = heapBytes() - start;
            benchmark::DoNotOptimize(doc.isObject());
        }
        const double before = heapBytes();
        timer.restart();
        const PlanReadResult r = reader(text);
        readerNs += timer.nsecsElapsed();
        heap = heapBytes() - before;
        if (!r.ok())
            state.SkipWithError("the stress plan was not read");
    }
    state.counters["fromJson_ms"] = double(qtNs) / 1e6 / double(state.iterations());
    state.counters["read_ms"] = double(readerNs) / 1e6 / double(state.iterations());
    state.counters["x_fromJson"] = double(readerNs) / double(qtNs);
    state.counters["heap_x_file"] = heap / double(text.size());
    state.counters["qjson_tree_x_file"] = tree / double(text.size());
    state.counters["file_MB"] = double(text.size()) / 1e6;
}

void BM_StreamRead(benchmark::State &state)
{
    compare(state, [](const QByteArray &t) { return readPlanJson(t); });
}
BENCHMARK(BM_StreamRead)->Unit(benchmark::kMillisecond);

void BM_TreeRead(benchmark::State &state)
{
    compare(state, [](const QByteArray &t) { return readPlanJsonFull(t); });
}
BENCHMARK(BM_TreeRead)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    const bool eight = argc == 3 && std::strcmp(argv[1], "--write-plan") == 0;
    if (eight || (argc == 3 && std::strcmp(argv[1], "--write-stress-plan") == 0)) {
        const QString error = writeStressPlan(QString::fromLocal8Bit(argv[2]),
                                              eight ? eightTimes() : StressPlanSize{});
        std::fputs(qPrintable(error), stderr);
        return error.isEmpty() ? 0 : 1;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
