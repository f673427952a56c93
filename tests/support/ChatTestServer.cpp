#include "ChatTestServer.h"

#include "ChatServerReplies.h"
#include "ChatServerWorker.h"

#include <QMutexLocker>

namespace herb::test {

ChatTestServer::ChatTestServer(const QByteArray &apiKey)
    : m_state(std::make_shared<ChatServerState>())
    , m_worker(new ChatServerWorker(m_state))
{
    m_state->clock.start();
    m_state->config.apiKey = apiKey;
    m_state->config.models
        = { QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("google/gemini-2.5-flash"),
            QStringLiteral("qwen/qwen2.5-vl-72b-instruct") };
    m_state->config.recordContent = ChatServerReplies::defaultRecordContent();
    m_thread.setObjectName(QStringLiteral("ChatTestServer"));
    m_worker->moveToThread(&m_thread);
    // Deferred deletes posted before finished are still run on the thread as it ends.
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            if (m_worker->listen()) {
                m_port = m_worker->port();
                m_redirectPort = m_worker->redirectPort();
            }
        },
        Qt::BlockingQueuedConnection);
}

ChatTestServer::~ChatTestServer()
{
    m_thread.quit();
    m_thread.wait();
}

QUrl ChatTestServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
}

QByteArray ChatTestServer::apiKey() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->config.apiKey;
}

void ChatTestServer::setApiKey(const QByteArray &key)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->config.apiKey = key;
}

void ChatTestServer::setModels(const QStringList &ids)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->config.models = ids;
}

void ChatTestServer::setModelsListing(ModelsListing listing)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->config.modelsListing = listing;
}

void ChatTestServer::setMode(ChatMode mode)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->config.defaultMode = mode;
}

void ChatTestServer::setScript(const QList<ChatMode> &modes)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->config.script = modes;
}

void ChatTestServer::setLatencyMs(int ms)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->config.latencyMs = ms;
}

void ChatTestServer::setLatencyJitterMs(int ms)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->config.latencyJitterMs = ms;
}

void ChatTestServer::setKeepRequests(bool keep)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->config.keepRequests = keep;
}

void ChatTestServer::setTrickleIntervalMs(int ms)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->config.trickleIntervalMs = ms;
}

void ChatTestServer::setRetryAfter(const QByteArray &value)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->config.retryAfter = value;
}

void ChatTestServer::setRecordContent(const QByteArray &content)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->config.recordContent = content;
    m_state->config.numbersPerImage = false;
}

void ChatTestServer::setRecordFor(
    std::function<QByteArray(int index, const QByteArray &imageDigest)> recordFor)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->config.recordFor = std::move(recordFor);
}

void ChatTestServer::setRecordForModel(
    std::function<QByteArray(const QByteArray &model, int index, const QByteArray &imageDigest)>
        recordFor)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->config.recordForModel = std::move(recordFor);
}

void ChatTestServer::setRecordBodies(bool keep)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->config.recordBodies = keep;
}

QList<RecordedRequest> ChatTestServer::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

QList<RecordedRequest> ChatTestServer::chatRequests() const
{
    QList<RecordedRequest> out;
    for (const RecordedRequest &request : requests()) {
        if (!request.onRedirectTarget && request.method == "POST"
            && request.path.contains("/chat/completions")) {
            out.append(request);
        }
    }
    return out;
}

int ChatTestServer::requestCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return int(m_state->requests.size());
}

int ChatTestServer::chatCompletionCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->chatCompletions;
}

int ChatTestServer::imagesReceived() const
{
    int count = 0;
    for (const RecordedRequest &request : requests())
        count += request.hasImage ? 1 : 0;
    return count;
}

int ChatTestServer::inFlight() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->inFlight;
}

int ChatTestServer::maxInFlight() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->maxInFlight;
}

int ChatTestServer::redirectTargetRequestCount() const
{
    int count = 0;
    for (const RecordedRequest &request : requests())
        count += request.onRedirectTarget ? 1 : 0;
    return count;
}

int ChatTestServer::redirectTargetAuthorizationCount() const
{
    int count = 0;
    for (const RecordedRequest &request : requests())
        count += request.onRedirectTarget && request.hasHeader("authorization") ? 1 : 0;
    return count;
}

void ChatTestServer::clearRecords()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->requests.clear();
    m_state->chatCompletions = 0;
    m_state->maxInFlight = m_state->inFlight;
}

} // namespace herb::test
