#include "TestSupport.h"
#include "ocr/OrientationDetector.h"
#include "ocr/ReadingOrientation.h"
#include "ocr/TesseractOcr.h"

#include <QDir>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QTransform>
#include <QtTest>

using namespace herb;

namespace {

// An upright label: several lines of large dark text on white.
QImage uprightLabel()
{
    QImage image(1200, 900, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::black);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPixelSize(34);
    painter.setFont(font);
    const QStringList lines = {
        QStringLiteral("REGINA RESEARCH STATION"),
        QStringLiteral("AGRICULTURE CANADA"),
        QStringLiteral("Plants of Saskatchewan"),
        QStringLiteral("Astragalus agrestis Douglas"),
        QStringLiteral("Moist prairie near the creek, south"),
        QStringLiteral("of Swift Current, 12 June 1969"),
        QStringLiteral("Collected by J. Looman, det. 1970"),
        QStringLiteral("Herbarium specimen number 004411"),
    };
    int y = 90;
    for (const QString &line : lines) {
        painter.drawText(QPoint(60, y), line);
        y += 90;
    }
    return image;
}

} // namespace

class TestOrientationDetector : public QObject
{
    Q_OBJECT

private slots:
    void loadsOsdModel();
    void missingModelIsAClearError();
    void correctsSyntheticRotations_data();
    void correctsSyntheticRotations();
    void blankAndNullImagesAreErrorsNotCrashes();
    void readingSettlesSidewaysLabels_data();
    void readingSettlesSidewaysLabels();
    void readingRejectsBadInput();
    void realSheets();
};

void TestOrientationDetector::loadsOsdModel()
{
    OrientationDetector detector;
    QVERIFY2(detector.isReady(), qPrintable(detector.errorString()));
}

void TestOrientationDetector::missingModelIsAClearError()
{
    QTemporaryDir empty;
    OrientationDetector detector(empty.path());
    QVERIFY(!detector.isReady());
    QVERIFY2(detector.errorString().contains(QStringLiteral("osd.traineddata")),
             qPrintable(detector.errorString()));
    const Orientation result = detector.detect(uprightLabel());
    QVERIFY(!result.isOk());
    QCOMPARE(result.error, detector.errorString());
}

void TestOrientationDetector::correctsSyntheticRotations_data()
{
    QTest::addColumn<int>("rotatedBy");
    QTest::newRow("upright") << 0;
    QTest::newRow("90 clockwise") << 90;
    QTest::newRow("upside down") << 180;
    QTest::newRow("270 clockwise") << 270;
}

void TestOrientationDetector::correctsSyntheticRotations()
{
    QFETCH(int, rotatedBy);
    const QImage image = uprightLabel().transformed(QTransform().rotate(rotatedBy));
    OrientationDetector detector;
    QVERIFY2(detector.isReady(), qPrintable(detector.errorString()));
    const Orientation result = detector.detect(image);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.rotateClockwiseDegrees, (360 - rotatedBy) % 360);
    QCOMPARE(result.script, QStringLiteral("Latin"));
    QVERIFY2(result.reliable, qPrintable(QString::number(result.confidence)));
    // Applying the answer really makes the text upright again.
    const QImage corrected = image.transformed(QTransform().rotate(result.rotateClockwiseDegrees));
    QCOMPARE(corrected.size(), uprightLabel().size());
    QCOMPARE(detector.detect(corrected).rotateClockwiseDegrees, 0);
}

void TestOrientationDetector::blankAndNullImagesAreErrorsNotCrashes()
{
    OrientationDetector detector;
    QVERIFY(!detector.detect(QImage()).isOk());
    QVERIFY(!detector.detect(QImage(4, 4, QImage::Format_RGB32)).isOk());
    QImage blank(800, 600, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const Orientation result = detector.detect(blank);
    // No text: either an error or an answer flagged unreliable, never a confident guess.
    QVERIFY(!result.isOk() || !result.reliable);
}

void TestOrientationDetector::readingSettlesSidewaysLabels_data()
{
    QTest::addColumn<int>("rotatedBy");
    QTest::newRow("90 clockwise") << 90;
    QTest::newRow("270 clockwise") << 270;
}

void TestOrientationDetector::readingSettlesSidewaysLabels()
{
    QFETCH(int, rotatedBy);
    const QImage image = uprightLabel().transformed(QTransform().rotate(rotatedBy));
    TesseractOcr ocr;
    QVERIFY2(ocr.isReady(), qPrintable(ocr.errorString()));
    const Orientation result = ReadingOrientation::detect(ocr, image);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.rotateClockwiseDegrees, (360 - rotatedBy) % 360);
    QVERIFY(result.reliable);
    QVERIFY(result.confidence >= ReadingOrientation::kMinRatio);
    // All four candidates: still the same answer.
    QCOMPARE(ReadingOrientation::detect(ocr, image, { 0, 90, 180, 270 }).rotateClockwiseDegrees,
             (360 - rotatedBy) % 360);
}

void TestOrientationDetector::readingRejectsBadInput()
{
    TesseractOcr ocr;
    QVERIFY(!ReadingOrientation::detect(ocr, QImage()).isOk());
    QVERIFY(!ReadingOrientation::detect(ocr, uprightLabel(), {}).isOk());
    QVERIFY(!ReadingOrientation::detect(ocr, uprightLabel(), { 45 }).isOk());
    QImage blank(400, 300, QImage::Format_RGB32);
    blank.fill(Qt::white);
    QVERIFY(!ReadingOrientation::detect(ocr, blank).isOk());
    TesseractOcr broken(QStringLiteral("xyz"));
    const Orientation result = ReadingOrientation::detect(broken, uprightLabel());
    QVERIFY(result.error.contains(QStringLiteral("xyz.traineddata")));
}

void TestOrientationDetector::realSheets()
{
    const QString data = test::sharedDataDir();
    if (data.isEmpty())
        QSKIP("../shared/data is absent: real AAFC sheets not checked");
    const QDir dir(data + QStringLiteral("/specimens-aafc"));
    const QStringList files = dir.entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 15);
    OrientationDetector detector;
    TesseractOcr ocr;
    int sideways = 0;
    for (const QString &file : files) {
        QImageReader reader(dir.filePath(file));
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(file));
        const Orientation result = detector.detect(image);
        // Herbarium sheets are portrait: after EXIF a landscape one lies sideways untagged.
        const bool landscape = image.width() > image.height();
        sideways += landscape ? 1 : 0;
        qInfo("%s %dx%d: rotate %d margin %.2f %s%s%s", qPrintable(file.left(16)), image.width(),
              image.height(), result.rotateClockwiseDegrees, result.confidence,
              result.reliable ? "reliable" : "unreliable",
              result.isOk() ? "" : " error: ", qPrintable(result.error));
        if (!landscape && result.isOk() && result.reliable)
            QVERIFY2(result.rotateClockwiseDegrees == 0, qPrintable(file));
        if (landscape && result.isOk() && result.reliable)
            QVERIFY2(result.rotateClockwiseDegrees == 90, qPrintable(file));
        if (landscape) {
            // Reading both ways settles it: all four lie with their top to the left (checked by
            // eye), so a clockwise quarter turn makes them upright.
            const Orientation read = ReadingOrientation::detect(ocr, image);
            qInfo("    reading: rotate %d ratio %.1f %s", read.rotateClockwiseDegrees,
                  read.confidence, read.reliable ? "reliable" : "unreliable");
            QVERIFY2(read.isOk(), qPrintable(read.error));
            QVERIFY2(read.reliable, qPrintable(file));
            QCOMPARE(read.rotateClockwiseDegrees, 90);
        }
    }
    QCOMPARE(sideways, 4);
}

QTEST_MAIN(TestOrientationDetector)
#include "tst_orientationdetector.moc"
