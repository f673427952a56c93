#include "TestSupport.h"
#include "dwc/AtomicFileWriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace herb;
using namespace std::chrono_literals;
using Outcome = ReplaceRetries::Outcome;

// The all-at-once replacement of exports, and its patience with a file another program holds
// open (Windows: a spreadsheet showing occurrence.csv).
class TestAtomicFileWriter : public QObject
{
    Q_OBJECT

private:
    // A retry policy that records its waits instead of sleeping.
    static ReplaceRetries recording(std::vector<std::chrono::milliseconds> *waits)
    {
        ReplaceRetries retries;
        retries.sleep = [waits](std::chrono::milliseconds wait) { waits->push_back(wait); };
        return retries;
    }

private Q_SLOTS:
    void replacesTheWholeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("occurrence.csv"));
        QVERIFY(writeFileAtomically(path, "old,content\n"));
        QVERIFY(writeFileAtomically(path, "new\n"));
        QCOMPARE(test::readFile(path), QByteArray("new\n"));
    }

    void aMissingFolderIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone/occurrence.csv"));
        QString error;
        QVERIFY(!writeFileAtomically(path, "x\n", &error));
        QVERIFY2(error.contains(QStringLiteral("occurrence.csv")), qPrintable(error));
    }

    void aLockThatEndsIsWaitedFor()
    {
        std::vector<std::chrono::milliseconds> waits;
        int calls = 0;
        QString error;
        const bool written = recording(&waits).run(
            [&](QString *cause) {
                ++calls;
                if (calls < 3) {
                    *cause = QStringLiteral("Access is denied");
                    return Outcome::Locked;
                }
                return Outcome::Written;
            },
            QStringLiteral("run/occurrence.csv"), &error);
        QVERIFY(written);
        QCOMPARE(calls, 3);
        QCOMPARE(waits, (std::vector<std::chrono::milliseconds> { 250ms, 500ms }));
        QVERIFY(error.isEmpty());
    }

    void aLockThatStaysIsExplained()
    {
        std::vector<std::chrono::milliseconds> waits;
        int calls = 0;
        QString error;
        const bool written = recording(&waits).run(
            [&](QString *cause) {
                ++calls;
                *cause = QStringLiteral("Access is denied");
                return Outcome::Locked;
            },
            QStringLiteral("run/occurrence.csv"), &error);
        QVERIFY(!written);
        QCOMPARE(calls, 6);
        QCOMPARE(waits.size(), size_t(5));
        QCOMPARE(waits.back(), 4000ms);
        QVERIFY2(error.contains(QStringLiteral("occurrence.csv"))
                     && error.contains(QStringLiteral("another program has it open"))
                     && error.contains(QStringLiteral("Access is denied")),
                 qPrintable(error));
    }

    void otherFailuresAreNotRetried()
    {
        std::vector<std::chrono::milliseconds> waits;
        int calls = 0;
        QString error;
        const bool written = recording(&waits).run(
            [&](QString *cause) {
                ++calls;
                *cause = QStringLiteral("No space left on device");
                return Outcome::Failed;
            },
            QStringLiteral("run/occurrence.csv"), &error);
        QVERIFY(!written);
        QCOMPARE(calls, 1);
        QVERIFY(waits.empty());
        QVERIFY2(error.contains(QStringLiteral("No space left on device"))
                     && !error.contains(QStringLiteral("another program")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFileWriter)
#include "tst_atomicfilewriter.moc"
