#include "window/exportnaming.h"

#include "cli/exportoptions.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {
constexpr qsizetype kMaxTitleLength = 80;
} // namespace

QString ExportNaming::dialogTitle(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Chart:
        return tr("Export Chart");
    case ExportKind::Timeline:
        return tr("Export Timeline");
    case ExportKind::Report:
        return tr("Export Briefing Report");
    }
    return tr("Export");
}

QString ExportNaming::fileName(const QString &planTitle, ExportKind kind)
{
    const QString what[] = {tr("chart"), tr("timeline"), tr("briefing report")};
    return fileName(planTitle, what[int(kind)], u"pdf"_s);
}

QString ExportNaming::fileName(const QString &planTitle, const QString &what,
                               const QString &extension)
{
    QString title = planTitle;
    for (QChar &c : title) {
        if (c.category() == QChar::Other_Control || u"/\\:*?\"<>|"_s.contains(c))
            c = u' ';
    }
    title = title.simplified().left(kMaxTitleLength);
    while (title.startsWith(u'.') || title.endsWith(u'.'))
        title = title.startsWith(u'.') ? title.mid(1) : title.chopped(1);
    title = title.trimmed();
    if (title.isEmpty())
        title = tr("Untitled");
    if (!what.isEmpty())
        title += u" - "_s + what;
    return title + u'.' + extension;
}

QString ExportNaming::exported(const QStringList &files)
{
    if (files.size() <= 1)
        return tr("Exported %1").arg(files.value(0));
    // Never one page: no plural forms needed.
    return tr("Exported %1 pages: %2 … %3")
        .arg(QString::number(files.size()), files.constFirst(),
             QFileInfo(files.constLast()).fileName());
}

} // namespace tranche
