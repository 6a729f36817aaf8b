#pragma once
// The bundled DPRK exercise package copied into a test's temporary folder as
// drill.json, with the bundled log beside it (drill.log.json) when the test
// wants it played; tests never write into the sources.

#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace tranche::exercisetest {

inline const QString kBundledPackage =
    QStringLiteral(TRANCHE_SOURCE_DIR "/resources/exercises/dprk-breach-drill.json");
inline const QString kBundledLog =
    QStringLiteral(TRANCHE_SOURCE_DIR "/resources/exercises/dprk-breach-drill.log.json");

// The copy's path, or "" when it could not be written.
inline QString copyBundledExercise(const QTemporaryDir &dir, bool played)
{
    const QString package = dir.filePath(QStringLiteral("drill.json"));
    if (!QFile::copy(kBundledPackage, package))
        return {};
    if (played && !QFile::copy(kBundledLog, dir.filePath(QStringLiteral("drill.log.json"))))
        return {};
    return package;
}

} // namespace tranche::exercisetest
