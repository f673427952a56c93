#include "extraction/ChatReplyClassifier.h"

#include <QTest>

using namespace herb;
using Disposition = ChatReplyClassifier::Disposition;

namespace {

ChatReplyClassifier::Outcome classify(int status, const QByteArray &body,
                                      bool sentResponseFormat = true)
{
    ChatReplyClassifier::Attempt attempt;
    attempt.httpStatus = status;
    attempt.body = body;
    attempt.sentResponseFormat = sentResponseFormat;
    return ChatReplyClassifier::classify(attempt, QDateTime::currentDateTimeUtc());
}

} // namespace

// The rules that need no server: the end-to-end mapping is in tst_chatcompletionclient.
class TestChatReplyClassifier : public QObject
{
    Q_OBJECT

private slots:
    void contentPartsAreJoined();
    void contentFilterIsModeration();
    void missingContentIsParse();
    void moderationInsideA200();
    void errorInsideA200WithoutCode();
    void otherClientErrorsFailAtOnce();
    void responseFormatRejection();
    void refusedRedirectAndLoops();
    void transportErrors();
    void serverMessageFromPages();
};

void TestChatReplyClassifier::contentPartsAreJoined()
{
    const auto outcome = classify(
        200,
        R"({"choices":[{"message":{"content":[{"type":"text","text":"{\"a\":"},)"
        R"({"type":"text","text":"1}"}]}}],"usage":{"prompt_tokens":7,"completion_tokens":2,"cost":0.0015}})");
    QCOMPARE(outcome.disposition, Disposition::Success);
    QCOMPARE(outcome.content, QStringLiteral("{\"a\":1}"));
    QCOMPARE(outcome.usage.promptTokens, 7);
    QCOMPARE(outcome.usage.completionTokens, 2);
    QCOMPARE(outcome.usage.cost, 0.0015);
}

void TestChatReplyClassifier::contentFilterIsModeration()
{
    const auto outcome = classify(
        200, R"({"choices":[{"message":{"content":null},"finish_reason":"content_filter"}]})");
    QCOMPARE(outcome.disposition, Disposition::Fail);
    QCOMPARE(outcome.error.kind, ErrorKind::Moderation);
    QVERIFY(!outcome.fatal);
}

void TestChatReplyClassifier::missingContentIsParse()
{
    const auto outcome = classify(200, R"({"choices":[]})");
    QCOMPARE(outcome.disposition, Disposition::Fail);
    QCOMPARE(outcome.error.kind, ErrorKind::Parse);
    QCOMPARE(classify(200, "[1,2]").error.kind, ErrorKind::Parse);
    QCOMPARE(classify(200, "").error.kind, ErrorKind::Parse);
}

void TestChatReplyClassifier::moderationInsideA200()
{
    const auto outcome
        = classify(200, R"({"error":{"message":"Input was flagged by moderation","code":403}})");
    QCOMPARE(outcome.disposition, Disposition::Fail);
    QCOMPARE(outcome.error.kind, ErrorKind::Moderation);
    QCOMPARE(outcome.error.status, 403);
}

void TestChatReplyClassifier::errorInsideA200WithoutCode()
{
    const auto outcome = classify(200, R"({"error":{"message":"something odd","code":"weird"}})");
    QCOMPARE(outcome.disposition, Disposition::Fail);
    QCOMPARE(outcome.error.kind, ErrorKind::Http);
    QCOMPARE(outcome.error.status, 200);
    QVERIFY(outcome.error.message.contains(QStringLiteral("something odd")));
}

void TestChatReplyClassifier::otherClientErrorsFailAtOnce()
{
    for (int status : { 400, 404, 403, 413, 422 }) {
        const auto outcome = classify(status, R"({"error":{"message":"image too large"}})");
        QCOMPARE(outcome.disposition, Disposition::Fail);
        QCOMPARE(outcome.error.kind, ErrorKind::Http);
        QCOMPARE(outcome.error.status, status);
        QVERIFY(!outcome.fatal);
    }
    QCOMPARE(classify(408, "{}").disposition, Disposition::Retry);
    QCOMPARE(classify(504, "{}").disposition, Disposition::Retry);
}

void TestChatReplyClassifier::responseFormatRejection()
{
    const QByteArray body = R"({"error":{"message":"response_format is not supported"}})";
    const auto withFormat = classify(400, body, true);
    QCOMPARE(withFormat.disposition, Disposition::Retry);
    QVERIFY(withFormat.responseFormatRejected);
    // Without response_format sent, the same words are an ordinary 400.
    const auto without = classify(400, body, false);
    QCOMPARE(without.disposition, Disposition::Fail);
    QVERIFY(!without.responseFormatRejected);
}

void TestChatReplyClassifier::refusedRedirectAndLoops()
{
    ChatReplyClassifier::Attempt attempt;
    attempt.httpStatus = 302;
    attempt.rejectedRedirect = QUrl(QStringLiteral("https://user:pw@evil.example/x?token=1"));
    auto outcome = ChatReplyClassifier::classify(attempt, QDateTime::currentDateTimeUtc());
    QCOMPARE(outcome.disposition, Disposition::Fail);
    QVERIFY(outcome.error.message.contains(QStringLiteral("https://evil.example/x")));
    QVERIFY(!outcome.error.message.contains(QStringLiteral("pw")));
    QVERIFY(!outcome.error.message.contains(QStringLiteral("token")));

    attempt = {};
    attempt.httpStatus = 307;
    attempt.tooManyRedirects = true;
    outcome = ChatReplyClassifier::classify(attempt, QDateTime::currentDateTimeUtc());
    QCOMPARE(outcome.disposition, Disposition::Fail);
    QVERIFY(outcome.error.message.contains(QStringLiteral("redirecting")));
}

void TestChatReplyClassifier::transportErrors()
{
    ChatReplyClassifier::Attempt attempt;
    attempt.transportError = QStringLiteral("Connection closed");
    auto outcome = ChatReplyClassifier::classify(attempt, QDateTime::currentDateTimeUtc());
    QCOMPARE(outcome.disposition, Disposition::Retry);
    QCOMPARE(outcome.error.kind, ErrorKind::Network);
    QCOMPARE(outcome.error.message, QStringLiteral("Connection closed"));

    attempt.timedOut = true;
    attempt.timeoutMs = 120000;
    outcome = ChatReplyClassifier::classify(attempt, QDateTime::currentDateTimeUtc());
    QCOMPARE(outcome.error.kind, ErrorKind::Timeout);
    QVERIFY(outcome.error.message.contains(QStringLiteral("120 s")));

    attempt.cancelled = true;
    outcome = ChatReplyClassifier::classify(attempt, QDateTime::currentDateTimeUtc());
    QCOMPARE(outcome.disposition, Disposition::Fail);
    QCOMPARE(outcome.error.kind, ErrorKind::Cancelled);
}

void TestChatReplyClassifier::serverMessageFromPages()
{
    QCOMPARE(ChatReplyClassifier::serverMessage("<html><body><h1>Bad</h1> gateway</body></html>"),
             QStringLiteral("Bad gateway"));
    QCOMPARE(ChatReplyClassifier::serverMessage(R"({"detail":"Not authenticated"})"),
             QStringLiteral("Not authenticated"));
    QCOMPARE(ChatReplyClassifier::serverMessage(R"({"error":"plain string"})"),
             QStringLiteral("plain string"));
    const QString longMessage = ChatReplyClassifier::serverMessage(QByteArray(5000, 'x'));
    QCOMPARE(longMessage.size(), ChatReplyClassifier::kMaxMessage);
}

QTEST_GUILESS_MAIN(TestChatReplyClassifier)
#include "tst_chatreplyclassifier.moc"
