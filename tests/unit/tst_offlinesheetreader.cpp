#include "TestImages.h"
#include "TestSupport.h"
#include "extraction/OfflineSheetReader.h"
#include "ocr/OcrResult.h"

#include <QTemporaryDir>
#include <QTest>

using namespace herb;

// Issue 16 §5: the offline engine called a truncated JPEG "empty_record", which counted toward
// the checkpoint as if the label had been read. A file that cannot be read whole is an image
// error, as in the vision engine's preparation.
class TestOfflineSheetReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue 11: a sheet is read unscaled first and doubled only when its text proves small,
    // judged by the lines Tesseract read with confidence (a quarter of their characters).
    void smallTextIsJudgedFromConfidentLines()
    {
        auto line = [](int height, double confidence, const QString &text) {
            OcrLine result;
            result.text = text;
            result.confidence = confidence;
            result.bounds = QRect(0, 0, 200, height);
            return result;
        };
        OcrResult read;
        QVERIFY(OfflineSheetReader::textIsSmall(read)); // nothing read well: try larger
        read.lines = { line(22, 0.95, QStringLiteral("Canada, Saskatchewan")),
                       line(18, 0.9, QStringLiteral("No. 660")),
                       line(9, 0.3, QStringLiteral("noise read doubtfully")),
                       line(8, 0.99, QStringLiteral("ab")) }; // too short to count
        QVERIFY(!OfflineSheetReader::textIsSmall(read));
        read.lines.append(line(10, 0.95, QStringLiteral("REGINA, SASKATCHEWAN, 54 kms N")));
        QVERIFY(OfflineSheetReader::textIsSmall(read));
    }

    void brokenJpegsAreImageErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray jpeg = test::encode(test::twoTone({ 400, 600 }), "jpeg");
        QVERIFY(!jpeg.isEmpty());
        QTest::newRow("half") << jpeg.left(jpeg.size() / 2) << QStringLiteral("truncated JPEG");
        QTest::newRow("no end marker") << jpeg.chopped(2) << QStringLiteral("truncated JPEG");
        QByteArray claiming = jpeg;
        const int sof = claiming.indexOf(QByteArray("\xFF\xC0", 2));
        QVERIFY(sof > 0);
        claiming[sof + 5] = char(6000 >> 8);
        claiming[sof + 6] = char(6000 & 0xFF);
        claiming[sof + 7] = char(4000 >> 8);
        claiming[sof + 8] = char(4000 & 0xFF);
        QTest::newRow("claims 4000x6000") << claiming << QStringLiteral("claims 4000x6000");
    }

    void brokenJpegsAreImageErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        OfflineSheetReader reader({});
        QVERIFY2(reader.isReady(), qPrintable(reader.errorString()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sheet.jpg"));
        QVERIFY(test::writeFile(path, bytes));
        const EngineOutcome outcome = reader.read(path);
        QVERIFY(!outcome.success);
        QCOMPARE(outcome.error.kind, ErrorKind::Image);
        QVERIFY2(outcome.error.message.contains(expected), qPrintable(outcome.error.message));
    }
};

QTEST_GUILESS_MAIN(TestOfflineSheetReader)
#include "tst_offlinesheetreader.moc"
