#include "dwc/ZipWriter.h"

#include "TestSupport.h"
#include "ZipReader.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;

class TestZipWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QByteArray noise(5000, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : noise)
            c = char(generator.bounded(256));
        const QByteArray text = QByteArray("occurrenceID\tscientificName\n").repeated(500);

        ZipWriter zip;
        QVERIFY(zip.addFile(QStringLiteral("text.txt"), text));
        QVERIFY(zip.addFile(QStringLiteral("noise.bin"), noise)); // incompressible
        QVERIFY(zip.addFile(QStringLiteral("empty.txt"), QByteArray()));
        QVERIFY(zip.addFile(QStringLiteral("d\u00e9j\u00e0/vu.txt"), "UTF-8 name"));
        const QByteArray archive = zip.archive();
        QVERIFY(archive.startsWith("PK\x03\x04"));
        // Ends with the end-of-central-directory record, no comment and no padding after it.
        QVERIFY(archive.right(22).startsWith("PK\x05\x06"));
        QVERIFY(archive.size() < text.size()); // the text really was deflated

        ZipReader reader;
        QVERIFY2(reader.read(archive), qPrintable(reader.errorString()));
        QCOMPARE(reader.names(),
                 QStringList({ "text.txt", "noise.bin", "empty.txt", "d\u00e9j\u00e0/vu.txt" }));
        QCOMPARE(reader.data(QStringLiteral("text.txt")), text);
        QCOMPARE(reader.data(QStringLiteral("noise.bin")), noise);
        QCOMPARE(reader.data(QStringLiteral("empty.txt")), QByteArray());
        QCOMPARE(reader.data(QStringLiteral("d\u00e9j\u00e0/vu.txt")), QByteArray("UTF-8 name"));
    }

    void refusesBadNames()
    {
        ZipWriter zip;
        QVERIFY(zip.addFile(QStringLiteral("a"), "1"));
        QVERIFY(!zip.addFile(QStringLiteral("a"), "2"));
        QVERIFY(zip.errorString().contains(QLatin1String("twice")));
        QVERIFY(!zip.addFile(QString(), "3"));
    }

    void readerDetectsDamage()
    {
        ZipWriter zip;
        QVERIFY(zip.addFile(QStringLiteral("a.txt"), QByteArray("hello world ").repeated(100)));
        QByteArray archive = zip.archive();
        ZipReader reader;
        QVERIFY(!reader.read(QByteArray("not a zip")));
        QVERIFY(reader.errorString().contains(QLatin1String("not a zip")));
        QVERIFY(!reader.read(archive.left(archive.size() / 2)));

        // Flip a byte of the stored CRC-32 in the central directory: the data no longer matches.
        const qsizetype central = archive.indexOf("PK\x01\x02");
        archive[central + 16] = char(archive[central + 16] ^ 0x5a);
        QVERIFY(!reader.read(archive));
        QVERIFY2(reader.errorString().contains(QLatin1String("a.txt")),
                 qPrintable(reader.errorString()));
    }

    void pythonAgrees()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.zip"));
        ZipWriter zip;
        QVERIFY(zip.addFile(QStringLiteral("a.txt"), QByteArray("abc").repeated(1000)));
        QVERIFY(zip.addFile(QStringLiteral("b.txt"), "x"));
        QString error;
        QVERIFY2(zip.write(path, &error), qPrintable(error));
        QProcess process;
        process.start(python,
                      { QStringLiteral("-c"),
                        QStringLiteral("import sys, zipfile\n"
                                       "z = zipfile.ZipFile(sys.argv[1])\n"
                                       "assert z.testzip() is None\n"
                                       "assert z.read('a.txt') == b'abc' * 1000\n"
                                       "print(','.join(z.namelist()))\n"),
                        path });
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QCOMPARE(process.readAllStandardOutput().trimmed(), QByteArray("a.txt,b.txt"));
    }
};

QTEST_GUILESS_MAIN(TestZipWriter)
#include "tst_zipwriter.moc"
