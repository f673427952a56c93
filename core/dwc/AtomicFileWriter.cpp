#include "AtomicFileWriter.h"

#include "util/FileSync.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace herb {

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &cause) {
        if (error)
            *error
                = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), cause);
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString cause = file.errorString();
        file.cancelWriting();
        return fail(cause);
    }
    // Without this the rename can reach the disk before the data does, and a power cut
    // leaves an empty file where the last good export was.
    QString syncError;
    if (!file.flush() || !syncFileData(file.handle(), &syncError)) {
        const QString cause = syncError.isEmpty() ? file.errorString() : syncError;
        file.cancelWriting();
        return fail(cause);
    }
    if (!file.commit())
        return fail(file.errorString());
    syncDirectory(QFileInfo(path).absolutePath()); // best effort: the data itself is safe
    return true;
}

} // namespace herb
