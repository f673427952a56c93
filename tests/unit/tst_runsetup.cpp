#include "TestImages.h"
#include "TestSupport.h"
#include "run/RunSetup.h"

#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

using namespace herb;

// Issue 16 §5: a run folder that cannot be made or written is refused with the OS's reason,
// not only "cannot create" / "not writable".
class TestRunSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unusableRunFolderNamesTheOsReason()
    {
        QTemporaryDir dir;
        RunConfig config;
        config.imagesFolder = test::writeSheetFolder(dir.filePath(QStringLiteral("images")), 1);
        // A file where a folder of the path should be: mkdir fails with ENOTDIR whatever the
        // user's rights (tests may run as root, for whom a read-only mode bit means nothing).
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("plain-file")), "x"));
        config.outFolder = dir.filePath(QStringLiteral("plain-file/run"));
        const auto setup = prepareRun(config);
        QVERIFY(std::holds_alternative<RunSetupError>(setup));
        const RunSetupError &error = std::get<RunSetupError>(setup);
        QCOMPARE(error.exitCode, 4);
        const QString reason = QString::fromLocal8Bit(std::strerror(ENOTDIR));
        QVERIFY2(error.message.contains(reason), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestRunSetup)
#include "tst_runsetup.moc"
