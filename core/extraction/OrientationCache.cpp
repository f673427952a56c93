#include "OrientationCache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

namespace herb {

namespace {

const QString kSha256 = QStringLiteral("sha256");
const QString kRotation = QStringLiteral("rotation");

bool isRotation(int degrees)
{
    return degrees == 0 || degrees == 90 || degrees == 180 || degrees == 270;
}

} // namespace

OrientationCache::OrientationCache(const QString &path)
{
    if (path.isEmpty())
        return;
    m_file.setFileName(path);
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        while (!existing.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(existing.readLine()).object();
            const QString sha = line.value(kSha256).toString();
            const int rotation = line.value(kRotation).toInt(-1);
            if (sha.size() == 64 && isRotation(rotation))
                m_rotations.insert(sha, rotation);
        }
    }
}

std::optional<int> OrientationCache::find(const QString &sha256) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_rotations.constFind(sha256);
    if (it == m_rotations.cend())
        return std::nullopt;
    return *it;
}

void OrientationCache::record(const QString &sha256, int rotation)
{
    if (sha256.isEmpty() || !isRotation(rotation))
        return;
    const QMutexLocker lock(&m_mutex);
    m_rotations.insert(sha256, rotation);
    if (m_file.fileName().isEmpty())
        return;
    if (!m_file.isOpen()
        && !m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return;
    // One write(2) a line: a killed process leaves at most a torn last line, skipped on reading.
    const QByteArray line
        = QJsonDocument(QJsonObject { { kSha256, sha256 }, { kRotation, rotation } })
              .toJson(QJsonDocument::Compact)
        + '\n';
    m_file.write(line);
}

int OrientationCache::size() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_rotations.size());
}

} // namespace herb
