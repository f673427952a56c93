#include "ChatCompletionClient.h"

#include "ChatReplyClassifier.h"
#include "NetworkManagerPool.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace herb {

namespace {

constexpr int kMaxRedirects = 5;
// Backoff waits from this long on are announced (waiting()); Retry-After waits always are.
constexpr int kAnnouncedBackoffMs = 5000;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) {
        return url.scheme().toLower() == QLatin1String("https") ? 443 : 80;
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

} // namespace

ChatCompletionClient::ChatCompletionClient(ChatClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_pool(new NetworkManagerPool(this))
{
    qRegisterMetaType<herb::ChatResult>();
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

ChatCompletionClient::~ChatCompletionClient()
{
    for (auto &[serial, pending] : m_pending)
        detachReply(*pending);
}

int ChatCompletionClient::managerCount() const
{
    return m_pool->managerCount();
}

void ChatCompletionClient::extract(const QString &requestId, const QString &systemPrompt,
                                   const QString &userPrompt, const QByteArray &jpegBytes)
{
    const quint64 serial = m_nextSerial++;
    auto pending = std::make_unique<Pending>();
    pending->requestId = requestId;
    pending->systemPrompt = systemPrompt;
    pending->userPrompt = userPrompt;
    pending->imageDataUrl
        = QLatin1String("data:image/jpeg;base64,") + QString::fromLatin1(jpegBytes.toBase64());
    pending->clock.start();
    pending->url = m_settings.endpoint(QStringLiteral("chat/completions"));
    m_pending.emplace(serial, std::move(pending));

    const QString problem = m_settings.endpointProblem();
    if (!problem.isEmpty()) {
        // Reported through the event loop, like every other outcome, never from inside
        // extract(): the same configuration fails every specimen, so it is fatal.
        QTimer::singleShot(0, this, [this, serial, problem] {
            ChatResult result;
            result.error = { ErrorKind::Network, 0, problem };
            result.fatal = true;
            complete(serial, result);
        });
        return;
    }
    send(serial);
}

QByteArray ChatCompletionClient::requestBody(const Pending &pending, bool withResponseFormat) const
{
    const QJsonObject system { { QStringLiteral("role"), QStringLiteral("system") },
                               { QStringLiteral("content"), pending.systemPrompt } };
    const QJsonObject textPart { { QStringLiteral("type"), QStringLiteral("text") },
                                 { QStringLiteral("text"), pending.userPrompt } };
    const QJsonObject imagePart { { QStringLiteral("type"), QStringLiteral("image_url") },
                                  { QStringLiteral("image_url"),
                                    QJsonObject {
                                        { QStringLiteral("url"), pending.imageDataUrl } } } };
    const QJsonObject user { { QStringLiteral("role"), QStringLiteral("user") },
                             { QStringLiteral("content"), QJsonArray { textPart, imagePart } } };
    QJsonArray messages;
    if (!pending.systemPrompt.isEmpty())
        messages.append(system);
    messages.append(user);
    QJsonObject root { { QStringLiteral("model"), m_settings.model },
                       { QStringLiteral("messages"), messages } };
    if (withResponseFormat) {
        root.insert(QStringLiteral("response_format"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("json_object") } });
    }
    if (m_settings.maxTokens > 0)
        root.insert(QStringLiteral("max_tokens"), m_settings.maxTokens);
    if (m_settings.openRouterDenyDataCollection) {
        root.insert(QStringLiteral("provider"),
                    QJsonObject { { QStringLiteral("data_collection"), QStringLiteral("deny") } });
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void ChatCompletionClient::send(quint64 serial)
{
    Pending &pending = *m_pending.at(serial);
    ++pending.attempts;
    pending.sentResponseFormat = m_settings.jsonResponseFormat && !m_responseFormatDisabled;

    QNetworkRequest request(pending.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_settings.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
    if (!m_settings.referer.isEmpty())
        request.setRawHeader("HTTP-Referer", m_settings.referer.toUtf8());
    if (!m_settings.appTitle.isEmpty())
        request.setRawHeader("X-Title", m_settings.appTitle.toUtf8());
    // Redirects come back as answers and are followed here, same origin only (see
    // followsRedirect): Qt's own policies would forward the key to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setTransferTimeout(m_settings.timeoutMs);

    pending.manager = m_pool->acquire();
    QNetworkReply *reply
        = pending.manager->post(request, requestBody(pending, pending.sentResponseFormat));
    pending.reply = reply;
    pending.headersUnreadable = false;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, serial] {
        const auto it = m_pending.find(serial);
        if (it == m_pending.end() || !it->second->reply)
            return;
        const QNetworkReply *answer = it->second->reply;
        it->second->headersUnreadable
            = answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0
            && answer->rawHeaderList().isEmpty();
    });
    connect(reply, &QNetworkReply::finished, this, [this, serial] { onReplyFinished(serial); });
    startDeadline(serial);
    emit attemptStarted(pending.requestId, pending.attempts);
}

void ChatCompletionClient::onReplyFinished(quint64 serial)
{
    const auto it = m_pending.find(serial);
    if (it == m_pending.end() || !it->second->reply)
        return;
    Pending &pending = *it->second;
    QNetworkReply *reply = pending.reply;

    ChatReplyClassifier::Attempt attempt;
    attempt.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    attempt.body = reply->isOpen() ? reply->readAll() : QByteArray();
    attempt.retryAfter = reply->rawHeader("Retry-After");
    attempt.sentResponseFormat = pending.sentResponseFormat;
    attempt.headersUnreadable = pending.headersUnreadable;
    const QByteArray location = reply->rawHeader("Location");
    if (attempt.httpStatus >= 300 && attempt.httpStatus < 400 && !location.isEmpty()) {
        const QUrl target = pending.url.resolved(QUrl::fromEncoded(location));
        if (!sameOrigin(m_settings.baseUrl, target)) {
            attempt.rejectedRedirect = target;
        } else if (pending.redirects >= kMaxRedirects) {
            attempt.tooManyRedirects = true;
        } else {
            detachReply(pending);
            pending.url = target;
            ++pending.redirects;
            send(serial);
            return;
        }
    }
    const bool deadlineExpired = std::exchange(pending.deadlineExpired, false);
    attempt.timeoutMs = deadlineExpired ? m_settings.attemptDeadlineMs : m_settings.timeoutMs;
    const QNetworkReply::NetworkError error = reply->error();
    // Qt 6.4 aborts a reply whose transfer timeout expired. abortAll() disconnects a reply
    // before aborting it, so a cancelled reply never arrives here.
    attempt.timedOut = !attempt.rejectedRedirect.isValid()
        && (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError);
    // Connection and proxy errors (Qt's codes below 200) can strike after the headers, as
    // when the server drops the connection mid-body: that is a dropped connection, not a
    // short answer to parse.
    if (!attempt.timedOut && error > QNetworkReply::NoError && error < 200) {
        attempt.httpStatus = 0;
        attempt.transportError = reply->errorString();
    }
    detachReply(pending);

    ChatReplyClassifier::Outcome outcome
        = ChatReplyClassifier::classify(attempt, QDateTime::currentDateTimeUtc());
    if (deadlineExpired && outcome.error.kind == ErrorKind::Timeout) {
        outcome.error.message = tr("no complete answer within %1 s (the limit for one attempt; "
                                   "the server was still sending)")
                                    .arg(m_settings.attemptDeadlineMs / 1000.0, 0, 'g', 3);
    }
    if (outcome.disposition == ChatReplyClassifier::Disposition::Retry) {
        if (outcome.responseFormatRejected && !pending.formatFallbackUsed) {
            // The endpoint cannot do JSON mode: say so once and ask again at once without it.
            pending.formatFallbackUsed = true;
            m_responseFormatDisabled = true;
            send(serial);
            return;
        }
        if (!outcome.responseFormatRejected && pending.retries < m_settings.maxRetries) {
            const bool serverAsked = outcome.retryAfterMs >= 0;
            const int delay = serverAsked
                ? std::min(outcome.retryAfterMs, m_settings.maxRetryAfterMs)
                : backoffMs(pending.retries);
            if (pending.waitedMs + delay <= m_settings.maxTotalRetryWaitMs) {
                ++pending.retries;
                pending.waitedMs += delay;
                // A wait the user would notice is said, with its end: a run that only waits
                // must not look hung. Short backoffs are not worth a line each.
                if (serverAsked || delay >= kAnnouncedBackoffMs)
                    emit waiting(pending.requestId, QDateTime::currentMSecsSinceEpoch() + delay,
                                 serverAsked
                                     ? tr("the server asked to wait (HTTP %1, Retry-After %2 s)")
                                           .arg(attempt.httpStatus)
                                           .arg((outcome.retryAfterMs + 999) / 1000)
                                     : tr("retrying after %1").arg(outcome.error.message));
                scheduleRetry(serial, delay);
                return;
            }
            outcome.error.message
                += tr("; not retried: waiting %1 s more would pass the limit of %2 s of waiting "
                      "per specimen (a --resume tries it again)")
                       .arg((delay + 999) / 1000)
                       .arg(m_settings.maxTotalRetryWaitMs / 1000);
        }
    }
    ChatResult result;
    result.ok = outcome.disposition == ChatReplyClassifier::Disposition::Success;
    result.content = outcome.content;
    result.usage = outcome.usage;
    result.fatal = outcome.fatal;
    if (!result.ok)
        result.error = outcome.error;
    result.rawBody = attempt.body.left(ChatResult::kMaxRawBody);
    complete(serial, result);
}

int ChatCompletionClient::backoffMs(int retryIndex) const
{
    // Full jitter: uniform in [0, min(cap, base * 2^n)], so a burst of failures spreads out.
    const qint64 ceiling
        = std::min<qint64>(m_settings.retryMaxDelayMs,
                           qint64(m_settings.retryBaseDelayMs) << std::min(retryIndex, 20));
    return int(QRandomGenerator::global()->bounded(std::max<qint64>(ceiling, 0) + 1));
}

void ChatCompletionClient::scheduleRetry(quint64 serial, int delayMs)
{
    Pending &pending = *m_pending.at(serial);
    pending.retryTimer = new QTimer(this);
    pending.retryTimer->setSingleShot(true);
    connect(pending.retryTimer, &QTimer::timeout, this, [this, serial] {
        const auto it = m_pending.find(serial);
        if (it == m_pending.end())
            return;
        it->second->retryTimer->deleteLater();
        it->second->retryTimer = nullptr;
        send(serial);
    });
    pending.retryTimer->start(delayMs);
}

void ChatCompletionClient::startDeadline(quint64 serial)
{
    Pending &pending = *m_pending.at(serial);
    if (m_settings.attemptDeadlineMs <= 0)
        return;
    pending.deadlineTimer = new QTimer(this);
    pending.deadlineTimer->setSingleShot(true);
    connect(pending.deadlineTimer, &QTimer::timeout, this, [this, serial] {
        const auto it = m_pending.find(serial);
        if (it == m_pending.end() || !it->second->reply)
            return;
        // Aborting finishes the reply with OperationCanceledError, which onReplyFinished
        // reads as a timeout; the flag gives it the right words.
        it->second->deadlineExpired = true;
        it->second->reply->abort();
    });
    pending.deadlineTimer->start(m_settings.attemptDeadlineMs);
}

void ChatCompletionClient::detachReply(Pending &pending)
{
    if (pending.deadlineTimer) {
        pending.deadlineTimer->stop();
        pending.deadlineTimer->deleteLater();
        pending.deadlineTimer = nullptr;
    }
    if (pending.retryTimer) {
        pending.retryTimer->stop();
        pending.retryTimer->deleteLater();
        pending.retryTimer = nullptr;
    }
    if (QNetworkReply *reply = pending.reply) {
        pending.reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    if (pending.manager) {
        m_pool->release(pending.manager);
        pending.manager = nullptr;
    }
}

void ChatCompletionClient::abortAll()
{
    std::vector<quint64> serials;
    for (auto &[serial, pending] : m_pending) {
        detachReply(*pending);
        serials.push_back(serial);
    }
    for (const quint64 serial : serials) {
        ChatResult result;
        result.error = { ErrorKind::Cancelled, 0, QStringLiteral("cancelled") };
        complete(serial, result);
    }
}

void ChatCompletionClient::complete(quint64 serial, ChatResult result)
{
    const auto it = m_pending.find(serial);
    if (it == m_pending.end())
        return;
    std::unique_ptr<Pending> pending = std::move(it->second);
    m_pending.erase(it);
    detachReply(*pending);
    result.attempts = pending->attempts;
    result.latencyMs = pending->clock.elapsed();
    result.error.message = scrubbed(result.error.message);
    result.rawBody = scrubbed(result.rawBody);
    result.content = scrubbed(result.content);
    emit finished(pending->requestId, result);
}

QString ChatCompletionClient::scrubbed(QString text) const
{
    if (!m_settings.apiKey.isEmpty())
        text.replace(m_settings.apiKey, QStringLiteral("[api key]"));
    return text;
}

QByteArray ChatCompletionClient::scrubbed(QByteArray bytes) const
{
    if (!m_settings.apiKey.isEmpty())
        bytes.replace(m_settings.apiKey.toUtf8(), QByteArrayLiteral("[api key]"));
    return bytes;
}

} // namespace herb
