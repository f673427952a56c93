#include "TestSupport.h"
#include "specimens/DuplicateImages.h"
#include "specimens/ImageDiscovery.h"
#include "specimens/Sha256.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using namespace herb;

class TestImageDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void imageFileNames_data();
    void imageFileNames();
    void findsNestedImagesSortedById();
    void followsSymlinksWithoutLooping();
    void missingFolderIsAnError();
    void fileIsNotAFolder();
    void unreadableFolderIsAnError();
    void emptyFolderGivesNoImages();
    void duplicatesByContent();
    void duplicateScanReportsUnreadableFiles();

private:
    static bool put(const QDir &root, const QString &relative, const QByteArray &bytes = "x");
    static QStringList ids(const QList<DiscoveredImage> &images);
};

bool TestImageDiscovery::put(const QDir &root, const QString &relative, const QByteArray &bytes)
{
    const QString path = root.filePath(relative);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && test::writeFile(path, bytes);
}

QStringList TestImageDiscovery::ids(const QList<DiscoveredImage> &images)
{
    QStringList result;
    for (const DiscoveredImage &image : images)
        result.append(image.specimenId);
    return result;
}

void TestImageDiscovery::imageFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("isImage");
    QTest::newRow("jpg") << QStringLiteral("a.jpg") << true;
    QTest::newRow("JPEG") << QStringLiteral("a.JPEG") << true;
    QTest::newRow("Png") << QStringLiteral("b.Png") << true;
    QTest::newRow("tif") << QStringLiteral("c.tif") << true;
    QTest::newRow("TIFF") << QStringLiteral("c.TIFF") << true;
    QTest::newRow("webp") << QStringLiteral("d.webp") << true;
    QTest::newRow("gif") << QStringLiteral("e.gif") << false;
    QTest::newRow("txt") << QStringLiteral("notes.txt") << false;
    QTest::newRow("no suffix") << QStringLiteral("jpg") << false;
    QTest::newRow("suffix inside") << QStringLiteral("a.jpg.bak") << false;
}

void TestImageDiscovery::imageFileNames()
{
    QFETCH(QString, name);
    QFETCH(bool, isImage);
    QCOMPARE(isImageFileName(name), isImage);
}

void TestImageDiscovery::findsNestedImagesSortedById()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QDir root(tmp.path());
    QVERIFY(put(root, QStringLiteral("b.jpg")));
    QVERIFY(put(root, QStringLiteral("A.JPG")));
    QVERIFY(put(root, QStringLiteral("box1/sheet.TIF")));
    QVERIFY(put(root, QStringLiteral("box1/deeper/leaf.webp")));
    QVERIFY(put(root, QStringLiteral("box1/readme.txt")));
    QVERIFY(put(root, QStringLiteral("box2/c.png")));
    QVERIFY(put(root, QStringLiteral(".hidden.jpg")));
    QVERIFY(put(root, QStringLiteral(".thumbnails/t.jpg")));
    QVERIFY(put(root, QStringLiteral("box2/.cache/x.jpeg")));
    QVERIFY(put(root, QStringLiteral("notes.pdf")));
    QVERIFY(root.mkpath(QStringLiteral("folder.jpg"))); // a folder named like an image

    QString error;
    const auto result = discoverImages(tmp.path(), &error);
    QVERIFY2(result.has_value(), qPrintable(error));
    QCOMPARE(ids(result->images),
             QStringList({ QStringLiteral("A.JPG"), QStringLiteral("b.jpg"),
                           QStringLiteral("box1/deeper/leaf.webp"),
                           QStringLiteral("box1/sheet.TIF"), QStringLiteral("box2/c.png") }));
    QVERIFY(result->unreadableFolders.isEmpty());
    const DiscoveredImage &leaf = result->images.at(2);
    QCOMPARE(leaf.path, QDir(tmp.path()).absoluteFilePath(QStringLiteral("box1/deeper/leaf.webp")));
    QCOMPARE(leaf.size, qint64(1));
}

void TestImageDiscovery::followsSymlinksWithoutLooping()
{
#if !defined(Q_OS_UNIX)
    QSKIP("symbolic links are tested on Unix");
#else
    QTemporaryDir tmp;
    QTemporaryDir outside;
    const QDir root(tmp.path());
    QVERIFY(put(root, QStringLiteral("a/one.jpg")));
    QVERIFY(put(QDir(outside.path()), QStringLiteral("linked.png")));
    // a/loop -> root: a loop; external -> a folder elsewhere, followed once.
    QVERIFY(QFile::link(tmp.path(), root.filePath(QStringLiteral("a/loop"))));
    QVERIFY(QFile::link(outside.path(), root.filePath(QStringLiteral("external"))));
    QVERIFY(QFile::link(root.filePath(QStringLiteral("nowhere")),
                        root.filePath(QStringLiteral("broken.jpg"))));

    QString error;
    const auto result = discoverImages(tmp.path(), &error);
    QVERIFY2(result.has_value(), qPrintable(error));
    QCOMPARE(ids(result->images),
             QStringList({ QStringLiteral("a/one.jpg"), QStringLiteral("external/linked.png") }));
#endif
}

void TestImageDiscovery::missingFolderIsAnError()
{
    QTemporaryDir tmp;
    const QString missing = tmp.filePath(QStringLiteral("no-such-folder"));
    QString error;
    QVERIFY(!discoverImages(missing, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("no-such-folder")), qPrintable(error));
}

void TestImageDiscovery::fileIsNotAFolder()
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("plain.jpg"));
    QVERIFY(test::writeFile(file, "x"));
    QString error;
    QVERIFY(!discoverImages(file, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("not a folder")), qPrintable(error));
}

void TestImageDiscovery::unreadableFolderIsAnError()
{
#if !defined(Q_OS_UNIX)
    QSKIP("permissions are tested on Unix");
#else
    if (geteuid() == 0)
        QSKIP("running as root: permissions do not stop reading");
    QTemporaryDir tmp;
    const QDir root(tmp.path());
    QVERIFY(put(root, QStringLiteral("locked/a.jpg")));
    QVERIFY(put(root, QStringLiteral("open/b.jpg")));
    const QString locked = root.filePath(QStringLiteral("locked"));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));

    const auto result = discoverImages(tmp.path());
    QString error;
    const auto direct = discoverImages(locked, &error);
    QFile::setPermissions(locked,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QVERIFY(result.has_value());
    QCOMPARE(ids(result->images), QStringList { QStringLiteral("open/b.jpg") });
    QCOMPARE(result->unreadableFolders, QStringList { QStringLiteral("locked") });
    QVERIFY(!direct.has_value());
    QVERIFY2(error.contains(QStringLiteral("cannot be read")), qPrintable(error));
#endif
}

void TestImageDiscovery::emptyFolderGivesNoImages()
{
    QTemporaryDir tmp;
    const auto result = discoverImages(tmp.path());
    QVERIFY(result.has_value());
    QVERIFY(result->images.isEmpty());
}

void TestImageDiscovery::duplicatesByContent()
{
    QTemporaryDir tmp;
    const QDir root(tmp.path());
    QVERIFY(put(root, QStringLiteral("z.jpg"), "same content"));
    QVERIFY(put(root, QStringLiteral("a/copy.jpg"), "same content"));
    QVERIFY(put(root, QStringLiteral("m.png"), "same content"));
    QVERIFY(put(root, QStringLiteral("other.jpg"), "SAME CONTENT")); // same size, differs
    QVERIFY(put(root, QStringLiteral("unique.jpg"), "something longer"));
    QVERIFY(put(root, QStringLiteral("p1.tif"), "pair"));
    QVERIFY(put(root, QStringLiteral("p2.tif"), "pair"));

    const auto found = discoverImages(tmp.path());
    QVERIFY(found.has_value());
    QCOMPARE(found->images.size(), 7);
    const DuplicateScan scan = findDuplicateImages(found->images);
    QVERIFY(scan.errors.isEmpty());
    QCOMPARE(scan.groups.size(), 2);

    const DuplicateGroup &first = scan.groups.at(0);
    QCOMPARE(first.kept.specimenId, QStringLiteral("a/copy.jpg"));
    QCOMPARE(ids(first.duplicates),
             QStringList({ QStringLiteral("m.png"), QStringLiteral("z.jpg") }));
    QCOMPARE(first.sha256, sha256Hex("same content"));

    const DuplicateGroup &second = scan.groups.at(1);
    QCOMPARE(second.kept.specimenId, QStringLiteral("p1.tif"));
    QCOMPARE(ids(second.duplicates), QStringList { QStringLiteral("p2.tif") });
}

void TestImageDiscovery::duplicateScanReportsUnreadableFiles()
{
    QTemporaryDir tmp;
    const QDir root(tmp.path());
    QVERIFY(put(root, QStringLiteral("a.jpg"), "abc"));
    QVERIFY(put(root, QStringLiteral("b.jpg"), "abc"));
    auto found = discoverImages(tmp.path());
    QVERIFY(found.has_value());
    QVERIFY(QFile::remove(root.filePath(QStringLiteral("b.jpg")))); // gone since discovery

    const DuplicateScan scan = findDuplicateImages(found->images);
    QVERIFY(scan.groups.isEmpty());
    QCOMPARE(scan.errors.size(), 1);
    QVERIFY2(scan.errors.first().contains(QStringLiteral("b.jpg")),
             qPrintable(scan.errors.first()));
}

QTEST_GUILESS_MAIN(TestImageDiscovery)
#include "tst_imagediscovery.moc"
