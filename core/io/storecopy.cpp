#include "io/storecopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// Byte 18 of the SQLite header, the file format write version: 1 legacy
// (rollback journal), 2 write-ahead log (https://www.sqlite.org/fileformat.html).
int writeVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(20);
    return header.size() == 20 ? int(quint8(header.at(18))) : 0;
}

bool nonEmptyFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.size() > 0;
}

} // namespace

StoreCopy::StoreCopy(const QString &path, const QString &name, qint64 maxBytes) : m_name(name)
{
    if (!m_dir.isValid()) {
        m_error =
            QCoreApplication::translate("tranche", "Cannot open %1: no temporary folder (%2).")
                .arg(name, m_dir.errorString());
        return;
    }
    m_file = m_dir.filePath(u"plan.tranche"_s);
    m_error = copyOne(path, m_file, maxBytes);
    if (!m_error.isEmpty()) {
        m_error = QCoreApplication::translate(
                      "tranche", "Cannot open %1: it could not be copied for reading (%2).")
                      .arg(name, m_error);
        return;
    }
    // SQLite keeps them beside the file a symbolic link points to.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QString base = canonical.isEmpty() ? path : canonical;
    const int mode = writeVersion(m_file);
    if (mode == 2 && nonEmptyFile(base + u"-wal"_s)) {
        m_sidecar = Sidecar::WriteAheadLog;
        m_sidecarPath = base + u"-wal"_s;
    } else if (mode == 1 && nonEmptyFile(base + u"-journal"_s)) {
        m_sidecar = Sidecar::Journal;
        m_sidecarPath = base + u"-journal"_s;
    } else {
        return;
    }
    const QString suffix = m_sidecar == Sidecar::WriteAheadLog ? u"-wal"_s : u"-journal"_s;
    const QString error = copyOne(m_sidecarPath, m_file + suffix, maxBytes);
    if (error.isEmpty())
        return;
    const QString sidecar = QDir::toNativeSeparators(m_sidecarPath);
    m_error = m_sidecar == Sidecar::WriteAheadLog
                  ? QCoreApplication::translate("tranche",
                                                "Cannot open %1: its newest changes are in its "
                                                "write-ahead log %2, which cannot be read (%3).")
                        .arg(name, sidecar, error)
                  : QCoreApplication::translate("tranche",
                                                "Cannot open %1: an unfinished change to it was "
                                                "left in %2, which cannot be read (%3).")
                        .arg(name, sidecar, error);
}

// Copies at most maxBytes into a new file of the private folder.
QString StoreCopy::copyOne(const QString &from, const QString &to, qint64 maxBytes) const
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return in.errorString();
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return out.errorString();
    constexpr qint64 kChunk = 1024 * 1024;
    qint64 total = 0;
    while (true) {
        const QByteArray chunk = in.read(kChunk);
        if (chunk.isEmpty())
            break;
        total += chunk.size();
        if (total > maxBytes) {
            return QCoreApplication::translate("tranche", "over the limit of %1 bytes")
                .arg(maxBytes);
        }
        if (out.write(chunk) != chunk.size())
            return out.errorString();
    }
    if (in.error() != QFileDevice::NoError)
        return in.errorString();
    return out.flush() ? QString() : out.errorString();
}

QString StoreCopy::sidecarFailure(const QString &sqliteError) const
{
    const QString sidecar = QDir::toNativeSeparators(m_sidecarPath);
    switch (m_sidecar) {
    case Sidecar::None:
        break;
    case Sidecar::WriteAheadLog:
        return QCoreApplication::translate("tranche",
                                           "%1 is damaged: its write-ahead log %2 could not be "
                                           "applied (%3).")
            .arg(m_name, sidecar, sqliteError);
    case Sidecar::Journal:
        return QCoreApplication::translate("tranche",
                                           "%1 is damaged: an unfinished change left in %2 could "
                                           "not be undone (%3).")
            .arg(m_name, sidecar, sqliteError);
    }
    return {};
}

QString StoreCopy::note() const
{
    if (m_sidecar != Sidecar::Journal)
        return {};
    return QCoreApplication::translate("tranche",
                                       "%1 had an unfinished change (in %2), which was undone: "
                                       "the plan opens as it was last saved.")
        .arg(m_name, QDir::toNativeSeparators(m_sidecarPath));
}

} // namespace tranche
