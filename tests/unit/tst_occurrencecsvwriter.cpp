#include "dwc/OccurrenceCsvWriter.h"
#include "util/ControlCharacters.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <sys/resource.h>
#endif

using namespace herb;

namespace {

const QString kShaA
    = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
const QString kShaB
    = QStringLiteral("60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752");

DwcExportSettings settings()
{
    DwcExportSettings s;
    s.institutionCode = QStringLiteral("MO");
    s.collectionCode = QStringLiteral("Herbarium");
    s.license = QStringLiteral("http://creativecommons.org/licenses/by/4.0/legalcode");
    return s;
}

OccurrenceEntry entry(const QString &sha, QMap<QString, QString> dwc)
{
    return { QStringLiteral("sheets/") + sha.left(6) + QStringLiteral(".jpg"), sha,
             std::move(dwc) };
}

QList<OccurrenceEntry> sample()
{
    return {
        entry(kShaA,
              { { QStringLiteral("scientificName"), QStringLiteral("Carex lurida, Wahlenb.") },
                { QStringLiteral("locality"), QStringLiteral("Line one\nline \"two\"") },
                { QStringLiteral("decimalLongitude"), QStringLiteral("-45.5") },
                { QStringLiteral("recordedBy"), QStringLiteral("=HYPERLINK(\"http://x\")") } }),
        entry(kShaB,
              { { QStringLiteral("catalogNumber"), QStringLiteral("MO-123") },
                { QStringLiteral("habitat"), QStringLiteral("N/A") },
                { QStringLiteral("occurrenceRemarks"), QStringLiteral("@SUM(A1)") },
                { QStringLiteral("notATerm"), QStringLiteral("dropped") } }),
    };
}

} // namespace

class TestOccurrenceCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void columnsInTdwgOrder()
    {
        const QByteArray csv = OccurrenceCsvWriter(settings()).render(sample());
        const QByteArray header = csv.left(csv.indexOf("\r\n"));
        // Fixed columns first, then the used terms in TDWG order; "N/A" alone adds no column.
        QCOMPARE(header,
                 QByteArray("occurrenceID,basisOfRecord,institutionCode,collectionCode,license,"
                            "recordedBy,occurrenceRemarks,catalogNumber,locality,"
                            "decimalLongitude,scientificName"));
    }

    void rfc4180Quoting()
    {
        const QByteArray csv = OccurrenceCsvWriter(settings()).render(sample());
        QVERIFY(csv.endsWith("\r\n"));
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains(",\"Line one\nline \"\"two\"\"\","));
        QVERIFY(csv.contains(",\"Carex lurida, Wahlenb.\"\r\n"));
        QCOMPARE(csv.count("\r\n"), 3); // header + two rows; the LF inside a value is quoted
        QCOMPARE(OccurrenceCsvWriter::cell(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(OccurrenceCsvWriter::cell(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
        QCOMPARE(OccurrenceCsvWriter::cell(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
    }

    void formulasAreNeutralised_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("=") << "=1+2"
                           << "'=1+2";
        QTest::newRow("+") << "+cmd|' /C calc'!A0"
                           << "'+cmd|' /C calc'!A0";
        QTest::newRow("-") << "-2+3"
                           << "'-2+3";
        QTest::newRow("@") << "@SUM(A1)"
                           << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("cr") << "\r=1"
                            << "'\r=1";
        QTest::newRow("negative number") << "-45.5"
                                         << "-45.5";
        QTest::newRow("signed number") << "+12"
                                       << "+12";
        QTest::newRow("exponent") << "-1.5e-3"
                                  << "-1.5e-3";
        QTest::newRow("dash word") << "-ca. 300 m"
                                   << "'-ca. 300 m";
        QTest::newRow("inner =") << "a=b"
                                 << "a=b";
        QTest::newRow("empty") << ""
                               << "";
    }

    void formulasAreNeutralised()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(OccurrenceCsvWriter::neutraliseFormula(value), expected);
    }

    void formulasInFile()
    {
        const QString csv = QString::fromUtf8(OccurrenceCsvWriter(settings()).render(sample()));
        QVERIFY(csv.contains(QLatin1String(",\"'=HYPERLINK(\"\"http://x\"\")\",")));
        QVERIFY(csv.contains(QLatin1String(",'@SUM(A1),")));
        QVERIFY(csv.contains(QLatin1String(",-45.5,")));
    }

    // Issue 16: NUL truncates a cell in many readers and a right-to-left override (U+202E)
    // shows a cell reversed; neither reaches the file, and hiding "=cmd" behind either does
    // not keep it from being neutralised.
    void hiddenControlsNeverReachTheFile()
    {
        const QList<OccurrenceEntry> entries = { entry(
            kShaA,
            { { QStringLiteral("locality"), QStringLiteral("Mer\u0000 Bleue\u202E gpj.exe") },
              { QStringLiteral("recordedBy"), QStringLiteral("\u0000=cmd|' /C calc'!A0") },
              { QStringLiteral("habitat"), QStringLiteral("\u202E=1+2\u2066\u2069\u001B[2J") },
              { QStringLiteral("occurrenceRemarks"), QStringLiteral("=cmd") } }) };
        const QByteArray bytes = OccurrenceCsvWriter(settings()).render(entries);
        QVERIFY(!bytes.contains('\0'));
        QVERIFY(!bytes.contains('\x1b'));
        const QString csv = QString::fromUtf8(bytes);
        for (const char16_t bidi : { u'\u202E', u'\u2066', u'\u2069' })
            QVERIFY(!csv.contains(QChar(bidi)));
        QVERIFY2(csv.contains(QLatin1String(",Mer Bleue gpj.exe\r\n")), qPrintable(csv));
        QVERIFY2(csv.contains(QLatin1String(",'=cmd|' /C calc'!A0")), qPrintable(csv));
        QVERIFY2(csv.contains(QLatin1String(",'=1+2[2J,")), qPrintable(csv));
        QVERIFY2(csv.contains(QLatin1String(",'=cmd")), qPrintable(csv));
    }

    void stableOccurrenceId()
    {
        const QString id = OccurrenceTable::occurrenceId(kShaA);
        QCOMPARE(OccurrenceTable::occurrenceId(kShaA.toUpper()), id);
        QVERIFY(OccurrenceTable::occurrenceId(kShaB) != id);
        const QUuid uuid(id);
        QVERIFY(!uuid.isNull());
        QCOMPARE(uuid.version(), QUuid::Sha1);
        // Pinned: a change of namespace or name would silently re-identify published records.
        QCOMPARE(
            id,
            QUuid::createUuidV5(QUuid(QLatin1String("5b5f9d61-6019-4f36-ae59-07a6b67dfd2d")), kShaA)
                .toString(QUuid::WithoutBraces));

        const QByteArray first = OccurrenceCsvWriter(settings()).render(sample());
        QVERIFY(first.contains(("\r\n" + id + ",PreservedSpecimen,MO,Herbarium,").toUtf8()));
        QList<OccurrenceEntry> reversed = sample();
        std::reverse(reversed.begin(), reversed.end());
        QVERIFY(OccurrenceCsvWriter(settings()).render(reversed).contains(id.toUtf8()));
        // No hash: named by the specimen id, still stable.
        QCOMPARE(OccurrenceTable::occurrenceIdForSpecimen(QStringLiteral("a.jpg")),
                 OccurrenceTable::occurrenceIdForSpecimen(QStringLiteral("a.jpg")));
    }

    void settingsWinOverLabelCodes()
    {
        QList<OccurrenceEntry> entries
            = { entry(kShaA,
                      { { QStringLiteral("institutionCode"), QStringLiteral("NY") },
                        { QStringLiteral("collectionCode"), QStringLiteral("Bryo") } }) };
        DwcExportSettings s = settings();
        s.collectionCode.clear();
        const OccurrenceTable table(entries, s);
        QCOMPARE(table.columns().size(), 5);
        QCOMPARE(table.rows().at(0).at(2), QStringLiteral("MO"));
        QCOMPARE(table.rows().at(0).at(3), QStringLiteral("Bryo"));
    }

    void byteOrderMarkIsAnOption()
    {
        OccurrenceCsvWriter writer(settings());
        writer.setByteOrderMark(true);
        QVERIFY(writer.render({}).startsWith("\xEF\xBB\xBFoccurrenceID,"));
    }

    void utf8()
    {
        const QList<OccurrenceEntry> entries = { entry(
            kShaA, { { QStringLiteral("locality"), QStringLiteral("Río Grande, Zürich") } }) };
        QVERIFY(OccurrenceCsvWriter(settings())
                    .render(entries)
                    .contains("\"R\xC3\xADo Grande, Z\xC3\xBCrich\""));
    }

    void writesAndReplacesAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("occurrence.csv"));
        OccurrenceCsvWriter writer(settings());
        QString error;
        QVERIFY2(writer.write(path, sample(), &error), qPrintable(error));
        QCOMPARE(test::readFile(path), writer.render(sample()));
        QVERIFY2(writer.write(path, sample().mid(0, 1), &error), qPrintable(error));
        QCOMPARE(test::readFile(path), writer.render(sample().mid(0, 1)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({ "occurrence.csv" }));
    }

    void failedWriteKeepsOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("occurrence.csv"));
        OccurrenceCsvWriter writer(settings());
        QVERIFY(writer.write(path, sample()));
        const QByteArray before = test::readFile(path);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        QFile probe(dir.filePath(QStringLiteral("probe")));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            QFile::setPermissions(dir.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("a read-only folder is still writable here (running as root?)");
        }
        QString error;
        const bool ok = writer.write(path, sample().mid(1), &error);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!ok);
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(test::readFile(path), before);
    }

    void failedWriteKeepsOldFileEvenAsRoot()
    {
#ifdef Q_OS_UNIX
        // A file size limit makes the write itself fail (EFBIG), whatever the permissions.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("occurrence.csv"));
        OccurrenceCsvWriter writer(settings());
        QVERIFY(writer.write(path, sample().mid(0, 1)));
        const QByteArray before = test::readFile(path);
        QList<OccurrenceEntry> many;
        for (int i = 0; i < 200; ++i)
            many += sample();
        QVERIFY(writer.render(many).size() > 64 * 1024);

        rlimit old {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit small = old;
        small.rlim_cur = 16 * 1024;
        const auto oldHandler = signal(SIGXFSZ, SIG_IGN); // else the kernel ends the process
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        QString error;
        const bool ok = writer.write(path, many, &error);
        setrlimit(RLIMIT_FSIZE, &old);
        signal(SIGXFSZ, oldHandler);

        QVERIFY(!ok);
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QCOMPARE(test::readFile(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList({ "occurrence.csv" })); // no temp left
#else
        QSKIP("needs POSIX file size limits");
#endif
    }

    void missingFolderNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/occurrence.csv"));
        QString error;
        QVERIFY(!OccurrenceCsvWriter(settings()).write(path, sample(), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestOccurrenceCsvWriter)
#include "tst_occurrencecsvwriter.moc"
