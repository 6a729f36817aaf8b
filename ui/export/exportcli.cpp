#include "export/exportcli.h"

#include "cli/commandinput.h"
#include "cli/terminalsafe.h"
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
        writeSafeLines(err, message.split(u'\n'));
        return 2;
    };
    const QString &file = options.plan;
    const std::optional<Plan> opened = openPlanReporting(file, err);
    if (!opened)
        return 2;
    const Plan &plan = *opened;
    const std::optional<RuleProfile> profile =
        profileForCommand(u"export"_s, file, plan, QString(), err);
    if (!profile)
        return 2;
    const QList<Finding> findings = RuleEngine::check(plan, *profile);

    Exporter exporter(plan, findings, QFileInfo(file).fileName());
    exporter.setReportDetail(options.detail);
    exporter.setDpi(options.dpi.value_or(96));
    exporter.setImageSize(options.size.value_or(QSize()));
    exporter.setPageFiles(options.pages);
    const QString error = exporter.write(options.kind, options.out);
    if (!error.isEmpty())
        return fail(ExportTexts::tr("tranche export: %1").arg(error));
    return 0;
}

} // namespace tranche
