// Benchmarks of the timeline on the stress plan (60 phases, 500 items, 5,000
// placements, 300 actions), offscreen:
//   BM_BareRepaint  the baseline: the whole visible timeline repainted into the
//                   view's offscreen backing store (update() + event processing).
//   BM_Drop         one drop of a catalog item on a phase's relief lane, as the
//                   view receives it (drag enter, move and drop events with the
//                   palette's MIME data):
//                   hit test, AddPlacementCommand, the Checker's recheck, the
//                   findings handed to the view, its geometry update and the
//                   repaint of what changed. The undo after each drop is not timed.
//   BM_OpenToFirstPaint  open the stress plan's JSON file, build the document,
//                   check it, lay out the timeline and paint it into a QImage.
//   BM_OpenOnly     the baseline of that: openPlan() of the same file alone.
// Every figure is the median of per-iteration wall times, also given as a
// ratio to its baseline measured in the same run.
//
//   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DTRANCHE_BUILD_BENCH=ON
//   cmake --build build-bench --target bench_timeline && build-bench/bench/bench_timeline

#include "benchsupport.h"
#include "document/plandocument.h"
#include "io/planio.h"
#include "models/mimetypes.h"
#include "rules/checker.h"
#include "stressplan.h"
#include "timeline/timelineview.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDropEvent>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;

const Plan &stressPlan()
{
    static const Plan plan = makeStressPlan();
    return plan;
}

std::map<std::string, double> &medians()
{
    static std::map<std::string, double> m;
    return m;
}

// A document, its checker and a shown timeline view over the stress plan.
struct Editor
{
    PlanDocument doc{stressPlan()};
    Checker checker{&doc};
    TimelineView view{&doc};

    Editor()
    {
        QObject::connect(&checker, &Checker::findingsChanged, &view,
                         [this] { view.setFindings(checker.findings()); });
        view.setFindings(checker.findings());
        view.resize(1600, 1000);
        view.show();
        flush();
    }
    static void flush()
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
};

void BM_BareRepaint(benchmark::State &state)
{
    Editor editor;
    editor.view.ensureContentVisible(editor.view.geometry().reliefLaneRect(30));
    Editor::flush();
    std::vector<double> samples;
    for (auto _ : state) {
        const auto t0 = Clock::now();
        editor.view.viewport()->update();
        Editor::flush();
        const double s = std::chrono::duration<double>(Clock::now() - t0).count();
        samples.push_back(s);
        state.SetIterationTime(s);
    }
    medians()["bare repaint"] = median(samples);
}

void BM_Drop(benchmark::State &state)
{
    Editor editor;
    TimelineView &view = editor.view;
    const int phase = 30;
    const QRectF lane = view.geometry().reliefLaneRect(phase);
    const qreal x = view.geometry().monthToX(stressPlan().phases.at(phase).start) + 5;
    view.ensureContentVisible(QRectF(x - 20, lane.top(), 40, lane.height()));
    Editor::flush();
    const QPointF at = view.contentToViewport(QPointF(x, lane.top() + 2));
    QMimeData mime;
    const QString item = stressPlan().catalog.items.at(7).id;
    mime.setData(QString(mime::kCatalogItems),
                 QJsonDocument(QJsonObject{{u"items"_s, QJsonArray{item}}}).toJson());
    const qsizetype before = view.document()->plan().phases.at(phase).reliefs.size();
    QString refusal;
    QObject::connect(&view, &TimelineView::statusMessage, &view,
                     [&refusal](const QString &m) { refusal = m; });
    std::vector<double> samples;
    for (auto _ : state) {
        const auto t0 = Clock::now();
        // As a real drag ends: entering, moving over the lane, dropping.
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &enter);
        QDragMoveEvent move(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &move);
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &drop);
        Editor::flush();
        const double s = std::chrono::duration<double>(Clock::now() - t0).count();
        samples.push_back(s);
        state.SetIterationTime(s);
        if (!drop.isAccepted() || editor.doc.plan().phases.at(phase).reliefs.size() != before + 1) {
            std::fprintf(stderr, "refused: %s\n", qPrintable(refusal));
            state.SkipWithError("the drop was refused");
            break;
        }
        editor.doc.undoStack()->undo();
        Editor::flush();
    }
    medians()["drop"] = median(samples);
    state.counters["findings"] = double(editor.checker.findings().size());
}

QString stressPlanFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(u"stress.json"_s);
        const QString error = writeStressPlan(p);
        if (!error.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(error));
        return p;
    }();
    return path;
}

void BM_OpenOnly(benchmark::State &state)
{
    const QString path = stressPlanFile();
    std::vector<double> samples;
    for (auto _ : state) {
        const auto t0 = Clock::now();
        OpenResult r = openPlan(path);
        benchmark::DoNotOptimize(r.plan);
        const double s = std::chrono::duration<double>(Clock::now() - t0).count();
        samples.push_back(s);
        state.SetIterationTime(s);
        if (!r.ok()) {
            state.SkipWithError("the stress plan does not open");
            break;
        }
    }
    medians()["open only"] = median(samples);
}

void BM_OpenToFirstPaint(benchmark::State &state)
{
    const QString path = stressPlanFile();
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> samples;
    for (auto _ : state) {
        const auto t0 = Clock::now();
        OpenResult r = openPlan(path);
        if (!r.ok()) {
            state.SkipWithError("the stress plan does not open");
            break;
        }
        PlanDocument doc(std::move(*r.plan));
        Checker checker(&doc);
        TimelineView view(&doc);
        view.setFindings(checker.findings());
        view.resize(image.size());
        view.viewport()->render(&image);
        const double s = std::chrono::duration<double>(Clock::now() - t0).count();
        samples.push_back(s);
        state.SetIterationTime(s);
    }
    medians()["open to first paint"] = median(samples);
}

BENCHMARK(BM_BareRepaint)->UseManualTime()->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_Drop)->UseManualTime()->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_OpenOnly)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_OpenToFirstPaint)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (const int code = runBenchmarks(argc, argv))
        return code;

    auto &m = medians();
    std::printf("\n%-22s %12s %14s\n", "figure (median)", "time (ms)", "x baseline");
    auto row = [&](const char *name, const char *baseline) {
        if (!m.count(name))
            return;
        const double base = m.count(baseline) ? m[baseline] : 0;
        std::printf("%-22s %12.2f %14.2f\n", name, m[name] * 1e3, base > 0 ? m[name] / base : 0.0);
    };
    row("bare repaint", "bare repaint");
    row("drop", "bare repaint");
    row("open only", "open only");
    row("open to first paint", "open only");
    return 0;
}
