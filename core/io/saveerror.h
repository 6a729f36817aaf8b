#pragma once
// Why a save failed, in plain words: the system errors a user can act on (the
// disk is full, the folder is read-only, no permission) become sentences that
// say what happened and that Save As can put the plan elsewhere; any other
// error keeps the system's text. Used by every writer of plan files.

#include <QString>

namespace tranche {

enum class SaveFailure { Other, DiskFull, ReadOnly, Permission };

// ENOSPC and EDQUOT: DiskFull; EROFS: ReadOnly; EACCES and EPERM: Permission.
SaveFailure saveFailureFromErrno(int error);

// After a failed write into `folder`: what keeps the folder from taking a file
// (read-only file system, no write permission, no free space), or Other.
SaveFailure probeSaveFolder(const QString &folder);

// "the disk is full. ..." for `file` (as shown) in `folder`; empty for Other.
QString plainSaveReason(SaveFailure failure, const QString &file, const QString &folder);

// The reason for a failed save of `file` into `folder` with the system error
// `error`: plainSaveReason() of the error, else of what probeSaveFolder()
// finds, else `systemText`.
QString saveErrorReason(int error, const QString &file, const QString &folder,
                        const QString &systemText);

} // namespace tranche
