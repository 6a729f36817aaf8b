#pragma once
// A private copy of a .tranche file for reading and upgrading: the main file
// with its write-ahead log (-wal) or unfinished rollback journal (-journal), in
// a folder only this process can read (0700), removed with the object. SQLite
// brings the copy to its last committed state there, so the user's file and
// folder are never written, locked or given -shm/-wal files, whatever their
// permissions. Internal to planstore.cpp.

#include <QString>
#include <QTemporaryDir>

namespace tranche {

class StoreCopy
{
public:
    enum class Sidecar { None, WriteAheadLog, Journal };

    // Copies path (at most maxBytes, and as much again for its log or journal).
    StoreCopy(const QString &path, const QString &name, qint64 maxBytes);

    QString error() const { return m_error; } // translated; empty when the copy is ready
    QString file() const { return m_file; }
    Sidecar sidecar() const { return m_sidecar; }
    // What SQLite's failure to read the copy means when a log or journal came
    // with it (translated); empty when there was none.
    QString sidecarFailure(const QString &sqliteError) const;
    // A note for the user when an unfinished change was undone; else empty.
    QString note() const;

private:
    QString copyOne(const QString &from, const QString &to, qint64 maxBytes) const;

    QTemporaryDir m_dir;
    QString m_name;
    QString m_file;
    QString m_sidecarPath;
    QString m_error;
    Sidecar m_sidecar = Sidecar::None;
};

} // namespace tranche
