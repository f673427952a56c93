#pragma once

#include "ChatClientSettings.h"
#include "ChatResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace herb {

class NetworkManagerPool;

// Sends specimen images to an OpenAI-compatible chat-completions endpoint and reports one
// ChatResult per extract(), after retries. Lives on one thread; any number of requests may be
// in flight (spread over several network managers, see NetworkManagerPool).
//
// The API key goes only to the configured origin: redirects elsewhere are refused, and the
// key is scrubbed from every message and body the client hands back.
class ChatCompletionClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatCompletionClient)

public:
    explicit ChatCompletionClient(ChatClientSettings settings, QObject *parent = nullptr);
    ~ChatCompletionClient() override;

    const ChatClientSettings &settings() const { return m_settings; }

    // requestId comes back with finished(); it need not be unique.
    void extract(const QString &requestId, const QString &systemPrompt, const QString &userPrompt,
                 const QByteArray &jpegBytes);
    // Every request in flight or waiting to retry finishes at once with kind "cancelled".
    void abortAll();

    int pendingCount() const { return int(m_pending.size()); }
    int managerCount() const;
    // True once the endpoint refused response_format; later requests go without it.
    bool isResponseFormatDisabled() const { return m_responseFormatDisabled; }

signals:
    void attemptStarted(const QString &requestId, int attempt);
    // A retry waits: the server asked for it (Retry-After) or the backoff is long. `untilMs`
    // is the epoch time of the next attempt; `why` is a user-facing sentence.
    void waiting(const QString &requestId, qint64 untilMs, const QString &why);
    void finished(const QString &requestId, const herb::ChatResult &result);

private:
    struct Pending
    {
        QString requestId;
        QString systemPrompt;
        QString userPrompt;
        QString imageDataUrl;
        QElapsedTimer clock;
        int attempts = 0;
        int retries = 0;
        bool formatFallbackUsed = false;
        bool sentResponseFormat = false;
        QUrl url; // the endpoint, or where a same-origin redirect pointed
        int redirects = 0;
        qint64 waitedMs = 0; // between attempts, Retry-After and backoff
        bool deadlineExpired = false; // the attempt ran past attemptDeadlineMs
        // The status line arrived with no header Qt could read: Qt 6.4 drops a header block
        // past its size limits (a 2 MB header) and then waits for the end of an answer whose
        // length it no longer knows. Only a timeout's message changes: "too large", not "no
        // answer".
        bool headersUnreadable = false;
        QPointer<QNetworkReply> reply;
        QNetworkAccessManager *manager = nullptr;
        QTimer *retryTimer = nullptr;
        QTimer *deadlineTimer = nullptr;
    };

    void send(quint64 serial);
    void onReplyFinished(quint64 serial);
    void scheduleRetry(quint64 serial, int delayMs);
    void startDeadline(quint64 serial);
    void complete(quint64 serial, ChatResult result);
    void detachReply(Pending &pending);
    QByteArray requestBody(const Pending &pending, bool withResponseFormat) const;
    int backoffMs(int retryIndex) const;
    QString scrubbed(QString text) const;
    QByteArray scrubbed(QByteArray bytes) const;

    ChatClientSettings m_settings;
    NetworkManagerPool *m_pool;
    std::map<quint64, std::unique_ptr<Pending>> m_pending;
    quint64 m_nextSerial = 1;
    bool m_responseFormatDisabled = false;
};

} // namespace herb
