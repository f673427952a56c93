#include "TestImages.h"
#include "TestSupport.h"
#include "extraction/OfflineSheetReader.h"

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
