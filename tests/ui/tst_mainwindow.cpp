#include "AppSettings.h"
#include "ChatTestServer.h"
#include "DashboardCharts.h"
#include "EventLogModel.h"
#include "EventLogView.h"
#include "FakeApiKeyStore.h"
#include "MainWindow.h"
#include "RunDashboard.h"
#include "RunSetupPanel.h"
#include "StoppedDialog.h"
#include "TestSupport.h"
#include "extraction/Prompt.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLineSeries>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;
using herb::test::ChatMode;
using herb::test::ChatTestServer;

// The window with real widgets on the offscreen platform: drops, a full run against the
// loopback server, the stop alert, watching a log.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *kModel = "vision/test-model";

    static QStringList makeImages(const QString &folder, int count)
    {
        QDir().mkpath(folder);
        QStringList paths;
        for (int i = 0; i < count; ++i) {
            QImage image(240, 360, QImage::Format_RGB32);
            image.fill(QColor(240, 235, 220));
            for (int y = 200; y < 340; y += 12)
                for (int x = 120; x < 220; ++x)
                    image.setPixel(x, y, qRgb((x * 7 + i * 31) % 200, 40, 40));
            const QString path
                = QStringLiteral("%1/sheet_%2.jpg").arg(folder).arg(i, 3, 10, QLatin1Char('0'));
            image.save(path);
            paths.append(path);
        }
        return paths;
    }

    static bool drop(QWidget *target, const QList<QUrl> &urls)
    {
        QMimeData mime;
        mime.setUrls(urls);
        const QPoint pos(target->width() / 2, target->height() / 2);
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropped);
        return dropped.isAccepted();
    }

    // Screenshots of the main states, for people (and the README), in the build folder.
    static void saveShot(QWidget *widget, const QString &name)
    {
        const QString folder
            = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QDir().mkpath(folder);
        QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    static RunConfig serverConfig(const ChatTestServer &server, const QString &images,
                                  const QString &out)
    {
        RunConfig config;
        config.imagesFolder = images;
        config.outFolder = out;
        config.engine = QStringLiteral("openai");
        config.model = QString::fromLatin1(kModel);
        config.baseUrl = server.baseUrl();
        config.apiKey = QString::fromLatin1(server.apiKey());
        config.concurrency = 2;
        return config;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HerbstreamTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void dropFolderShowsImageCount()
    {
        const QString images = m_dir.filePath(QStringLiteral("drop"));
        const QStringList files = makeImages(images, 7);
        MainWindow window;
        window.show();
        QVERIFY(drop(&window, { QUrl::fromLocalFile(images) }));
        QCOMPARE(window.setupPanel()->imageCountText(), QStringLiteral("7 image(s) found"));
        QCOMPARE(window.setupPanel()->imageCount(), 7);
        QCOMPARE(QDir(window.setupPanel()->imagesFolder()), QDir(images));
        saveShot(&window, QStringLiteral("setup"));

        // Image files stand for their folder.
        MainWindow second;
        QVERIFY(
            drop(&second, { QUrl::fromLocalFile(files.at(0)), QUrl::fromLocalFile(files.at(3)) }));
        QCOMPARE(second.setupPanel()->imageCount(), 7);

        // Something that is not a local file is refused.
        QVERIFY(!drop(&second, { QUrl(QStringLiteral("https://example.org/a.jpg")) }));
    }

    void dropPromptShowsPreviewAndHash()
    {
        const QString path = m_dir.filePath(QStringLiteral("labels.prompt"));
        QVERIFY(test::writeFile(path,
                                "Transcribe the label. Return JSON with scientificName, "
                                "recordedBy, eventDate and locality.\n"));
        MainWindow window;
        QVERIFY(drop(&window, { QUrl::fromLocalFile(path) }));
        QString error;
        const auto prompt = Prompt::load(path, &error);
        QVERIFY2(prompt, qPrintable(error));
        QCOMPARE(window.setupPanel()->promptSha256Text(),
                 QString(QStringLiteral("SHA-256 ") + prompt->sha256()));
        QVERIFY(window.setupPanel()->promptPreviewText().contains(
            QStringLiteral("Return JSON with scientificName")));
        QCOMPARE(QDir::cleanPath(window.setupPanel()->promptPath()), QDir::cleanPath(path));
    }

    void fullRunFillsDashboardAndLog()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        server.setMode(ChatMode::GoodRecord);
        const QString images = m_dir.filePath(QStringLiteral("good"));
        makeImages(images, 8);
        const QString out = m_dir.filePath(QStringLiteral("good-run"));
        FakeApiKeyStore keys;
        MainWindow window(nullptr, &keys);
        window.show();
        window.applyConfig(serverConfig(server, images, out));
        QCOMPARE(window.setupPanel()->imageCount(), 8);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QVERIFY(window.startRun());
        QVERIFY(window.isRunning());
        QVERIFY(!window.startButton()->isEnabled());
        QVERIFY(finished.wait(120'000));
        QCOMPARE(finished.first().first().toInt(), 0);
        QVERIFY(!window.isRunning());
        QVERIFY(window.startButton()->isEnabled());
        QVERIFY(!window.stoppedDialog());

        RunDashboard *dashboard = window.dashboard();
        QCOMPARE(dashboard->tileText(RunDashboard::Tile::Processed), QStringLiteral("8 / 8"));
        QCOMPARE(dashboard->tileText(RunDashboard::Tile::SuccessRate), QStringLiteral("100.0 %"));
        QCOMPARE(dashboard->tileText(RunDashboard::Tile::Eta), QStringLiteral("Done"));
        QCOMPARE(dashboard->charts()->cumulativeSeries()->count(), 8);
        QVERIFY(!dashboard->charts()->coverageTerms().isEmpty());

        EventLogModel *model = window.eventLog()->model();
        // started, processing and completed per specimen, checkpoint, completed at least
        QVERIFY(model->rowCount() >= 1 + 8 * 2 + 2);
        QCOMPARE(model->typeAt(0), EventType::ExtractionStarted);
        QCOMPARE(model->typeAt(model->rowCount() - 1), EventType::ExtractionCompleted);
        QCOMPARE(server.imagesReceived(), 8);
        // The key of a run that started is kept in the store for the endpoint's host.
        QCOMPARE(keys.storedKey(QStringLiteral("127.0.0.1")), QString::fromLatin1(server.apiKey()));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/events.jsonl")));
        saveShot(&window, QStringLiteral("finished-dashboard"));

        // The same run, dropped as a log to watch, fills a new window's views.
        MainWindow watcher;
        QVERIFY(drop(&watcher, { QUrl::fromLocalFile(out + QStringLiteral("/events.jsonl")) }));
        QCOMPARE(watcher.eventLog()->model()->rowCount(), model->rowCount());
        QCOMPARE(watcher.dashboard()->tileText(RunDashboard::Tile::Processed),
                 QStringLiteral("8 / 8"));
    }

    void wrongPromptStopsWithTheAlert()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        server.setMode(ChatMode::Prose);
        const QString images = m_dir.filePath(QStringLiteral("prose"));
        makeImages(images, 30);
        MainWindow window;
        window.show();
        RunConfig config
            = serverConfig(server, images, m_dir.filePath(QStringLiteral("prose-run")));
        config.concurrency = 4;
        window.applyConfig(config);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QVERIFY(window.startRun());
        QVERIFY(finished.wait(120'000));
        QCOMPARE(finished.first().first().toInt(), 3);

        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
        auto *dialog = qobject_cast<StoppedDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog, window.stoppedDialog());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Extraction stopped"));
        QVERIFY2(dialog->explanationText().startsWith(
                     QStringLiteral("5 of the first 5 specimens failed: success 0 % is below "
                                    "the 50 % threshold")),
                 qPrintable(dialog->explanationText()));
        QVERIFY(dialog->setupLabelText().contains(QString::fromLatin1(kModel)));
        QVERIFY(dialog->setupLabelText().contains(QStringLiteral("Prompt: built-in")));
        QVERIFY(!dialog->errorLines().isEmpty());
        QVERIFY(server.imagesReceived() <= 5);
        QVERIFY(!window.isRunning());
        saveShot(&window, QStringLiteral("stopped-window"));
        saveShot(dialog, QStringLiteral("stopped-alert"));
        dialog->accept();
        QTRY_VERIFY(!window.stoppedDialog());
    }

    void apiKeyNeverReachesSettings()
    {
        const QString images = m_dir.filePath(QStringLiteral("drop"));
        {
            MainWindow window;
            RunConfig config;
            config.imagesFolder = images;
            config.apiKey = QStringLiteral("sk-secret-never-stored-42");
            window.applyConfig(config);
            window.show();
            window.close();
        }
        QSettings settings;
        settings.sync();
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("sk-secret")),
                     qPrintable(key));
        QCOMPARE(QDir(settings.value(QStringLiteral("run/imagesFolder")).toString()), QDir(images));
        MainWindow reopened;
        QCOMPARE(reopened.setupPanel()->imageCount(), 7);

        // The key comes back from the store, never from QSettings, and is not written there.
        FakeApiKeyStore keys;
        keys.write(ApiKeyStore::accountFor(QUrl(AppSettings().baseUrl())),
                   QStringLiteral("sk-secret-from-store-7"));
        {
            MainWindow withKey(nullptr, &keys);
            QTRY_COMPARE(withKey.setupPanel()->draftConfig().apiKey,
                         QStringLiteral("sk-secret-from-store-7"));
            withKey.show();
            withKey.close();
        }
        settings.sync();
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("sk-secret")),
                     qPrintable(key));
    }

    // A refused key stops the run before any image is sent, with the alert saying why.
    void refusedKeyShowsTheAlertAndSendsNoImage()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        server.setMode(ChatMode::GoodRecord);
        const QString images = m_dir.filePath(QStringLiteral("badkey"));
        makeImages(images, 6);
        FakeApiKeyStore keys;
        MainWindow window(nullptr, &keys);
        window.show();
        RunConfig config
            = serverConfig(server, images, m_dir.filePath(QStringLiteral("badkey-run")));
        config.apiKey = QStringLiteral("sk-wrong-key");
        window.applyConfig(config);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QVERIFY(window.startRun());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.first().first().toInt(), 4);
        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
        auto *dialog = qobject_cast<StoppedDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Extraction stopped"));
        QVERIFY2(dialog->explanationText().contains(QStringLiteral("API key was refused")),
                 qPrintable(dialog->explanationText()));
        QVERIFY(!dialog->explanationText().contains(QStringLiteral("sk-wrong-key")));
        QCOMPARE(server.imagesReceived(), 0);
        QCOMPARE(server.chatCompletionCount(), 0);
        dialog->accept();
        QTRY_VERIFY(!window.stoppedDialog());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
