#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace herb {

// Builds a small zip archive in memory with libarchive: deflated entries, UTF-8 names, no
// zip64. Darwin Core Archives are a few files of at most some tens of megabytes, so holding
// them in memory is cheap and lets the file be replaced atomically in one write.
class ZipWriter
{
public:
    ZipWriter();

    // Entry times (stored by libarchive as DOS time and as a Unix timestamp).
    void setTimestamp(const QDateTime &time) { m_time = time; }

    // False (and errorString set) for an empty or duplicate name, or when the archive would
    // pass zip's 4 GiB / 65535-entry limits (past them readers would need zip64).
    bool addFile(const QString &name, const QByteArray &data);

    QByteArray archive() const; // the complete .zip; empty (errorString set) on failure
    // Atomic replace of `path`; on failure *error names the file.
    bool write(const QString &path, QString *error = nullptr) const;

    QString errorString() const { return m_error; }

private:
    struct Entry
    {
        QByteArray name; // UTF-8
        QByteArray data;
    };

    QList<Entry> m_entries;
    qint64 m_totalSize = 0; // of the data, to refuse what would need zip64
    QDateTime m_time;
    mutable QString m_error;
};

} // namespace herb
