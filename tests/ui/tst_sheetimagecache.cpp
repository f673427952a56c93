#include "review/SheetImageCache.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;

// Full-resolution sheets decoded off the GUI thread for the review workbench: prefetch,
// requests answered from memory, errors that name the file, the byte bound, one decode per
// sheet however often it is asked for.
class TestSheetImageCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A real JPEG, light paper with a dark band along its top edge (its "up").
    QString sheet(const QString &name, QSize size)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(QColor(240, 235, 220));
        QPainter painter(&image);
        painter.fillRect(0, 0, size.width(), size.height() / 10, QColor(20, 20, 20));
        painter.end();
        const QString path = m_dir.filePath(name);
        if (!image.save(path, "JPG", 90))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static bool dark(QRgb pixel) { return qGray(pixel) < 80; }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void requestDeliversTheSheetUpright()
    {
        SheetImageCache cache;
        QSignalSpy ready(&cache, &SheetImageCache::ready);
        const QString path = sheet(QStringLiteral("upright.jpg"), { 300, 200 });
        cache.request(path, 90);
        QVERIFY(ready.wait());
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).toString(), path);
        QCOMPARE(ready.at(0).at(1).toInt(), 90);
        const QImage image = ready.at(0).at(2).value<QImage>();
        QVERIFY(ready.at(0).at(3).toString().isEmpty());
        // Turned a quarter clockwise, full size: the top band is now on the right.
        QCOMPARE(image.size(), QSize(200, 300));
        QVERIFY(dark(image.pixel(195, 150)));
        QVERIFY(!dark(image.pixel(5, 150)));
        QVERIFY(cache.isCached(path, 90));
        QVERIFY(!cache.isCached(path, 0));
    }

    void prefetchFillsTheCacheWithoutAnswering()
    {
        SheetImageCache cache;
        QSignalSpy ready(&cache, &SheetImageCache::ready);
        QSignalSpy decoded(&cache, &SheetImageCache::decoded);
        const QString a = sheet(QStringLiteral("a.jpg"), { 320, 240 });
        const QString b = sheet(QStringLiteral("b.jpg"), { 240, 320 });
        cache.prefetch({ { a, 0 }, { b, 0 } });
        QTRY_VERIFY(cache.isCached(a, 0) && cache.isCached(b, 0));
        QCOMPARE(ready.count(), 0);
        QCOMPARE(decoded.count(), 2);

        // From memory, but never from within request(): always through the event loop.
        cache.request(b, 0);
        QCOMPARE(ready.count(), 0);
        QVERIFY(ready.wait());
        QCOMPARE(ready.at(0).at(2).value<QImage>().size(), QSize(240, 320));
        QCOMPARE(decoded.count(), 2); // not decoded again
    }

    void aPrefetchMakesSmallerCopiesARequestDoesNot()
    {
        SheetImageCache cache;
        QSignalSpy ready(&cache, &SheetImageCache::ready);
        const QString prefetched = sheet(QStringLiteral("copies.jpg"), { 2400, 1800 });
        const QString requested = sheet(QStringLiteral("nocopies.jpg"), { 2400, 1800 });
        cache.prefetch({ { prefetched, 0 } });
        QTRY_VERIFY(cache.isCached(prefetched, 0));
        const QList<QImage> copies = cache.halvings(prefetched, 0);
        QCOMPARE(copies.size(), 2); // down to the first under 1024 pixels
        QCOMPARE(copies.at(0).size(), QSize(1200, 900));
        QCOMPARE(copies.at(1).size(), QSize(600, 450));
        QCOMPARE(cache.cachedBytes(), qint64(2400 * 1800 + 1200 * 900 + 600 * 450) * 4);

        cache.request(requested, 0); // the first paint does not wait for copies
        QVERIFY(ready.wait());
        QVERIFY(cache.halvings(requested, 0).isEmpty());
    }

    void aMissingFileNamesTheFile()
    {
        SheetImageCache cache;
        QSignalSpy ready(&cache, &SheetImageCache::ready);
        const QString path = m_dir.filePath(QStringLiteral("gone/sheet_404.jpg"));
        cache.request(path, 0);
        QVERIFY(ready.wait());
        QVERIFY(ready.at(0).at(2).value<QImage>().isNull());
        const QString error = ready.at(0).at(3).toString();
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("not found"), Qt::CaseInsensitive),
                 qPrintable(error));
        QVERIFY(!cache.isCached(path, 0));
    }

    void notAnImageSaysSo()
    {
        SheetImageCache cache;
        QSignalSpy ready(&cache, &SheetImageCache::ready);
        const QString path = m_dir.filePath(QStringLiteral("notes.jpg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("collector: A. Smith\n");
        file.close();
        cache.request(path, 0);
        QVERIFY(ready.wait());
        const QString error = ready.at(0).at(3).toString();
        QVERIFY2(error.contains(QStringLiteral("notes.jpg")), qPrintable(error));
        QVERIFY(ready.at(0).at(2).value<QImage>().isNull());
    }

    void evictsTheLeastRecentWithinTheBound()
    {
        SheetImageCache cache;
        QSignalSpy ready(&cache, &SheetImageCache::ready);
        QSignalSpy decoded(&cache, &SheetImageCache::decoded);
        const QString a = sheet(QStringLiteral("evict_a.jpg"), { 200, 100 });
        const QString b = sheet(QStringLiteral("evict_b.jpg"), { 200, 100 });
        const QString c = sheet(QStringLiteral("evict_c.jpg"), { 200, 100 });
        const qint64 one = 200 * 100 * 4;
        cache.setByteLimit(one * 3 / 2);
        cache.request(a, 0);
        QVERIFY(ready.wait());
        cache.request(b, 0);
        QVERIFY(ready.wait());
        QVERIFY(cache.isCached(b, 0));
        QVERIFY(!cache.isCached(a, 0));
        QCOMPARE(cache.cachedBytes(), one);

        // The sheet on display stays, even above the bound.
        cache.setByteLimit(1);
        QVERIFY(cache.isCached(b, 0));
        cache.request(c, 0);
        QVERIFY(ready.wait());
        QVERIFY(cache.isCached(c, 0));
        QVERIFY(!cache.isCached(b, 0));

        // A prefetched sheet beyond the bound goes before the one on display.
        cache.prefetch({ { a, 0 } });
        QTRY_COMPARE(decoded.count(), 4);
        QVERIFY(!cache.isCached(a, 0));
        QVERIFY(cache.isCached(c, 0));
        QCOMPARE(cache.cachedBytes(), one);
    }

    void aRequestJoinsThePrefetchOfTheSameSheet()
    {
        SheetImageCache cache;
        QSignalSpy ready(&cache, &SheetImageCache::ready);
        QSignalSpy decoded(&cache, &SheetImageCache::decoded);
        const QString path = sheet(QStringLiteral("joined.jpg"), { 1200, 1600 });
        cache.prefetch({ { path, 0 } });
        cache.request(path, 0); // while it is being decoded
        cache.prefetch({ { path, 0 } });
        QVERIFY(ready.wait());
        QCOMPARE(ready.at(0).at(2).value<QImage>().size(), QSize(1200, 1600));
        cache.request(path, 0);
        QVERIFY(ready.wait());
        QCOMPARE(decoded.count(), 1);
    }

    void onlyTheLatestRequestIsAnswered()
    {
        SheetImageCache cache;
        QSignalSpy ready(&cache, &SheetImageCache::ready);
        QSignalSpy decoded(&cache, &SheetImageCache::decoded);
        const QString first = sheet(QStringLiteral("first.jpg"), { 400, 300 });
        const QString second = sheet(QStringLiteral("second.jpg"), { 300, 400 });
        cache.request(first, 0);
        cache.request(second, 0);
        QTRY_COMPARE(decoded.count(), 2);
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).toString(), second);
        QVERIFY(cache.isCached(first, 0)); // still kept for a way back
    }

    void decodesASheetAboveQtsDefaultAllocationLimit()
    {
        // 5800 x 5800 pixels are 134 MB decoded: Qt refuses them unless the limit is raised.
        const int limitBefore = QImageReader::allocationLimit();
        QCOMPARE(limitBefore, 128);
        const QString path = sheet(QStringLiteral("large.jpg"), { 5800, 5800 });
        SheetImageCache cache;
        QSignalSpy ready(&cache, &SheetImageCache::ready);
        cache.request(path, 270);
        QVERIFY(ready.wait(30'000));
        QVERIFY2(ready.at(0).at(3).toString().isEmpty(), qPrintable(ready.at(0).at(3).toString()));
        const QImage image = ready.at(0).at(2).value<QImage>();
        QCOMPARE(image.size(), QSize(5800, 5800));
        QVERIFY(dark(image.pixel(10, 2900))); // a quarter anticlockwise: the band on the left
        QCOMPARE(QImageReader::allocationLimit(), limitBefore); // restored after the decode
    }
};

QTEST_MAIN(TestSheetImageCache)
#include "tst_sheetimagecache.moc"
