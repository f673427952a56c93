#include "CliRun.h"
#include "run/RunOptions.h"

#include <QTest>

using namespace herb;

// Every command explains itself (issue 10): `herbstream --help` lists the commands with their
// purpose; `herbstream COMMAND --help` (and -h) prints the usage and every option with its
// default. Through the built executable.
class TestCliHelp : public QObject
{
    Q_OBJECT

private:
    using Outcome = test::CliTextOutcome;

    static Outcome run(const QStringList &arguments)
    {
        return test::toText(test::runHerbstream(arguments, 60000));
    }

    // The help line of `--name`: the text after the name up to the end of its line.
    static QString optionLine(const QString &help, const QString &name)
    {
        for (const QString &line : help.split(QLatin1Char('\n'))) {
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(name + QLatin1Char(' ')) || trimmed == name)
                return trimmed;
        }
        return {};
    }

private Q_SLOTS:
    void overallHelpListsEveryCommandWithItsPurpose()
    {
        const Outcome help = run({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        for (const char *command : { "gui", "run", "replay", "score", "samples", "demo" }) {
            const QString synopsis = QStringLiteral("herbstream %1 ").arg(QLatin1String(command));
            const qsizetype at = help.out.indexOf(synopsis);
            QVERIFY2(at >= 0, command);
            // The purpose is the next line, indented.
            const QString next = help.out.mid(help.out.indexOf(QLatin1Char('\n'), at) + 1)
                                     .section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(next.startsWith(QLatin1String("      ")) && next.trimmed().size() > 20,
                     qPrintable(next));
        }
        QVERIFY(help.out.contains(QLatin1String("COMMAND --help")));
        QVERIFY(help.out.contains(QLatin1String("Exit codes")));
    }

    void everyCommandAnswersHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("flag");
        for (const char *command : { "gui", "run", "replay", "score", "samples", "demo" })
            for (const char *flag : { "--help", "-h" })
                QTest::addRow("%s %s", command, flag)
                    << QString::fromLatin1(command) << QString::fromLatin1(flag);
    }

    void everyCommandAnswersHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, flag);
        const Outcome help = run({ command, flag });
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: herbstream %1").arg(command)),
                 qPrintable(help.out));
        QVERIFY(help.out.contains(QLatin1String("Options:")));
        QVERIFY(help.out.contains(QLatin1String("-h, --help")));
        QVERIFY2(help.err.isEmpty() || !help.err.contains(QLatin1String("herbstream")),
                 qPrintable(help.err));
    }

    void helpNamesTheDefaultsOfTheOtherCommands()
    {
        QVERIFY(optionLine(run({ QStringLiteral("demo"), QStringLiteral("--help") }).out,
                           QStringLiteral("--count"))
                    .endsWith(QLatin1String("Default: 25.")));
        QVERIFY(optionLine(run({ QStringLiteral("samples"), QStringLiteral("-h") }).out,
                           QStringLiteral("--seed"))
                    .endsWith(QLatin1String("Default: 1.")));
        const QString replay = run({ QStringLiteral("replay"), QStringLiteral("--help") }).out;
        QVERIFY(!optionLine(replay, QStringLiteral("--json")).isEmpty());
        QVERIFY(!optionLine(replay, QStringLiteral("--follow")).isEmpty());
        QVERIFY(!optionLine(run({ QStringLiteral("score"), QStringLiteral("--help") }).out,
                            QStringLiteral("--json"))
                     .isEmpty());
    }

    // run and gui list every option of the table, with RunConfig's default.
    void runAndGuiListEveryRunOptionWithItsDefault_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("run") << QStringLiteral("run");
        QTest::newRow("gui") << QStringLiteral("gui");
    }

    void runAndGuiListEveryRunOptionWithItsDefault()
    {
        QFETCH(QString, command);
        const Outcome help = run({ command, QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        for (const RunOption &option : runOptions()) {
            const QString line = optionLine(help.out, QLatin1String("--") + option.optionName());
            QVERIFY2(!line.isEmpty(), option.name);
            if (option.valueName)
                QVERIFY2(line.startsWith(QStringLiteral("--%1 %2").arg(
                             option.optionName(), QLatin1String(option.valueName))),
                         qPrintable(line));
            if (!option.defaultText().isEmpty())
                QVERIFY2(line.endsWith(QStringLiteral("Default: %1.").arg(option.defaultText())),
                         qPrintable(line));
        }
        QVERIFY(optionLine(help.out, QStringLiteral("--concurrency"))
                    .endsWith(QLatin1String("Default: 4.")));
        QVERIFY(optionLine(help.out, QStringLiteral("--model"))
                    .endsWith(QLatin1String("Default: openai/gpt-4o-mini.")));
        if (command == QLatin1String("gui"))
            QVERIFY(!optionLine(help.out, QStringLiteral("--start")).isEmpty());
    }

    void helpCommandIsCommandHelp()
    {
        const Outcome viaHelp = run({ QStringLiteral("help"), QStringLiteral("replay") });
        QCOMPARE(viaHelp.exitCode, 0);
        QCOMPARE(viaHelp.out, run({ QStringLiteral("replay"), QStringLiteral("--help") }).out);
    }

    void badNumbersNameTheOptionAndTheValue_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("concurrency")
            << QStringList { "run", "sheets", "--concurrency", "abc" }
            << QStringLiteral("--concurrency: 'abc' is not a whole number from 1 to 256");
        QTest::newRow("rate") << QStringList { "run", "sheets", "--checkpoint-min-rate", "2" }
                              << QStringLiteral(
                                     "--checkpoint-min-rate: '2' is not a number from 0 to 1");
        QTest::newRow("max side") << QStringList { "run", "sheets", "--max-side", "10" }
                                  << QStringLiteral(
                                         "--max-side: '10' is not a whole number from 64 to 16384");
        QTest::newRow("engine") << QStringList { "run", "sheets", "--engine", "gpt" }
                                << QStringLiteral(
                                       "--engine: 'gpt' is not one of openai, tesseract");
    }

    void badNumbersNameTheOptionAndTheValue()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome outcome = run(arguments);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(QLatin1String("herbstream run --help")),
                 qPrintable(outcome.err));
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
