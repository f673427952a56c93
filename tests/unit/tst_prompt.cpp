#include "extraction/Prompt.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;

// Reading prompt files as users write them: on any system, with any editor.
class TestPrompt : public QObject
{
    Q_OBJECT

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void windowsLineEndingsReachTheModelAsUnixOnes()
    {
        const QString unix = write(QStringLiteral("unix.prompt"),
                                   "Read the label.\nAnswer in JSON.\n\nExample: 019121\n");
        const QString windows
            = write(QStringLiteral("windows.prompt"),
                    "Read the label.\r\nAnswer in JSON.\r\n\r\nExample: 019121\r\n");
        QString error;
        const auto fromUnix = Prompt::load(unix, &error);
        const auto fromWindows = Prompt::load(windows, &error);
        QVERIFY2(fromUnix && fromWindows, qPrintable(error));
        QVERIFY(!fromWindows->user().contains(QLatin1Char('\r')));
        QCOMPARE(fromWindows->user(), fromUnix->user());
        QCOMPARE(fromWindows->sha256(), fromUnix->sha256());
    }

    void oldMacLineEndingsAndAByteOrderMarkAreRead()
    {
        const QString path
            = write(QStringLiteral("mac.prompt"), "\xEF\xBB\xBFRead the label.\rAnswer in JSON.\r");
        QString error;
        const auto prompt = Prompt::load(path, &error);
        QVERIFY2(prompt, qPrintable(error));
        QCOMPARE(prompt->user(), QStringLiteral("Read the label.\nAnswer in JSON."));
    }

    void aPairWithWindowsLineEndingsHasNoCarriageReturn()
    {
        write(QStringLiteral("pair.system.prompt"), "You read herbarium labels.\r\n");
        write(QStringLiteral("pair.user.prompt"), "Give catalogNumber\r\nas JSON.\r\n");
        QString error;
        const auto prompt = Prompt::load(m_dir.filePath(QStringLiteral("pair")), &error);
        QVERIFY2(prompt, qPrintable(error));
        QCOMPARE(prompt->system(), QStringLiteral("You read herbarium labels."));
        QCOMPARE(prompt->user(), QStringLiteral("Give catalogNumber\nas JSON."));
    }

    void badFilesAreNamed()
    {
        QString error;
        const QString empty = write(QStringLiteral("empty.prompt"), " \r\n\r\n");
        QVERIFY(!Prompt::load(empty, &error));
        QVERIFY2(error.contains(QStringLiteral("empty.prompt"))
                     && error.contains(QStringLiteral("empty")),
                 qPrintable(error));

        const QString latin1
            = write(QStringLiteral("latin1.prompt"), "R\xE9sum\xE9 de l'\xE9tiquette");
        QVERIFY(!Prompt::load(latin1, &error));
        QVERIFY2(error.contains(QStringLiteral("latin1.prompt"))
                     && error.contains(QStringLiteral("UTF-8")),
                 qPrintable(error));

        QVERIFY(!Prompt::load(m_dir.filePath(QStringLiteral("missing.prompt")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing.prompt")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPrompt)
#include "tst_prompt.moc"
