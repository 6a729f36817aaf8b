#pragma once
// Replacing a file's bytes in one step, for the .tranche save: a temporary file
// "<file>.tmp-XXXXXX" beside it, created with the mode of the file it replaces
// (never more open than that file), written, synced and renamed over it. A save
// killed half way leaves either the old or the new file; its temporary file is
// removed by the next save of the same file (each save holds an flock on its
// own, so one that is still running is never touched).

#include <QByteArray>
#include <QString>

namespace tranche {

// Replaces target (an absolute path, not a symbolic link) by bytes. Returns
// an empty string or the translated reason; name is the target as shown to the user.
QString replaceFileContents(const QString &target, const QByteArray &bytes, const QString &name);

// Removes the temporary files that killed saves of target left beside it
// (no save holds them); returns how many were removed.
int removeStaleTemporaryFiles(const QString &target);

} // namespace tranche
