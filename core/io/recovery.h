#pragma once
// Crash recovery: the editor writes the open plan to a recovery file every
// minute while it has unsaved changes and removes it on save or clean close.
// After a crash the files left behind are offered back.

#include "model/plan.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tranche {

// The folder of recovery files: writes, lists, opens and discards them.
class RecoveryStore
{
public:
    // dir: where recovery files live (default: the user's data folder + "/recovery").
    explicit RecoveryStore(QString dir = defaultDir());
    static QString defaultDir();

    struct Entry
    {
        QString recoveryPath; // the .tranche recovery file
        QString originalPath; // the document's own file, empty for an unsaved plan
        QString title;
        QDateTime savedAt;
    };

    // Writes `plan` for the session `sessionId` (one file per open window). Returns
    // an empty string on success, else the reason.
    QString save(const QString &sessionId, const Plan &plan, const QString &originalPath) const;
    void remove(const QString &sessionId) const;
    // Recovery files left by sessions that did not end cleanly, newest first;
    // `exceptSession` (the caller's own) is left out.
    QList<Entry> pending(const QString &exceptSession = {}) const;
    // Discards a pending entry after it was recovered or declined.
    static void discard(const Entry &entry);

    // What opening a recovery file gave: the plan even when it fails validation
    // (the problems are listed), since it is unsaved work; or, for a file that
    // cannot be read at all, the reason and where the file was kept.
    struct Recovered
    {
        std::optional<Plan> plan;
        QString error;        // translated; empty when plan is set
        QStringList problems; // "FILE: /pointer: reason" lines of an invalid plan
        QString keptAt;       // the folder an unreadable entry was moved to
        bool ok() const { return plan.has_value(); }
    };
    // Opens a pending entry. An entry that cannot be read is moved out of the
    // pending ones (into "unreadable/" of the recovery folder, never deleted),
    // so it is neither lost nor offered again at every start.
    Recovered open(const Entry &entry) const;

private:
    QString pathFor(const QString &sessionId, const QString &suffix) const;
    QString m_dir;
};

} // namespace tranche
