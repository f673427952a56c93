#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace herb {

// Builds a small zip archive in memory: deflated entries (stored when deflate would not make
// them smaller), CRC-32, local headers, central directory, no zip64. Darwin Core Archives are
// a few files of at most some megabytes, so holding them in memory is cheap and lets the file
// be replaced atomically in one write.
class ZipWriter
{
public:
    ZipWriter();

    // Entry times are stored in the zip's DOS format (local time, 2 s resolution).
    void setTimestamp(const QDateTime &time) { m_time = time; }

    // False (and errorString set) for an empty or duplicate name, or when the archive would
    // pass zip's 4 GiB / 65535-entry limits.
    bool addFile(const QString &name, const QByteArray &data);

    QByteArray archive() const; // the complete .zip
    // Atomic replace of `path`; on failure *error names the file.
    bool write(const QString &path, QString *error = nullptr) const;

    QString errorString() const { return m_error; }

private:
    struct Entry
    {
        QByteArray name; // UTF-8, general-purpose flag bit 11 set
        quint32 crc = 0;
        quint16 method = 0; // 0 stored, 8 deflated
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0; // of the local header
    };

    QList<Entry> m_entries;
    QByteArray m_body; // local headers and data, in order
    QDateTime m_time;
    QString m_error;
};

} // namespace herb
