#include "TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// `herbstream gui` given what the desktop entry passes (Exec=herbstream gui %f): a run's
// events.jsonl or a run folder opens the run to watch; --start with one is a usage error.
class TestGuiCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_runFolder;

    static QProcessEnvironment offscreen()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return environment;
    }

    // The window stays up (it is stopped by the test) instead of exiting on its arguments.
    static void expectWindowStaysOpen(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(offscreen());
        process.start(QStringLiteral(HERBSTREAM_EXE),
                      QStringList { QStringLiteral("gui") } + arguments);
        QVERIFY(process.waitForStarted());
        QVERIFY2(!process.waitForFinished(2000), process.readAllStandardError().constData());
        QCOMPARE(process.state(), QProcess::Running);
        process.kill();
        process.waitForFinished();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_runFolder = m_dir.filePath(QStringLiteral("run"));
        QProcess demo;
        demo.start(QStringLiteral(HERBSTREAM_EXE),
                   { QStringLiteral("demo"), QStringLiteral("healthy"), QStringLiteral("--count"),
                     QStringLiteral("10"), QStringLiteral("--latency-ms"), QStringLiteral("1"),
                     QStringLiteral("--out"), m_runFolder });
        QVERIFY(demo.waitForFinished(60000));
        QCOMPARE(demo.exitCode(), 0);
        QVERIFY(QFileInfo::exists(m_runFolder + QStringLiteral("/events.jsonl")));
    }

    void startWithAnEventLogIsAUsageError()
    {
        QProcess process;
        process.setProcessEnvironment(offscreen());
        process.start(QStringLiteral(HERBSTREAM_EXE),
                      { QStringLiteral("gui"), m_runFolder + QStringLiteral("/events.jsonl"),
                        QStringLiteral("--start") });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--start needs a folder of images"));
    }

    void opensAnEventLog()
    {
        expectWindowStaysOpen({ m_runFolder + QStringLiteral("/events.jsonl") });
    }

    void opensARunFolder() { expectWindowStaysOpen({ m_runFolder }); }
};

QTEST_GUILESS_MAIN(TestGuiCommand)
#include "tst_guicommand.moc"
