#include "specimens/JpegCompleteness.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QTest>

using namespace herb;

namespace {

QByteArray makeJpeg(bool progressive)
{
    QImage image(320, 240, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb((x * 7) & 255, (y * 5) & 255, ((x ^ y) * 3) & 255));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setProgressiveScanWrite(progressive);
    return writer.write(image) ? bytes : QByteArray();
}

// The JPEG with its frame header's size replaced: the data stays that of the real image.
QByteArray claimingSize(QByteArray jpeg, int width, int height)
{
    for (int i = 2; i + 9 < jpeg.size(); ++i) {
        const auto marker = quint8(jpeg[i + 1]);
        if (quint8(jpeg[i]) == 0xFF && (marker == 0xC0 || marker == 0xC2)) {
            jpeg[i + 5] = char(height >> 8);
            jpeg[i + 6] = char(height & 0xFF);
            jpeg[i + 7] = char(width >> 8);
            jpeg[i + 8] = char(width & 0xFF);
            return jpeg;
        }
    }
    return {};
}

QString reasonFor(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return jpegIncompleteReason(buffer);
}

} // namespace

class TestJpegCompleteness : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
};

void TestJpegCompleteness::verdicts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // empty: complete
    const QByteArray baseline = makeJpeg(false);
    const QByteArray progressive = makeJpeg(true);
    QVERIFY(!baseline.isEmpty() && !progressive.isEmpty());

    QTest::newRow("baseline") << baseline << QString();
    QTest::newRow("progressive") << progressive << QString();
    QTest::newRow("trailer after EOI") << baseline + QByteArray(5000, '\x42') << QString();
    QTest::newRow("second picture appended") << baseline + progressive << QString();
    const QString truncated = QStringLiteral("truncated JPEG");
    QTest::newRow("half") << baseline.left(baseline.size() / 2) << truncated;
    QTest::newRow("no EOI") << baseline.chopped(2) << truncated;
    QTest::newRow("progressive, last scan cut") << progressive.chopped(40) << truncated;
    QTest::newRow("headers only") << baseline.left(30) << truncated;
    QTest::newRow("SOI only") << QByteArray("\xFF\xD8", 2) << truncated;
    // Issue 16 §5: a header claiming far more pixels than the data holds.
    const QString claims = QStringLiteral("the header claims 8000x6000 pixels");
    QTest::newRow("baseline claiming 48 MP") << claimingSize(baseline, 8000, 6000) << claims;
    QTest::newRow("progressive claiming 48 MP") << claimingSize(progressive, 8000, 6000) << claims;
    QTest::newRow("slightly larger claim") << claimingSize(baseline, 330, 250) << QString();
    QTest::newRow("not a JPEG") << QByteArray("\x89PNG\r\n\x1A\n", 8)
                                << QStringLiteral("not a JPEG");
    QTest::newRow("junk between segments")
        << QByteArray("\xFF\xD8\x12\x34", 4) << QStringLiteral("corrupt JPEG");
    QTest::newRow("bad length") << QByteArray("\xFF\xD8\xFF\xE0\x00\x01", 6)
                                << QStringLiteral("corrupt JPEG");
}

void TestJpegCompleteness::verdicts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString reason = reasonFor(bytes);
    if (expected.isEmpty())
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    else
        QVERIFY2(reason.contains(expected), qPrintable(reason));
}

QTEST_GUILESS_MAIN(TestJpegCompleteness)
#include "tst_jpegcompleteness.moc"
