#include "ocr/Tessdata.h"

#include "TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using herb::Tessdata;

// Tessdata::locate: the one place TesseractOcr and OrientationDetector find their language
// data. Only file names are checked here, so fake .traineddata files are enough.
class tst_Tessdata : public QObject
{
    Q_OBJECT

private slots:
    void givenFolderWithEveryLanguage()
    {
        QTemporaryDir dir;
        QVERIFY(herb::test::writeFile(dir.filePath(QStringLiteral("eng.traineddata")), "x"));
        QVERIFY(herb::test::writeFile(dir.filePath(QStringLiteral("fra.traineddata")), "x"));
        const Tessdata::Location location
            = Tessdata::locate(QStringLiteral(" eng + fra "), dir.path());
        QCOMPARE(location.directory, dir.path());
        QVERIFY2(location.error.isEmpty(), qPrintable(location.error));
    }

    void givenFolderMissingALanguageNamesTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(herb::test::writeFile(dir.filePath(QStringLiteral("eng.traineddata")), "x"));
        const Tessdata::Location location = Tessdata::locate(QStringLiteral("eng+xyz"), dir.path());
        QCOMPARE(location.directory, dir.path()); // kept, so the caller can say where it looked
        QVERIFY2(
            location.error.contains(QDir(dir.path()).filePath(QStringLiteral("xyz.traineddata"))),
            qPrintable(location.error));
        QVERIFY2(location.error.contains(QStringLiteral("tesseract-ocr-xyz")),
                 qPrintable(location.error));
    }

    void invalidListIsRefusedBeforeAnyFolder()
    {
        QTemporaryDir dir;
        const Tessdata::Location location = Tessdata::locate(QStringLiteral("../eng"), dir.path());
        QVERIFY(location.directory.isEmpty());
        QVERIFY2(location.error.contains(QStringLiteral("invalid Tesseract language list")),
                 qPrintable(location.error));
    }

    void searchedAndNotFoundNamesAFolderOnTheSearchPath()
    {
        QTemporaryDir prefix;
        qputenv("TESSDATA_PREFIX", prefix.path().toLocal8Bit());
        const Tessdata::Location location = Tessdata::locate(QStringLiteral("xyz"), QString());
        qunsetenv("TESSDATA_PREFIX");
        QVERIFY(location.directory.isEmpty());
        // The first folder of the search path that exists: the prefix itself.
        QVERIFY2(location.error.contains(
                     QDir(prefix.path()).filePath(QStringLiteral("xyz.traineddata"))),
                 qPrintable(location.error));
    }

    void searchFindsTheLanguageUnderThePrefix()
    {
        QTemporaryDir prefix;
        QVERIFY(herb::test::writeFile(prefix.filePath(QStringLiteral("xyz.traineddata")), "x"));
        qputenv("TESSDATA_PREFIX", prefix.path().toLocal8Bit());
        const Tessdata::Location location = Tessdata::locate(QStringLiteral("xyz"), QString());
        qunsetenv("TESSDATA_PREFIX");
        QCOMPARE(location.directory, QDir::cleanPath(prefix.path()));
        QVERIFY2(location.error.isEmpty(), qPrintable(location.error));
    }
};

QTEST_GUILESS_MAIN(tst_Tessdata)
#include "tst_tessdata.moc"
