#include "ChatClientSettings.h"

#include "ApiKeyChecks.h"

#include <QHostAddress>

namespace herb {

bool ChatClientSettings::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive)) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ChatClientSettings::endpointProblem() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return QStringLiteral("the endpoint URL '%1' is not valid").arg(baseUrl.toDisplayString());
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return QStringLiteral("the endpoint URL must start with https:// (or http:// for a "
                              "server on this machine), not '%1://'")
            .arg(scheme);
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(baseUrl.host())
        && !allowInsecureRemoteHttp) {
        return QStringLiteral("refusing plain http to %1: the API key and images would cross the "
                              "network unencrypted; use https, or allow insecure http explicitly")
            .arg(baseUrl.host());
    }
    if (model.trimmed().isEmpty())
        return QStringLiteral("no model is configured");
    return apiKeyProblem(apiKey);
}

QUrl ChatClientSettings::endpoint(const QString &relativePath) const
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1Char('/') + relativePath);
    return url;
}

bool ChatClientSettings::isOpenRouter() const
{
    const QString host = baseUrl.host().toLower();
    return host == QLatin1String("openrouter.ai") || host.endsWith(QLatin1String(".openrouter.ai"));
}

} // namespace herb
