// reviews.jsonl (core/review): appends survive a reopen, a torn tail is moved aside, a bad line
// in the middle is reported by its number, a second writer is refused naming the holder, and a
// writer killed with SIGKILL leaves every confirmed decision readable and no half line.

#include "TestSupport.h"
#include "review/ReviewLog.h"
#include "review/ReviewLogReader.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace herb;

namespace {

constexpr char kChildFolderVariable[] = "HERBSTREAM_REVIEW_CHILD_FOLDER";

ReviewEntry correction(const QString &specimen, const QString &field, const QString &before,
                       const QString &after)
{
    ReviewEntry entry;
    entry.specimenId = specimen;
    entry.sha256 = QStringLiteral("ab").repeated(32);
    entry.field = field;
    entry.before = before;
    entry.after = after;
    return entry;
}

ReviewEntry statusChange(const QString &specimen, ReviewStatus from, ReviewStatus to,
                         const QString &note = {})
{
    ReviewEntry entry;
    entry.specimenId = specimen;
    entry.statusFrom = from;
    entry.statusTo = to;
    entry.note = note;
    return entry;
}

QByteArray withLineReplaced(const QByteArray &bytes, int index, const QByteArray &line)
{
    QByteArrayList lines = bytes.split('\n');
    lines[index] = line;
    return lines.join('\n');
}

// The child of killedWriterLeavesNoHalfLine: appends decisions until it is killed, printing
// each one's number once append() has returned (the decision is then confirmed).
int appendUntilKilled(const QString &folder)
{
    QString error;
    auto log = ReviewLog::open(folder, &error);
    if (!log) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (int i = 0;; ++i) {
        // Long values, so that a write cut short would show as a half line.
        const QString value = QStringLiteral("value %1 ").arg(i) + QString(2000, QLatin1Char('x'));
        if (!log->append(correction(QStringLiteral("s%1.jpg").arg(i % 7),
                                    QStringLiteral("locality"), QString(), value),
                         &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}

} // namespace

class TestReviewLog : public QObject
{
    Q_OBJECT

private slots:
    void appendsSurviveAReopenInOrder()
    {
        QTemporaryDir run;
        QString error;
        {
            auto log = ReviewLog::open(run.path(), &error);
            QVERIFY2(log, qPrintable(error));
            QVERIFY2(
                log->append(correction(QStringLiteral("a.jpg"), QStringLiteral("locality"),
                                       QStringLiteral("Sta Cruz"), QStringLiteral("Santa Cruz")),
                            &error),
                qPrintable(error));
            QVERIFY(log->append(statusChange(QStringLiteral("a.jpg"), ReviewStatus::Unreviewed,
                                             ReviewStatus::Approved, QStringLiteral("checked")),
                                &error));
        }
        {
            auto log = ReviewLog::open(run.path(), &error);
            QVERIFY2(log, qPrintable(error));
            QCOMPARE(log->repairedBytes(), 0);
            log->setReviewer(QStringLiteral("Ana Curator"));
            QVERIFY(log->append(statusChange(QStringLiteral("b.jpg"), ReviewStatus::Unreviewed,
                                             ReviewStatus::Rejected),
                                &error));
        }
        const ReviewLogContents contents = readReviewLog(ReviewLog::pathIn(run.path()));
        QVERIFY2(contents.ok(), qPrintable(contents.error));
        QCOMPARE(contents.entries.size(), 3);
        const ReviewEntry &first = contents.entries.at(0);
        QCOMPARE(first.specimenId, QStringLiteral("a.jpg"));
        QCOMPARE(first.field, QStringLiteral("locality"));
        QCOMPARE(first.before, QStringLiteral("Sta Cruz"));
        QCOMPARE(first.after, QStringLiteral("Santa Cruz"));
        QVERIFY(!first.changesStatus());
        QCOMPARE(first.reviewer, ReviewLog::systemReviewer());
        QVERIFY(!first.appVersion.isEmpty());
        QVERIFY(qAbs(first.timestampMs - QDateTime::currentMSecsSinceEpoch()) < 60000);
        QCOMPARE(contents.entries.at(1).statusTo, ReviewStatus::Approved);
        QCOMPARE(contents.entries.at(1).note, QStringLiteral("checked"));
        QCOMPARE(contents.entries.at(2).statusTo, ReviewStatus::Rejected);
        QCOMPARE(contents.entries.at(2).reviewer, QStringLiteral("Ana Curator"));
        // One line per decision, each a JSON object jq can read.
        QCOMPARE(herb::test::readLines(ReviewLog::pathIn(run.path())).size(), 3);
    }

    void tornTailIsLeftOutByReadersAndMovedAsideByTheWriter()
    {
        QTemporaryDir run;
        const QString path = ReviewLog::pathIn(run.path());
        QString error;
        {
            auto log = ReviewLog::open(run.path(), &error);
            QVERIFY(log->append(correction(QStringLiteral("a.jpg"), QStringLiteral("country"),
                                           QString(), QStringLiteral("Peru")),
                                &error));
        }
        const QByteArray fragment = "{\"specimen_id\":\"b.jpg\",\"fie";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write(fragment);
        }
        ReviewLogContents contents = readReviewLog(path);
        QVERIFY2(contents.ok(), qPrintable(contents.error));
        QVERIFY(contents.tornTail);
        QCOMPARE(contents.entries.size(), 1);

        auto log = ReviewLog::open(run.path(), &error);
        QVERIFY2(log, qPrintable(error));
        QCOMPARE(log->repairedBytes(), fragment.size());
        QCOMPARE(herb::test::readFile(path + QLatin1String(".torn")), fragment + '\n');
        QVERIFY(log->append(correction(QStringLiteral("b.jpg"), QStringLiteral("country"),
                                       QString(), QStringLiteral("Chile")),
                            &error));
        contents = readReviewLog(path);
        QVERIFY(contents.ok());
        QVERIFY(!contents.tornTail);
        QCOMPARE(contents.entries.size(), 2);
        QCOMPARE(contents.entries.at(1).after, QStringLiteral("Chile"));
    }

    void badLineInTheMiddleIsReportedByItsNumber_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("cause");
        QTest::newRow("not JSON") << QByteArray("{\"specimen_id\":\"a.jpg\",garbage") << QString();
        QTest::newRow("not an object") << QByteArray("[1,2]") << QStringLiteral("JSON object");
        QTest::newRow("no specimen")
            << QByteArray("{\"field\":\"x\",\"after\":\"y\"}") << QStringLiteral("specimen_id");
        QTest::newRow("unknown status")
            << QByteArray("{\"specimen_id\":\"a.jpg\",\"status\":{\"from\":\"unreviewed\","
                          "\"to\":\"fine\"},\"timestamp\":\"2026-12-03T10:00:00.000Z\"}")
            << QStringLiteral("fine");
        QTest::newRow("empty line") << QByteArray() << QString();
    }

    void badLineInTheMiddleIsReportedByItsNumber()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, cause);
        QTemporaryDir run;
        const QString path = ReviewLog::pathIn(run.path());
        QString error;
        {
            auto log = ReviewLog::open(run.path(), &error);
            for (int i = 0; i < 4; ++i)
                QVERIFY(log->append(correction(QStringLiteral("s%1.jpg").arg(i),
                                               QStringLiteral("locality"), QString(),
                                               QStringLiteral("place %1").arg(i)),
                                    &error));
        }
        QVERIFY(herb::test::writeFile(path, withLineReplaced(herb::test::readFile(path), 2, line)));
        const ReviewLogContents contents = readReviewLog(path);
        QVERIFY(!contents.ok());
        QCOMPARE(contents.corruptLine, 3);
        QVERIFY2(contents.error.contains(QLatin1String("line 3")), qPrintable(contents.error));
        QVERIFY2(contents.error.contains(QLatin1String("reviews.jsonl")),
                 qPrintable(contents.error));
        if (!cause.isEmpty())
            QVERIFY2(contents.error.contains(cause), qPrintable(contents.error));
    }

    void secondWriterIsRefusedNamingTheHolder()
    {
        QTemporaryDir run;
        QString error;
        auto first = ReviewLog::open(run.path(), &error);
        QVERIFY2(first, qPrintable(error));
        QString refusal;
        QVERIFY(!ReviewLog::open(run.path(), &refusal));
        QVERIFY2(refusal.contains(QLatin1String("in use by another writer")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(refusal));
        QVERIFY2(refusal.contains(QLatin1String("reviews.jsonl")), qPrintable(refusal));
        // Readers need no lock: a second window opens read-only and still sees every line.
        QVERIFY(first->append(correction(QStringLiteral("a.jpg"), QStringLiteral("locality"),
                                         QString(), QStringLiteral("Lima")),
                              &error));
        QCOMPARE(readReviewLog(ReviewLog::pathIn(run.path())).entries.size(), 1);
        first.reset();
        QVERIFY2(ReviewLog::open(run.path(), &error), qPrintable(error));
    }

    void missingFolderIsNamed()
    {
        QTemporaryDir parent;
        const QString missing = parent.filePath(QStringLiteral("no-such-run"));
        QString error;
        QVERIFY(!ReviewLog::open(missing, &error));
        QVERIFY2(error.contains(QLatin1String("no-such-run")), qPrintable(error));
    }

    void killedWriterLeavesNoHalfLine()
    {
        QTemporaryDir run;
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QLatin1String(kChildFolderVariable), run.path());
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        int confirmed = -1;
        QByteArray pending;
        QDeadlineTimer deadline(60000);
        while (confirmed < 150 && !deadline.hasExpired()) {
            if (!child.waitForReadyRead(1000) && child.state() != QProcess::Running)
                break;
            pending += child.readAllStandardOutput();
            while (pending.contains('\n')) {
                const qsizetype end = pending.indexOf('\n');
                confirmed = pending.left(end).toInt();
                pending.remove(0, end + 1);
            }
        }
        QVERIFY2(confirmed >= 150, child.readAllStandardError().constData());
        child.kill(); // SIGKILL (TerminateProcess on Windows), amid further appends
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const QString path = ReviewLog::pathIn(run.path());
        ReviewLogContents contents = readReviewLog(path);
        QVERIFY2(contents.ok(), qPrintable(contents.error));
        QVERIFY(contents.entries.size() > confirmed);
        for (int i = 0; i <= confirmed; ++i)
            QVERIFY2(contents.entries.at(i).after.startsWith(QStringLiteral("value %1 ").arg(i)),
                     qPrintable(QString::number(i)));

        // The lock of a process that is gone is taken over; reopening shows the same state.
        QString error;
        auto log = ReviewLog::open(run.path(), &error);
        QVERIFY2(log, qPrintable(error));
        const QByteArray bytes = herb::test::readFile(path);
        QVERIFY(bytes.endsWith('\n'));
        const ReviewLogContents reopened = readReviewLog(path);
        QVERIFY(reopened.ok());
        QVERIFY(!reopened.tornTail);
        QCOMPARE(reopened.entries.size(), contents.entries.size());
    }
};

int main(int argc, char **argv)
{
    const QString childFolder = qEnvironmentVariable(kChildFolderVariable);
    QCoreApplication app(argc, argv);
    if (!childFolder.isEmpty())
        return appendUntilKilled(childFolder);
    TestReviewLog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reviewlog.moc"
