#include "TestSupport.h"

#include <QDir>
#include <QFile>

namespace herb::test {

QString sharedDataDir()
{
    const QString dir = QStringLiteral(HERBSTREAM_SHARED_DATA);
    return QDir(dir).exists() ? dir : QString();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArrayList readLines(const QString &path)
{
    QByteArray bytes = readFile(path);
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.isEmpty())
        return {};
    return bytes.split('\n');
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

} // namespace herb::test
