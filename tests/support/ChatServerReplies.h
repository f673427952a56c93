#pragma once

#include "ChatServerState.h"

#include <QByteArray>

namespace herb::test {

// What the server does with one complete request.
struct ServerAction
{
    enum class Kind
    {
        Respond,
        Drop,
        Stall,
        Trickle // bytes sent one at a time
    };
    Kind kind = Kind::Respond;
    QByteArray bytes; // the whole HTTP response for Respond
};

// Builds the HTTP answers of ChatTestServer: the endpoint routing, the key check and every
// ChatMode. Pure functions of the request and a snapshot of the configuration, so they run on
// the server thread without holding the state's lock.
class ChatServerReplies
{
public:
    // mode applies to chat completions only. redirectPort is the second listener's.
    static ServerAction forRequest(const RecordedRequest &request, const ChatServerConfig &config,
                                   ChatMode mode, quint16 ownPort, quint16 redirectPort);
    // The second listener answers every request with a good record, key or not: a client
    // that followed a redirect there would see success, so only the recorded headers tell.
    static ServerAction forRedirectTarget(const RecordedRequest &request,
                                          const ChatServerConfig &config);

    static QByteArray httpResponse(int status, const QByteArray &contentType,
                                   const QByteArray &body,
                                   const QList<std::pair<QByteArray, QByteArray>> &extra = {});
    static QByteArray defaultRecordContent();
    // The GoodRecord content for this request (ChatServerConfig: numbersPerImage, recordFor).
    static QByteArray recordContent(const RecordedRequest &request, const ChatServerConfig &config);
    // SHA-1 (hex) of the request's image data URL; empty without an image.
    static QByteArray imageDigest(const RecordedRequest &request);

private:
    static ServerAction chatCompletion(const RecordedRequest &request,
                                       const ChatServerConfig &config, ChatMode mode,
                                       quint16 ownPort, quint16 redirectPort);
    static QByteArray completionBody(const QByteArray &model, const QString &content);
    static QByteArray errorBody(const QString &message, const QJsonValue &code);
    static QByteArray json(int status, const QByteArray &body,
                           const QList<std::pair<QByteArray, QByteArray>> &extra = {});
    static QByteArray requestedModel(const RecordedRequest &request);
};

} // namespace herb::test
