#include "ChatServerWorker.h"

#include "ChatServerConnection.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace herb::test {

ChatServerWorker::ChatServerWorker(std::shared_ptr<ChatServerState> state)
    : m_state(std::move(state))
    , m_server(new QTcpServer(this))
    , m_redirectServer(new QTcpServer(this))
{
    // Many clients open a burst of connections at once (the concurrency tests).
    m_server->setMaxPendingConnections(256);
    connect(m_server, &QTcpServer::newConnection, this, [this] { accept(m_server, false); });
    connect(m_redirectServer, &QTcpServer::newConnection, this,
            [this] { accept(m_redirectServer, true); });
}

ChatServerWorker::~ChatServerWorker() = default;

bool ChatServerWorker::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0)
        && m_redirectServer->listen(QHostAddress::LocalHost, 0);
}

quint16 ChatServerWorker::port() const
{
    return m_server->serverPort();
}

quint16 ChatServerWorker::redirectPort() const
{
    return m_redirectServer->serverPort();
}

void ChatServerWorker::accept(QTcpServer *server, bool redirectTarget)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        new ChatServerConnection(socket, m_state, redirectTarget,
                                 { m_server->serverPort(), m_redirectServer->serverPort() }, this);
    }
}

} // namespace herb::test
