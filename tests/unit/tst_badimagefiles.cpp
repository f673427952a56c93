#include "TestImages.h"
#include "TestSupport.h"
#include "specimens/ImagePreparer.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>

// Files that must fail preparation with a clear reason, never a crash or a grey picture.

using namespace herb;

namespace {

using test::encode;
using test::twoTone;

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : bytes) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i)
        out[i] = char(value >> (24 - 8 * i));
    return out;
}

// A PNG whose header claims width x height; the data that follows is a token.
QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray ihdr
        = "IHDR" + bigEndian32(width) + bigEndian32(height) + QByteArray("\x08\x06\0\0\0", 5);
    QByteArray png("\x89PNG\r\n\x1A\n", 8);
    png += bigEndian32(13) + ihdr + bigEndian32(crc32(ihdr));
    const QByteArray idat = QByteArray("IDAT") + QByteArray("\x78\x9C\x03\0\0\0\0\x01", 8);
    png += bigEndian32(8) + idat + bigEndian32(crc32(idat));
    png += bigEndian32(0) + QByteArray("IEND") + bigEndian32(crc32("IEND"));
    return png;
}

} // namespace

class TestBadImageFiles : public QObject
{
    Q_OBJECT

private slots:
    void badFiles_data();
    void badFiles();
    void invalidRotationFails();
    void missingFileFails();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

QString TestBadImageFiles::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    return test::writeFile(path, bytes) ? path : QString();
}

void TestBadImageFiles::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray jpeg = encode(twoTone({ 400, 300 }), "jpeg");
    const QByteArray png = encode(twoTone({ 400, 300 }), "png");
    QImage small(8, 8, QImage::Format_RGB32);
    small.fill(Qt::black);
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("truncated jpeg")
        << jpeg.left(jpeg.size() / 2) << QStringLiteral("truncated JPEG");
    QTest::newRow("jpeg without EOI") << jpeg.chopped(2) << QStringLiteral("truncated JPEG");
    QTest::newRow("jpeg header only") << jpeg.left(40) << QStringLiteral("truncated JPEG");
    {
        QByteArray claiming = jpeg; // its frame header says 8000x6000; the data is 400x300's
        const int sof = claiming.indexOf(QByteArray("\xFF\xC0", 2));
        QVERIFY(sof > 0);
        claiming[sof + 5] = char(6000 >> 8);
        claiming[sof + 6] = char(6000 & 0xFF);
        claiming[sof + 7] = char(8000 >> 8);
        claiming[sof + 8] = char(8000 & 0xFF);
        QTest::newRow("jpeg claiming more pixels than its data")
            << claiming << QStringLiteral("the header claims 8000x6000 pixels");
    }
    QTest::newRow("truncated png") << png.left(png.size() / 2) << QStringLiteral("cannot decode");
    QTest::newRow("text") << QByteArray("Collector: J. Smith\n") << QStringLiteral("not an image");
    QTest::newRow("gif") << QByteArray("GIF89a\x01\0\x01\0\0\0\0;", 13)
                         << QStringLiteral("unsupported image format GIF");
    QTest::newRow("bmp") << encode(small, "bmp") << QStringLiteral("unsupported image format BMP");
    QTest::newRow("png bomb") << pngClaiming(100000, 100000) << QStringLiteral("above the limit");
    QTest::newRow("broken png header") << QByteArray("\x89PNG\r\n\x1A\n\0\0", 10)
                                       << QStringLiteral("cannot read the image header");
}

void TestBadImageFiles::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = write(QStringLiteral("bad.jpg"), bytes);
    const ImagePreparation result = ImagePreparer().prepare(path);
    QVERIFY(std::holds_alternative<ImagePreparationError>(result));
    const QString message = std::get<ImagePreparationError>(result).message;
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestBadImageFiles::invalidRotationFails()
{
    const QString path = write(QStringLiteral("turn45.png"), encode(twoTone({ 30, 20 }), "png"));
    const ImagePreparation result = ImagePreparer().prepare(path, 45);
    QVERIFY(std::holds_alternative<ImagePreparationError>(result));
    QVERIFY(std::get<ImagePreparationError>(result).message.contains(QStringLiteral("45 degrees")));
}

void TestBadImageFiles::missingFileFails()
{
    const ImagePreparation result
        = ImagePreparer().prepare(m_dir.filePath(QStringLiteral("gone.jpg")));
    QVERIFY(std::holds_alternative<ImagePreparationError>(result));
    const QString message = std::get<ImagePreparationError>(result).message;
    QVERIFY2(message.contains(QStringLiteral("cannot open")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestBadImageFiles)
#include "tst_badimagefiles.moc"
