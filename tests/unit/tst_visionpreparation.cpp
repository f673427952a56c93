#include "TestImages.h"
#include "TestSupport.h"
#include "extraction/OrientationCache.h"
#include "extraction/VisionPreparation.h"
#include "ocr/TesseractOcr.h"
#include "samples/JpegExifOrientation.h"
#include "samples/SampleBarcode.h"
#include "specimens/Sha256.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;

class TestVisionPreparation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void uprightJpegIsSentAsIs();
    void exifTaggedJpegIsTurnedAndEncodedOnce();
    void largeJpegIsScaled();
    void pngIsEncoded();
    void sidewaysSheetTakesTheCachedDecision();
    void sidewaysCheckIsRecorded();
    void barcodeOnTheSmallCopy();
    void barcodeTooFineForTheSmallCopyIsReadAtFullSize();
    void unreadableFileIsAnError();
    void cacheSurvivesReopeningAndSkipsTornLines();
    void realSidewaysSheetsAreTurned();

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        return test::writeFile(path, bytes) ? path : QString();
    }
    static QImage sent(const VisionPreparation::Result &result)
    {
        return QImage::fromData(result.image.jpeg, "JPEG");
    }
    // A white sheet with a Code 128 barcode of `moduleWidth` px modules near its top.
    static QImage sheetWithBarcode(QSize size, const QString &text, int moduleWidth)
    {
        QImage sheet(size, QImage::Format_RGB32);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        painter.drawImage(QPoint(80, 60), SampleBarcode::render(text, moduleWidth, 90));
        return sheet;
    }

    QTemporaryDir m_dir;
    const ImagePreparer m_preparer;
};

void TestVisionPreparation::uprightJpegIsSentAsIs()
{
    const QByteArray bytes = test::encode(test::twoTone({ 600, 900 }), "jpeg");
    const QString path = write(QStringLiteral("upright.jpg"), bytes);
    VisionPreparation preparation;
    const VisionPreparation::Result result = preparation.prepare(path, m_preparer);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.sha256, QString::fromLatin1(sha256Hex(bytes)));
    QCOMPARE(result.image.jpeg, bytes);
    QVERIFY(result.image.sentAsIs);
    QCOMPARE(result.image.size, QSize(600, 900));
    QCOMPARE(result.detectedRotation, 0);
    QVERIFY(!result.orientationChecked);
    QVERIFY(result.describe().value(QLatin1String("sent_as_is")).toBool());
}

void TestVisionPreparation::exifTaggedJpegIsTurnedAndEncodedOnce()
{
    // Stored landscape, tagged 6: upright it is portrait, red half on top.
    const QImage upright = test::twoTone({ 600, 900 });
    const QByteArray stored = test::encode(upright.transformed(QTransform().rotate(270)), "jpeg");
    const QByteArray tagged = JpegExifOrientation::insert(stored, 6);
    const QString path = write(QStringLiteral("tagged.jpg"), tagged);
    VisionPreparation preparation;
    const VisionPreparation::Result result = preparation.prepare(path, m_preparer);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(!result.image.sentAsIs);
    QCOMPARE(result.image.orientation, 6);
    QCOMPARE(result.image.size, QSize(600, 900));
    QVERIFY(!result.orientationChecked); // EXIF decided
    const QImage out = sent(result);
    QCOMPARE(out.size(), QSize(600, 900));
    QVERIFY(qRed(out.pixel(300, 100)) > 150 && qBlue(out.pixel(300, 100)) < 100);
}

void TestVisionPreparation::largeJpegIsScaled()
{
    const QString path
        = write(QStringLiteral("large.jpg"), test::encode(test::twoTone({ 3000, 4000 }), "jpeg"));
    VisionPreparation preparation;
    const VisionPreparation::Result result = preparation.prepare(path, m_preparer);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(!result.image.sentAsIs);
    QCOMPARE(result.image.size, QSize(1536, 2048));
    QCOMPARE(sent(result).size(), QSize(1536, 2048));
}

void TestVisionPreparation::pngIsEncoded()
{
    const QString path
        = write(QStringLiteral("sheet.png"), test::encode(test::twoTone({ 400, 600 }), "png"));
    VisionPreparation preparation;
    const VisionPreparation::Result result = preparation.prepare(path, m_preparer);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(!result.image.sentAsIs);
    QVERIFY(result.image.jpeg.startsWith("\xFF\xD8"));
    QCOMPARE(result.image.format, QByteArray("png"));
}

void TestVisionPreparation::sidewaysSheetTakesTheCachedDecision()
{
    // Landscape without a tag: the cache says "turn by 90", so no OCR runs.
    const QByteArray bytes
        = test::encode(test::twoTone({ 600, 900 }).transformed(QTransform().rotate(270)), "jpeg");
    const QString path = write(QStringLiteral("sideways.jpg"), bytes);
    OrientationCache cache;
    cache.record(QString::fromLatin1(sha256Hex(bytes)), 90);
    VisionPreparation preparation(&cache);
    const VisionPreparation::Result result = preparation.prepare(path, m_preparer);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(!result.orientationChecked);
    QCOMPARE(result.detectedRotation, 90);
    QVERIFY(!result.image.sentAsIs);
    const QImage out = sent(result);
    QCOMPARE(out.size(), QSize(600, 900));
    QVERIFY(qRed(out.pixel(300, 100)) > 150 && qBlue(out.pixel(300, 100)) < 100);
}

void TestVisionPreparation::sidewaysCheckIsRecorded()
{
    // Blank paper reads the same both ways: checked once, left as it is, and remembered.
    QImage blank(900, 600, QImage::Format_RGB32);
    blank.fill(QColor(240, 235, 220));
    const QByteArray bytes = test::encode(blank, "jpeg");
    const QString path = write(QStringLiteral("blank.jpg"), bytes);
    const QString sha = QString::fromLatin1(sha256Hex(bytes));
    if (!TesseractOcr().isReady())
        QSKIP("Tesseract's English data is missing: the check cannot run");
    OrientationCache cache;
    VisionPreparation preparation(&cache);
    const VisionPreparation::Result first = preparation.prepare(path, m_preparer);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(first.detectedRotation, 0);
    QVERIFY(first.orientationChecked);
    QCOMPARE(cache.find(sha), std::optional<int>(0));
    QCOMPARE(first.image.jpeg, bytes); // nothing to change: sent as it is
    const VisionPreparation::Result again = preparation.prepare(path, m_preparer);
    QVERIFY(!again.orientationChecked);
    QCOMPARE(again.image.jpeg, bytes);
}

void TestVisionPreparation::barcodeOnTheSmallCopy()
{
    const QString text = QStringLiteral("SASK-0012345");
    const QString path = write(QStringLiteral("barcode.jpg"),
                               test::encode(sheetWithBarcode({ 1200, 1800 }, text, 3), "jpeg"));
    VisionPreparation preparation;
    const VisionPreparation::Result result = preparation.prepare(path, m_preparer);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.image.sentAsIs);
    QCOMPARE(result.barcodes, QStringList { text });
}

void TestVisionPreparation::barcodeTooFineForTheSmallCopyIsReadAtFullSize()
{
    // One-pixel modules blur away at 1024 px; the upload-size image still has them.
    const QString text = QStringLiteral("AAFC-778899");
    const QString path = write(QStringLiteral("finebarcode.png"),
                               test::encode(sheetWithBarcode({ 1400, 2000 }, text, 1), "png"));
    VisionPreparation preparation;
    const VisionPreparation::Result result = preparation.prepare(path, m_preparer);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.barcodes, QStringList { text });
}

void TestVisionPreparation::unreadableFileIsAnError()
{
    VisionPreparation preparation;
    const QString text = write(QStringLiteral("notes.jpg"), "not an image at all");
    const VisionPreparation::Result notImage = preparation.prepare(text, m_preparer);
    QVERIFY(notImage.error.contains(QStringLiteral("not an image")));
    QVERIFY(!notImage.sha256.isEmpty()); // hashed all the same: the record names the content
    const VisionPreparation::Result absent
        = preparation.prepare(m_dir.filePath(QStringLiteral("absent.jpg")), m_preparer);
    QVERIFY(absent.error.contains(QStringLiteral("absent.jpg")));
    const QByteArray jpeg = test::encode(test::twoTone({ 600, 900 }), "jpeg");
    const QString cut = write(QStringLiteral("cut.jpg"), jpeg.left(jpeg.size() / 2));
    QVERIFY(!preparation.prepare(cut, m_preparer).error.isEmpty());
}

void TestVisionPreparation::cacheSurvivesReopeningAndSkipsTornLines()
{
    const QString path = m_dir.filePath(QStringLiteral("orientations.jsonl"));
    const QString a(64, QLatin1Char('a'));
    const QString b(64, QLatin1Char('b'));
    {
        OrientationCache cache(path);
        QCOMPARE(cache.find(a), std::nullopt);
        cache.record(a, 90);
        cache.record(b, 0);
        cache.record(b, 270); // the last word wins
        cache.record(a, 45); // not a rotation: ignored
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"sha256\":\"cccc"); // torn by a kill
    file.close();
    const OrientationCache reopened(path);
    QCOMPARE(reopened.size(), 2);
    QCOMPARE(reopened.find(a), std::optional<int>(90));
    QCOMPARE(reopened.find(b), std::optional<int>(270));
}

void TestVisionPreparation::realSidewaysSheetsAreTurned()
{
    const QString data = test::sharedDataDir();
    if (data.isEmpty())
        QSKIP("../shared/data is absent: real AAFC sheets not checked");
    const QDir dir(data + QStringLiteral("/specimens-aafc"));
    const QStringList files = dir.entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 15);
    if (!TesseractOcr().isReady())
        QSKIP("Tesseract's English data is missing: the check cannot run");
    VisionPreparation preparation;
    int checked = 0;
    for (const QString &file : files) {
        const VisionPreparation::Result result
            = preparation.prepare(dir.filePath(file), m_preparer);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        // Every one goes upright: portrait, and the four stored sideways turned by 90.
        QVERIFY2(result.image.size.height() > result.image.size.width(), qPrintable(file));
        if (result.orientationChecked) {
            ++checked;
            QCOMPARE(result.detectedRotation, 90);
        }
    }
    QCOMPARE(checked, 4);
}

QTEST_MAIN(TestVisionPreparation)
#include "tst_visionpreparation.moc"
