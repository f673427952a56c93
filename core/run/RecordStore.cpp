#include "RecordStore.h"

#include "util/FileSync.h"
#include "util/TornTail.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace herb {

QHash<QString, SpecimenRecord> RecordStore::readFinal(const QString &path, QString *error,
                                                      qint64 *corruptLines)
{
    QHash<QString, SpecimenRecord> final;
    QFile file(path);
    if (!file.exists())
        return final;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error
                = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return final;
    }
    qint64 corrupt = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.endsWith('\n'))
            break; // a torn last line: not a record yet
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject()) {
            ++corrupt;
            continue;
        }
        SpecimenRecord record = SpecimenRecord::fromJson(doc.object());
        final.insert(record.specimenId, std::move(record));
    }
    if (corruptLines)
        *corruptLines = corrupt;
    return final;
}

std::unique_ptr<RecordStore> RecordStore::open(const QString &path, QString *error)
{
    std::unique_ptr<RecordStore> store(new RecordStore);
    store->m_file.setFileName(path);
    const bool existed = store->m_file.exists();
    if (!store->m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path),
                                                  store->m_file.errorString());
        return nullptr;
    }
    if (repairTornTail(store->m_file, path + QLatin1String(".torn"), error) < 0)
        return nullptr;
    store->m_final = readFinal(path, error, &store->m_corruptLines);
    store->m_file.seek(store->m_file.size());
    if (!existed)
        syncDirectory(QFileInfo(path).absolutePath());
    return store;
}

bool RecordStore::append(const SpecimenRecord &record, QString *error)
{
    const QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size()) {
        if (error)
            *error = QStringLiteral("%1: cannot write the record of %2: %3")
                         .arg(QDir::toNativeSeparators(m_file.fileName()), record.specimenId,
                              m_file.errorString());
        return false;
    }
    m_final.insert(record.specimenId, record);
    m_unsynced = true;
    return true;
}

bool RecordStore::sync(QString *error)
{
    if (!m_unsynced)
        return true;
    m_unsynced = false;
    return syncFileData(m_file.handle(), error);
}

} // namespace herb
