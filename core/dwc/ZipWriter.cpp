#include "dwc/ZipWriter.h"

#include "dwc/AtomicFileWriter.h"

#include <archive.h>
#include <archive_entry.h>

#include <limits>
#include <memory>
#include <utility>

namespace herb {

namespace {

struct ArchiveFree
{
    void operator()(struct archive *zip) const { archive_write_free(zip); }
};

struct EntryFree
{
    void operator()(archive_entry *entry) const { archive_entry_free(entry); }
};

// libarchive hands over the archive a piece at a time; it all goes to one QByteArray.
la_ssize_t appendTo(struct archive *, void *buffer, const void *data, size_t length)
{
    static_cast<QByteArray *>(buffer)->append(static_cast<const char *>(data), qsizetype(length));
    return la_ssize_t(length);
}

} // namespace

ZipWriter::ZipWriter()
    : m_time(QDateTime::currentDateTime())
{ }

bool ZipWriter::addFile(const QString &name, const QByteArray &data)
{
    const QByteArray utf8 = name.toUtf8();
    if (utf8.isEmpty() || utf8.size() > 0xffff) {
        m_error = QStringLiteral("zip entry name \"%1\" is empty or too long").arg(name);
        return false;
    }
    for (const Entry &other : std::as_const(m_entries)) {
        if (other.name == utf8) {
            m_error = QStringLiteral("zip entry \"%1\" added twice").arg(name);
            return false;
        }
    }
    // Headers are counted generously (a few hundred bytes an entry) against the 4 GiB limit.
    constexpr qint64 kLimit = std::numeric_limits<quint32>::max();
    if (m_entries.size() >= 0xffff
        || m_totalSize + data.size() + 512 * (m_entries.size() + 1) >= kLimit) {
        m_error = QStringLiteral("zip entry \"%1\" would pass the 4 GiB / 65535-entry zip limits")
                      .arg(name);
        return false;
    }
    m_entries.append({ utf8, data });
    m_totalSize += data.size();
    return true;
}

QByteArray ZipWriter::archive() const
{
    QByteArray out;
    const std::unique_ptr<struct archive, ArchiveFree> zip(archive_write_new());
    const auto fail = [&](const QString &what) {
        m_error = QStringLiteral("zip: %1: %2")
                      .arg(what, QString::fromLocal8Bit(archive_error_string(zip.get())));
        return QByteArray();
    };
    // No blocking: the archive ends with its end-of-central-directory record, unpadded.
    if (archive_write_set_format_zip(zip.get()) != ARCHIVE_OK
        || archive_write_set_options(zip.get(), "zip:compression=deflate,zip:hdrcharset=UTF-8")
            != ARCHIVE_OK
        || archive_write_set_bytes_per_block(zip.get(), 0) != ARCHIVE_OK
        || archive_write_open(zip.get(), &out, nullptr, appendTo, nullptr) != ARCHIVE_OK)
        return fail(QStringLiteral("cannot start the archive"));
    const time_t mtime
        = time_t((m_time.isValid() ? m_time : QDateTime::currentDateTime()).toSecsSinceEpoch());
    for (const Entry &file : m_entries) {
        const QString name = QString::fromUtf8(file.name);
        const std::unique_ptr<archive_entry, EntryFree> entry(archive_entry_new());
        archive_entry_set_pathname_utf8(entry.get(), file.name.constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), file.data.size());
        archive_entry_set_mtime(entry.get(), mtime, 0);
        if (archive_write_header(zip.get(), entry.get()) != ARCHIVE_OK)
            return fail(name);
        if (!file.data.isEmpty()
            && archive_write_data(zip.get(), file.data.constData(), size_t(file.data.size()))
                != la_ssize_t(file.data.size()))
            return fail(name);
    }
    if (archive_write_close(zip.get()) != ARCHIVE_OK)
        return fail(QStringLiteral("cannot finish the archive"));
    return out;
}

bool ZipWriter::write(const QString &path, QString *error) const
{
    const QByteArray bytes = archive();
    if (bytes.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, m_error);
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

} // namespace herb
