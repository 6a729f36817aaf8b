#include "export/exportcli.h"

#include "export/exporter.h"
#include "io/planio.h"
#include "rules/ruleengine.h"
#include "rules/ruleprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSize>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

struct ExportTexts
{
    Q_DECLARE_TR_FUNCTIONS(tranche)
};

} // namespace

int runExportCli(const ExportOptions &options, QTextStream &err)
{
    const auto fail = [&err](const QString &message) {
        err << message << u'\n';
        err.flush();
        return 2;
    };
    const QString &file = options.plan;
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
    exporter.setReportDetail(options.detail);
    exporter.setDpi(options.dpi.value_or(96));
    exporter.setImageSize(options.size.value_or(QSize()));
    const QString error = exporter.write(options.kind, options.out);
    if (!error.isEmpty())
        return fail(ExportTexts::tr("tranche export: %1").arg(error));
    return 0;
}

} // namespace tranche
