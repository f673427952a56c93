#include "ocr/TextBlockFinder.h"

#include <QImage>
#include <QTest>

using herb::TextBlockFinder;

namespace {

// A white 400 x 300 grey image.
QImage paper()
{
    QImage image(400, 300, QImage::Format_Grayscale8);
    image.fill(230);
    return image;
}

void fill(QImage &image, const QRect &area, int level)
{
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            image.scanLine(y)[x] = uchar(level);
}

// Lines of glyph-like marks (2 px strokes, 12 px high, 6 px apart) filling `area`.
void typeText(QImage &image, const QRect &area)
{
    for (int line = area.top(); line + 12 <= area.bottom(); line += 20)
        for (int x = area.left(); x + 2 <= area.right(); x += 6)
            fill(image, QRect(x, line + (x % 4), 2, 10), 20);
}

} // namespace

class TestTextBlockFinder : public QObject
{
    Q_OBJECT

private slots:
    void findsTextRatherThanAPatchOrAStem()
    {
        QImage image = paper();
        fill(image, QRect(10, 10, 120, 120), 30); // a colour chart's patch
        fill(image, QRect(10, 200, 380, 3), 40); // a long stem
        const QRect text(260, 150, 100, 80);
        typeText(image, text);
        const QRect found = TextBlockFinder::densest(image, QSizeF(0.25, 0.25));
        QCOMPARE(found.size(), QSize(100, 74));
        QVERIFY2(found.intersected(text).width() * found.intersected(text).height()
                     > found.width() * found.height() / 2,
                 "the window lies mostly on the text");
    }

    void windowAgainstTheEdge()
    {
        QImage image = paper();
        const QRect text(340, 0, 60, 300);
        typeText(image, text);
        const QRect found = TextBlockFinder::densest(image, QSizeF(0.15, 1.0));
        // The text's marks span x = 340-395: the window at the edge holds them all.
        QVERIFY(found.left() >= 330);
        QVERIFY(found.right() >= 395);
        QCOMPARE(found.height(), image.height());
    }

    void nothingWithoutInk()
    {
        QVERIFY(TextBlockFinder::densest(paper(), QSizeF(0.5, 0.5)).isNull());
        QVERIFY(TextBlockFinder::densest(QImage(), QSizeF(0.5, 0.5)).isNull());
        QVERIFY(TextBlockFinder::densest(paper(), QSizeF(0, 0.5)).isNull());
    }
};

QTEST_GUILESS_MAIN(TestTextBlockFinder)
#include "tst_textblockfinder.moc"
