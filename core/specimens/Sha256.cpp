#include "Sha256.h"

#include <QDir>
#include <QFile>

#include <openssl/evp.h>

#include <algorithm>
#include <memory>

namespace herb {

namespace {

constexpr qint64 kChunkSize = 1 << 20;

struct DigestContextDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using DigestContext = std::unique_ptr<EVP_MD_CTX, DigestContextDeleter>;

DigestContext startDigest()
{
    DigestContext context(EVP_MD_CTX_new());
    if (context && EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        context.reset();
    return context;
}

QByteArray finishDigest(EVP_MD_CTX *context)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context, digest, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

template<typename T = QByteArray> std::optional<T> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

QByteArray sha256Hex(QByteArrayView data)
{
    const DigestContext context = startDigest();
    if (!context || EVP_DigestUpdate(context.get(), data.data(), size_t(data.size())) != 1)
        return {};
    return finishDigest(context.get());
}

std::optional<HashedFile> readFileHashed(const QString &path, qint64 maxBytes, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail<HashedFile>(
            error, QStringLiteral("Cannot read %1: %2").arg(shown, file.errorString()));
    const qint64 size = file.size();
    if (size > maxBytes) {
        file.close();
        const std::optional<QByteArray> sha = sha256OfFile(path, error);
        if (!sha)
            return std::nullopt;
        return HashedFile { {}, *sha };
    }
    const DigestContext context = startDigest();
    if (!context)
        return fail<HashedFile>(
            error, QStringLiteral("Cannot hash %1: OpenSSL SHA-256 unavailable").arg(shown));

    HashedFile hashed;
    hashed.contents.resize(size);
    qint64 done = 0;
    // Chunk by chunk, so each chunk is hashed while it is still in the cache.
    while (done < size) {
        const qint64 got
            = file.read(hashed.contents.data() + done, std::min(kChunkSize, size - done));
        if (got < 0)
            return fail<HashedFile>(
                error, QStringLiteral("Cannot read %1: %2").arg(shown, file.errorString()));
        if (got == 0)
            break; // the file shrank while it was read: what was read is what is hashed
        if (EVP_DigestUpdate(context.get(), hashed.contents.constData() + done, size_t(got)) != 1)
            return fail<HashedFile>(error,
                                    QStringLiteral("Cannot hash %1: OpenSSL error").arg(shown));
        done += got;
    }
    hashed.contents.truncate(done);
    hashed.sha256 = finishDigest(context.get());
    if (hashed.sha256.isEmpty())
        return fail<HashedFile>(error, QStringLiteral("Cannot hash %1: OpenSSL error").arg(shown));
    return hashed;
}

std::optional<QByteArray> sha256OfFile(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("Cannot read %1: %2").arg(shown, file.errorString()));

    const DigestContext context = startDigest();
    if (!context)
        return fail(error,
                    QStringLiteral("Cannot hash %1: OpenSSL SHA-256 unavailable").arg(shown));

    QByteArray buffer(kChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(buffer.data(), kChunkSize);
        if (got < 0)
            return fail(error, QStringLiteral("Cannot read %1: %2").arg(shown, file.errorString()));
        if (got == 0)
            break;
        if (EVP_DigestUpdate(context.get(), buffer.constData(), size_t(got)) != 1)
            return fail(error, QStringLiteral("Cannot hash %1: OpenSSL error").arg(shown));
    }
    QByteArray hex = finishDigest(context.get());
    if (hex.isEmpty())
        return fail(error, QStringLiteral("Cannot hash %1: OpenSSL error").arg(shown));
    return hex;
}

} // namespace herb
