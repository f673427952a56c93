#include "scoring/CsvReader.h"
#include "scoring/TruthTable.h"

#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using herb::TruthTable;

// Issue 15, case 5: truth files as curators export them. Each odd input is an error naming
// the cause or a warning with a count, never a silent number.
class tst_TruthTable : public QObject
{
    Q_OBJECT

private slots:
    void semicolonAndTabSeparated_data();
    void semicolonAndTabSeparated();
    void commaStaysWhenSemicolonsAreInsideValues();
    void latin1IsReadWithAWarning();
    void repeatedIdKeepsTheFirstRowWithAWarning();
    void repeatedColumnIsAnError();
    void headerOnlyIsAnError();
    void columnsKeepTheFileOrder();
};

void tst_TruthTable::semicolonAndTabSeparated_data()
{
    QTest::addColumn<QString>("csv");
    QTest::newRow("semicolon") << "id;locality;recordedBy\na.jpg;Regina, SK;J. Smith\n";
    QTest::newRow("tab") << "id\tlocality\trecordedBy\na.jpg\tRegina, SK\tJ. Smith\n";
    QTest::newRow("comma") << "id,locality,recordedBy\na.jpg,\"Regina, SK\",J. Smith\n";
}

void tst_TruthTable::semicolonAndTabSeparated()
{
    QFETCH(QString, csv);
    TruthTable truth;
    QString error;
    QVERIFY2(truth.parse(csv, &error), qPrintable(error));
    QCOMPARE(truth.terms(), QStringList({ "locality", "recordedBy" }));
    QCOMPARE(truth.rows().size(), 1);
    QCOMPARE(truth.rows().first().terms.value(QStringLiteral("locality")),
             QStringLiteral("Regina, SK"));
}

void tst_TruthTable::commaStaysWhenSemicolonsAreInsideValues()
{
    QCOMPARE(herb::CsvReader::detectDelimiter(u"id,\"a;b\",c\n1;2"), QChar(u','));
    QCOMPARE(herb::CsvReader::detectDelimiter(u"\"id;x\";b\n"), QChar(u';'));
}

void tst_TruthTable::latin1IsReadWithAWarning()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("truth.csv"));
    // "Québec" and "Lévis" in Latin-1: 0xE9 alone is not UTF-8.
    QVERIFY(herb::test::writeFile(path,
                                  "id,stateProvince,locality\na.jpg,Qu\xe9"
                                  "bec,L\xe9vis\n"));
    TruthTable truth;
    QString error;
    QVERIFY2(truth.load(path, &error), qPrintable(error));
    QCOMPARE(truth.rows().first().terms.value(QStringLiteral("stateProvince")),
             QString::fromUtf8("Québec"));
    QCOMPARE(truth.warnings().size(), 1);
    QVERIFY2(truth.warnings().first().contains(QStringLiteral("Latin-1")),
             qPrintable(truth.warnings().first()));

    // UTF-8 gives no warning.
    QVERIFY(herb::test::writeFile(path,
                                  "id,stateProvince\na.jpg,Qu\xc3\xa9"
                                  "bec\n"));
    QVERIFY2(truth.load(path, &error), qPrintable(error));
    QCOMPARE(truth.rows().first().terms.value(QStringLiteral("stateProvince")),
             QString::fromUtf8("Québec"));
    QVERIFY(truth.warnings().isEmpty());
}

void tst_TruthTable::repeatedIdKeepsTheFirstRowWithAWarning()
{
    TruthTable truth;
    QString error;
    QVERIFY2(truth.parse(QStringLiteral("id,locality\na.jpg,Regina\nb.jpg,Estevan\n"
                                        "a.jpg,Regina\na.jpg,Moose Jaw\n"),
                         &error),
             qPrintable(error));
    QCOMPARE(truth.rows().size(), 2);
    QCOMPARE(truth.rows().first().terms.value(QStringLiteral("locality")),
             QStringLiteral("Regina"));
    QCOMPARE(truth.warnings().size(), 1);
    QVERIFY2(truth.warnings().first().startsWith(QStringLiteral("2 truth row(s)")),
             qPrintable(truth.warnings().first()));
}

void tst_TruthTable::repeatedColumnIsAnError()
{
    TruthTable truth;
    QString error;
    QVERIFY(!truth.parse(QStringLiteral("id,locality,recordedBy,locality\na.jpg,A,B,C\n"), &error));
    QVERIFY2(error.contains(QStringLiteral("two columns named locality")), qPrintable(error));
}

void tst_TruthTable::headerOnlyIsAnError()
{
    TruthTable truth;
    QString error;
    QVERIFY(!truth.parse(QStringLiteral("id,locality\n"), &error));
    QVERIFY2(error.contains(QStringLiteral("no specimen rows")), qPrintable(error));
    QVERIFY(!truth.parse(QStringLiteral("id,locality\n,Regina\n"), &error)); // no id: no row
}

void tst_TruthTable::columnsKeepTheFileOrder()
{
    TruthTable truth;
    QString error;
    QVERIFY2(truth.parse(QStringLiteral("id,scientificName,file,eventDate,catalogNumber\n"
                                        "a,Poa,a.jpg,1969,DAO 1\n"),
                         &error),
             qPrintable(error));
    QCOMPARE(truth.terms(), QStringList({ "scientificName", "eventDate", "catalogNumber" }));
    QCOMPARE(truth.rows().first().fileName, QStringLiteral("a.jpg"));
}

QTEST_GUILESS_MAIN(tst_TruthTable)
#include "tst_truthtable.moc"
