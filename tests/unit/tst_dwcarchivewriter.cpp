#include "dwc/DwcArchiveWriter.h"
#include "dwc/DwcTerms.h"

#include "TestSupport.h"
#include "ZipReader.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace herb;

namespace {

const QString kSha
    = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

DwcExportSettings settings()
{
    DwcExportSettings s;
    s.institutionCode = QStringLiteral("MO");
    s.collectionCode = QStringLiteral("Herbarium");
    s.license = QStringLiteral("http://creativecommons.org/licenses/by/4.0/legalcode");
    s.title = QStringLiteral("Ozark sedges <digitised> & \"transcribed\"");
    s.creatorName = QStringLiteral("Ana María Ruiz");
    s.creatorEmail = QStringLiteral("ana@example.org");
    s.pubDate = QDate(2026, 11, 27);
    return s;
}

QList<OccurrenceEntry> sample()
{
    return { { QStringLiteral("a.jpg"),
               kSha,
               { { QStringLiteral("scientificName"), QStringLiteral("Carex lurida") },
                 { QStringLiteral("locality"), QStringLiteral("Ozarks\tnear\nthe river") },
                 { QStringLiteral("decimalLongitude"), QStringLiteral("-91.5") },
                 { QStringLiteral("recordedBy"), QStringLiteral("=Steyermark") } } },
             { QStringLiteral("b.jpg"),
               QString(),
               { { QStringLiteral("catalogNumber"), QStringLiteral("MO-1") } } } };
}

bool wellFormed(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    *error = reader.errorString();
    return !reader.hasError();
}

} // namespace

class TestDwcArchiveWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_zip;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_zip = m_dir.filePath(QStringLiteral("dwca.zip"));
        QString error;
        QVERIFY2(DwcArchiveWriter(settings()).write(m_zip, sample(), &error), qPrintable(error));
    }

    void archiveHoldsThreeFiles()
    {
        ZipReader reader;
        QVERIFY2(reader.readFile(m_zip), qPrintable(reader.errorString()));
        QCOMPARE(reader.names(), QStringList({ "meta.xml", "eml.xml", "occurrence.txt" }));
    }

    void occurrenceText()
    {
        ZipReader reader;
        QVERIFY(reader.readFile(m_zip));
        const QByteArray text = reader.data(QStringLiteral("occurrence.txt"));
        const QList<QByteArray> lines = text.split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, and the empty piece after the last LF
        QVERIFY(lines.last().isEmpty());
        QCOMPARE(
            lines.at(0),
            QByteArray("occurrenceID\tbasisOfRecord\tinstitutionCode\tcollectionCode\tlicense\t"
                       "recordedBy\tcatalogNumber\tlocality\tdecimalLongitude\tscientificName"));
        const QList<QByteArray> row = lines.at(1).split('\t');
        QCOMPARE(row.size(), 10);
        QCOMPARE(row.at(0), OccurrenceTable::occurrenceId(kSha).toUtf8());
        QCOMPARE(row.at(1), QByteArray("PreservedSpecimen"));
        QCOMPARE(row.at(5), QByteArray("'=Steyermark")); // neutralised as in occurrence.csv
        QCOMPARE(row.at(7), QByteArray("Ozarks near the river"));
        QCOMPARE(row.at(8), QByteArray("-91.5"));
        QCOMPARE(lines.at(2).split('\t').size(), 10);
        QVERIFY(!text.contains('\r'));
    }

    void metaXmlMapsEveryColumn()
    {
        ZipReader reader;
        QVERIFY(reader.readFile(m_zip));
        const QByteArray meta = reader.data(QStringLiteral("meta.xml"));
        QString error;
        QVERIFY2(wellFormed(meta, &error), qPrintable(error));
        QXmlStreamReader xml(meta);
        QStringList terms;
        QStringList indexes;
        bool sawId = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            QCOMPARE(xml.namespaceUri().toString(), QStringLiteral("http://rs.tdwg.org/dwc/text/"));
            const QString name = xml.name().toString();
            const auto attrs = xml.attributes();
            if (name == QLatin1String("archive"))
                QCOMPARE(attrs.value(QLatin1String("metadata")).toString(),
                         QStringLiteral("eml.xml"));
            if (name == QLatin1String("core")) {
                QCOMPARE(attrs.value(QLatin1String("rowType")).toString(),
                         QStringLiteral("http://rs.tdwg.org/dwc/terms/Occurrence"));
                QCOMPARE(attrs.value(QLatin1String("encoding")).toString(),
                         QStringLiteral("UTF-8"));
                QCOMPARE(attrs.value(QLatin1String("fieldsTerminatedBy")).toString(),
                         QStringLiteral("\\t"));
                QCOMPARE(attrs.value(QLatin1String("linesTerminatedBy")).toString(),
                         QStringLiteral("\\n"));
                QVERIFY(attrs.hasAttribute(QLatin1String("fieldsEnclosedBy")));
                QCOMPARE(attrs.value(QLatin1String("fieldsEnclosedBy")).toString(), QString());
                QCOMPARE(attrs.value(QLatin1String("ignoreHeaderLines")).toString(),
                         QStringLiteral("1"));
            }
            if (name == QLatin1String("location"))
                QCOMPARE(xml.readElementText(), QStringLiteral("occurrence.txt"));
            if (name == QLatin1String("id")) {
                sawId = true;
                QCOMPARE(attrs.value(QLatin1String("index")).toString(), QStringLiteral("0"));
            }
            if (name == QLatin1String("field")) {
                indexes.append(attrs.value(QLatin1String("index")).toString());
                terms.append(attrs.value(QLatin1String("term")).toString());
            }
        }
        QVERIFY(sawId);
        QCOMPARE(indexes.size(), 10);
        for (int i = 0; i < indexes.size(); ++i)
            QCOMPARE(indexes.at(i), QString::number(i));
        QCOMPARE(terms.first(), QStringLiteral("http://rs.tdwg.org/dwc/terms/occurrenceID"));
        QCOMPARE(terms.at(4), QStringLiteral("http://purl.org/dc/terms/license"));
        QCOMPARE(terms.last(), QStringLiteral("http://rs.tdwg.org/dwc/terms/scientificName"));
    }

    void metaXmlValidatesAgainstTdwgSchema()
    {
        const QString data = test::sharedDataDir();
        if (data.isEmpty())
            QSKIP("shared data (../shared/data) is absent: no schema to validate against");
        const QString schema = data + QStringLiteral("/dwc/tdwg_dwc_text.xsd");
        if (!QFile::exists(schema))
            QSKIP("tdwg_dwc_text.xsd is absent from the shared data");
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xmllint.isEmpty())
            QSKIP("xmllint (libxml2-utils) is not installed");
        ZipReader reader;
        QVERIFY(reader.readFile(m_zip));
        const QString meta = m_dir.filePath(QStringLiteral("meta.xml"));
        QVERIFY(test::writeFile(meta, reader.data(QStringLiteral("meta.xml"))));
        QProcess process;
        process.start(xmllint,
                      { QStringLiteral("--noout"), QStringLiteral("--schema"), schema, meta });
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    void emlHasTheSettings()
    {
        ZipReader reader;
        QVERIFY(reader.readFile(m_zip));
        const QByteArray eml = reader.data(QStringLiteral("eml.xml"));
        QString error;
        QVERIFY2(wellFormed(eml, &error), qPrintable(error));
        QXmlStreamReader xml(eml);
        QMap<QString, QStringList> texts;
        QStringList path;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement())
                path.append(xml.name().toString());
            else if (xml.isEndElement())
                path.removeLast();
            else if (xml.isCharacters() && !xml.isWhitespace())
                texts[path.join(QLatin1Char('/'))].append(xml.text().toString());
        }
        QCOMPARE(texts.value(QStringLiteral("eml/dataset/title")),
                 QStringList({ settings().title }));
        QCOMPARE(texts.value(QStringLiteral("eml/dataset/creator/individualName/surName")),
                 QStringList({ "Ruiz" }));
        QCOMPARE(texts.value(QStringLiteral("eml/dataset/contact/individualName/givenName")),
                 QStringList({ "Ana María" }));
        QCOMPARE(texts.value(QStringLiteral("eml/dataset/contact/electronicMailAddress")),
                 QStringList({ "ana@example.org" }));
        QCOMPARE(texts.value(QStringLiteral("eml/dataset/pubDate")), QStringList({ "2026-11-27" }));
        // Issue 14: the licence as the IPT words it, with its link.
        QCOMPARE(texts.value(QStringLiteral("eml/dataset/intellectualRights/para")),
                 QStringList({ "This work is licensed under a ", "." }));
        QCOMPARE(texts.value(QStringLiteral("eml/dataset/intellectualRights/para/ulink/citetitle")),
                 QStringList({ "Creative Commons Attribution (CC-BY) 4.0 License" }));
        const QByteArray link
            = R"(<ulink url="http://creativecommons.org/licenses/by/4.0/legalcode">)";
        QVERIFY(eml.contains(link));
        // GBIF's profile: the metadata provider (the creator unless named), language, abstract,
        // methods.
        QCOMPARE(texts.value(QStringLiteral("eml/dataset/metadataProvider/individualName/surName")),
                 QStringList({ "Ruiz" }));
        QCOMPARE(texts.value(QStringLiteral("eml/dataset/language")), QStringList({ "en" }));
        QVERIFY(!texts.value(QStringLiteral("eml/dataset/abstract/para")).isEmpty());
        QVERIFY(!texts.value(QStringLiteral("eml/dataset/methods/methodStep/description/para"))
                     .isEmpty());
        QVERIFY(eml.contains("eml://ecoinformatics.org/eml-2.1.1"));
    }

    // Issue 13: how the records were made, one methodStep each after the general one, after
    // contact as EML orders a dataset's children.
    void emlMethodsFollowTheContact()
    {
        QCOMPARE(DwcArchiveWriter(settings()).emlXml().count("<methodStep>"), 1);
        DwcExportSettings s = settings();
        s.methodSteps = { QStringLiteral("Engine: openai. Model: m."),
                          QStringLiteral("Review policy: <approved> only.") };
        const QByteArray eml = DwcArchiveWriter(s).emlXml();
        QString error;
        QVERIFY2(wellFormed(eml, &error), qPrintable(error));
        QXmlStreamReader xml(eml);
        QStringList path, paras, datasetChildren;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                path.append(xml.name().toString());
                if (path.size() == 3)
                    datasetChildren.append(path.last());
            } else if (xml.isEndElement()) {
                path.removeLast();
            } else if (xml.isCharacters() && !xml.isWhitespace()
                       && path.join(QLatin1Char('/'))
                           == QLatin1String("eml/dataset/methods/methodStep/description/para")) {
                paras.append(xml.text().toString());
            }
        }
        QCOMPARE(paras.size(), 3); // the general step, then the run's
        QCOMPARE(paras.mid(1), s.methodSteps);
        QCOMPARE(datasetChildren.last(), QStringLiteral("methods"));
        QCOMPARE(datasetChildren.at(datasetChildren.size() - 2), QStringLiteral("contact"));
    }

    // EML fixes the order of <dataset>'s children; the IPT writes them in it.
    void emlDatasetChildrenInSchemaOrder()
    {
        DwcExportSettings s = settings();
        s.providerName = QStringLiteral("Data Desk");
        s.contactName = QStringLiteral("Help Desk");
        s.contactEmail = QStringLiteral("help@example.org");
        s.institutionName = QStringLiteral("Missouri Botanical Garden");
        const QByteArray eml = DwcArchiveWriter(s).emlXml();
        QXmlStreamReader xml(eml);
        QStringList children;
        int depth = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && ++depth == 3)
                children << xml.name().toString();
            else if (xml.isEndElement())
                --depth;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(children,
                 QStringList({ "title", "creator", "metadataProvider", "pubDate", "language",
                               "abstract", "intellectualRights", "contact", "methods" }));
        QVERIFY(eml.contains("<surName>Desk</surName>"));
        QVERIFY(eml.contains("<organizationName>Missouri Botanical Garden</organizationName>"));
        QVERIFY(eml.contains("help@example.org"));
    }

    // A licence GBIF does not take is still written as given; the preflight warns of it.
    void emlWithoutAKnownLicence()
    {
        DwcExportSettings s = settings();
        s.license = QStringLiteral("All rights reserved");
        QVERIFY(DwcArchiveWriter(s).emlXml().contains("<para>All rights reserved</para>"));
        s.license.clear();
        QVERIFY(!DwcArchiveWriter(s).emlXml().contains("intellectualRights"));
    }

    void controlCharactersInSettingsStayWellFormed()
    {
        DwcExportSettings s = settings();
        s.title = QStringLiteral("bad\x01title");
        s.creatorName.clear();
        QString error;
        const QByteArray eml = DwcArchiveWriter(s).emlXml();
        QVERIFY2(wellFormed(eml, &error), qPrintable(error));
        QVERIFY(eml.contains("bad title"));
        QVERIFY(eml.contains("<organizationName>MO</organizationName>"));
    }

    void pythonSeesAValidZip()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QProcess process;
        process.start(python,
                      { QStringLiteral("-c"),
                        QStringLiteral("import sys, zipfile\n"
                                       "z = zipfile.ZipFile(sys.argv[1])\n"
                                       "assert z.testzip() is None\n"
                                       "print(' '.join(sorted(z.namelist())))\n"),
                        m_zip });
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QCOMPARE(process.readAllStandardOutput().trimmed(),
                 QByteArray("eml.xml meta.xml occurrence.txt"));
    }

    void unzipTestsTheArchive()
    {
        const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
        // Installed by scripts/install-deps.sh: a missing reader fails rather than skips.
        QVERIFY2(!unzip.isEmpty(), "unzip is not installed (scripts/install-deps.sh)");
        QProcess process;
        process.start(unzip, { QStringLiteral("-t"), m_zip });
        QVERIFY(process.waitForFinished(60000));
        const QByteArray output = process.readAllStandardOutput();
        // Exit 0: no errors and no warnings (trailing bytes, for one, would be a warning).
        QVERIFY2(process.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("No errors detected"), output.constData());
        for (const char *name : { "meta.xml", "eml.xml", "occurrence.txt" })
            QVERIFY2(output.contains(QByteArray("testing: ").append(name)), output.constData());
    }

    // Issue 16: the archive's occurrence.txt gets the same cleaning as occurrence.csv.
    void hiddenControlsAndFormulasInOccurrenceText()
    {
        const QList<OccurrenceEntry> entries
            = { { QStringLiteral("a.jpg"),
                  kSha,
                  { { QStringLiteral("locality"), QStringLiteral("Mer\u0000 Bleue\u202E gpj.exe") },
                    { QStringLiteral("recordedBy"), QStringLiteral("\u202E=cmd|' /C calc'!A0") },
                    { QStringLiteral("habitat"), QStringLiteral("\u0000@SUM(A1)\u2067") },
                    { QStringLiteral("decimalLongitude"), QStringLiteral("-91.5") } } } };
        const DwcArchiveWriter writer(settings());
        const QByteArray bytes = writer.occurrenceText(
            OccurrenceTable(entries, settings(), DwcTerms::occurrenceCore()));
        QVERIFY(!bytes.contains('\0'));
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(!text.contains(QChar(u'\u202E')));
        QVERIFY(!text.contains(QChar(u'\u2067')));
        const QStringList row = text.split(QLatin1Char('\n')).at(1).split(QLatin1Char('\t'));
        QVERIFY2(row.contains(QStringLiteral("Mer Bleue gpj.exe")), qPrintable(text));
        QVERIFY2(row.contains(QStringLiteral("'=cmd|' /C calc'!A0")), qPrintable(text));
        QVERIFY2(row.contains(QStringLiteral("'@SUM(A1)")), qPrintable(text));
        QVERIFY2(row.contains(QStringLiteral("-91.5")), qPrintable(text)); // a number stays one
    }

    void failureNamesTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing/dwca.zip"));
        QString error;
        QVERIFY(!DwcArchiveWriter(settings()).write(path, sample(), &error));
        QVERIFY2(error.contains(QLatin1String("missing/dwca.zip")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDwcArchiveWriter)
#include "tst_dwcarchivewriter.moc"
