// Tranche: composition root. Parses the command line, installs the translator,
// and either runs a headless command or opens the editor window.

#include "cli/checkcli.h"
#include "cli/convertcli.h"
#include "cli/exercisecli.h"
#include "cli/exportoptions.h"
#include "cli/flowcli.h"
#include "exercise/controldesk.h"
#include "export/aarwriter.h"
#include "export/exportcli.h"
#include "io/planio.h"
#include "timeline/timelineview.h"
#include "window/firstframeclock.h"
#include "window/firstframewatcher.h"
#include "window/fontwarmup.h"
#include "window/lazyiconstyle.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <unistd.h>

using namespace tranche;

namespace {

enum class Command { Gui, Check, Flow, Export, Convert, Exercise };

Command commandOf(int argc, char **argv)
{
    if (argc < 2)
        return Command::Gui;
    const char *c = argv[1];
    if (std::strcmp(c, "check") == 0)
        return Command::Check;
    if (std::strcmp(c, "flow") == 0)
        return Command::Flow;
    if (std::strcmp(c, "export") == 0)
        return Command::Export;
    if (std::strcmp(c, "convert") == 0)
        return Command::Convert;
    if (std::strcmp(c, "exercise") == 0)
        return Command::Exercise;
    return Command::Gui;
}

bool wantsHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "--help-all") ||
            !std::strcmp(a, "--version") || !std::strcmp(a, "-v"))
            return true;
    }
    return false;
}

void installTranslators(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // The locale's translation; else English, which holds the plural forms
    // ("1 month", "2 months") of the source texts' "%n month(s)".
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("tranche"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/tranche_en.qm")))
        QCoreApplication::installTranslator(own);
}

// The translation context of the command-line texts, "main" (lupdate extracts Main::tr()).
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

// Adds the options every invocation knows and processes; exits on --help/--version or errors.
// positionals: how many positional arguments (the command word included) must be given; -1: any.
QStringList processCommand(QCommandLineParser &parser, const QCoreApplication &app,
                           const QString &usage, int positionals)
{
    parser.setApplicationDescription(Main::tr(
        "Tranche plans phased, action-for-action sanctions-relief deals.\n\n"
        "Commands (headless, no display needed):\n"
        "  check FILE [--profile NAME] [--format text|json]   check every phase against the "
        "principles\n"
        "  flow FILE [--format csv|json]                      month-by-month value flow\n"
        "  export FILE --chart|--timeline|--report -o OUT     render to PNG, SVG or PDF\n"
        "         [--detail auto|full|summary] [--dpi N] [--size WxH]\n"
        "  convert IN OUT                                     between .tranche and .json\n"
        "  exercise validate|run|report PACKAGE ...           tabletop exercise (exercise --help)\n"
        "Without a command, opens the editor on FILE or on the bundled scenario."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("args"), usage);
    // parse(), not process(): bad usage must exit with 2 (bad input), not 1 (violations).
    if (!parser.parse(app.arguments())) {
        QTextStream err(stderr);
        err << parser.errorText() << Qt::endl;
        std::exit(2);
    }
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    const QStringList args = parser.positionalArguments(); // the command word first
    if (positionals >= 0 && args.size() != positionals) {
        QTextStream err(stderr);
        err << Main::tr("Wrong number of arguments.") << Qt::endl << parser.helpText();
        std::exit(2);
    }
    return args;
}

// `tranche exercise ...`: the exercise command parses its own sub-commands and
// options; the PDF after-action report is painted by the ui layer.
int exerciseCommand(const QCoreApplication &app, QTextStream &out, QTextStream &err)
{
    return runExerciseCli(app.arguments(), out, err, writeAfterActionReport);
}

// `tranche --exercise PACKAGE [--log LOG] [--public-screen]`: the control desk
// (and the public screen) without the editor.
int runControlDesk(const QString &package, const QString &log, bool publicScreen, QTextStream &err)
{
    QStringList errors;
    std::unique_ptr<ControlDesk> desk(ControlDesk::open(package, log, errors));
    if (!desk) {
        for (const QString &e : errors)
            err << e << Qt::endl;
        return 2;
    }
    desk->resize(1280, 800);
    desk->show();
    if (publicScreen)
        desk->showPublicScreen();
    return QApplication::exec();
}

// Headless commands never need a display, nor Qt's warning about a missing runtime folder.
void prepareHeadless()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // What Qt would fall back to, without its warning on standard error.
        const QByteArray dir =
            QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
        if (QDir().mkpath(QString::fromLocal8Bit(dir)) &&
            QFile::setPermissions(QString::fromLocal8Bit(dir),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", dir);
    }
}

int runCheck(QCommandLineParser &parser, const QCoreApplication &app, QTextStream &out,
             QTextStream &err)
{
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     Main::tr("Rule profile NAME (overrides the plan's)."),
                                     Main::tr("NAME"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Main::tr("Output format: text or json."), Main::tr("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOptions({profile, format});
    const QStringList args = processCommand(parser, app, Main::tr("check FILE"), 2);
    return runCheckCli(args.at(1), parser.value(profile), parser.value(format), out, err);
}

int runFlow(QCommandLineParser &parser, const QCoreApplication &app, QTextStream &out,
            QTextStream &err)
{
    const QCommandLineOption format(QStringLiteral("format"),
                                    Main::tr("Output format: csv or json."), Main::tr("FORMAT"),
                                    QStringLiteral("csv"));
    parser.addOption(format);
    const QStringList args = processCommand(parser, app, Main::tr("flow FILE"), 2);
    return runFlowCli(args.at(1), parser.value(format), out, err);
}

int runExport(QCommandLineParser &parser, const QCoreApplication &app, QTextStream &err)
{
    const ExportCommandLine exportLine;
    exportLine.addTo(parser);
    const QStringList args = processCommand(parser, app, Main::tr("export FILE"), 2);
    const ExportOptionsResult options = exportLine.read(parser, args.at(1));
    if (!options.options) {
        err << options.error << Qt::endl;
        return 2;
    }
    return runExportCli(*options.options, err);
}

// The windows: the editor on FILE, or the exercise control desk (--exercise).
// fonts: the font configuration's loading (none for --help and --version),
// waited for before a window is built.
int runEditor(QCommandLineParser &parser, const QCoreApplication &app, QTextStream &err,
              std::optional<FontWarmup> &fonts)
{
    const auto waitForFonts = [&fonts] {
        if (fonts)
            fonts->wait();
    };
    const QCommandLineOption exercise(QStringLiteral("exercise"),
                                      Main::tr("Run the exercise PACKAGE at the control desk."),
                                      Main::tr("PACKAGE"));
    const QCommandLineOption exerciseLog(
        QStringLiteral("log"),
        Main::tr("With --exercise: the log to continue (default: NAME.log.json beside it)."),
        Main::tr("LOG"));
    const QCommandLineOption publicScreen(
        QStringLiteral("public-screen"),
        Main::tr("With --exercise: open the public screen too (full screen on a second display)."));
    parser.addOptions({exercise, exerciseLog, publicScreen});
    processCommand(parser, app, Main::tr("[FILE]"), -1);
    LazyIconStyle::install(); // the bars' extension icons are read when painted
    if (parser.isSet(exercise)) {
        waitForFonts();
        return runControlDesk(parser.value(exercise), parser.value(exerciseLog),
                              parser.isSet(publicScreen), err);
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        err << Main::tr("Give at most one FILE.") << Qt::endl;
        return 2;
    }
    // FILE (else the bundled scenario) is read while the font configuration loads.
    const QString path = files.isEmpty() ? defaultScenarioPath() : files.first();
    const OpenResult read = openPlan(path);
    waitForFonts();
    MainWindow window;
    // Unsaved changes left by a crash come first; else FILE, else the bundled
    // scenario. The plan is there before the window is first shown and painted.
    if (!window.offerRecovery() && !window.openFile(path, read))
        window.openFile(defaultScenarioPath());
    // bench/startup.sh measures the start to the first frame showing the plan:
    // the clock is read once that frame has been painted whole (queued after
    // the timeline's paint, as the bare window's), then the program quits.
    if (firstframeclock::quitAfterFirstFrame()) {
        auto *watcher = new FirstFrameWatcher(window.timeline()->viewport(), &window);
        QObject::connect(
            watcher, &FirstFrameWatcher::firstFramePainted, &window,
            [] {
                firstframeclock::print();
                QCoreApplication::quit();
            },
            Qt::QueuedConnection);
    }
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    const Command command = commandOf(argc, argv);
    const bool headless = command != Command::Gui || wantsHelpOrVersion(argc, argv);
    if (headless)
        prepareHeadless();
    // The windows' first text needs the font configuration: loaded meanwhile.
    std::optional<FontWarmup> fonts;
    if (!headless)
        fonts.emplace();

    std::unique_ptr<QCoreApplication> app;
    if (command == Command::Gui || command == Command::Export || command == Command::Exercise)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Tranche"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tranche"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRANCHE_VERSION));
    installTranslators(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    switch (command) {
    case Command::Convert: {
        const QStringList args = processCommand(parser, *app, Main::tr("convert IN OUT"), 3);
        return runConvertCli(args.at(1), args.at(2), err);
    }
    case Command::Check:
        return runCheck(parser, *app, out, err);
    case Command::Flow:
        return runFlow(parser, *app, out, err);
    case Command::Export:
        return runExport(parser, *app, err);
    case Command::Exercise:
        return exerciseCommand(*app, out, err);
    case Command::Gui:
        break;
    }
    return runEditor(parser, *app, err, fonts);
}
