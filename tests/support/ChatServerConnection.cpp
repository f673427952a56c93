#include "ChatServerConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace herb::test {

ChatServerConnection::ChatServerConnection(QTcpSocket *socket,
                                           std::shared_ptr<ChatServerState> state,
                                           bool redirectTarget, Ports ports, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_state(std::move(state))
    , m_redirectTarget(redirectTarget)
    , m_ports(ports)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_buffer += m_socket->readAll();
        processBuffer();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        leaveFlight();
        deleteLater();
    });
}

ChatServerConnection::~ChatServerConnection()
{
    leaveFlight();
}

void ChatServerConnection::leaveFlight()
{
    if (!m_inFlight)
        return;
    m_inFlight = false;
    QMutexLocker lock(&m_state->mutex);
    --m_state->inFlight;
}

void ChatServerConnection::processBuffer()
{
    while (!m_busy) {
        std::optional<RecordedRequest> request = takeRequest();
        if (!request)
            return;
        handle(std::move(*request));
    }
}

std::optional<RecordedRequest> ChatServerConnection::takeRequest()
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    RecordedRequest request;
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0) {
            request.headers.append(
                { lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed() });
        }
    }
    qsizetype pos = headerEnd + 4;
    if (request.header("transfer-encoding").toLower().contains("chunked")) {
        request.chunked = true;
        QByteArray body;
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return std::nullopt;
            QByteArray sizeText = m_buffer.mid(pos, lineEnd - pos);
            sizeText = sizeText.left(sizeText.indexOf(';') < 0 ? sizeText.size()
                                                               : sizeText.indexOf(';'));
            bool ok = false;
            const qsizetype size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok) {
                m_socket->abort();
                return std::nullopt;
            }
            if (size == 0) {
                // No trailers expected: the terminating empty line follows at once.
                if (m_buffer.size() < lineEnd + 4)
                    return std::nullopt;
                pos = lineEnd + 4;
                break;
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return std::nullopt;
            body += m_buffer.mid(lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
        request.body = body;
    } else {
        const qsizetype length = request.header("content-length").toLongLong();
        if (m_buffer.size() < pos + length)
            return std::nullopt;
        request.body = m_buffer.mid(pos, length);
        pos += length;
    }
    m_buffer.remove(0, pos);
    request.bodySize = request.body.size();
    if (!request.body.isEmpty()) {
        const QJsonObject root = QJsonDocument::fromJson(request.body).object();
        request.hasResponseFormat = root.contains(QStringLiteral("response_format"));
        request.hasImage = request.body.contains("\"data:image/");
    }
    m_closeAfter = request.header("connection").toLower() == "close";
    return request;
}

void ChatServerConnection::handle(RecordedRequest request)
{
    m_busy = true;
    request.onRedirectTarget = m_redirectTarget;
    ChatServerConfig config;
    ChatMode mode = ChatMode::GoodRecord;
    int latency = 0;
    {
        QMutexLocker lock(&m_state->mutex);
        request.receivedMs = m_state->clock.elapsed();
        config = m_state->config;
        const bool isChat = request.method == "POST" && request.path.contains("/chat/completions");
        if (isChat && !m_redirectTarget)
            ++m_state->config.chatIndex; // this request's index stays in the copy
        if (isChat && !m_redirectTarget) {
            mode = m_state->config.script.isEmpty() ? m_state->config.defaultMode
                                                    : m_state->config.script.takeFirst();
        }
        latency = config.latencyMs;
        if (config.latencyJitterMs > 0)
            latency += int(QRandomGenerator::global()->bounded(config.latencyJitterMs + 1));
        if (isChat && !m_redirectTarget)
            ++m_state->chatCompletions;
        if (config.keepRequests) {
            RecordedRequest &recorded = m_state->requests.emplace_back(request);
            if (!config.recordBodies)
                recorded.body.clear();
        }
        m_inFlight = true;
        ++m_state->inFlight;
        m_state->maxInFlight = std::max(m_state->maxInFlight, m_state->inFlight);
    }
    const ServerAction action = m_redirectTarget
        ? ChatServerReplies::forRedirectTarget(request, config)
        : ChatServerReplies::forRequest(request, config, mode, m_ports.own, m_ports.redirect);
    if (action.kind == ServerAction::Kind::Stall)
        return; // stays in flight and busy until the client gives up
    if (action.kind == ServerAction::Kind::Trickle) {
        trickle(action.bytes, config.trickleIntervalMs);
        return;
    }
    QTimer::singleShot(latency, this, [this, action] { deliver(action); });
}

void ChatServerConnection::trickle(const QByteArray &bytes, int intervalMs)
{
    // The headers at once, then one byte of the body per tick until it is out or the client
    // hangs up: the transfer is never idle long enough for an inactivity timeout.
    const qsizetype headerEnd = bytes.indexOf("\r\n\r\n") + 4;
    m_socket->write(bytes.left(headerEnd));
    auto *timer = new QTimer(this);
    auto sent = std::make_shared<qsizetype>(headerEnd);
    connect(timer, &QTimer::timeout, this, [this, timer, bytes, sent] {
        if (m_socket->state() != QAbstractSocket::ConnectedState || *sent >= bytes.size()) {
            timer->deleteLater();
            if (*sent >= bytes.size())
                deliver({ ServerAction::Kind::Respond, {} });
            return;
        }
        m_socket->write(bytes.mid((*sent)++, 1));
        m_socket->flush();
    });
    timer->start(intervalMs);
}

void ChatServerConnection::deliver(const ServerAction &action)
{
    leaveFlight();
    if (action.kind == ServerAction::Kind::Drop) {
        m_socket->close();
        return;
    }
    m_socket->write(action.bytes);
    m_busy = false;
    if (m_closeAfter) {
        m_socket->disconnectFromHost();
        return;
    }
    processBuffer();
}

} // namespace herb::test
