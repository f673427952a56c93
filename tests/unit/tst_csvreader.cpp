#include "scoring/CsvReader.h"
#include "scoring/TruthTable.h"

#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using herb::CsvReader;
using herb::TruthTable;

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void unterminatedQuote();
    void readFile();
    void truthTableMatchesByIdThenFileName();
    void truthTableAmbiguousFileName();
    void truthTableNeedsHeader();
};

void tst_CsvReader::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("rows");

    QTest::newRow("simple") << "a,b,c\n1,2,3\n"
                            << QList<QStringList> { { "a", "b", "c" }, { "1", "2", "3" } };
    QTest::newRow("no final newline")
        << "a,b\n1,2" << QList<QStringList> { { "a", "b" }, { "1", "2" } };
    QTest::newRow("crlf") << "a,b\r\n1,2\r\n" << QList<QStringList> { { "a", "b" }, { "1", "2" } };
    QTest::newRow("quoted comma") << "\"Regina, Sask.\",x\n"
                                  << QList<QStringList> { { "Regina, Sask.", "x" } };
    QTest::newRow("doubled quote") << "\"the \"\"Big\"\" Muddy\",1\n"
                                   << QList<QStringList> { { "the \"Big\" Muddy", "1" } };
    QTest::newRow("newline in field")
        << "id,label\n1,\"AGRICULTURE CANADA\r\nHERBARIUM\"\n"
        << QList<QStringList> { { "id", "label" }, { "1", "AGRICULTURE CANADA\r\nHERBARIUM" } };
    QTest::newRow("empty fields") << ",,\n" << QList<QStringList> { { "", "", "" } };
    QTest::newRow("empty quoted field") << "a,\"\",c\n" << QList<QStringList> { { "a", "", "c" } };
    QTest::newRow("blank lines skipped") << "a\n\n\nb\n" << QList<QStringList> { { "a" }, { "b" } };
    QTest::newRow("bom") << QString(QChar(0xFEFF)) + "id,x\n"
                         << QList<QStringList> { { "id", "x" } };
    QTest::newRow("stray quote kept") << "5\" tall,x\n"
                                      << QList<QStringList> { { "5\" tall", "x" } };
    QTest::newRow("unicode") << QString::fromUtf8("Québec,août\n")
                             << QList<QStringList> { { QString::fromUtf8("Québec"),
                                                       QString::fromUtf8("août") } };
    QTest::newRow("empty input") << "" << QList<QStringList> {};
}

void tst_CsvReader::parse()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, rows);
    QString error = QStringLiteral("not cleared");
    QCOMPARE(CsvReader::parse(text, &error), rows);
    QVERIFY(error.isEmpty());
}

void tst_CsvReader::unterminatedQuote()
{
    QString error;
    const auto rows = CsvReader::parse(u"a,b\n1,\"open\n2,3\n", &error);
    QCOMPARE(rows, (QList<QStringList> { { "a", "b" } }));
    QVERIFY(error.contains(QLatin1String("line 2")));
}

void tst_CsvReader::readFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("t.csv");
    QVERIFY(herb::test::writeFile(path, QByteArray("id,v\n1,\"x,y\"\n")));
    QString error;
    QCOMPARE(CsvReader::readFile(path, &error),
             (QList<QStringList> { { "id", "v" }, { "1", "x,y" } }));
    QVERIFY(error.isEmpty());
    QVERIFY(CsvReader::readFile(dir.filePath("missing.csv"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void tst_CsvReader::truthTableMatchesByIdThenFileName()
{
    TruthTable truth;
    QString error;
    QVERIFY(truth.parse(QStringLiteral("specimen_id,recordedBy,locality\n"
                                       "batch1/IMG_001.jpg,J. Smith,\"Regina, Sask.\"\n"
                                       "IMG_002.jpg,A. Jones,\n"),
                        &error));
    QCOMPARE(truth.rows().size(), 2);
    QCOMPARE(truth.terms(), (QStringList { "recordedBy", "locality" }));

    const auto exact = truth.find("batch1/IMG_001.jpg");
    QVERIFY(exact.has_value());
    QCOMPARE(exact->terms.value("locality"), QStringLiteral("Regina, Sask."));

    const auto byName = truth.find("other/folder/IMG_002.jpg");
    QVERIFY(byName.has_value());
    QCOMPARE(byName->terms.value("recordedBy"), QStringLiteral("A. Jones"));
    QVERIFY(byName->terms.contains("locality"));

    const auto byNameOfId = truth.find("IMG_001.jpg");
    QVERIFY(byNameOfId.has_value());
    QCOMPARE(byNameOfId->id, QStringLiteral("batch1/IMG_001.jpg"));

    QVERIFY(!truth.find("IMG_003.jpg").has_value());
    QVERIFY(!truth.find("").has_value());
}

void tst_CsvReader::truthTableAmbiguousFileName()
{
    TruthTable truth;
    QVERIFY(truth.parse(QStringLiteral("id,file,eventDate\n"
                                       "S1,a/sheet.jpg,1969\n"
                                       "S2,b/sheet.jpg,1970\n"
                                       "S3,c\\\\other.tif,1971\n")));
    QVERIFY(!truth.terms().contains("file"));
    QCOMPARE(truth.find("S2")->terms.value("eventDate"), QStringLiteral("1970"));
    QVERIFY(!truth.find("x/sheet.jpg").has_value());
    QCOMPARE(truth.find("z/other.tif")->id, QStringLiteral("S3"));
}

void tst_CsvReader::truthTableNeedsHeader()
{
    TruthTable truth;
    QString error;
    QVERIFY(!truth.parse(QString(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!truth.parse(QStringLiteral("id,x\n1,\"open\n"), &error));
    QVERIFY(!truth.load(QStringLiteral("/nonexistent/truth.csv"), &error));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
