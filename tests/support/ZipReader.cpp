#include "ZipReader.h"

#include <QFile>

#include <zlib.h>

namespace herb {

namespace {

quint16 get16(const QByteArray &in, qsizetype at)
{
    return quint16(uchar(in.at(at)) | (uchar(in.at(at + 1)) << 8));
}

quint32 get32(const QByteArray &in, qsizetype at)
{
    return quint32(get16(in, at)) | (quint32(get16(in, at + 2)) << 16);
}

bool rawInflate(const QByteArray &in, qsizetype size, QByteArray *out)
{
    z_stream stream {};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return false;
    out->resize(size);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    stream.avail_in = uInt(in.size());
    stream.next_out = reinterpret_cast<Bytef *>(out->data());
    stream.avail_out = uInt(out->size());
    const int result = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    return result == Z_STREAM_END && qsizetype(stream.total_out) == size;
}

} // namespace

bool ZipReader::fail(const QString &message)
{
    m_entries.clear();
    m_error = message;
    return false;
}

bool ZipReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (!read(file.readAll())) {
        m_error = path + QLatin1String(": ") + m_error;
        return false;
    }
    return true;
}

bool ZipReader::read(const QByteArray &zip)
{
    m_entries.clear();
    m_error.clear();
    // The end-of-central-directory record is the last 22 bytes plus a comment of up to 64 KiB.
    qsizetype eocd = -1;
    for (qsizetype at = zip.size() - 22; at >= 0 && at >= zip.size() - 22 - 0xffff; --at) {
        if (get32(zip, at) == 0x06054b50) {
            eocd = at;
            break;
        }
    }
    if (eocd < 0)
        return fail(QStringLiteral("not a zip archive (no end of central directory)"));
    const quint16 count = get16(zip, eocd + 10);
    qsizetype at = get32(zip, eocd + 16);
    for (quint16 i = 0; i < count; ++i) {
        if (at + 46 > zip.size() || get32(zip, at) != 0x02014b50)
            return fail(QStringLiteral("central directory entry %1 is damaged").arg(i));
        const quint16 method = get16(zip, at + 10);
        const quint32 crc = get32(zip, at + 16);
        const quint32 compressedSize = get32(zip, at + 20);
        const quint32 size = get32(zip, at + 24);
        const quint16 nameLength = get16(zip, at + 28);
        const qsizetype next = at + 46 + nameLength + get16(zip, at + 30) + get16(zip, at + 32);
        const quint32 local = get32(zip, at + 42);
        if (next > zip.size())
            return fail(QStringLiteral("central directory entry %1 is truncated").arg(i));
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        if (qsizetype(local) + 30 > zip.size() || get32(zip, local) != 0x04034b50)
            return fail(QStringLiteral("local header of \"%1\" is missing").arg(name));
        const qsizetype dataStart = local + 30 + get16(zip, local + 26) + get16(zip, local + 28);
        if (dataStart + qsizetype(compressedSize) > zip.size())
            return fail(QStringLiteral("data of \"%1\" is truncated").arg(name));
        const QByteArray payload = zip.mid(dataStart, compressedSize);
        QByteArray data;
        if (method == 0)
            data = payload;
        else if (method != 8 || !rawInflate(payload, size, &data))
            return fail(
                QStringLiteral("cannot decompress \"%1\" (method %2)").arg(name).arg(method));
        if (data.size() != qsizetype(size)
            || quint32(
                   crc32(0L, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())))
                != crc)
            return fail(QStringLiteral("CRC-32 of \"%1\" does not match").arg(name));
        m_entries.append({ name, data });
        at = next;
    }
    return true;
}

QStringList ZipReader::names() const
{
    QStringList result;
    for (const auto &entry : m_entries)
        result.append(entry.first);
    return result;
}

QByteArray ZipReader::data(const QString &name) const
{
    for (const auto &entry : m_entries) {
        if (entry.first == name)
            return entry.second;
    }
    return {};
}

} // namespace herb
