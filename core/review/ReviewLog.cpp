#include "ReviewLog.h"

#include "herbstream_version.h"
#include "util/FileSync.h"
#include "util/TornTail.h"
#include "util/WriterLock.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace herb {

QString ReviewLog::pathIn(const QString &runFolder)
{
    return QDir(runFolder).filePath(fileName());
}

QString ReviewLog::systemReviewer()
{
    for (const char *variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

std::unique_ptr<ReviewLog> ReviewLog::open(const QString &runFolder, QString *error)
{
    const QString path = pathIn(runFolder);
    if (!QFileInfo(runFolder).isDir()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(runFolder),
                                                  QStringLiteral("not a run folder"));
        return nullptr;
    }
    std::unique_ptr<ReviewLog> log(new ReviewLog);
    log->m_reviewer = systemReviewer();
    log->m_lock = lockForWriting(path, error);
    if (!log->m_lock)
        return nullptr;
    const bool existed = QFileInfo::exists(path);
    log->m_file.setFileName(path);
    if (!log->m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path),
                                                  log->m_file.errorString());
        return nullptr;
    }
    log->m_repairedBytes = repairTornTail(log->m_file, path + QLatin1String(".torn"), error);
    if (log->m_repairedBytes < 0)
        return nullptr;
    log->m_file.seek(log->m_file.size());
    if (!existed)
        syncDirectory(runFolder);
    return log;
}

ReviewLog::~ReviewLog()
{
    m_file.close();
    if (m_lock)
        m_lock->unlock();
}

bool ReviewLog::append(ReviewEntry entry, QString *error)
{
    if (entry.reviewer.isEmpty())
        entry.reviewer = m_reviewer;
    if (entry.timestampMs == 0)
        entry.timestampMs = QDateTime::currentMSecsSinceEpoch();
    if (entry.appVersion.isEmpty())
        entry.appVersion = QStringLiteral(HERBSTREAM_VERSION);
    const QByteArray line = entry.toJsonLine();
    const qint64 start = m_file.size();
    // Unbuffered: one write(2) for the whole line, so a kill leaves all of it or a tail that
    // the next open cuts off.
    const qint64 written = m_file.write(line);
    QString cause;
    if (written != line.size()) {
        cause = m_file.errorString();
    } else if (!syncFileData(m_file.handle(), &cause)) {
        // Written but maybe not durable: keep it, the kernel has it and a kill cannot lose it.
    } else {
        return true;
    }
    if (written > 0 && written != line.size()) {
        m_file.resize(start); // no half line for the next append to follow
        m_file.seek(start);
    }
    if (error)
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path()), cause);
    return false;
}

} // namespace herb
