#include "cli/exercisecli.h"

#include "cli/terminalsafe.h"
#include "exercise/exerciseoutput.h"
#include "io/planio.h"
#include "io/validation.h"

#include "exercise/exercisejson.h"
#include <QCommandLineParser>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

constexpr qint64 kMaxLogBytes = 64 * 1024 * 1024;

// A package file read and checked: its plan, its exercise member, or the errors.
struct LoadedPackage
{
    std::optional<Plan> plan;
    std::optional<ExercisePackage> package;
    QStringList errors;
};

QStringList lines(const QString &file, const QList<Problem> &problems)
{
    return formatProblems(QDir::toNativeSeparators(file), problems)
        .split(u'\n', Qt::SkipEmptyParts);
}

// The exercise member of a JSON file whose plan could not be read, if any.
std::optional<QJsonValue> rawExercise(const QString &path)
{
    if (QFileInfo(path).suffix().compare(u"json"_s, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    QFile file(path);
    if (file.size() > kMaxLogBytes || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    const QJsonValue v = doc.object().value("exercise"_L1);
    return v.isUndefined() ? std::nullopt : std::optional<QJsonValue>(v);
}

LoadedPackage loadPackage(const QString &path)
{
    LoadedPackage loaded;
    OpenResult opened = openPlan(path);
    if (!opened.ok()) {
        loaded.errors = opened.errorLines();
        if (loaded.errors.isEmpty())
            loaded.errors << ExerciseText::tr("%1: cannot open the package")
                                 .arg(QDir::toNativeSeparators(path));
        if (const auto exercise = rawExercise(path))
            loaded.errors << lines(path, readExercisePackage(*exercise, nullptr).problems);
        return loaded;
    }
    PackageReadResult read = readExercisePackage(*opened.plan);
    loaded.errors = lines(path, read.problems);
    loaded.plan = std::move(opened.plan);
    loaded.package = std::move(read.package);
    return loaded;
}

std::optional<ExerciseLog> loadLog(const QString &path, const LoadedPackage &p, QStringList &errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxLogBytes) {
        errors << ExerciseText::tr("%1: cannot read the log").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    LogReadResult read = readExerciseLog(file.readAll(), *p.plan, *p.package);
    errors << lines(path, read.problems);
    return read.log;
}

RuleProfile profileOf(const Plan &plan)
{
    const ProfileResult found = findRuleProfile(plan.meta.profile);
    return found.ok() ? *found.profile : RuleProfile();
}

int fail(const QStringList &errors, QTextStream &err)
{
    for (const QString &line : errors)
        err << terminalSafe(line) << '\n';
    err.flush();
    return 2;
}

// Loads the package and (when given) the log and plays; nullopt after printing errors.
std::optional<PlayedExercise> play(const QString &package, const QString &logPath, QTextStream &err)
{
    QStringList errors;
    std::optional<PlayedExercise> played = playExercise(package, logPath, errors);
    if (!played)
        fail(errors, err);
    return played;
}

} // namespace

namespace {

// Plays a package read (and its log, when given); nullopt with the errors.
std::optional<PlayedExercise> playLoaded(LoadedPackage loaded, const QString &logPath,
                                         QStringList &errors)
{
    if (!loaded.errors.isEmpty()) {
        errors << loaded.errors;
        return std::nullopt;
    }
    std::optional<ExerciseLog> log;
    if (!logPath.isEmpty() && !(log = loadLog(logPath, loaded, errors)))
        return std::nullopt;
    std::optional<PlayedExercise> p(
        PlayedExercise{std::move(*loaded.plan), std::move(*loaded.package), std::move(log), {}});
    p->run = runExercise(p->plan, p->package, p->log ? &*p->log : nullptr, profileOf(p->plan));
    if (!p->run.problems.isEmpty()) {
        errors << lines(logPath, p->run.problems);
        return std::nullopt;
    }
    return p;
}

} // namespace

std::optional<PlayedExercise> playExercise(const QString &package, const QString &logPath,
                                           QStringList &errors)
{
    return playLoaded(loadPackage(package), logPath, errors);
}

std::optional<PlayedExercise> playExercise(Plan plan, const QString &planName,
                                           const QString &logPath, QStringList &errors)
{
    LoadedPackage loaded;
    PackageReadResult read = readExercisePackage(plan);
    loaded.errors = lines(planName, read.problems);
    loaded.plan = std::move(plan);
    loaded.package = std::move(read.package);
    return playLoaded(std::move(loaded), logPath, errors);
}

int runExerciseValidate(const QString &package, QTextStream &err)
{
    const LoadedPackage loaded = loadPackage(package);
    return loaded.errors.isEmpty() ? 0 : fail(loaded.errors, err);
}

int runExerciseRun(const QString &package, const QString &log, const QString &format,
                   QTextStream &out, QTextStream &err)
{
    const QString fmt = format.isEmpty() ? u"text"_s : format;
    if (fmt != "text"_L1 && fmt != "json"_L1)
        return fail({ExerciseText::tr("tranche exercise run: unknown format \"%1\" (json or text)")
                         .arg(format)},
                    err);
    const auto played = play(package, log, err);
    if (!played)
        return 2;
    const ExerciseOutputInput in = played->input();
    if (fmt == "json"_L1)
        out << QString::fromUtf8(exerciseJson(in, false));
    else
        out << exerciseText(in);
    out.flush();
    return 0;
}

int runExerciseReport(const QString &package, const QString &log, const QString &output,
                      QTextStream &err, const ExercisePdfWriter &pdf)
{
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix == "pdf"_L1 && !pdf)
        return fail({ExerciseText::tr(
                         "%1: the PDF after-action report is not available yet; write .json or "
                         ".csv")
                         .arg(QDir::toNativeSeparators(output))},
                    err);
    if (suffix != "json"_L1 && suffix != "csv"_L1 && suffix != "pdf"_L1)
        return fail({ExerciseText::tr("%1: unknown report type (expected .pdf, .json or .csv)")
                         .arg(QDir::toNativeSeparators(output))},
                    err);
    const auto played = play(package, log, err);
    if (!played)
        return 2;
    const ExerciseOutputInput in = played->input();
    if (suffix == "pdf"_L1) {
        const QString error = pdf(in, output);
        return error.isEmpty() ? 0 : fail({error}, err);
    }
    const QByteArray bytes = suffix == "json"_L1 ? exerciseJson(in, true) : exerciseJournalCsv(in);
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail({ExerciseText::tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(output), file.errorString())},
                    err);
    return 0;
}

int runExerciseCli(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   const ExercisePdfWriter &pdf)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ExerciseText::tr("Tabletop exercises:\n"
                         "  exercise validate PACKAGE\n"
                         "  exercise run PACKAGE [--log LOG] [--format json|text]\n"
                         "  exercise report PACKAGE --log LOG -o AAR.pdf|.json|.csv"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption logOption(u"log"_s, ExerciseText::tr("The exercise log."),
                                       ExerciseText::tr("LOG"));
    const QCommandLineOption format(u"format"_s, ExerciseText::tr("Output format: text or json."),
                                    ExerciseText::tr("FORMAT"), u"text"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s},
                                    ExerciseText::tr("Report file: .pdf, .json or .csv."),
                                    ExerciseText::tr("OUT"));
    parser.addOptions({logOption, format, output});
    parser.addPositionalArgument(u"command"_s, ExerciseText::tr("validate, run or report"));
    if (!parser.parse(arguments))
        return fail({parser.errorText()}, err);
    if (parser.isSet(help)) {
        out << parser.helpText();
        return 0;
    }
    const QStringList args = parser.positionalArguments(); // "exercise", sub-command, PACKAGE
    const QString sub = args.value(1);
    if (args.size() != 3 || (sub != "validate"_L1 && sub != "run"_L1 && sub != "report"_L1))
        return fail(
            {ExerciseText::tr("Usage: tranche exercise validate|run|report PACKAGE [options]")},
            err);
    if (sub == "validate"_L1)
        return runExerciseValidate(args.at(2), err);
    if (sub == "run"_L1)
        return runExerciseRun(args.at(2), parser.value(logOption), parser.value(format), out, err);
    if (!parser.isSet(logOption) || !parser.isSet(output))
        return fail({ExerciseText::tr("tranche exercise report needs --log LOG and -o OUT")}, err);
    return runExerciseReport(args.at(2), parser.value(logOption), parser.value(output), err, pdf);
}

} // namespace tranche
