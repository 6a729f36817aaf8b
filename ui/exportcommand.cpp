#include "exportcommand.h"

#include "exporter.h"
#include "planio.h"
#include "ruleprofile.h"
#include "rules/ruleengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

struct ExportTexts
{
    Q_DECLARE_TR_FUNCTIONS(tranche)
};

} // namespace

int runExportCommand(const QString &file, const QString &what, const QString &out, QTextStream &err,
                     const QString &detail)
{
    const auto fail = [&err](const QString &message) {
        err << message << u'\n';
        err.flush();
        return 2;
    };
    const std::optional<ExportKind> kind = exportKindFromString(what);
    if (!kind)
        return fail(
            ExportTexts::tr("tranche export: say what to export: --chart, --timeline or --report"));
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

    const OpenResult opened = openPlan(file);
    if (!opened.ok()) {
        if (opened.errors.isEmpty())
            return fail(
                ExportTexts::tr("%1: cannot open the plan").arg(QDir::toNativeSeparators(file)));
        for (const QString &line : opened.errors)
            err << line << u'\n';
        err.flush();
        return 2;
    }
    const Plan &plan = *opened.plan;
    const ProfileResult profile = findRuleProfile(plan.meta.profile);
    if (!profile.ok()) {
        for (const QString &e : profile.errors)
            err << QDir::toNativeSeparators(file) << u": /plan/profile: "_s << e << u'\n';
        err.flush();
        return 2;
    }
    const QList<Finding> findings = RuleEngine::check(plan, *profile.profile);

    Exporter exporter(plan, findings, QFileInfo(file).fileName());
    exporter.setReportDetail(*reportDetail);
    const QString error = exporter.write(*kind, out);
    if (!error.isEmpty())
        return fail(ExportTexts::tr("tranche export: %1").arg(error));
    return 0;
}

} // namespace tranche
