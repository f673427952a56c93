#include "TestImages.h"
#include "TestSupport.h"
#include "run/Preflight.h"
#include "run/RunSetup.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;
using Code = PreflightFinding::Code;
using Level = PreflightFinding::Level;

// One set of local rules for the command line (stops at the first error) and the window's
// "Check" (lists them all, creates nothing).
class TestPreflight : public QObject
{
    Q_OBJECT

private:
    static QList<Code> errorCodes(const LocalPreflight &preflight)
    {
        QList<Code> codes;
        for (const PreflightFinding &finding : preflight.findings)
            if (finding.level == Level::Error)
                codes << finding.code;
        return codes;
    }

    // A prompt that cannot be read, an image folder without images, a run folder with a file.
    static RunConfig brokenConfig(const QString &root)
    {
        RunConfig config;
        config.promptPath = root + QStringLiteral("/missing.prompt");
        config.imagesFolder = root + QStringLiteral("/images");
        config.outFolder = root + QStringLiteral("/run");
        QDir().mkpath(config.imagesFolder);
        QDir().mkpath(config.outFolder);
        test::writeFile(config.outFolder + QStringLiteral("/events.jsonl"), "{}\n");
        return config;
    }

private Q_SLOTS:
    void checkListsEveryError()
    {
        QTemporaryDir dir;
        const LocalPreflight preflight
            = LocalPreflight::run(brokenConfig(dir.path()), LocalPreflight::Mode::Check);
        QCOMPARE(errorCodes(preflight),
                 (QList<Code> { Code::Prompt, Code::Images, Code::RunFolderNotEmpty }));
        QCOMPARE(preflight.firstError()->code, Code::Prompt);
    }

    // The window's Check stops a listing it no longer wants (a new check, the window closing).
    void aListingCanBeStopped()
    {
        QTemporaryDir dir;
        RunConfig config;
        config.imagesFolder = test::writeSheetFolder(dir.filePath(QStringLiteral("images")), 2);
        config.outFolder = dir.filePath(QStringLiteral("run"));
        int asked = 0;
        const LocalPreflight stopped = LocalPreflight::run(config, LocalPreflight::Mode::Check,
                                                           [&asked] { return ++asked > 1; });
        QCOMPARE(asked, 1);
        QCOMPARE(errorCodes(stopped), QList<Code> { Code::Images });
        QVERIFY(stopped.images.isEmpty());
        const LocalPreflight listed
            = LocalPreflight::run(config, LocalPreflight::Mode::Check, [] { return true; });
        QCOMPARE(errorCodes(listed), QList<Code> {});
        QCOMPARE(listed.images.size(), 2);
    }

    void prepareStopsAtTheFirstError()
    {
        QTemporaryDir dir;
        const LocalPreflight preflight
            = LocalPreflight::run(brokenConfig(dir.path()), LocalPreflight::Mode::Prepare);
        QCOMPARE(errorCodes(preflight), QList<Code> { Code::Prompt });
    }

    void aNonEmptyRunFolderIsUsageErrorForTheCommandLine()
    {
        QTemporaryDir dir;
        RunConfig config = brokenConfig(dir.path());
        config.promptPath.clear();
        config.imagesFolder = test::writeSheetFolder(dir.path() + QStringLiteral("/sheets"), 2);
        const auto refused = prepareRun(config);
        QVERIFY(std::holds_alternative<RunSetupError>(refused));
        QCOMPARE(std::get<RunSetupError>(refused).exitCode, 2);
        QVERIFY(std::get<RunSetupError>(refused).message.contains(QStringLiteral("--resume")));

        config.resume = true; // continuing it is what a non-empty folder is for
        const auto resumed = prepareRun(config);
        QVERIFY(std::holds_alternative<RunSetup>(resumed));
        QCOMPARE(std::get<RunSetup>(resumed).images.size(), 2);
    }

    void checkCreatesNothingPrepareMakesTheRunFolder()
    {
        QTemporaryDir dir;
        RunConfig config;
        config.imagesFolder = test::writeSheetFolder(dir.path() + QStringLiteral("/sheets"), 3);
        config.outFolder = dir.path() + QStringLiteral("/new/run");

        const LocalPreflight checked = LocalPreflight::run(config, LocalPreflight::Mode::Check);
        QVERIFY(!checked.hasErrors());
        QVERIFY(!QDir(config.outFolder).exists());
        QCOMPARE(checked.images.size(), 3);

        const LocalPreflight prepared = LocalPreflight::run(config, LocalPreflight::Mode::Prepare);
        QVERIFY(!prepared.hasErrors());
        QVERIFY(QDir(config.outFolder).exists());
        QVERIFY(prepared.prompt.has_value());
        // The write test leaves nothing behind: the folder is still empty for the run.
        QVERIFY(QDir(config.outFolder)
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                    .isEmpty());
    }

    void onlyTheEngineThatSendsThePromptHasItChecked()
    {
        QTemporaryDir dir;
        RunConfig config;
        config.promptPath = dir.path() + QStringLiteral("/missing.prompt");
        config.imagesFolder = test::writeSheetFolder(dir.path() + QStringLiteral("/sheets"), 1);
        config.outFolder = dir.path() + QStringLiteral("/run");
        config.engine = EngineKind::Tesseract;
        QVERIFY(!LocalPreflight::run(config, LocalPreflight::Mode::Check).hasErrors());
        config.engine = EngineKind::OpenAi;
        QCOMPARE(LocalPreflight::run(config, LocalPreflight::Mode::Check).firstError()->code,
                 Code::Prompt);
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
