#include "TestImages.h"
#include "TestSupport.h"
#include "specimens/ImagePreparer.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace herb;

namespace {

using test::encode;
using test::twoTone;

// A minimal big-endian Exif APP1 segment holding only the orientation tag, placed after SOI.
QByteArray withExifOrientation(const QByteArray &jpeg, quint16 orientation)
{
    QByteArray tiff("MM\0*\0\0\0\x08", 8); // header, first IFD at offset 8
    tiff += QByteArray("\0\x01", 2); // one entry
    tiff += QByteArray("\x01\x12\0\x03\0\0\0\x01", 8); // Orientation, SHORT, count 1
    tiff += char(orientation >> 8);
    tiff += char(orientation & 0xFF);
    tiff += QByteArray(2, '\0'); // value padding
    tiff += QByteArray(4, '\0'); // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const int length = int(payload.size()) + 2;
    QByteArray segment("\xFF\xE1", 2);
    segment += char(length >> 8);
    segment += char(length & 0xFF);
    segment += payload;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

bool isReddish(QRgb c)
{
    return qRed(c) > 150 && qBlue(c) < 100;
}
bool isBluish(QRgb c)
{
    return qBlue(c) > 150 && qRed(c) < 100;
}

} // namespace

class TestImagePreparer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decodeSize_data();
    void decodeSize();
    void jpegScaledToMaxSide();
    void smallImageKeepsItsSize();
    void exifOrientationRotates();
    void exifOrientationWithScaling();
    void extraRotation_data();
    void extraRotation();
    void transparencyBecomesWhite();
    void pixelFormats_data();
    void pixelFormats();
    void tiffAndWebp();
    void concurrentUse();
    void realSheetsComeOutUpright();

private:
    QString write(const QString &name, const QByteArray &bytes);
    static QImage decoded(const PreparedImage &prepared);
    static PreparedImage expectPrepared(const ImagePreparation &result);

    QTemporaryDir m_dir;
};

void TestImagePreparer::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestImagePreparer::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    return test::writeFile(path, bytes) ? path : QString();
}

QImage TestImagePreparer::decoded(const PreparedImage &prepared)
{
    return QImage::fromData(prepared.jpeg, "JPEG");
}

PreparedImage TestImagePreparer::expectPrepared(const ImagePreparation &result)
{
    if (const auto *error = std::get_if<ImagePreparationError>(&result))
        qWarning("preparation failed: %s", qPrintable(error->message));
    return std::holds_alternative<PreparedImage>(result) ? std::get<PreparedImage>(result)
                                                         : PreparedImage {};
}

void TestImagePreparer::decodeSize_data()
{
    QTest::addColumn<QSize>("stored");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("landscape") << QSize(7746, 5164) << QSize(2048, 1365);
    QTest::newRow("portrait") << QSize(3000, 4000) << QSize(1536, 2048);
    QTest::newRow("small") << QSize(1600, 1068) << QSize(1600, 1068);
    QTest::newRow("exact") << QSize(2048, 10) << QSize(2048, 10);
    QTest::newRow("sliver") << QSize(100000, 3) << QSize(2048, 1);
}

void TestImagePreparer::decodeSize()
{
    QFETCH(QSize, stored);
    QFETCH(QSize, expected);
    QCOMPARE(ImagePreparer::decodeSize(stored, 2048), expected);
}

void TestImagePreparer::jpegScaledToMaxSide()
{
    const QString path
        = write(QStringLiteral("large.jpg"), encode(twoTone({ 4000, 3000 }), "jpeg"));
    const PreparedImage prepared = expectPrepared(ImagePreparer().prepare(path));
    QCOMPARE(prepared.size, QSize(2048, 1536));
    QCOMPARE(prepared.storedSize, QSize(4000, 3000));
    QCOMPARE(prepared.format, QByteArray("jpeg"));
    QCOMPARE(prepared.orientation, 1);
    QVERIFY(!prepared.orientationApplied);
    QVERIFY(prepared.elapsed.count() > 0);
    const QImage out = decoded(prepared);
    QCOMPARE(out.size(), QSize(2048, 1536));
    QVERIFY(isReddish(out.pixel(1000, 100)));
    QVERIFY(isBluish(out.pixel(1000, 1400)));
}

void TestImagePreparer::smallImageKeepsItsSize()
{
    const QString path = write(QStringLiteral("small.png"), encode(twoTone({ 800, 600 }), "png"));
    const PreparedImage prepared = expectPrepared(ImagePreparer().prepare(path));
    QCOMPARE(prepared.size, QSize(800, 600));
    QCOMPARE(prepared.format, QByteArray("png"));
    QVERIFY(prepared.jpeg.startsWith("\xFF\xD8"));
    QCOMPARE(decoded(prepared).size(), QSize(800, 600));
}

void TestImagePreparer::exifOrientationRotates()
{
    const QByteArray jpeg = withExifOrientation(encode(twoTone({ 300, 200 }), "jpeg"), 6);
    const QString path = write(QStringLiteral("exif6.jpg"), jpeg);
    const PreparedImage prepared = expectPrepared(ImagePreparer().prepare(path));
    QCOMPARE(prepared.storedSize, QSize(300, 200));
    QCOMPARE(prepared.size, QSize(200, 300));
    QCOMPARE(prepared.orientation, 6);
    QVERIFY(prepared.orientationApplied);
    // Orientation 6: the stored top is shown on the right.
    const QImage out = decoded(prepared);
    QVERIFY(isReddish(out.pixel(180, 150)));
    QVERIFY(isBluish(out.pixel(20, 150)));
}

void TestImagePreparer::exifOrientationWithScaling()
{
    const QByteArray jpeg = withExifOrientation(encode(twoTone({ 4000, 2000 }), "jpeg"), 8);
    const QString path = write(QStringLiteral("exif8-large.jpg"), jpeg);
    const PreparedImage prepared = expectPrepared(ImagePreparer().prepare(path));
    QCOMPARE(prepared.storedSize, QSize(4000, 2000));
    QCOMPARE(prepared.size, QSize(1024, 2048));
    QCOMPARE(prepared.orientation, 8);
    // Orientation 8 (270 degrees clockwise): the stored top is shown on the left.
    const QImage out = decoded(prepared);
    QVERIFY(isReddish(out.pixel(100, 1000)));
    QVERIFY(isBluish(out.pixel(900, 1000)));
}

void TestImagePreparer::extraRotation_data()
{
    QTest::addColumn<int>("degrees");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QPoint>("red");
    QTest::addColumn<QPoint>("blue");
    QTest::newRow("0") << 0 << QSize(300, 200) << QPoint(150, 20) << QPoint(150, 180);
    QTest::newRow("90") << 90 << QSize(200, 300) << QPoint(180, 150) << QPoint(20, 150);
    QTest::newRow("180") << 180 << QSize(300, 200) << QPoint(150, 180) << QPoint(150, 20);
    QTest::newRow("270") << 270 << QSize(200, 300) << QPoint(20, 150) << QPoint(180, 150);
    QTest::newRow("-90") << -90 << QSize(200, 300) << QPoint(20, 150) << QPoint(180, 150);
}

void TestImagePreparer::extraRotation()
{
    QFETCH(int, degrees);
    QFETCH(QSize, size);
    QFETCH(QPoint, red);
    QFETCH(QPoint, blue);
    const QString path = write(QStringLiteral("turn.png"), encode(twoTone({ 300, 200 }), "png"));
    const PreparedImage prepared = expectPrepared(ImagePreparer().prepare(path, degrees));
    QCOMPARE(prepared.size, size);
    QCOMPARE(prepared.extraRotation, (degrees + 360) % 360);
    const QImage out = decoded(prepared);
    QVERIFY(isReddish(out.pixel(red)));
    QVERIFY(isBluish(out.pixel(blue)));
}

void TestImagePreparer::transparencyBecomesWhite()
{
    QImage image(64, 64, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    const QString path = write(QStringLiteral("alpha.png"), encode(image, "png"));
    const QImage out = decoded(expectPrepared(ImagePreparer().prepare(path)));
    QCOMPARE(out.size(), QSize(64, 64));
    QVERIFY(qGray(out.pixel(32, 32)) > 245);
}

void TestImagePreparer::pixelFormats_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("grayscale 8") << int(QImage::Format_Grayscale8);
    QTest::newRow("grayscale 16") << int(QImage::Format_Grayscale16);
    QTest::newRow("rgb 16-bit") << int(QImage::Format_RGBX64);
    QTest::newRow("rgba 16-bit") << int(QImage::Format_RGBA64);
    QTest::newRow("indexed") << int(QImage::Format_Indexed8);
    QTest::newRow("mono") << int(QImage::Format_Mono);
}

void TestImagePreparer::pixelFormats()
{
    QFETCH(int, format);
    const QImage source = twoTone({ 2400, 600 }).convertToFormat(QImage::Format(format));
    const QString path = write(QStringLiteral("format.png"), encode(source, "png"));
    const PreparedImage prepared = expectPrepared(ImagePreparer().prepare(path));
    QCOMPARE(prepared.size, QSize(2048, 512));
    const QImage out = decoded(prepared);
    QCOMPARE(out.size(), QSize(2048, 512));
    // The two halves stay told apart whatever the pixel format.
    QVERIFY(out.pixel(1000, 50) != out.pixel(1000, 460));
}

void TestImagePreparer::tiffAndWebp()
{
    const QList<QByteArray> formats = QImageReader::supportedImageFormats();
    if (!formats.contains("tiff") || !formats.contains("webp"))
        QSKIP("TIFF/WebP plugins missing (Debian: qt6-image-formats-plugins)");
    const QString tiff
        = write(QStringLiteral("sheet.tif"), encode(twoTone({ 3000, 1000 }), "tiff", 1));
    const PreparedImage fromTiff = expectPrepared(ImagePreparer().prepare(tiff));
    QCOMPARE(fromTiff.format, QByteArray("tiff"));
    QCOMPARE(fromTiff.size, QSize(2048, 683));
    QVERIFY(isReddish(decoded(fromTiff).pixel(1000, 50)));

    const QString webp
        = write(QStringLiteral("sheet.webp"), encode(twoTone({ 1000, 3000 }), "webp"));
    const PreparedImage fromWebp = expectPrepared(ImagePreparer().prepare(webp));
    QCOMPARE(fromWebp.format, QByteArray("webp"));
    QCOMPARE(fromWebp.size, QSize(683, 2048));
    QVERIFY(isBluish(decoded(fromWebp).pixel(300, 2000)));
}

void TestImagePreparer::concurrentUse()
{
    QStringList paths;
    for (int i = 0; i < 8; ++i) {
        const QImage image = twoTone({ 2500 + 100 * i, 1500 });
        paths.append(write(QStringLiteral("c%1.jpg").arg(i), encode(image, "jpeg")));
    }
    const ImagePreparer preparer;
    const QList<ImagePreparation> results = QtConcurrent::blockingMapped(
        paths, [&preparer](const QString &path) { return preparer.prepare(path); });
    QCOMPARE(results.size(), paths.size());
    for (int i = 0; i < results.size(); ++i) {
        const PreparedImage prepared = expectPrepared(results.at(i));
        QCOMPARE(prepared.size, ImagePreparer::decodeSize(QSize(2500 + 100 * i, 1500), 2048));
    }
}

void TestImagePreparer::realSheetsComeOutUpright()
{
    const QString shared = test::sharedDataDir();
    const QDir sheets(shared + QStringLiteral("/specimens-aafc"));
    if (shared.isEmpty() || !sheets.exists())
        QSKIP("../shared/data/specimens-aafc is absent: real sheets not tested");
    const QStringList names
        = sheets.entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 10);
    int rotated = 0;
    for (const QString &name : names) {
        const PreparedImage prepared
            = expectPrepared(ImagePreparer().prepare(sheets.filePath(name)));
        QVERIFY2(!prepared.jpeg.isEmpty(), qPrintable(name));
        QCOMPARE(prepared.storedSize, QSize(1600, 1068));
        if (prepared.orientation == 6) {
            ++rotated;
            QVERIFY2(prepared.size == QSize(1068, 1600), qPrintable(name));
            QCOMPARE(decoded(prepared).size(), QSize(1068, 1600));
        } else {
            QCOMPARE(prepared.size, prepared.storedSize);
        }
    }
    QVERIFY2(rotated * 2 > names.size(), "most real sheets carry EXIF orientation 6");
}

QTEST_GUILESS_MAIN(TestImagePreparer)
#include "tst_imagepreparer.moc"
