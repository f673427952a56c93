#include "TestSupport.h"
#include "ocr/TesseractOcr.h"

#include <QDir>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

using namespace herb;

namespace {

// A 1068x1600 sheet like a ~1600 px photograph: a label in the lower right with text about
// 14 px high, and a note in the top left.
QImage syntheticSheet()
{
    QImage sheet(1068, 1600, QImage::Format_RGB32);
    sheet.fill(QColor(238, 232, 218));
    QPainter painter(&sheet);
    painter.fillRect(QRect(520, 1250, 500, 260), Qt::white);
    painter.setPen(QColor(20, 20, 20));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(16);
    painter.setFont(font);
    painter.drawText(QPoint(540, 1290), QStringLiteral("REGINA RESEARCH STATION"));
    painter.drawText(QPoint(540, 1330), QStringLiteral("AGRICULTURE CANADA"));
    painter.drawText(QPoint(540, 1370), QStringLiteral("Swift Current, Saskatchewan"));
    painter.drawText(QPoint(540, 1410), QStringLiteral("Collected 14 June 1969"));
    painter.drawText(QPoint(60, 100), QStringLiteral("DUPLICATE"));
    return sheet;
}

bool containsWord(const OcrResult &result, const QString &word)
{
    return result.text.contains(word, Qt::CaseInsensitive);
}

} // namespace

class TestTesseractOcr : public QObject
{
    Q_OBJECT

private slots:
    void readsLabelTextWithLinesAndBounds();
    void readsOnlyTheRegion();
    void englishAndFrenchTogether();
    void missingLanguageNamesTheFile();
    void invalidLanguageIsAnError();
    void badImagesAreErrorsNotCrashes();
    void scalesSmallImagesUpAndHugeOnesDown();
    void ompThreadLimitCheck();
    void realSheet();
};

void TestTesseractOcr::readsLabelTextWithLinesAndBounds()
{
    TesseractOcr ocr;
    QVERIFY2(ocr.isReady(), qPrintable(ocr.errorString()));
    const QImage sheet = syntheticSheet();
    const OcrResult result = ocr.recognize(sheet);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.scale, 2.0);
    QVERIFY2(containsWord(result, QStringLiteral("REGINA RESEARCH STATION")),
             qPrintable(result.text));
    QVERIFY2(containsWord(result, QStringLiteral("Saskatchewan")), qPrintable(result.text));
    QVERIFY2(containsWord(result, QStringLiteral("1969")), qPrintable(result.text));
    QVERIFY(result.meanConfidence > 0.5 && result.meanConfidence <= 1.0);
    bool foundRegina = false;
    for (const OcrLine &line : result.lines) {
        QVERIFY(!line.text.isEmpty());
        QVERIFY(line.confidence >= 0.0 && line.confidence <= 1.0);
        QVERIFY(sheet.rect().contains(line.bounds));
        if (line.text.contains(QStringLiteral("REGINA"))) {
            foundRegina = true;
            // Drawn with its baseline at y=1290 from x=540: the box is in sheet coordinates.
            QVERIFY2(line.bounds.left() >= 530 && line.bounds.left() <= 550,
                     qPrintable(QString::number(line.bounds.left())));
            QVERIFY(line.bounds.top() >= 1265 && line.bounds.bottom() <= 1300);
            QVERIFY(line.confidence > 0.6);
        }
    }
    QVERIFY(foundRegina);
}

void TestTesseractOcr::readsOnlyTheRegion()
{
    TesseractOcr ocr;
    OcrOptions options;
    options.region = QRect(0, 1000, 1068, 600); // the lower part, where labels sit
    const OcrResult result = ocr.recognize(syntheticSheet(), options);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QVERIFY2(containsWord(result, QStringLiteral("AGRICULTURE")), qPrintable(result.text));
    QVERIFY(!containsWord(result, QStringLiteral("DUPLICATE")));
    for (const OcrLine &line : result.lines)
        QVERIFY(options.region.contains(line.bounds));

    options.region = QRect(5000, 5000, 10, 10);
    QVERIFY(!ocr.recognize(syntheticSheet(), options).isOk());
}

void TestTesseractOcr::englishAndFrenchTogether()
{
    TesseractOcr ocr(QStringLiteral("eng+fra"));
    QVERIFY2(ocr.isReady(), qPrintable(ocr.errorString()));
    QCOMPARE(ocr.languages(), QStringLiteral("eng+fra"));
    QImage image(1400, 200, QImage::Format_Grayscale8);
    image.fill(255);
    {
        QPainter painter(&image);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(40);
        painter.setFont(font);
        painter.drawText(QPoint(30, 110), QStringLiteral("Récolté près de la rivière"));
    }
    const OcrResult result = ocr.recognize(image);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QVERIFY2(result.text.contains(QStringLiteral("rivière")), qPrintable(result.text));
}

void TestTesseractOcr::missingLanguageNamesTheFile()
{
    TesseractOcr ocr(QStringLiteral("eng+xyz"));
    QVERIFY(!ocr.isReady());
    QVERIFY2(ocr.errorString().contains(QStringLiteral("xyz.traineddata")),
             qPrintable(ocr.errorString()));
    QCOMPARE(ocr.recognize(syntheticSheet()).error, ocr.errorString());

    QTemporaryDir empty;
    TesseractOcr inEmpty(QStringLiteral("eng"), empty.path());
    QVERIFY(!inEmpty.isReady());
    QVERIFY2(inEmpty.errorString().contains(
                 QDir(empty.path()).filePath(QStringLiteral("eng.traineddata"))),
             qPrintable(inEmpty.errorString()));
}

void TestTesseractOcr::invalidLanguageIsAnError()
{
    for (const QString &languages :
         { QString(), QStringLiteral("+"), QStringLiteral("../../etc/passwd") }) {
        TesseractOcr ocr(languages);
        QVERIFY(!ocr.isReady());
        QVERIFY(!ocr.errorString().isEmpty());
    }
}

void TestTesseractOcr::badImagesAreErrorsNotCrashes()
{
    TesseractOcr ocr;
    QVERIFY(!ocr.recognize(QImage()).isOk());
    // Too small to hold text: an empty, successful read.
    const OcrResult tiny = ocr.recognize(QImage(2, 2, QImage::Format_RGB32));
    QVERIFY(tiny.isOk());
    QVERIFY(tiny.lines.isEmpty());
    QImage blank(600, 400, QImage::Format_ARGB32);
    blank.fill(Qt::transparent);
    const OcrResult empty = ocr.recognize(blank);
    QVERIFY(empty.isOk());
    QCOMPARE(empty.meanConfidence, 0.0);
    // The engine is still usable afterwards.
    QVERIFY(containsWord(ocr.recognize(syntheticSheet()), QStringLiteral("CANADA")));
}

void TestTesseractOcr::scalesSmallImagesUpAndHugeOnesDown()
{
    const OcrOptions options;
    QCOMPARE(TesseractOcr::scaleFor(1600, 1068, options), 2.0);
    QCOMPARE(TesseractOcr::scaleFor(3000, 2000, options), 1.0);
    QCOMPARE(TesseractOcr::scaleFor(8000, 5000, options), 0.5);
    // An upscale never overshoots the downscale limit.
    QCOMPARE(TesseractOcr::scaleFor(2400, 1000, options), 4000.0 / 2400.0);
    OcrOptions noUpscale;
    noUpscale.upscaleFactor = 1.0;
    QCOMPARE(TesseractOcr::scaleFor(1600, 1068, noUpscale), 1.0);
}

void TestTesseractOcr::ompThreadLimitCheck()
{
    const QByteArray saved = qgetenv("OMP_THREAD_LIMIT");
    qputenv("OMP_THREAD_LIMIT", "1");
    QVERIFY(TesseractOcr::ompThreadLimitIsSet());
    qputenv("OMP_THREAD_LIMIT", "4");
    QVERIFY(!TesseractOcr::ompThreadLimitIsSet());
    qunsetenv("OMP_THREAD_LIMIT");
    QVERIFY(!TesseractOcr::ompThreadLimitIsSet());
    if (!saved.isNull())
        qputenv("OMP_THREAD_LIMIT", saved);
}

void TestTesseractOcr::realSheet()
{
    const QString data = test::sharedDataDir();
    if (data.isEmpty())
        QSKIP("../shared/data is absent: real AAFC sheet not read");
    // specimen_001: stored 1600x1068 with EXIF orientation, a printed Regina Research Station
    // label.
    QImageReader reader(data + QStringLiteral("/specimens-aafc/specimen_001.jpg"));
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    TesseractOcr ocr;
    const OcrResult result = ocr.recognize(image);
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QVERIFY(!result.lines.isEmpty());
    for (const OcrLine &line : result.lines)
        QVERIFY(image.rect().contains(line.bounds));
    // The printed header is the one thing on the sheet Tesseract reads for sure.
    QVERIFY2(result.text.contains(QStringLiteral("REGINA RESEARCH STATION")),
             qPrintable(result.text));
    qInfo("specimen_001: %d lines, mean confidence %.2f\n%s", int(result.lines.size()),
          result.meanConfidence, qPrintable(result.text));
}

QTEST_MAIN(TestTesseractOcr)
#include "tst_tesseractocr.moc"
