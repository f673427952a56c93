#include "ChatTestServer.h"

#include "extraction/EndpointPreflight.h"
#include "extraction/ModelIdMatcher.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace herb;
using namespace herb::test;

namespace {

const QByteArray kKey = "sk-test-preflight-9876543210";

ChatClientSettings settingsFor(const ChatTestServer &server, const QString &model)
{
    ChatClientSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.model = model;
    settings.apiKey = QString::fromLatin1(kKey);
    settings.timeoutMs = 20000;
    return settings;
}

PreflightResult check(const ChatClientSettings &settings,
                      EndpointPreflight::KeyCheck keyCheck = EndpointPreflight::KeyCheck::Auto)
{
    EndpointPreflight preflight(settings);
    preflight.setKeyCheck(keyCheck);
    QSignalSpy spy(&preflight, &EndpointPreflight::finished);
    preflight.start();
    [&] {
        QVERIFY(preflight.isRunning());
        QCOMPARE(spy.size(), 0); // never from inside start()
        QVERIFY(spy.wait(30000));
    }();
    return spy.isEmpty() ? PreflightResult {} : spy.first().first().value<PreflightResult>();
}

} // namespace

class TestEndpointPreflight : public QObject
{
    Q_OBJECT

private slots:
    void goodKeyAndModel();
    void badKey();
    void unknownModelSuggestsTheClosest();
    void serverThatCannotListModels_data();
    void serverThatCannotListModels();
    void openRouterStyleKeyCheck();
    void openRouterStyleBadKeyStopsEarly();
    void unreachableServer();
    void unusableSettings();
    void blockingRun();
    void closestModelId();
};

void TestEndpointPreflight::goodKeyAndModel()
{
    ChatTestServer server(kKey);
    const PreflightResult result
        = check(settingsFor(server, QStringLiteral("google/gemini-2.5-flash")));
    QVERIFY2(result.passed(), qPrintable(result.message));
    QVERIFY(result.keyChecked);
    QVERIFY(result.keyOk);
    QVERIFY(result.modelChecked);
    QVERIFY(result.modelOk);
    QCOMPARE(result.availableModels.size(), 3);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests().first().path, QByteArray("/v1/models"));
    QCOMPARE(server.imagesReceived(), 0);
}

void TestEndpointPreflight::badKey()
{
    ChatTestServer server("another-key");
    const PreflightResult result = check(settingsFor(server, QStringLiteral("openai/gpt-4o-mini")));
    QVERIFY(!result.passed());
    QVERIFY(result.keyChecked);
    QVERIFY(!result.keyOk);
    QVERIFY(!result.modelChecked);
    QVERIFY2(result.message.contains(QStringLiteral("refused")), qPrintable(result.message));
    // The server echoes the refused key; the message must not.
    QVERIFY2(!result.message.contains(QString::fromLatin1(kKey)), qPrintable(result.message));
    QCOMPARE(server.chatCompletionCount(), 0);
}

void TestEndpointPreflight::unknownModelSuggestsTheClosest()
{
    ChatTestServer server(kKey);
    const PreflightResult result = check(settingsFor(server, QStringLiteral("openai/gpt-4o-mni")));
    QVERIFY(!result.passed());
    QVERIFY(result.keyOk);
    QVERIFY(result.modelChecked);
    QVERIFY(!result.modelOk);
    QCOMPARE(result.suggestedModel, QStringLiteral("openai/gpt-4o-mini"));
    QCOMPARE(result.message,
             QStringLiteral("unknown model 'openai/gpt-4o-mni'; did you mean "
                            "'openai/gpt-4o-mini'?"));

    const PreflightResult far = check(settingsFor(server, QStringLiteral("llama-3-8b-text")));
    QVERIFY(!far.modelOk);
    QVERIFY(far.suggestedModel.isEmpty());
    QVERIFY2(far.message.startsWith(QStringLiteral("unknown model 'llama-3-8b-text'")),
             qPrintable(far.message));
}

void TestEndpointPreflight::serverThatCannotListModels_data()
{
    QTest::addColumn<ModelsListing>("listing");
    QTest::newRow("404") << ModelsListing::NotFound;
    QTest::newRow("html") << ModelsListing::Html;
}

void TestEndpointPreflight::serverThatCannotListModels()
{
    QFETCH(ModelsListing, listing);
    ChatTestServer server(kKey);
    server.setModelsListing(listing);
    const PreflightResult result = check(settingsFor(server, QStringLiteral("whatever/model")));
    QVERIFY2(result.passed(), qPrintable(result.message));
    QVERIFY(result.reachable);
    QVERIFY(!result.keyChecked);
    QVERIFY(!result.modelChecked);
    QVERIFY2(result.message.contains(QStringLiteral("cannot list")), qPrintable(result.message));
}

void TestEndpointPreflight::openRouterStyleKeyCheck()
{
    ChatTestServer server(kKey);
    const PreflightResult result = check(settingsFor(server, QStringLiteral("openai/gpt-4o-mini")),
                                         EndpointPreflight::KeyCheck::KeyEndpoint);
    QVERIFY2(result.passed(), qPrintable(result.message));
    QVERIFY(result.keyChecked && result.keyOk && result.modelChecked && result.modelOk);
    const QList<RecordedRequest> requests = server.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).path, QByteArray("/v1/key"));
    QCOMPARE(requests.at(1).path, QByteArray("/v1/models"));
}

void TestEndpointPreflight::openRouterStyleBadKeyStopsEarly()
{
    ChatTestServer server("the-real-key");
    const PreflightResult result = check(settingsFor(server, QStringLiteral("openai/gpt-4o-mini")),
                                         EndpointPreflight::KeyCheck::KeyEndpoint);
    QVERIFY(!result.passed());
    QVERIFY(result.keyChecked);
    QVERIFY(!result.keyOk);
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(!result.message.contains(QString::fromLatin1(kKey)));
}

void TestEndpointPreflight::unreachableServer()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago and is closed now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    ChatClientSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    settings.model = QStringLiteral("m");
    settings.apiKey = QString::fromLatin1(kKey);
    const PreflightResult result = check(settings);
    QVERIFY(!result.reachable);
    QVERIFY(!result.keyChecked);
    QVERIFY2(result.message.startsWith(QStringLiteral("cannot reach 127.0.0.1")),
             qPrintable(result.message));
}

void TestEndpointPreflight::unusableSettings()
{
    ChatClientSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://models.example.org/v1"));
    settings.model = QStringLiteral("m");
    const PreflightResult result = check(settings);
    QVERIFY(!result.settingsOk);
    QVERIFY(!result.passed());
    QVERIFY(result.message.contains(QStringLiteral("plain http")));
}

void TestEndpointPreflight::blockingRun()
{
    ChatTestServer server(kKey);
    const PreflightResult result
        = EndpointPreflight::run(settingsFor(server, QStringLiteral("openai/gpt-4o-mini")));
    QVERIFY(result.passed());
    QVERIFY(result.modelOk);
}

void TestEndpointPreflight::closestModelId()
{
    QCOMPARE(ModelIdMatcher::editDistance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
    QCOMPARE(ModelIdMatcher::editDistance(QString(), QStringLiteral("abc")), 3);
    QCOMPARE(ModelIdMatcher::editDistance(QStringLiteral("GPT"), QStringLiteral("gpt")), 0);
    const QStringList ids { QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("openai/gpt-4o"),
                            QStringLiteral("google/gemini-2.5-flash") };
    QCOMPARE(ModelIdMatcher::closest(QStringLiteral("gpt-4o-mini"), ids), ids.at(0));
    QCOMPARE(ModelIdMatcher::closest(QStringLiteral("google/gemini-2.5-flsh"), ids), ids.at(2));
    QCOMPARE(ModelIdMatcher::closest(QStringLiteral("claude"), ids), QString());
    QCOMPARE(ModelIdMatcher::closest(QStringLiteral("x"), {}), QString());
}

QTEST_GUILESS_MAIN(TestEndpointPreflight)
#include "tst_endpointpreflight.moc"
