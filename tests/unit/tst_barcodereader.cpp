#include "TestSupport.h"
#include "ocr/BarcodeReader.h"
#include "samples/Code128.h"

#include <QDir>
#include <QImageReader>
#include <QPainter>
#include <QTransform>
#include <QtTest>

using namespace herb;

class TestBarcodeReader : public QObject
{
    Q_OBJECT

private slots:
    void modulesHaveCode128Structure();
    void unencodableTextGivesNothing();
    void readsBackRenderedCode128_data();
    void readsBackRenderedCode128();
    void readsRotatedBarcode();
    void findsBarcodeOnALargerSheetAndLocatesIt();
    void imageWithoutBarcodeGivesEmptyList();
    void nullImageGivesEmptyList();
    void realSheets();
};

void TestBarcodeReader::modulesHaveCode128Structure()
{
    const QString text = QStringLiteral("AAFC 12345");
    const QList<int> modules = code128Modules(text);
    // Start, one symbol per character, check symbol: 6 elements of 11 modules each; stop: 7
    // elements of 13 modules.
    const int symbols = int(text.size()) + 2;
    QCOMPARE(modules.size(), symbols * 6 + 7);
    int total = 0;
    for (const int m : modules) {
        QVERIFY(m >= 1 && m <= 4);
        total += m;
    }
    QCOMPARE(total, symbols * 11 + 13);
    // Start B, and the stop pattern ending on its final 2-module bar.
    QCOMPARE(modules.mid(0, 6), QList<int>({ 2, 1, 1, 2, 1, 4 }));
    QCOMPARE(modules.mid(modules.size() - 7), QList<int>({ 2, 3, 3, 1, 1, 1, 2 }));
    // Every symbol character: bars add up to an even number of modules (Code 128 parity).
    for (int s = 0; s < symbols; ++s) {
        const int bars = modules[s * 6] + modules[s * 6 + 2] + modules[s * 6 + 4];
        QVERIFY2(bars % 2 == 0, qPrintable(QStringLiteral("symbol %1").arg(s)));
    }
}

void TestBarcodeReader::unencodableTextGivesNothing()
{
    QVERIFY(code128Modules(QString()).isEmpty());
    QVERIFY(code128Modules(QStringLiteral("caf\u00e9")).isEmpty());
    QVERIFY(code128Modules(QStringLiteral("tab\there")).isEmpty());
    QVERIFY(renderCode128(QStringLiteral("\u00e9"), 2, 50).isNull());
    QVERIFY(renderCode128(QStringLiteral("ok"), 0, 50).isNull());
    QVERIFY(renderCode128(QStringLiteral("ok"), 2, -1).isNull());
}

void TestBarcodeReader::readsBackRenderedCode128_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("moduleWidth");
    QTest::newRow("catalogue number") << QStringLiteral("SASK-0012345") << 2;
    QTest::newRow("digits") << QStringLiteral("00098765") << 3;
    QTest::newRow("punctuation") << QStringLiteral("DAO 123/45 {x}~") << 2;
    QTest::newRow("one character") << QStringLiteral("Z") << 4;
    QTest::newRow("thin modules") << QStringLiteral("Herbarium 2026") << 1;
}

void TestBarcodeReader::readsBackRenderedCode128()
{
    QFETCH(QString, text);
    QFETCH(int, moduleWidth);
    const QImage image = renderCode128(text, moduleWidth, 60);
    QVERIFY(!image.isNull());
    BarcodeReader reader;
    const QList<Barcode> barcodes = reader.read(image);
    QCOMPARE(barcodes.size(), 1);
    QCOMPARE(barcodes.first().data, text);
    QCOMPARE(barcodes.first().symbology, QStringLiteral("CODE-128"));
    QVERIFY(barcodes.first().quality > 0);
}

void TestBarcodeReader::readsRotatedBarcode()
{
    const QString text = QStringLiteral("AAFC-778899");
    const QImage image = renderCode128(text, 2, 80).transformed(QTransform().rotate(90));
    QVERIFY(image.height() > image.width());
    BarcodeReader reader;
    const QList<Barcode> barcodes = reader.read(image);
    QCOMPARE(barcodes.size(), 1);
    QCOMPARE(barcodes.first().data, text);
}

void TestBarcodeReader::findsBarcodeOnALargerSheetAndLocatesIt()
{
    // A colour sheet with the barcode in its lower right corner, where curators stick it.
    QImage sheet(1068, 1600, QImage::Format_RGB32);
    sheet.fill(QColor(235, 228, 210));
    const QImage code = renderCode128(QStringLiteral("REG-004411"), 2, 70);
    const QPoint at(600, 1400);
    {
        QPainter painter(&sheet);
        painter.fillRect(QRect(40, 40, 500, 900), QColor(60, 110, 50)); // a plant, roughly
        painter.drawImage(at, code);
    }
    BarcodeReader reader;
    const QList<Barcode> barcodes = reader.read(sheet);
    QCOMPARE(barcodes.size(), 1);
    QCOMPARE(barcodes.first().data, QStringLiteral("REG-004411"));
    const QRect placed(at, code.size());
    QVERIFY2(placed.contains(barcodes.first().bounds),
             qPrintable(QStringLiteral("bounds %1,%2 %3x%4")
                            .arg(barcodes.first().bounds.x())
                            .arg(barcodes.first().bounds.y())
                            .arg(barcodes.first().bounds.width())
                            .arg(barcodes.first().bounds.height())));
    // The located bars span most of the symbol's width (quiet zones excluded).
    QVERIFY(barcodes.first().bounds.width() > code.width() / 2);
}

void TestBarcodeReader::imageWithoutBarcodeGivesEmptyList()
{
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 28));
        painter.drawText(QPoint(50, 200), QStringLiteral("No barcode on this label"));
        for (int x = 50; x < 750; x += 35) // stripes too regular and wide to decode
            painter.fillRect(QRect(x, 350, 12, 100), Qt::black);
    }
    BarcodeReader reader;
    QVERIFY(reader.read(image).isEmpty());
}

void TestBarcodeReader::nullImageGivesEmptyList()
{
    BarcodeReader reader;
    QVERIFY(reader.read(QImage()).isEmpty());
    QVERIFY(reader.read(QImage(1, 1, QImage::Format_Mono)).isEmpty());
}

void TestBarcodeReader::realSheets()
{
    const QString data = test::sharedDataDir();
    if (data.isEmpty())
        QSKIP("../shared/data is absent: real AAFC sheets not checked");
    const QDir dir(data + QStringLiteral("/specimens-aafc"));
    const QStringList files = dir.entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 15);
    BarcodeReader reader;
    for (const QString &file : files) {
        QImageReader imageReader(dir.filePath(file));
        imageReader.setAutoTransform(true);
        const QImage image = imageReader.read();
        QVERIFY2(!image.isNull(), qPrintable(file));
        const QList<Barcode> barcodes = reader.read(image);
        QStringList found;
        for (const Barcode &barcode : barcodes) {
            QVERIFY(!barcode.data.isEmpty());
            QVERIFY(image.rect().contains(barcode.bounds.center()));
            found << barcode.symbology + QStringLiteral(":") + barcode.data;
        }
        qInfo("%s: %s", qPrintable(file.left(16)),
              found.isEmpty() ? "no barcode" : qPrintable(found.join(QStringLiteral(", "))));
    }
}

QTEST_MAIN(TestBarcodeReader)
#include "tst_barcodereader.moc"
