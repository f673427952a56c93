#include "TestSupport.h"
#include "specimens/DecodeMemoryLease.h"
#include "specimens/ImagePreparer.h"

#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <atomic>

using namespace herb;

namespace {

constexpr qint64 kMb = 1024 * 1024;

// 6000 x 6000 x 4 bytes = 137 MiB decoded: above Qt's default limit of 128 MB. LZW keeps the
// flat test file small.
QString writeLargeTiff(const QTemporaryDir &dir)
{
    QImage image(6000, 6000, QImage::Format_RGB32);
    image.fill(qRgb(30, 160, 40));
    const QString path = dir.filePath(QStringLiteral("master.tif"));
    QImageWriter writer(path, "tiff");
    writer.setCompression(1);
    return writer.write(image) ? path : QString();
}

} // namespace

class TestDecodeMemoryLease : public QObject
{
    Q_OBJECT

private slots:
    void raisesAndRestoresQtLimit();
    void refusesMoreThanTheBudget();
    void leasesBeyondTheBudgetWait();
    void preparesTiffAboveQtLimit();
    void tiffAboveBudgetFails();
    void preparesWebpAboveQtLimit();
};

void TestDecodeMemoryLease::raisesAndRestoresQtLimit()
{
    const int before = QImageReader::allocationLimit();
    QVERIFY(before > 0);
    {
        const DecodeMemoryLease lease((before + 100) * kMb, 2000 * kMb);
        QVERIFY(lease.isGranted());
        QVERIFY(QImageReader::allocationLimit() > before + 100);
        {
            const DecodeMemoryLease second(10 * kMb, 2000 * kMb);
            QVERIFY(second.isGranted());
        }
        QVERIFY(QImageReader::allocationLimit() > before + 100); // still held by the first
    }
    QCOMPARE(QImageReader::allocationLimit(), before);
}

void TestDecodeMemoryLease::refusesMoreThanTheBudget()
{
    const int before = QImageReader::allocationLimit();
    const DecodeMemoryLease lease(500 * kMb, 400 * kMb);
    QVERIFY(!lease.isGranted());
    QCOMPARE(QImageReader::allocationLimit(), before);
}

void TestDecodeMemoryLease::leasesBeyondTheBudgetWait()
{
    std::atomic<bool> secondGranted = false;
    auto first = std::make_unique<DecodeMemoryLease>(300 * kMb, 500 * kMb);
    QVERIFY(first->isGranted());
    QFuture<void> waiting = QtConcurrent::run([&] {
        const DecodeMemoryLease second(300 * kMb, 500 * kMb);
        secondGranted = second.isGranted();
    });
    QTest::qWait(100);
    QVERIFY(!waiting.isFinished()); // 300 + 300 MB do not fit in 500
    first.reset();
    waiting.waitForFinished();
    QVERIFY(secondGranted);
}

void TestDecodeMemoryLease::preparesTiffAboveQtLimit()
{
    if (!QImageReader::supportedImageFormats().contains("tiff"))
        QSKIP("TIFF plugin missing (Debian: qt6-image-formats-plugins)");
    QTemporaryDir dir;
    const QString path = writeLargeTiff(dir);
    QVERIFY(!path.isEmpty());
    const int before = QImageReader::allocationLimit();
    QImageReader plain(path);
    QVERIFY2(plain.read().isNull(), "Qt alone should refuse an image above its allocation limit");

    const ImagePreparation result = ImagePreparer().prepare(path);
    if (const auto *error = std::get_if<ImagePreparationError>(&result))
        QFAIL(qPrintable(error->message));
    QCOMPARE(std::get<PreparedImage>(result).size, QSize(2048, 2048));
    QCOMPARE(QImageReader::allocationLimit(), before);
}

void TestDecodeMemoryLease::tiffAboveBudgetFails()
{
    if (!QImageReader::supportedImageFormats().contains("tiff"))
        QSKIP("TIFF plugin missing (Debian: qt6-image-formats-plugins)");
    QTemporaryDir dir;
    const QString path = writeLargeTiff(dir);
    QVERIFY(!path.isEmpty());

    ImagePreparationOptions options;
    options.decodeBudgetBytes = 64 * kMb;
    const ImagePreparation result = ImagePreparer(options).prepare(path);
    QVERIFY(std::holds_alternative<ImagePreparationError>(result));
    const QString message = std::get<ImagePreparationError>(result).message;
    QVERIFY2(message.contains(QStringLiteral("budget")), qPrintable(message));
}

void TestDecodeMemoryLease::preparesWebpAboveQtLimit()
{
    // Qt 6.4's WebP handler cannot scale while decoding either.
    if (!QImageReader::supportedImageFormats().contains("webp"))
        QSKIP("WebP plugin missing (Debian: qt6-image-formats-plugins)");
    QTemporaryDir dir;
    QImage image(6000, 6000, QImage::Format_RGB32);
    image.fill(qRgb(30, 160, 40));
    const QString path = dir.filePath(QStringLiteral("large.webp"));
    QImageWriter writer(path, "webp");
    writer.setQuality(10);
    QVERIFY(writer.write(image));
    image = QImage();

    const ImagePreparation result = ImagePreparer().prepare(path);
    if (const auto *error = std::get_if<ImagePreparationError>(&result))
        QFAIL(qPrintable(error->message));
    QCOMPARE(std::get<PreparedImage>(result).size, QSize(2048, 2048));
}

QTEST_GUILESS_MAIN(TestDecodeMemoryLease)
#include "tst_decodememorylease.moc"
