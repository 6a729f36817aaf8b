#pragma once
// Crash recovery: the editor writes the open plan to a recovery file every
// minute while it has unsaved changes and removes it on save or clean close.
// After a crash the files left behind are offered back.

#include "model/plan.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tranche {

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

private:
    QString pathFor(const QString &sessionId, const QString &suffix) const;
    QString m_dir;
};

} // namespace tranche
