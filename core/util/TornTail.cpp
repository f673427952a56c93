#include "TornTail.h"

#include "FileSync.h"

#include <QDir>
#include <QFileInfo>

namespace herb {

qint64 endOfLastFullLine(QFile &file, qint64 size)
{
    constexpr qint64 kChunk = 64 * 1024;
    qint64 end = size;
    while (end > 0) {
        const qint64 start = qMax<qint64>(0, end - kChunk);
        file.seek(start);
        const QByteArray chunk = file.read(end - start);
        const qsizetype newline = chunk.lastIndexOf('\n');
        if (newline >= 0)
            return start + newline + 1;
        end = start;
    }
    return 0;
}

qint64 repairTornTail(QFile &file, const QString &tornPath, QString *error)
{
    const qint64 size = file.size();
    const qint64 fullLines = endOfLastFullLine(file, size);
    if (fullLines == size)
        return 0;
    file.seek(fullLines);
    const QByteArray fragment = file.read(size - fullLines);
    QFile torn(tornPath);
    if (!torn.open(QIODevice::WriteOnly | QIODevice::Append)
        || torn.write(fragment + '\n') != fragment.size() + 1 || !torn.flush()
        || !syncFileData(torn.handle())) {
        if (error)
            *error = QStringLiteral("%1: cannot save the torn last line: %2")
                         .arg(QDir::toNativeSeparators(tornPath), torn.errorString());
        return -1;
    }
    torn.close();
    if (!file.resize(fullLines) || !syncFileData(file.handle())) {
        if (error)
            *error = QStringLiteral("%1: cannot cut the torn last line: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return -1;
    }
    syncDirectory(QFileInfo(file.fileName()).absolutePath());
    return size - fullLines;
}

} // namespace herb
