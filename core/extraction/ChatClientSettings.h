#pragma once

#include <QString>
#include <QUrl>

namespace herb {

// How ChatCompletionClient and EndpointPreflight reach an OpenAI-compatible endpoint.
struct ChatClientSettings
{
    QUrl baseUrl = QUrl(QStringLiteral("https://openrouter.ai/api/v1"));
    QString model;
    QString apiKey; // held in memory only; never logged, stored or put into a message
    int timeoutMs = 120000; // transfer inactivity timeout per attempt
    // Total time one attempt may take: a server that trickles a byte a second never trips the
    // inactivity timeout, so this ends the attempt (as a timeout, retried like one).
    int attemptDeadlineMs = 300000;
    int maxRetries = 4; // further attempts after the first, for 429, 5xx, timeouts, drops
    int retryBaseDelayMs = 1000; // full-jitter exponential backoff: base, 2×base, 4×base, ...
    int retryMaxDelayMs = 30000;
    int maxRetryAfterMs = 300000; // a Retry-After beyond this is clamped
    // Total wait between the attempts of one request. A retry whose wait would go past it is
    // not made: the request fails with the last error and says so (a resume tries again).
    int maxTotalRetryWaitMs = 600000;
    bool jsonResponseFormat = true; // response_format {"type":"json_object"}
    bool openRouterDenyDataCollection = false; // provider {"data_collection":"deny"}
    bool allowInsecureRemoteHttp = false; // plain http to a host that is not loopback
    QString appTitle = QStringLiteral("Herbstream"); // OpenRouter attribution: X-Title
    QString referer; // OpenRouter attribution: HTTP-Referer, not sent when empty
    int maxTokens = 0; // max_tokens, not sent when 0

    // Empty when the settings can be used, else why not (a user-facing sentence).
    QString endpointProblem() const;
    // {baseUrl}/{relativePath}, whatever trailing slash the base URL has.
    QUrl endpoint(const QString &relativePath) const;
    bool isOpenRouter() const;

    static bool isLoopbackHost(const QString &host);
};

} // namespace herb
