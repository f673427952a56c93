#include "Sha256.h"

#include <QDir>
#include <QFile>

#include <openssl/evp.h>

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

std::optional<QByteArray> fail(QString *error, const QString &message)
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
