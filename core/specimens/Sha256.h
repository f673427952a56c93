#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace herb {

// SHA-256 through OpenSSL's libcrypto, which hashes about ten times faster than Qt 6.4's
// QCryptographicHash. Results are lowercase hex (64 characters).
QByteArray sha256Hex(QByteArrayView data);

// Streams the file in chunks, so memory stays flat however large the image is. On failure
// returns nothing and, when `error` is given, a message naming the file and the cause.
std::optional<QByteArray> sha256OfFile(const QString &path, QString *error = nullptr);

// A file read whole into memory, hashed on the way: one read of the disk for both.
struct HashedFile
{
    QByteArray contents;
    QByteArray sha256; // lowercase hex
};

// Reads `path` whole when it holds at most `maxBytes`; a larger file is only hashed (streamed,
// `contents` left empty), so the caller reads it from disk again rather than holding it all.
// On failure returns nothing and, when `error` is given, a message naming the file and cause.
std::optional<HashedFile> readFileHashed(const QString &path, qint64 maxBytes,
                                         QString *error = nullptr);

} // namespace herb
