#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace herb {

// Reads the zip archives ZipWriter makes (stored and deflated entries, no zip64, no
// encryption) and checks each entry's CRC-32. Tests only: it reads a dwca.zip back with code
// of its own, independent of the writer, and without depending on external tools.
class ZipReader
{
public:
    // False on anything malformed; errorString() then says what and where.
    bool read(const QByteArray &archive);
    bool readFile(const QString &path);

    QStringList names() const;
    bool contains(const QString &name) const { return names().contains(name); }
    QByteArray data(const QString &name) const; // empty for a missing entry
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    QList<QPair<QString, QByteArray>> m_entries;
    QString m_error;
};

} // namespace herb
