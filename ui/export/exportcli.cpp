#include "export/exportcli.h"

#include "export/exporter.h"
#include "io/planio.h"
#include "model/safetext.h"
#include "rules/ruleengine.h"
#include "rules/ruleprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSize>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

struct ExportTexts
{
    Q_DECLARE_TR_FUNCTIONS(tranche)
};

} // namespace

int runExportCli(const QString &file, const QString &what, const QString &out, QTextStream &err,
                 const ExportOptions &options)
{
    const auto fail = [&err](const QString &message) {
        err << terminalSafeLines(message) << u'\n';
        err.flush();
        return 2;
    };
    const std::optional<ExportKind> kind = exportKindFromString(what);
    if (!kind)
        return fail(
            ExportTexts::tr("tranche export: say what to export: --chart, --timeline or --report"));
    const QString detail = options.detail.isEmpty() ? u"auto"_s : options.detail;
    const std::optional<ReportDetail> reportDetail = reportDetailFromString(detail);
    if (!reportDetail)
        return fail(ExportTexts::tr("tranche export: unknown detail \"%1\" (auto, full or summary)")
                        .arg(detail));
    if (out.isEmpty())
        return fail(ExportTexts::tr(
            "tranche export: give the output file: -o OUT.png, OUT.svg or OUT.pdf"));
    if (!exportFormatForPath(out))
        return fail(
            ExportTexts::tr("tranche export: %1: unknown output format \"%2\" (png, svg or pdf)")
                .arg(QDir::toNativeSeparators(out), QFileInfo(out).suffix()));

    const bool png = exportFormatForPath(out) == ExportFormat::Png;
    if ((!options.dpi.isEmpty() || !options.size.isEmpty()) && !png)
        return fail(ExportTexts::tr("tranche export: --dpi and --size apply to PNG output only"));
    int dpi = 96;
    if (!options.dpi.isEmpty()) {
        bool ok = false;
        dpi = options.dpi.toInt(&ok);
        if (!ok || dpi < 48 || dpi > 600)
            return fail(ExportTexts::tr("tranche export: --dpi must be a whole number from 48 to "
                                        "600 (got \"%1\")")
                            .arg(options.dpi));
    }
    QSize size;
    if (!options.size.isEmpty()) {
        static const QRegularExpression re(u"^(\\d{1,5})x(\\d{1,5})$"_s);
        const QRegularExpressionMatch m = re.match(options.size);
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 16 || h < 16 || w > 20000 || h > 20000)
            return fail(ExportTexts::tr("tranche export: --size must be WIDTHxHEIGHT in pixels, "
                                        "16 to 20000 each (got \"%1\")")
                            .arg(options.size));
        size = QSize(w, h);
    }

    const OpenResult opened = openPlan(file);
    if (!opened.ok()) {
        if (opened.errors.isEmpty())
            return fail(
                ExportTexts::tr("%1: cannot open the plan").arg(QDir::toNativeSeparators(file)));
        for (const QString &line : opened.errors)
            err << terminalSafeLines(line) << u'\n';
        err.flush();
        return 2;
    }
    const Plan &plan = *opened.plan;
    const ProfileResult profile = findRuleProfile(plan.meta.profile);
    if (!profile.ok()) {
        for (const QString &e : profile.errors)
            err << terminalSafeLines(QDir::toNativeSeparators(file) + u": /plan/profile: "_s + e)
                << u'\n';
        err.flush();
        return 2;
    }
    const QList<Finding> findings = RuleEngine::check(plan, *profile.profile);

    Exporter exporter(plan, findings, QFileInfo(file).fileName());
    exporter.setReportDetail(*reportDetail);
    exporter.setDpi(dpi);
    exporter.setImageSize(size);
    const QString error = exporter.write(*kind, out);
    if (!error.isEmpty())
        return fail(ExportTexts::tr("tranche export: %1").arg(error));
    return 0;
}

} // namespace tranche
