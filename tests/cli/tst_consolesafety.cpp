#include "ChatTestServer.h"
#include "CliRun.h"
#include "TestSupport.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;
using herb::test::ChatMode;
using herb::test::ChatTestServer;

// Issue 16, §4: file names, a model's answer, a server's message and the strings of a log or a
// truth table reach the console escaped, through the real executable: no line can be forged,
// no escape sequence reaches the terminal.
class TestConsoleSafety : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *kModel = test::kTestModel; // what the command line asks for

    using Outcome = test::CliOutcome;

    static void makeImage(const QString &path)
    {
        QImage image(200, 300, QImage::Format_RGB32);
        image.fill(QColor(240, 235, 220));
        QVERIFY(image.save(path, "JPEG"));
    }

    // No control character but line ends, no C1 control, no bidi override; and no line that
    // starts as a forged progress line would.
    static void verifyClean(const QByteArray &bytes, const char *forgedStart = "[99/99]")
    {
        for (const char c : bytes)
            QVERIFY2(uchar(c) >= 0x20 || c == '\n', bytes.constData());
        const QString text = QString::fromUtf8(bytes);
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            QVERIFY2(!(u >= 0x7f && u <= 0x9f) && !(u >= 0x202a && u <= 0x202e)
                         && !(u >= 0x2066 && u <= 0x2069),
                     bytes.constData());
        }
        for (const QByteArray &line : bytes.split('\n'))
            QVERIFY2(!line.trimmed().startsWith(forgedStart), bytes.constData());
    }

private Q_SLOTS:
    // A folder named "x.jpg\n[99" holding "99] ok forged.jpg": its specimen id, printed raw,
    // is a progress line of its own.
    void aFileNameCannotForgeAProgressLine()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("images/x.jpg\n[99"));
        QVERIFY(QDir().mkpath(folder));
        makeImage(folder + QStringLiteral("/99] ok forged.jpg"));
        const Outcome outcome = test::runAgainst(
            server, dir.filePath(QStringLiteral("images")), dir.filePath(QStringLiteral("run")),
            { QStringLiteral("--checkpoint"), QStringLiteral("1") });
        QCOMPARE(server.imagesReceived(), 1);
        verifyClean(outcome.err);
        verifyClean(outcome.out);
        QVERIFY2(outcome.err.contains("x.jpg\\n[99/99] ok forged.jpg"), outcome.err.constData());
    }

    // A model that answers escape sequences (set the title, clear the screen) and a bidi
    // override: the parse error quotes the answer's start, escaped; --dry-run prints the
    // record with them escaped too.
    void aModelAnswerCannotReachTheTerminal()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        server.setMode(ChatMode::GoodRecord);
        server.setRecordContent(QStringLiteral("\u001b]0;owned\u0007\u001b[2J\u001b[H\u009b2J "
                                               "The sheet \u202Egpj.exe shows a sedge.")
                                    .toUtf8());
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("images"))));
        makeImage(dir.filePath(QStringLiteral("images/a.jpg")));
        const Outcome outcome = test::runAgainst(server, dir.filePath(QStringLiteral("images")),
                                                 dir.filePath(QStringLiteral("run")),
                                                 { QStringLiteral("--dry-run") });
        QCOMPARE(server.imagesReceived(), 1);
        verifyClean(outcome.err);
        verifyClean(outcome.out);
        QVERIFY2(outcome.err.contains("\\u001B]0;owned\\u0007\\u001B[2J"), outcome.err.constData());
        QVERIFY2(outcome.err.contains("\\u202Egpj.exe"), outcome.err.constData());
    }

    // `replay` of a log someone else wrote: every string in it is shown escaped.
    void replayOfAHostileLogPrintsNoControl()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("events.jsonl"));
        // JSON escapes, so the file itself is plain ASCII; the reader turns them into controls.
        const QByteArray run = "\"run_id\":\"r\\u001b]0;owned\\u0007\",";
        const QByteArray at = "\"timestamp\":\"2026-11-27T20:51:00.000Z\",";
        QByteArray text;
        text += "{\"event_type\":\"extraction.started\"," + at + run
            + "\"seq\":1,\"data\":{\"session\":1,\"specimen_count\":1,\"pending\":1,"
              "\"model\":\"m\\u009b2J\"}}\n";
        text += "{\"event_type\":\"specimen.failed\"," + at + run
            + "\"seq\":2,\"data\":{\"specimen_id\":\"x.jpg\\n[99/99] ok "
              "forged.jpg\",\"sequence\":1,"
              "\"error\":{\"kind\":\"http\",\"status\":500,"
              "\"message\":\"\\u001b[2J\\u202Eevil\\nSTOPPED\"}}}\n";
        text += "{\"event_type\":\"x\\u001b[2J\\nRun forged\"," + at + run
            + "\"seq\":3,\"data\":{}}\n";
        text += "{\"event_type\":\"extraction.failed\"," + at + run
            + "\"seq\":4,\"data\":{\"reason\":\"fatal\\u001b[2J\",\"message\":\"a\\nRun "
              "forged\"}}\n";
        QVERIFY(test::writeFile(log, text));
        const Outcome outcome = test::runHerbstream({ QStringLiteral("replay"), log });
        QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
        verifyClean(outcome.out, "Run forged");
        verifyClean(outcome.err, "Run forged");
        QVERIFY2(outcome.out.contains("x.jpg\\n[99/99] ok forged.jpg"), outcome.out.constData());
        QVERIFY2(outcome.out.contains("\\u001B[2J\\u202Eevil\\nSTOPPED"), outcome.out.constData());
    }

    // `score`: the truth table's column names are printed in its table.
    void scoreEscapesTheTruthTablesNames()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("records.jsonl")), QByteArray()));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("truth.csv")),
                                "id,\"catalog\x1b[2J\nforged\xe2\x80\xae\"\na.jpg,1\n"));
        for (const bool json : { false, true }) {
            QStringList arguments { QStringLiteral("score"),
                                    dir.filePath(QStringLiteral("records.jsonl")),
                                    dir.filePath(QStringLiteral("truth.csv")) };
            if (json)
                arguments << QStringLiteral("--json");
            const Outcome outcome = test::runHerbstream(arguments);
            QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
            verifyClean(outcome.out, "forged");
            verifyClean(outcome.err, "forged");
            // The table escapes it; QJsonDocument writes \u001b in lower case.
            QVERIFY2(outcome.out.toLower().contains("catalog\\u001b[2j\\nforged\\u202e"),
                     outcome.out.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestConsoleSafety)
#include "tst_consolesafety.moc"
