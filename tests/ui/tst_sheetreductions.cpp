#include "review/SheetReductions.h"

#include <QSignalSpy>
#include <QTest>

using namespace herb;

// The halved copies SheetViewer paints a sheet from when its scale is below 1/2.
class TestSheetReductions : public QObject
{
    Q_OBJECT

private:
    static QImage grey(QSize size, int level)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(QColor(level, level, level));
        return image;
    }

private Q_SLOTS:
    void halvingsPerScale()
    {
        QCOMPARE(SheetReductions::levelsFor(1.0), 0);
        QCOMPARE(SheetReductions::levelsFor(0.5), 0);
        QCOMPARE(SheetReductions::levelsFor(0.49), 1);
        QCOMPARE(SheetReductions::levelsFor(0.25), 2);
        QCOMPARE(SheetReductions::levelsFor(0.1), 3);
        QCOMPARE(SheetReductions::levelsFor(1e-9), 8);
        QCOMPARE(SheetReductions::levelsFor(0.0), 0);
    }

    void makesTheCopiesAScaleWants()
    {
        SheetReductions copies;
        const QImage image = grey({ 1600, 1200 }, 90);
        copies.setImage(image);
        QCOMPARE(copies.bestFor(0.1), image); // nothing made yet: the image itself
        QSignalSpy added(&copies, &SheetReductions::copiesAdded);
        copies.prepareFor(0.1);
        QTRY_COMPARE(copies.readyCount(), 3);
        QVERIFY(!added.isEmpty());
        QCOMPARE(copies.bestFor(0.1).size(), QSize(200, 150));
        QCOMPARE(copies.bestFor(0.3).size(), QSize(800, 600));
        QCOMPARE(copies.bestFor(0.7), image);
        QCOMPARE(QColor(copies.bestFor(0.1).pixel(100, 75)), QColor(90, 90, 90));
        // Further out: more copies from the smallest one.
        copies.prepareFor(0.02);
        QTRY_COMPARE(copies.readyCount(), 4); // 100 x 75: no copy below 64 pixels a side
        QTRY_VERIFY(!copies.isBusy());
        QCOMPARE(copies.bestFor(0.02).size(), QSize(100, 75));
    }

    void eachPixelIsTheMeanOfFour()
    {
        QImage image(256, 256, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, (x + y) % 2 ? qRgb(255, 0, 10) : qRgb(0, 200, 20));
        SheetReductions copies;
        copies.setImage(image);
        copies.prepareFor(0.4);
        QTRY_COMPARE(copies.readyCount(), 1);
        const QImage half = copies.bestFor(0.4);
        QCOMPARE(half.size(), QSize(128, 128));
        // Averaged, not sampled: neither of the two colours.
        const QColor mean = half.pixelColor(17, 33);
        QVERIFY(qAbs(mean.red() - 128) <= 1 && qAbs(mean.green() - 100) <= 1
                && qAbs(mean.blue() - 15) <= 1);

        // Transparency is averaged premultiplied: a transparent pixel adds no colour.
        QImage clear(256, 256, QImage::Format_ARGB32);
        for (int y = 0; y < clear.height(); ++y)
            for (int x = 0; x < clear.width(); ++x)
                clear.setPixel(x, y, x % 2 ? qRgba(0, 0, 0, 0) : qRgba(200, 100, 0, 255));
        copies.setImage(clear);
        copies.prepareFor(0.4);
        QTRY_COMPARE(copies.readyCount(), 1);
        const QColor mixed = copies.bestFor(0.4).pixelColor(5, 5);
        QVERIFY(qAbs(mixed.alpha() - 128) <= 1);
        QVERIFY(qAbs(mixed.red() - 200) <= 2); // premultiplied to 8 bits and back
    }

    void aNewImageDropsTheCopies()
    {
        SheetReductions copies;
        copies.setImage(grey({ 1000, 1000 }, 10));
        copies.prepareFor(0.2);
        const QImage next = grey({ 800, 800 }, 200);
        copies.setImage(next); // while the first copies are being made
        QCOMPARE(copies.readyCount(), 0);
        copies.prepareFor(0.2);
        QTRY_COMPARE(copies.readyCount(), 2);
        QTRY_VERIFY(!copies.isBusy());
        QCOMPARE(copies.bestFor(0.2).size(), QSize(200, 200));
        QCOMPARE(QColor(copies.bestFor(0.2).pixel(5, 5)), QColor(200, 200, 200));
    }
};

QTEST_MAIN(TestSheetReductions)
#include "tst_sheetreductions.moc"
