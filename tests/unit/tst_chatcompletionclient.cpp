#include "ChatTestServer.h"

#include "extraction/ChatCompletionClient.h"
#include "extraction/ChatReplyClassifier.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace herb;
using namespace herb::test;

namespace {

const QByteArray kKey = "sk-or-v1-herbstream-test-0123456789abcdef";
const QString kModel = QStringLiteral("openai/gpt-4o-mini");
const QByteArray kJpeg = QByteArray("\xFF\xD8\xFF\xE0 not really a jpeg \xFF\xD9", 26);

ChatClientSettings settingsFor(const ChatTestServer &server)
{
    ChatClientSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.model = kModel;
    settings.apiKey = QString::fromLatin1(kKey);
    settings.timeoutMs = 20000;
    settings.maxRetries = 2;
    // Fast backoff keeps the suite quick; Retry-After is still honoured in full.
    settings.retryBaseDelayMs = 10;
    settings.retryMaxDelayMs = 40;
    return settings;
}

ChatResult extractOne(ChatCompletionClient &client, const QString &id = QStringLiteral("s1"))
{
    QSignalSpy spy(&client, &ChatCompletionClient::finished);
    client.extract(id, QStringLiteral("You transcribe herbarium labels."),
                   QStringLiteral("Return Darwin Core JSON."), kJpeg);
    if (!spy.wait(60000))
        return {};
    [&] { QCOMPARE(spy.first().at(0).toString(), id); }();
    return spy.first().at(1).value<ChatResult>();
}

} // namespace

class TestChatCompletionClient : public QObject
{
    Q_OBJECT

private slots:
    void sendsTheOpenAiRequestShape();
    void modeMapsToResult_data();
    void modeMapsToResult();
    void succeedsAfterTwo503();
    void honoursRetryAfter();
    void retriesADroppedConnection();
    void stalledServerTimesOut();
    void hugeAnswerHeadersAreNamed();
    void tricklingServerMeetsTheAttemptDeadline();
    void retryAfterWaitIsAnnouncedWithItsEnd();
    void retryWaitsStopAtTheCapPerRequest();
    void sameOriginRedirectIsFollowed();
    void otherOriginRedirectNeverGetsTheKey();
    void fallsBackWithoutResponseFormat();
    void keyNeverInResults();
    void twelveRequestsAreReallyConcurrent();
    void abortAllCancelsInFlightAndWaiting();
    void refusesPlainHttpToRemoteHosts();
    void retryAfterParsing();
};

void TestChatCompletionClient::sendsTheOpenAiRequestShape()
{
    ChatTestServer server(kKey);
    ChatClientSettings settings = settingsFor(server);
    settings.openRouterDenyDataCollection = true;
    settings.referer = QStringLiteral("https://example.org/herbstream");
    ChatCompletionClient client(settings);
    const ChatResult result = extractOne(client);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.attempts, 1);
    QCOMPARE(result.usage.promptTokens, 1234);
    QCOMPARE(result.usage.completionTokens, 56);
    QVERIFY(QJsonDocument::fromJson(result.content.toUtf8())
                .object()
                .contains(QStringLiteral("catalogNumber")));

    const QList<RecordedRequest> requests = server.chatRequests();
    QCOMPARE(requests.size(), 1);
    const RecordedRequest &request = requests.first();
    QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(request.header("authorization"), "Bearer " + kKey);
    QCOMPARE(request.header("x-title"), QByteArray("Herbstream"));
    QCOMPARE(request.header("http-referer"), QByteArray("https://example.org/herbstream"));
    const QJsonObject root = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(root.value(QStringLiteral("model")).toString(), kModel);
    QCOMPARE(root.value(QStringLiteral("response_format")).toObject().value(QStringLiteral("type")),
             QJsonValue(QStringLiteral("json_object")));
    QCOMPARE(
        root.value(QStringLiteral("provider")).toObject().value(QStringLiteral("data_collection")),
        QJsonValue(QStringLiteral("deny")));
    const QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("system"));
    const QJsonArray parts = messages.at(1).toObject().value(QStringLiteral("content")).toArray();
    QCOMPARE(parts.at(0).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Return Darwin Core JSON."));
    QCOMPARE(parts.at(1)
                 .toObject()
                 .value(QStringLiteral("image_url"))
                 .toObject()
                 .value(QStringLiteral("url"))
                 .toString(),
             QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(kJpeg.toBase64()));
    QCOMPARE(server.imagesReceived(), 1);
}

void TestChatCompletionClient::modeMapsToResult_data()
{
    QTest::addColumn<ChatMode>("mode");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("fatal");
    QTest::addColumn<int>("attempts"); // maxRetries is 2: a retried failure makes 3
    QTest::addColumn<QString>("says"); // in content when ok, else in the error message

    const QString none;
    QTest::newRow("good") << ChatMode::GoodRecord << true << none << 0 << false << 1
                          << QStringLiteral("Quercus robur");
    QTest::newRow("prose") << ChatMode::Prose << true << none << 0 << false << 1
                           << QStringLiteral("I'm sorry");
    QTest::newRow("empty") << ChatMode::EmptyObject << true << none << 0 << false << 1
                           << QStringLiteral("{}");
    QTest::newRow("fenced") << ChatMode::FencedJson << true << none << 0 << false << 1
                            << QStringLiteral("```json");
    QTest::newRow("nested") << ChatMode::NestedJson << true << none << 0 << false << 1
                            << QStringLiteral("confidence");
    QTest::newRow("html 200") << ChatMode::HtmlOk << false << nameOf(ErrorKind::Parse) << 200
                              << false << 1 << QStringLiteral("HTML");
    QTest::newRow("error in 200") << ChatMode::ErrorInOk << false << nameOf(ErrorKind::Http) << 502
                                  << false << 3 << QStringLiteral("Provider returned error");
    QTest::newRow("html 502") << ChatMode::HtmlBadGateway << false << nameOf(ErrorKind::Http) << 502
                              << false << 3 << QStringLiteral("502 Bad Gateway");
    QTest::newRow("500") << ChatMode::InternalError << false << nameOf(ErrorKind::Http) << 500
                         << false << 3 << QStringLiteral("Internal server error");
    QTest::newRow("502") << ChatMode::BadGateway << false << nameOf(ErrorKind::Http) << 502 << false
                         << 3 << QStringLiteral("Upstream");
    QTest::newRow("503") << ChatMode::Unavailable << false << nameOf(ErrorKind::Http) << 503
                         << false << 3 << QStringLiteral("unavailable");
    QTest::newRow("429") << ChatMode::RateLimited << false << nameOf(ErrorKind::Http) << 429
                         << false << 3 << QStringLiteral("Rate limit");
    QTest::newRow("drop") << ChatMode::DropConnection << false << nameOf(ErrorKind::Network) << 0
                          << false << -1 << QString();
    QTest::newRow("401") << ChatMode::Unauthorized << false << nameOf(ErrorKind::Http) << 401
                         << true << 1 << QStringLiteral("refused");
    QTest::newRow("402") << ChatMode::PaymentRequired << false << nameOf(ErrorKind::Http) << 402
                         << true << 1 << QStringLiteral("credit");
    QTest::newRow("403 moderation")
        << ChatMode::Moderation << false << nameOf(ErrorKind::Moderation) << 403 << false << 1
        << QStringLiteral("flagged");
    QTest::newRow("400 unknown model")
        << ChatMode::InvalidModel << false << nameOf(ErrorKind::Http) << 400 << true << 1
        << QStringLiteral("not a valid model ID");
    QTest::newRow("404 unknown model")
        << ChatMode::ModelNotFound << false << nameOf(ErrorKind::Http) << 404 << true << 1
        << QStringLiteral("model not found");
}

void TestChatCompletionClient::modeMapsToResult()
{
    QFETCH(ChatMode, mode);
    QFETCH(bool, ok);
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(bool, fatal);
    QFETCH(int, attempts);
    QFETCH(QString, says);
    ChatTestServer server(kKey);
    server.setMode(mode);
    server.setRetryAfter("0");
    ChatCompletionClient client(settingsFor(server));
    const ChatResult result = extractOne(client);
    QCOMPARE(result.ok, ok);
    QCOMPARE(nameOf(result.error.kind), kind);
    QCOMPARE(result.error.status, status);
    QCOMPARE(result.fatal, fatal);
    if (attempts > 0)
        QCOMPARE(result.attempts, attempts);
    else
        QVERIFY(result.attempts >= 3); // Qt may resend a dropped request once by itself
    QVERIFY(result.latencyMs >= 0);
    if (ok) {
        QVERIFY2(result.content.contains(says), qPrintable(result.content));
        QVERIFY(result.error.message.isEmpty());
    } else {
        QVERIFY2(result.error.message.contains(says, Qt::CaseInsensitive),
                 qPrintable(result.error.message));
    }
    QVERIFY(!result.error.message.contains(QString::fromLatin1(kKey)));
    QVERIFY(!result.rawBody.contains(kKey));
    QCOMPARE(client.pendingCount(), 0);
}

void TestChatCompletionClient::succeedsAfterTwo503()
{
    ChatTestServer server(kKey);
    server.setScript({ ChatMode::Unavailable, ChatMode::Unavailable });
    ChatClientSettings settings = settingsFor(server);
    settings.maxRetries = 4;
    ChatCompletionClient client(settings);
    const ChatResult result = extractOne(client);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.attempts, 3);
    QCOMPARE(server.chatCompletionCount(), 3);
}

void TestChatCompletionClient::honoursRetryAfter()
{
    ChatTestServer server(kKey);
    server.setScript({ ChatMode::RateLimited });
    server.setRetryAfter("1");
    ChatCompletionClient client(settingsFor(server)); // backoff alone would wait <= 10 ms
    const ChatResult result = extractOne(client);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.attempts, 2);
    const QList<RecordedRequest> requests = server.chatRequests();
    QCOMPARE(requests.size(), 2);
    const qint64 gap = requests.at(1).receivedMs - requests.at(0).receivedMs;
    QVERIFY2(gap >= 900, qPrintable(QString::number(gap)));
}

void TestChatCompletionClient::retriesADroppedConnection()
{
    ChatTestServer server(kKey);
    server.setScript({ ChatMode::DropConnection });
    ChatCompletionClient client(settingsFor(server));
    const ChatResult result = extractOne(client);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QVERIFY(server.chatCompletionCount() >= 2);
}

void TestChatCompletionClient::stalledServerTimesOut()
{
    ChatTestServer server(kKey);
    server.setMode(ChatMode::Stall);
    ChatClientSettings settings = settingsFor(server);
    settings.timeoutMs = 400;
    settings.maxRetries = 1;
    ChatCompletionClient client(settings);
    const ChatResult result = extractOne(client);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ErrorKind::Timeout);
    QCOMPARE(result.attempts, 2);
    QVERIFY(!result.fatal);
    QTRY_COMPARE_WITH_TIMEOUT(server.inFlight(), 0, 20000); // the client hung up
}

// Issue 16 §5: 2 MB of answer headers. Qt 6.4 drops a header block that large, then waits for
// the end of an answer whose length it no longer knows; the message must say what happened,
// not "no answer".
void TestChatCompletionClient::hugeAnswerHeadersAreNamed()
{
    QTcpServer raw; // QHttpServer cannot send a malformed answer
    QVERIFY(raw.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> answered;
    connect(&raw, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = raw.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &answered] {
                socket->readAll();
                if (answered.contains(socket))
                    return;
                answered.append(socket); // kept open: the answer never ends
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Big: "
                              + QByteArray(2 * 1024 * 1024, 'a')
                              + "\r\nContent-Length: 2\r\n\r\n{}");
            });
        }
    });
    ChatClientSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(raw.serverPort()));
    settings.model = kModel;
    settings.apiKey = QString::fromLatin1(kKey);
    // Qt needs about 1.3 s to take the 2 MB apart on this machine when idle, and over 5 s
    // while a build shares the cores: the silence that follows is what times out, as in the
    // report, so the timeout leaves room for the parse (10 s).
    settings.timeoutMs = 10000;
    settings.maxRetries = 0;
    ChatCompletionClient client(settings);
    const ChatResult result = extractOne(client);
    QCOMPARE(answered.size(), 1);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.message.contains(QLatin1String("answer headers too large")),
             qPrintable(result.error.message));
    // A server fault, so a checkpoint of such failures says "server failing", not "prompt".
    QCOMPARE(result.error.kind, ErrorKind::Network);
}

// A byte every 100 ms keeps the inactivity timer (1 s) quiet forever; only the total deadline
// per attempt ends it.
void TestChatCompletionClient::tricklingServerMeetsTheAttemptDeadline()
{
    ChatTestServer server(kKey);
    server.setMode(ChatMode::Trickle);
    server.setTrickleIntervalMs(100);
    ChatClientSettings settings = settingsFor(server);
    settings.timeoutMs = 1000;
    settings.attemptDeadlineMs = 1500;
    settings.maxRetries = 1;
    ChatCompletionClient client(settings);
    QSignalSpy spy(&client, &ChatCompletionClient::finished);
    client.extract(QStringLiteral("s1"), QString(), QStringLiteral("Return JSON."), kJpeg);
    QVERIFY2(spy.wait(30000), "a trickling server held the request past every deadline");
    const ChatResult result = spy.first().at(1).value<ChatResult>();
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ErrorKind::Timeout);
    QVERIFY2(result.error.message.contains(QStringLiteral("limit for one attempt")),
             qPrintable(result.error.message));
    QCOMPARE(result.attempts, 2);
    QTRY_COMPARE_WITH_TIMEOUT(server.inFlight(), 0, 20000); // the client hung up
}

void TestChatCompletionClient::retryAfterWaitIsAnnouncedWithItsEnd()
{
    ChatTestServer server(kKey);
    server.setScript({ ChatMode::RateLimited });
    server.setRetryAfter("1");
    ChatCompletionClient client(settingsFor(server));
    QSignalSpy waits(&client, &ChatCompletionClient::waiting);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const ChatResult result = extractOne(client);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(waits.size(), 1);
    QCOMPARE(waits.first().at(0).toString(), QStringLiteral("s1"));
    const qint64 until = waits.first().at(1).toLongLong();
    QVERIFY2(until >= before + 1000, qPrintable(QString::number(until - before)));
    QVERIFY2(waits.first().at(2).toString().contains(QStringLiteral("Retry-After 1 s")),
             qPrintable(waits.first().at(2).toString()));
}

// Retry-After: 99999 four times would hold a specimen for 20 minutes (clamped to 300 s each);
// the cap on the total wait fails it instead, and says why.
void TestChatCompletionClient::retryWaitsStopAtTheCapPerRequest()
{
    ChatTestServer server(kKey);
    server.setMode(ChatMode::RateLimited);
    server.setRetryAfter("99999");
    ChatClientSettings settings = settingsFor(server);
    settings.maxRetries = 4;
    settings.maxRetryAfterMs = 600; // each wait clamped here,
    settings.maxTotalRetryWaitMs = 1000; // so the second wait would pass the cap
    ChatCompletionClient client(settings);
    QSignalSpy waits(&client, &ChatCompletionClient::waiting);
    const ChatResult result = extractOne(client);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.status, 429);
    QCOMPARE(result.attempts, 2);
    QCOMPARE(waits.size(), 1);
    QVERIFY2(result.error.message.contains(QStringLiteral("limit of 1 s of waiting")),
             qPrintable(result.error.message));
}

void TestChatCompletionClient::sameOriginRedirectIsFollowed()
{
    ChatTestServer server(kKey);
    server.setScript({ ChatMode::RedirectSameOrigin });
    ChatCompletionClient client(settingsFor(server));
    const ChatResult result = extractOne(client);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    const QList<RecordedRequest> requests = server.chatRequests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).path, QByteArray("/v1/chat/completions-moved"));
    QCOMPARE(requests.at(1).header("authorization"), "Bearer " + kKey);
}

void TestChatCompletionClient::otherOriginRedirectNeverGetsTheKey()
{
    ChatTestServer server(kKey);
    server.setMode(ChatMode::RedirectOtherOrigin);
    ChatCompletionClient client(settingsFor(server));
    const ChatResult result = extractOne(client);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ErrorKind::Http);
    QVERIFY2(result.error.message.contains(QStringLiteral("another origin")),
             qPrintable(result.error.message));
    QVERIFY(result.error.message.contains(QString::number(server.redirectPort())));
    QCOMPARE(result.attempts, 1);
    QCOMPARE(server.redirectTargetAuthorizationCount(), 0);
    QCOMPARE(server.redirectTargetRequestCount(), 0);
}

void TestChatCompletionClient::fallsBackWithoutResponseFormat()
{
    ChatTestServer server(kKey);
    server.setMode(ChatMode::RejectResponseFormat);
    ChatCompletionClient client(settingsFor(server));
    const ChatResult result = extractOne(client);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.attempts, 2);
    QVERIFY(client.isResponseFormatDisabled());
    // Remembered: the next specimen goes without it at once.
    const ChatResult second = extractOne(client, QStringLiteral("s2"));
    QVERIFY(second.ok);
    QCOMPARE(second.attempts, 1);
    const QList<RecordedRequest> requests = server.chatRequests();
    QCOMPARE(requests.size(), 3);
    QVERIFY(requests.at(0).hasResponseFormat);
    QVERIFY(!requests.at(1).hasResponseFormat);
    QVERIFY(!requests.at(2).hasResponseFormat);
}

void TestChatCompletionClient::keyNeverInResults()
{
    // The server echoes a refused key in its 401 message, as some real servers do.
    ChatTestServer server("the-right-key");
    ChatCompletionClient client(settingsFor(server));
    const ChatResult result = extractOne(client);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.status, 401);
    QVERIFY(result.fatal);
    QVERIFY2(!result.error.message.contains(QString::fromLatin1(kKey)),
             qPrintable(result.error.message));
    QVERIFY(!result.rawBody.isEmpty());
    QVERIFY(!result.rawBody.contains(kKey));
    QVERIFY(result.rawBody.contains("[api key]"));
}

void TestChatCompletionClient::twelveRequestsAreReallyConcurrent()
{
    ChatTestServer server(kKey);
    // Long enough that all twelve are surely in flight at once on a loaded machine.
    server.setLatencyMs(1500);
    ChatCompletionClient client(settingsFor(server));
    QSignalSpy spy(&client, &ChatCompletionClient::finished);
    for (int i = 0; i < 12; ++i)
        client.extract(QString::number(i), QString(), QStringLiteral("prompt"), kJpeg);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 12, 60000);
    for (const QList<QVariant> &arguments : std::as_const(spy))
        QVERIFY(arguments.at(1).value<ChatResult>().ok);
    QCOMPARE(server.maxInFlight(), 12);
    QCOMPARE(client.managerCount(), 2);
}

void TestChatCompletionClient::abortAllCancelsInFlightAndWaiting()
{
    ChatTestServer server(kKey);
    server.setScript({ ChatMode::Stall, ChatMode::Stall, ChatMode::RateLimited });
    server.setRetryAfter("600"); // the 429 waits minutes to retry
    ChatCompletionClient client(settingsFor(server));
    QSignalSpy spy(&client, &ChatCompletionClient::finished);
    for (int i = 0; i < 3; ++i)
        client.extract(QString::number(i), QString(), QStringLiteral("prompt"), kJpeg);
    QTRY_COMPARE_WITH_TIMEOUT(server.chatCompletionCount(), 3, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(server.inFlight(), 2, 20000);
    QCOMPARE(spy.size(), 0);
    client.abortAll();
    QCOMPARE(spy.size(), 3);
    for (const QList<QVariant> &arguments : std::as_const(spy))
        QCOMPARE(arguments.at(1).value<ChatResult>().error.kind, ErrorKind::Cancelled);
    QCOMPARE(client.pendingCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(server.inFlight(), 0, 20000);
    QTest::qWait(100);
    QCOMPARE(spy.size(), 3); // nothing more arrives afterwards
}

void TestChatCompletionClient::refusesPlainHttpToRemoteHosts()
{
    ChatClientSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://models.example.org/v1"));
    settings.model = kModel;
    settings.apiKey = QString::fromLatin1(kKey);
    ChatCompletionClient client(settings);
    const ChatResult result = extractOne(client);
    QVERIFY(!result.ok);
    QVERIFY(result.fatal);
    QCOMPARE(result.attempts, 0);
    QVERIFY2(result.error.message.contains(QStringLiteral("plain http")),
             qPrintable(result.error.message));

    settings.allowInsecureRemoteHttp = true;
    QVERIFY(settings.endpointProblem().isEmpty());
    settings.baseUrl = QUrl(QStringLiteral("http://localhost:8080/v1"));
    settings.allowInsecureRemoteHttp = false;
    QVERIFY(settings.endpointProblem().isEmpty());
    settings.baseUrl = QUrl(QStringLiteral("http://[::1]:8080/v1"));
    QVERIFY(settings.endpointProblem().isEmpty());
}

void TestChatCompletionClient::retryAfterParsing()
{
    const QDateTime now = QDateTime(QDate(2015, 10, 21), QTime(7, 27, 58), Qt::UTC);
    QCOMPARE(ChatReplyClassifier::parseRetryAfterMs("3", now), 3000);
    QCOMPARE(ChatReplyClassifier::parseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", now), 2000);
    QCOMPARE(ChatReplyClassifier::parseRetryAfterMs("Wed, 21 Oct 2015 07:00:00 GMT", now), 0);
    QCOMPARE(ChatReplyClassifier::parseRetryAfterMs("soon", now), -1);
    QCOMPARE(ChatReplyClassifier::parseRetryAfterMs("", now), -1);
}

QTEST_GUILESS_MAIN(TestChatCompletionClient)
#include "tst_chatcompletionclient.moc"
