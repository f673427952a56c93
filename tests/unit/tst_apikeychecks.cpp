#include "extraction/ApiKeyChecks.h"
#include "extraction/ChatClientSettings.h"

#include <QTest>

using namespace herb;

// Issue 16 §5: a key given where the variable's name belongs, or a key with a line end, is
// refused with a message that never repeats the value.
class TestApiKeyChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variableNamesAreAccepted_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("default") << QStringLiteral("OPENROUTER_API_KEY");
        QTest::newRow("underscore first") << QStringLiteral("_key2");
        QTest::newRow("one letter") << QStringLiteral("K");
    }
    void variableNamesAreAccepted()
    {
        QFETCH(QString, name);
        QVERIFY(apiKeyEnvNameProblem(name).isEmpty());
    }

    void keysAndOtherValuesAreRefusedWithoutEcho_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("looksLikeKey");
        QTest::newRow("openrouter key")
            << QStringLiteral("sk-or-v1-0123456789abcdef0123456789abcdef0123456789") << true;
        QTest::newRow("openai key") << QStringLiteral("sk-proj-Abc123") << true;
        QTest::newRow("digit first") << QStringLiteral("1KEY") << false;
        QTest::newRow("dash") << QStringLiteral("MY-KEY") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("line break") << QStringLiteral("KEY\nX") << false;
    }
    void keysAndOtherValuesAreRefusedWithoutEcho()
    {
        QFETCH(QString, value);
        QFETCH(bool, looksLikeKey);
        const QString problem = apiKeyEnvNameProblem(value);
        QVERIFY(!problem.isEmpty());
        if (!value.isEmpty())
            QVERIFY2(!problem.contains(value), qPrintable(problem));
        QCOMPARE(problem.contains(QLatin1String("not the key itself")), looksLikeKey);
    }

    void keyWithALineEndIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("LF") << QStringLiteral("sk-or-v1-secret0123\n");
        QTest::newRow("CRLF") << QStringLiteral("sk-or-v1-secret0123\r\n");
        QTest::newRow("CR inside") << QStringLiteral("sk-or-v1-sec\rret0123");
    }
    void keyWithALineEndIsRefused()
    {
        QFETCH(QString, key);
        const QString problem = apiKeyProblem(key);
        QVERIFY(problem.contains(QLatin1String("line break")));
        QVERIFY(!problem.contains(QLatin1String("secret")));
        // The engine's settings refuse it too, so no request is ever built with it.
        ChatClientSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
        settings.model = QStringLiteral("m");
        settings.apiKey = key;
        QCOMPARE(settings.endpointProblem(), problem);
        settings.apiKey = QStringLiteral("sk-or-v1-secret0123");
        QVERIFY(settings.endpointProblem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiKeyChecks)
#include "tst_apikeychecks.moc"
