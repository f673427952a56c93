#include "AtomicFileWriter.h"

#include "util/FileSync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

namespace herb {

namespace {

ReplaceRetries::Outcome writeOnce(const QString &path, const QByteArray &bytes, QString *cause)
{
    using Outcome = ReplaceRetries::Outcome;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *cause = file.errorString();
        return Outcome::Failed;
    }
    if (file.write(bytes) != bytes.size()) {
        *cause = file.errorString();
        file.cancelWriting();
        return Outcome::Failed;
    }
    // Without this the rename can reach the disk before the data does, and a power cut
    // leaves an empty file where the last good export was.
    QString syncError;
    if (!file.flush() || !syncFileData(file.handle(), &syncError)) {
        *cause = syncError.isEmpty() ? file.errorString() : syncError;
        file.cancelWriting();
        return Outcome::Failed;
    }
    if (!file.commit()) {
        *cause = file.errorString();
#if defined(Q_OS_WIN)
        // Windows refuses to replace a file another process has open; Linux and macOS never do,
        // so there a failed rename is a real error at once.
        if (file.error() == QFileDevice::RenameError)
            return Outcome::Locked;
#endif
        return Outcome::Failed;
    }
    syncDirectory(QFileInfo(path).absolutePath()); // best effort: the data itself is safe
    return Outcome::Written;
}

} // namespace

bool ReplaceRetries::run(const std::function<Outcome(QString *cause)> &attempt, const QString &path,
                         QString *error) const
{
    std::chrono::milliseconds wait = firstWait;
    QString cause;
    for (int i = 0; i < qMax(1, attempts); ++i) {
        if (i > 0) {
            if (sleep)
                sleep(wait);
            else
                QThread::msleep(quint64(wait.count()));
            wait *= 2;
        }
        cause.clear();
        const Outcome outcome = attempt(&cause);
        if (outcome == Outcome::Written)
            return true;
        if (outcome == Outcome::Failed)
            break;
        cause = QCoreApplication::translate(
                    "AtomicFileWriter",
                    "another program has it open (a spreadsheet or an antivirus?); close it "
                    "and try again (%1)")
                    .arg(cause);
    }
    if (error)
        *error = QCoreApplication::translate("AtomicFileWriter", "cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), cause);
    return false;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    return ReplaceRetries().run([&](QString *cause) { return writeOnce(path, bytes, cause); }, path,
                                error);
}

} // namespace herb
