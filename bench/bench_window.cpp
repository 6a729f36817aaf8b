// Benchmarks of the editor window as users get it (offscreen), each against a
// baseline measured in the same run:
//   BM_BareDrop/S        the baseline: bench_timeline's BM_Drop (one catalog
//                        item dropped on a phase's relief lane: drag enter,
//                        move and drop events) on a bare TimelineView with its
//                        document and checker.
//   BM_DropInWindow/S/C  the same drop in the full MainWindow, every dock as a
//                        user starts it; C=1: the charts tab shown, C=0: the
//                        charts shown once, then behind the findings' tab.
//   BM_UndoInWindow/S/C  the undo of that drop (the drop itself not timed).
//                        Each gesture of these two is paired with a bare-view
//                        drop timed just before it (the paired baseline: both
//                        under the same load of a shared machine).
//   BM_BareOpen/S        the baseline of opening: the plan file read into a
//                        document, checked and shown in a bare TimelineView
//                        to its first painted frame.
//   BM_OpenInWindow/S    the plan file opened in a new MainWindow to its first
//                        painted frame.
// S=1: the stress plan (60 phases, 5,000 placements, 198 months); S=4: its
// phases x4 (240 phases, 738 months). A timing ends when the repaint the
// gesture causes has finished (posted events sent, events processed), with
// the findings and the shown charts current; hidden charts are checked
// against a fresh computation when shown again after the last undo.
//
//   cmake --build build --target bench_window && build/bench/bench_window
//
// The instructions of the timed parts alone, which a loaded machine does not
// change (about a minute per figure):
//   valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file=cg.out
//     build/bench/bench_window --benchmark_filter='DropInWindow/1/1'   (one line)
//   callgrind_annotate cg.out | head     (the total / 30 iterations)

#include "benchsupport.h"
#include "charts/chartswidget.h"
#include "charts/flowcharts.h"
#include "document/plandocument.h"
#include "flow/valueflow.h"
#include "io/planio.h"
#include "models/mimetypes.h"
#include "panels/findingspane.h"
#include "rules/checker.h"
#include "rules/ruleengine.h"
#include "stressplan.h"
#include "timeline/timelineview.h"
#include "window/firstframewatcher.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QBarSet>
#include <QDockWidget>
#include <QDropEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QMimeData>
#include <QPaintEvent>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#endif

#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <string>

using namespace tranche;
using namespace Qt::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;
const QSize kWindowSize(1600, 1000);
// The name of a figure's paired baseline: its name and this.
const std::string kPaired = " / paired bare drop";

// Median wall and CPU seconds of each figure. The machine is shared: CPU time
// (of this process) is what other programs' load does not inflate.
struct Figure
{
    double wall = 0;
    double cpu = 0;
};

std::map<std::string, Figure> &medians()
{
    static std::map<std::string, Figure> m;
    return m;
}

double cpuNow()
{
    timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

// Under callgrind (valgrind --tool=callgrind --collect-atstart=no), only the
// timed parts are counted: the instructions a gesture costs, which the load
// of a shared machine does not change.
void countInstructions([[maybe_unused]] bool on)
{
#if __has_include(<valgrind/callgrind.h>)
    static bool counting = false;
    if (on != counting) {
        counting = on;
        CALLGRIND_TOGGLE_COLLECT;
    }
#endif
}

// Per-iteration wall and CPU times of the timed part.
class Samples
{
public:
    // `counted`: the timed parts count under callgrind (not a paired baseline's).
    explicit Samples(bool counted = true) : m_counted(counted) {}
    void start()
    {
        if (m_counted)
            countInstructions(true);
        m_wall0 = Clock::now();
        m_cpu0 = cpuNow();
    }
    // Ends a sample; returns its wall time (the benchmark's manual time).
    double stop()
    {
        if (m_counted)
            countInstructions(false);
        m_wall.push_back(std::chrono::duration<double>(Clock::now() - m_wall0).count());
        m_cpu.push_back(cpuNow() - m_cpu0);
        return m_wall.back();
    }
    double last() const { return m_wall.empty() ? 0 : m_wall.back(); }
    void record(const std::string &name) const
    {
        medians()[name] = {median(m_wall), median(m_cpu)};
    }

private:
    bool m_counted;
    Clock::time_point m_wall0;
    double m_cpu0 = 0;
    std::vector<double> m_wall, m_cpu;
};

// The stress plan with its phases times `scale` (the months grow with them).
const Plan &plan(int scale)
{
    static std::map<int, Plan> plans;
    auto it = plans.find(scale);
    if (it == plans.end()) {
        StressPlanSize size;
        size.phases *= scale;
        it = plans.emplace(scale, makeStressPlan(size)).first;
    }
    return it->second;
}

QString planFile(int scale)
{
    static QTemporaryDir dir;
    static std::map<int, QString> files;
    auto it = files.find(scale);
    if (it == files.end()) {
        const QString path = dir.filePath(u"stress-%1.json"_s.arg(scale));
        StressPlanSize size;
        size.phases *= scale;
        const QString error = writeStressPlan(path, size);
        if (!error.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(error));
        it = files.emplace(scale, path).first;
    }
    return it->second;
}

// Counts the events that carry a repaint or what leads to one (a queued
// update, a relayout, a queued call, a deferred layout's timer), to know when
// all is drawn.
class PendingWork : public QObject
{
public:
    PendingWork() { qApp->installEventFilter(this); }
    ~PendingWork() override { qApp->removeEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::UpdateRequest:
        case QEvent::Paint:
        case QEvent::LayoutRequest:
        case QEvent::MetaCall:
        case QEvent::Timer:
            ++count;
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }
};

// Sends the posted events and processes the rest until a pass delivers none
// of the events above: the repaint that an item view's deferred layout (a
// zero timer) asks for belongs to the gesture that caused it, not to the next.
void flush()
{
    PendingWork work;
    for (int pass = 0; pass < 8; ++pass) {
        work.count = 0;
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        if (work.count == 0)
            break;
    }
}

// BM_Drop's gesture: a catalog item dragged onto the relief lane of the
// middle phase, as the view receives it.
class DropGesture
{
public:
    explicit DropGesture(TimelineView &view) : m_view(view)
    {
        const Plan &p = view.document()->plan();
        m_phase = int(p.phases.size() / 2);
        const QRectF lane = view.geometry().reliefLaneRect(m_phase);
        const qreal x = view.geometry().monthToX(p.phases.at(m_phase).start) + 5;
        view.ensureContentVisible(QRectF(x - 20, lane.top(), 40, lane.height()));
        flush();
        m_at = view.contentToViewport(QPointF(x, lane.top() + 2));
        const QString item = p.catalog.items.at(7).id;
        m_mime.setData(QString(mime::kCatalogItems),
                       QJsonDocument(QJsonObject{{u"items"_s, QJsonArray{item}}}).toJson());
    }

    // Sends the events; true when the item was placed.
    bool perform()
    {
        const qsizetype before = reliefs();
        QDragEnterEvent enter(m_at.toPoint(), Qt::CopyAction, &m_mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(m_view.viewport(), &enter);
        QDragMoveEvent move(m_at.toPoint(), Qt::CopyAction, &m_mime, Qt::LeftButton,
                            Qt::NoModifier);
        QCoreApplication::sendEvent(m_view.viewport(), &move);
        QDropEvent drop(m_at, Qt::CopyAction, &m_mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_view.viewport(), &drop);
        return drop.isAccepted() && reliefs() == before + 1;
    }

private:
    qsizetype reliefs() const
    {
        return m_view.document()->plan().phases.at(m_phase).reliefs.size();
    }

    TimelineView &m_view;
    int m_phase = 0;
    QPointF m_at;
    QMimeData m_mime;
};

// Every series of the charts equals the value flow of the plan.
bool chartsMatch(const FlowCharts &charts, const ValueFlow &flow)
{
    const QList<QBarSet *> sets = charts.monthlyBars()->barSets();
    const qsizetype h = flow.months.size();
    if (sets.size() != 2 || sets.at(0)->count() != h || charts.exposureLine()->count() != h ||
        charts.releasedCumulativeLine()->count() != h)
        return false;
    for (qsizetype m = 0; m < h; ++m) {
        const FlowMonth &f = flow.months.at(m);
        if (sets.at(0)->at(m) != f.released || sets.at(1)->at(m) != f.escrowed ||
            charts.exposureLine()->at(m) != QPointF(double(m), f.exposure) ||
            charts.escrowBalanceLine()->at(m) != QPointF(double(m), f.escrowBalance))
            return false;
    }
    return true;
}

// The findings shown equal a fresh check of the plan.
bool findingsCurrent(MainWindow &window)
{
    const QList<Finding> fresh =
        RuleEngine::check(window.document()->plan(), window.checker()->profile());
    return window.checker()->findings() == fresh &&
           window.findingsPane()->proxyModel()->rowCount() == fresh.size();
}

// The editor as a user starts it, on the stress plan of `scale`, sized like
// the bare view; the charts tab in front when `chartsShown`.
struct WindowEditor
{
    MainWindow window;

    WindowEditor(int scale, bool chartsShown)
    {
        window.setInteractive(false);
        window.openFile(planFile(scale));
        FirstFrameWatcher watcher(window.timeline()->viewport());
        window.resize(kWindowSize);
        window.show();
        watcher.wait();
        // Hidden: shown once, then behind the findings' tab again (as a user
        // who looked at them has them).
        window.chartsDock()->raise();
        flush();
        if (!chartsShown)
            window.findChild<QDockWidget *>(u"FindingsDock"_s)->raise();
        flush();
    }

    // Shows the charts (when hidden) and checks them and the findings.
    bool current()
    {
        window.chartsDock()->raise();
        flush();
        return findingsCurrent(window) && chartsMatch(*window.chartsWidget()->charts(),
                                                      computeValueFlow(window.document()->plan()));
    }
};

// With TRANCHE_BENCH_TRACE set, lists what one drop in the window and its
// undo repaint and relayout (class, object name, area), to find listeners doing more than
// the change asks for.
class PaintTrace : public QObject
{
public:
    explicit PaintTrace(bool on) : m_on(on)
    {
        if (m_on)
            qApp->installEventFilter(this);
    }
    ~PaintTrace() override
    {
        if (!m_on)
            return;
        qApp->removeEventFilter(this);
        for (const auto &[what, count] : m_counts)
            std::fprintf(stderr, "%6d  %s\n", count, what.c_str());
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        if (type == QEvent::Paint || type == QEvent::LayoutRequest || type == QEvent::Resize) {
            std::string what = type == QEvent::Paint           ? "paint  "
                               : type == QEvent::LayoutRequest ? "layout "
                                                               : "resize ";
            what += watched->metaObject()->className();
            if (!watched->objectName().isEmpty()) {
                what += ' ';
                what += watched->objectName().toStdString();
            }
            if (type == QEvent::Paint) {
                const QRect r = static_cast<QPaintEvent *>(event)->rect();
                what += ' ';
                what += std::to_string(r.width());
                what += 'x';
                what += std::to_string(r.height());
            }
            ++m_counts[what];
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_on;
    std::map<std::string, int> m_counts;
};

std::string figure(const char *name, int scale, int charts = -1)
{
    std::string s = std::string(name) + (scale == 1 ? " stress" : " 4x months");
    if (charts >= 0)
        s += charts ? ", charts shown" : ", charts hidden";
    return s;
}

// BM_Drop's editor: a bare TimelineView with its document and checker, sized
// like the window.
struct BareEditor
{
    PlanDocument doc;
    Checker checker;
    TimelineView view;

    explicit BareEditor(int scale) : doc(plan(scale)), checker(&doc), view(&doc)
    {
        QObject::connect(&checker, &Checker::findingsChanged, &view,
                         [this] { view.setFindings(checker.findings()); });
        view.setFindings(checker.findings());
        view.resize(kWindowSize);
        view.show();
        flush();
    }

    // One drop, timed into `samples`, and its undo (not timed); false when
    // the drop was refused.
    bool dropAndUndo(DropGesture &drop, Samples &samples)
    {
        samples.start();
        const bool placed = drop.perform();
        flush();
        samples.stop();
        doc.undoStack()->undo();
        flush();
        return placed;
    }
};

void BM_BareDrop(benchmark::State &state)
{
    const int scale = int(state.range(0));
    BareEditor bare(scale);
    DropGesture drop(bare.view);
    Samples samples;
    for (auto _ : state) {
        if (!bare.dropAndUndo(drop, samples)) {
            state.SkipWithError("the drop was refused");
            break;
        }
        state.SetIterationTime(samples.last());
    }
    samples.record(figure("bare drop", scale));
}

// Drops (timed when `timeUndo` is false) and undoes (timed when it is true).
void windowDropOrUndo(benchmark::State &state, bool timeUndo)
{
    const int scale = int(state.range(0));
    const bool chartsShown = state.range(1) != 0;
    WindowEditor editor(scale, chartsShown);
    DropGesture drop(*editor.window.timeline());
    // The baseline paired with each gesture: the bare view's drop just
    // before it, so that both see the machine as it is at that moment.
    BareEditor bare(scale);
    DropGesture bareDrop(bare.view);
    Samples paired(false);
    QUndoStack *undo = editor.window.document()->undoStack();
    if (qEnvironmentVariableIsSet("TRANCHE_BENCH_TRACE")) {
        // A drop and its undo first, so that the trace shows what every later
        // one does (not the pages and caches built on first use).
        drop.perform();
        flush();
        undo->undo();
        flush();
        {
            std::fprintf(stderr, "one drop:\n");
            PaintTrace trace(true);
            drop.perform();
            flush();
        }
        std::fprintf(stderr, "its undo:\n");
        PaintTrace trace(true);
        undo->undo();
        flush();
    }
    Samples samples;
    for (auto _ : state) {
        if (!bare.dropAndUndo(bareDrop, paired)) {
            state.SkipWithError("the bare view refused the drop");
            break;
        }
        if (!timeUndo)
            samples.start();
        const bool placed = drop.perform();
        flush();
        if (!timeUndo)
            state.SetIterationTime(samples.stop());
        if (!placed) {
            state.SkipWithError("the drop was refused");
            break;
        }
        if (!timeUndo && chartsShown && editor.window.chartsWidget()->isStale()) {
            state.SkipWithError("the shown charts were not current after the drop");
            break;
        }
        if (timeUndo)
            samples.start();
        undo->undo();
        flush();
        if (timeUndo)
            state.SetIterationTime(samples.stop());
    }
    if (!editor.current())
        state.SkipWithError("findings or charts differ from a fresh computation");
    const std::string name =
        figure(timeUndo ? "undo in window" : "drop in window", scale, chartsShown ? 1 : 0);
    samples.record(name);
    paired.record(name + kPaired);
}

void BM_DropInWindow(benchmark::State &state)
{
    windowDropOrUndo(state, false);
}

void BM_UndoInWindow(benchmark::State &state)
{
    windowDropOrUndo(state, true);
}

// Times `open` per iteration as `name`: from the start to the first painted
// frame, when `open` stops the sample (before it tears its window down).
void timeOpen(benchmark::State &state, const char *name,
              const std::function<bool(const QString &path, Samples &samples)> &open)
{
    const int scale = int(state.range(0));
    const QString path = planFile(scale);
    Samples samples;
    for (auto _ : state) {
        samples.start();
        if (!open(path, samples)) {
            state.SkipWithError("the plan does not open");
            break;
        }
        state.SetIterationTime(samples.last());
        flush(); // deferred deletions, outside the timing
    }
    samples.record(figure(name, scale));
}

void BM_BareOpen(benchmark::State &state)
{
    timeOpen(state, "bare open", [](const QString &path, Samples &samples) {
        OpenResult opened = openPlan(path);
        if (!opened.ok())
            return false;
        PlanDocument doc(std::move(*opened.plan));
        Checker checker(&doc);
        TimelineView view(&doc);
        view.setFindings(checker.findings());
        FirstFrameWatcher watcher(view.viewport());
        view.resize(kWindowSize);
        view.show();
        const bool painted = watcher.wait();
        samples.stop();
        return painted;
    });
}

void BM_OpenInWindow(benchmark::State &state)
{
    timeOpen(state, "open in window", [](const QString &path, Samples &samples) {
        MainWindow window;
        window.setInteractive(false);
        if (!window.openFile(path))
            return false;
        FirstFrameWatcher watcher(window.timeline()->viewport());
        window.resize(kWindowSize);
        window.show();
        const bool painted = watcher.wait();
        samples.stop();
        return painted;
    });
}

void window(benchmark::internal::Benchmark *b)
{
    b->UseManualTime()->Unit(benchmark::kMillisecond);
}

BENCHMARK(BM_BareDrop)->Apply(window)->Arg(1)->Arg(4)->Iterations(30);
BENCHMARK(BM_DropInWindow)->Apply(window)->ArgsProduct({{1, 4}, {0, 1}})->Iterations(30);
BENCHMARK(BM_UndoInWindow)->Apply(window)->ArgsProduct({{1, 4}, {0, 1}})->Iterations(30);
BENCHMARK(BM_BareOpen)->Apply(window)->Arg(1)->Arg(4)->Iterations(5);
BENCHMARK(BM_OpenInWindow)->Apply(window)->Arg(1)->Arg(4)->Iterations(5);

// Each figure's median against its baseline's (CPU time): the bare view's
// drop of BM_BareDrop, and the paired bare drop timed just before each of
// the window's gestures (the ratio the goal names: both under the same load).
void printFigures()
{
    auto &m = medians();
    std::printf("\n%-40s %8s %8s %10s %11s %7s\n", "figure (median)", "wall ms", "CPU ms",
                "x bare CPU", "x paired CPU", "goal ms");
    for (int scale : {1, 4}) {
        const char *goal = scale == 1 ? "16" : "33";
        const auto ratio = [&m](const Figure &f, const std::string &base) {
            return m.count(base) && m[base].cpu > 0 ? f.cpu / m[base].cpu : 0.0;
        };
        const auto row = [&](const std::string &name, const std::string &base, const char *goalMs) {
            if (!m.count(name))
                return;
            const Figure f = m[name];
            std::printf("%-40s %8.2f %8.2f %10.2f %11.2f %7s\n", name.c_str(), f.wall * 1e3,
                        f.cpu * 1e3, ratio(f, base), ratio(f, name + kPaired), goalMs);
        };
        const std::string bareDrop = figure("bare drop", scale);
        row(bareDrop, bareDrop, "-");
        for (int charts : {0, 1}) {
            row(figure("drop in window", scale, charts), bareDrop, goal);
            row(figure("undo in window", scale, charts), bareDrop, goal);
        }
        const std::string bareOpen = figure("bare open", scale);
        row(bareOpen, bareOpen, "-");
        row(figure("open in window", scale), bareOpen, "-");
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"TrancheBench"_s);
    QCoreApplication::setApplicationName(u"TrancheBench"_s);
    QStandardPaths::setTestModeEnabled(true); // no user settings or recovery files touched
    if (const int code = runBenchmarks(argc, argv))
        return code;
    printFigures();
    return 0;
}
