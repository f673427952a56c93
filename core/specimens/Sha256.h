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

} // namespace herb
