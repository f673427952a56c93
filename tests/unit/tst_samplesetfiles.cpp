#include "samples/SampleSetFiles.h"
#include "samples/SampleSheetGenerator.h"
#include "scoring/TruthTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using herb::SampleSetFiles;
using herb::SampleSheet;

class tst_SampleSetFiles : public QObject
{
    Q_OBJECT

private slots:
    void csvQuoting();
    void scorerReadsTruthBack();
    void manifest();
};

void tst_SampleSetFiles::csvQuoting()
{
    QCOMPARE(SampleSetFiles::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(SampleSetFiles::csvField(QStringLiteral("a, b")), QStringLiteral("\"a, b\""));
    QCOMPARE(SampleSetFiles::csvField(QStringLiteral("say \"hi\"")),
             QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(SampleSetFiles::csvField(QStringLiteral("two\nlines")),
             QStringLiteral("\"two\nlines\""));
    QCOMPARE(SampleSetFiles::csvField(QString()), QString());

    SampleSheet s;
    s.fileName = QStringLiteral("sample_0009.jpg");
    s.truth.insert(QStringLiteral("catalogNumber"), QStringLiteral("DAO 000123"));
    s.truth.insert(QStringLiteral("scientificName"),
                   QString::fromUtf8("Pascopyrum smithii (Rydb.) Á. Löve"));
    s.truth.insert(QStringLiteral("locality"),
                   QStringLiteral("Along \"Red Coat Trail\" (Hwy 13), 3 km E of Ogema"));
    const QByteArray csv = SampleSetFiles::truthCsv({ s });
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 3); // header, row, and nothing after the last CRLF
    QCOMPARE(lines[0],
             QByteArray("specimen_id,catalogNumber,scientificName,recordedBy,"
                        "recordNumber,eventDate,verbatimEventDate,country,"
                        "stateProvince,locality,habitat,decimalLatitude,"
                        "decimalLongitude\r"));
    QCOMPARE(QString::fromUtf8(lines[1]),
             QString::fromUtf8("sample_0009.jpg,DAO 000123,Pascopyrum smithii (Rydb.) Á. Löve,,,"
                               ",,,,\"Along \"\"Red Coat Trail\"\" (Hwy 13), 3 km E of Ogema\""
                               ",,,\r"));
    QVERIFY(lines[2].isEmpty());
}

void tst_SampleSetFiles::scorerReadsTruthBack()
{
    const herb::SampleSheetGenerator generator(2026);
    QList<SampleSheet> sheets;
    for (int i = 0; i < 12; ++i)
        sheets.append(generator.describe(i));
    const QByteArray csv = SampleSetFiles::truthCsv(sheets);
    QVERIFY(!csv.startsWith("\xef\xbb\xbf")); // no byte order mark

    // The scorer's own reader gets back every value, quoted or not.
    herb::TruthTable table;
    QString error;
    QVERIFY2(table.parse(QString::fromUtf8(csv), &error), qPrintable(error));
    QCOMPARE(table.rows().size(), sheets.size());
    QCOMPARE(table.terms(), SampleSetFiles::truthColumns().mid(1));
    for (const SampleSheet &s : sheets) {
        const auto row = table.find(s.fileName);
        QVERIFY(row.has_value());
        for (const QString &term : table.terms())
            QCOMPARE(row->terms.value(term), s.truth.value(term));
    }
}

void tst_SampleSetFiles::manifest()
{
    SampleSheet a;
    a.fileName = QStringLiteral("sample_0001.jpg");
    a.storedRotation = 270;
    a.exifOrientation = true;
    a.catalogMark = SampleSheet::CatalogMark::Barcode;
    a.fontFamily = QStringLiteral("URW Bookman");
    a.fontPixelSize = 26;
    SampleSheet b;
    b.fileName = QStringLiteral("sample_0002.jpg");
    b.catalogMark = SampleSheet::CatalogMark::Stamp;
    b.fontFamily = QStringLiteral("C059");

    // A seed past 2^53 survives because it is written as a string.
    const quint64 seed = 18446744073709551557ULL;
    const QJsonObject root
        = QJsonDocument::fromJson(SampleSetFiles::manifest(seed, { a, b })).object();
    QCOMPARE(root.value(QStringLiteral("seed")).toString(), QStringLiteral("18446744073709551557"));
    QCOMPARE(root.value(QStringLiteral("count")).toInt(), 2);
    const QJsonArray sheets = root.value(QStringLiteral("sheets")).toArray();
    QCOMPARE(sheets.size(), 2);
    const QJsonObject first = sheets.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("file")).toString(), a.fileName);
    QCOMPARE(first.value(QStringLiteral("storedRotation")).toInt(), 270);
    QCOMPARE(first.value(QStringLiteral("exifOrientation")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("barcode")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("stamp")).toBool(), false);
    QCOMPARE(first.value(QStringLiteral("fontFamily")).toString(), a.fontFamily);
    QCOMPARE(first.value(QStringLiteral("fontPixelSize")).toInt(), 26);
    const QJsonObject second = sheets.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("storedRotation")).toInt(), 0);
    QCOMPARE(second.value(QStringLiteral("exifOrientation")).toBool(), false);
    QCOMPARE(second.value(QStringLiteral("barcode")).toBool(), false);
    QCOMPARE(second.value(QStringLiteral("stamp")).toBool(), true);
}

QTEST_MAIN(tst_SampleSetFiles)
#include "tst_samplesetfiles.moc"
