#include "io/recovery.h"

#include "io/planstore.h"
#include "io/validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace tranche {

RecoveryStore::RecoveryStore(QString dir) : m_dir(std::move(dir)) {}

QString RecoveryStore::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString RecoveryStore::pathFor(const QString &sessionId, const QString &suffix) const
{
    return m_dir + u'/' + sessionId + suffix;
}

QString RecoveryStore::save(const QString &sessionId, const Plan &plan,
                            const QString &originalPath) const
{
    if (!QDir().mkpath(m_dir))
        return QStringLiteral("cannot create %1").arg(m_dir);
    const QString error = savePlanFile(plan, pathFor(sessionId, QStringLiteral(".tranche")));
    if (!error.isEmpty())
        return error;
    QSaveFile info(pathFor(sessionId, QStringLiteral(".json")));
    if (!info.open(QIODevice::WriteOnly))
        return info.errorString();
    const QJsonObject o{
        {QStringLiteral("originalPath"), originalPath},
        {QStringLiteral("title"), plan.meta.title},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    info.write(QJsonDocument(o).toJson());
    return info.commit() ? QString() : info.errorString();
}

void RecoveryStore::remove(const QString &sessionId) const
{
    QFile::remove(pathFor(sessionId, QStringLiteral(".tranche")));
    QFile::remove(pathFor(sessionId, QStringLiteral(".json")));
}

QList<RecoveryStore::Entry> RecoveryStore::pending(const QString &exceptSession) const
{
    QList<Entry> entries;
    const QFileInfoList infos =
        QDir(m_dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &fi : infos) {
        if (fi.completeBaseName() == exceptSession)
            continue;
        const QString plan =
            fi.absolutePath() + u'/' + fi.completeBaseName() + QStringLiteral(".tranche");
        if (!QFileInfo::exists(plan))
            continue;
        QFile f(fi.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024)
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        entries.append(Entry{
            plan, o.value(QStringLiteral("originalPath")).toString(),
            o.value(QStringLiteral("title")).toString(),
            QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODate)});
    }
    return entries;
}

void RecoveryStore::discard(const Entry &entry)
{
    QFile::remove(entry.recoveryPath);
    const QFileInfo fi(entry.recoveryPath);
    QFile::remove(fi.absolutePath() + u'/' + fi.completeBaseName() + QStringLiteral(".json"));
}

RecoveryStore::Recovered RecoveryStore::open(const Entry &entry) const
{
    Recovered result;
    PlanLoadResult load = loadPlanFile(entry.recoveryPath, InvalidPlans::Keep);
    if (load.ok()) {
        result.plan = std::move(load.plan);
        if (!load.problems.isEmpty()) {
            result.problems =
                formatProblemLines(QDir::toNativeSeparators(entry.recoveryPath), load.problems);
        }
        return result;
    }
    result.error = load.error;
    // Kept, out of the way of the next start.
    const QString folder = m_dir + QStringLiteral("/unreadable");
    const QFileInfo fi(entry.recoveryPath);
    const QString info = fi.absolutePath() + u'/' + fi.completeBaseName() + QStringLiteral(".json");
    if (QDir().mkpath(folder) && QFile::rename(entry.recoveryPath, folder + u'/' + fi.fileName())) {
        QFile::rename(info, folder + u'/' + QFileInfo(info).fileName());
        result.keptAt = folder;
    }
    return result;
}

} // namespace tranche
