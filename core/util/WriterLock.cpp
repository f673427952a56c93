#include "WriterLock.h"

#include <QCoreApplication>
#include <QDir>

namespace herb {

std::unique_ptr<QLockFile> lockForWriting(const QString &path, QString *error)
{
    auto lock = std::make_unique<QLockFile>(path + QLatin1String(".lock"));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (lock->tryLock(0))
        return lock;
    if (error) {
        qint64 pid = 0;
        QString host, app;
        QString cause;
        if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &app)) {
            cause = QCoreApplication::translate("EventLog",
                                                "in use by another writer (%1, process %2 on %3)")
                        .arg(app)
                        .arg(pid)
                        .arg(host);
        } else {
            cause = QCoreApplication::translate(
                "EventLog", "cannot create the lock file (is the folder writable?)");
        }
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), cause);
    }
    return nullptr;
}

} // namespace herb
