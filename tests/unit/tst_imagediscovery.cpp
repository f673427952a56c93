#include "TestSupport.h"
#include "specimens/DuplicateImages.h"
#include "specimens/ImageDiscovery.h"
#include "specimens/Sha256.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
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
    void followsLinksOutOfFolderOnlyWhenAsked();
    void reportsNameThatIsNotUtf8();
    void reportsFifoAndSocketNamedAsImages();
    void progressIsReportedAndCanStop();
    void aLargeFolderCanBeStoppedWithinIt();
    void missingFolderIsAnError();
    void fileIsNotAFolder();
    void unreadableFolderIsAnError();
    void emptyFolderGivesNoImages();
    void duplicatesByContent();
    void duplicateScanReportsUnreadableFiles();

private:
    static bool put(const QDir &root, const QString &relative, const QByteArray &bytes = "x");
    static QStringList ids(const QList<DiscoveredImage> &images);
    static QStringList ids(const QList<SkippedEntry> &skipped);
    static QString reasonOf(const QList<SkippedEntry> &skipped, const QString &id);
};

QStringList TestImageDiscovery::ids(const QList<SkippedEntry> &skipped)
{
    QStringList result;
    for (const SkippedEntry &entry : skipped)
        result.append(entry.specimenId);
    return result;
}

QString TestImageDiscovery::reasonOf(const QList<SkippedEntry> &skipped, const QString &id)
{
    for (const SkippedEntry &entry : skipped) {
        if (entry.specimenId == id)
            return entry.reason;
    }
    return {};
}

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
    // a/loop -> root: a loop; external -> a folder elsewhere: reported, not followed.
    QVERIFY(QFile::link(tmp.path(), root.filePath(QStringLiteral("a/loop"))));
    QVERIFY(QFile::link(outside.path(), root.filePath(QStringLiteral("external"))));
    QVERIFY(QFile::link(root.filePath(QStringLiteral("nowhere")),
                        root.filePath(QStringLiteral("broken.jpg"))));

    QString error;
    const auto result = discoverImages(tmp.path(), &error);
    QVERIFY2(result.has_value(), qPrintable(error));
    QCOMPARE(ids(result->images), QStringList { QStringLiteral("a/one.jpg") });
    QCOMPARE(ids(result->skipped),
             QStringList({ QStringLiteral("broken.jpg"), QStringLiteral("external") }));
    QVERIFY(reasonOf(result->skipped, QStringLiteral("broken.jpg"))
                .contains(QStringLiteral("broken link")));
    QVERIFY(reasonOf(result->skipped, QStringLiteral("external"))
                .contains(QStringLiteral("outside the image folder")));
#endif
}

void TestImageDiscovery::followsLinksOutOfFolderOnlyWhenAsked()
{
#if !defined(Q_OS_UNIX)
    QSKIP("symbolic links are tested on Unix");
#else
    QTemporaryDir tmp;
    QTemporaryDir outside;
    const QDir root(tmp.path());
    QVERIFY(put(root, QStringLiteral("one.jpg")));
    QVERIFY(put(QDir(outside.path()), QStringLiteral("deep/linked.png")));
    QVERIFY(QFile::link(outside.path(), root.filePath(QStringLiteral("elsewhere"))));
    // A link inside the tree is still followed (and visited once).
    QVERIFY(QFile::link(root.filePath(QStringLiteral("inner")),
                        root.filePath(QStringLiteral("alias"))));
    QVERIFY(put(root, QStringLiteral("inner/two.jpg")));

    DiscoveryOptions options;
    const auto strict = discoverImages(tmp.path(), nullptr, options);
    QVERIFY(strict.has_value());
    QCOMPARE(ids(strict->images),
             QStringList({ QStringLiteral("inner/two.jpg"), QStringLiteral("one.jpg") }));
    QCOMPARE(ids(strict->skipped), QStringList { QStringLiteral("elsewhere") });

    options.followLinksOutOfFolder = true;
    const auto followed = discoverImages(tmp.path(), nullptr, options);
    QVERIFY(followed.has_value());
    QCOMPARE(ids(followed->images),
             QStringList({ QStringLiteral("elsewhere/deep/linked.png"),
                           QStringLiteral("inner/two.jpg"), QStringLiteral("one.jpg") }));
    QVERIFY(followed->skipped.isEmpty());
#endif
}

void TestImageDiscovery::reportsNameThatIsNotUtf8()
{
#if !defined(Q_OS_LINUX)
    QSKIP("file names are raw bytes on Linux only");
#else
    QTemporaryDir tmp;
    QVERIFY(put(QDir(tmp.path()), QStringLiteral("fine.jpg")));
    // "Qu\xe9bec.jpg": Latin-1, as on old Windows shares and zip files.
    const QByteArray raw = QFile::encodeName(tmp.path())
        + "/Qu\xe9"
          "bec.jpg";
    const int fd = ::open(raw.constData(), O_CREAT | O_WRONLY, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, "x", 1), ssize_t(1));
    ::close(fd);

    const auto result = discoverImages(tmp.path());
    QVERIFY(result.has_value());
    QCOMPARE(ids(result->images), QStringList { QStringLiteral("fine.jpg") });
    QCOMPARE(result->skipped.size(), 1);
    QVERIFY2(result->skipped.first().specimenId.startsWith(QStringLiteral("Qu")),
             qPrintable(result->skipped.first().specimenId));
    QVERIFY2(result->skipped.first().reason.contains(QStringLiteral("UTF-8")),
             qPrintable(result->skipped.first().reason));
#endif
}

void TestImageDiscovery::reportsFifoAndSocketNamedAsImages()
{
#if !defined(Q_OS_UNIX)
    QSKIP("FIFOs and sockets are tested on Unix");
#else
    QTemporaryDir tmp;
    const QDir root(tmp.path());
    QVERIFY(put(root, QStringLiteral("real.jpg")));
    QCOMPARE(
        ::mkfifo(QFile::encodeName(root.filePath(QStringLiteral("pipe.jpg"))).constData(), 0644),
        0);
    const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(sock >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray socketPath = QFile::encodeName(root.filePath(QStringLiteral("sock.png")));
    QVERIFY(size_t(socketPath.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, socketPath.constData(), size_t(socketPath.size()));
    QCOMPARE(::bind(sock, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);

    const auto result = discoverImages(tmp.path());
    ::close(sock);
    QVERIFY(result.has_value());
    QCOMPARE(ids(result->images), QStringList { QStringLiteral("real.jpg") });
    QCOMPARE(ids(result->skipped),
             QStringList({ QStringLiteral("pipe.jpg"), QStringLiteral("sock.png") }));
    for (const SkippedEntry &entry : result->skipped)
        QVERIFY2(entry.reason.contains(QStringLiteral("not a regular file")),
                 qPrintable(entry.reason));
#endif
}

// The window counts a folder on a pool thread: it sees the images found so far after every
// folder, and can stop a search it no longer wants.
void TestImageDiscovery::progressIsReportedAndCanStop()
{
    QTemporaryDir tmp;
    const QDir root(tmp.path());
    for (int box = 0; box < 5; ++box)
        for (int sheet = 0; sheet < 3; ++sheet)
            QVERIFY(put(root, QStringLiteral("box%1/s%2.jpg").arg(box).arg(sheet), "x"));
    QList<qsizetype> seen;
    DiscoveryOptions options;
    options.progress = [&](qsizetype found) {
        seen.append(found);
        return true;
    };
    const auto all = discoverImages(tmp.path(), nullptr, options);
    QVERIFY(all.has_value());
    QCOMPARE(all->images.size(), 15);
    QCOMPARE(seen.size(), 6); // the root, then each box
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), 15);

    int calls = 0;
    options.progress = [&](qsizetype) { return ++calls < 3; };
    QString error;
    QVERIFY(!discoverImages(tmp.path(), &error, options).has_value());
    QCOMPARE(calls, 3); // stopped at once
    QVERIFY2(error.contains(QStringLiteral("stopped")), qPrintable(error));
}

// A flat folder of 100,000 files is one folder: the search asks every 1,024 entries too, so a
// window closed meanwhile does not wait for the whole folder.
void TestImageDiscovery::aLargeFolderCanBeStoppedWithinIt()
{
    QTemporaryDir tmp;
    const QDir root(tmp.path());
    for (int sheet = 0; sheet < 3000; ++sheet)
        QVERIFY(put(root, QStringLiteral("s%1.jpg").arg(sheet, 4, 10, QLatin1Char('0')), "x"));
    QList<qsizetype> seen;
    DiscoveryOptions options;
    options.progress = [&](qsizetype found) {
        seen.append(found);
        return true;
    };
    const auto all = discoverImages(tmp.path(), nullptr, options);
    QVERIFY(all.has_value());
    QCOMPARE(all->images.size(), 3000);
    QCOMPARE(seen, (QList<qsizetype> { 1023, 2047, 3000 }));

    int calls = 0;
    options.progress = [&](qsizetype) { return ++calls < 1; };
    QString error;
    QVERIFY(!discoverImages(tmp.path(), &error, options).has_value());
    QCOMPARE(calls, 1); // within the folder, after its first 1,024 entries
    QVERIFY2(error.contains(QStringLiteral("stopped")), qPrintable(error));
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
