#include "ZipWriter.h"

#include "AtomicFileWriter.h"

#include <zlib.h>

#include <algorithm>
#include <limits>
#include <utility>

namespace herb {

namespace {

constexpr quint16 kVersionNeeded = 20; // 2.0: deflate
constexpr quint16 kVersionMadeBy = (3 << 8) | 20; // Unix host, so the mode bits below apply
constexpr quint16 kUtf8NamesFlag = 1 << 11;
constexpr quint32 kRegularFileMode = 0100644;

void put16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff));
    out.append(char(v >> 8));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v & 0xffff));
    put16(out, quint16(v >> 16));
}

QByteArray rawDeflate(const QByteArray &data)
{
    z_stream stream {};
    // Negative window bits: a raw deflate stream, as zip wants (no zlib header or adler32).
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
        != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.truncate(qsizetype(stream.total_out));
    return out;
}

// MS-DOS date and time: what every unzip understands.
void dosDateTime(const QDateTime &time, quint16 *dosTime, quint16 *dosDate)
{
    const QDateTime local = time.isValid() ? time.toLocalTime() : QDateTime::currentDateTime();
    const QDate d = local.date();
    const QTime t = local.time();
    const int year = std::clamp(d.year(), 1980, 2107);
    *dosDate = quint16(((year - 1980) << 9) | (d.month() << 5) | d.day());
    *dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
}

} // namespace

ZipWriter::ZipWriter()
    : m_time(QDateTime::currentDateTime())
{ }

bool ZipWriter::addFile(const QString &name, const QByteArray &data)
{
    Entry entry;
    entry.name = name.toUtf8();
    if (entry.name.isEmpty() || entry.name.size() > 0xffff) {
        m_error = QStringLiteral("zip entry name \"%1\" is empty or too long").arg(name);
        return false;
    }
    for (const Entry &other : std::as_const(m_entries)) {
        if (other.name == entry.name) {
            m_error = QStringLiteral("zip entry \"%1\" added twice").arg(name);
            return false;
        }
    }
    constexpr qint64 kLimit = std::numeric_limits<quint32>::max();
    if (m_entries.size() >= 0xffff || data.size() >= kLimit
        || m_body.size() + data.size() + 30 + entry.name.size() >= kLimit) {
        m_error = QStringLiteral("zip entry \"%1\" would pass the 4 GiB / 65535-entry zip limits")
                      .arg(name);
        return false;
    }

    entry.size = quint32(data.size());
    entry.crc
        = quint32(crc32(0L, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    QByteArray payload = rawDeflate(data);
    if (!payload.isEmpty() && payload.size() < data.size()) {
        entry.method = 8;
    } else {
        entry.method = 0;
        payload = data;
    }
    entry.compressedSize = quint32(payload.size());
    entry.offset = quint32(m_body.size());

    quint16 time = 0;
    quint16 date = 0;
    dosDateTime(m_time, &time, &date);
    put32(m_body, 0x04034b50);
    put16(m_body, kVersionNeeded);
    put16(m_body, kUtf8NamesFlag);
    put16(m_body, entry.method);
    put16(m_body, time);
    put16(m_body, date);
    put32(m_body, entry.crc);
    put32(m_body, entry.compressedSize);
    put32(m_body, entry.size);
    put16(m_body, quint16(entry.name.size()));
    put16(m_body, 0); // extra field length
    m_body.append(entry.name);
    m_body.append(payload);
    m_entries.append(entry);
    return true;
}

QByteArray ZipWriter::archive() const
{
    QByteArray out = m_body;
    quint16 time = 0;
    quint16 date = 0;
    dosDateTime(m_time, &time, &date);
    const quint32 directoryOffset = quint32(out.size());
    for (const Entry &entry : m_entries) {
        put32(out, 0x02014b50);
        put16(out, kVersionMadeBy);
        put16(out, kVersionNeeded);
        put16(out, kUtf8NamesFlag);
        put16(out, entry.method);
        put16(out, time);
        put16(out, date);
        put32(out, entry.crc);
        put32(out, entry.compressedSize);
        put32(out, entry.size);
        put16(out, quint16(entry.name.size()));
        put16(out, 0); // extra field length
        put16(out, 0); // comment length
        put16(out, 0); // disk number
        put16(out, 0); // internal attributes
        put32(out, kRegularFileMode << 16); // external attributes: rw-r--r--
        put32(out, entry.offset);
        out.append(entry.name);
    }
    const quint32 directorySize = quint32(out.size()) - directoryOffset;
    put32(out, 0x06054b50);
    put16(out, 0); // this disk
    put16(out, 0); // disk with the directory
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, directorySize);
    put32(out, directoryOffset);
    put16(out, 0); // comment length
    return out;
}

bool ZipWriter::write(const QString &path, QString *error) const
{
    return writeFileAtomically(path, archive(), error);
}

} // namespace herb
