#include "review/RecordTail.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace herb {

void RecordTail::setPath(const QString &path)
{
    m_path = path;
    m_offset = 0;
    m_corrupt = 0;
}

QList<SpecimenRecord> RecordTail::read()
{
    QList<SpecimenRecord> records;
    QFile file(m_path);
    if (m_path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return records;
    if (file.size() < m_offset)
        m_offset = 0;
    if (file.size() == m_offset || !file.seek(m_offset))
        return records;
    const QByteArray chunk = file.readAll();
    const qsizetype end = chunk.lastIndexOf('\n');
    if (end < 0)
        return records;
    qsizetype start = 0;
    while (start <= end) {
        const qsizetype newline = chunk.indexOf('\n', start);
        const QByteArray line = chunk.mid(start, newline - start).trimmed();
        start = newline + 1;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            ++m_corrupt;
            continue;
        }
        SpecimenRecord record = SpecimenRecord::fromJson(doc.object());
        if (!record.specimenId.isEmpty())
            records.append(std::move(record));
    }
    m_offset += end + 1;
    return records;
}

} // namespace herb
