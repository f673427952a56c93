#include "dwc/DwcTerms.h"

#include <QFile>
#include <QTest>

using namespace herb;

class TestDwcTerms : public QObject
{
    Q_OBJECT

private slots:
    void embeddedListIsFoundAtRunTime()
    {
        // herbcore is static: this fails if the resource object library is not linked in.
        QVERIFY(QFile::exists(QStringLiteral(":/dwc/occurrence-core-terms.csv")));
        const DwcTerms &terms = DwcTerms::occurrenceCore();
        QVERIFY(!terms.isEmpty());
        QCOMPARE(terms.terms().first().name, QStringLiteral("type"));
        QCOMPARE(terms.terms().first().iri, QStringLiteral("http://purl.org/dc/terms/type"));
    }

    void matchesTheSharedCopy()
    {
        const QString path
            = QStringLiteral(HERBSTREAM_SOURCE_DIR "/resources/dwc/occurrence-core-terms.csv");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const qsizetype lines = file.readAll().trimmed().count('\n'); // header excluded
        QCOMPARE(DwcTerms::occurrenceCore().size(), lines);
    }

    void keepsTdwgOrderAndIris()
    {
        const DwcTerms &terms = DwcTerms::occurrenceCore();
        QVERIFY(terms.indexOf(QStringLiteral("license"))
                < terms.indexOf(QStringLiteral("occurrenceID")));
        QVERIFY(terms.indexOf(QStringLiteral("occurrenceID"))
                < terms.indexOf(QStringLiteral("catalogNumber")));
        QVERIFY(terms.indexOf(QStringLiteral("recordedBy"))
                < terms.indexOf(QStringLiteral("catalogNumber")));
        QVERIFY(terms.indexOf(QStringLiteral("eventDate"))
                < terms.indexOf(QStringLiteral("locality")));
        QVERIFY(terms.indexOf(QStringLiteral("locality"))
                < terms.indexOf(QStringLiteral("scientificName")));
        QCOMPARE(terms.iri(QStringLiteral("scientificName")),
                 QStringLiteral("http://rs.tdwg.org/dwc/terms/scientificName"));
        QCOMPARE(terms.iri(QStringLiteral("license")),
                 QStringLiteral("http://purl.org/dc/terms/license"));
        QCOMPARE(terms.iri(QStringLiteral("collector")), QString());
        QCOMPARE(terms.indexOf(QStringLiteral("scientificname")), -1); // exact lookups are exact
        QVERIFY(terms.names().contains(QStringLiteral("verbatimLabel")));
    }

    void canonicalTerm_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exact") << "scientificName"
                               << "scientificName";
        QTest::newRow("lower") << "scientificname"
                               << "scientificName";
        QTest::newRow("upper") << "SCIENTIFICNAME"
                               << "scientificName";
        QTest::newRow("dwc prefix") << "dwc:recordedBy"
                                    << "recordedBy";
        QTest::newRow("DWC prefix") << "DWC:RecordedBy"
                                    << "recordedBy";
        QTest::newRow("dcterms prefix") << "dcterms:license"
                                        << "license";
        QTest::newRow("dc prefix") << "dc:modified"
                                   << "modified";
        QTest::newRow("blanks") << "  locality "
                                << "locality";
        QTest::newRow("iri") << "http://rs.tdwg.org/dwc/terms/habitat"
                             << "habitat";
        QTest::newRow("unknown") << "collector"
                                 << "";
        QTest::newRow("snake case is no term") << "scientific_name"
                                               << "";
        QTest::newRow("prefix only") << "dwc:"
                                     << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void canonicalTerm()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QCOMPARE(DwcTerms::occurrenceCore().canonicalTerm(key), expected);
    }

    void coreFieldsLeaveOutCountryAndState()
    {
        const QStringList &core = DwcTerms::coreFieldTerms();
        QCOMPARE(core,
                 QStringList({ "catalogNumber", "scientificName", "eventDate", "recordedBy",
                               "recordNumber", "locality", "habitat" }));
        for (const QString &term : core)
            QVERIFY2(DwcTerms::occurrenceCore().contains(term), qPrintable(term));
    }

    void badListsSayWhy()
    {
        QString error;
        QVERIFY(DwcTerms::fromCsv("name,url\nx,http://a/x\n", &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("header")), qPrintable(error));
        QVERIFY(DwcTerms::fromCsv("term,iri\nx\n", &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
        QVERIFY(DwcTerms::fromCsv("term,iri\nx,http://a/x\nx,http://a/x\n", &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("duplicate")), qPrintable(error));
        QVERIFY(DwcTerms::fromCsv("", &error).isEmpty());
        const DwcTerms ok
            = DwcTerms::fromCsv("term,iri\r\nb,http://a/b\r\na,http://a/a\r\n", &error);
        QCOMPARE(ok.names(), QStringList({ "b", "a" }));
    }
};

QTEST_GUILESS_MAIN(TestDwcTerms)
#include "tst_dwcterms.moc"
