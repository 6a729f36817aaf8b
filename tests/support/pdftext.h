#pragma once
// Reading a written PDF back in tests through poppler-utils (pdfinfo,
// pdftotext), run as processes; tests skip when they are not installed.

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace tranche::pdftest {

inline bool hasPoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

// The program's standard output, or empty when it failed.
inline QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of each page of the PDF (pdftotext splits pages by form feeds).
inline QStringList pageTexts(const QString &pdf)
{
    QStringList pages = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace tranche::pdftest
