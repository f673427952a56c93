#include "samples/SampleBarcode.h"

#include <QImage>
#include <QTest>

#include <zbar.h>

using herb::SampleBarcode;

class tst_SampleBarcode : public QObject
{
    Q_OBJECT

private slots:
    void patternsAreElevenModules();
    void checksumByHand();
    void symbolLayout();
    void rejectsCharactersOutsideSetB();
    void renderedBarcodeHasQuietZones();
    void zbarDecodesWhatIsDrawn_data();
    void zbarDecodesWhatIsDrawn();
};

void tst_SampleBarcode::patternsAreElevenModules()
{
    for (int v = 0; v <= 105; ++v) {
        const QString p = SampleBarcode::pattern(v);
        QCOMPARE(p.size(), 6);
        int sum = 0;
        for (const QChar c : p)
            sum += c.digitValue();
        QCOMPARE(sum, 11);
    }
    QCOMPARE(SampleBarcode::pattern(106), QStringLiteral("2331112"));
    QCOMPARE(SampleBarcode::pattern(104), QStringLiteral("211214")); // start B
    QVERIFY(SampleBarcode::pattern(107).isEmpty());
    QVERIFY(SampleBarcode::pattern(-1).isEmpty());
}

void tst_SampleBarcode::checksumByHand()
{
    // Start B (104) + 1 * 'A' (33) + 2 * 'B' (34) = 205; 205 mod 103 = 102.
    QCOMPARE(SampleBarcode::checksum(QStringLiteral("AB")), 102);
    // 104 + 1 * ' ' (0) = 104; mod 103 = 1.
    QCOMPARE(SampleBarcode::checksum(QStringLiteral(" ")), 1);
    QCOMPARE(SampleBarcode::checksum(QString()), -1);
}

void tst_SampleBarcode::symbolLayout()
{
    const QString text = QStringLiteral("DAO 123456");
    const QList<int> widths = SampleBarcode::moduleWidths(text);
    // Start, ten data symbols, checksum: six elements each; stop: seven.
    QCOMPARE(widths.size(), 6 * (text.size() + 2) + 7);
    int modules = 0;
    for (const int w : widths) {
        QVERIFY(w >= 1 && w <= 4);
        modules += w;
    }
    QCOMPARE(modules, 11 * (text.size() + 2) + 13);
    QCOMPARE(widths.mid(0, 6), QList<int>({ 2, 1, 1, 2, 1, 4 }));
}

void tst_SampleBarcode::rejectsCharactersOutsideSetB()
{
    QVERIFY(SampleBarcode::moduleWidths(QStringLiteral("SASK\t1")).isEmpty());
    QVERIFY(SampleBarcode::moduleWidths(QString::fromUtf8("Löve")).isEmpty());
    QVERIFY(SampleBarcode::render(QString::fromUtf8("é"), 3, 80).isNull());
    QVERIFY(SampleBarcode::render(QString(), 3, 80).isNull());
}

void tst_SampleBarcode::renderedBarcodeHasQuietZones()
{
    const QImage image = SampleBarcode::render(QStringLiteral("SASK 012345"), 3, 60);
    QVERIFY(!image.isNull());
    const int quiet = SampleBarcode::quietZoneModules * 3;
    const int y = image.height() / 2;
    for (int x = 0; x < quiet; ++x) {
        QCOMPARE(image.pixel(x, y), qRgb(255, 255, 255));
        QCOMPARE(image.pixel(image.width() - 1 - x, y), qRgb(255, 255, 255));
    }
    // The first bar starts right after the quiet zone and is two modules wide.
    QCOMPARE(image.pixel(quiet, y), qRgb(0, 0, 0));
    QCOMPARE(image.pixel(quiet + 5, y), qRgb(0, 0, 0));
    QCOMPARE(image.pixel(quiet + 6, y), qRgb(255, 255, 255));
}

void tst_SampleBarcode::zbarDecodesWhatIsDrawn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("moduleWidth");
    QTest::newRow("SASK") << QStringLiteral("SASK 012345") << 3;
    QTest::newRow("DAO, wide modules") << QStringLiteral("DAO 000417") << 4;
    QTest::newRow("punctuation") << QStringLiteral("ALTA-V~9{x}") << 3;
}

void tst_SampleBarcode::zbarDecodesWhatIsDrawn()
{
    QFETCH(QString, text);
    QFETCH(int, moduleWidth);
    using namespace zbar; // zbar.h wraps its C API in a namespace when compiled as C++
    const QImage grey
        = SampleBarcode::render(text, moduleWidth, 80).convertToFormat(QImage::Format_Grayscale8);
    QByteArray tight;
    for (int y = 0; y < grey.height(); ++y)
        tight.append(reinterpret_cast<const char *>(grey.constScanLine(y)), grey.width());

    zbar_image_scanner_t *scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner, ZBAR_CODE128, ZBAR_CFG_ENABLE, 1);
    zbar_image_t *image = zbar_image_create();
    zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(image, unsigned(grey.width()), unsigned(grey.height()));
    zbar_image_set_data(image, tight.constData(), unsigned(tight.size()), nullptr);
    const int found = zbar_scan_image(scanner, image);
    QString decoded;
    if (const zbar_symbol_t *symbol = zbar_image_first_symbol(image))
        decoded = QString::fromUtf8(zbar_symbol_get_data(symbol));
    zbar_image_destroy(image);
    zbar_image_scanner_destroy(scanner);
    QCOMPARE(found, 1);
    QCOMPARE(decoded, text);
}

QTEST_MAIN(tst_SampleBarcode)
#include "tst_samplebarcode.moc"
