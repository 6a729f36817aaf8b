#include "io/saveerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <sys/statvfs.h>
#include <unistd.h>
#endif

namespace tranche {

SaveFailure saveFailureFromErrno(int error)
{
    switch (error) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return SaveFailure::DiskFull;
    case EROFS:
        return SaveFailure::ReadOnly;
    case EACCES:
    case EPERM:
        return SaveFailure::Permission;
    default:
        return SaveFailure::Other;
    }
}

SaveFailure probeSaveFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(folder);
    struct statvfs fs;
    const bool known = ::statvfs(path.constData(), &fs) == 0;
    if (known && (fs.f_flag & ST_RDONLY))
        return SaveFailure::ReadOnly;
    if (::access(path.constData(), W_OK) != 0)
        return saveFailureFromErrno(errno);
    if (known && fs.f_bavail == 0)
        return SaveFailure::DiskFull;
#else
    Q_UNUSED(folder);
#endif
    return SaveFailure::Other;
}

QString plainSaveReason(SaveFailure failure, const QString &file, const QString &folder)
{
    const QString where = QDir::toNativeSeparators(folder);
    switch (failure) {
    case SaveFailure::DiskFull:
        return QCoreApplication::translate("tranche",
                                           "the disk is full. Free some space, or save the plan "
                                           "on another disk with Save As.");
    case SaveFailure::ReadOnly:
        return QCoreApplication::translate("tranche",
                                           "the folder %1 is read-only. Save the plan in another "
                                           "folder with Save As.")
            .arg(where);
    case SaveFailure::Permission:
        return QCoreApplication::translate("tranche",
                                           "you do not have permission to write %1 in the folder "
                                           "%2. Save the plan in another folder with Save As.")
            .arg(file, where);
    case SaveFailure::Other:
        break;
    }
    return {};
}

QString saveErrorReason(int error, const QString &file, const QString &folder,
                        const QString &systemText)
{
    SaveFailure failure = saveFailureFromErrno(error);
    if (failure == SaveFailure::Other)
        failure = probeSaveFolder(folder);
    const QString plain = plainSaveReason(failure, file, folder);
    return plain.isEmpty() ? systemText : plain;
}

} // namespace tranche
