#include "io/filereplace.h"

#include "io/saveerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

QString tempName(const QString &target)
{
    return target + u".tmp-"_s +
           QString::number(QRandomGenerator::global()->bounded(0x1000000), 16)
               .rightJustified(6, u'0');
}

#ifdef Q_OS_UNIX

// An open file descriptor, closed with the object.
class Fd
{
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    void reset(int fd)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd;
};

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

// Creates "<target>.tmp-XXXXXX" with the target's mode (0666 less the umask
// for a new file) and locks it for the life of the save. Returns 0 or the errno.
int createTemp(const QString &target, Fd *fd, QString *tempPath)
{
    mode_t mode = 0666;
    struct stat st;
    if (::stat(encoded(target).constData(), &st) == 0)
        mode = st.st_mode & 0777;
    for (int attempt = 0; attempt < 64; ++attempt) {
        const QString candidate = tempName(target);
        const int handle =
            ::open(encoded(candidate).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (handle >= 0) {
            fd->reset(handle);
            ::flock(handle, LOCK_EX | LOCK_NB);
            *tempPath = candidate;
            return 0;
        }
        if (errno != EEXIST)
            return errno;
    }
    return EEXIST; // no free temporary file name
}

// Writes and syncs; returns 0 or the errno.
int writeAllBytes(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : ENOSPC;
        done += n;
    }
    if (::fsync(fd) != 0)
        return errno;
    return 0;
}

void syncFolder(const QString &folder)
{
    const int fd = ::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

#endif

} // namespace

int removeStaleTemporaryFiles(const QString &target)
{
    const QFileInfo info(target);
    const QRegularExpression pattern(u"\\A"_s + QRegularExpression::escape(info.fileName()) +
                                     u"\\.tmp-[0-9a-f]{6}(-journal)?\\z"_s);
    int removed = 0;
    const QDir folder = info.absoluteDir();
    for (const QString &entry : folder.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (!pattern.match(entry).hasMatch())
            continue;
        const QString path = folder.filePath(entry);
#ifdef Q_OS_UNIX
        // A save that is still running holds its lock; a killed one held it no more.
        const Fd fd(::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
        if (fd.get() < 0 || ::flock(fd.get(), LOCK_EX | LOCK_NB) != 0)
            continue;
#endif
        if (QFile::remove(path))
            ++removed;
    }
    return removed;
}

QString replaceFileContents(const QString &target, const QByteArray &bytes, const QString &name)
{
    const QString folder = QFileInfo(target).absolutePath();
    removeStaleTemporaryFiles(target);
#ifdef Q_OS_UNIX
    Fd fd;
    QString temp;
    if (const int error = createTemp(target, &fd, &temp); error != 0) {
        const QString plain = plainSaveReason(saveFailureFromErrno(error), name, folder);
        if (!plain.isEmpty())
            return QCoreApplication::translate("tranche", "Cannot save %1: %2").arg(name, plain);
        return QCoreApplication::translate("tranche",
                                           "Cannot save %1: cannot create a file in %2 (%3).")
            .arg(name, QDir::toNativeSeparators(folder), qt_error_string(error));
    }
    int error = writeAllBytes(fd.get(), bytes);
    if (error == 0 && QFileInfo::exists(target))
        QFile::setPermissions(temp, QFile::permissions(target));
    if (error == 0 && std::rename(encoded(temp).constData(), encoded(target).constData()) != 0)
        error = errno;
    if (error != 0) {
        QFile::remove(temp);
        return QCoreApplication::translate("tranche", "Cannot save %1: %2")
            .arg(name, saveErrorReason(error, name, folder, qt_error_string(error)));
    }
    syncFolder(folder);
    return {};
#else
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("tranche", "Cannot save %1: %2")
            .arg(name, saveErrorReason(0, name, folder, file.errorString()));
    return {};
#endif
}

} // namespace tranche
