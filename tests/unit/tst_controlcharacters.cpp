#include "monitor/ConsoleReporter.h"
#include "util/ControlCharacters.h"

#include <QFile>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>

using namespace herb;

// Issue 16, §4: nothing a file name, a model or a server writes can act on the terminal. The
// escaping itself, then ConsoleReporter, which prints every event's strings.
class TestControlCharacters : public QObject
{
    Q_OBJECT

private:
    // A folder named "x.jpg\n[99" holding "99] ok forged.jpg": printed raw, the second half
    // is a progress line of its own.
    static QString forgedId() { return QStringLiteral("x.jpg\n[99/99] ok forged.jpg"); }

    static SpecimenFinished finishedSpecimen(const QString &id)
    {
        SpecimenFinished f;
        f.specimenId = id;
        f.fieldsExtracted = 3;
        f.latencyMs = 1200;
        return f;
    }

    // What a reporter in `mode` writes for `events`, through a real FILE.
    static QByteArray printed(ConsoleReporter::Mode mode, const QList<Event> &events)
    {
        QTemporaryFile file;
        if (!file.open())
            return {};
        FILE *stream = std::fopen(QFile::encodeName(file.fileName()).constData(), "wb");
        if (!stream)
            return {};
        {
            ConsoleReporter reporter(stream, mode);
            for (const Event &event : events)
                reporter.report(event);
            reporter.finish();
        }
        std::fclose(stream);
        return file.readAll();
    }

    static QList<Event> hostileRun()
    {
        ExtractionStarted started;
        started.pendingCount = 2;
        started.specimenCount = 2;
        started.details.insert(QStringLiteral("engine"), QStringLiteral("openai"));
        started.details.insert(QStringLiteral("model"), QStringLiteral("m\u001b]0;owned\u0007"));
        SpecimenFinished bad = finishedSpecimen(QStringLiteral("b\u202Egpj.exe"));
        bad.error = { ErrorKind::Parse, 0,
                      QStringLiteral("no JSON object; it starts with \"\u001b[2J\u001b[H\"") };
        return { Event::started(started), Event::completed(finishedSpecimen(forgedId())),
                 Event::failed(bad),
                 Event::extractionFailed(FailureReason::FatalError,
                                         QStringLiteral("HTTP 500: \u009b31mred\nline")) };
    }

    // Lines mode (a pipe, a log file) writes no ESC at all; the bar writes only its own.
    static void verifyOnlyOwnControls(const QByteArray &out)
    {
        QByteArray rest = out;
        rest.replace("\r\x1b[2K", "");
        for (const char c : rest)
            QVERIFY2(uchar(c) >= 0x20 || c == '\n', out.toHex().constData());
        const QString text = QString::fromUtf8(out);
        for (const QChar c : text)
            QVERIFY2(!(c.unicode() >= 0x80 && c.unicode() <= 0x9f) && c != QChar(u'\u202E'),
                     qPrintable(text));
        for (const QString &line : text.split(QLatin1Char('\n')))
            QVERIFY2(
                !line.section(QLatin1Char('\r'), -1).trimmed().startsWith(QLatin1String("[99/99]")),
                qPrintable(text));
    }

private Q_SLOTS:
    void escapesEveryControl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("box12/specimen_005.jpg")
                               << QStringLiteral("box12/specimen_005.jpg");
        QTest::newRow("accents and CJK")
            << QStringLiteral("Québec/植物.jpg") << QStringLiteral("Québec/植物.jpg");
        QTest::newRow("windows path")
            << QStringLiteral("C:\\sheets\\a.jpg") << QStringLiteral("C:\\sheets\\a.jpg");
        QTest::newRow("line break")
            << forgedId() << QStringLiteral("x.jpg\\n[99/99] ok forged.jpg");
        QTest::newRow("cr and tab") << QStringLiteral("a\rb\tc") << QStringLiteral("a\\rb\\tc");
        QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("x")
                             << QStringLiteral("\\u0000x");
        QTest::newRow("title") << QStringLiteral("\u001b]0;owned\u0007")
                               << QStringLiteral("\\u001B]0;owned\\u0007");
        QTest::newRow("clear") << QStringLiteral("\u001b[2J") << QStringLiteral("\\u001B[2J");
        QTest::newRow("del") << QStringLiteral("a\u007f") << QStringLiteral("a\\u007F");
        QTest::newRow("c1 csi") << QStringLiteral("\u009b31m") << QStringLiteral("\\u009B31m");
        QTest::newRow("rlo") << QStringLiteral("a\u202Egpj.exe")
                             << QStringLiteral("a\\u202Egpj.exe");
        QTest::newRow("isolates") << QStringLiteral("\u2066\u2067\u2068\u2069")
                                  << QStringLiteral("\\u2066\\u2067\\u2068\\u2069");
        QTest::newRow("marks") << QStringLiteral("\u200e\u200f\u061c")
                               << QStringLiteral("\\u200E\\u200F\\u061C");
        QTest::newRow("separators")
            << QStringLiteral("a\u2028b\u2029") << QStringLiteral("a\\u2028b\\u2029");
    }

    void escapesEveryControl()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(escapeForConsole(text), expected);
    }

    void wholeTextsKeepTheirLines()
    {
        QCOMPARE(escapeForConsole(QStringLiteral("one\ntwo\u001b[2J\n"), LineBreaks::Keep),
                 QStringLiteral("one\ntwo\\u001B[2J\n"));
        QCOMPARE(escapeForConsole(QStringLiteral("a\r\n"), LineBreaks::Keep),
                 QStringLiteral("a\\r\n"));
    }

    void exportsLoseHiddenControls()
    {
        const QString nulFormula = QString(QChar(0)) + QStringLiteral("=cmd");
        QCOMPARE(withoutHiddenControls(nulFormula), QStringLiteral("=cmd"));
        QCOMPARE(withoutHiddenControls(QStringLiteral("\u202E\u2066a\u2069\u001b\u0085b")),
                 QStringLiteral("ab"));
        // Line breaks and tabs are the writers' business; marks belong to right-to-left text.
        QCOMPARE(withoutHiddenControls(QStringLiteral("a\tb\nc\rd\u200f")),
                 QStringLiteral("a\tb\nc\rd\u200f"));
    }

    void describeKeepsEachEventOnOneLine()
    {
        RunSummary summary;
        const Event event = Event::completed(finishedSpecimen(forgedId()));
        summary.observe(event);
        const QString line = ConsoleReporter::describe(event, summary);
        QVERIFY2(!line.contains(QLatin1Char('\n')), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("x.jpg\\n[99/99] ok forged.jpg")), qPrintable(line));
    }

    void linesModeWritesNoControlCharacter()
    {
        const QByteArray out = printed(ConsoleReporter::Mode::Lines, hostileRun());
        QVERIFY(!out.isEmpty());
        QVERIFY2(!out.contains('\x1b'), out.constData());
        verifyOnlyOwnControls(out);
        QVERIFY2(out.contains("\\u001B]0;owned\\u0007"), out.constData());
        QVERIFY2(out.contains("b\\u202Egpj.exe"), out.constData());
        QVERIFY2(out.contains("HTTP 500: \\u009B31mred\\nline"), out.constData());
    }

    void progressBarWritesOnlyItsOwnSequences()
    {
        const QByteArray out = printed(ConsoleReporter::Mode::ProgressBar, hostileRun());
        QVERIFY(out.contains("\r\x1b[2K")); // the bar is there
        verifyOnlyOwnControls(out);
    }

    void summaryEscapesWhatTheLogSays()
    {
        RunSummary summary;
        for (const Event &event : hostileRun())
            summary.observe(event);
        const QString text = ConsoleReporter::formatSummary(summary);
        QVERIFY(!text.contains(QChar(0x1b)));
        QVERIFY(!text.contains(QChar(0x9b)));
        QVERIFY(!text.contains(QChar(u'\u202E')));
        QVERIFY2(text.contains(QLatin1String("HTTP 500: \\u009B31mred\\nline")), qPrintable(text));
        for (const QString &line : text.split(QLatin1Char('\n')))
            QVERIFY2(!line.trimmed().startsWith(QLatin1String("line")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestControlCharacters)
#include "tst_controlcharacters.moc"
