#include "ChatTestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace herb::test;

namespace {

struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    bool closed = false; // the server closed the connection
};

// Reads one HTTP response from a socket, blocking: the server runs on its own thread.
RawResponse readResponse(QTcpSocket &socket, int waitMs = 10000)
{
    RawResponse response;
    QByteArray buffer;
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const QByteArray head = buffer.left(headerEnd);
            const qsizetype at = head.toLower().indexOf("content-length:");
            const qsizetype length = at < 0
                ? 0
                : head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            if (buffer.size() >= headerEnd + 4 + length) {
                response.head = head;
                response.status = head.mid(9, 3).toInt();
                response.body = buffer.mid(headerEnd + 4, length);
                return response;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
            response.closed = true;
            return response;
        }
        if (!socket.waitForReadyRead(waitMs)) {
            response.closed = socket.state() != QAbstractSocket::ConnectedState;
            return response;
        }
        buffer += socket.readAll();
    }
}

QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &key,
                   const QByteArray &body = {})
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!key.isEmpty())
        out += "Authorization: Bearer " + key + "\r\n";
    if (!body.isEmpty())
        out += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

QByteArray chatBody(bool withImage)
{
    QJsonArray content { QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                                       { QStringLiteral("text"), QStringLiteral("Transcribe") } } };
    if (withImage) {
        content.append(
            QJsonObject { { QStringLiteral("type"), QStringLiteral("image_url") },
                          { QStringLiteral("image_url"),
                            QJsonObject { { QStringLiteral("url"),
                                            QStringLiteral("data:image/jpeg;base64,AAAA") } } } });
    }
    const QJsonObject root { { QStringLiteral("model"), QStringLiteral("openai/gpt-4o-mini") },
                             { QStringLiteral("messages"),
                               QJsonArray {
                                   QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                                                 { QStringLiteral("content"), content } } } } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

RawResponse exchange(quint16 port, const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000))
        return {};
    socket.write(bytes);
    socket.waitForBytesWritten(10000);
    return readResponse(socket);
}

} // namespace

class TestChatTestServer : public QObject
{
    Q_OBJECT

private slots:
    void listensOnLoopback();
    void everyEndpointWantsTheKey();
    void listsModelsAndChecksKey();
    void chatCompletionHasTheRealShape();
    void scriptComesBeforeDefault();
    void keepAliveAndChunkedBodies();
    void latencyLetsRequestsOverlap();
    void dropCloses();
    void modesAnswerWithTheirStatus_data();
    void modesAnswerWithTheirStatus();
    void redirectTargetRecordsAForwardedKey();
};

void TestChatTestServer::listensOnLoopback()
{
    ChatTestServer server;
    QVERIFY(server.isListening());
    QVERIFY(server.port() != server.redirectPort());
    QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(server.baseUrl().path(), QStringLiteral("/v1"));
}

void TestChatTestServer::everyEndpointWantsTheKey()
{
    ChatTestServer server("good-key");
    QCOMPARE(exchange(server.port(), request("GET", "/v1/models", "bad-key")).status, 401);
    QCOMPARE(exchange(server.port(), request("GET", "/v1/key", {})).status, 401);
    const RawResponse chat
        = exchange(server.port(), request("POST", "/v1/chat/completions", "nope", chatBody(true)));
    QCOMPARE(chat.status, 401);
    QVERIFY(QJsonDocument::fromJson(chat.body).object().value(QStringLiteral("error")).isObject());
    QCOMPARE(server.requestCount(), 3);
}

void TestChatTestServer::listsModelsAndChecksKey()
{
    ChatTestServer server("good-key");
    server.setModels({ QStringLiteral("a/one"), QStringLiteral("b/two") });
    const RawResponse models = exchange(server.port(), request("GET", "/v1/models", "good-key"));
    QCOMPARE(models.status, 200);
    const QJsonArray data
        = QJsonDocument::fromJson(models.body).object().value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("b/two"));

    const RawResponse key = exchange(server.port(), request("GET", "/v1/key", "good-key"));
    QCOMPARE(key.status, 200);
    QVERIFY(QJsonDocument::fromJson(key.body).object().value(QStringLiteral("data")).isObject());

    server.setModelsListing(ModelsListing::NotFound);
    QCOMPARE(exchange(server.port(), request("GET", "/v1/models", "good-key")).status, 404);
    server.setModelsListing(ModelsListing::Html);
    const RawResponse html = exchange(server.port(), request("GET", "/v1/models", "good-key"));
    QCOMPARE(html.status, 200);
    QVERIFY(html.body.startsWith("<!DOCTYPE html>"));
}

void TestChatTestServer::chatCompletionHasTheRealShape()
{
    ChatTestServer server("k");
    const RawResponse response
        = exchange(server.port(), request("POST", "/v1/chat/completions", "k", chatBody(true)));
    QCOMPARE(response.status, 200);
    const QJsonObject root = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(root.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
    QCOMPARE(root.value(QStringLiteral("model")).toString(), QStringLiteral("openai/gpt-4o-mini"));
    const QJsonObject message = root.value(QStringLiteral("choices"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toObject();
    QCOMPARE(message.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    const QJsonObject record
        = QJsonDocument::fromJson(message.value(QStringLiteral("content")).toString().toUtf8())
              .object();
    QCOMPARE(record.value(QStringLiteral("scientificName")).toString(),
             QStringLiteral("Quercus robur L."));
    QVERIFY(root.value(QStringLiteral("usage"))
                .toObject()
                .value(QStringLiteral("prompt_tokens"))
                .toInt()
            > 0);

    exchange(server.port(), request("POST", "/v1/chat/completions", "k", chatBody(false)));
    QCOMPARE(server.chatCompletionCount(), 2);
    QCOMPARE(server.imagesReceived(), 1);
    const QList<RecordedRequest> recorded = server.chatRequests();
    QCOMPARE(recorded.at(0).bodySize, chatBody(true).size());
    QVERIFY(recorded.at(0).hasImage);
    QVERIFY(!recorded.at(1).hasImage);
    QCOMPARE(recorded.at(0).header("authorization"), QByteArray("Bearer k"));
    QCOMPARE(recorded.at(0).body, chatBody(true));

    server.setRecordBodies(false);
    exchange(server.port(), request("POST", "/v1/chat/completions", "k", chatBody(true)));
    const RecordedRequest last = server.chatRequests().last();
    QVERIFY(last.body.isEmpty());
    QCOMPARE(last.bodySize, chatBody(true).size());
    QVERIFY(last.hasImage);
    QCOMPARE(server.imagesReceived(), 2);
}

void TestChatTestServer::scriptComesBeforeDefault()
{
    ChatTestServer server("k");
    server.setScript({ ChatMode::Unavailable, ChatMode::Prose });
    server.setMode(ChatMode::PaymentRequired);
    const QByteArray chat = request("POST", "/v1/chat/completions", "k", chatBody(true));
    QCOMPARE(exchange(server.port(), chat).status, 503);
    const RawResponse prose = exchange(server.port(), chat);
    QCOMPARE(prose.status, 200);
    QVERIFY(prose.body.contains("I'm sorry"));
    QCOMPARE(exchange(server.port(), chat).status, 402);
    QCOMPARE(exchange(server.port(), chat).status, 402);
}

void TestChatTestServer::keepAliveAndChunkedBodies()
{
    ChatTestServer server("k");
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(10000));
    socket.write(request("GET", "/v1/models", "k"));
    QCOMPARE(readResponse(socket).status, 200);

    const QByteArray body = chatBody(true);
    const qsizetype half = body.size() / 2;
    QByteArray chunked
        = "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n"
          "Transfer-Encoding: chunked\r\n\r\n";
    chunked += QByteArray::number(half, 16) + "\r\n" + body.left(half) + "\r\n";
    chunked += QByteArray::number(body.size() - half, 16) + ";ext=1\r\n" + body.mid(half) + "\r\n";
    chunked += "0\r\n\r\n";
    // Split mid-chunk, as TCP may deliver it.
    socket.write(chunked.left(40));
    socket.flush();
    QTest::qWait(50);
    socket.write(chunked.mid(40));
    QCOMPARE(readResponse(socket).status, 200);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

    const QList<RecordedRequest> recorded = server.requests();
    QCOMPARE(recorded.size(), 2);
    QVERIFY(recorded.at(1).chunked);
    QCOMPARE(recorded.at(1).body, body);
    QVERIFY(recorded.at(1).hasImage);
}

void TestChatTestServer::latencyLetsRequestsOverlap()
{
    ChatTestServer server("k");
    server.setLatencyMs(1500);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 4; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket->waitForConnected(10000));
        socket->write(request("POST", "/v1/chat/completions", "k", chatBody(true)));
        socket->flush();
        sockets.push_back(std::move(socket));
    }
    for (auto &socket : sockets)
        QCOMPARE(readResponse(*socket).status, 200);
    QCOMPARE(server.maxInFlight(), 4);
    QCOMPARE(server.inFlight(), 0);
}

void TestChatTestServer::dropCloses()
{
    ChatTestServer server("k");
    server.setMode(ChatMode::DropConnection);
    const RawResponse response
        = exchange(server.port(), request("POST", "/v1/chat/completions", "k", chatBody(true)));
    QVERIFY(response.closed);
    QCOMPARE(response.status, 0);
}

void TestChatTestServer::modesAnswerWithTheirStatus_data()
{
    QTest::addColumn<ChatMode>("mode");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("bodyHas");
    QTest::newRow("good") << ChatMode::GoodRecord << 200 << QByteArray("catalogNumber");
    QTest::newRow("empty") << ChatMode::EmptyObject << 200 << QByteArray(R"("content":"{}")");
    QTest::newRow("fenced") << ChatMode::FencedJson << 200 << QByteArray("```json");
    QTest::newRow("nested") << ChatMode::NestedJson << 200 << QByteArray("confidence");
    QTest::newRow("429") << ChatMode::RateLimited << 429 << QByteArray("Rate limit");
    QTest::newRow("500") << ChatMode::InternalError << 500 << QByteArray("error");
    QTest::newRow("502") << ChatMode::BadGateway << 502 << QByteArray("error");
    QTest::newRow("503") << ChatMode::Unavailable << 503 << QByteArray("error");
    QTest::newRow("html200") << ChatMode::HtmlOk << 200 << QByteArray("<html>");
    QTest::newRow("html502") << ChatMode::HtmlBadGateway << 502 << QByteArray("<html>");
    QTest::newRow("error in 200") << ChatMode::ErrorInOk << 200 << QByteArray(R"("code":502)");
    QTest::newRow("401") << ChatMode::Unauthorized << 401 << QByteArray("error");
    QTest::newRow("402") << ChatMode::PaymentRequired << 402 << QByteArray("credits");
    QTest::newRow("403") << ChatMode::Moderation << 403 << QByteArray("moderation");
    QTest::newRow("400 model") << ChatMode::InvalidModel << 400
                               << QByteArray("not a valid model ID");
    QTest::newRow("404 model") << ChatMode::ModelNotFound << 404 << QByteArray("model not found");
    QTest::newRow("response_format")
        << ChatMode::RejectResponseFormat << 200 << QByteArray("catalogNumber");
}

void TestChatTestServer::modesAnswerWithTheirStatus()
{
    QFETCH(ChatMode, mode);
    QFETCH(int, status);
    QFETCH(QByteArray, bodyHas);
    ChatTestServer server("k");
    server.setMode(mode);
    const RawResponse response
        = exchange(server.port(), request("POST", "/v1/chat/completions", "k", chatBody(true)));
    QCOMPARE(response.status, status);
    QVERIFY2(response.body.contains(bodyHas), response.body.constData());
    if (mode == ChatMode::RateLimited)
        QVERIFY(response.head.contains("Retry-After: 1"));
}

void TestChatTestServer::redirectTargetRecordsAForwardedKey()
{
    // A client that follows redirects blindly leaks the key; the server must be able to see it.
    ChatTestServer server("secret-key");
    server.setMode(ChatMode::RedirectOtherOrigin);
    QNetworkAccessManager manager;
    QNetworkRequest naive(QUrl(server.baseUrl().toString() + QStringLiteral("/chat/completions")));
    naive.setRawHeader("Authorization", "Bearer secret-key");
    naive.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    naive.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                       QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = manager.post(naive, chatBody(true));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(20000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->url().port(), int(server.redirectPort()));
    QCOMPARE(server.redirectTargetRequestCount(), 1);
    QCOMPARE(server.redirectTargetAuthorizationCount(), 1);
    delete reply;
}

QTEST_GUILESS_MAIN(TestChatTestServer)
#include "tst_chattestserver.moc"
