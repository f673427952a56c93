#include "samples/JpegExifOrientation.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QTest>

using herb::JpegExifOrientation;

namespace {

// 60 x 30, left third black, the rest white: its orientation can be told from the pixels.
QByteArray jpegOfMarkedImage()
{
    QImage image(60, 30, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < 30; ++y)
        for (int x = 0; x < 20; ++x)
            image.setPixel(x, y, qRgb(0, 0, 0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(95);
    writer.write(image);
    return bytes;
}

QImage readAutoTransformed(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "jpeg");
    reader.setAutoTransform(true);
    return reader.read();
}

} // namespace

class tst_JpegExifOrientation : public QObject
{
    Q_OBJECT

private slots:
    void segmentBytes();
    void roundTripThroughQImageReader_data();
    void roundTripThroughQImageReader();
    void refusesBadInput();
    void readIgnoresFilesWithoutExif();
    void readsLittleEndianTiff();
};

void tst_JpegExifOrientation::segmentBytes()
{
    const QByteArray segment = JpegExifOrientation::segment(6);
    QCOMPARE(segment.size(), 36);
    QCOMPARE(quint8(segment[0]), quint8(0xff));
    QCOMPARE(quint8(segment[1]), quint8(0xe1));
    QCOMPARE((quint8(segment[2]) << 8) | quint8(segment[3]), 34); // length excludes the marker
    QCOMPARE(segment.mid(4, 6), QByteArray("Exif\0\0", 6));
    QCOMPARE(segment.mid(10, 8), QByteArray("MM\0\x2a\0\0\0\x08", 8));
}

void tst_JpegExifOrientation::roundTripThroughQImageReader_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<bool>("blackOnTop"); // where the black third lands when displayed
    // 6: the viewer turns the stored pixels 90° clockwise, so the left edge goes to the top.
    QTest::newRow("6") << 6 << true;
    // 8: 90° counter-clockwise, the left edge goes to the bottom.
    QTest::newRow("8") << 8 << false;
}

void tst_JpegExifOrientation::roundTripThroughQImageReader()
{
    QFETCH(int, orientation);
    QFETCH(bool, blackOnTop);
    const QByteArray plain = jpegOfMarkedImage();
    const QByteArray tagged = JpegExifOrientation::insert(plain, orientation);
    QCOMPARE(tagged.size(), plain.size() + JpegExifOrientation::segment(orientation).size());
    QCOMPARE(tagged.left(2), plain.left(2));
    QCOMPARE(JpegExifOrientation::read(tagged), orientation);

    QBuffer buffer;
    buffer.setData(tagged);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "jpeg");
    QCOMPARE(reader.size(), QSize(60, 30)); // stored size
    QCOMPARE(reader.transformation(),
             orientation == 6 ? QImageIOHandler::TransformationRotate90
                              : QImageIOHandler::TransformationRotate270);

    const QImage shown = readAutoTransformed(tagged);
    QCOMPARE(shown.size(), QSize(30, 60));
    const int top = qGray(shown.pixel(15, 5));
    const int bottom = qGray(shown.pixel(15, 54));
    QCOMPARE(top < 64, blackOnTop);
    QCOMPARE(bottom < 64, !blackOnTop);
}

void tst_JpegExifOrientation::refusesBadInput()
{
    const QByteArray plain = jpegOfMarkedImage();
    QVERIFY(JpegExifOrientation::insert(plain, 0).isEmpty());
    QVERIFY(JpegExifOrientation::insert(plain, 9).isEmpty());
    QVERIFY(JpegExifOrientation::insert(QByteArray("\x89PNG\r\n", 6), 6).isEmpty());
    QVERIFY(JpegExifOrientation::insert(QByteArray(), 6).isEmpty());
    // A second tag would leave readers to pick one of two: refused.
    QVERIFY(JpegExifOrientation::insert(JpegExifOrientation::insert(plain, 6), 8).isEmpty());
}

void tst_JpegExifOrientation::readIgnoresFilesWithoutExif()
{
    QCOMPARE(JpegExifOrientation::read(jpegOfMarkedImage()), 0);
    QCOMPARE(JpegExifOrientation::read(QByteArray()), 0);
    QCOMPARE(JpegExifOrientation::read(QByteArray("\xff\xd8\xff\xe1\xff\xff", 6)), 0);
    // An APP1 that is not Exif (XMP, say) is skipped.
    QByteArray xmp("\xff\xd8\xff\xe1\x00\x08http", 10);
    xmp.append(jpegOfMarkedImage().mid(2));
    QCOMPARE(JpegExifOrientation::read(xmp), 0);
}

void tst_JpegExifOrientation::readsLittleEndianTiff()
{
    QByteArray segment("\xff\xe1\x00\x22"
                       "Exif\0\0"
                       "II\x2a\0\x08\0\0\0"
                       "\x01\0"
                       "\x12\x01\x03\0\x01\0\0\0\x08\0\0\0"
                       "\0\0\0\0",
                       36);
    QByteArray jpeg = jpegOfMarkedImage();
    jpeg.insert(2, segment);
    QCOMPARE(JpegExifOrientation::read(jpeg), 8);
    QCOMPARE(readAutoTransformed(jpeg).size(), QSize(30, 60));
}

QTEST_MAIN(tst_JpegExifOrientation)
#include "tst_jpegexiforientation.moc"
