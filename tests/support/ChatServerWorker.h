#pragma once

#include "ChatServerState.h"

#include <QObject>

#include <memory>

class QTcpServer;

namespace herb::test {

// The listening side of ChatTestServer, living on the server's own thread: the main listener
// and a second one on another port that plays "another origin" for redirect tests.
class ChatServerWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatServerWorker)

public:
    explicit ChatServerWorker(std::shared_ptr<ChatServerState> state);
    ~ChatServerWorker() override;

    // Call on the server thread.
    bool listen();
    quint16 port() const;
    quint16 redirectPort() const;

private:
    void accept(QTcpServer *server, bool redirectTarget);

    std::shared_ptr<ChatServerState> m_state;
    QTcpServer *m_server;
    QTcpServer *m_redirectServer;
};

} // namespace herb::test
