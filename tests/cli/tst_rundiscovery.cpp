#include "ChatTestServer.h"
#include "CliRun.h"
#include "TestImages.h"
#include "run/RecordStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace herb;
using herb::test::ChatMode;
using herb::test::ChatTestServer;

// `herbstream run` on folders with what a real share holds: copies of the same sheet, names
// that are not UTF-8, FIFOs, broken links, links out of the folder; resumes with another
// folder, prompt or model; a server that asks to wait (issue 16, §2 and §3).
class TestRunDiscovery : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *kModel = test::kTestModel; // what the command line asks for

    using Outcome = test::CliOutcome;

    static constexpr QSize kSheetSize { 160, 240 };

    // specimen id -> reason of every specimen.skipped in the log
    static QMap<QString, QString> skipped(const QString &runFolder)
    {
        QMap<QString, QString> result;
        for (const Event &event : test::runEvents(runFolder)) {
            if (const auto *p = event.as<SpecimenSkipped>())
                result.insert(p->specimenId, p->reason);
        }
        return result;
    }

    static QList<ValidationWarning> warnings(const QString &runFolder)
    {
        QList<ValidationWarning> result;
        for (const Event &event : test::runEvents(runFolder)) {
            if (const auto *p = event.as<ValidationWarning>())
                result.append(*p);
        }
        return result;
    }

    static bool copy(const QString &from, const QString &to)
    {
        return QDir().mkpath(QFileInfo(to).absolutePath()) && QFile::copy(from, to);
    }

private Q_SLOTS:
    // Two files with the same content were both sent and exported: two rows with the same
    // occurrenceID, which GBIF refuses.
    void duplicatesAreSentOnceAndExportedOnce()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        test::writeSheets(images, 5, kSheetSize);
        QVERIFY(copy(images + QLatin1String("/sheet_002.jpg"),
                     images + QLatin1String("/copies/sheet_002 (1).jpg")));
        QVERIFY(
            copy(images + QLatin1String("/sheet_002.jpg"), images + QLatin1String("/zz_copy.jpg")));
        const QString out = dir.filePath(QStringLiteral("run"));

        const Outcome first = test::runAgainst(server, images, out);
        QVERIFY2(first.exitCode == 0, first.err.right(2000).constData());
        QCOMPARE(server.imagesReceived(), 5);
        QCOMPARE(test::occurrenceRowCount(out), 5);
        QVERIFY2(first.err.contains("same content"), first.err.constData());

        // The first in id order is the processed copy; the others are reported, and recorded.
        const QString kept = QStringLiteral("copies/sheet_002 (1).jpg");
        const QMap<QString, QString> skips = skipped(out);
        QCOMPARE(skips.keys(),
                 QStringList({ QStringLiteral("sheet_002.jpg"), QStringLiteral("zz_copy.jpg") }));
        for (const QString &reason : skips)
            QCOMPARE(reason, QStringLiteral("duplicate of %1 (same content)").arg(kept));
        QString error;
        const auto finals = RecordStore::readFinal(out + QLatin1String("/records.jsonl"), &error);
        QCOMPARE(finals.size(), 5);
        QCOMPARE(finals.value(kept).duplicatePaths,
                 QStringList({ QStringLiteral("sheet_002.jpg"), QStringLiteral("zz_copy.jpg") }));

        // On resume, a new copy that sorts first is not sent again: the copy that already
        // succeeded stays the processed one.
        QVERIFY(copy(images + QLatin1String("/sheet_002.jpg"),
                     images + QLatin1String("/a_new_copy.jpg")));
        const Outcome resumed
            = test::runAgainst(server, images, out, { QStringLiteral("--resume") });
        QVERIFY2(resumed.exitCode == 0, resumed.err.right(2000).constData());
        QCOMPARE(server.imagesReceived(), 5);
        QCOMPARE(test::occurrenceRowCount(out), 5);
        QCOMPARE(skipped(out).value(QStringLiteral("a_new_copy.jpg")),
                 QStringLiteral("duplicate of %1 (same content)").arg(kept));
    }

    void unprocessableFilesAreReported()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("raw file names, FIFOs and links are tested on Linux");
#else
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        QTemporaryDir dir;
        QTemporaryDir outside;
        const QString images = dir.filePath(QStringLiteral("images"));
        test::writeSheets(images, 5, kSheetSize);
        test::writeSheets(outside.path(), 3, kSheetSize, 10);
        const QByteArray raw = QFile::encodeName(images)
            + "/Qu\xe9"
              "bec.jpg";
        QVERIFY(QFile::copy(images + QLatin1String("/sheet_000.jpg"),
                            images + QLatin1String("/tmp.jpg")));
        QCOMPARE(::rename(QFile::encodeName(images + QLatin1String("/tmp.jpg")).constData(),
                          raw.constData()),
                 0);
        QCOMPARE(::mkfifo(QFile::encodeName(images + QLatin1String("/pipe.jpg")).constData(), 0644),
                 0);
        QVERIFY(QFile::link(images + QLatin1String("/nowhere.jpg"),
                            images + QLatin1String("/broken.jpg")));
        QVERIFY(QFile::link(outside.path(), images + QLatin1String("/usr-like")));
        const QString out = dir.filePath(QStringLiteral("run"));

        const Outcome outcome = test::runAgainst(server, images, out);
        QVERIFY2(outcome.exitCode == 0, outcome.err.right(2000).constData());
        QCOMPARE(server.imagesReceived(), 5); // the linked folder's 3 were not followed
        const QMap<QString, QString> skips = skipped(out);
        QCOMPARE(skips.size(), 4);
        QVERIFY(skips.value(QStringLiteral("pipe.jpg")).contains(QStringLiteral("FIFO")));
        QVERIFY(skips.value(QStringLiteral("broken.jpg")).contains(QStringLiteral("broken link")));
        QVERIFY(skips.value(QStringLiteral("usr-like")).contains(QStringLiteral("outside")));
        QVERIFY(skips.value(QStringLiteral("Qu\uFFFDbec.jpg")).contains(QStringLiteral("UTF-8")));
        for (const char *name : { "pipe.jpg", "broken.jpg", "usr-like", "UTF-8" })
            QVERIFY2(outcome.err.contains(name), outcome.err.constData());
#endif
    }

    // A resume with another folder mixed two sets in one CSV, silently.
    void resumeWithAnotherFolderIsRefused()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        const QString others = dir.filePath(QStringLiteral("others"));
        test::writeSheets(images, 5, kSheetSize);
        test::writeSheets(others, 5, kSheetSize, 20);
        const QString out = dir.filePath(QStringLiteral("run"));
        QCOMPARE(test::runAgainst(server, images, out).exitCode, 0);
        QCOMPARE(server.imagesReceived(), 5);

        const Outcome refused
            = test::runAgainst(server, others, out, { QStringLiteral("--resume") });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--allow-folder-change"), refused.err.constData());
        QCOMPARE(server.imagesReceived(), 5);

        // A first session killed before run.json was written: the log says which folder.
        QVERIFY(QFile::remove(out + QLatin1String("/run.json")));
        QCOMPARE(test::runAgainst(server, others, out, { QStringLiteral("--resume") }).exitCode, 2);
        QCOMPARE(server.imagesReceived(), 5);

        // The same folder by another path is the same folder.
        const Outcome same = test::runAgainst(server, images + QLatin1String("/../images/"), out,
                                              { QStringLiteral("--resume") });
        QVERIFY2(same.exitCode == 0, same.err.right(2000).constData());
        QCOMPARE(server.imagesReceived(), 5);

        const Outcome allowed = test::runAgainst(
            server, others, out,
            { QStringLiteral("--resume"), QStringLiteral("--allow-folder-change") });
        QVERIFY2(allowed.exitCode == 0, allowed.err.right(2000).constData());
        QCOMPARE(server.imagesReceived(), 10);
    }

    void changedModelOnResumeIsSaidOnTheConsole()
    {
        ChatTestServer server;
        const QString other = QStringLiteral("vision/other-model");
        server.setModels({ QString::fromLatin1(kModel), other });
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        test::writeSheets(images, 7, kSheetSize);
        const QString out = dir.filePath(QStringLiteral("run"));
        QCOMPARE(test::runAgainst(server, images, out,
                                  { QStringLiteral("--limit"), QStringLiteral("5") })
                     .exitCode,
                 0);
        QStringList resumeArgs
            = test::runCommandLine(server, images, out, { QStringLiteral("--resume") });
        resumeArgs[resumeArgs.indexOf(QString::fromLatin1(kModel))] = other;
        const Outcome resumed = test::runHerbstream(server, resumeArgs);
        QVERIFY2(resumed.exitCode == 0, resumed.err.right(2000).constData());
        QVERIFY2(resumed.err.contains("another model than the previous one (vision/test-model → "
                                      "vision/other-model)"),
                 resumed.err.constData());
        QVERIFY(!resumed.err.contains("another prompt"));
    }

    // A 429 with a long Retry-After waited in silence: the wait is said, with its end, and a
    // wait longer than the stall interval raises the stall warning at once.
    void serverAskingToWaitIsSaidAndRaisesTheStallWarning()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        server.setScript({ ChatMode::RateLimited });
        server.setRetryAfter("3");
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("images"));
        test::writeSheets(images, 1, kSheetSize);
        const QString out = dir.filePath(QStringLiteral("run"));
        const Outcome outcome = test::runAgainst(
            server, images, out, { QStringLiteral("--stall-seconds"), QStringLiteral("1") });
        QVERIFY2(outcome.exitCode == 0, outcome.err.right(2000).constData());
        QCOMPARE(server.chatCompletionCount(), 2);
        QVERIFY2(outcome.err.contains("the run waits 3 s, until"), outcome.err.constData());
        const QList<ValidationWarning> all = warnings(out);
        const auto stalled = std::find_if(all.cbegin(), all.cend(), [](const ValidationWarning &w) {
            return w.reason == WarningReason::Stalled
                && w.message.contains(QStringLiteral("Retry-After 3 s"));
        });
        QVERIFY(stalled != all.cend());
        QVERIFY2(stalled->message.contains(QStringLiteral("longer than the stall interval")),
                 qPrintable(stalled->message));
        QCOMPARE(stalled->waitSeconds, qint64(3)); // read back from the log
    }
};

QTEST_GUILESS_MAIN(TestRunDiscovery)
#include "tst_rundiscovery.moc"
