#pragma once

#include "ChatServerState.h"

#include <QThread>
#include <QUrl>

#include <memory>

namespace herb::test {

class ChatServerWorker;

// An OpenAI-compatible server on 127.0.0.1 for tests, on its own thread so a test's event
// loop (and the client under test) never blocks it. Speaks HTTP/1.1 with keep-alive:
//   POST /v1/chat/completions  answered as the current ChatMode says (script first)
//   GET  /v1/models            the configured model ids, or 404 / HTML (setModelsListing)
//   GET  /v1/key               OpenRouter's key check
// Every endpoint wants "Authorization: Bearer <apiKey>" and answers 401 otherwise.
// Every request is recorded; the setters and readers are thread-safe.
class ChatTestServer
{
    Q_DISABLE_COPY_MOVE(ChatTestServer)

public:
    explicit ChatTestServer(const QByteArray &apiKey = "sk-test-herbstream-0123456789");
    ~ChatTestServer();

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    quint16 redirectPort() const { return m_redirectPort; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    QByteArray apiKey() const;

    void setApiKey(const QByteArray &key);
    void setModels(const QStringList &ids);
    void setModelsListing(ModelsListing listing);
    void setMode(ChatMode mode); // for every chat completion once the script is used up
    void setScript(const QList<ChatMode> &modes); // one per chat completion, in order
    void setLatencyMs(int ms);
    void setLatencyJitterMs(int ms); // each answer waits 0..ms more, at random
    void setTrickleIntervalMs(int ms); // ChatMode::Trickle: one byte per interval
    void setRetryAfter(const QByteArray &value); // the 429's Retry-After header
    void setRecordContent(const QByteArray &content); // GoodRecord's assistant content
    // GoodRecord's content by the chat completion's index (0 first) and the image's SHA-1;
    // an empty answer falls back to the usual content.
    void
    setRecordFor(std::function<QByteArray(int index, const QByteArray &imageDigest)> recordFor);
    // By the model the request names as well (empty: recordFor, then the usual content).
    void setRecordForModel(
        std::function<QByteArray(const QByteArray &model, int index, const QByteArray &imageDigest)>
            recordFor);
    void setRecordBodies(bool keep); // sizes and flags are recorded either way
    // Off: requests() stays empty and only the counts below are kept (runs of 100,000).
    void setKeepRequests(bool keep);

    QList<RecordedRequest> requests() const;
    QList<RecordedRequest> chatRequests() const; // chat completions at the main listener
    int requestCount() const;
    int chatCompletionCount() const; // kept or not
    int imagesReceived() const;
    int inFlight() const;
    int maxInFlight() const; // most requests received and not yet answered at one time
    int redirectTargetRequestCount() const;
    int redirectTargetAuthorizationCount() const; // requests there that carried Authorization
    void clearRecords();

private:
    std::shared_ptr<ChatServerState> m_state;
    QThread m_thread;
    ChatServerWorker *m_worker;
    quint16 m_port = 0;
    quint16 m_redirectPort = 0;
};

} // namespace herb::test
