#pragma once

#include "ChatServerReplies.h"
#include "ChatServerState.h"

#include <QObject>

#include <memory>
#include <optional>

class QTcpSocket;

namespace herb::test {

// One accepted socket of ChatTestServer, on the server thread: parses HTTP/1.1 requests
// (keep-alive, Content-Length or chunked bodies), records them, and answers each after the
// configured latency with a timer, so requests on other connections overlap.
class ChatServerConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatServerConnection)

public:
    struct Ports
    {
        quint16 own = 0;
        quint16 redirect = 0;
    };

    ChatServerConnection(QTcpSocket *socket, std::shared_ptr<ChatServerState> state,
                         bool redirectTarget, Ports ports, QObject *parent);
    ~ChatServerConnection() override;

private:
    void processBuffer();
    std::optional<RecordedRequest> takeRequest();
    void handle(RecordedRequest request);
    void deliver(const ServerAction &action);
    void leaveFlight();
    void trickle(const QByteArray &bytes, int intervalMs);

    QTcpSocket *m_socket;
    std::shared_ptr<ChatServerState> m_state;
    bool m_redirectTarget;
    Ports m_ports;
    QByteArray m_buffer;
    bool m_busy = false; // a request is being answered; later ones wait in the buffer
    bool m_inFlight = false;
    bool m_closeAfter = false;
};

} // namespace herb::test
