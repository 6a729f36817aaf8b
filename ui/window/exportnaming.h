#pragma once
// What the window's export dialogs say and offer: a title naming what is
// exported, and a file name made of the plan's title, the kind and the extension
// ("DPRK roadmap - timeline.pdf"), safe on every file system.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tranche {

enum class ExportKind;

class ExportNaming
{
    Q_DECLARE_TR_FUNCTIONS(ExportNaming)
public:
    // "Export Chart", "Export Timeline", "Export Briefing Report".
    static QString dialogTitle(ExportKind kind);
    // "<title> - <kind>.pdf" (PDF: the dialog's first format).
    static QString fileName(const QString &planTitle, ExportKind kind);
    // "<title>[ - <what>].<extension>"; an empty title is "Untitled", characters a
    // file name cannot hold become spaces.
    static QString fileName(const QString &planTitle, const QString &what,
                            const QString &extension);
    // The status after an export wrote `files`: "Exported OUT.pdf", or for a
    // timeline in pages "Exported 3 pages: OUT-1.png ... OUT-3.png" (the first
    // file with its folder, the last by name).
    static QString exported(const QStringList &files);
};

} // namespace tranche
