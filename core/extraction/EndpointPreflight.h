#pragma once

#include "ChatClientSettings.h"
#include "PreflightResult.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace herb {

// Checks the key and the model before any image is sent (DESIGN.md, "Preflight"):
// OpenRouter's GET {base}/key checks the key; GET {base}/models lists model ids (and, on
// most other servers, needs a valid key). A server that cannot list models is not an error:
// the first wave of specimens is then the check.
class EndpointPreflight final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointPreflight)

public:
    enum class KeyCheck
    {
        Auto, // OpenRouter's /key for openrouter.ai, /models elsewhere
        KeyEndpoint, // GET {base}/key first, as OpenRouter
        ModelsEndpoint, // GET {base}/models only
    };

    explicit EndpointPreflight(ChatClientSettings settings, QObject *parent = nullptr);
    ~EndpointPreflight() override;

    void setKeyCheck(KeyCheck check) { m_keyCheck = check; }
    // Starts the checks; finished() follows through the event loop, never from inside start().
    void start();
    bool isRunning() const { return m_running; }
    const PreflightResult &result() const { return m_result; }

    // For the command line: runs a local event loop until the checks are done.
    static PreflightResult run(const ChatClientSettings &settings, KeyCheck check = KeyCheck::Auto);

signals:
    void finished(const herb::PreflightResult &result);

private:
    void get(const QString &relativePath, void (EndpointPreflight::*handler)(QNetworkReply *));
    void onKeyReply(QNetworkReply *reply);
    void onModelsReply(QNetworkReply *reply);
    bool handledUnreachable(QNetworkReply *reply);
    // 401/403: the key is refused; records it and finishes.
    bool handledRefusedKey(int status, const QByteArray &body);
    void checkModel(const QStringList &ids);
    void finish();
    QString scrubbed(QString text) const;

    static QStringList modelIds(const QByteArray &body, bool *isList);

    ChatClientSettings m_settings;
    KeyCheck m_keyCheck = KeyCheck::Auto;
    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    PreflightResult m_result;
    bool m_running = false;
};

} // namespace herb
