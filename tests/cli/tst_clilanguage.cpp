#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// The command line speaks the user's language (issue 6): the system locale from the
// environment (LANGUAGE, LC_ALL, LANG, read by QLocale itself: no generated glibc locale is
// needed), or the language stored in the settings. Data files are not concerned.
class TestCliLanguage : public QObject
{
    Q_OBJECT

private:
    using Outcome = herb::test::CliTextOutcome;

    QTemporaryDir m_config; // XDG_CONFIG_HOME: the settings the executable reads

    Outcome run(const QStringList &arguments, const QStringList &environment)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        for (const QString &assignment : environment)
            env.insert(assignment.section(QLatin1Char('='), 0, 0),
                       assignment.section(QLatin1Char('='), 1));
        return herb::test::toText(herb::test::runHerbstream(arguments, 60000, env));
    }

    void storeLanguage(const QString &language)
    {
        QDir().mkpath(m_config.filePath(QStringLiteral("Herbstream")));
        QFile file(m_config.filePath(QStringLiteral("Herbstream/herbstream.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[ui]\nlanguage=" + language.toUtf8() + "\n");
    }

private Q_SLOTS:
    void initTestCase()
    {
#if !defined(Q_OS_LINUX)
        // Windows and macOS take the locale from the system's settings and keep QSettings in
        // the registry or a plist: LANG and XDG_CONFIG_HOME, which these cases set, do nothing.
        QSKIP("the language is chosen with LANG and XDG_CONFIG_HOME only on Linux");
#endif
    }

    void init()
    {
        QVERIFY(m_config.isValid());
        QFile::remove(m_config.filePath(QStringLiteral("Herbstream/herbstream.conf")));
    }

    void helpFollowsAFrenchLocale()
    {
        const Outcome help
            = run({ QStringLiteral("--help") },
                  { QStringLiteral("LANGUAGE=fr"), QStringLiteral("LANG=fr_CA.UTF-8") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("Utilisation")), qPrintable(help.out));
        QVERIFY(help.out.contains(QStringLiteral("Codes de sortie")));
        // Command names and options stay as they are typed.
        QVERIFY(help.out.contains(QStringLiteral("herbstream replay EVENTS.jsonl")));

        const Outcome langOnly
            = run({ QStringLiteral("--help") }, { QStringLiteral("LANG=fr_CA.UTF-8") });
        QVERIFY2(langOnly.out.startsWith(QStringLiteral("Utilisation")), qPrintable(langOnly.out));
    }

    void helpIsEnglishWithAnEnglishOrUnknownLocale()
    {
        for (const char *lang : { "C.UTF-8", "en_CA.UTF-8", "de_DE.UTF-8" }) {
            const Outcome help = run({ QStringLiteral("--help") },
                                     { QStringLiteral("LANG=") + QString::fromLatin1(lang) });
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.startsWith(QStringLiteral("Usage:")), lang);
        }
    }

    void usageErrorsAreFrenchIncludingQtsOwn()
    {
        const QStringList french { QStringLiteral("LANG=fr_CA.UTF-8") };
        const Outcome unknown = run({ QStringLiteral("frobnicate") }, french);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("commande inconnue")),
                 qPrintable(unknown.err));
        QVERIFY(unknown.err.contains(QStringLiteral("Essayez")));
        // QCommandLineParser's message comes from Qt's qtbase_fr.
        const Outcome bogus = run(
            { QStringLiteral("replay"), QStringLiteral("--bogus"), QStringLiteral("x") }, french);
        QCOMPARE(bogus.exitCode, 2);
        QVERIFY2(bogus.err.contains(QStringLiteral("Option inconnue")), qPrintable(bogus.err));
    }

    void theStoredChoiceWinsOverTheLocale()
    {
        storeLanguage(QStringLiteral("fr"));
        const Outcome french
            = run({ QStringLiteral("--help") }, { QStringLiteral("LANG=C.UTF-8") });
        QVERIFY2(french.out.startsWith(QStringLiteral("Utilisation")), qPrintable(french.out));
        storeLanguage(QStringLiteral("en"));
        const Outcome english
            = run({ QStringLiteral("--help") }, { QStringLiteral("LANG=fr_CA.UTF-8") });
        QVERIFY2(english.out.startsWith(QStringLiteral("Usage:")), qPrintable(english.out));
        storeLanguage(QStringLiteral("klingon")); // unknown: the locale decides, silently
        const Outcome fallback
            = run({ QStringLiteral("--help") }, { QStringLiteral("LANG=fr_CA.UTF-8") });
        QVERIFY2(fallback.out.startsWith(QStringLiteral("Utilisation")), qPrintable(fallback.out));
        QVERIFY(fallback.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
