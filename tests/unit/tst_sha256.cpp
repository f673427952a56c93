#include "TestSupport.h"
#include "specimens/Sha256.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors_data();
    void knownVectors();
    void fileMatchesInMemoryAcrossChunks();
    void emptyFile();
    void missingFileNamesIt();
};

void TestSha256::knownVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("empty")
        << QByteArray()
        << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray(
        "abc") << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestSha256::knownVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, hex);
    QCOMPARE(sha256Hex(input), hex);
}

void TestSha256::fileMatchesInMemoryAcrossChunks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Over three 1 MiB chunks and not a multiple of the chunk size.
    QByteArray data(3 * 1024 * 1024 + 12345, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char((i * 2654435761u) >> 13);
    const QString path = dir.filePath(QStringLiteral("big.bin"));
    QVERIFY(test::writeFile(path, data));

    QString error;
    const std::optional<QByteArray> hash = sha256OfFile(path, &error);
    QVERIFY2(hash.has_value(), qPrintable(error));
    QCOMPARE(*hash, QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    QCOMPARE(*hash, sha256Hex(data));
}

void TestSha256::emptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty"));
    QVERIFY(test::writeFile(path, {}));
    QCOMPARE(sha256OfFile(path).value_or("failed"),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestSha256::missingFileNamesIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.jpg"));
    QString error;
    QVERIFY(!sha256OfFile(path, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("absent.jpg")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
